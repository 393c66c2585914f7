// Notifications (issue 14), as a member notices them: the bell that counts without a reload,
// the inbox and its filters, how much a group may tell, blocking, "new posts" above a feed, and
// a web push shown and clicked through the service worker. Each test makes its own groups; the
// member who reads the notifications is one fresh account per worker (the server allows only so
// many sign-ups per address, and the whole suite shares them), brought back to nothing unread and
// nobody blocked before each test. The demo users bob and dave only act.
import { test as base, expect } from "@playwright/test";
import { baseURL } from "../../playwright.config.js";
import { appReady, watchErrors } from "./helpers.js";
import {
  API,
  apiLogin,
  auth,
  createComment,
  createGroup,
  createPost,
  joinGroup,
  liveStreamOpened,
  notificationsOf,
  registerMember,
  startLoggedIn,
  uid,
  unreadCount,
} from "./kith.js";

const test = base.extend({
  reader: [
    async ({ playwright }, use) => {
      const request = await playwright.request.newContext({ baseURL });
      const member = await registerMember(request, "alice");
      await request.dispose();
      await use(member);
    },
    { scope: "worker" },
  ],
});

test.describe.configure({ mode: "parallel" });

const bell = (page) => page.locator("header a.bell");
const bellSays = (n) => (n === 0 ? "Notifications" : `Notifications, ${n} unread`);
const notes = (page) => page.locator("li.note");
const demo = async (request, username) => ({ ...(await apiLogin(request, username)), username });

/** The reader with nothing unread and nobody blocked. */
async function fresh(request, reader) {
  const [newest] = await notificationsOf(request, reader.token);
  if (newest) {
    const resp = await request.post(`${API}/notifications/read`, { headers: auth(reader.token), data: { up_to: newest.id } });
    expect(resp.status()).toBe(200);
  }
  const resp = await request.delete(`${API}/me/blocks/dave`, { headers: auth(reader.token) });
  expect(resp.status()).toBe(204);
  expect(await unreadCount(request, reader.token)).toBe(0);
  return reader;
}

/** The reader (`owner`, nothing unread) with a new group, and bob in it. */
async function twoInAGroup(request, reader) {
  const owner = await fresh(request, reader);
  const other = await demo(request, "bob");
  const group = await createGroup(request, owner);
  await joinGroup(request, other, group.slug);
  return { owner, other, group };
}

/** The reader's notifications about this group, from the API. */
async function notificationsIn(request, reader, slug) {
  return (await notificationsOf(request, reader.token)).filter((n) => n.group?.slug === slug);
}

/** Opens `path` logged in (the context's session) and waits for the app and its live stream. */
async function openLive(page, path) {
  const live = liveStreamOpened(page);
  await page.goto(path);
  await appReady(page);
  // The live connection loads at a member's first touch, key or scroll (or after 10 s).
  await page.keyboard.press("Shift");
  await live;
}

