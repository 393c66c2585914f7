// Moderation and group health: the report queue's actions (and what happens when another
// moderator was quicker or the server refuses), join requests, roles, mutes and bans with an
// end, guidelines, the mod log's URL filters, health charts and alerts, reporting from where
// content appears, the not-allowed page, and the server refusing everyone else.
// Each test makes its own users, groups, posts and reports, so tests sharing a server never meet.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";

const API = "/api/v1";
const SESSION_KEY = "kith.session.self";

let counter = 0;
/** A short unique suffix (usernames have at most 32 characters). */
const uid = () => `${Date.now().toString(36).slice(-5)}${(counter++).toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

const bearer = (token) => (token ? { Authorization: `Bearer ${token}` } : {});

/** A direct API call; returns the response. */
function call(request, method, path, token, data, headers = {}) {
  return request.fetch(`${API}${path}`, { method, headers: { ...bearer(token), ...headers }, data });
}

/** A call that must succeed; returns its JSON (or null for 204). */
async function ok(request, method, path, token, data, headers) {
  const resp = await call(request, method, path, token, data, headers);
  expect(resp.ok(), `${method} ${path}: ${resp.status()} ${await resp.text()}`).toBeTruthy();
  return resp.status() === 204 ? null : resp.json();
}

/** A demo user's session: `{ token, expires_at, me }`. */
const login = (request, username) =>
  ok(request, "POST", "/auth/login", null, { username, password: "kith-demo", remember: true });

/** A fresh user (username `<prefix><unique>`, display name `<Prefix> <unique>`). */
async function register(request, prefix) {
  const id = uid();
  const username = `${prefix}${id}`;
  const display = `${prefix[0].toUpperCase()}${prefix.slice(1)} ${id}`;
  const s = await ok(request, "POST", "/auth/register", null, {
    username,
    password: "e2e-password-1",
    display_name: display,
  });
  return { ...s, username, display };
}

/** Every page of the context starts logged in with this session. */
async function useSession(context, s) {
  const stored = JSON.stringify({ token: s.token, username: s.me.username, expires_at: s.expires_at });
  await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [SESSION_KEY, stored]);
}

const join = (request, s, slug, message) => ok(request, "POST", `/groups/${slug}/join`, s.token, message ? { message } : {});

async function newGroup(request, owner) {
  const id = uid();
  return ok(request, "POST", "/groups", owner.token, {
    name: `Test group ${id}`,
    slug: `t-${id}`,
    purpose: "A group the end-to-end tests made.",
    topics: ["hiking"],
    region: "Berlin",
    visibility: "public",
  });
}

const newPost = (request, s, slug, title) =>
  ok(request, "POST", `/groups/${slug}/posts`, s.token, { title, body: `Body of ${title}.` });

const report = (request, s, target, reason = "Breaks the guidelines") =>
  ok(request, "POST", "/reports", s.token, { target, reason });

async function reportItems(request, s, slug, status) {
  const page = await ok(request, "GET", `/groups/${slug}/reports?status=${status}&limit=100`, s.token);
  return page.items;
}

/** The open queue item about a target, found through the API. */
async function openItem(request, s, slug, kind, id) {
  const items = await reportItems(request, s, slug, "open");
  return items.find((i) => i.target.kind === kind && i.target.id === id);
}

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function openTab(page, slug, query = "") {
  await page.goto(`/g/${slug}/mod${query}`);
  await appReady(page);
  await expect(page.getByRole("navigation", { name: "Moderation tools" })).toBeVisible();
}

let alice, bob, carol, dave;
test.beforeAll(async ({ request }) => {
  [alice, bob, carol, dave] = await Promise.all(["alice", "bob", "carol", "dave"].map((u) => login(request, u)));
});

// ---- who may see the tools ---------------------------------------------------------------

for (const who of ["carol", "dave", "nobody"]) {
  test(`${who === "nobody" ? "a visitor" : who} sees the not-allowed page, accessibly`, async ({ page, context }) => {
    const errors = watchErrors(page);
    const s = { carol, dave }[who];
    if (s) await useSession(context, s);
    await page.goto("/g/hiking/mod?tab=log");
    await appReady(page);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    await expect(page.locator(".not-allowed")).toContainText("Only this group's moderators and owners");
    await expect(page.getByRole("navigation", { name: "Moderation tools" })).toHaveCount(0);
    await expect(page.locator(".not-allowed").getByRole("link", { name: "Log in", exact: true })).toHaveCount(s ? 0 : 1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("the server refuses every moderation call to members and outsiders, and to no token", async ({ request }) => {
  const group = await ok(request, "GET", "/groups/hiking", bob.token);
  const later = new Date(Date.now() + 86_400_000).toISOString().replace(/\.\d+Z$/, "Z");
  const calls = [
    ["GET", "/groups/hiking/reports"],
    ["POST", "/groups/hiking/reports/1/resolve", { action: "dismiss", reason: "Not a problem" }, { "If-Match": '"q1-v1"' }],
    ["GET", "/groups/hiking/modlog"],
    ["GET", "/groups/hiking/health"],
    ["GET", "/groups/hiking/join-requests"],
    ["POST", "/groups/hiking/join-requests/1/approve", {}],
    ["POST", "/groups/hiking/join-requests/1/deny", {}],
    ["GET", "/groups/hiking/bans"],
    ["POST", "/groups/hiking/members/bob/role", { role: "member" }],
    ["POST", "/groups/hiking/members/bob/sanction", { kind: "mute", until: later, reason: "Just testing" }],
    ["POST", "/groups/hiking/members/bob/unmute", {}],
    ["POST", "/groups/hiking/members/bob/unban", {}],
    ["PATCH", "/groups/hiking", { guidelines: "Taken over." }, { "If-Match": group.etag }],
  ];
  for (const [method, path, data, headers] of calls) {
    for (const [who, token, status] of [
      ["carol (member)", carol.token, 403],
      ["dave (outsider)", dave.token, 403],
      ["no token", null, 401],
    ]) {
      const resp = await call(request, method, path, token, data, headers);
      expect(resp.status(), `${method} ${path} as ${who}`).toBe(status);
    }
  }
  // Nothing changed.
  expect((await ok(request, "GET", "/groups/hiking", bob.token)).guidelines).toBe(group.guidelines);
});

// ---- the report queue ----------------------------------------------------------------------

test.describe("the report queue", () => {
  let author;
  test.beforeAll(async ({ request }) => {
    author = await register(request, "author");
    await join(request, author, "hiking");
  });

  test.beforeEach(async ({ context }) => {
    await useSession(context, bob);
  });

  const card = (page, text) => page.locator("article.report", { hasText: text });

  async function act(page, text, button, reason = "Against the guidelines") {
    const c = card(page, text);
    await c.getByLabel("Reason (kept in the mod log)").fill(reason);
    await c.getByRole("button", { name: button, exact: true }).click();
  }

  test("remove, lock and dismiss posts; each leaves the queue at once", { tag: "@smoke" }, async ({ page, request }) => {
    const errors = watchErrors(page);
    const posts = {};
    for (const what of ["remove", "lock", "dismiss"]) {
      const title = `Queue ${what} ${uid()}`;
      posts[what] = { title, post: await newPost(request, author, "hiking", title) };
      await report(request, carol, { kind: "post", id: posts[what].post.id }, `Please ${what} this`);
    }
    await openTab(page, "hiking");
    const c = card(page, posts.remove.title);
    await expect(c).toContainText("Reported post · 1 report");
    await expect(c).toContainText("Please remove this");
    await expect(c).toContainText(`Post in Hiking`);
    await expect(c.getByRole("link", { name: "Open the post" })).toHaveAttribute("href", `/g/hiking/p/${posts.remove.post.id}`);

    // A reason is required before anything is sent.
    await c.getByRole("button", { name: "Remove", exact: true }).click();
    await expect(c.locator(".report-actions > .field-error")).toContainText("at least 3");

    await act(page, posts.remove.title, "Remove");
    // Focus moves to the tab's heading rather than being lost with the item.
    await expect(page.locator("#mod-panel-heading")).toBeFocused();
    await expect(card(page, posts.remove.title)).toHaveCount(0);
    await expect(page.locator(".mod-outcome")).toHaveText(`Removed: the post “${posts.remove.title}”.`);
    await act(page, posts.lock.title, "Lock post");
    await expect(card(page, posts.lock.title)).toHaveCount(0);
    await expect(page.locator(".mod-outcome")).toContainText("Locked");
    await act(page, posts.dismiss.title, "Dismiss", "Fine as it is");
    await expect(card(page, posts.dismiss.title)).toHaveCount(0);
    await expect(page.locator(".mod-outcome")).toContainText("Dismissed");

    const removed = await ok(request, "GET", `/posts/${posts.remove.post.id}`, bob.token);
    expect(removed.removed).toBe(true);
    expect((await ok(request, "GET", `/posts/${posts.lock.post.id}`, bob.token)).locked).toBe(true);
    const dismissed = await ok(request, "GET", `/posts/${posts.dismiss.post.id}`, bob.token);
    expect([dismissed.removed, dismissed.locked]).toEqual([false, false]);

    // The resolved tab shows what was done, by whom and why.
    await page.getByRole("navigation", { name: "Report status" }).getByRole("link", { name: "Resolved" }).click();
    await expect(page).toHaveURL(/status=resolved/);
    await expect(card(page, posts.dismiss.title)).toContainText(/Dismissed by Bob.* — Fine as it is/);
    expect(errors).toEqual([]);
  });

  test("restore a removed post and ban a comment's author with an expiry", async ({ page, request }) => {
    const title = `Queue restore ${uid()}`;
    const post = await newPost(request, author, "hiking", title);
    await report(request, carol, { kind: "post", id: post.id });
    const first = await openItem(request, bob, "hiking", "post", post.id);
    await ok(request, "POST", `/groups/hiking/reports/${first.id}/resolve`, alice.token,
      { action: "remove", reason: "Removed by mistake" }, { "If-Match": first.etag });
    await report(request, carol, { kind: "post", id: post.id }, "This was fine, please bring it back");

    const offender = await register(request, "rude");
    await join(request, offender, "hiking");
    const thread = await newPost(request, author, "hiking", `Thread ${uid()}`);
    const parentText = `Parent ${uid()}`;
    const parent = await ok(request, "POST", `/posts/${thread.id}/comments`, author.token, { body: parentText });
    const commentText = `Rude reply ${uid()}`;
    const comment = await ok(request, "POST", `/posts/${thread.id}/comments`, offender.token, {
      body: commentText,
      parent_id: parent.id,
    });
    await report(request, carol, { kind: "comment", id: comment.id }, "Insults");

    await openTab(page, "hiking");
    const restore = card(page, "This was fine");
    await expect(restore).toContainText("removed");
    await act(page, "This was fine", "Restore");
    await expect(restore).toHaveCount(0);
    await expect(page.locator(".mod-outcome")).toHaveText(`Restored: the post “${title}”.`);
    expect((await ok(request, "GET", `/posts/${post.id}`, bob.token)).removed).toBe(false);

    // The comment is shown with its post and the comment it answers.
    const c = card(page, commentText);
    await expect(c).toContainText("Reported comment");
    await expect(c).toContainText(`In reply to ${author.display}`);
    await expect(c).toContainText(parentText);
    await c.getByLabel("Ban length").selectOption("30d");
    await act(page, commentText, `Ban author`, "Insulting other members");
    await expect(c).toHaveCount(0);
    await expect(page.locator(".mod-outcome")).toContainText("Banned");
    const bans = await ok(request, "GET", "/groups/hiking/bans?limit=100", bob.token);
    const ban = bans.items.find((b) => b.user.username === offender.username);
    expect(ban).toBeTruthy();
    const days = (Date.parse(ban.until) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });

  test("a refused action comes back with the server's reason", async ({ page, request }) => {
    const title = `Owner post ${uid()}`;
    const post = await newPost(request, alice, "hiking", title);
    await report(request, carol, { kind: "post", id: post.id });
    await openTab(page, "hiking");
    await act(page, title, "Ban author", "Trying to ban the owner");
    await expect(page.locator(".mod-outcome")).toContainText("Not done: Moderators may not ban moderators or owners");
    await expect(card(page, title)).toBeVisible();
    // Back with the reason still typed, and nothing was resolved.
    await expect(card(page, title).getByLabel("Reason (kept in the mod log)")).toHaveValue("Trying to ban the owner");
    expect(await openItem(request, bob, "hiking", "post", post.id)).toBeTruthy();
  });

  test("an item another moderator already handled refreshes the queue, with no second action", async ({ page, request }) => {
    const errors = watchErrors(page);
    const title = `Handled elsewhere ${uid()}`;
    const post = await newPost(request, author, "hiking", title);
    await report(request, carol, { kind: "post", id: post.id });
    await openTab(page, "hiking");
    await expect(card(page, title)).toHaveCount(1);
    const item = await openItem(request, bob, "hiking", "post", post.id);
    await ok(request, "POST", `/groups/hiking/reports/${item.id}/resolve`, alice.token,
      { action: "dismiss", reason: "Looked at it" }, { "If-Match": item.etag });

    await act(page, title, "Remove");
    await expect(page.locator(".mod-outcome")).toHaveText("Another moderator already handled this.");
    await expect(card(page, title)).toHaveCount(0);
    expect((await ok(request, "GET", `/posts/${post.id}`, bob.token)).removed).toBe(false);
    const resolved = (await reportItems(request, bob, "hiking", "resolved")).find((i) => i.id === item.id);
    expect(resolved.resolution.action).toBe("dismiss");
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});

// ---- join requests, roles, sanctions -----------------------------------------------------

test("join requests: approve with a message, deny", { tag: "@smoke" }, async ({ page, context, request }) => {
  await useSession(context, bob);
  const [yes, no] = [await register(request, "asker"), await register(request, "asker")];
  await join(request, yes, "berlin-mountain-club", "I love the mountains.");
  await join(request, no, "berlin-mountain-club");
  await openTab(page, "berlin-mountain-club", "?tab=requests");
  const row = (s) => page.locator("li.request", { hasText: s.username });
  await expect(row(yes)).toContainText("I love the mountains.");
  await row(yes).getByLabel(`Message to ${yes.display} (optional)`).fill("Welcome aboard!");
  await page.getByRole("button", { name: `Approve ${yes.display}` }).click();
  await expect(row(yes)).toHaveCount(0);
  await expect(page.locator(".mod-outcome")).toHaveText(`Approved: ${yes.display} is now a member.`);
  await page.getByRole("button", { name: `Deny ${no.display}` }).click();
  await expect(row(no)).toHaveCount(0);
  await expect(page.locator(".mod-outcome")).toHaveText(`Denied ${no.display}'s request.`);

  expect((await ok(request, "GET", "/groups/berlin-mountain-club", yes.token)).my_role).toBe("member");
  const denied = await ok(request, "GET", "/groups/berlin-mountain-club", no.token);
  expect([denied.my_role, denied.my_request_pending]).toEqual([null, false]);
});

