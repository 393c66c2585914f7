// The running server's web push, received and decrypted by code that is not Kith's:
//   KITH_PUSH_BASE=http://127.0.0.1:PORT node tests/push/server_push.test.mjs
// KITH_PUSH_BASE is a kith-server started with `--demo --push-allow-http` (a fresh one: the
// test reads and changes carol's notifications). A loopback subscriber (verify.mjs) stands in
// for the browser's push service; payloads are decrypted with http_ece and the VAPID header is
// checked with node:crypto. One line per check; exit code 1 when any fails.
import assert from "node:assert/strict";
import { decrypt, makeSubscriber, verifyVapid } from "./verify.mjs";

const base = (process.env.KITH_PUSH_BASE || "").replace(/\/$/, "");
if (!base) {
  console.error("set KITH_PUSH_BASE to a kith-server started with --demo --push-allow-http");
  process.exit(2);
}
const API = `${base}/api/v1`;
const PASSWORD = "kith-demo";
const RECIPIENT = "carol";
const started = Date.now();

const failures = [];
let fatal = false;
async function check(name, body) {
  if (fatal) {
    failures.push(name);
    console.log(`SKIP  ${name} (an earlier step failed)`);
    return;
  }
  const t0 = Date.now();
  try {
    await body();
    console.log(`PASS  ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL  ${name}\n      ${String(e?.stack ?? e).replaceAll("\n", "\n      ")}`);
  }
}
/** A step later checks depend on: its failure skips the rest. */
async function setup(name, body) {
  const before = failures.length;
  await check(name, body);
  if (failures.length > before) fatal = true;
}

async function call(method, path, { token, body, expect } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  const resp = await fetch(`${API}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await resp.text();
  if (expect !== undefined && resp.status !== expect) {
    throw new Error(`${method} ${path}: ${resp.status}, expected ${expect}: ${text.slice(0, 500)}`);
  }
  return text ? JSON.parse(text) : null;
}
const login = (username) =>
  call("POST", "/auth/login", { body: { username, password: PASSWORD, remember: false }, expect: 200 });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

/** Decrypts a received push and parses its JSON. */
function payloadOf(push, sub) {
  return JSON.parse(decrypt(push.body, sub).toString("utf8"));
}

/**
 * Waits until a push arrives whose payload satisfies `match`, from index `from` of
 * sub.received on; returns { push, payload, index }.
 */
async function waitForPush(sub, from, match, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let next = from;
  for (;;) {
    while (next < sub.received.length) {
      const push = sub.received[next];
      const payload = payloadOf(push, sub);
      if (match(payload)) return { push, payload, index: next };
      next++;
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const seen = sub.received.slice(from).map((p) => payloadOf(p, sub));
      throw new Error(`no matching push within ${timeoutMs} ms; got ${JSON.stringify(seen)}`);
    }
    await sub.waitFor(next + 1, left).catch(() => {});
  }
}

/** The pushes that arrived from index `from` on, decrypted. */
const since = (sub, from) => sub.received.slice(from).map((p) => payloadOf(p, sub));

let meta, carol, poster, slug, sub, carolPost;
let mention1;

await setup("setup: demo users, a shared group, carol's inbox read, a subscription", async () => {
  meta = await call("GET", "/meta", { expect: 200 });
  assert.ok(meta.vapid_public_key, `GET /meta has no vapid_public_key: ${JSON.stringify(meta)}`);
  carol = await login(RECIPIENT);
  const carolMe = await call("GET", "/me", { token: carol.token, expect: 200 });
  const hers = new Set(carolMe.memberships.filter((m) => !m.muted_until).map((m) => m.group_slug));
  for (const name of ["bob", "alice", "dave"]) {
    const s = await login(name);
    const me = await call("GET", "/me", { token: s.token, expect: 200 });
    const shared = me.memberships.find((m) => !m.muted_until && hers.has(m.group_slug));
    if (shared) {
      poster = { ...s, username: name };
      slug = shared.group_slug;
      break;
    }
  }
  assert.ok(poster, `no demo user shares a group with ${RECIPIENT}`);
  // Older notifications (demo data, due reminders) are read, so only this test's are pushed.
  const newest = await call("GET", "/notifications?limit=1", { token: carol.token, expect: 200 });
  if (newest.items.length) {
    await call("POST", "/notifications/read", { token: carol.token, body: { up_to: newest.items[0].id }, expect: 200 });
  }
  // carol's own post, for the replies of the batching check.
  carolPost = await call("POST", `/groups/${slug}/posts`, {
    token: carol.token,
    body: { title: `Push batching ${unique()}`, body: "Replies to this should come in one push." },
    expect: 201,
  });
  sub = await makeSubscriber();
  await call("POST", "/push/subscriptions", {
    token: carol.token,
    body: { endpoint: sub.endpoint, expirationTime: null, keys: sub.keys },
    expect: 201,
  });
});

await check(`a mention of @${RECIPIENT} is pushed within 15 s, decrypts, and says who and where`, async () => {
  const from = sub.received.length;
  const post = await call("POST", `/groups/${slug}/posts`, {
    token: poster.token,
    body: { title: `Push mention ${unique()}`, body: `Hello @${RECIPIENT}, see this.` },
    expect: 201,
  });
  const got = await waitForPush(sub, from, (p) => p.url === `/g/${slug}/p/${post.id}`, 15_000);
  mention1 = got;
  const p = got.payload;
  assert.equal(typeof p.title, "string");
  assert.ok(
    p.title.includes(poster.me.display_name) && /mentioned you/.test(p.title),
    `title ${JSON.stringify(p.title)} should name ${poster.me.display_name} and say "mentioned you"`,
  );
  assert.ok(Number.isInteger(p.unread) && p.unread >= 1, `unread is ${p.unread}`);
  assert.ok(Number.isInteger(p.id) && p.id > 0, `id is ${p.id}`);
  assert.equal(typeof p.body, "string");
  const list = await call("GET", "/notifications?limit=5", { token: carol.token, expect: 200 });
  const n = list.items.find((x) => x.id === p.id);
  assert.ok(n, `the pushed id ${p.id} is not among carol's newest notifications`);
  assert.equal(n.kind, "mention");
  assert.equal(got.index, from, "the mention is the first push after subscribing");
});