test("the bell counts a new comment without a reload; the inbox item opens the post at the comment", { tag: "@smoke" }, async ({
  page,
  context,
  request,
  reader,
}) => {
  const errors = watchErrors(page);
  const { owner: alice, other: bob, group } = await twoInAGroup(request, reader);
  // Long enough that the comments start below the fold: "at the comment" means scrolled there.
  const long = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} of a long walk report.`).join("\n\n");
  const post = await createPost(request, alice.token, group.slug, `Long walk ${uid()}`, long);
  await startLoggedIn(context, alice);
  await openLive(page, "/discover");
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(0));

  const comment = await createComment(request, bob.token, post.id, "What a walk, thanks for writing it up.");
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(1), { timeout: 5_000 });
  await expect(bell(page).locator(".bell-count")).toHaveText("1");
  await expect(page).toHaveURL(/\/discover$/); // no reload, no navigation

  await bell(page).click();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(page.getByRole("heading", { level: 2, name: "Today" })).toBeVisible();
  await expect(page.locator("li.note.unread")).toHaveCount(1);
  const item = notes(page).first();
  await expect(item).toHaveClass(/\bunread\b/);
  await expect(item).toContainText(`${bob.me.display_name} commented on your post in ${group.name}`);
  await expect(item).toContainText("What a walk");

  await item.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/p/${post.id}#comment-${comment.id}$`));
  await expect(page.locator("main h1")).toHaveText(post.title);
  const target = page.locator(`#comment-${comment.id}`);
  await expect(target).toContainText("What a walk");
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(0));
  await expect(bell(page).locator(".bell-count")).toHaveCount(0);
  expect(await unreadCount(request, alice.token)).toBe(0);
  // Opened "at the comment": the comment is on screen, not 40 paragraphs further down. (Soft:
  // the rest of the test still runs.)
  await expect.soft(target, "the comment is scrolled into view").toBeInViewport({ timeout: 5_000 });

  await page.goBack();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(notes(page).first()).toContainText("What a walk");
  await expect(notes(page).first()).not.toHaveClass(/\bunread\b/);
  await expect(page.locator("li.note.unread")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("Mark all as read clears the unread look and the count; the filters live in the URL", async ({
  page,
  context,
  request,
  reader,
}) => {
  const { owner: alice, other: bob, group: g1 } = await twoInAGroup(request, reader);
  const g2 = await createGroup(request, alice);
  await joinGroup(request, bob, g2.slug);
  const p1 = await createPost(request, alice.token, g1.slug, `In the first ${uid()}`);
  const p2 = await createPost(request, alice.token, g2.slug, `In the second ${uid()}`);
  await createComment(request, bob.token, p1.id, "A reply in the first group.");
  await createComment(request, bob.token, p2.id, "A reply in the second group.");
  await startLoggedIn(context, alice);
  // The items about this test's two groups (the reader has older, read ones).
  const ours = notes(page).filter({ hasText: new RegExp(`${g1.name}|${g2.name}`) });

  await openLive(page, "/notifications");
  await expect(ours).toHaveCount(2);
  await expect(page.locator("li.note.unread")).toHaveCount(2);
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(2));

  const markAll = page.getByRole("button", { name: "Mark all as read" });
  await markAll.click();
  await expect(page.locator("li.note.unread")).toHaveCount(0);
  await expect(ours).toHaveCount(2);
  await expect(page.getByText("Unread:")).toHaveCount(0);
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(0));
  await expect(bell(page).locator(".bell-count")).toHaveCount(0);
  await expect(markAll).toBeDisabled();
  await expect.poll(() => unreadCount(request, alice.token)).toBe(0);

  // A new one arrives while the inbox is open: on top, unread.
  await createComment(request, bob.token, p2.id, `Another reply ${uid()}`);
  await expect(ours).toHaveCount(3);
  await expect(notes(page).first()).toHaveClass(/\bunread\b/);
  await expect(notes(page).first()).toContainText(g2.name);
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(1));

  // The list's contents after each change are soft checks, so one wrong list does not hide
  // whether the URL, a reload and Back still hold the filters.
  test.setTimeout(60_000);
  const soon = { timeout: 5_000 };
  const unreadOnly = page.getByLabel("Unread only");
  const groupSelect = page.locator("#inbox-group");
  await unreadOnly.check();
  await expect(page).toHaveURL(/\/notifications\?unread=1$/);
  await expect.soft(notes(page), "unread only, changed in the page").toHaveCount(1, soon);

  await groupSelect.selectOption(g1.slug);
  await expect(page).toHaveURL(new RegExp(`/notifications\\?group=${g1.slug}&unread=1$`));
  await expect.soft(notes(page)).toHaveCount(0, soon);
  await expect.soft(page.getByText("Nothing yet."), "the empty inbox says so").toBeVisible(soon);

  await groupSelect.selectOption(g2.slug);
  await expect(page).toHaveURL(new RegExp(`/notifications\\?group=${g2.slug}&unread=1$`));
  await expect.soft(notes(page), "the second group, unread only, changed in the page").toHaveCount(1, soon);

  await page.reload();
  await appReady(page);
  await expect(unreadOnly).toBeChecked();
  await expect.soft(groupSelect, "the group picked, after a reload").toHaveValue(g2.slug, soon);
  await expect(notes(page), "after a reload").toHaveCount(1);
  await expect(notes(page).first()).toContainText(g2.name);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`group=${g1.slug}&unread=1$`));
  await expect(groupSelect).toHaveValue(g1.slug);
  await expect(unreadOnly).toBeChecked();
  await expect.soft(notes(page)).toHaveCount(0, soon);

  await page.goBack();
  await expect(page).toHaveURL(/\/notifications\?unread=1$/);
  await expect(groupSelect).toHaveValue("");
  await expect.soft(notes(page), "Back to unread only, all groups").toHaveCount(1, soon);

  await page.goBack();
  await expect(page).toHaveURL(/\/notifications$/);
  await expect(unreadOnly).not.toBeChecked();
  await expect.soft(ours, "Back to the whole inbox").toHaveCount(3, soon);
});