test("the owner appoints and revokes a moderator", async ({ page, context, request }) => {
  const owner = await register(request, "owner");
  const group = await newGroup(request, owner);
  const member = await register(request, "member");
  await join(request, member, group.slug);
  await useSession(context, owner);
  await openTab(page, group.slug, "?tab=members");
  const row = () => page.locator("li.mod-member", { hasText: member.username });
  await row().getByRole("button", { name: `Make moderator: ${member.display}` }).click();
  await expect(page.locator(".mod-outcome")).toHaveText(`${member.display} is now a moderator.`);
  await expect(row().locator(".badge")).toHaveText("Moderator");
  const mods = await ok(request, "GET", `/groups/${group.slug}/members?role=moderator`, owner.token);
  expect(mods.items.map((m) => m.user.username)).toContain(member.username);
  await row().getByRole("button", { name: `Revoke moderator: ${member.display}` }).click();
  await expect(page.locator(".mod-outcome")).toHaveText(`${member.display} is now a member.`);
  await expect(row().locator(".badge")).toHaveCount(0);
});

test("a moderator mutes and bans with an end, sees the time left, and lifts both", async ({ page, context, request }) => {
  const target = await register(request, "aa");
  await join(request, target, "hiking");
  await useSession(context, bob);
  await openTab(page, "hiking", "?tab=members");
  const row = page.locator("li.mod-member", { hasText: target.username });
  // Moderators cannot sanction the owner or other moderators: no form for them.
  await expect(page.locator("li.mod-member", { hasText: "@alice" }).locator("details")).toHaveCount(0);

  await row.getByText(`Mute or ban ${target.display}`).click();
  await row.getByLabel("For how long").selectOption("7d");
  await row.getByLabel("Reason (kept in the mod log)").fill("Cooling off");
  await row.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator(".mod-outcome")).toHaveText(`Muted ${target.display}.`);
  await expect(row.locator(".badge")).toHaveText("muted for 7 more days");
  await row.getByRole("button", { name: `Unmute ${target.display}` }).click();
  await expect(page.locator(".mod-outcome")).toHaveText(`Unmuted ${target.display}.`);
  await expect(row.locator(".badge")).toHaveCount(0);

  await row.getByText(`Mute or ban ${target.display}`).click();
  await row.getByLabel(/^Ban:/).check();
  await row.getByLabel("For how long").selectOption("custom");
  await row.getByLabel("Ends on (UTC)").fill(today());
  await row.getByLabel("Reason (kept in the mod log)").fill("Spam links");
  await row.getByRole("button", { name: "Apply" }).click();
  await expect(row.locator(".sanction-form > .field-error")).toHaveText("The end date must be in the future.");
  await row.getByLabel("Ends on (UTC)").fill(inDays(10));
  await row.getByRole("button", { name: "Apply" }).click();
  await expect(page.locator(".mod-outcome")).toHaveText(`Banned ${target.display}.`);
  const banned = page.locator("li.member", { hasText: target.username });
  await expect(banned).toHaveCount(1);
  await expect(banned.locator(".badge")).toHaveText(/banned for (9|10) more days/);
  await expect(banned).toContainText("Spam links");
  await page.getByRole("button", { name: `Unban ${target.display}` }).click();
  await expect(page.locator(".mod-outcome")).toHaveText(`Lifted the ban on ${target.display}.`);
  await expect(page.locator("li.member", { hasText: target.username })).toHaveCount(0);
  const bans = await ok(request, "GET", "/groups/hiking/bans?limit=100", bob.token);
  expect(bans.items.map((b) => b.user.username)).not.toContain(target.username);
});

