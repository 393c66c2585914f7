// Drafts under every fault: reloads and closed tabs, offline, 500, 401, a slow reply, a
// malformed reply, two tabs, full storage and a corrupt entry; and the drafts page.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady } from "./helpers.js";
import {
  API,
  SESSION_KEY,
  auth,
  loginAs,
  uid,
  countPosts,
  createPost,
  draftFor,
  drafts,
  expectDraftField,
  expectNoDraft,
} from "./kith.js";

test.describe.configure({ mode: "parallel" });

const POST_CTX = "post:hiking";
const POST_KEY = `kith.draft.self|carol|${POST_CTX}`;
const POSTS_URL = "**/api/v1/groups/hiking/posts";

/** Console errors other than the failed loads a test provokes on purpose. */
const real = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

const status = (page) => page.locator(".composer .draft-status");
const titleField = (page) => page.locator("#post-title");
const bodyField = (page) => page.locator("#post-body");
const postButton = (page) => page.locator(".composer button[type=submit]");
const formMessage = (page) => page.locator(".composer .form-message[role=alert]");

/** Opens hiking's post composer (it opens by itself when a draft is restored). */
async function openComposer(page) {
  await page.goto("/g/hiking");
  await appReady(page);
  const start = page.getByRole("button", { name: "Start a new post…" });
  await expect(start.or(titleField(page))).toBeVisible();
  if (await start.isVisible()) await start.click();
  await expect(titleField(page)).toBeVisible();
}

async function typePost(page, title, body) {
  await titleField(page).fill(title);
  await bodyField(page).fill(body);
  await expect(status(page)).toContainText("Draft saved on this device.");
  await expectDraftField(page, "carol", POST_CTX, "body", body);
}

/** Submits and waits for the composer to report success. */
async function postAndExpectSuccess(page, title) {
  await postButton(page).click();
  await expect(page.locator(".composer")).toContainText("Posted.");
  await expect(page.getByRole("feed", { name: "Posts" }).locator("article").first().locator("h3")).toHaveText(title);
  await expectNoDraft(page, "carol", POST_CTX);
}

/** carol's token for direct API calls in the current test. */
let token;

