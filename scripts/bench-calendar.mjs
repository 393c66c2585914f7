// Benchmark (not a test): how long the month view takes to render 500 events in headless
// Chromium. Starts its own kith-server on an empty database, creates a public group with 500
// events in one month through the API, then times the month view: the first load (requests
// included) and switching back to the month (requests and rendering), median of five.
import { spawn } from "node:child_process";
import { mkdtempSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { chromium } from "playwright-core";

const root = new URL("..", import.meta.url).pathname;
const bin = ["target/server/kith-server", "target/debug/kith-server"].map((p) => join(root, p)).find(existsSync);
if (!bin) throw new Error("build kith-server first (cargo build -p kith-server)");
const port = await new Promise((res) => {
  const s = createServer().listen(0, "127.0.0.1", () => {
    const p = s.address().port;
    s.close(() => res(p));
  });
});
const base = `http://127.0.0.1:${port}`;
const server = spawn(bin, ["--data-dir", mkdtempSync(join(tmpdir(), "kith-bench-")), "--dist", process.env.KITH_BENCH_DIST || join(root, "dist"), "--addr", `127.0.0.1:${port}`], { stdio: "ignore" });
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

async function api(path, { token, body, method } = {}) {
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(base + "/api/v1" + path, {
        method: method || (body ? "POST" : "GET"),
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.status === 204 ? null : r.json();
    } catch (e) {
      if (i > 50 || String(e).includes(": 4")) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const { token } = await api("/auth/register", { body: { username: `bench${Date.now() % 100000}`, password: "benchmark-pass" } });
const group = await api("/groups", {
  token,
  body: { name: "Calendar benchmark", purpose: "Five hundred events in one month.", topics: ["hiking"], region: "Berlin", visibility: "public" },
});
const month = "2027-03";
for (let i = 0; i < 500; i++) {
  const day = 1 + (i % 31);
  const hour = 6 + ((i * 7) % 14);
  const start = `${month}-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:${i % 2 ? "30" : "00"}:00Z`;
  const end = new Date(Date.parse(start) + (1 + (i % 3)) * 3600e3).toISOString().replace(/\.\d{3}Z$/, "Z");
  await api(`/groups/${group.slug}/events`, { token, body: { title: `Event ${i + 1}`, starts_at: start, ends_at: end, time_zone: "Europe/Berlin" } });
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const url = `${base}/g/${group.slug}/events?view=month&date=${month}-01`;
const chips = page.locator(".month-grid .event-chip");
const t0 = Date.now();
await page.goto(url);
await chips.first().waitFor();
const first = Date.now() - t0;
const counts = await page.evaluate(() => ({
  chips: document.querySelectorAll(".month-grid .event-chip").length,
  more: document.querySelectorAll(".month-grid .more").length,
  nodes: document.querySelectorAll("*").length,
}));
const switches = [];
for (let i = 0; i < 5; i++) {
  await page.getByRole("link", { name: "Next" }).click();
  await page.waitForFunction(() => document.querySelector(".cal-title")?.textContent === "April 2027" && document.querySelector(".month-grid"));
  const s = Date.now();
  await page.getByRole("link", { name: "Previous" }).click();
  await page.waitForFunction((n) => document.querySelectorAll(".month-grid .event-chip").length === n, counts.chips);
  switches.push(Date.now() - s);
}
const fetchMs = await page.evaluate(() =>
  performance.getEntriesByType("resource").filter((e) => e.name.includes("/events?")).slice(-5).reduce((a, e) => a + e.duration, 0),
);
switches.sort((a, b) => a - b);
console.log("## Calendar month view, 500 events (headless Chromium)");
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| first load of the page to the month drawn | ${first} ms |`);
console.log(`| switching back to the month (5 pages of events fetched, then drawn), median of 5 | ${switches[2]} ms |`);
console.log(`| of which the last switch's event requests | ${Math.round(fetchMs)} ms |`);
console.log(`| chips drawn / "+N more" buttons / DOM nodes | ${counts.chips} / ${counts.more} / ${counts.nodes} |`);
await browser.close();
stop();
