// Benchmark (not a test): a group feed of 10,000 posts in headless Chromium. Starts its own
// kith-server on an empty database, creates a public group with 10,000 posts through the API,
// then measures the time from navigation to the first screen of posts, and scrolls to the end
// of the feed (every page fetched) to count the DOM nodes that remain.
import { chromium } from "playwright-core";
import { api as call, chromiumArgs, startServer } from "./bench-lib.mjs";

const POSTS = Number(process.env.KITH_BENCH_POSTS || 10_000);
// Ten thousand posts by one account is a flood: seed with the rate limits off.
const { base, stop } = await startServer({ rateLimits: false });
const api = (path, opts) => call(base, path, opts);

const { token } = await api("/auth/register", { body: { username: `feedbench${Date.now() % 100000}`, password: "benchmark-pass" } });
const group = await api("/groups", {
  token,
  body: { name: "Feed benchmark", purpose: "Ten thousand posts in one group.", topics: ["books"], region: "Online", visibility: "public" },
});
const t_seed = Date.now();
let next = 0;
await Promise.all(
  Array.from({ length: 8 }, async () => {
    while (next < POSTS) {
      const i = next++;
      await api(`/groups/${group.slug}/posts`, {
        token,
        body: { title: `Post ${i + 1}`, body: `Body of post ${i + 1}: *some* Markdown, a [link](https://example.org/${i}) and a list:\n\n- one\n- two` },
      });
    }
  }),
);
const seedMs = Date.now() - t_seed;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: chromiumArgs,
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const rows = page.locator("[role=feed] > .vfeed-row");
const t0 = Date.now();
await page.goto(`${base}/g/${group.slug}`);
await rows.first().waitFor();
const firstScreen = Date.now() - t0;
const nodesAtStart = await page.evaluate(() => document.querySelectorAll("*").length);

// Scroll to the end: keep jumping to the bottom until the feed knows its size and shows the last post.
const t1 = Date.now();
for (let i = 0; i < 5000; i++) {
  const done = await page.evaluate((n) => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    const last = [...document.querySelectorAll("[role=feed] > .vfeed-row")].pop();
    return last?.getAttribute("aria-posinset") === String(n) && last.getAttribute("aria-setsize") === String(n);
  }, POSTS);
  if (done) break;
  await page.waitForTimeout(30);
}
const scrollMs = Date.now() - t1;
const end = await page.evaluate(() => ({
  nodes: document.querySelectorAll("*").length,
  rows: document.querySelectorAll("[role=feed] > .vfeed-row").length,
  last: [...document.querySelectorAll("[role=feed] > .vfeed-row")].pop()?.getAttribute("aria-posinset"),
}));

console.log(`## Group feed with ${POSTS.toLocaleString("en")} posts (headless Chromium, 1280×900)`);
console.log("| measure | value |");
console.log("|---|---|");
console.log(`| navigation to the first screen of posts | ${firstScreen} ms |`);
console.log(`| DOM nodes on the first screen | ${nodesAtStart} |`);
console.log(`| scrolling to the end (${Math.ceil(POSTS / 20)} pages fetched and drawn) | ${(scrollMs / 1000).toFixed(1)} s |`);
console.log(`| at the end: DOM nodes / post rows in the document / last post shown | ${end.nodes} / ${end.rows} / #${end.last} |`);
console.log(`| (seeding ${POSTS} posts through the API, 8 at a time) | ${(seedMs / 1000).toFixed(1)} s |`);
await browser.close();
stop();