// ---- guidelines --------------------------------------------------------------------------

test("guidelines: draft, preview and save; shown on joining and beside the composer", async ({ browser, request }) => {
  const owner = await register(request, "owner");
  const group = await newGroup(request, owner);
  const rule = `Rule ${uid()}: be kind`;
  const ctx = await browser.newContext();
  await useSession(ctx, owner);
  const page = await ctx.newPage();
  await openTab(page, group.slug, "?tab=guidelines");
  await page.locator("#guidelines-body").fill(`## House rules\n\n1. ${rule}`);
  await expect(page.locator(".draft-status")).toContainText("Draft saved on this device.");
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "House rules" })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.locator(".draft-status")).toContainText("Restored your draft");
  await expect(page.locator("#guidelines-body")).toHaveValue(`## House rules\n\n1. ${rule}`);
  await page.getByRole("button", { name: "Save guidelines" }).click();
  await expect(page.locator(".mod-outcome")).toHaveText("Guidelines saved.");
  await expect(page.locator(".draft-status")).not.toContainText("Restored");
  expect((await ok(request, "GET", `/groups/${group.slug}`, owner.token)).guidelines).toContain(rule);
  await ctx.close();

  const joiner = await register(request, "joiner");
  const jctx = await browser.newContext();
  await useSession(jctx, joiner);
  const jpage = await jctx.newPage();
  await jpage.goto(`/g/${group.slug}`);
  await appReady(jpage);
  await jpage.getByRole("button", { name: `Join ${group.name}` }).click();
  await expect(jpage.getByRole("status").filter({ hasText: "You joined" })).toBeVisible();
  const note = jpage.locator(".join details.guidelines-note");
  await expect(note).toHaveAttribute("open", "");
  await expect(note).toContainText(rule);
  // The feed offers the composer to members: reload now that the joiner is one.
  await jpage.reload();
  await appReady(jpage);
  await jpage.getByRole("button", { name: "Start a new post…" }).click();
  const beside = jpage.locator(".composer details.guidelines-note");
  await beside.getByText("Read the guidelines here").click();
  await expect(beside).toContainText(rule);
  await jctx.close();
});

