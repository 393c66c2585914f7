// Benchmark (not a test) of recurring events, on a fresh kith-server of its own: one group with
// 30 open-ended weekly series (Europe/Berlin, varied weekdays and hours; the server plans each
// 400 days ahead, ~57 dates) and 200 single events in the coming month. Prints:
//  1. the request time to create one series (median of the 30);
//  2. the API time to read a year of the group's dates (`GET /groups/{slug}/events`, limit 100,
//     the sum over its pages; median of BENCH_RECUR_RUNS runs) and how many dates it returns;
//  3. in headless Chromium, logged in: the month view of that month, from navigation start until
//     the grid shows every date of its days (chips plus "+N more"), each run in a new browser
//     context (cold cache, no service worker; median of BENCH_RECUR_RUNS runs).
// Usage: node scripts/bench-recur.mjs   (prefers target/server/kith-server; build it with
// `cargo build -p kith-server --profile server`; serves dist/ or KITH_BENCH_DIST).
import { chromium } from "playwright-core";
import { api as call, chromiumArgs, startServer } from "./bench-lib.mjs";

const RUNS = Math.max(1, Number(process.env.BENCH_RECUR_RUNS || 5));
const SERIES = 30;
const SINGLES = 200;
const ZONE = "Europe/Berlin";
const DAY = 86400e3;
const CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

const t00 = performance.now();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const pad = (n) => String(n).padStart(2, "0");
// Berlin's civil date and time of an instant, and the instant of a Berlin civil time.
const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});
const civil = (ms) => {
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, asUtc: Date.UTC(+p.year, p.month - 1, +p.day, +p.hour, +p.minute) };
};
const berlin = (y, m, d, h, min) => {
  const want = Date.UTC(y, m - 1, d, h, min);
  let t = want - 3600e3;
  for (let i = 0; i < 3; i++) t += want - civil(t).asUtc;
  return t;
};

