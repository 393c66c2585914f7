// Sessions end cleanly, whatever ends them: a token revoked elsewhere, a "this tab only" login
// whose tab was closed, the session's own expiry, Log out everywhere; saved copies of the
// member's pages go with the session, drafts stay theirs. Changing the password; waits after
// 429; deep comment threads that continue on a page of their own; tombstones of deleted and
// removed posts. Every test that changes credentials or ends sessions uses a fresh account.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";
import { API, SESSION_KEY, auth, apiLogin, createPost, uid } from "./kith.js";

test.describe.configure({ mode: "parallel" });

const PASSWORD = "first-password-1";

/** Registers a fresh member of `hiking`; returns `{ username, token, expires_at, me }`. */
async function freshMember(request, prefix = "sec") {
  const username = `${prefix}-${uid()}`.slice(0, 32);
  const resp = await request.post(`${API}/auth/register`, {
    data: { username, password: PASSWORD, display_name: `Member ${username}` },
  });
  expect(resp.status(), await resp.text()).toBe(201);
  const s = await resp.json();
  const join = await request.post(`${API}/groups/hiking/join`, { headers: auth(s.token), data: {} });
  expect(join.status()).toBe(200);
  return { ...s, username };
}

/** Another session of the same member (a second device). */
async function secondSession(request, username, password = PASSWORD) {
  const resp = await request.post(`${API}/auth/login`, { data: { username, password, remember: true } });
  expect(resp.status()).toBe(200);
  return (await resp.json()).token;
}

/**
 * Every page of the context starts logged in with this session ("remember me"), once per
 * context, so that ending it sticks. `expiresAt` overrides the stored expiry.
 */
async function seedSession(context, s, expiresAt = s.expires_at) {
  const stored = JSON.stringify({ token: s.token, username: s.me.username, expires_at: expiresAt });
  await context.addInitScript(
    ([key, value, flag]) => {
      if (!localStorage.getItem(flag)) {
        localStorage.setItem(key, value);
        localStorage.setItem(flag, "1");
      }
    },
    [SESSION_KEY, stored, `kith.e2e.seeded.${s.me.username}`],
  );
}

/** The keys of the member's saved copies in IndexedDB (without creating the database). */
async function savedCopies(page, user) {
  return page.evaluate(async (user) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === "kith")) return [];
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open("kith");
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains("saved")) return [];
      const keys = await new Promise((resolve, reject) => {
        const r = db.transaction("saved").objectStore("saved").getAllKeys();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      return keys.filter((k) => String(k).includes(`|${user}|`));
    } finally {
      db.close();
    }
  }, user);
}

/** The member's entries in the index of saved copies (localStorage). */
async function indexedCopies(page, user) {
  return page.evaluate((user) => {
    const index = JSON.parse(localStorage.getItem("kith.saved.index") || "{}");
    return (index.entries || []).map(([k]) => k).filter((k) => k.includes(`|${user}|`));
  }, user);
}

/** Waits until the member's copies of what they read are saved, and returns how many. */
async function expectCopiesSaved(page, user) {
  await expect.poll(async () => (await savedCopies(page, user)).length, { timeout: 10_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await indexedCopies(page, user)).length).toBeGreaterThan(0);
}

async function expectCopiesGone(page, user) {
  await expect.poll(() => savedCopies(page, user), { timeout: 10_000 }).toEqual([]);
  expect(await indexedCopies(page, user)).toEqual([]);
}

/** Moves within the running app, as following a link does. */
async function follow(page, name) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const toggle = page.getByRole("button", { name: "Menu" });
  if (await toggle.isVisible()) await toggle.click();
  await nav.getByRole("link", { name, exact: true }).click();
}

