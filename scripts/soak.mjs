// Soak benchmark (not a test) of the reference server; run it through scripts/soak, which builds
// kith-server first. One fresh `kith-server --demo` on an empty data directory takes
// KITH_SOAK_CLIENTS (default 50) concurrent members for KITH_SOAK_SECONDS (default 600): reads,
// writes, logins, reports and hostile input, plus KITH_SOAK_RAW (default 3) raw TCP connections
// that send slow, partial or broken HTTP. It prints requests/s, status counts (with the problem
// `code` of every 4xx/5xx), latency percentiles overall and per request kind, and the server's
// peak memory. Then the crash check: writes from several members, `kill -9` in the middle,
// restart on the same data directory, and every write that was answered 2xx must be there with
// its content. Exits 1 on any 5xx, connection error or timeout, a server that died during the
// soak, a lost or changed acknowledged write, or an Idempotency-Key that created two things.
//
// More knobs: KITH_SOAK_THINK_MS (pause between a client's requests, default 0),
// KITH_SOAK_TIMEOUT_MS (per request, default 35000: longer than the server's own 30 s deadline),
// KITH_SOAK_CRASH_WRITERS (default 8), KITH_SOAK_CRASH_AFTER_MS (default 2000, plus up to 1 s;
// fresh write budgets of 8 members last about 4 s on 2 cores),
// KITH_SOAK_BIN (default target/server/kith-server), KITH_SOAK_DIR (work directory),
// KITH_SOAK_DATABASE_URL (a postgres:// database to run on instead of SQLite).
import http from "node:http";
import net from "node:net";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, writeFileSync, existsSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { root, freePort } from "./bench-lib.mjs";

const env = process.env;
const int = (v, d) => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : d);
const SECONDS = int(env.KITH_SOAK_SECONDS, 600);
const CLIENTS = Math.max(1, int(env.KITH_SOAK_CLIENTS, 50));
const RAW_WORKERS = Math.max(0, int(env.KITH_SOAK_RAW, 3));
const THINK_MS = int(env.KITH_SOAK_THINK_MS, 0);
const TIMEOUT_MS = int(env.KITH_SOAK_TIMEOUT_MS, 35_000);
const CRASH_WRITERS = Math.max(1, int(env.KITH_SOAK_CRASH_WRITERS, 8));
const CRASH_AFTER_MS = int(env.KITH_SOAK_CRASH_AFTER_MS, 2000);
const BIN = env.KITH_SOAK_BIN || join(root, "target/server/kith-server");
const WORK = env.KITH_SOAK_DIR || mkdtempSync(join(tmpdir(), "kith-soak-"));
const LOGS = join(root, ".tmp/soak");
const DATA = join(WORK, "db");
const RUN = randomBytes(3).toString("hex");
const PASSWORD = "soak-password-1";
const DEMO_PASSWORD = "kith-demo";

const sleep = (ms) => new Promise((r) => setTimeout(r, Math.max(0, ms)));
const now = () => performance.now();
const pick = (a) => a[Math.floor(Math.random() * a.length)];
const chance = (p) => Math.random() < p;
const rid = (n = 8) => randomBytes(n).toString("hex");
const mb = (kb) => (kb / 1024).toFixed(1);

// ---------------------------------------------------------------------------------------------
// Statistics: a log-scale latency histogram (buckets 1 % wide, so percentiles are within 0.5 %)
// per request kind, status counts, problem codes and findings with a few examples each.

const NB = 2400; // 1.01^2400 µs is far beyond any timeout
const LN = Math.log(1.01);
class Hist {
  constructor() {
    this.b = new Uint32Array(NB);
    this.n = 0;
    this.max = 0;
  }
  add(ms) {
    const us = Math.max(1, ms * 1000);
    this.b[Math.min(NB - 1, Math.floor(Math.log(us) / LN))]++;
    this.n++;
    if (ms > this.max) this.max = ms;
  }
  merge(o) {
    for (let i = 0; i < NB; i++) this.b[i] += o.b[i];
    this.n += o.n;
    this.max = Math.max(this.max, o.max);
  }
  q(p) {
    if (!this.n) return NaN;
    const want = Math.max(1, Math.ceil(p * this.n));
    let c = 0;
    for (let i = 0; i < NB; i++) {
      c += this.b[i];
      if (c >= want) return Math.min(this.max, Math.pow(1.01, i + 0.5) / 1000);
    }
    return this.max;
  }
}

class Stats {
  constructor() {
    this.kinds = new Map(); // kind -> { hist, statuses: Map }
    this.statuses = new Map();
    this.problems = new Map(); // "status code" -> count
    this.findings = new Map(); // key -> { count, examples: [] }
    this.anomalies = new Map();
    this.notes = new Map();
    this.total = 0; // answered requests
    this.errors = 0; // connection errors and timeouts (not expected ones)
    this.keepAliveRetries = 0;
    this.rawOps = 0;
    this.retriedKinds = new Map();
    this.s5xx = 0;
  }
  kind(k) {
    let s = this.kinds.get(k);
    if (!s) this.kinds.set(k, (s = { hist: new Hist(), statuses: new Map() }));
    return s;
  }
  static bump(map, key, n = 1) {
    map.set(key, (map.get(key) || 0) + n);
  }
  static example(map, key, ex) {
    let f = map.get(key);
    if (!f) map.set(key, (f = { count: 0, examples: [] }));
    f.count++;
    if (ex && f.examples.length < 3) f.examples.push(ex);
  }
  /** One answered request (or a failed one: `status` is then "ERR <code>"). */
  record(kind, status, ms, { code, example, expectedError } = {}) {
    const k = this.kind(kind);
    Stats.bump(k.statuses, String(status));
    Stats.bump(this.statuses, String(status));
    if (typeof status === "number") {
      this.total++;
      k.hist.add(ms);
      if (status >= 400) Stats.bump(this.problems, `${status} ${code ?? "(no problem+json)"}`);
      if (status >= 500) {
        this.s5xx++;
        Stats.example(this.findings, `${kind}: ${status} ${code ?? ""}`.trim(), example);
      }
    } else if (!expectedError) {
      this.errors++;
      Stats.example(this.findings, `${kind}: ${status}`, example);
    }
  }
  anomaly(key, example) {
    Stats.example(this.anomalies, key, example);
  }
  note(key, example) {
    Stats.example(this.notes, key, example);
  }
}

let stats = new Stats();

// ---------------------------------------------------------------------------------------------
// The server: started, watched (memory every second), killed and restarted on the same data.