test("a group set to 'Nothing (muted)' stays so after a reload and tells nothing; 'Every new post' tells each post", async ({
  page,
  context,
  request,
  reader,
}) => {
  const { owner: alice, other: bob, group } = await twoInAGroup(request, reader);
  await startLoggedIn(context, alice);
  await openLive(page, `/g/${group.slug}`);
  // The group's header says the level and leads to the picker on the About page.
  const headerLink = page.locator(".notify-link a");
  await expect(headerLink).toHaveText("Notifications: Replies, mentions and events");
  await headerLink.click();
  await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/about#notifications$`));
  const picker = page.getByLabel("Tell me about");
  await expect(picker).toHaveValue("default");

  await picker.selectOption({ label: "Nothing (muted)" });
  await expect(page.locator(".notify-level [role=status]")).toHaveText("Saved");
  const level = async () =>
    (await (await request.get(`${API}/groups/${group.slug}`, { headers: auth(alice.token) })).json())
      .my_notification_level;
  expect(await level()).toBe("muted");
  const live = liveStreamOpened(page);
  await page.reload();
  await appReady(page);
  await page.keyboard.press("Shift");
  await live;
  await expect(picker).toHaveValue("muted");
  await expect(headerLink).toHaveText("Notifications: Nothing (muted)");

  // The group's first post (at "default" it would tell, after a quiet spell), with a mention.
  const quiet = await createPost(request, bob.token, group.slug, `While muted ${uid()}`, "Hello @" + alice.username);

  await picker.selectOption({ label: "Every new post" });
  await expect(page.locator(".notify-level [role=status]")).toHaveText("Saved");
  expect(await level()).toBe("all");
  const loud = await createPost(request, bob.token, group.slug, `While listening ${uid()}`);
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(1), { timeout: 5_000 });
  const items = await notificationsIn(request, alice, group.slug);
  expect(items.map((n) => [n.kind, n.target.id])).toEqual([["new_post", loud.id]]);
  expect(items.some((n) => n.target.id === quiet.id)).toBe(false);
});

