// Benchmark (not a test): Lighthouse 12 with its default mobile settings (simulated slow 4G
// and 4x CPU slowdown) on the pages the budget names, served by a fresh kith-server with demo
// data. Every run gets a new Chromium profile (cold HTTP cache, no service worker); logged-in
// runs put alice's session into localStorage first, from a same-origin page that is not the
// app, so nothing of the app is cached before Lighthouse loads it.
// Prints one table with the budget beside each figure; the median of KITH_LH_RUNS runs (3).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import lighthouse from "lighthouse";
import { api, chromiumArgs, freePort, root, startServer } from "../scripts/bench-lib.mjs";

const runs = Math.max(1, Number(process.env.KITH_LH_RUNS || 3));
const { base, stop } = await startServer({ demo: true });
const login = (username) => api(base, "/auth/login", { body: { username, password: "kith-demo", remember: true } });

const post = (await api(base, "/groups/hiking/posts?limit=1")).items[0].id;
const pages = [
  { path: "/", user: "alice" },
  { path: "/discover", user: null },
  { path: "/g/hiking", user: null },
  { path: "/g/hiking/events", user: null },
  { path: "/g/hiking/mod", user: "alice" },
  { path: `/g/hiking/p/${post}`, user: null },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};

async function measure({ path, user }) {
  const profile = mkdtempSync(join(tmpdir(), "kith-lh-profile-"));
  const debugPort = await freePort();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [`--remote-debugging-port=${debugPort}`, ...chromiumArgs.filter((a) => a !== "--headless")],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    if (user) {
      const t = await login(user);
      await page.goto(`${base}/robots.txt`);
      await page.evaluate(
        ([k, v]) => localStorage.setItem(k, v),
        ["kith.session.self", JSON.stringify({ token: t.token, username: t.me.username, expires_at: t.expires_at })],
      );
    }
    await page.goto("about:blank");
    const result = await lighthouse(
      base + path,
      {
        port: debugPort,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        // Keeps the session just stored; the profile is new, so caches are cold anyway.
        disableStorageReset: true,
      },
    );
    return result.lhr;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

// KITH_LH_PAGES=/discover,/g/hiking measures only those pages.
const only = (process.env.KITH_LH_PAGES || "").split(",").filter(Boolean);
if (only.length) pages.splice(0, pages.length, ...pages.filter((p) => only.some((o) => p.path.startsWith(o) && (o !== "/" || p.path === "/"))));
const out = [];
const failures = new Map();
const reportDir = join(root, ".tmp", "lighthouse");
mkdirSync(reportDir, { recursive: true });
for (const p of pages) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) lhrs.push(await measure(p));
  const cat = (id) => median(lhrs.map((l) => Math.round((l.categories[id]?.score ?? 0) * 100)));
  const metric = (id) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
  out.push({
    page: p.path + (p.user ? ` (as ${p.user})` : ""),
    perf: cat("performance"),
    a11y: cat("accessibility"),
    bp: cat("best-practices"),
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  });
  const last = lhrs[lhrs.length - 1];
  writeFileSync(join(reportDir, `${p.path.replace(/\W+/g, "_") || "home"}.json`), JSON.stringify(last));
  for (const id of ["accessibility", "best-practices"]) {
    for (const ref of last.categories[id]?.auditRefs ?? []) {
      const a = last.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
        failures.set(`${p.path}: ${id}`, [...(failures.get(`${p.path}: ${id}`) || []), `${a.id} (${a.title})`]);
      }
    }
  }
}

const mark = (v, ok) => `${v}${ok ? "" : " ✗"}`;
console.log(`## Lighthouse 12 (mobile, simulated throttling; median of ${runs} run${runs > 1 ? "s" : ""})`);
console.log("| page | performance (≥ 95) | accessibility (100) | best practices (100) | FCP | LCP | TBT | CLS |");
console.log("|------|-------------------:|--------------------:|---------------------:|----:|----:|----:|----:|");
for (const r of out) {
  console.log(
    `| ${r.page} | ${mark(r.perf, r.perf >= 95)} | ${mark(r.a11y, r.a11y === 100)} | ${mark(r.bp, r.bp === 100)} | ` +
      `${(r.fcp / 1000).toFixed(1)} s | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} |`,
  );
}
for (const [k, v] of failures) console.log(`- ${k}: ${v.join(", ")}`);
console.log(`(full reports of the last run: .tmp/lighthouse/)`);
stop();
process.exit(0);
