// Kith's service worker. The post-build hook fills in the build id and the precache list, so
// the cache always holds one consistent build: index.html, js and wasm from the same build.
const BUILD = "__KITH_BUILD__";
const PRECACHE = __KITH_PRECACHE__;
const SHELL_CACHE = "kith-shell-" + BUILD;
const RUNTIME_CACHE = "kith-runtime";
// The app's catalogs (/i18n/<lang>-<hash>.msg, content-hashed so a cached copy never goes stale)
// are not precached: index.html's early script stores the member's own one, and this worker
// keeps any other it is asked for. PUSH_TEXTS: each language's push messages (locales/*/push.ftl).
const PUSH_TEXTS = __KITH_I18N__;
const I18N_CACHE = "kith-i18n";

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
      .then(() => pruneCatalogs())
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

  if (url.pathname.startsWith("/i18n/")) {
    event.respondWith(
      caches.open(I18N_CACHE).then((cache) =>
        cache.match(url.pathname).then(
          (hit) =>
            hit ||
            fetch(request).then((response) => {
              if (response.ok) cache.put(url.pathname, response.clone());
              return response;
            }),
        ),
      ),
    );
    return;
  }
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

// Catalogs of earlier builds go (this build's are in the precache-free list index.html names,
// which the worker does not know: it keeps the newest of each language); the member's language
// choice ("/i18n/lang") stays.
async function pruneCatalogs() {
  const cache = await caches.open(I18N_CACHE);
  const newest = new Map();
  for (const req of await cache.keys()) {
    const path = new URL(req.url).pathname;
    const m = /^\/i18n\/([a-z]{2,3})-[0-9a-f]+\.msg$/.exec(path);
    if (!m) continue;
    if (newest.has(m[1])) await cache.delete(newest.get(m[1]));
    newest.set(m[1], req);
  }
}

// The few lines of Fluent a notification needs (the app's catalogs, src/core/i18n/fluent.rs has
// the full reader): a message's text, `{ $var }` and one-line-per-variant selectors.
function ftlMessage(text, id) {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith(id + " =")) continue;
    const out = [lines[i].slice(id.length + 2).trim()];
    while (++i < lines.length && (/^[ \t]/.test(lines[i]) || lines[i].trim() === "}")) out.push(lines[i].trim());
    return out.join("\n");
  }
  return null;
}

function ftlFormat(src, args, lang) {
  let out = "";
  let i = 0;
  while (i < src.length) {
    if (src[i] !== "{") {
      out += src[i++];
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < src.length; j++) {
      if (src[j] === "{") depth++;
      else if (src[j] === "}" && --depth === 0) break;
    }
    const inner = src.slice(i + 1, j).trim();
    i = j + 1;
    const sel = /^\$([\w-]+)\s*->([\s\S]*)$/.exec(inner);
    if (sel) {
      const v = args[sel[1]];
      const variants = [];
      let fallback = "";
      for (const line of sel[2].split("\n")) {
        const m = /^\s*(\*)?\[([^\]]+)\]\s?(.*)$/.exec(line);
        if (!m) continue;
        variants.push([m[2].trim(), m[3]]);
        if (m[1]) fallback = m[3];
      }
      let pick = variants.find(([k]) => k === String(v));
      if (!pick && typeof v === "number") {
        const cat = new Intl.PluralRules(lang).select(v);
        pick = variants.find(([k]) => k === cat);
      }
      out += ftlFormat(pick ? pick[1] : fallback, args, lang);
      continue;
    }
    const v = /^\$([\w-]+)$/.exec(inner);
    const q = /^"(.*)"$/.exec(inner);
    if (v) {
      const a = args[v[1]];
      // Names are isolated in right-to-left text, as the app does, so a Latin name keeps its place.
      const iso = /^(ar|he|fa|ur)$/.test(lang);
      out += typeof a === "number" ? new Intl.NumberFormat(lang).format(a) : a == null ? "" : iso ? "\u2068" + a + "\u2069" : String(a);
    } else if (q) out += q[1];
  }
  return out.trim();
}

// The title and body in the member's language (stored by the page in the catalog cache), or
// null to keep the server's English ones.
async function translated(msg) {
  try {
    const cache = await caches.open(I18N_CACHE);
    const choice = await cache.match("/i18n/lang");
    const lang = choice ? (await choice.text()).trim() : "en";
    const text = PUSH_TEXTS[lang];
    if (typeof text !== "string" || typeof msg.kind !== "string") return null;
    const what = msg.kind + (typeof msg.detail === "string" && msg.detail ? "_" + msg.detail : "");
    const args = {
      what,
      actor: typeof msg.actor === "string" ? msg.actor : "",
      group: typeof msg.group === "string" ? msg.group : "",
      count: Number.isInteger(msg.more) ? msg.more : 0,
    };
    const title = ftlMessage(text, "push-title");
    // A kind this build does not know keeps the server's (English) words.
    if (!title || !title.includes("[" + what + "]")) return null;
    const more = args.count > 0 ? ftlFormat(ftlMessage(text, "push-more") || "", args, lang) : "";
    const excerpt = typeof msg.excerpt === "string" ? msg.excerpt : "";
    return { title: ftlFormat(title, args, lang), body: [excerpt, more].filter(Boolean).join(" · ") };
  } catch (e) {
    return null;
  }
}

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
  const english = {
    title: typeof msg.title === "string" && msg.title ? msg.title : "Kith",
    body: typeof msg.body === "string" ? msg.body : "",
  };
  const url = safePath(msg.url);
  const unread = Number.isInteger(msg.unread) && msg.unread >= 0 ? msg.unread : null;
  const jobs = [
    translated(msg).then((t) =>
      self.registration.showNotification((t || english).title.slice(0, 120), {
        body: (t || english).body.slice(0, 300),
        // One notification per member at a time: a newer push replaces the older one.
        tag: "kith",
        renotify: true,
        icon: "/icons/icon-192.png",
        badge: "/icons/icon-192.png",
        data: { url },
      }),
    ),
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