const server = {
  child: null,
  pid: 0,
  port: 0,
  base: "",
  expectExit: false,
  died: null, // { code, signal, at } when it exited without being asked to
  peakRss: 0,
  hwm: 0,
  peakFds: 0,
  lastRss: 0,
  sampler: null,
  logFile: "",
  async start(logName) {
    this.port = await freePort();
    this.base = `http://127.0.0.1:${this.port}`;
    mkdirSync(LOGS, { recursive: true });
    this.logFile = join(LOGS, logName);
    const fd = openSync(this.logFile, "w");
    const args = ["--addr", `127.0.0.1:${this.port}`, "--data-dir", DATA, "--dist", join(WORK, "no-dist"), "--demo"];
    // A PostgreSQL database instead of SQLite (scripts/soak with KITH_SOAK_POSTGRES=1).
    if (env.KITH_SOAK_DATABASE_URL) args.push("--database", env.KITH_SOAK_DATABASE_URL);
    const t0 = now();
    const child = spawn(BIN, args, { stdio: ["ignore", fd, fd] });
    closeSync(fd);
    this.child = child;
    this.pid = child.pid;
    this.expectExit = false;
    this.died = null;
    writeFileSync(join(WORK, "server.pid"), String(child.pid));
    child.on("exit", (code, signal) => {
      if (this.child === child) this.child = null;
      if (!this.expectExit) this.died = { code, signal, at: new Date().toISOString() };
    });
    for (let i = 0; ; i++) {
      if (!this.child) throw new Error(`kith-server exited while starting; log: ${this.logFile}\n${tail(this.logFile)}`);
      const r = await once("GET", "/api/v1/meta", {}, null, 2000);
      if (r.status === 200) break;
      if (i > 600) throw new Error(`kith-server did not answer within 60 s; log: ${this.logFile}`);
      await sleep(100);
    }
    this.sample();
    clearInterval(this.sampler);
    this.sampler = setInterval(() => this.sample(), 1000);
    return now() - t0;
  },
  sample() {
    if (!this.child) return;
    try {
      const st = readFileSync(`/proc/${this.pid}/status`, "utf8");
      const rss = +(/VmRSS:\s+(\d+)/.exec(st)?.[1] ?? 0);
      const hwm = +(/VmHWM:\s+(\d+)/.exec(st)?.[1] ?? 0);
      this.lastRss = rss;
      this.peakRss = Math.max(this.peakRss, rss);
      this.hwm = Math.max(this.hwm, hwm);
      this.peakFds = Math.max(this.peakFds, readdirSync(`/proc/${this.pid}/fd`).length);
    } catch {
      // gone between the check and the read
    }
  },
  async stop(signal = "SIGTERM") {
    clearInterval(this.sampler);
    const child = this.child;
    if (!child) return;
    this.expectExit = true;
    const gone = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    const t = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await gone;
    clearTimeout(t);
  },
};

function tail(file, n = 30) {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-n).join("\n");
  } catch {
    return "";
  }
}

let exiting = false;
function hardStop() {
  if (server.child) {
    server.expectExit = true;
    try {
      server.child.kill("SIGKILL");
    } catch {}
  }
}
process.on("exit", hardStop);
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(sig, () => {
    if (exiting) return;
    exiting = true;
    console.error(`\n${sig}: stopping the server`);
    hardStop();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------------------------
// HTTP: node:http on a keep-alive pool, a deadline on every request (a hung server shows up as
// CLIENT_TIMEOUT errors), and one retry when a reused keep-alive socket turns out to have been
// closed by the server (the request never reached it).

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: 1024, timeout: 5000 });
const KEEP_BODY = 4 << 20;

