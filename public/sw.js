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