test.describe("the end of a session", () => {
  test("a token revoked elsewhere: the next request ends the session and the saved copies are gone", async ({
    context,
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const m = await freshMember(request);
    await createPost(request, m.token, "hiking", `Read before revoking ${uid()}`);
    await seedSession(context, m);
    await page.goto("/g/hiking?sort=new");
    await appReady(page);
    await expectCopiesSaved(page, m.username);

    // On another device, the member logs out everywhere.
    const other = await secondSession(request, m.username);
    expect((await request.post(`${API}/auth/logout-all`, { headers: auth(other) })).status()).toBe(204);

    // The next page asks the server with the revoked token.
    await follow(page, "Discover");
    await expect(page.locator(".session-expired")).toContainText("Your session has ended");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Log in" })).toBeAttached();
    await expectCopiesGone(page, m.username);
    expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBeNull();
    // Still gone after a reload (nothing was written back by late answers).
    await page.reload();
    await appReady(page);
    expect(await savedCopies(page, m.username)).toEqual([]);
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  });

  test("a 'this tab only' login: its saved copies are removed when the app starts without the session", async ({
    context,
    page,
    request,
  }) => {
    const m = await freshMember(request);
    await page.goto("/login");
    await appReady(page);
    await page.locator("#login-username").fill(m.username);
    await page.locator("#login-password").fill(PASSWORD);
    await page.getByLabel("Remember me on this device").uncheck();
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.locator(".who")).toHaveText(`Member ${m.username}`);
    expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBeNull();
    await page.goto("/g/hiking");
    await appReady(page);
    await expect(page.locator(".who")).toHaveText(`Member ${m.username}`);
    await expectCopiesSaved(page, m.username);

    // The tab is closed; a new one starts without the session.
    await page.close();
    const next = await context.newPage();
    await next.goto("/");
    await appReady(next);
    await expect(next.locator("main h1")).toHaveText("Home");
    await expectCopiesGone(next, m.username);
  });

  test("a session that runs out while the app is open ends; copies go, the draft stays the member's", async ({
    context,
    page,
    request,
  }) => {
    const m = await freshMember(request);
    // The server would keep the token longer; this device was told it ends in 12 s.
    const soon = new Date(Date.now() + 12_000).toISOString().replace(/\.\d{3}Z$/, "Z");
    await seedSession(context, m, soon);
    const draftKey = `kith.draft.self|${m.username}|post:hiking`;
    const draft = JSON.stringify({
      label: "New post in Hiking",
      url: "/g/hiking",
      fields: { title: "Half-written plan", body: "Meet at the lake." },
      idempotency_key: null,
      updated_at: Date.now(),
      tab: "e2e",
    });
    await context.addInitScript(([k, v]) => {
      if (!localStorage.getItem("kith.e2e.draft")) {
        localStorage.setItem(k, v);
        localStorage.setItem("kith.e2e.draft", "1");
      }
    }, [draftKey, draft]);
    await page.goto("/g/hiking");
    await appReady(page);
    await expectCopiesSaved(page, m.username);

    await expect(page.locator(".session-expired")).toContainText("Your session has ended", { timeout: 20_000 });
    await expectCopiesGone(page, m.username);
    // The draft is kept for its author…
    expect(await page.evaluate((k) => localStorage.getItem(k), draftKey)).not.toBeNull();
    // …but not shown to whoever uses the device now.
    await follow(page, "Drafts");
    await expect(page.locator("main h1")).toHaveText("Drafts");
    await expect(page.locator(".empty")).toContainText("No drafts");
    await expect(page.locator("main")).not.toContainText("Half-written plan");

    // Back in, the member finds it again.
    await page.getByRole("link", { name: "Log in again" }).click();
    await page.locator("#login-username").fill(m.username);
    await page.locator("#login-password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.locator("main h1")).toHaveText("Drafts");
    await expect(page.locator(".draft-list")).toContainText("Half-written plan");
  });

  test("Log out everywhere: confirmed from the keyboard, it ends this and another browser's session", async ({
    browser,
    context,
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const m = await freshMember(request);
    await seedSession(context, m);
    const otherContext = await browser.newContext();
    try {
      const tokenB = await secondSession(request, m.username);
      await seedSession(otherContext, { ...m, token: tokenB });
      const other = await otherContext.newPage();
      await other.goto("/g/hiking");
      await appReady(other);
      await expect(other.locator(".who")).toHaveText(`Member ${m.username}`);
      await expectCopiesSaved(other, m.username);

      await page.goto("/g/hiking");
      await appReady(page);
      await expectCopiesSaved(page, m.username);
      await page.goto("/settings");
      await appReady(page);
      const open = page.getByRole("button", { name: "Log out everywhere…" });
      await open.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("alertdialog");
      await expect(dialog).toContainText("Log out on every device, this one included?");
      const confirm = dialog.getByRole("button", { name: "Log out on every device" });
      await expect(confirm).toBeFocused();
      expect(await axe(page)).toEqual([]);
      // Escape cancels and gives the keyboard back to the button that opened it.
      await page.keyboard.press("Escape");
      await expect(dialog).toHaveCount(0);
      await expect(open).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(confirm).toBeFocused();
      await page.keyboard.press("Enter");

      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator(".notices")).toContainText("logged out on every device");
      await expect(page.locator("main h1")).toHaveText("Home");
      await expectCopiesGone(page, m.username);
      expect(await page.evaluate((k) => localStorage.getItem(k), SESSION_KEY)).toBeNull();

      // The other browser finds out at its next request.
      expect((await request.get(`${API}/me`, { headers: auth(tokenB) })).status()).toBe(401);
      await follow(other, "Discover");
      await expect(other.locator(".session-expired")).toContainText("Your session has ended");
      await expectCopiesGone(other, m.username);
      expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await otherContext.close();
    }
  });
});

test.describe("logging out", () => {
  test("Log out returns home, removes the saved copies, and ends the session in the member's other tab", async ({
    context,
    page,
    request,
  }) => {
    const m = await freshMember(request);
    await seedSession(context, m);
    const second = await context.newPage();
    await second.goto("/g/hiking");
    await appReady(second);
    await expect(second.locator(".who")).toHaveText(`Member ${m.username}`);
    await page.goto("/g/hiking");
    await appReady(page);
    await expectCopiesSaved(page, m.username);

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("main h1")).toHaveText("Home");
    await expectCopiesGone(page, m.username);
    // The other tab shared the session: it says so at once, without asking the server.
    await expect(second.locator(".session-expired")).toContainText("Your session has ended");
    await expect(second.locator(".who")).toHaveCount(0);
  });
});

