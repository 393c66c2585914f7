// Kith's service worker. The post-build hook fills in the build id and the precache list, so
// the cache always holds one consistent build: index.html, js and wasm from the same build.
const BUILD = "__KITH_BUILD__";
const PRECACHE = __KITH_PRECACHE__;
const SHELL_CACHE = "kith-shell-" + BUILD;
const RUNTIME_CACHE = "kith-runtime";

self.addEventListener("install", (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL_CACHE).then((cache) => cache.addAll(PRECACHE)),
      // The runtime configuration too, so an offline start finds it (refreshed on every load).
      caches.open(RUNTIME_CACHE).then((cache) => cache.add("/config.json")),
    ]),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith("kith-shell-") && k !== SHELL_CACHE)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, cacheName, fallbackUrl) {
  try {
    const response = await fetch(request);
    if (response.ok && cacheName === RUNTIME_CACHE) {
      const copy = response.clone();
      caches.open(RUNTIME_CACHE).then((c) => c.put(request, copy));
    }
    return response;
  } catch (err) {
    const cache = await caches.open(cacheName);
    const hit = await cache.match(fallbackUrl || request);
    if (hit) return hit;
    throw err;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/api/")) return;

  if (request.mode === "navigate") {
    // Fresh HTML when online (a new deployment shows at once); the cached shell offline.
    event.respondWith(networkFirst(request, SHELL_CACHE, "/index.html"));
    return;
  }
  if (url.pathname === "/config.json" || url.pathname === "/build.json") {
    event.respondWith(networkFirst(request, RUNTIME_CACHE));
    return;
  }
  if (PRECACHE.includes(url.pathname)) {
    event.respondWith(
      caches.open(SHELL_CACHE).then((cache) =>
        cache.match(url.pathname).then((hit) => hit || fetch(request)),
      ),
    );
  }
});

// Web push: the server's message (already decrypted by the browser) says what to show and
// which page opens. Anything unreadable still shows a plain notification, and a page is only
// ever a path on this site.
function safePath(url) {
  return typeof url === "string" && url.startsWith("/") && !url.startsWith("//") && !url.includes("\\")
    ? url
    : "/notifications";
}

self.addEventListener("push", (event) => {
  let msg = {};
  try {
    msg = event.data ? event.data.json() : {};
  } catch (e) {
    msg = {};
  }
  const title = typeof msg.title === "string" && msg.title ? msg.title.slice(0, 120) : "Kith";
  const body = typeof msg.body === "string" ? msg.body.slice(0, 300) : "";
  const url = safePath(msg.url);
  const unread = Number.isInteger(msg.unread) && msg.unread >= 0 ? msg.unread : null;
  const jobs = [
    self.registration.showNotification(title, {
      body,
      // One notification per member at a time: a newer push replaces the older one.
      tag: "kith",
      renotify: true,
      icon: "/icons/icon-192.png",
      badge: "/icons/icon-192.png",
      data: { url },
    }),
  ];
  if (unread !== null && self.navigator && self.navigator.setAppBadge) {
    jobs.push((unread ? self.navigator.setAppBadge(unread) : self.navigator.clearAppBadge()).catch(() => {}));
  }
  event.waitUntil(Promise.all(jobs));
});

// A click opens the page in a Kith window that is already open (focused, navigated inside the
// app) instead of a second one.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const path = safePath(event.notification.data && event.notification.data.url);
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const mine = windows.find((w) => new URL(w.url).origin === self.location.origin);
      if (mine) {
        mine.postMessage({ type: "KITH_OPEN", url: path });
        try {
          await mine.focus();
        } catch (e) {}
        return;
      }
      await self.clients.openWindow(path);
    })(),
  );
});