const { base, stop } = await startServer({ rateLimits: false });
const api = (path, opts) => call(base, path, opts);
try {
  const username = `recur${Date.now() % 1e6}`;
  const session = await api("/auth/register", { body: { username, display_name: "Recur Bench", password: "benchmark-pass" } });
  const { token } = session;
  const { slug } = await api("/groups", {
    token,
    body: { name: "Recurrence benchmark", purpose: "Thirty weekly series and two hundred dates.", topics: ["tech"], region: "Berlin", visibility: "public" },
  });

  // The target month: the one after today's (in Berlin).
  const now = Date.now();
  const [ty, tm] = civil(now).date.split("-").map(Number);
  const [y, m] = tm === 12 ? [ty + 1, 1] : [ty, tm + 1];
  const month = `${y}-${pad(m)}`;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();

  // 1. 30 weekly series from tomorrow on, open-ended: the first date is the weekday's next one.
  const [sy, sm, sd] = civil(now + DAY).date.split("-").map(Number);
  const createMs = [];
  for (let i = 0; i < SERIES; i++) {
    const start = berlin(sy, sm, sd, 7 + ((i * 5) % 14), (i % 4) * 15);
    const body = {
      title: `Weekly ${i + 1}`,
      starts_at: iso(start),
      ends_at: iso(start + (60 + (i % 3) * 30) * 60e3),
      time_zone: ZONE,
      recurrence: { freq: "weekly", by_day: [CODES[i % 7]] },
    };
    const t0 = performance.now();
    const first = await api(`/groups/${slug}/events`, { token, body });
    createMs.push(performance.now() - t0);
    if (!first.series_id) throw new Error("the server made no series (an old kith-server build?)");
  }
  // 200 single events over the target month, 08:00 to 20:30 Berlin time, 1 to 2 hours long.
  for (let i = 0; i < SINGLES; i++) {
    const start = berlin(y, m, 1 + (i % daysInMonth), 8 + ((i * 7) % 13), i % 2 ? 30 : 0);
    const body = { title: `Single ${i + 1}`, starts_at: iso(start), ends_at: iso(start + (1 + (i % 2)) * 3600e3), time_zone: ZONE };
    await api(`/groups/${slug}/events`, { token, body });
  }

  // Every date in [from, to), paged by 100; the time is the sum of the requests.
  const readAll = async (from, to) => {
    let items = [];
    let ms = 0;
    let pages = 0;
    let cursor = null;
    do {
      const q = cursor ? `cursor=${cursor}` : `from=${iso(from)}&to=${iso(to)}`;
      const t0 = performance.now();
      const page = await api(`/groups/${slug}/events?${q}&limit=100`, { token });
      ms += performance.now() - t0;
      pages++;
      items = items.concat(page.items);
      cursor = page.next_cursor;
    } while (cursor);
    return { items, ms, pages };
  };
  const planned = await readAll(now, now + 400 * DAY);
  const perSeries = new Map();
  for (const e of planned.items) if (e.series_id) perSeries.set(e.series_id, (perSeries.get(e.series_id) || 0) + 1);
  const plannedEach = median([...perSeries.values()]);

  // 2. A year of dates.
  await readAll(now, now + 365 * DAY); // warm-up, not counted
  const year = [];
  for (let i = 0; i < RUNS; i++) year.push(await readAll(now, now + 365 * DAY));
  const yearDates = year[0].items.length;
  const yearSeriesDates = year[0].items.filter((e) => e.series_id).length;

  // 3. The month view, logged in (the session in localStorage, where the app keeps it).
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });
  const stored = JSON.stringify({ token, username: session.me.username, expires_at: session.expires_at });
  const url = `${base}/g/${slug}/events?view=month&date=${month}-15`;
  const views = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 1280, height: 900 }, timezoneId: ZONE, locale: "en-GB" });
      await context.addInitScript((s) => {
        if (!localStorage.getItem("kith.session.self")) localStorage.setItem("kith.session.self", s);
        // Each change of what the month grid shows: time since navigation start, chips, "+N more".
        const log = (window.__monthLog = []);
        let last = "";
        new MutationObserver(() => {
          const grid = document.querySelector(".month-grid");
          if (!grid) return;
          const chips = grid.querySelectorAll(".event-chip").length;
          let more = 0;
          for (const b of grid.querySelectorAll(".more")) more += Number(/\d+/.exec(b.textContent)?.[0] || 0);
          const key = `${chips}/${more}`;
          if (key !== last) {
            last = key;
            log.push({ t: performance.now(), chips, more });
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
      }, stored);
      const page = await context.newPage();
      await page.goto(url);
      await page.locator(".month-grid .event-chip").first().waitFor({ timeout: 60e3 });
      // The grid's days, and how many dates the API has on them (Berlin days).
      const [first, last] = await page.evaluate(() => {
        const d = [...document.querySelectorAll(".month-grid [data-day]")].map((e) => e.dataset.day);
        return [d[0], d[d.length - 1]];
      });
      if (run === 0) {
        const around = await readAll(Date.parse(`${first}T00:00:00Z`) - 2 * DAY, Date.parse(`${last}T00:00:00Z`) + 2 * DAY);
        views.expected = around.items.filter((e) => {
          const d = civil(Date.parse(e.starts_at)).date;
          return d >= first && d <= last;
        }).length;
        views.range = `${first} to ${last}`;
      }
      await page.waitForFunction((n) => window.__monthLog.some((r) => r.chips + r.more === n), views.expected, { timeout: 60e3 });
      await page.waitForTimeout(500); // anything drawn after that is a re-render, kept in the log
      const r = await page.evaluate(() => {
        const log = window.__monthLog;
        const total = Math.max(...log.map((x) => x.chips + x.more));
        const done = log.find((x) => x.chips + x.more === total);
        const fetches = performance.getEntriesByType("resource").filter((e) => /\/api\/v1\/groups\/[^/]+\/events\?/.test(e.name));
        return {
          drawn: done.t,
          chips: done.chips,
          more: done.more,
          changes: log.length,
          nodes: document.querySelectorAll("*").length,
          requests: fetches.length,
          fetchEnd: Math.max(0, ...fetches.map((e) => e.responseEnd)),
        };
      });
      views.push(r);
      await context.close();
    }
  } finally {
    await browser.close();
  }

  const ms = (x) => `${x.toFixed(1)} ms`;
  const v = views;
  console.log(`## Recurring events: ${SERIES} weekly series and ${SINGLES} single events (${month}), one group`);
  console.log("| measure | value |");
  console.log("|---|---|");
  console.log(`| create one weekly series (${plannedEach} dates planned), median of ${SERIES} | ${ms(median(createMs))} (min ${ms(Math.min(...createMs))}, max ${ms(Math.max(...createMs))}) |`);
  console.log(`| read a year of dates: ${yearDates} dates (${yearSeriesDates} of series) in ${year[0].pages} pages of 100, median of ${RUNS} | ${ms(median(year.map((r) => r.ms)))} |`);
  console.log(`| month view ${month}: navigation start to every date drawn, median of ${RUNS} (cold) | ${ms(median(v.map((r) => r.drawn)))} |`);
  console.log(`| of which: its event requests done (${v[0].requests} requests) | ${ms(median(v.map((r) => r.fetchEnd)))} |`);
  console.log(`| grid ${v.range}: dates / chips drawn / "+N more" total / DOM nodes | ${v.expected} / ${v[0].chips} / ${v[0].more} / ${v[0].nodes} |`);
  console.log(`(runs of the month view: ${v.map((r) => Math.round(r.drawn)).join(", ")} ms; whole benchmark ${((performance.now() - t00) / 1000).toFixed(0)} s)`);
} finally {
  stop();
}
process.exit(0);