function once(method, path, headers, payload, timeout, ownConnection = false) {
  return new Promise((resolve) => {
    const t0 = now();
    let done = false;
    let got = false;
    const finish = (r) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      r.ms = now() - t0;
      resolve(r);
    };
    let req;
    try {
      req = http.request({ host: "127.0.0.1", port: server.port, method, path, headers, agent: ownConnection ? false : agent }, (res) => {
        got = true;
        const chunks = [];
        let size = 0;
        res.on("data", (c) => {
          if (size < KEEP_BODY) chunks.push(c);
          size += c.length;
        });
        res.on("end", () => finish({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", (e) => finish({ err: e.code || e.message, midBody: true }));
        res.on("close", () => {
          if (!res.complete) finish({ err: "RESPONSE_CUT", midBody: true });
        });
      });
    } catch (e) {
      return resolve({ err: e.code || "BAD_REQUEST_BUILD", ms: 0 });
    }
    const timer = setTimeout(() => {
      const e = new Error("timeout");
      e.code = "CLIENT_TIMEOUT";
      req.destroy(e);
    }, timeout);
    req.on("error", (e) => finish({ err: e.code || e.message, reused: req.reusedSocket && !got }));
    if (payload === null || payload === undefined) req.end();
    else if (Array.isArray(payload)) {
      // Chunked: write the pieces one by one (no Content-Length).
      (async () => {
        for (const p of payload) {
          if (done || req.destroyed) return;
          if (!req.write(p))
            await new Promise((r) => {
              const go = () => {
                req.off("drain", go);
                req.off("close", go);
                r();
              };
              req.on("drain", go);
              req.on("close", go);
            });
        }
        if (!done && !req.destroyed) req.end();
      })().catch(() => {});
    } else req.end(payload);
  });
}

function problemCode(r) {
  if (!r.status || r.status < 400) return undefined;
  const ct = String(r.headers?.["content-type"] || "");
  if (!ct.includes("problem+json")) return undefined;
  try {
    return JSON.parse(r.body.toString("utf8")).code ?? "(no code)";
  } catch {
    return "(unparsable problem)";
  }
}

/**
 * One API call, recorded under `kind`. `body`: an object (sent as JSON), a string or Buffer
 * (sent as it is), or an array of Buffers (sent chunked). Returns the response with `.json()`.
 */
async function call(kind, method, path, opts = {}) {
  const { token, body, headers = {}, timeout = TIMEOUT_MS, expectReset = false, key, ownConnection = false } = opts;
  const h = { ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  if (key) h["idempotency-key"] = key;
  let payload = null;
  if (body !== undefined && body !== null) {
    if (Array.isArray(body)) payload = body;
    else if (typeof body === "string" || Buffer.isBuffer(body)) payload = body;
    else payload = JSON.stringify(body);
    if (!("content-type" in h)) h["content-type"] = "application/json";
    if (!Array.isArray(payload) && !("content-length" in h)) h["content-length"] = Buffer.byteLength(payload);
  }
  const full = path.startsWith("/api/v1") ? path : "/api/v1" + path;
  let r = await once(method, full, h, payload, timeout, ownConnection);
  if (r.err && r.reused && ["ECONNRESET", "EPIPE", "ECONNABORTED", "RESPONSE_CUT"].includes(r.err)) {
    stats.keepAliveRetries++;
    Stats.bump(stats.retriedKinds, kind);
    r = await once(method, full, h, payload, timeout, ownConnection);
  }
  const example = () => ({
    method,
    path: full.length > 300 ? full.slice(0, 300) + "…" : full,
    body: payload === null ? undefined : describeBody(payload),
    token: !!token,
    key,
    answer: r.err ? r.err : `${r.status} ${r.body?.toString("utf8").slice(0, 300)}`,
    at: new Date().toISOString(),
  });
  if (r.err) {
    const expected = expectReset && ["ECONNRESET", "EPIPE", "RESPONSE_CUT"].includes(r.err);
    stats.record(kind, `ERR ${r.err}`, r.ms, { example: example(), expectedError: expected });
  } else {
    const code = problemCode(r);
    r.code = code;
    stats.record(kind, r.status, r.ms, { code, example: r.status >= 500 ? example() : undefined });
  }
  r.json = () => {
    try {
      return JSON.parse(r.body.toString("utf8"));
    } catch {
      return null;
    }
  };
  r.retryAfter = () => {
    const v = Number(r.headers?.["retry-after"]);
    return Number.isFinite(v) && v > 0 ? v : 1;
  };
  return r;
}

function describeBody(p) {
  if (Array.isArray(p)) return `<${p.reduce((n, b) => n + b.length, 0)} bytes, chunked>`;
  const s = Buffer.isBuffer(p) ? p.toString("latin1") : p;
  return s.length > 300 ? `${JSON.stringify(s.slice(0, 200))}… (${s.length} chars)` : s;
}

// ---------------------------------------------------------------------------------------------
// What the demo server holds: public groups, topics, regions.

const world = { publicSlugs: [], preferred: [], topics: [], regions: [], demo: {} };

async function discoverWorld() {
  const meta = (await call("setup", "GET", "/meta")).json();
  world.topics = meta?.topics || [];
  let cursor = null;
  for (let i = 0; i < 20; i++) {
    const r = await call("setup", "GET", `/groups?limit=100&visibility=public${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    const page = r.json();
    if (!page) break;
    for (const g of page.items || []) {
      if (g.archived) continue;
      world.publicSlugs.push(g.slug);
      if (g.region && !world.regions.includes(g.region)) world.regions.push(g.region);
    }
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  if (!world.publicSlugs.length) throw new Error("the demo server lists no public groups");
  world.preferred = ["hiking", "spree-cyclists"].filter((s) => world.publicSlugs.includes(s));
  if (!world.preferred.length) world.preferred = world.publicSlugs.slice(0, 2);
}

async function loginDemo(name) {
  for (let i = 0; i < 10; i++) {
    const r = await call("setup", "POST", "/auth/login", { body: { username: name, password: DEMO_PASSWORD } });
    if (r.status === 200) return r.json().token;
    if (r.status === 429 || r.status === 503) await sleep(r.retryAfter() * 1000);
    else throw new Error(`login as ${name}: ${r.status ?? r.err} ${r.body?.toString().slice(0, 200)}`);
  }
  throw new Error(`login as ${name} kept being refused`);
}

/** At most `n` at once: sign-ups share two password hashers with everything else. */
function limiter(n) {
  let active = 0;
  const queue = [];
  return async (f) => {
    while (active >= n) await new Promise((r) => queue.push(r));
    active++;
    try {
      return await f();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
const hashSlots = limiter(2);

class Ring {
  constructor(n) {
    this.n = n;
    this.a = [];
    this.i = 0;
  }
  push(v) {
    if (this.a.length < this.n) this.a.push(v);
    else this.a[this.i++ % this.n] = v;
  }
  any() {
    return this.a.length ? pick(this.a) : undefined;
  }
  get size() {
    return this.a.length;
  }
}

// ---------------------------------------------------------------------------------------------
// A member: registers, joins some public groups, then mixes reads, writes, logins, reports and
// hostile input until the deadline, backing off on Retry-After per kind of request.

const REACTIONS = ["like", "love", "laugh", "celebrate", "insightful"];
const NASTY_LINE = ["a\u0000b", "evil\u202Egnp.exe", "bell\u0007ring", "two\nlines", "\u2066isolate\u2069", "esc\u001b[31mred", "sep\u2028arator"];

class Client {
  constructor(i) {
    this.i = i;
    this.name = `soak-${RUN}-${i}`;
    this.token = null;
    this.home = []; // joined and never left: where this member writes
    this.extra = new Set(); // joined on the way, may be left again
    this.posts = new Ring(64); // { id, slug }
    this.myPosts = new Ring(16); // { id, etag }
    this.comments = new Ring(64);
    this.events = new Ring(32);
    this.blocked = {}; // category -> time (ms, performance clock) until which it is avoided
    this.pausedUntil = 0;
    this.nextLogin = now() + 5000 + Math.random() * 10_000;
  }

  /** A call that backs off on 429 (per category) and on 503 (the whole client). */
  async req(kind, cat, method, path, opts = {}) {
    const r = await call(kind, method, path, { token: this.token, ...opts });
    if (r.status === 429) this.blocked[cat || "other"] = now() + r.retryAfter() * 1000;
    else if (r.status === 503) this.pausedUntil = now() + Math.min(30, r.retryAfter()) * 1000;
    return r;
  }
  free(cat) {
    return !(this.blocked[cat] > now());
  }

  async setup() {
    for (let i = 0; ; i++) {
      const r = await hashSlots(() =>
        call("POST /auth/register", "POST", "/auth/register", {
          body: { username: this.name, password: PASSWORD, display_name: `Soak ${this.i}`, interests: world.topics.slice(0, 2) },
        }),
      );
      if (r.status === 201) {
        this.token = r.json().token;
        break;
      }
      if (i >= 20 || !(r.status === 429 || r.status === 503 || r.err)) throw new Error(`register ${this.name}: ${r.status ?? r.err} ${r.body?.toString().slice(0, 200)}`);
      await sleep(r.retryAfter ? r.retryAfter() * 1000 : 1000);
    }
    const li = await hashSlots(() => call("POST /auth/login (right password)", "POST", "/auth/login", { body: { username: this.name, password: PASSWORD } }));
    if (li.status === 200) this.token = li.json().token;
    const others = world.publicSlugs.filter((s) => !world.preferred.includes(s));
    const want = [...world.preferred, ...(others.length ? [others[this.i % others.length]] : [])];
    for (const slug of want) {
      const r = await this.req("POST /groups/{slug}/join", "join", "POST", `/groups/${slug}/join`, { body: {} });
      if (r.status === 200 && r.json()?.status === "joined") this.home.push(slug);
    }
    if (!this.home.length) throw new Error(`${this.name} could not join any of ${want.join(", ")}`);
    await this.groupFeed(this.home[0]);
  }

  slug() {
    return pick(this.home);
  }
  /** A post seen in a group this member belongs to (where it may comment and react). */
  memberPost() {
    for (let i = 0; i < 8; i++) {
      const p = this.posts.any();
      if (p && (this.home.includes(p.slug) || this.extra.has(p.slug))) return p;
    }
    return undefined;
  }
  anySlug() {
    return chance(0.7) ? this.slug() : pick(world.publicSlugs);
  }

  // ---- reads
  async discover() {
    const q = new URLSearchParams();
    if (chance(0.3)) q.set("q", pick(["hik", "book", "rust", "night", "tram", "bread", "garden", "zzz", "the"]));
    if (chance(0.3) && world.topics.length) q.set("topic", pick(world.topics));
    if (chance(0.2) && world.regions.length) q.set("region", pick(world.regions));
    if (chance(0.2)) q.set("size", pick(["small", "medium", "large"]));
    if (chance(0.2)) q.set("activity", pick(["week", "month", "quiet"]));
    if (chance(0.4)) q.set("sort", pick(["active", "new", "members", "name"]));
    const recommended = chance(0.15);
    if (recommended) q.set("recommended", "true");
    if (chance(0.1)) q.set("visibility", "public");
    q.set("limit", String(1 + Math.floor(Math.random() * 30)));
    const anon = !recommended && chance(0.3);
    let r = await this.req("GET /groups", null, "GET", `/groups?${q}`, anon ? { token: undefined } : {});
    let cursor = r.json?.()?.next_cursor;
    if (cursor && chance(0.3)) {
      q.set("cursor", cursor);
      await this.req("GET /groups", null, "GET", `/groups?${q}`, anon ? { token: undefined } : {});
    }
  }
  async groupFeed(slug = this.anySlug()) {
    const sort = pick(["new", "hot", "top"]);
    let path = `/groups/${slug}/posts?sort=${sort}&limit=${pick([10, 20, 20, 50])}`;
    const anon = chance(0.2);
    for (let page = 0; page < 3; page++) {
      const r = await this.req("GET /groups/{slug}/posts", null, "GET", path, anon ? { token: undefined } : {});
      const j = r.status === 200 ? r.json() : null;
      if (!j) return;
      for (const p of j.items || []) if (!p.deleted && !p.removed) this.posts.push({ id: p.id, slug });
      if (!j.next_cursor || chance(0.6)) return;
      path = `/groups/${slug}/posts?sort=${sort}&limit=20&cursor=${encodeURIComponent(j.next_cursor)}`;
    }
  }
  async homeFeed() {
    const sort = pick(["new", "hot", "top"]);
    const r = await this.req("GET /feed", null, "GET", `/feed?limit=20&sort=${sort}`);
    const j = r.status === 200 ? r.json() : null;
    if (j?.next_cursor && chance(0.3)) await this.req("GET /feed", null, "GET", `/feed?limit=20&sort=${sort}&cursor=${encodeURIComponent(j.next_cursor)}`);
  }
  async readPost() {
    const p = this.posts.any();
    if (!p) return this.groupFeed();
    await this.req("GET /posts/{id}", null, "GET", `/posts/${p.id}`);
  }
  async readComments() {
    const p = this.posts.any();
    if (!p) return this.groupFeed();
    const r = await this.req("GET /posts/{id}/comments", null, "GET", `/posts/${p.id}/comments?limit=50`);
    const j = r.status === 200 ? r.json() : null;
    const mine = this.home.includes(p.slug) || this.extra.has(p.slug);
    for (const c of j?.items || []) if (mine && !c.deleted && !c.removed) this.comments.push({ id: c.id, postId: p.id });
  }
  async readComment() {
    const c = this.comments.any();
    if (!c) return this.readComments();
    await this.req("GET /comments/{id}", null, "GET", `/comments/${c.id}`);
  }
  async readEvents() {
    const slug = this.anySlug();
    const from = new Date(Date.now() - 7 * 86400e3).toISOString().slice(0, 19) + "Z";
    const to = new Date(Date.now() + 90 * 86400e3).toISOString().slice(0, 19) + "Z";
    const r = await this.req("GET /groups/{slug}/events", null, "GET", `/groups/${slug}/events?from=${from}&to=${to}&limit=50`);
    const j = r.status === 200 ? r.json() : null;
    for (const e of j?.items || []) if (!e.cancelled && this.home.includes(slug)) this.events.push({ id: e.id });
    const e = this.events.any();
    if (e && chance(0.5)) await this.req("GET /events/{id}", null, "GET", `/events/${e.id}`);
    else if (e) await this.req("GET /events/{id}/attendees", null, "GET", `/events/${e.id}/attendees?limit=50`);
  }
  async myEvents() {
    await this.req("GET /events", null, "GET", `/events?limit=50`);
  }
  async members() {
    await this.req("GET /groups/{slug}/members", null, "GET", `/groups/${this.anySlug()}/members?limit=${pick([20, 50, 100])}`);
  }
  async group() {
    await this.req("GET /groups/{slug}", null, "GET", `/groups/${this.anySlug()}`);
  }
  async me() {
    await this.req("GET /me", null, "GET", "/me");
  }
  async ics() {
    await this.req("GET /groups/{slug}/calendar.ics", null, "GET", `/groups/${this.anySlug()}/calendar.ics`, { token: undefined });
  }

  // ---- writes
  async writePost() {
    const slug = this.slug();
    const title = `Soak ${this.i} ${rid(4)}`;
    const body = `Written by the soak benchmark.\n\n${"Some words. ".repeat(1 + Math.floor(Math.random() * 40))}`;
    const r = await this.req("POST /groups/{slug}/posts", "post", "POST", `/groups/${slug}/posts`, { body: { title, body }, key: rid() });
    if (r.status === 201) {
      const p = r.json();
      this.posts.push({ id: p.id, slug });
      this.myPosts.push({ id: p.id, etag: p.etag || r.headers.etag });
    }
  }
  async writeComment() {
    const p = this.memberPost();
    if (!p) return this.groupFeed(this.slug());
    const parent = chance(0.3) ? this.comments.a.find((c) => c.postId === p.id) : undefined;
    const body = { body: `Soak comment ${rid(4)} ${"ok ".repeat(1 + Math.floor(Math.random() * 20))}`, ...(parent ? { parent_id: parent.id } : {}) };
    const r = await this.req("POST /posts/{id}/comments", "comment", "POST", `/posts/${p.id}/comments`, { body, key: rid() });
    if (r.status === 201) this.comments.push({ id: r.json().id, postId: p.id });
  }
  async react() {
    const onComment = chance(0.4) && this.comments.size;
    const t = onComment ? this.comments.any() : this.memberPost();
    if (!t) return this.groupFeed(this.slug());
    const what = onComment ? "comments" : "posts";
    await this.req(`POST /${what}/{id}/reactions`, null, "POST", `/${what}/${t.id}/reactions`, { body: { kind: pick(REACTIONS) }, key: rid() });
  }
  async rsvp() {
    const e = this.events.any();
    if (!e) return this.readEvents();
    await this.req("PUT /events/{id}/rsvp", null, "PUT", `/events/${e.id}/rsvp`, { body: { status: pick(["going", "maybe", "declined"]) } });
  }
  async joinLeave() {
    const choices = world.publicSlugs.filter((s) => !this.home.includes(s));
    if (!choices.length) return;
    const slug = pick(choices);
    if (this.extra.has(slug)) {
      const r = await this.req("POST /groups/{slug}/leave", null, "POST", `/groups/${slug}/leave`, { key: rid() });
      if (r.status === 204 || r.status === 409) this.extra.delete(slug);
    } else {
      const r = await this.req("POST /groups/{slug}/join", "join", "POST", `/groups/${slug}/join`, { body: {}, key: rid() });
      if (r.status === 200 || r.status === 409) this.extra.add(slug);
    }
  }
  async editPost() {
    const p = this.myPosts.any();
    if (!p) return this.writePost();
    const r = await this.req("PATCH /posts/{id}", null, "PATCH", `/posts/${p.id}`, {
      body: { body: `Edited by the soak benchmark ${rid(4)}.` },
      headers: { "if-match": p.etag || "*" },
    });
    if (r.status === 200) p.etag = r.json()?.etag || r.headers.etag;
    else if (r.status === 412) p.etag = "*";
  }
  async report() {
    let target;
    if (chance(0.2)) target = { kind: "member", group: this.slug(), username: pick(["alice", "bob", "carol", "dave"]) };
    else if (chance(0.4) && this.comments.size) target = { kind: "comment", id: this.comments.any().id };
    else if (this.posts.size) target = { kind: "post", id: this.posts.any().id };
    else return this.groupFeed();
    await this.req("POST /reports", "report", "POST", "/reports", { body: { target, reason: `Soak report ${rid(3)}: looks off-topic.` }, key: rid() });
  }

  // ---- logins
  async login() {
    const kind = pick(["right", "wrong", "wrong", "unknown", "demo-wrong"]);
    if (kind === "right") {
      // A real password check costs ~20 MiB and tens of ms: at most one every 10 s per client.
      if (now() < this.nextLogin) return this.me();
      this.nextLogin = now() + 10_000 + Math.random() * 10_000;
      const r = await this.req("POST /auth/login (right password)", "login", "POST", "/auth/login", { body: { username: this.name, password: PASSWORD }, token: undefined });
      if (r.status === 200) {
        const old = this.token;
        this.token = r.json().token;
        if (chance(0.5)) await call("POST /auth/logout", "POST", "/auth/logout", { token: old });
      }
      return;
    }
    const body =
      kind === "wrong" ? { username: this.name, password: "not-the-password" }
      : kind === "unknown" ? { username: `nobody-${rid(4)}`, password: "whatever-password" }
      : { username: pick(["alice", "bob", "carol", "dave"]), password: "guess-guess" };
    await this.req(`POST /auth/login (${kind === "demo-wrong" ? "wrong password, demo user" : kind === "wrong" ? "wrong password" : "unknown user"})`, "login", "POST", "/auth/login", { body, token: undefined });
  }

  // ---- Idempotency-Key: a retry gets the same answer, a different request with the key 409s
  async idempotency() {
    if (!this.free("comment")) return this.readPost();
    const p = this.memberPost();
    if (!p) return this.groupFeed(this.slug());
    const key = rid();
    const body = { body: `Idempotent soak comment ${rid(4)}` };
    const path = `/posts/${p.id}/comments`;
    const concurrent = chance(0.5);
    let first;
    let second;
    if (concurrent) {
      [first, second] = await Promise.all([
        this.req("POST /posts/{id}/comments (Idempotency-Key, twice at once)", "comment", "POST", path, { body, key }),
        this.req("POST /posts/{id}/comments (Idempotency-Key, twice at once)", "comment", "POST", path, { body, key }),
      ]);
    } else {
      first = await this.req("POST /posts/{id}/comments (Idempotency-Key)", "comment", "POST", path, { body, key });
      if (first.status === 429) {
        // Retry the same request with the same key after Retry-After, as the app's outbox does.
        await sleep(first.retryAfter() * 1000);
        second = await this.req("POST /posts/{id}/comments (Idempotency-Key, retry after 429)", "comment", "POST", path, { body, key });
        if (second.status === 429 && second.headers?.["idempotent-replayed"])
          stats.note("a 429 answer is stored under its Idempotency-Key and replayed to the retry after Retry-After", { path, key, first: first.status, retry: `${second.status} (idempotent-replayed)` });
        return;
      }
      second = await this.req("POST /posts/{id}/comments (Idempotency-Key replay)", "comment", "POST", path, { body, key });
    }
    if (first.status === 201 && second.status === 201) {
      const a = first.json()?.id;
      const b = second.json()?.id;
      if (a !== b) stats.anomaly("one Idempotency-Key created two comments", { path, key, ids: [a, b], concurrent });
      else this.comments.push({ id: a, postId: p.id });
    } else if ((first.status === 201) !== (second.status === 201) && first.status && second.status && ![first.status, second.status].includes(429))
      stats.anomaly("one Idempotency-Key got different answers", { path, key, statuses: [first.status, second.status], concurrent });
    if (first.status === 201 || second.status === 201) {
      const r = await this.req("POST /posts/{id}/comments (Idempotency-Key reused for another body)", "comment", "POST", path, { body: { body: "something else" }, key });
      if (r.status && r.status !== 409) stats.anomaly("a reused Idempotency-Key with another body was not refused with 409", { path, key, status: r.status });
    }
  }

  // ---- hostile input
  async hostile() {
    const slug = this.slug();
    const post = this.posts.any() || { id: 1 };
    const h = pick(HOSTILE);
    await h.run.call(this, slug, post);
  }

  async run(deadline, stop) {
    while (now() < deadline && !stop.now) {
      if (this.pausedUntil > now()) {
        await sleep(Math.min(this.pausedUntil, deadline) - now());
        continue;
      }
      const a = pickAction();
      if (a.cat && !this.free(a.cat)) await this[pick(READS)]();
      else await this[a.name]();
      if (THINK_MS) await sleep(THINK_MS * (0.5 + Math.random()));
    }
  }
}

const READS = ["discover", "groupFeed", "homeFeed", "readPost", "readComments", "readComment", "readEvents", "members", "group"];
const ACTIONS = [
  // reads: about 60 %
  ["discover", 10],
  ["groupFeed", 14],
  ["homeFeed", 8],
  ["readPost", 8],
  ["readComments", 6],
  ["readComment", 3],
  ["readEvents", 5],
  ["myEvents", 1.5],
  ["members", 2.5],
  ["group", 2],
  ["me", 1],
  ["ics", 0.5],
  // writes: about 25 %
  ["writePost", 4, "post"],
  ["writeComment", 7, "comment"],
  ["react", 6],
  ["rsvp", 3],
  ["joinLeave", 2, "join"],
  ["editPost", 1],
  ["idempotency", 1.5, "comment"],
  // logins, reports
  ["login", 2.5, "login"],
  ["report", 1, "report"],
  // hostile input: about 9 %
  ["hostile", 9],
].map(([name, w, cat]) => ({ name, w, cat }));
const TOTAL_W = ACTIONS.reduce((n, a) => n + a.w, 0);
function pickAction() {
  let x = Math.random() * TOTAL_W;
  for (const a of ACTIONS) if ((x -= a.w) < 0) return a;
  return ACTIONS[0];
}

const H = (kind, f) => ({ kind, run: f });
const HOSTILE = [
  H("oversized body", function (slug) {
    return this.req("hostile: oversized body (70 KB)", "post", "POST", `/groups/${slug}/posts`, { body: { title: "big", body: "x".repeat(70_000) } });
  }),
  H("oversized chunked", function (slug) {
    const piece = Buffer.alloc(64 * 1024, "y");
    return this.req("hostile: oversized body (2 MB, chunked)", null, "POST", `/groups/${slug}/posts`, { body: Array(32).fill(piece), expectReset: true, ownConnection: true });
  }),
  H("malformed JSON", function (slug) {
    return this.req("hostile: malformed JSON", null, "POST", `/groups/${slug}/posts`, { body: pick(['{"title": "x", "body": ', "{title: x}", "", "null", "[]", '{"title":"x","body":"y"}garbage']) });
  }),
  H("wrong JSON types", function (slug) {
    return this.req("hostile: wrong JSON types", null, "POST", `/groups/${slug}/posts`, { body: pick(['{"title": 5, "body": ["x"]}', '{"title": null, "body": {}}', '{"title": true}']) });
  }),
  H("deeply nested JSON", function (slug) {
    return this.req("hostile: deeply nested JSON", null, "POST", `/groups/${slug}/posts`, { body: '{"title":' + "[".repeat(20_000) + "]".repeat(20_000) + ',"body":"x"}' });
  }),
  H("lone surrogate", function (slug) {
    return this.req("hostile: lone surrogate in JSON", null, "POST", `/groups/${slug}/posts`, { body: '{"title":"\\ud800 x","body":"\\udfff"}' });
  }),
  H("text/plain", function (slug) {
    return this.req("hostile: wrong content-type", null, "POST", `/groups/${slug}/posts`, { body: '{"title":"x","body":"y"}', headers: { "content-type": "text/plain" } });
  }),
  H("control chars in title", function (slug) {
    return this.req("hostile: control/bidi/NUL in post title", "post", "POST", `/groups/${slug}/posts`, { body: { title: pick(NASTY_LINE), body: "body" } });
  }),
  H("NUL in comment", function (_s, post) {
    return this.req("hostile: NUL/control in comment body", "comment", "POST", `/posts/${post.id}/comments`, { body: { body: pick(["a\u0000b", "esc\u001b[2J", "del\u007f"]) } });
  }),
  H("control chars in display name", function () {
    return this.req("hostile: control/bidi/NUL in display name", null, "PATCH", "/me", { body: { display_name: pick(NASTY_LINE) }, headers: { "if-match": "*" } });
  }),
  H("control chars in group name", function () {
    return this.req("hostile: control/bidi/NUL in group name", "group", "POST", "/groups", {
      body: { name: pick(NASTY_LINE) + " group", purpose: "A group with a nasty name.", guidelines: "", topics: world.topics.slice(0, 1), region: "Berlin", visibility: "public" },
    });
  }),
  H("bad username", function () {
    return this.req("hostile: NUL/uppercase/bidi in username (register)", "register", "POST", "/auth/register", { body: { username: pick(["ev\u0000il", "UPPER", "a\u202Eb", "x", "a".repeat(40)]), password: "password123" }, token: undefined });
  }),
  H("huge limit", function (slug) {
    return this.req("hostile: huge/odd limit", null, "GET", `/groups/${slug}/posts?limit=${pick(["1000000", "99999999999999999999", "-1", "abc", "1e3", "", "0"])}`);
  }),
  H("garbage cursor", function (slug) {
    const c = pick(["AAAA", "%00%FF", "x".repeat(5000), Buffer.from('{"id":1,"at":0}').toString("base64url"), "..%2F..%2Fetc", "%E2%80%AE"]);
    return this.req("hostile: garbage cursor", null, "GET", `/groups/${slug}/posts?cursor=${c}`);
  }),
  H("unknown path", function () {
    const p = pick(["/nope", "/groups/hiking/nope", "/posts/abc", "/posts/99999999999", "/posts/-1", "/posts/99999999999999999999999", "/groups/%00", "/../../../etc/passwd", "/groups/" + "a".repeat(3000), "/comments/1%27%20OR%201=1", "/events/0.ics"]);
    return this.req("hostile: unknown path or id", null, "GET", p);
  }),
  H("wrong method", function () {
    return this.req("hostile: wrong method", null, pick(["DELETE", "PUT"]), pick(["/groups", "/feed", "/meta"]));
  }),
  H("bad token", function () {
    return call("hostile: bad bearer token", "GET", "/feed", { headers: { authorization: pick(["Bearer nope", "Bearer " + "A".repeat(4000), "Basic Zm9vOmJhcg==", "Bearer", "bearer  " + rid()]) } });
  }),
  H("bad idempotency key", function (_s, post) {
    return this.req("hostile: malformed Idempotency-Key", null, "POST", `/posts/${post.id}/reactions`, { body: { kind: "like" }, key: pick([" spaced key ", "k".repeat(300), "tab\tkey"]) });
  }),
  H("huge query", function () {
    return this.req("hostile: 20 KB query string", null, "GET", `/groups?q=${"a".repeat(20_000)}`);
  }),
  H("bad dates", function (slug) {
    return this.req("hostile: bad event dates", null, "GET", `/groups/${slug}/events?from=${pick(["notadate", "9999-99-99", "-1", "2024-02-30T00:00:00Z"])}&to=${pick(["x", "1970-01-01T00:00:00Z", ""])}`);
  }),
  H("number overflow", function () {
    return this.req("hostile: number overflow in ids", "report", "POST", "/reports", { body: '{"target":{"kind":"post","id":1e400},"reason":"overflow"}' });
  }),
  H("unknown reaction", function (_s, post) {
    return this.req("hostile: unknown reaction kind", null, "POST", `/posts/${post.id}/reactions`, { body: { kind: pick(["hate", "", "LIKE", "like\u0000"]) } });
  }),
  H("bad rsvp", function () {
    const e = this.events.any() || { id: 1 };
    return this.req("hostile: invalid RSVP status", null, "PUT", `/events/${e.id}/rsvp`, { body: { status: pick(["waitlisted", "yes", 1]) } });
  }),
  H("stale If-Match", function () {
    const p = this.myPosts.any() || this.posts.any() || { id: 1 };
    return this.req("hostile: stale If-Match", null, "PATCH", `/posts/${p.id}`, { body: { body: "stale edit" }, headers: { "if-match": 'W/"bogus"' } });
  }),
  H("missing If-Match", function () {
    const p = this.myPosts.any() || { id: 1 };
    return this.req("hostile: missing If-Match", null, "PATCH", `/posts/${p.id}`, { body: { body: "blind edit" } });
  }),
];

// ---------------------------------------------------------------------------------------------
// Raw TCP: slow, partial and broken HTTP that a fetch library would not send.

function rawOp(kind, script, deadlineMs = 40_000) {
  return new Promise((resolve) => {
    const t0 = now();
    const sock = net.connect(server.port, "127.0.0.1");
    let data = "";
    let err = null;
    let finished = false;
    const state = { closed: false };
    sock.setEncoding("latin1");
    sock.on("data", (d) => {
      if (data.length < 1 << 20) data += d;
    });
    sock.on("error", (e) => (err = e.code || e.message));
    const finish = (timedOut) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      state.closed = true;
      const ms = now() - t0;
      const statuses = [...data.matchAll(/HTTP\/1\.[01] (\d{3})/g)].map((m) => +m[1]);
      const outcome = timedOut ? "still open" : statuses.length ? statuses.join("+") : err ? `reset (${err})` : "closed, no answer";
      resolve({ ms, statuses, outcome, err, timedOut, data });
    };
    sock.on("close", () => finish(false));
    const timer = setTimeout(() => {
      finish(true);
      sock.destroy();
    }, deadlineMs);
    sock.on("connect", () => {
      script(sock, state).catch(() => {});
    });
  });
}

const w = (sock, s) => new Promise((r) => (sock.destroyed ? r() : sock.write(s, "latin1", () => r())));
async function drip(sock, state, s, everyMs, maxMs) {
  const t0 = now();
  for (const ch of s) {
    if (state.closed || now() - t0 > maxMs) return;
    await w(sock, ch);
    await sleep(everyMs);
  }
}

const RAW = [
  ["raw: slowloris headers (1 byte/s)", async (sock, st) => {
    await w(sock, "GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    await drip(sock, st, "X-Slow: " + "a".repeat(60), 1000, 35_000);
  }],
  ["raw: partial body, then silence", async (sock) => {
    await w(sock, "POST /api/v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"username\":");
  }],
  ["raw: slow but complete body (3 s)", async (sock, st) => {
    const body = JSON.stringify({ username: "Not Valid!", password: "password123" });
    await w(sock, `POST /api/v1/auth/register HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`);
    for (let i = 0; i < body.length && !st.closed; i += 6) {
      await w(sock, body.slice(i, i + 6));
      await sleep(3000 / Math.ceil(body.length / 6));
    }
  }],
  ["raw: TLS hello on plain HTTP", async (sock) => {
    await w(sock, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + "\x00".repeat(64));
  }],
  ["raw: garbage request line", async (sock) => {
    await w(sock, pick(["BLAH\r\n\r\n", "GET\r\n\r\n", "GET /api/v1/meta\r\n\r\n", "G\u00e9T / HTTP/1.1\r\n\r\n", "GET /api/v1/meta HTTP/1.1\r\nHost 127\r\n\r\n"]));
  }],
  ["raw: broken chunked body", async (sock) => {
    await w(sock, "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n");
  }],
  ["raw: Content-Length and chunked together", async (sock) => {
    await w(sock, "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n");
  }],
  ["raw: 3 pipelined GETs", async (sock) => {
    const g = "GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    await w(sock, g + g + g.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n"));
  }],
  ["raw: request, then half-close", async (sock) => {
    await w(sock, "GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    sock.end();
  }],
  ["raw: 200 KB of headers", async (sock) => {
    let s = "GET /api/v1/meta HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (let i = 0; i < 200; i++) s += `X-Pad-${i}: ${"p".repeat(1000)}\r\n`;
    await w(sock, s + "\r\n");
  }],
  ["raw: connect and say nothing", async () => {}],
  ["raw: close mid-request", async (sock) => {
    await w(sock, "POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"user");
    await sleep(200);
    sock.destroy();
  }],
];

async function rawWorker(deadline, stop) {
  while (now() < deadline && !stop.now) {
    const [kind, script] = pick(RAW);
    const budget = Math.max(1000, deadline - now() + 5000);
    const r = await rawOp(kind, script, Math.min(40_000, budget));
    if (r.timedOut && budget < 40_000) break; // cut short by the end of the soak: no verdict
    const s5 = r.statuses.find((s) => s >= 500);
    if (s5) stats.record(kind, s5, r.ms, { code: "(raw)", example: { raw: kind, answer: r.data.slice(0, 300) } });
    else {
      const k = stats.kind(kind);
      Stats.bump(k.statuses, r.outcome);
      Stats.bump(stats.statuses, `raw ${r.outcome}`);
      k.hist.add(r.ms);
      stats.rawOps++;
    }
    if (r.err === "ECONNREFUSED") stats.record(kind, "ERR ECONNREFUSED", r.ms, { example: { raw: kind } });
    if (r.timedOut) stats.note(`${kind}: the server kept the connection open for 40 s`, { raw: kind });
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// Printing

const fmt = (ms) => (Number.isNaN(ms) ? "-" : ms < 10 ? ms.toFixed(2) : ms < 1000 ? ms.toFixed(1) : ms.toFixed(0));
function statusSummary(map, n = 6) {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([s, c]) => `${s}×${c}`)
    .join(" ");
}
function printFindings(title, map) {
  if (!map.size) return;
  console.log(`\n${title}`);
  for (const [k, f] of map) {
    console.log(`- ${k}: ${f.count}`);
    for (const ex of f.examples) console.log(`    e.g. ${JSON.stringify(ex)}`);
  }
}

function report(elapsedS) {
  const all = new Hist();
  for (const [name, k] of stats.kinds) if (!name.startsWith("raw:")) all.merge(k.hist);
  console.log(`\n## Soak: ${elapsedS.toFixed(0)} s, ${CLIENTS} clients + ${RAW_WORKERS} raw TCP connections`);
  console.log(`requests answered: ${stats.total} (${(stats.total / elapsedS).toFixed(0)}/s); connection errors and timeouts: ${stats.errors}; raw TCP operations: ${stats.rawOps}`);
  if (stats.keepAliveRetries)
    console.log(`sent again on a new connection after a kept-alive one turned out closed by the server: ${stats.keepAliveRetries} (${statusSummary(stats.retriedKinds, 5)})`);
  console.log(`latency of answered API requests (ms): p50 ${fmt(all.q(0.5))}  p90 ${fmt(all.q(0.9))}  p99 ${fmt(all.q(0.99))}  max ${fmt(all.max)}`);
  console.log(`server memory: peak RSS ${mb(Math.max(server.peakRss, server.hwm))} MB (VmHWM ${mb(server.hwm)} MB, highest 1 s sample ${mb(server.peakRss)} MB); RSS at the end ${mb(server.lastRss)} MB; open files at most ${server.peakFds}`);
  const files = readdirSync(DATA).map((f) => [f, statSync(join(DATA, f)).size]);
  const bytes = files.reduce((n, [, b]) => n + b, 0);
  console.log(`database directory: ${(bytes / 1048576).toFixed(1)} MB (${files.map(([f, b]) => `${f} ${(b / 1048576).toFixed(1)} MB`).join(", ")})`);
  if (memTimeline.length) console.log(`RSS over time (MB): ${memTimeline.map(([t, r]) => `${t}s ${mb(r)}`).join(", ")}`);

  console.log("\n### Status codes");
  const byStatus = [...stats.statuses.entries()].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  for (const [s, c] of byStatus) console.log(`  ${String(s).padEnd(34)} ${c}`);
  console.log("\n### Problem codes (4xx/5xx)");
  for (const [s, c] of [...stats.problems.entries()].sort()) console.log(`  ${s.padEnd(42)} ${c}`);

  console.log("\n### Per request kind (latency in ms)");
  console.log(`| ${"kind".padEnd(62)} | ${"count".padStart(7)} | ${"p50".padStart(7)} | ${"p90".padStart(7)} | ${"p99".padStart(7)} | ${"max".padStart(7)} | answers`);
  console.log(`|${"-".repeat(64)}|${"-".repeat(9)}|${"-".repeat(9)}|${"-".repeat(9)}|${"-".repeat(9)}|${"-".repeat(9)}|--------`);
  const kinds = [...stats.kinds.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  for (const [name, k] of kinds) {
    const n = [...k.statuses.values()].reduce((a, b) => a + b, 0);
    const h = k.hist;
    console.log(`| ${name.padEnd(62)} | ${String(n).padStart(7)} | ${fmt(h.q(0.5)).padStart(7)} | ${fmt(h.q(0.9)).padStart(7)} | ${fmt(h.q(0.99)).padStart(7)} | ${fmt(h.max).padStart(7)} | ${statusSummary(k.statuses)}`);
  }
  printFindings("### FINDINGS: 5xx answers, connection errors, timeouts", stats.findings);
  printFindings("### ANOMALIES", stats.anomalies);
  printFindings("### Notes", stats.notes);
}

// ---------------------------------------------------------------------------------------------
// The crash check

async function crashCheck(writers) {
  console.log(`\n## Crash check: ${writers.length} members write posts and comments; kill -9 after ~${(CRASH_AFTER_MS / 1000).toFixed(1)} s; restart; every acknowledged write must be there`);
  stats = new Stats(); // the crash phase's own counts (errors after the kill are expected)
  const acked = [];
  const inFlight = new Set();
  const unanswered = [];
  let killed = false;
  let beforeKillErrors = 0;
  const loop = async (wr) => {
    while (!killed) {
      const canPost = !(wr.blockedPost > now());
      const canComment = wr.mine.length > 0 && !(wr.blockedComment > now());
      if (!canPost && !canComment) {
        await sleep(100);
        continue;
      }
      const key = rid();
      let item;
      if (canPost && (!canComment || chance(0.35))) {
        const rec = { type: "post", title: `Crash ${wr.name} ${rid(4)}`, body: `Must survive kill -9. ${rid(8)}\n\n${"line\n".repeat(1 + Math.floor(Math.random() * 5))}`, token: wr.token, key };
        item = { rec, kind: "crash: POST /groups/{slug}/posts", path: `/groups/${wr.slug}/posts`, body: { title: rec.title, body: rec.body } };
      } else {
        const postId = pick(wr.mine);
        const rec = { type: "comment", body: `Crash comment ${rid(8)}`, postId, token: wr.token, key };
        item = { rec, kind: "crash: POST /posts/{id}/comments", path: `/posts/${postId}/comments`, body: { body: rec.body } };
      }
      inFlight.add(item);
      const r = await call(item.kind, "POST", item.path, { token: wr.token, body: item.body, key, timeout: 10_000 });
      inFlight.delete(item);
      if (r.status === 201) {
        item.rec.id = r.json()?.id;
        if (item.rec.type === "post") wr.mine.push(item.rec.id);
        acked.push(item.rec);
      } else if (r.status === 429) {
        if (item.rec.type === "post") wr.blockedPost = now() + r.retryAfter() * 1000;
        else wr.blockedComment = now() + r.retryAfter() * 1000;
      } else if (r.err) {
        if (killed) {
          item.unanswered = true;
          unanswered.push(item);
          break;
        }
        beforeKillErrors++;
        await sleep(100);
      } else await sleep(50); // 403 and the like: not this writer's day
    }
  };
  const t0 = now();
  const loops = writers.flatMap((wr) => [loop(wr), loop(wr)]);
  await sleep(CRASH_AFTER_MS + Math.random() * 1000);
  // Kill while writes are under way (not while every writer waits out a 429).
  for (let i = 0; i < 400 && inFlight.size < Math.min(4, writers.length); i++) await sleep(5);
  const killAt = now() - t0;
  const ackedAtKill = acked.length;
  const pendingAtKill = inFlight.size;
  killed = true;
  server.expectExit = true;
  const gone = new Promise((r) => (server.child ? server.child.once("exit", r) : r()));
  process.kill(server.pid, "SIGKILL");
  await gone;
  clearInterval(server.sampler);
  await Promise.all(loops);
  const stillInFlight = unanswered;
  console.log(`killed the server (kill -9) after ${(killAt / 1000).toFixed(1)} s: ${ackedAtKill} writes acknowledged, ${pendingAtKill} in flight`);
  if (beforeKillErrors) console.log(`connection errors before the kill: ${beforeKillErrors}`);

  let restartMs;
  try {
    restartMs = await server.start("server-after-crash.log");
  } catch (e) {
    console.log(`RESTART FAILED: ${e.message}`);
    return { ok: false, checked: 0, missing: acked.length, restartFailed: true };
  }
  console.log(`restarted on the same data directory in ${fmt(restartMs)} ms`);

  // Every acknowledged write, with its content.
  let missing = 0;
  let changed = 0;
  const problems = [];
  const verify = limiter(8);
  await Promise.all(
    acked.map((rec) =>
      verify(async () => {
        const path = rec.type === "post" ? `/posts/${rec.id}` : `/comments/${rec.id}`;
        const r = await call(`crash: verify GET ${rec.type === "post" ? "/posts/{id}" : "/comments/{id}"}`, "GET", path, { token: rec.token, timeout: 10_000 });
        const j = r.status === 200 ? r.json() : null;
        if (!j) {
          missing++;
          if (problems.length < 10) problems.push({ missing: path, answer: r.status ?? r.err });
          return;
        }
        const same = rec.type === "post" ? j.title === rec.title && j.body === rec.body && !j.deleted : j.body === rec.body && j.post_id === rec.postId && !j.deleted;
        if (!same) {
          changed++;
          if (problems.length < 10) problems.push({ changed: path, wrote: rec.type === "post" ? [rec.title, rec.body] : [rec.body, rec.postId], read: rec.type === "post" ? [j.title, j.body] : [j.body, j.post_id] });
        }
      }),
    ),
  );
  const posts = acked.filter((r) => r.type === "post").length;
  console.log(`acknowledged writes checked: ${acked.length} (${posts} posts, ${acked.length - posts} comments); missing: ${missing}; changed: ${changed}`);
  for (const p of problems) console.log(`  ${JSON.stringify(p)}`);

  // Writes that were in flight at the kill: the outbox would send them again with the same key.
  let resentOk = 0;
  let replayed = 0;
  for (const item of stillInFlight) {
    const r = await call("crash: resend unanswered write with its Idempotency-Key", "POST", item.path, { token: item.rec.token, body: item.body, key: item.rec.key, timeout: 10_000 });
    if (r.status >= 200 && r.status < 300) resentOk++;
    if (r.headers?.["idempotent-replayed"]) replayed++;
  }
  if (stillInFlight.length)
    console.log(`in flight at the kill and sent again with the same Idempotency-Key: ${stillInFlight.length}, answered 2xx: ${resentOk} (${replayed} replayed: written before the kill but never acknowledged)`);

  const crashStats = stats;
  const s5 = [...crashStats.findings.entries()].filter(([k]) => / 5\d\d/.test(k));
  printFindings("### Crash phase: 5xx answers and connection errors (errors from the moment of the kill are expected)", crashStats.findings);
  return { ok: missing === 0 && changed === 0 && s5.length === 0, checked: acked.length, missing, changed, s5: s5.length };
}

// ---------------------------------------------------------------------------------------------

const memTimeline = [];

async function main() {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build it with cargo build -p kith-server --profile server`);
  mkdirSync(DATA, { recursive: true });
  console.log(`== kith-server ${BIN.replace(root, "")} on an empty data directory (${WORK}); logs in ${LOGS.replace(root, "")}/`);
  const startMs = await server.start("server.log");
  console.log(`== started and seeded in ${fmt(startMs)} ms; RSS ${mb(server.lastRss)} MB`);
  await discoverWorld();

  // Demo members for the crash check: logged in now, before failed logins throttle the address.
  for (const name of ["alice", "bob", "carol", "dave"]) world.demo[name] = await loginDemo(name);

  console.log(`== registering ${CLIENTS} members, each joins ${world.preferred.join(", ")} and one more public group`);
  const t0 = now();
  const clients = Array.from({ length: CLIENTS }, (_, i) => new Client(i));
  const setupFail = [];
  await Promise.all(clients.map((c) => c.setup().catch((e) => setupFail.push(e.message))));
  if (setupFail.length) throw new Error(`setup failed for ${setupFail.length} clients: ${setupFail.slice(0, 3).join("; ")}`);
  console.log(`== set up in ${((now() - t0) / 1000).toFixed(1)} s; RSS ${mb(server.lastRss)} MB`);
  stats = new Stats(); // the soak's figures only

  const stop = { now: false };
  const soakT0 = now();
  const deadline = soakT0 + SECONDS * 1000;
  const progressEvery = Math.max(5, Math.min(60, Math.round(SECONDS / 10))) * 1000;
  let lastTotal = 0;
  let lastT = soakT0;
  const progress = setInterval(() => {
    const t = now();
    const el = (t - soakT0) / 1000;
    memTimeline.push([Math.round(el), server.lastRss]);
    console.log(`   ${el.toFixed(0).padStart(5)} s  ${String(stats.total).padStart(8)} requests  ${((stats.total - lastTotal) / ((t - lastT) / 1000)).toFixed(0).padStart(6)}/s  RSS ${mb(server.lastRss)} MB  5xx ${stats.s5xx}  errors ${stats.errors}`);
    lastTotal = stats.total;
    lastT = t;
    if (server.died) stop.now = true;
  }, progressEvery);
  const watchdog = setInterval(() => {
    if (server.died) stop.now = true;
  }, 200);
  console.log(`== soak: ${SECONDS} s`);
  const raw = Promise.all(Array.from({ length: RAW_WORKERS }, () => rawWorker(deadline, stop)));
  await Promise.all(clients.map((c) => c.run(deadline, stop)));
  const elapsed = (now() - soakT0) / 1000;
  await raw;
  clearInterval(progress);
  clearInterval(watchdog);
  server.sample();
  memTimeline.push([Math.round(elapsed), server.lastRss]);
  report(elapsed);
  const soakStats = stats;

  const logLines = readFileSync(server.logFile, "utf8").split("\n").filter((l) => /panick|database error|cannot store|error/i.test(l));
  if (logLines.length) {
    console.log(`\n### Server log lines with errors (${logLines.length}; ${server.logFile.replace(root + "/", "")})`);
    for (const l of logLines.slice(0, 20)) console.log(`  ${l}`);
  }

  const failures = [];
  if (server.died) {
    failures.push(`the server died during the soak (${JSON.stringify(server.died)})`);
    console.log(`\nSERVER DIED during the soak: ${JSON.stringify(server.died)}\n${tail(server.logFile)}`);
  }
  if (soakStats.s5xx) failures.push(`${soakStats.s5xx} answers with 5xx`);
  if (soakStats.errors) failures.push(`${soakStats.errors} connection errors or timeouts`);
  if (soakStats.anomalies.size) failures.push(`${[...soakStats.anomalies.values()].reduce((n, a) => n + a.count, 0)} idempotency anomalies`);

  if (!server.died) {
    // Writers with full write budgets: the demo members and fresh accounts (soak members, whose
    // budgets the soak used up, only when sign-ups are throttled).
    const slug = world.publicSlugs.includes("hiking") ? "hiking" : world.preferred[0];
    const writers = [];
    const add = async (name, token) => {
      await call("setup", "POST", `/groups/${slug}/join`, { token, body: {} });
      writers.push({ name, token, slug, mine: [] });
    };
    for (const [name, token] of Object.entries(world.demo)) if (writers.length < CRASH_WRITERS) await add(name, token);
    for (let i = 0; writers.length < CRASH_WRITERS && i < CRASH_WRITERS; i++) {
      const name = `soak-${RUN}-w${i}`;
      const r = await call("setup", "POST", "/auth/register", { body: { username: name, password: PASSWORD } });
      if (r.status !== 201) break;
      await add(name, r.json().token);
    }
    for (const c of clients) if (writers.length < CRASH_WRITERS) await add(c.name, c.token);
    const crash = await crashCheck(writers);
    if (crash.restartFailed) failures.push("the server did not restart after kill -9");
    if (crash.missing) failures.push(`${crash.missing} acknowledged writes missing after kill -9`);
    if (crash.changed) failures.push(`${crash.changed} acknowledged writes changed after kill -9`);
    if (crash.s5) failures.push("5xx answers in the crash check");
    console.log(`\ncrash check: ${crash.checked} acknowledged writes checked, ${crash.missing} missing${crash.changed ? `, ${crash.changed} changed` : ""}`);
  }
  await server.stop();
  console.log(failures.length ? `\nFAILED: ${failures.join("; ")}` : "\nOK: no 5xx, no connection errors, nothing lost");
  return failures.length ? 1 : 0;
}

main()
  .then(
    (code) => code,
    (e) => {
      console.error(`\nsoak: ${e.stack || e.message}`);
      return 2;
    },
  )
  .then((code) => {
    hardStop();
    if (!env.KITH_SOAK_DIR && !env.KITH_SOAK_KEEP) rmSync(WORK, { recursive: true, force: true });
    process.exit(code);
  });
