// What a cold visit to each main route downloads, measured in Chromium: every request the page
// really makes (no HTTP cache, no service worker) until the route has rendered and the network
// is quiet, each counted at its brotli size (the same URL asked again with only
// `Accept-Encoding: br`, body bytes without headers). App files (html, js, wasm, css, config,
// icons) are the budget; API answers are shown beside them but depend on the data.
//
//   node scripts/first-load.mjs [--base URL] [--check FILE] [--write FILE] [--longtasks]
//
// --base      a running kith-server with demo data (default: start a fresh one)
// --check     fail when a route's app bytes exceed the budget in FILE by more than 1 KB
// --write     write the measured figures to FILE as the new budget
// --longtasks also report the longest task of the first render, under a 4x slower CPU
//             (a benchmark, never a test: timing varies from run to run)
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { chromium } from "playwright-core";
import { api, chromiumArgs, startServer } from "./bench-lib.mjs";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const longtasks = args.includes("--longtasks");
const TOLERANCE = 1024;

let base = opt("--base");
let stop = () => {};
if (!base) ({ base, stop } = await startServer({ demo: true }));
// Waits for the server (api() retries until it answers) and finds a post for the post route.
const posts = await api(base, "/groups/hiking/posts?limit=1");
const post = posts.items[0]?.id;
if (!post) throw new Error("the demo data has no post in hiking");
const login = async (username) => {
  const t = await api(base, "/auth/login", { body: { username, password: "kith-demo", remember: false } });
  return JSON.stringify({ token: t.token, username: t.me.username, expires_at: t.expires_at });
};

/** The six main routes; `/` and the moderation page as a member, the rest as a visitor. */
const routes = [
  { route: "/", path: "/", user: "alice", ready: "main h1" },
  { route: "/discover", path: "/discover", ready: ".group-card" },
  { route: "/g/:slug", path: "/g/hiking", ready: ".post-card, .card" },
  { route: "/g/:slug/events", path: "/g/hiking/events", ready: "main h1" },
  { route: "/g/:slug/mod", path: "/g/hiking/mod", user: "alice", ready: "main h1" },
  { route: "/g/:slug/p/:post", path: `/g/hiking/p/${post}`, ready: "main h1" },
];

/** The body size of a URL when asked for brotli only; `headers` carry the page's authorization. */
function brotliBytes(url, headers) {
  return new Promise((resolve, reject) => {
    const h = { "accept-encoding": "br" };
    if (headers.authorization) h.authorization = headers.authorization;
    if (headers.accept) h.accept = headers.accept;
    http
      .get(url, { headers: h }, (res) => {
        let n = 0;
        res.on("data", (c) => (n += c.length));
        res.on("end", () => resolve({ bytes: n, encoding: res.headers["content-encoding"] || "identity", status: res.statusCode }));
      })
      .on("error", reject);
  });
}

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
const results = [];
try {
  for (const r of routes) {
    const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 390, height: 844 } });
    if (r.user) {
      const session = await login(r.user);
      await context.addInitScript((s) => {
        if (!localStorage.getItem("kith.session.self")) localStorage.setItem("kith.session.self", s);
      }, session);
    }
    const page = await context.newPage();
    const seen = [];
    page.on("request", (req) => {
      seen.push(req);
    });
    let cdp;
    if (longtasks) {
      cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(() => {
        window.__longest = 0;
        window.__tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            window.__tasks.push(Math.round(e.duration));
            window.__longest = Math.max(window.__longest, e.duration);
          }
        }).observe({ type: "longtask", buffered: true });
      });
    }
    await page.goto(base + r.path, { waitUntil: "load" });
    await page.locator(r.ready).first().waitFor({ state: "visible", timeout: 60_000 });
    await page.waitForLoadState("networkidle");
    // The page's chunk files must be among those index.html preloads for its route: a route
    // that index.html maps to the wrong chunk (or to none) shows up here. (Whether a preload
    // starts before the main module has arrived depends on the machine's load, so it is left
    // to the benchmark, not held here.)
    const preloaded = new Set(
      await page.evaluate(() => [...document.querySelectorAll('link[rel="preload"]')].map((l) => new URL(l.href).pathname)),
    );
    const late = seen
      .map((req) => new URL(req.url()).pathname)
      .filter((path) => /^\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(path) && !preloaded.has(path));
    // Requests index.html started early that the app then made differently are waste: report them.
    const unused = await page.evaluate(() =>
      window.__kithEarly ? Object.keys(window.__kithEarly.api || {}) : ["(index.html's early script did not run)"],
    );
    const tasks = longtasks ? await page.evaluate(() => ({ longest: Math.round(window.__longest), all: window.__tasks })) : null;
    const rows = [];
    for (const req of seen) {
      const url = new URL(req.url());
      if (url.origin !== base || req.method() !== "GET") continue;
      const got = await brotliBytes(req.url(), await req.allHeaders());
      rows.push({ url: url.pathname + url.search, api: url.pathname.startsWith("/api/"), ...got });
    }
    await context.close();
    const app = rows.filter((x) => !x.api).reduce((s, x) => s + x.bytes, 0);
    const apiBytes = rows.filter((x) => x.api).reduce((s, x) => s + x.bytes, 0);
    const twice = rows.filter((x, i) => rows.findIndex((y) => y.url === x.url) !== i).map((x) => x.url);
    results.push({ ...r, app, api: apiBytes, files: rows.filter((x) => !x.api).length, requests: rows.length, rows, tasks, twice, unused, late });
  }
} finally {
  await browser.close();
  stop();
}

