// Benchmark (not a test): how long the month view takes to render 500 events in headless
// Chromium. Starts its own kith-server on an empty database, creates a public group with 500
// events in one month through the API, then times the month view: the first load (requests
// included) and switching back to the month (requests and rendering), median of five.
import { chromium } from "playwright-core";
import { api as call, chromiumArgs, startServer } from "./bench-lib.mjs";

// 500 events by one account exceed its creation budget: seed with the rate limits off.
const { base, stop } = await startServer({ rateLimits: false });
const api = (path, opts) => call(base, path, opts);

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
  args: chromiumArgs,
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