test.describe("the post composer's draft", () => {
  test.beforeEach(async ({ context, request }) => {
    token = await loginAs(context, request, "carol");
  });

  test("survives a reload, a save-and-leave within the delay, and a closed tab", { tag: "@smoke" }, async ({ page, context }) => {
    const errors = watchErrors(page);
    const title = `Draft reload ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "Line one\n\nLine **two**");
    await page.reload();
    await expect(titleField(page)).toHaveValue(title);
    await expect(bodyField(page)).toHaveValue("Line one\n\nLine **two**");
    await expect(status(page)).toContainText("Restored your draft");

    // An edit followed at once by a reload (well within the save delay) is kept too.
    await bodyField(page).fill("Changed just before leaving");
    await page.reload();
    await expect(bodyField(page)).toHaveValue("Changed just before leaving");

    // Close the tab; a new one restores the draft.
    await page.close();
    const again = await context.newPage();
    const againErrors = watchErrors(again);
    await again.goto("/g/hiking");
    await expect(titleField(again)).toHaveValue(title);
    await expect(bodyField(again)).toHaveValue("Changed just before leaving");
    await expect(again.locator(".composer .draft-status")).toContainText("Restored your draft");
    // Discarding empties the composer and storage.
    await again.locator(".composer").getByRole("button", { name: "Discard draft" }).click();
    await expect(titleField(again)).toHaveValue("");
    await expectNoDraft(again, "carol", POST_CTX);
    expect(errors).toEqual([]);
    expect(againErrors).toEqual([]);
  });

  test("offline: the post moves with its key from the draft to the outbox; online again: sent once", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const title = `Draft offline ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "Written on the train.");
    await context.setOffline(true);
    await postButton(page).click();
    await expect(page.locator(".composer")).toContainText("waits in your outbox");
    await expect(page.locator(".pending-items")).toContainText(title);
    // Kept in browser storage all along: the outbox holds the text under the draft's key.
    const outbox = await page.evaluate(() => JSON.parse(localStorage.getItem("kith.outbox.self|carol") || "[]"));
    expect(outbox.map((i) => i.what.title)).toEqual([title]);
    expect(outbox[0].id).toBeTruthy();
    await expectNoDraft(page, "carol", POST_CTX);
    expect(await countPosts(request, token, "hiking", title)).toBe(0);
    await context.setOffline(false);
    await expect(page.locator(".pending-items")).toHaveCount(0, { timeout: 20_000 });
    await expect.poll(() => countPosts(request, token, "hiking", title)).toBe(1);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem("kith.outbox.self|carol") || "[]"))).toEqual([]);
    expect(real(errors)).toEqual([]);
  });

  test("the server unreachable while the browser says online: the outbox tries again by itself, with one key", async ({ page, request }) => {
    const title = `Draft unreachable ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "The server is restarting.");
    const keys = [];
    await page.route(POSTS_URL, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      keys.push(route.request().headers()["idempotency-key"]);
      // The composer's attempt and the outbox's first send fail; the retry goes through.
      if (keys.length <= 2) return route.abort("connectionrefused");
      return route.continue();
    });
    await postButton(page).click();
    await expect(page.locator(".composer")).toContainText("waits in your outbox");
    await expect(page.locator(".pending-items")).toContainText(title);
    await expect.poll(() => keys.length).toBe(2);
    expect(await countPosts(request, token, "hiking", title)).toBe(0);
    // No online event comes (the browser never went offline): the outbox's own retry sends it.
    await expect(page.locator(".pending-items")).toHaveCount(0, { timeout: 15_000 });
    await expect.poll(() => countPosts(request, token, "hiking", title)).toBe(1);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBeTruthy();
    await page.unroute(POSTS_URL);
  });

  test("a 500: the message, text kept; then success", async ({ page, request }) => {
    const errors = watchErrors(page);
    const title = `Draft 500 ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "The server is having a bad day.");
    await page.route(POSTS_URL, (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 500,
            contentType: "application/problem+json",
            body: JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500, code: "internal" }),
          })
        : route.fallback(),
    );
    await postButton(page).click();
    await expect(formMessage(page)).toContainText("The server had a problem (error 500)");
    await expect(titleField(page)).toHaveValue(title);
    await expect(bodyField(page)).toHaveValue("The server is having a bad day.");
    expect((await draftFor(page, "carol", POST_CTX)).fields.title).toBe(title);
    await page.unroute(POSTS_URL);
    await postAndExpectSuccess(page, title);
    expect(await countPosts(request, token, "hiking", title)).toBe(1);
    expect(real(errors)).toEqual([]);
  });

  test("a revoked session: log in again in the composer, and the post is sent once", async ({ page, request }) => {
    const errors = watchErrors(page);
    const title = `Draft 401 ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "Sent after logging in again.");
    const old = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).token, SESSION_KEY);
    const out = await request.post(`${API}/auth/logout`, { headers: auth(old) });
    expect(out.status()).toBe(204);
    await postButton(page).click();
    const relogin = page.getByRole("group", { name: "Log in again" });
    await expect(relogin).toBeVisible();
    await expect(titleField(page)).toHaveValue(title);
    await expect(bodyField(page)).toHaveValue("Sent after logging in again.");
    expect((await draftFor(page, "carol", POST_CTX)).fields.body).toBe("Sent after logging in again.");
    await expect(relogin.getByLabel("Username")).toHaveValue("carol");
    await relogin.getByLabel("Password").fill("kith-demo");
    await relogin.getByRole("button", { name: "Log in and send" }).click();
    await expect(page.locator(".composer")).toContainText("Posted.");
    await expect(relogin).toHaveCount(0);
    await expectNoDraft(page, "carol", POST_CTX);
    const fresh = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)).token, SESSION_KEY);
    expect(fresh).not.toBe(old);
    expect(await countPosts(request, fresh, "hiking", title)).toBe(1);
    // Still logged in after a reload.
    await page.reload();
    await expect(page.getByRole("button", { name: "Start a new post…" })).toBeVisible();
    expect(real(errors)).toEqual([]);
  });

  test("a slow reply: Posting…, text kept; leaving mid-request keeps the draft until the server confirmed", async ({
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const title = `Draft slow ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "This will take a moment.");
    let released = false;
    await page.route(POSTS_URL, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      await new Promise((r) => setTimeout(r, 3000));
      released = true;
      await route.continue().catch(() => {});
    });
    await postButton(page).click();
    await expect(postButton(page)).toHaveText("Posting…");
    await expect(postButton(page)).toBeDisabled();
    await expect(titleField(page)).toHaveValue(title);
    // Leave for the group's About page while the request is in flight.
    await page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "About" }).click();
    await expect(page).toHaveURL(/\/g\/hiking\/about$/);
    expect(released).toBe(false);
    expect((await draftFor(page, "carol", POST_CTX))?.fields?.title).toBe(title);
    // Once the server has the post, the draft goes.
    await expect.poll(() => countPosts(request, token, "hiking", title), { timeout: 10_000 }).toBe(1);
    await expectNoDraft(page, "carol", POST_CTX);
    await page.goBack();
    await expect(page).toHaveURL(/\/g\/hiking$/);
    await expect(page.getByRole("feed", { name: "Posts" }).getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("button", { name: "Start a new post…" })).toBeVisible();
    await expect(titleField(page)).toHaveCount(0);
    expect(await countPosts(request, token, "hiking", title)).toBe(1);
    expect(real(errors)).toEqual([]);
  });

  test("a malformed reply: could not be read, draft kept; the retry creates no second post", async ({ page, request }) => {
    const errors = watchErrors(page);
    const title = `Draft malformed ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "The answer gets cut short.");
    const keys = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/v1/groups/hiking/posts")) keys.push(r.headers()["idempotency-key"]);
    });
    await page.route(POSTS_URL, async (route) => {
      if (route.request().method() !== "POST") return route.fallback();
      const resp = await route.fetch();
      const text = await resp.text();
      await route.fulfill({ response: resp, body: text.slice(0, Math.floor(text.length / 2)) });
    });
    await postButton(page).click();
    await expect(formMessage(page)).toContainText("could not be read");
    await expect(titleField(page)).toHaveValue(title);
    const kept = await draftFor(page, "carol", POST_CTX);
    expect(kept.fields.body).toBe("The answer gets cut short.");
    expect(kept.idempotency_key).toBe(keys[0]);
    expect(await countPosts(request, token, "hiking", title)).toBe(1);
    // Even after a reload, the retry carries the same key: the server replays, creates nothing.
    await page.unroute(POSTS_URL);
    await page.reload();
    await expect(titleField(page)).toHaveValue(title);
    await postAndExpectSuccess(page, title);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await countPosts(request, token, "hiking", title)).toBe(1);
    expect(real(errors)).toEqual([]);
  });

  test("two tabs share the draft live, the newest edit wins, sending in one clears the other", async ({
    page,
    context,
    request,
  }) => {
    const errors = watchErrors(page);
    const title = `Draft two tabs ${uid()}`;
    await openComposer(page);
    const other = await context.newPage();
    const otherErrors = watchErrors(other);
    await openComposer(other);

    await titleField(page).fill(title);
    await expect(titleField(other)).toHaveValue(title);
    await expect(other.locator(".composer .draft-status")).toHaveText("Updated with your edits from another tab.");
    await bodyField(other).fill("Body from the second tab.");
    await expect(bodyField(page)).toHaveValue("Body from the second tab.");
    await expect(titleField(page)).toHaveValue(title);
    // Edits in turn: the last one wins everywhere, and storage holds one whole draft.
    await bodyField(page).fill("First tab again.");
    await expect(bodyField(other)).toHaveValue("First tab again.");
    await bodyField(other).fill("Second tab has the last word.");
    await expect(bodyField(page)).toHaveValue("Second tab has the last word.");
    await expectDraftField(page, "carol", POST_CTX, "body", "Second tab has the last word.");
    const stored = await draftFor(page, "carol", POST_CTX);
    expect(stored.fields).toEqual({ title, body: "Second tab has the last word." });
    expect(Object.keys(await drafts(page))).toEqual([POST_KEY]);
    await expect(titleField(other)).toHaveValue(title);

    // Send from the second tab; the first tab's composer empties.
    await postAndExpectSuccess(other, title);
    await expect(titleField(page)).toHaveValue("");
    await expect(bodyField(page)).toHaveValue("");
    await expectNoDraft(page, "carol", POST_CTX);
    expect(await countPosts(request, token, "hiking", title)).toBe(1);
    expect(errors).toEqual([]);
    expect(otherErrors).toEqual([]);
  });

  test("full storage: a visible warning, the app keeps working, other drafts untouched", async ({ page, request }) => {
    const errors = watchErrors(page);
    const post = await createPost(request, token, "hiking", `Quota target ${uid()}`);
    // Another draft first: a comment on that post.
    await page.goto(`/g/hiking/p/${post.id}`);
    await page.getByLabel("Add a comment").fill("Keep this comment draft.");
    await expectDraftField(page, "carol", `comment:${post.id}:root`, "body", "Keep this comment draft.");
    const before = (await drafts(page))[`kith.draft.self|carol|comment:${post.id}:root`];

    await openComposer(page);
    const filled = await page.evaluate(() => {
      let n = 0;
      for (const size of [512 * 1024, 64 * 1024, 4096, 256, 16, 1]) {
        const chunk = "x".repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`e2e-filler-${n}`, chunk);
            n++;
          } catch (e) {
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(5);
    const title = `Draft quota ${uid()}`;
    await titleField(page).fill(title);
    await expect(status(page)).toContainText("Browser storage is full, so this draft is not saved");
    await expect(status(page)).toHaveClass(/warning/);
    await expect(titleField(page)).toHaveValue(title);
    expect(await draftFor(page, "carol", POST_CTX)).toBeNull();
    expect((await drafts(page))[`kith.draft.self|carol|comment:${post.id}:root`]).toBe(before);
    // The app keeps working: navigate and come back.
    await page.getByRole("navigation", { name: "Group sections" }).getByRole("link", { name: "Members" }).click();
    await appReady(page);
    await page.goBack();
    await appReady(page);

    // Room again: the next edit is saved.
    await page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith("e2e-filler-")) localStorage.removeItem(k);
    });
    await openComposer(page);
    await typePost(page, title, "Saved once there is room.");
    expect((await drafts(page))[`kith.draft.self|carol|comment:${post.id}:root`]).toBe(before);
    expect(errors).toEqual([]);
  });

  test("a corrupt draft: a warning in its composer, others fine, listed as unreadable with Discard", async ({
    page,
    request,
  }) => {
    const errors = watchErrors(page);
    const post = await createPost(request, token, "hiking", `Corrupt neighbour ${uid()}`);
    await page.goto("/drafts");
    await appReady(page);
    const commentKey = `kith.draft.self|carol|comment:${post.id}:root`;
    await page.evaluate(
      ([bad, good, url]) => {
        localStorage.setItem(bad, '{"label": "New post", "fields": {"title": "trunc');
        localStorage.setItem(
          good,
          JSON.stringify({
            label: "Comment on a post",
            url,
            fields: { body: "A healthy draft." },
            idempotency_key: null,
            updated_at: Date.now() - 120_000,
            tab: "elsewhere",
          }),
        );
      },
      [POST_KEY, commentKey, `/g/hiking/p/${post.id}`],
    );
    await page.reload();
    await appReady(page);
    const items = page.locator(".draft-list > li");
    await expect(items).toHaveCount(2);
    const bad = items.filter({ hasText: "An unreadable draft" });
    await expect(bad).toContainText("damaged");
    await expect(items.filter({ hasText: "A healthy draft." })).toBeVisible();

    // Its composer warns, and starts fresh; the healthy draft's composer restores it.
    await page.goto("/g/hiking");
    await expect(status(page)).toContainText("unreadable");
    await expect(status(page)).toHaveClass(/warning/);
    await expect(titleField(page)).toHaveValue("");
    await page.goto(`/g/hiking/p/${post.id}`);
    await expect(page.getByLabel("Add a comment")).toHaveValue("A healthy draft.");

    await page.goto("/drafts");
    await bad.getByRole("button", { name: "Discard it" }).click();
    await expect(items).toHaveCount(1);
    const left = await drafts(page);
    expect(left[POST_KEY]).toBeUndefined();
    expect(JSON.parse(left[commentKey]).fields.body).toBe("A healthy draft.");
    expect(errors).toEqual([]);
  });
});

test.describe("other composers", () => {
  test.beforeEach(async ({ context, request }) => {
    token = await loginAs(context, request, "carol");
  });

  test("a comment draft survives a reload and going offline, then is sent once", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const post = await createPost(request, token, "hiking", `Comment drafts ${uid()}`);
    const ctx = `comment:${post.id}:root`;
    await page.goto(`/g/hiking/p/${post.id}`);
    const field = page.getByLabel("Add a comment");
    const form = page.locator(".comments > form.comment-composer");
    await field.fill("A thought I must not lose.");
    await expect(form.locator(".draft-status")).toContainText("Draft saved on this device.");
    await page.reload();
    await expect(field).toHaveValue("A thought I must not lose.");
    await expect(form.locator(".draft-status")).toContainText("Restored your draft");
    await context.setOffline(true);
    await form.getByRole("button", { name: "Comment" }).click();
    // Offline, the comment moves from the draft to the outbox and shows as pending.
    await expect(page.locator(".pending-items")).toContainText("A thought I must not lose.");
    await expectNoDraft(page, "carol", ctx);
    await context.setOffline(false);
    await expect(page.locator(".thread .comment-body").first()).toHaveText("A thought I must not lose.", { timeout: 20_000 });
    await expect(page.locator(".pending-items")).toHaveCount(0);
    const list = await (await request.get(`${API}/posts/${post.id}/comments`, { headers: auth(token) })).json();
    expect(list.items.map((c) => c.body)).toEqual(["A thought I must not lose."]);
    expect(real(errors)).toEqual([]);
  });

  test("the new-group form's draft survives a reload and a 500, then creates the group", async ({ page }) => {
    const errors = watchErrors(page);
    const name = `Draft Walkers ${uid()}`;
    await page.goto("/new-group");
    await appReady(page);
    await page.locator("#group-name").fill(name);
    await page.locator("#group-purpose").fill("Walking while drafting, and drafting while walking.");
    await page.locator("#group-topics").getByText("writing", { exact: true }).click();
    await page.locator("#group-region").fill("Online");
    await page.getByLabel(/^Private/).check();
    await expect(page.locator(".group-form .draft-status")).toContainText("Draft saved on this device.");
    await page.reload();
    await expect(page.locator("#group-name")).toHaveValue(name);
    await expect(page.locator("#group-purpose")).toHaveValue("Walking while drafting, and drafting while walking.");
    await expect(page.locator("#group-topics").getByRole("checkbox", { name: "writing" })).toBeChecked();
    await expect(page.locator("#group-region")).toHaveValue("Online");
    await expect(page.getByLabel(/^Private/)).toBeChecked();
    await expect(page.locator(".group-form .draft-status")).toContainText("Restored your draft");

    await page.route("**/api/v1/groups", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 500,
            contentType: "application/problem+json",
            body: JSON.stringify({ type: "about:blank", title: "Internal Server Error", status: 500 }),
          })
        : route.fallback(),
    );
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.locator(".group-form .form-message")).toContainText("error 500");
    await expect(page.locator("#group-name")).toHaveValue(name);
    expect((await draftFor(page, "carol", "group:new")).fields.name).toBe(name);
    await page.unroute("**/api/v1/groups");
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.locator("main h1")).toHaveText(name);
    await expect(page.locator(".group-header")).toContainText("Private group");
    await expectNoDraft(page, "carol", "group:new");
    expect(real(errors)).toEqual([]);
  });
});

test.describe("the drafts page", () => {
  test("lists drafts with context and age; Resume opens the composer, Discard removes", async ({
    page,
    context,
    request,
  }) => {
    const errors = watchErrors(page);
    token = await loginAs(context, request, "carol");
    const post = await createPost(request, token, "hiking", `Drafts page ${uid()}`);
    const title = `Listed draft ${uid()}`;
    await openComposer(page);
    await typePost(page, title, "To be resumed.");
    await page.goto(`/g/hiking/p/${post.id}`);
    await page.getByLabel("Add a comment").fill("To be discarded.");
    await expectDraftField(page, "carol", `comment:${post.id}:root`, "body", "To be discarded.");

    await page.getByRole("link", { name: "Drafts" }).first().click();
    await expect(page.locator("main h1")).toHaveText("Drafts");
    const items = page.locator(".draft-list > li");
    await expect(items).toHaveCount(2);
    // Newest first: the comment, then the post.
    await expect(items.nth(0).locator(".draft-label")).toHaveText(`Comment on “${post.title}”`);
    await expect(items.nth(0).locator(".excerpt")).toHaveText("To be discarded.");
    await expect(items.nth(1).locator(".draft-label")).toHaveText("New post in Hiking Berlin & Brandenburg");
    await expect(items.nth(1).locator(".excerpt")).toHaveText(title);
    for (const i of [0, 1]) await expect(items.nth(i).locator(".meta")).toHaveText(/^Last edited (just now|\d+ (second|minute)s? ago)/);

    await items.nth(0).getByRole("button", { name: "Discard" }).click();
    await expect(items).toHaveCount(1);
    expect(await draftFor(page, "carol", `comment:${post.id}:root`)).toBeNull();
    await items.nth(0).getByRole("link", { name: "Resume" }).click();
    await expect(page).toHaveURL(/\/g\/hiking$/);
    await expect(titleField(page)).toHaveValue(title);
    await expect(bodyField(page)).toHaveValue("To be resumed.");
    await page.goto(`/g/hiking/p/${post.id}`);
    await expect(page.getByLabel("Add a comment")).toHaveValue("");
    expect(errors).toEqual([]);
  });
});