test("a blocked member's posts and comments fold away and their mentions and replies tell nothing", async ({
  page,
  context,
  request,
  reader,
}) => {
  const errors = watchErrors(page);
  const { owner: alice, other: bob, group } = await twoInAGroup(request, reader);
  const pest = await demo(request, "dave");
  await joinGroup(request, pest, group.slug);
  const mine = await createPost(request, alice.token, group.slug, `Alice asks ${uid()}`);
  const theirs = await createPost(request, pest.token, group.slug, `Pest says ${uid()}`);
  await startLoggedIn(context, alice);

  await openLive(page, `/u/${pest.username}`);
  await page.getByRole("button", { name: "Block this member" }).click();
  await expect(page.locator(".block-member [role=alert]")).toContainText(`Block @${pest.username}?`);
  await page.getByRole("button", { name: "Block", exact: true }).click();
  await expect(page.getByText("You have blocked this member")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unblock" })).toBeVisible();
  const blocks = await (await request.get(`${API}/me/blocks`, { headers: auth(alice.token) })).json();
  expect(blocks.items.map((u) => u.username)).toEqual([pest.username]);

  // What they say now tells alice nothing; bob's reply, made after, does.
  await createPost(request, pest.token, group.slug, `Hey @${alice.username} ${uid()}`, `@${alice.username} look`);
  const pestComment = await createComment(request, pest.token, mine.id, `Pest replies, @${alice.username}.`);
  await createComment(request, bob.token, mine.id, "Bob replies.");
  await expect(bell(page)).toHaveAttribute("aria-label", bellSays(1), { timeout: 5_000 });
  await expect.poll(() => unreadCount(request, alice.token)).toBe(1);
  const items = await notificationsIn(request, alice, group.slug);
  expect(items.map((n) => n.actor?.username)).toEqual([bob.username]);

  await page.goto(`/g/${group.slug}`);
  await appReady(page);
  await expect(page.getByRole("link", { name: mine.title })).toBeVisible();
  const folded = page.locator(".post-card", { hasText: "A post by a member you blocked." });
  await expect(folded).toHaveCount(2);
  await expect(page.getByRole("link", { name: theirs.title })).toHaveCount(0);
  await folded.last().getByRole("button", { name: "Show it" }).click();
  await expect(page.getByRole("link", { name: theirs.title })).toBeVisible();

  await page.goto(`/g/${group.slug}/p/${mine.id}`);
  await appReady(page);
  await expect(page.getByText("Bob replies.")).toBeVisible();
  const foldedComment = page.locator(`#comment-${pestComment.id}`);
  await expect(foldedComment).toContainText("A comment by a member you blocked.");
  await expect(foldedComment).not.toContainText("Pest replies");
  await foldedComment.getByRole("button", { name: "Show it" }).click();
  await expect(foldedComment).toContainText("Pest replies");
  expect(errors).toEqual([]);
});

test("a post made while the feed is open shows as '1 new post · show', and Show puts it in the feed", async ({
  page,
  context,
  request,
  reader,
}) => {
  const { owner: alice, other: bob, group } = await twoInAGroup(request, reader);
  const first = await createPost(request, alice.token, group.slug, `Already here ${uid()}`);
  await startLoggedIn(context, alice);
  await openLive(page, `/g/${group.slug}`);
  await expect(page.getByRole("link", { name: first.title })).toBeVisible();
  await expect(page.locator(".new-posts-button")).toHaveCount(0);

  const fresh = await createPost(request, bob.token, group.slug, `Just posted ${uid()}`);
  const button = page.locator(".new-posts-button");
  await expect(button).toHaveText("1 new post · show", { timeout: 5_000 });
  // The feed does not jump under the reader: the post waits for the click.
  await expect(page.getByRole("link", { name: fresh.title })).toHaveCount(0);
  await button.click();
  await expect(page.getByRole("link", { name: fresh.title })).toBeVisible();
  await expect(button).toHaveCount(0);
  await expect(page.getByRole("link", { name: first.title })).toBeVisible();
});

test.describe("web push through the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("a push shows a notification, and clicking it opens its page in the open window", async ({
    page,
    context,
    request,
    reader,
  }) => {
    const errors = watchErrors(page);
    const { owner: alice, other: bob, group } = await twoInAGroup(request, reader);
    const post = await createPost(request, bob.token, group.slug, `Pushed ${uid()}`, `Hello @${alice.username}`);
    const origin = new URL(baseURL).origin;
    await context.grantPermissions(["notifications"], { origin });
    await startLoggedIn(context, alice);

    const cdp = await context.newCDPSession(page);
    const registrations = [];
    cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => registrations.push(...e.registrations));
    await cdp.send("ServiceWorker.enable");

    // The app open a while (its live connection is up), as when a member gets a push.
    await openLive(page, "/discover");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await page.evaluate(() => Notification.permission)).toBe("granted");
    const registration = () => registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
    await expect.poll(() => registration()?.registrationId).toBeTruthy();

    // What the server sends (a PushMessage), delivered by DevTools as a push service would: the
    // real `push` event in the real service worker.
    const push = (message) =>
      cdp.send("ServiceWorker.deliverPushMessage", {
        origin,
        registrationId: registration().registrationId,
        data: JSON.stringify(message),
      });
    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
          title: n.title,
          body: n.body,
          tag: n.tag,
          url: n.data && n.data.url,
        })),
      );
    // Chromium offers no way to click a notification from a test (no DevTools command; headless
    // shows none), so the click is dispatched inside the worker: a NotificationEvent for the
    // notification the push showed, to the real `notificationclick` handler. One difference
    // from a real click: a script-made event is untrusted, so its `waitUntil` throws
    // (InvalidStateError, reported as the worker's error, not to dispatchEvent). The handler
    // builds its promise before calling `waitUntil`, so its work (close, find the window, post
    // KITH_OPEN) runs all the same; only keeping the worker alive for it is not exercised.
    const click = async () => {
      const [worker] = context.serviceWorkers();
      expect(worker, "the service worker, as Playwright sees it").toBeTruthy();
      return worker.evaluate(async () => {
        const [n] = await self.registration.getNotifications();
        if (!n) return "no notification";
        self.dispatchEvent(new NotificationEvent("notificationclick", { notification: n }));
        return n.data.url;
      });
    };

    const url = `/g/${group.slug}/p/${post.id}`;
    const title = `${bob.me.display_name} mentioned you`;
    await push({ title, body: "Hello", url, unread: 3, id: 1 });
    await expect.poll(shown).toEqual([{ title, body: "Hello", tag: "kith", url }]);
    expect(await click()).toBe(url);
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    await expect(page.locator("main h1")).toHaveText(post.title);
    expect(context.pages()).toHaveLength(1);
    // The click closes the notification.
    await expect.poll(shown).toEqual([]);
    expect(errors).toEqual([]);

    // A click soon after the window (re)loaded opens the page too: the window the worker picks
    // has to follow it whenever the click comes. (Soft: reported apart from the above.)
    await page.goto("/discover");
    await appReady(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const groupUrl = `/g/${group.slug}`;
    await push({ title: "New post in your group", body: "", url: groupUrl, unread: 1, id: 2 });
    await expect.poll(shown).toEqual([{ title: "New post in your group", body: "", tag: "kith", url: groupUrl }]);
    expect(await click()).toBe(groupUrl);
    await expect
      .soft(page, "a click right after the page loaded opens the pushed page")
      .toHaveURL(new RegExp(`${groupUrl}$`), { timeout: 8_000 });
    expect(context.pages()).toHaveLength(1);
  });
});
