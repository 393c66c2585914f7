// Helpers for the feature tests: demo-user sessions, direct API calls to set up and verify
// server state, and draft storage access.
import { expect } from "@playwright/test";

export const PASSWORD = "kith-demo";
export const API = "/api/v1";
export const SESSION_KEY = "kith.session.self";
export const DRAFT_PREFIX = "kith.draft.";

/** A unique suffix for titles and names, so tests sharing one server never collide. */
export function uid() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Logs a demo user in through the API; returns `{ token, expires_at, me }`. */
export async function apiLogin(request, username) {
  const resp = await request.post(`${API}/auth/login`, {
    data: { username, password: PASSWORD, remember: true },
  });
  expect(resp.status(), `login as ${username}`).toBe(200);
  return resp.json();
}

/** Bearer headers for direct API calls. */
export function auth(token) {
  return { Authorization: `Bearer ${token}` };
}

/**
 * Starts every page of the context logged in as `username` ("remember me"): the session is
 * put in localStorage before the app starts, once per context, so a later logout sticks.
 * Returns the token.
 */
export async function loginAs(context, request, username) {
  const t = await apiLogin(request, username);
  const stored = JSON.stringify({ token: t.token, username: t.me.username, expires_at: t.expires_at });
  await context.addInitScript(
    ([key, value, user]) => {
      const flag = `kith.e2e.seeded.${user}`;
      try {
        if (!localStorage.getItem(flag)) {
          localStorage.setItem(key, value);
          localStorage.setItem(flag, "1");
        }
      } catch (e) {
        // storage disabled or full: the test will notice
      }
    },
    [SESSION_KEY, stored, username],
  );
  return t.token;
}

/** Every post of a group (all pages), newest first. */
export async function allPosts(request, token, slug) {
  const out = [];
  let cursor = null;
  for (let i = 0; i < 50; i++) {
    const q = new URLSearchParams({ limit: "100", sort: "new" });
    if (cursor) q.set("cursor", cursor);
    const resp = await request.get(`${API}/groups/${slug}/posts?${q}`, { headers: auth(token) });
    expect(resp.status()).toBe(200);
    const page = await resp.json();
    out.push(...page.items);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  return out;
}

/** How many posts of a group have exactly this title. */
export async function countPosts(request, token, slug, title) {
  return (await allPosts(request, token, slug)).filter((p) => p.title === title).length;
}

/** Creates a post through the API. */
export async function createPost(request, token, slug, title, body = "Made by the end-to-end tests.") {
  const resp = await request.post(`${API}/groups/${slug}/posts`, {
    headers: auth(token),
    data: { title, body },
  });
  expect(resp.status(), await resp.text()).toBe(201);
  return resp.json();
}

/** The draft entries in this page's localStorage, by key. */
export async function drafts(page) {
  return page.evaluate((prefix) => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith(prefix)) out[k] = localStorage.getItem(k);
    }
    return out;
  }, DRAFT_PREFIX);
}

/** The parsed draft whose key ends with `|<user>|<context>`, or null. */
export async function draftFor(page, user, context) {
  const all = await drafts(page);
  const key = Object.keys(all).find((k) => k.endsWith(`|${user}|${context}`));
  if (!key) return null;
  try {
    return { key, ...JSON.parse(all[key]) };
  } catch {
    return { key, corrupt: all[key] };
  }
}

/** Waits until the draft of `context` holds `field` = `value` in storage. */
export async function expectDraftField(page, user, context, field, value) {
  await expect
    .poll(async () => (await draftFor(page, user, context))?.fields?.[field], { timeout: 5_000 })
    .toBe(value);
}

/** Waits until the draft of `context` is gone from storage. */
export async function expectNoDraft(page, user, context) {
  await expect.poll(async () => draftFor(page, user, context), { timeout: 5_000 }).toBeNull();
}

/** Fails the test on any alert/confirm/prompt. */
export function forbidDialogs(page) {
  const seen = [];
  page.on("dialog", async (d) => {
    seen.push(d.message());
    await d.dismiss();
  });
  return seen;
}

/** A fresh member (username `<prefix>-<unique>`): `{ token, expires_at, me, username }`. */
export async function registerMember(request, prefix, extra = {}) {
  const username = `${prefix}-${uid()}`.slice(0, 32);
  const resp = await request.post(`${API}/auth/register`, {
    data: { username, password: PASSWORD, display_name: `${prefix} ${username.slice(-6)}`, ...extra },
  });
  expect(resp.status(), await resp.text()).toBe(201);
  return { ...(await resp.json()), username };
}

/** Every page of the context starts logged in with this session. */
export async function startLoggedIn(context, s) {
  const stored = JSON.stringify({ token: s.token, username: s.me.username, expires_at: s.expires_at });
  await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [SESSION_KEY, stored]);
}

/** A new group owned by `owner`; returns the group. */
export async function createGroup(request, owner, { visibility = "public", name } = {}) {
  const id = uid();
  const resp = await request.post(`${API}/groups`, {
    headers: auth(owner.token),
    data: {
      name: name ?? `First hour ${id}`,
      slug: `fh-${id}`.slice(0, 40),
      purpose: "A group the end-to-end tests made.",
      topics: ["hiking"],
      region: "Berlin",
      visibility,
    },
  });
  expect(resp.status(), await resp.text()).toBe(201);
  return resp.json();
}

/** `member` joins the public group `slug` through the API. */
export async function joinGroup(request, member, slug) {
  const resp = await request.post(`${API}/groups/${slug}/join`, { headers: auth(member.token), data: {} });
  expect(resp.ok(), await resp.text()).toBe(true);
}

/** Creates a comment through the API (a reply when `parentId` is given); returns it. */
export async function createComment(request, token, postId, body, parentId) {
  const resp = await request.post(`${API}/posts/${postId}/comments`, {
    headers: auth(token),
    data: parentId ? { body, parent_id: parentId } : { body },
  });
  expect(resp.status(), await resp.text()).toBe(201);
  return resp.json();
}

/** The member's unread notification count, from the API. */
export async function unreadCount(request, token) {
  const resp = await request.get(`${API}/notifications/unread-count`, { headers: auth(token) });
  expect(resp.status()).toBe(200);
  return (await resp.json()).count;
}

/** The member's newest notifications (up to 50), from the API. */
export async function notificationsOf(request, token) {
  const resp = await request.get(`${API}/notifications?limit=50`, { headers: auth(token) });
  expect(resp.status()).toBe(200);
  return (await resp.json()).items;
}

/**
 * Resolves once the page's live stream (GET /api/v1/stream) has answered: from then on the
 * server sends this page what happens. Call before the navigation that opens it.
 */
export function liveStreamOpened(page) {
  return page.waitForResponse((r) => new URL(r.url()).pathname === `${API}/stream` && r.status() === 200, {
    timeout: 15_000,
  });
}