await check("the push carries a valid VAPID header for the server's key", async () => {
  const { push } = mention1;
  assert.equal(push.method, "POST");
  assert.equal(push.url, new URL(sub.endpoint).pathname);
  const claims = verifyVapid(push.headers.authorization, sub.endpoint, meta.vapid_public_key);
  assert.match(claims.sub, /^(mailto:|https:)/);
});

await check("the push's headers: aes128gcm, a TTL, Urgency: high for a mention", async () => {
  const h = mention1.push.headers;
  assert.equal(h["content-encoding"], "aes128gcm");
  assert.match(h["ttl"] ?? "", /^\d+$/, `TTL header is ${h["ttl"]}`);
  const ttl = Number(h["ttl"]);
  assert.ok(ttl >= 60 && ttl <= 28 * 86400, `TTL ${ttl} s should be between a minute and four weeks`);
  assert.equal(h["urgency"], "high");
  assert.equal(Number(h["content-length"]), mention1.push.body.length);
});

await check("two ordinary replies within seconds bring at most one more push in 8 s", async () => {
  const from = sub.received.length;
  for (const i of [1, 2]) {
    await call("POST", `/posts/${carolPost.id}/comments`, {
      token: poster.token,
      body: { body: `Reply ${i} to carol, no mention (${unique()}).` },
      expect: 201,
    });
    await sleep(1000);
  }
  await sleep(7000);
  const got = since(sub, from);
  assert.ok(got.length <= 1, `${got.length} pushes for two replies: ${JSON.stringify(got)}`);
  for (const p of got) {
    assert.equal(p.url.split("#")[0], `/g/${slug}/p/${carolPost.id}`, `unexpected push ${JSON.stringify(p)}`);
    assert.ok(p.unread >= 2, `the batched push should count both replies unread: ${JSON.stringify(p)}`);
  }
  console.log(`      (${got.length} push(es) for the two replies)`);
});

/** Opens carol's live stream (a ticket, then GET /stream read in the background). */
async function openStream() {
  const t = await call("POST", "/stream/ticket", { token: carol.token, expect: 201 });
  const controller = new AbortController();
  const resp = await fetch(`${API}/stream?ticket=${encodeURIComponent(t.ticket)}`, {
    signal: controller.signal,
    headers: { accept: "text/event-stream" },
  });
  assert.equal(resp.status, 200, `GET /stream answered ${resp.status}`);
  assert.match(resp.headers.get("content-type") ?? "", /^text\/event-stream/);
  let text = "";
  const reader = resp.body.getReader();
  const decoder = new TextDecoder();
  const reading = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted
    }
  })();
  return {
    text: () => text,
    async close() {
      controller.abort();
      await reading;
    },
  };
}

let stream;
await check(`while ${RECIPIENT} has a live stream open, a new mention is not pushed (6 s)`, async () => {
  stream = await openStream();
  const from = sub.received.length;
  const post = await call("POST", `/groups/${slug}/posts`, {
    token: poster.token,
    body: { title: `Seen live ${unique()}`, body: `@${RECIPIENT} is watching the app.` },
    expect: 201,
  });
  await sleep(6000);
  // The member did hear of it: on the stream.
  assert.match(stream.text(), /event: notification/, "the live stream did not carry the notification");
  const got = since(sub, from);
  assert.deepEqual(got, [], `pushed while the stream was open (post ${post.id}): ${JSON.stringify(got)}`);
});

await check("once the stream is closed, a mention is pushed again", async () => {
  await stream?.close();
  const from = sub.received.length;
  // The server notices the closed connection within a moment; a mention made after that is due
  // at once. Try a few times, in case the first lands while the stream still counts as open.
  let found = null;
  for (let attempt = 0; attempt < 3 && !found; attempt++) {
    const post = await call("POST", `/groups/${slug}/posts`, {
      token: poster.token,
      body: { title: `Back offline ${unique()}`, body: `@${RECIPIENT}, you closed the app.` },
      expect: 201,
    });
    found = await waitForPush(sub, from, (p) => p.url === `/g/${slug}/p/${post.id}`, 5000).catch(() => null);
  }
  assert.ok(found, `no push for a mention after the stream closed: ${JSON.stringify(since(sub, from))}`);
});

await check("after DELETE of the subscription, nothing more is pushed (6 s)", async () => {
  await call("DELETE", "/push/subscriptions", { token: carol.token, body: { endpoint: sub.endpoint }, expect: 204 });
  const from = sub.received.length;
  await call("POST", `/groups/${slug}/posts`, {
    token: poster.token,
    body: { title: `After unsubscribe ${unique()}`, body: `@${RECIPIENT} should hear nothing by push.` },
    expect: 201,
  });
  await call("POST", `/posts/${carolPost.id}/comments`, {
    token: poster.token,
    body: { body: `A last reply ${unique()}.` },
    expect: 201,
  });
  await sleep(6000);
  assert.deepEqual(since(sub, from), []);
});

await sub?.close();
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.log(`\n${failures.length} web push check(s) failed (${secs} s)`);
  process.exit(1);
}
console.log(`\nall web push checks passed (${secs} s)`);