// ---- the mod log -------------------------------------------------------------------------

test("mod log: filters live in the URL, work with Back, and garbage is reported", async ({ page, context }) => {
  await useSession(context, bob);
  await openTab(page, "hiking", "?tab=log");
  const entries = page.locator(".log-entry");
  await expect(entries.first()).toBeVisible();
  await page.getByLabel("Moderator").fill("alice");
  await page.getByLabel("Action").selectOption("role_changed");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/tab=log&actor=alice&kind=role_changed$/);
  await expect(entries.first()).toContainText("changed a role");
  for (const text of await entries.allTextContents()) expect(text).toMatch(/Alice.*changed a role/);
  await expect(entries.filter({ hasText: "member → moderator" })).not.toHaveCount(0);

  // A date range that leaves out the demo's role change (60 days ago).
  await page.getByLabel("From").fill(inDays(-1));
  await page.getByLabel("To (inclusive)").fill(today());
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`from=${inDays(-1)}&to=${today()}`));
  await expect(entries.filter({ hasText: "member → moderator" })).toHaveCount(0);

  await page.goBack();
  await expect(page).toHaveURL(/kind=role_changed$/);
  await expect(page.getByLabel("From")).toHaveValue("");
  await expect(page.getByLabel("Moderator")).toHaveValue("alice");
  await expect(entries.filter({ hasText: "member → moderator" })).not.toHaveCount(0);

  // Target filter, then clearing.
  await page.goto("/g/hiking/mod?tab=log&target=member:bob");
  await expect(entries.first()).toContainText("bob");
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/g\/hiking\/mod\?tab=log$/);

  // Paging: older entries load below.
  const before = await entries.count();
  const more = page.getByRole("button", { name: "Show older entries" });
  if (await more.isVisible()) {
    await more.click();
    await expect.poll(() => entries.count()).toBeGreaterThan(before);
  }

  await page.goto("/g/hiking/mod?tab=log&kind=nuked&from=someday");
  await expect(page.locator(".notice.warning")).toContainText("not understood and are ignored: kind, from");
  await expect(page.getByLabel("Action")).toHaveValue("");
});