test.describe("the shared checks of single-line fields", () => {
  test("a title with a text-direction override or a group name with a control character is refused beside the field", async ({
    context,
    page,
    request,
  }) => {
    const m = await freshMember(request);
    await seedSession(context, m);
    let sent = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && /\/api\/v1\/(groups|groups\/hiking\/posts)$/.test(new URL(r.url()).pathname)) sent++;
    });
    await page.goto("/g/hiking");
    await appReady(page);
    await page.getByRole("button", { name: "Start a new post…" }).click();
    await page.locator("#post-title").fill("Meet at \u202Eekal eht");
    await page.locator("#post-body").fill("A body that is fine.");
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await expect(page.locator("#post-title-error")).toHaveText(
      "The title cannot contain control characters, line breaks or text-direction overrides.",
    );
    await expect(page.locator("#post-title")).toHaveAttribute("aria-invalid", "true");

    await page.goto("/new-group");
    await appReady(page);
    await page.locator("#group-name").fill("Night\u0007 owls");
    await page.locator("#group-purpose").fill("Walks after dark, every Friday.");
    await page.locator("#group-region").fill("Berlin\u2066");
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.locator("#group-name-error")).toContainText("cannot contain control characters");
    await expect(page.locator("#group-region-error")).toContainText("text-direction overrides");
    expect(sent).toBe(0);
  });
});