const kb = (b) => (b / 1024).toFixed(1);
// KITH_FIRST_LOAD_FILES=1 lists each route's app files with their brotli bytes (to see what grew).
if (process.env.KITH_FIRST_LOAD_FILES) {
  for (const r of results) {
    console.log(`# ${r.route}`);
    for (const x of r.rows.filter((x) => !x.api)) console.log(`${x.bytes}\t${x.url}`);
  }
}
const budget = opt("--check") ? JSON.parse(readFileSync(opt("--check"), "utf8")) : null;
console.log("## First load per route (cold visit, brotli body bytes; KB = 1024 bytes)");
console.log(`| route | app files | app KB |${budget ? " budget KB |" : ""} API KB | requests |${longtasks ? " longest task (4x CPU) |" : ""}`);
console.log(`|-------|----------:|-------:|${budget ? "----------:|" : ""}-------:|---------:|${longtasks ? "----------------------:|" : ""}`);
const over = [];
for (const r of results) {
  const limit = budget?.routes?.[r.route];
  let cell = "";
  if (budget) {
    if (limit === undefined) over.push(`${r.route}: no budget in ${opt("--check")}`);
    else if (r.app > limit + TOLERANCE) over.push(`${r.route}: ${r.app} B, budget ${limit} B (+${r.app - limit} B)`);
    cell = ` ${limit === undefined ? "—" : kb(limit)}${limit !== undefined && r.app > limit + TOLERANCE ? " ✗" : ""} |`;
  }
  console.log(
    `| ${r.route} | ${r.files} | ${kb(r.app)} |${cell} ${kb(r.api)} | ${r.requests} |${longtasks ? ` ${r.tasks.longest} ms |` : ""}`,
  );
}
for (const r of results) {
  if (r.unused.length) over.push(`${r.route}: early requests the app did not use: ${r.unused.join(", ")}`);
  if (r.late.length) over.push(`${r.route}: chunk files not preloaded by index.html: ${r.late.join(", ")}`);
  if (r.twice.length) console.log(`- ${r.route}: asked more than once: ${[...new Set(r.twice)].join(", ")}`);
}
if (process.env.KITH_FIRST_LOAD_DETAIL) {
  for (const r of results) {
    console.log(`\n${r.route}${r.tasks ? ` (long tasks: ${r.tasks.all.join(", ")} ms)` : ""}`);
    for (const x of r.rows) console.log(`  ${String(x.bytes).padStart(8)} ${x.encoding.padEnd(8)} ${x.status} ${x.url}`);
  }
}
if (opt("--write")) {
  const out = {
    about:
      "Brotli body bytes a cold visit to each main route downloads (app files, not API answers), measured by scripts/first-load.mjs. Only goes down; raising a figure needs a reason in a closing note.",
    routes: Object.fromEntries(results.map((r) => [r.route, r.app])),
  };
  writeFileSync(opt("--write"), JSON.stringify(out, null, 2) + "\n");
  console.log(`budget written to ${opt("--write")}`);
}
if (over.length) {
  console.error(`\nfirst-load check failed (budget tolerance ${TOLERANCE} B):\n  ${over.join("\n  ")}`);
  process.exit(1);
}
process.exit(0);