// ---- reporting where content appears -----------------------------------------------------

test("a member reports a post, a comment and a member from where they appear", async ({ page, context, request }) => {
  const writer = await register(request, "aawriter");
  await join(request, writer, "hiking");
  const post = await newPost(request, writer, "hiking", `Reportable ${uid()}`);
  const comment = await ok(request, "POST", `/posts/${post.id}/comments`, writer.token, { body: `Comment ${uid()}` });
  await useSession(context, carol);
  await page.goto(`/g/hiking/p/${post.id}`);
  await appReady(page);

  const send = async (scope, what, reason) => {
    await scope.getByText(`Report this ${what}`).click();
    await scope.getByLabel(`Why are you reporting this ${what}?`).fill(reason);
    await scope.getByRole("button", { name: "Send report" }).click();
    await expect(scope.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
  };
  await send(page.locator(".post-actions"), "post", "Advertising");
  await send(page.locator("li.comment", { hasText: comment.body }), "comment", "Off topic");
  await page.goto("/g/hiking/members");
  await appReady(page);
  await send(page.locator("li.member", { hasText: writer.username }), "member", "Spams everyone");

  const items = await reportItems(request, bob, "hiking", "open");
  const about = (kind, match) => items.find((i) => i.target.kind === kind && match(i.target));
  expect(about("post", (t) => t.id === post.id).reports[0].reason).toBe("Advertising");
  expect(about("comment", (t) => t.id === comment.id).reports[0].reporter.username).toBe("carol");
  expect(about("member", (t) => t.username === writer.username).reports[0].reason).toBe("Spams everyone");
});

// ---- group health ------------------------------------------------------------------------

test("health: five charts with tables, engagement and overlapping groups", async ({ page, context }) => {
  const errors = watchErrors(page);
  await useSession(context, bob);
  await openTab(page, "hiking", "?tab=health");
  const charts = page.locator("figure.chart-card");
  await expect(charts).toHaveCount(5);
  for (const name of ["Posts", "Comments", "Active members", "New members", "RSVPs"]) {
    await expect(page.getByRole("img", { name: new RegExp(`^${name} per week, 12 weeks`) })).toHaveCount(1);
  }
  await expect(charts.first().locator("rect")).toHaveCount(12);
  await charts.first().getByText("Show as a table").click();
  await expect(charts.first().locator("tbody tr")).toHaveCount(12);
  await expect(page.locator(".health-facts")).toContainText("engagement");
  await expect(page.getByRole("heading", { name: "Groups that overlap this one" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("health: a quiet group gets an alert with a prompt that opens the composer", async ({ page, context, request }) => {
  const owner = await register(request, "owner");
  const group = await newGroup(request, owner);
  await useSession(context, owner);
  await openTab(page, group.slug, "?tab=health");
  const alert = page.locator("section.alert");
  await expect(alert.getByRole("heading", { name: "This group has gone quiet" })).toBeVisible();
  await expect(alert.getByRole("link", { name: "Schedule an event" })).toHaveAttribute("href", `/g/${group.slug}/events?new=1`);
  const prompt = alert.getByRole("link", { name: /Post a discussion prompt/ }).first();
  const text = (await prompt.textContent()).match(/“(.*)”/)[1];
  await prompt.click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}\\?prompt=`));
  await expect(page.locator("#post-title")).toHaveValue(text);
});

// ---- accessibility of every tab ----------------------------------------------------------

test("every tab is axe-clean for a moderator, and tabs are links with the current one marked", async ({ page, context }) => {
  await useSession(context, bob);
  const tabs = [
    ["Reports", "", "article.report, .empty"],
    ["Join requests", "?tab=requests", "li.request, .empty"],
    ["Members", "?tab=members", "li.mod-member"],
    ["Guidelines", "?tab=guidelines", "#guidelines-body"],
    ["Log", "?tab=log", ".log-entry"],
    ["Health", "?tab=health", "figure.chart-card"],
  ];
  for (const [name, query, ready] of tabs) {
    await openTab(page, "hiking", query);
    await expect(page.locator(ready).first()).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Moderation tools" });
    await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
    expect(await axe(page), name).toEqual([]);
  }
  // Back returns to the previous tab.
  await page.getByRole("navigation", { name: "Moderation tools" }).getByRole("link", { name: "Log" }).click();
  await expect(page).toHaveURL(/tab=log$/);
  await page.goBack();
  await expect(page).toHaveURL(/tab=health$/);
  await expect(page.getByRole("heading", { level: 2, name: "Health" })).toBeVisible();
  // An unknown tab falls back to the reports, with a notice.
  await page.goto("/g/hiking/mod?tab=secrets");
  await expect(page.locator(".notice.warning")).toContainText("ignored: tab");
  await expect(page.getByRole("heading", { level: 2, name: "Reports" })).toBeVisible();
});