test.describe("changing the password", () => {
  test("wrong and mismatched input is explained beside the fields; then the old password fails and the new one works", async ({
    context,
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const m = await freshMember(request);
    const otherDevice = await secondSession(request, m.username);
    await seedSession(context, m);
    await page.goto("/settings");
    await appReady(page);
    const form = page.locator("form.password-change");
    // Labelled fields (the ids are the labels' `for`).
    const current = form.getByLabel("Current password");
    const fresh = form.locator("#password-new");
    const repeat = form.getByLabel("Repeat the new password");
    const submit = form.getByRole("button", { name: "Change password" });

    // Checked before sending.
    await fresh.fill("short");
    await repeat.fill("short");
    await submit.click();
    await expect(page.locator("#password-current-error")).toHaveText("Enter your current password.");
    await expect(page.locator("#password-new-error")).toHaveText("A password needs at least 8 characters.");
    await expect(current).toHaveAttribute("aria-invalid", "true");
    await current.fill(PASSWORD);
    await fresh.fill("second-password-2");
    await repeat.fill("second-password-3");
    await submit.click();
    await expect(page.locator("#password-repeat-error")).toContainText("differ");

    // The server's objection to a wrong current password, beside that field.
    await current.fill("not-my-password");
    await repeat.fill("second-password-2");
    await submit.click();
    await expect(page.locator("#password-current-error")).toHaveText("The current password is wrong.");
    await expect(page.locator("#password-repeat-error")).toHaveText("");

    await current.fill(PASSWORD);
    await submit.click();
    await expect(form.locator(".form-message")).toContainText("Password changed");
    await expect(current).toHaveValue("");
    await expect(page.locator("#password-current-error")).toHaveText("");

    // The old password no longer logs in; the new one does.
    const old = await request.post(`${API}/auth/login`, { data: { username: m.username, password: PASSWORD } });
    expect(old.status()).toBe(401);
    await secondSession(request, m.username, "second-password-2");
    // The other device was logged out; this one was not.
    expect((await request.get(`${API}/me`, { headers: auth(otherDevice) })).status()).toBe(401);
    await page.reload();
    await appReady(page);
    await expect(page.locator(".who")).toHaveText(`Member ${m.username}`);
    await expect(page.locator(".session-expired")).toHaveCount(0);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  test("too many attempts: the message says how long to wait, and the form keeps what was typed", async ({
    context,
    page,
    request,
  }) => {
    const m = await freshMember(request);
    await seedSession(context, m);
    const tooMany = (seconds) => (route) =>
      route.fulfill({
        status: 429,
        headers: { "Retry-After": String(seconds), "Content-Type": "application/problem+json" },
        body: JSON.stringify({ type: "about:blank", title: "Too Many Requests", status: 429, code: "rate_limited", detail: "Slow down." }),
      });
    await page.route("**/api/v1/me/password", tooMany(42));
    await page.goto("/settings");
    await appReady(page);
    const form = page.locator("form.password-change");
    await form.locator("#password-current").fill(PASSWORD);
    await form.locator("#password-new").fill("second-password-2");
    await form.locator("#password-repeat").fill("second-password-2");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.locator(".form-message")).toContainText("Try again in 42 seconds");
    await expect(form.locator("#password-new")).toHaveValue("second-password-2");

    // Logging in, too.
    await page.route("**/api/v1/auth/login", tooMany(150));
    await page.goto("/login");
    await appReady(page);
    await page.locator("#login-username").fill(m.username);
    await page.locator("#login-password").fill(PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.locator(".form-message")).toContainText("Try again in 3 minutes");
  });
});

test.describe("deep comment threads", () => {
  /** A post with a chain of `n` comments, each answering the one before; returns their ids. */
  async function chain(request, m, n) {
    const post = await createPost(request, m.token, "hiking", `Deep thread ${uid()}`);
    const ids = [];
    for (let level = 1; level <= n; level++) {
      const resp = await request.post(`${API}/posts/${post.id}/comments`, {
        headers: auth(m.token),
        data: { body: `Level ${level} says hello.`, parent_id: ids.at(-1) ?? null },
      });
      expect(resp.status(), await resp.text()).toBe(201);
      const c = await resp.json();
      expect(c.depth).toBe(level);
      ids.push(c.id);
    }
    return { post, ids };
  }

  const bodies = (page) => page.locator("li.comment > article > .comment-body");

  test("nesting stops at six levels; 'Continue this thread' opens the deeper part, and Back returns", async ({
    context,
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const m = await freshMember(request);
    const max = 16;
    const { post, ids } = await chain(request, m, max);
    // The server refuses a 17th level.
    const deeper = await request.post(`${API}/posts/${post.id}/comments`, {
      headers: auth(m.token),
      data: { body: "Too deep", parent_id: ids.at(-1) },
    });
    expect(deeper.status()).toBe(422);
    expect((await deeper.json()).errors[0].pointer).toBe("/parent_id");

    await seedSession(context, m);
    await page.goto(`/g/hiking/p/${post.id}`);
    await appReady(page);
    await expect(bodies(page)).toHaveCount(6);
    await expect(bodies(page).first()).toHaveText("Level 1 says hello.");
    await expect(bodies(page).last()).toHaveText("Level 6 says hello.");
    const more = page.getByRole("link", { name: "Continue this thread" });
    await expect(more).toHaveCount(1);
    await expect(page.locator(".continue-thread")).toContainText("10 more replies");
    await expect(more).toHaveAttribute("href", `/g/hiking/p/${post.id}?thread=${ids[5]}`);

    // A real link, from the keyboard.
    await more.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`\\?thread=${ids[5]}$`));
    await expect(bodies(page)).toHaveCount(6);
    await expect(bodies(page).first()).toHaveText("Level 6 says hello.");
    await expect(bodies(page).last()).toHaveText("Level 11 says hello.");
    await expect(page.locator(`#comment-${ids[5]}`)).toBeFocused();
    await expect(page.getByRole("link", { name: "Back to the whole discussion" })).toBeVisible();
    await page.getByRole("link", { name: "Continue this thread" }).click();
    await expect(bodies(page).first()).toHaveText("Level 11 says hello.");
    await expect(bodies(page).last()).toHaveText("Level 16 says hello.");
    await expect(page.getByRole("link", { name: "Continue this thread" })).toHaveCount(0);
    // The deepest comment cannot be answered, and says why; the one above it can.
    const deepest = page.locator(`#comment-${ids[15]}`);
    await expect(deepest.locator(":scope > .comment-actions")).toContainText("Replies nest 16 deep at most");
    await expect(deepest.getByRole("button", { name: "Reply" })).toHaveCount(0);
    await expect(page.locator(`#comment-${ids[14]} > .comment-actions`).getByRole("button", { name: "Reply" })).toBeVisible();
    expect(await axe(page)).toEqual([]);

    // Back and Forward follow the thread.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?thread=${ids[5]}$`));
    await expect(bodies(page).first()).toHaveText("Level 6 says hello.");
    await page.goForward();
    await expect(bodies(page).first()).toHaveText("Level 11 says hello.");
    await page.getByRole("link", { name: "Up one level" }).click();
    await expect(bodies(page).first()).toHaveText("Level 10 says hello.");
    await page.getByRole("link", { name: "Back to the whole discussion" }).click();
    await expect(page).toHaveURL(new RegExp(`/p/${post.id}$`));
    await expect(bodies(page).first()).toHaveText("Level 1 says hello.");
    await expect(bodies(page)).toHaveCount(6);
    // A copied link opens the thread directly.
    await page.goto(`/g/hiking/p/${post.id}?thread=${ids[10]}`);
    await expect(bodies(page).first()).toHaveText("Level 11 says hello.");
    expect(errors).toEqual([]);
  });

  test("on a phone the six levels still leave room for the text", async ({ context, page, request }) => {
    const m = await freshMember(request);
    const { post } = await chain(request, m, 7);
    await seedSession(context, m);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/g/hiking/p/${post.id}`);
    await appReady(page);
    const sixth = bodies(page).last();
    await expect(sixth).toHaveText("Level 6 says hello.");
    const box = await sixth.boundingBox();
    expect(box.width).toBeGreaterThan(240);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("link", { name: "Continue this thread" })).toBeVisible();
  });

  test("a reply refused for being too deep is explained in the composer, the text kept", async ({ context, page, request }) => {
    const m = await freshMember(request);
    const { post, ids } = await chain(request, m, 16);
    // A backend that claims deeper threads than it accepts: the Reply button shows, the 422 comes.
    await page.route("**/api/v1/meta", async (route) => {
      const resp = await route.fetch();
      const meta = await resp.json();
      meta.limits.max_comment_depth = 40;
      await route.fulfill({ response: resp, json: meta });
    });
    await seedSession(context, m);
    await page.goto(`/g/hiking/p/${post.id}?thread=${ids[10]}`);
    await appReady(page);
    const deepest = page.locator(`#comment-${ids[15]}`);
    await deepest.locator(":scope > .comment-actions").getByRole("button", { name: "Reply" }).click();
    await deepest.getByLabel("Your reply").fill("One level too many.");
    await deepest.locator("form.comment-composer").getByRole("button", { name: "Reply" }).click();
    await expect(deepest.locator("form.comment-composer")).toContainText("Replies nest at most 16 deep");
    await expect(deepest.getByLabel("Your reply")).toHaveValue("One level too many.");
  });

  test("300 nested replies from a backend render six levels and a way on, without errors", async ({ page, request }) => {
    const errors = watchErrors(page);
    const { token } = await apiLogin(request, "carol");
    const post = await createPost(request, token, "hiking", `Synthetic depth ${uid()}`);
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: 9_000_000 + i,
      post_id: post.id,
      parent_id: i === 0 ? null : 9_000_000 + i - 1,
      depth: i + 1,
      author: { id: 1, username: "someone", display_name: "Someone" },
      body: `Reply number ${i + 1}`,
      created_at: "2026-11-27T10:00:00Z",
      edited_at: null,
      removed: false,
      deleted: false,
      reactions: [],
      permissions: { can_edit: false, can_delete: false, can_moderate: false, can_comment: false, can_react: false },
      etag: `"c${i}"`,
    }));
    await page.route(new RegExp(`/api/v1/posts/${post.id}/comments(\\?|$)`), (route) =>
      route.fulfill({ json: { items, next_cursor: null } }),
    );
    await page.goto(`/g/hiking/p/${post.id}`);
    await appReady(page);
    await expect(bodies(page)).toHaveCount(6);
    await expect(page.locator(".continue-thread")).toContainText("294 more replies");
    await page.getByRole("link", { name: "Continue this thread" }).click();
    await expect(bodies(page).first()).toHaveText("Reply number 6");
    await expect(bodies(page)).toHaveCount(6);
    expect(await page.locator("li.comment li.comment li.comment li.comment li.comment li.comment li.comment").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

test.describe("tombstones", () => {
  test("a deleted post with comments reads 'Deleted post' in the feed and on its page; one without comments is gone", async ({
    page,
    request,
  }) => {
    const m = await freshMember(request);
    const kept = await createPost(request, m.token, "hiking", `Soon deleted ${uid()}`);
    const c = await request.post(`${API}/posts/${kept.id}/comments`, { headers: auth(m.token), data: { body: "An answer that stays." } });
    expect(c.status()).toBe(201);
    const gone = await createPost(request, m.token, "hiking", `Deleted quietly ${uid()}`);
    for (const p of [kept, gone]) {
      const fresh = await (await request.get(`${API}/posts/${p.id}`, { headers: auth(m.token) })).json();
      const del = await request.delete(`${API}/posts/${p.id}`, { headers: { ...auth(m.token), "If-Match": fresh.etag } });
      expect(del.status()).toBe(204);
    }
    await page.goto("/g/hiking?sort=new");
    await appReady(page);
    const tomb = page.locator(`a[href="/g/hiking/p/${kept.id}"]`).first();
    await expect(tomb).toHaveText("Deleted post");
    await expect(page.locator(`a[href^="/g/hiking/p/${gone.id}"]`)).toHaveCount(0);
    await tomb.click();
    await expect(page.locator("main h1")).toHaveText("Deleted post");
    await expect(page.locator(".post-detail")).toContainText("This post was deleted by its author.");
    await expect(page.locator(".comment-body")).toHaveText("An answer that stays.");
  });

  test("a post removed by a moderator reads 'Removed by a moderator' for everyone else", async ({ page, request }) => {
    const author = await freshMember(request, "rm");
    const post = await createPost(request, author.token, "hiking", `Removed soon ${uid()}`);
    const c = await request.post(`${API}/posts/${post.id}/comments`, { headers: auth(author.token), data: { body: "Still here." } });
    expect(c.status()).toBe(201);
    const { token: carol } = await apiLogin(request, "carol");
    const rep = await request.post(`${API}/reports`, { headers: auth(carol), data: { target: { kind: "post", id: post.id }, reason: "Off topic here" } });
    expect(rep.ok(), await rep.text()).toBeTruthy();
    const { token: alice } = await apiLogin(request, "alice");
    const queue = await (await request.get(`${API}/groups/hiking/reports?status=open&limit=100`, { headers: auth(alice) })).json();
    const item = queue.items.find((i) => i.target.kind === "post" && i.target.id === post.id);
    const done = await request.post(`${API}/groups/hiking/reports/${item.id}/resolve`, {
      headers: { ...auth(alice), "If-Match": item.etag },
      data: { action: "remove", reason: "Off topic" },
    });
    expect(done.ok(), await done.text()).toBeTruthy();

    // A visitor (not a moderator).
    await page.goto("/g/hiking?sort=new");
    await appReady(page);
    const link = page.locator(`a[href="/g/hiking/p/${post.id}"]`).first();
    await expect(link).toHaveText("Removed by a moderator");
    await link.click();
    await expect(page.locator("main h1")).toHaveText("Removed by a moderator");
    await expect(page.locator(".comment-body")).toHaveText("Still here.");
  });
});
