// Benchmark (not a test) of notifications (issue 14), on a fresh kith-server of its own:
//  1. fan-out: a post in a 50-member group where the 49 others are at level `all` (49
//     notifications and stream events written in the post's transaction), against the same
//     post in a group of 50 at level `default` (nothing to write);
//  2. live streams: 1,000 open `GET /stream` connections (170 members, 6 each at most): the
//     server's memory before and after, and the time from a post's request to its
//     `post_created` event on every one of the 1,000 streams.
// Usage: node scripts/bench-notify.mjs   (prefers target/server/kith-server; build it with
// `cargo build -p kith-server --profile server`).
import http from "node:http";
import { readFileSync } from "node:fs";
import { api, startServer } from "./bench-lib.mjs";

const STREAMS = Number(process.env.BENCH_STREAMS || 1000);
const MEMBERS = 170;

const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

const { base, stop, pid } = await startServer({ rateLimits: false });
try {
  const run = Date.now().toString(36);
  const users = [];
  for (let i = 0; i < MEMBERS; i++) {
    const username = `b${run}${i}`.slice(0, 32);
    const t = await api(base, "/auth/register", {
      body: { username, display_name: `Bench ${i}`, password: "bench-password-1" },
    });
    users.push({ username, token: t.token });
  }
  const group = async (owner, name) =>
    (await api(base, "/groups", {
      token: owner.token,
      body: { name, purpose: "A group for the notification benchmark.", topics: ["tech"], region: "Berlin", visibility: "public" },
    })).slug;
  const loud = await group(users[0], `Loud ${run}`);
  const quiet = await group(users[0], `Quiet ${run}`);
  for (const u of users.slice(1, 50)) {
    await api(base, `/groups/${loud}/join`, { token: u.token, body: {} });
    await api(base, `/groups/${quiet}/join`, { token: u.token, body: {} });
    await api(base, `/groups/${loud}/notification-level`, { token: u.token, method: "PUT", body: { level: "all" } });
  }
  const post = async (slug, i) => {
    const t0 = performance.now();
    await api(base, `/groups/${slug}/posts`, { token: users[0].token, body: { title: `Post ${i}`, body: "Benchmark post." } });
    return performance.now() - t0;
  };
  // The first post of a group is "after a quiet spell" (it notifies level default too): not timed.
  await post(quiet, -1);
  await post(loud, -1);
  const loudMs = [];
  const quietMs = [];
  for (let i = 0; i < 30; i++) {
    quietMs.push(await post(quiet, i));
    loudMs.push(await post(loud, i));
  }
  const unread = await api(base, "/notifications/unread-count", { token: users[1].token });
  console.log("## Fan-out: one post in a 50-member group (30 posts each, request time)");
  console.log(`| group | notifications per post | median | p90 |`);
  console.log(`|---|---:|---:|---:|`);
  console.log(`| 49 members at level all | 49 | ${median(loudMs).toFixed(1)} ms | ${pct(loudMs, 0.9).toFixed(1)} ms |`);
  console.log(`| 49 members at level default | 0 | ${median(quietMs).toFixed(1)} ms | ${pct(quietMs, 0.9).toFixed(1)} ms |`);
  console.log(`(a member at level all has ${unread.count} unread after the run)`);

  // 1,000 streams: every member joins one group, and holds up to 6 streams.
  const all = await group(users[0], `Streams ${run}`);
  for (const u of users.slice(1)) await api(base, `/groups/${all}/join`, { token: u.token, body: {} });
  const before = rssKb(pid);
  const streams = [];
  const arrivals = new Map();
  const open = (u) =>
    new Promise(async (resolve, reject) => {
      const { ticket } = await api(base, "/stream/ticket", { token: u.token, body: {} });
      const req = http.get(`${base}/api/v1/stream?ticket=${ticket}`, { agent: false }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream: ${res.statusCode}`));
        res.setEncoding("utf8");
        let buf = "";
        const s = { res, req };
        res.on("data", (chunk) => {
          buf += chunk;
          let i;
          while ((i = buf.indexOf("\n\n")) >= 0) {
            const frame = buf.slice(0, i);
            buf = buf.slice(i + 2);
            if (frame.includes("event: post_created")) {
              const id = Number(/"id":(\d+)/.exec(frame)?.[1]);
              const a = arrivals.get(id) || { got: 0, last: 0 };
              a.got++;
              a.last = performance.now();
              arrivals.set(id, a);
            }
          }
        });
        resolve(s);
      });
      req.on("error", reject);
    });
  for (let i = 0; i < STREAMS; i++) streams.push(await open(users[i % users.length]));
  await new Promise((r) => setTimeout(r, 1000));
  const after = rssKb(pid);
  const reach = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const p = await api(base, `/groups/${all}/posts`, { token: users[0].token, body: { title: `Live ${k}`, body: "To every stream." } });
    const deadline = Date.now() + 15000;
    while ((arrivals.get(p.id)?.got || 0) < STREAMS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    const a = arrivals.get(p.id) || { got: 0, last: t0 };
    reach.push({ ms: a.last - t0, got: a.got });
  }
  for (const s of streams) s.req.destroy();
  console.log();
  console.log(`## ${STREAMS} open streams (${users.length} members, one server process)`);
  console.log(`| server memory (RSS) before | with ${STREAMS} streams | per stream |`);
  console.log(`|---:|---:|---:|`);
  console.log(`| ${(before / 1024).toFixed(1)} MB | ${(after / 1024).toFixed(1)} MB | ${((after - before) / STREAMS).toFixed(1)} KB |`);
  console.log();
  console.log(`| post | streams reached | time from the post's request to the last stream |`);
  console.log(`|---:|---:|---:|`);
  reach.forEach((r, i) => console.log(`| ${i + 1} | ${r.got} | ${r.ms.toFixed(0)} ms |`));
} finally {
  stop();
}
