// A member's first hour (issue 13): what a newcomer trips over, tried as they would. Each test
// makes its own members and groups, so tests sharing the demo server never meet.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";
import { API, auth, registerMember, startLoggedIn, createGroup } from "./kith.js";

test.describe.configure({ mode: "parallel" });

const header = (page) => page.locator(".group-header");
const memberCount = async (page) => Number((await header(page).locator(".meta").innerText()).match(/(\d+) members?/)[1]);

test.describe("membership reaches the whole page at once", () => {
  test("Join and Leave change the composer, the notice and the count without a reload", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const owner = await registerMember(request, "owner");
    const group = await createGroup(request, owner);
    const newcomer = await registerMember(request, "newbie");
    await startLoggedIn(context, newcomer);

    await page.goto(`/g/${group.slug}`);
    await appReady(page);
    await expect(header(page).locator(".meta")).toContainText("1 member");
    await expect(page.getByText("Join the group to post here.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start a new post…" })).toHaveCount(0);

    await header(page).locator(".join-button").click();
    await expect(page.getByRole("button", { name: "Start a new post…" })).toBeVisible();
    await expect(page.getByText("Join the group to post here.")).toHaveCount(0);
    await expect(header(page).locator(".meta")).toContainText("2 members");

    await header(page).locator(".join-button").click();
    // Leaving asks first; "Stay" changes nothing.
    const confirm = header(page).getByRole("alertdialog");
    await expect(confirm).toContainText(`Leave ${group.name}?`);
    await confirm.getByRole("button", { name: "Stay" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(header(page).locator(".join-button")).toHaveText("Leave");
    await header(page).locator(".join-button").click();
    await header(page).getByRole("button", { name: "Leave group" }).click();
    await expect(header(page).locator(".join-button")).toHaveText("Join");
    await expect(page.getByText("Join the group to post here.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start a new post…" })).toHaveCount(0);
    await expect(header(page).locator(".meta")).toContainText("1 member");
    expect(errors).toEqual([]);
  });

  test("a join on a Discover card counts the member on the card", async ({ page, context, request }) => {
    const owner = await registerMember(request, "owner");
    const group = await createGroup(request, owner);
    await startLoggedIn(context, await registerMember(request, "newbie"));
    await page.goto(`/discover?q=${encodeURIComponent(group.name)}`);
    await appReady(page);
    const card = page.locator(".group-card", { hasText: group.name });
    await expect(card.locator(".meta")).toContainText("1 member");
    await card.locator(".join-button").click();
    await expect(card.locator(".join-button")).toHaveText("Leave");
    await expect(card.locator(".meta")).toContainText("2 members");
  });

  test("a request to a private group says it is waiting, and an approval counts the new member", async ({ browser, request }) => {
    const owner = await registerMember(request, "owner");
    const group = await createGroup(request, owner, { visibility: "private" });
    const asker = await registerMember(request, "asker");

    const askerContext = await browser.newContext();
    await startLoggedIn(askerContext, asker);
    const page = await askerContext.newPage();
    const errors = watchErrors(page);
    await page.goto(`/g/${group.slug}`);
    await appReady(page);
    await expect(page.locator(".notice", { hasText: "Ask to join above." })).toBeVisible();
    await header(page).locator(".join-button").click();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.locator(".notice", { hasText: "Your request to join is waiting for a moderator." })).toBeVisible();
    await expect(page.locator(".notice", { hasText: "Ask to join above." })).toHaveCount(0);
    await expect
      .poll(async () => (await (await request.get(`${API}/groups/${group.slug}`, { headers: auth(asker.token) })).json()).my_request_pending)
      .toBe(true);
    expect(errors).toEqual([]);

    const ownerContext = await browser.newContext();
    await startLoggedIn(ownerContext, owner);
    const mod = await ownerContext.newPage();
    await mod.goto(`/g/${group.slug}/mod?tab=requests`);
    await appReady(mod);
    await expect(header(mod).locator(".meta")).toContainText("1 member");
    await mod.getByRole("button", { name: `Approve ${asker.me.display_name}` }).click();
    await expect(mod.locator(".mod-outcome")).toContainText("is now a member");
    await expect(header(mod).locator(".meta")).toContainText("2 members");
    expect(await memberCount(mod)).toBe(2);
    await askerContext.close();
    await ownerContext.close();
  });
});

test.describe("long unbroken words never widen a page", () => {
  test("at 360 px no page scrolls sideways, whatever the titles and names", async ({ page, context, request }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    const owner = await registerMember(request, "longo");
    const word = (n, c) => c.repeat(n);
    const group = await createGroup(request, owner, { name: word(60, "G") });
    const post = await (
      await request.post(`${API}/groups/${group.slug}/posts`, {
        headers: auth(owner.token),
        data: { title: word(200, "T"), body: `${word(300, "b")}\n\n- ${word(120, "l")}` },
      })
    ).json();
    await request.post(`${API}/posts/${post.id}/comments`, { headers: auth(owner.token), data: { body: word(400, "c") } });
    const start = new Date(Date.now() + 2 * 86400e3);
    start.setUTCHours(17, 0, 0, 0);
    const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
    const event = await (
      await request.post(`${API}/groups/${group.slug}/events`, {
        headers: auth(owner.token),
        data: {
          title: word(120, "E"),
          starts_at: iso(start),
          ends_at: iso(new Date(start.getTime() + 3600e3)),
          time_zone: "Europe/Berlin",
          location: word(120, "L"),
        },
      })
    ).json();
    expect(event.id, JSON.stringify(event)).toBeTruthy();
    const reporter = await registerMember(request, "rep");
    await request.post(`${API}/groups/${group.slug}/join`, { headers: auth(reporter.token), data: {} });
    await request.post(`${API}/reports`, { headers: auth(reporter.token), data: { target: { kind: "post", id: post.id }, reason: word(200, "R") } });
    await startLoggedIn(context, owner);
    await page.setViewportSize({ width: 360, height: 780 });

    const pages = [
      ["/", ".post-card"],
      [`/g/${group.slug}`, ".post-card"],
      [`/g/${group.slug}/p/${post.id}`, ".comment"],
      [`/g/${group.slug}/events?view=agenda`, ".agenda-item"],
      [`/g/${group.slug}/events?view=month`, ".month-grid"],
      [`/g/${group.slug}/e/${event.id}`, "main h1"],
      ["/calendar?view=agenda", ".agenda-item"],
      [`/discover?q=${"G".repeat(20)}`, ".group-card"],
      [`/g/${group.slug}/mod`, ".report-list > li"],
      [`/g/${group.slug}/about`, "main h1"],
      [`/g/${group.slug}/members`, "main h1"],
    ];
    const wide = [];
    for (const [path, ready] of pages) {
      await page.goto(path);
      await appReady(page);
      await expect(page.locator(ready).first()).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width} px`);
    }
    expect(wide).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a title over the limit is kept whole, counted and refused with a clear message", async ({ page, context, request }) => {
    const owner = await registerMember(request, "titler");
    const group = await createGroup(request, owner);
    await startLoggedIn(context, owner);
    let sent = 0;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith(`/groups/${group.slug}/posts`)) sent++;
    });
    await page.goto(`/g/${group.slug}`);
    await appReady(page);
    await page.getByRole("button", { name: "Start a new post…" }).click();
    const title = page.getByLabel("Title");
    await title.fill("x".repeat(170));
    await expect(page.locator("#post-title-count")).toHaveText("30 characters left");
    await title.fill("x".repeat(210));
    await expect(title).toHaveValue("x".repeat(210));
    await expect(page.locator("#post-title-count")).toHaveText("10 characters too many: the limit is 200.");
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Post", { exact: true }).fill("A body.");
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await expect(page.locator("#post-title-error")).not.toBeEmpty();
    expect(sent).toBe(0);
  });
});

test.describe("deleted and removed posts in feeds", () => {
  test("without comments they leave the feeds; with comments they are tombstones without title or reactions", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const owner = await registerMember(request, "tomb");
    const group = await createGroup(request, owner);
    const reader = await registerMember(request, "reader");
    await request.post(`${API}/groups/${group.slug}/join`, { headers: auth(reader.token), data: {} });
    const post = async (title) =>
      (await request.post(`${API}/groups/${group.slug}/posts`, { headers: auth(owner.token), data: { title, body: `Body of ${title}` } })).json();
    const comment = (p) => request.post(`${API}/posts/${p.id}/comments`, { headers: auth(reader.token), data: { body: "A reply worth keeping." } });
    const lonely = await post("Lonely post to delete");
    const discussed = await post("Discussed post to delete");
    await comment(discussed);
    const removedLonely = await post("Lonely post a moderator removes");
    const removedDiscussed = await post("Discussed post a moderator removes");
    await comment(removedDiscussed);
    for (const p of [removedLonely, removedDiscussed]) {
      await request.post(`${API}/reports`, { headers: auth(reader.token), data: { target: { kind: "post", id: p.id }, reason: "Off topic" } });
      const queue = await (await request.get(`${API}/groups/${group.slug}/reports?status=open&limit=100`, { headers: auth(owner.token) })).json();
      const item = queue.items.find((i) => i.target.kind === "post" && i.target.id === p.id);
      const resolved = await request.post(`${API}/groups/${group.slug}/reports/${item.id}/resolve`, {
        headers: { ...auth(owner.token), "If-Match": item.etag },
        data: { action: "remove", reason: "Off topic here" },
      });
      expect(resolved.ok(), await resolved.text()).toBeTruthy();
    }
    const del = async (p) => {
      const fresh = await (await request.get(`${API}/posts/${p.id}`, { headers: auth(owner.token) })).json();
      const r = await request.delete(`${API}/posts/${p.id}`, { headers: { ...auth(owner.token), "If-Match": fresh.etag } });
      expect(r.status()).toBe(204);
    };
    await del(discussed);

    // The author deletes the lonely post where they read it, then goes back to the feed.
    await startLoggedIn(context, owner);
    await page.goto(`/g/${group.slug}/p/${lonely.id}`);
    await appReady(page);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.getByRole("button", { name: "Delete post" }).click();
    await expect(page.getByText("This post was deleted by its author.")).toBeVisible();
    await expect(page.locator(".post-actions .reactions, .post-actions button.reaction")).toHaveCount(0);

    for (const path of [`/g/${group.slug}`, "/"]) {
      await page.goto(path);
      await appReady(page);
      const cards = page.locator(".post-card");
      await expect(cards.first()).toBeVisible();
      const text = await page.locator("main").innerText();
      for (const gone of ["Lonely post to delete", "Discussed post to delete"]) {
        expect(text, `${path} still shows “${gone}”`).not.toContain(gone);
      }
      // The owner moderates: removed posts stay visible to them, marked, with nothing to react to.
      const marked = cards.filter({ hasText: "[Removed — visible to moderators]" });
      await expect(marked).toHaveCount(2);
      await expect(marked.locator("button.reaction")).toHaveCount(0);
      const tomb = cards.filter({ hasText: "Deleted post" });
      await expect(tomb).toHaveCount(1);
      await expect(tomb.locator("button.reaction")).toHaveCount(0);
      await expect(tomb.getByRole("link", { name: "1 comment" })).toBeVisible();
    }
    // A member (not a moderator) sees the removed discussion as a tombstone too.
    const readerPage = await (await page.context().browser().newContext()).newPage();
    await startLoggedIn(readerPage.context(), reader);
    await readerPage.goto(`/g/${group.slug}`);
    await appReady(readerPage);
    await expect(readerPage.locator(".post-card").first()).toBeVisible();
    const removed = readerPage.locator(".post-card", { hasText: "Removed by a moderator" });
    await expect(removed).toHaveCount(1);
    await expect(removed.locator("button.reaction")).toHaveCount(0);
    await expect(readerPage.locator("main")).not.toContainText("Lonely post a moderator removes");
    await expect(readerPage.locator("main")).not.toContainText("Discussed post a moderator removes");
    await readerPage.context().close();
    expect(errors).toEqual([]);
  });
});

test.describe("refused forms move focus to an error summary", () => {
  const focused = (page) => page.evaluate(() => ({ cls: document.activeElement?.className ?? "", id: document.activeElement?.id ?? "" }));

  test("new group: the summary takes focus, links to each field, and a taken address (409) is in it", async ({ page, context, request }) => {
    await startLoggedIn(context, await registerMember(request, "founder"));
    await page.goto("/new-group");
    await appReady(page);
    await expect(page.locator(".required-note")).toBeVisible();
    await expect(page.locator("#group-name")).toHaveAttribute("required", "");
    await page.getByRole("button", { name: "Create group" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeVisible();
    await expect.poll(async () => (await focused(page)).cls).toContain("error-summary");
    await expect(summary.getByRole("heading")).toHaveText(/There are \d+ problems/);
    expect(await axe(page)).toEqual([]);
    await summary.getByRole("link", { name: /^Name:/ }).click();
    await expect.poll(async () => (await focused(page)).id).toBe("group-name");
    await summary.getByRole("link", { name: /^Topics:/ }).click();
    await expect(page.locator("#group-topics input").first()).toBeFocused();

    await page.locator("#group-name").fill(`Tea Walkers ${Date.now().toString(36)}`);
    await page.locator("#group-purpose").fill("Slow walks, tea afterwards, no rush at all.");
    await page.locator("#group-topics").getByText("hiking", { exact: true }).click();
    await page.locator("#group-region").fill("Berlin");
    await page.locator("#group-slug").fill("hiking");
    await page.locator("#group-guidelines").focus();
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(summary).toHaveText(/There is a problem\s*Address: That address is taken; choose another\./);
    await expect.poll(async () => (await focused(page)).cls).toContain("error-summary");
  });

  test("sign-up: a taken username lands in the summary with focus on it", async ({ page }) => {
    await page.goto("/signup");
    await appReady(page);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect.poll(async () => (await focused(page)).cls).toContain("error-summary");
    await page.locator("#signup-username").fill("alice");
    await page.locator("#signup-password").fill("long enough password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.locator(".error-summary")).toContainText("Username: That username is taken.");
    await expect.poll(async () => (await focused(page)).cls).toContain("error-summary");
    await page.locator(".error-summary").getByRole("link", { name: /Username/ }).click();
    await expect.poll(async () => (await focused(page)).id).toBe("signup-username");
  });

  test("event form: an empty submit focuses the summary", async ({ page, context, request }) => {
    const owner = await registerMember(request, "planner");
    const group = await createGroup(request, owner);
    await startLoggedIn(context, owner);
    await page.goto(`/g/${group.slug}/events`);
    await appReady(page);
    await page.getByRole("button", { name: "New event" }).click();
    await page.getByRole("button", { name: "Create event" }).click();
    await expect.poll(async () => (await focused(page)).cls).toContain("error-summary");
    await page.locator(".error-summary").getByRole("link", { name: /^Title:/ }).click();
    await expect.poll(async () => (await focused(page)).id).toBe("event-title");
  });
});

test.describe("moderators act where they read", () => {
  test("remove and restore a post and a comment in place, with a reason in the mod log; no Report on one's own content", async ({ browser, request }) => {
    const owner = await registerMember(request, "modo");
    const group = await createGroup(request, owner);
    const member = await registerMember(request, "writer");
    await request.post(`${API}/groups/${group.slug}/join`, { headers: auth(member.token), data: {} });
    const post = await (
      await request.post(`${API}/groups/${group.slug}/posts`, { headers: auth(member.token), data: { title: "Buy cheap watches", body: "Spam text here." } })
    ).json();
    const comment = await (
      await request.post(`${API}/posts/${post.id}/comments`, { headers: auth(member.token), data: { body: "More spam in a comment." } })
    ).json();
    const modlog = async (kind) =>
      (await (await request.get(`${API}/groups/${group.slug}/modlog?kind=${kind}`, { headers: auth(owner.token) })).json()).items.map((e) => [e.target.id, e.reason]);

    // The member's own post and comment offer no "Report".
    const memberContext = await browser.newContext();
    await startLoggedIn(memberContext, member);
    const mine = await memberContext.newPage();
    await mine.goto(`/g/${group.slug}/p/${post.id}`);
    await appReady(mine);
    await expect(mine.locator(".comment").first()).toBeVisible();
    await expect(mine.locator(".report-button")).toHaveCount(0);
    await expect(mine.getByRole("button", { name: /^Remove/ })).toHaveCount(0);

    const ownerContext = await browser.newContext();
    await startLoggedIn(ownerContext, owner);
    const page = await ownerContext.newPage();
    const errors = watchErrors(page);
    await page.goto(`/g/${group.slug}/p/${post.id}`);
    await appReady(page);
    await expect(page.locator(".post-detail .report-button")).toHaveCount(1);
    const actions = page.locator(".post-actions");
    await actions.getByRole("button", { name: "Remove this post" }).click();
    await actions.getByRole("button", { name: "Remove post" }).click();
    await expect(actions.locator(".remove-in-place .field-error")).toHaveText("The reason needs at least 3 characters.");
    await actions.getByLabel("Why remove this post? (for the mod log)").fill("Spam, not about the group");
    await actions.getByRole("button", { name: "Remove post" }).click();
    await expect(page.locator(".post-detail .badge.removed")).toBeVisible();
    await expect(actions.getByRole("button", { name: "Restore this post" })).toBeVisible();
    await expect.poll(() => modlog("post_removed")).toEqual([[String(post.id), "Spam, not about the group"]]);

    await mine.reload();
    await expect(mine.getByText("This post was removed by a moderator.")).toBeVisible();
    await expect(mine.locator("main")).not.toContainText("Spam text here.");

    await actions.getByRole("button", { name: "Restore this post" }).click();
    await actions.getByLabel("Why restore this post? (for the mod log)").fill("The author explained it");
    await actions.getByRole("button", { name: "Restore post" }).click();
    await expect(page.locator(".post-detail .badge.removed")).toHaveCount(0);
    await expect.poll(() => modlog("post_restored")).toEqual([[String(post.id), "The author explained it"]]);

    const item = page.locator(".comment", { hasText: "More spam in a comment." });
    await item.getByRole("button", { name: "Remove this comment" }).click();
    await item.getByLabel("Why remove this comment? (for the mod log)").fill("Spam again");
    await item.getByRole("button", { name: "Remove comment" }).click();
    await expect(page.locator(".comment .badge.removed")).toBeVisible();
    await expect.poll(() => modlog("comment_removed")).toEqual([[String(comment.id), "Spam again"]]);
    await mine.reload();
    await expect(mine.getByText("[removed by a moderator]")).toBeVisible();
    expect(errors).toEqual([]);
    await memberContext.close();
    await ownerContext.close();
  });
});

test.describe("owners can hand over and leave", () => {
  test("the only owner is pointed to the Members tab, makes a co-owner or transfers the group, then can leave", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const owner = await registerMember(request, "founder");
    const group = await createGroup(request, owner, { visibility: "private" });
    const heir = await registerMember(request, "heir");
    await request.post(`${API}/groups/${group.slug}/join`, { headers: auth(heir.token), data: {} });
    const reqs = await (await request.get(`${API}/groups/${group.slug}/join-requests`, { headers: auth(owner.token) })).json();
    await request.post(`${API}/groups/${group.slug}/join-requests/${reqs.items[0].id}/approve`, { headers: auth(owner.token), data: {} });
    await startLoggedIn(context, owner);

    // Leaving as the only owner: the server refuses and the page says where to choose another.
    await page.goto(`/g/${group.slug}`);
    await appReady(page);
    await header(page).locator(".join-button").click();
    await expect(header(page).getByRole("alertdialog")).toContainText("It is private: to come back you will need to ask again.");
    await header(page).getByRole("button", { name: "Leave group" }).click();
    await expect(header(page).locator(".field-error")).toContainText("only owner");
    await header(page).getByRole("link", { name: "Choose another owner under Moderation → Members" }).click();
    await expect(page).toHaveURL(new RegExp(`/g/${group.slug}/mod\\?tab=members$`));
    await appReady(page);

    // Transfer, confirmed: the heir owns the group and the founder moderates it.
    const heirName = heir.me.display_name;
    await page.getByRole("button", { name: `Transfer ownership to ${heirName}` }).click();
    const confirm = page.getByRole("alertdialog", { name: "Transfer ownership" });
    await expect(confirm).toContainText(`Hand the group to ${heirName}?`);
    await confirm.getByRole("button", { name: "Transfer ownership" }).click();
    await expect(page.locator(".mod-outcome")).toHaveText(`${heirName} now owns the group; you are one of its moderators.`);
    const roles = async () =>
      Object.fromEntries(
        (await (await request.get(`${API}/groups/${group.slug}/members`, { headers: auth(heir.token) })).json()).items.map((m) => [m.user.username, m.role]),
      );
    await expect.poll(roles).toEqual({ [owner.username]: "moderator", [heir.username]: "owner" });
    // Owner-only tools are gone for the founder at once, and the header no longer says owner.
    await expect(page.getByRole("button", { name: /^Transfer ownership/ })).toHaveCount(0);
    await expect(header(page).locator(".join-button")).toHaveText("Leave");

    await header(page).locator(".join-button").click();
    await header(page).getByRole("button", { name: "Leave group" }).click();
    await expect(header(page).locator(".join-button")).toHaveText("Request to join");
    expect(errors.filter((e) => !e.includes("status of 409"))).toEqual([]);
  });

  test("an owner makes a member a co-owner after confirming", async ({ page, context, request }) => {
    const owner = await registerMember(request, "founder");
    const group = await createGroup(request, owner);
    const partner = await registerMember(request, "partner");
    await request.post(`${API}/groups/${group.slug}/join`, { headers: auth(partner.token), data: {} });
    await startLoggedIn(context, owner);
    await page.goto(`/g/${group.slug}/mod?tab=members`);
    await appReady(page);
    await page.getByRole("button", { name: `Make co-owner: ${partner.me.display_name}` }).click();
    const confirm = page.getByRole("alertdialog", { name: "Make co-owner" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    await page.getByRole("button", { name: `Make co-owner: ${partner.me.display_name}` }).click();
    await page.getByRole("alertdialog", { name: "Make co-owner" }).getByRole("button", { name: "Make co-owner" }).click();
    await expect(page.locator(".mod-outcome")).toHaveText(`${partner.me.display_name} is now an owner too.`);
    const g = await (await request.get(`${API}/groups/${group.slug}`, { headers: auth(partner.token) })).json();
    expect(g.my_role).toBe("owner");
  });
});

test.describe("layout that reads as it should", () => {
  test("opening one Discover card does not stretch the others in its row", async ({ page, context, request }) => {
    await startLoggedIn(context, await registerMember(request, "browser"));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/discover?visibility=private");
    await appReady(page);
    const cards = page.locator(".group-grid > li");
    await expect(cards.nth(2)).toBeVisible();
    const heights = () => cards.evaluateAll((els) => els.slice(0, 3).map((e) => Math.round(e.querySelector(".group-card").getBoundingClientRect().height)));
    const tops = await cards.evaluateAll((els) => els.slice(0, 3).map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, "the first three cards share a row at 1280 px").toBe(1);
    const before = await heights();
    await cards.nth(0).locator(".join-button").click();
    await expect(cards.nth(0).locator("form.join-request")).toBeVisible();
    const after = await heights();
    expect(after[0]).toBeGreaterThan(before[0]);
    expect(after.slice(1)).toEqual(before.slice(1));
  });

  test("a sentence with a link in a notice stays one sentence", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const [path, text] of [
      ["/g/hiking", "to write in this group."],
      ["/calendar", "to see the events of your groups in one calendar"],
    ]) {
      await page.goto(path);
      await appReady(page);
      const notice = page.locator("p.notice", { hasText: text });
      await expect(notice).toBeVisible();
      // Every piece of the sentence on one line, each right after the one before.
      const gaps = await notice.evaluate((p) => {
        const r = document.createRange();
        r.selectNodeContents(p);
        const rects = [...r.getClientRects()].filter((x) => x.width > 0);
        const out = [];
        for (let i = 1; i < rects.length; i++) {
          if (Math.abs(rects[i].top - rects[0].top) < 4) out.push(Math.round(rects[i].left - rects[i - 1].right));
        }
        return { lines: new Set(rects.map((x) => Math.round(x.top))).size, widest: Math.max(0, ...out) };
      });
      expect(gaps.lines, path).toBe(1);
      expect(gaps.widest, path).toBeLessThan(12);
    }
  });
});

test("a group's address keeps its letters, and gets a number only when taken", async ({ page, context, request }) => {
  const founder = await registerMember(request, "walker");
  await startLoggedIn(context, founder);
  const id = Date.now().toString(36);
  const name = `Müggelsee Straße ${id}`;
  const create = async () => {
    await page.goto("/new-group");
    await appReady(page);
    await page.locator("#group-name").fill(name);
    await expect(page.getByText(`Address: /g/mueggelsee-strasse-${id}`)).toBeVisible();
    await page.locator("#group-purpose").fill("Sunday walks around the lake, whatever the weather.");
    await page.locator("#group-topics").getByText("hiking", { exact: true }).click();
    await page.locator("#group-region").fill("Berlin");
    await page.getByRole("button", { name: "Create group" }).click();
  };
  await create();
  await expect(page).toHaveURL(new RegExp(`/g/mueggelsee-strasse-${id}$`));
  await expect(page.locator("main h1")).toHaveText(name);
  // The same name again: the address it would get is taken, so it gets the next number.
  await create();
  await expect(page).toHaveURL(new RegExp(`/g/mueggelsee-strasse-${id}-2$`));
});

test("feed cards and the report queue show Markdown as readable text", async ({ page, context, request }) => {
  const owner = await registerMember(request, "reader");
  const group = await createGroup(request, owner);
  const reporter = await registerMember(request, "flagger");
  await request.post(`${API}/groups/${group.slug}/join`, { headers: auth(reporter.token), data: {} });
  const body = "**Brandenburg**! Introduce yourself\n\n- Check the events\n- Read the [guidelines](/g/hiking/about)\n\nSee you";
  const post = await (await request.post(`${API}/groups/${group.slug}/posts`, { headers: auth(owner.token), data: { title: "Welcome", body } })).json();
  await request.post(`${API}/reports`, { headers: auth(reporter.token), data: { target: { kind: "post", id: post.id }, reason: "Testing excerpts" } });
  await startLoggedIn(context, owner);
  const readable = "Brandenburg! Introduce yourself. Check the events. Read the guidelines. See you";
  await page.goto(`/g/${group.slug}`);
  await appReady(page);
  await expect(page.locator(".post-card .excerpt")).toHaveText(readable);
  await page.goto(`/g/${group.slug}/mod`);
  await appReady(page);
  const item = page.locator(".report-list > li").first();
  await expect(item).toContainText(readable);
  for (const raw of ["**", "- Check", "](/g/"]) await expect(item).not.toContainText(raw);
});

test.describe("Discover's filters behave alike", () => {
  test("region applies as typed, by prefix, case and accents aside, with suggestions", async ({ page, request }) => {
    const owner = await registerMember(request, "zurcher");
    const id = Date.now().toString(36);
    const created = await request.post(`${API}/groups`, {
      headers: auth(owner.token),
      data: { name: `Lake swimmers ${id}`, purpose: "Cold water swims before work, all year.", topics: ["hiking"], region: `Zürich ${id}`, visibility: "public" },
    });
    expect(created.status()).toBe(201);
    await page.goto("/discover");
    await appReady(page);
    const region = page.getByLabel("Region");
    await region.focus();
    await expect.poll(() => page.locator("#region-suggestions option").evaluateAll((os) => os.map((o) => o.value))).toContain("Munich");
    await region.pressSequentially("mun", { delay: 30 });
    await expect(page).toHaveURL(/[?&]region=mun(&|$)/);
    const names = page.locator('section[aria-labelledby="results-heading"] .group-card h3');
    await expect(names.first()).toBeVisible();
    const cards = page.locator('section[aria-labelledby="results-heading"] .group-card .meta');
    for (const meta of await cards.allInnerTexts()) expect(meta).toMatch(/^Munich/);
    expect((await names.allInnerTexts()).length).toBeGreaterThanOrEqual(2);
    await region.fill(`zUrich ${id}`);
    await expect(names).toHaveText([`Lake swimmers ${id}`]);
  });

  test("topic chips are links, and the selects are not cut off", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/discover");
    await appReady(page);
    const chip = page.locator(".group-card .chips a").first();
    const topic = await chip.innerText();
    await chip.click();
    await expect(page).toHaveURL(new RegExp(`[?&]topic=${topic}(&|$)`));
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue(topic);
    for (const id of ["filter-visibility", "filter-size", "filter-activity", "filter-sort", "filter-topic"]) {
      const fits = await page.locator(`#${id}`).evaluate((s) => {
        const probe = document.createElement("span");
        const style = getComputedStyle(s);
        probe.style.font = style.font;
        probe.style.whiteSpace = "nowrap";
        probe.style.position = "absolute";
        probe.textContent = [...s.options].reduce((a, o) => (o.text.length > a.length ? o.text : a), "");
        document.body.append(probe);
        const need = probe.getBoundingClientRect().width;
        probe.remove();
        // The drop-down arrow takes about 20 px of the box.
        return { need: Math.ceil(need), have: Math.floor(s.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20) };
      });
      expect(fits.have, `${id}: ${JSON.stringify(fits)}`).toBeGreaterThanOrEqual(fits.need);
    }
  });

  test("on a phone the filters fold behind one button that counts them", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/discover?size=small&visibility=public");
    await appReady(page);
    const toggle = page.getByRole("button", { name: "Filters (2)" });
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(page.getByLabel("Size", { exact: true })).toBeHidden();
    // The first results are on the first screen.
    const firstCard = page.locator(".group-card").first();
    await expect(firstCard).toBeVisible();
    expect((await firstCard.boundingBox()).y).toBeLessThan(844);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByLabel("Size", { exact: true })).toHaveValue("small");
    await page.getByLabel("Activity", { exact: true }).selectOption("month");
    await expect(page.getByRole("button", { name: "Filters (3)" })).toBeVisible();
  });
});

test.describe("first-run pages", () => {
  test("a visitor's home shows what Kith is, active groups and coming events, and no writing links", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/");
    await appReady(page);
    await expect(page.locator(".welcome .lead")).toContainText("Kith is for small groups");
    const active = page.locator('section[aria-labelledby="active-heading"] .group-card');
    await expect(active).toHaveCount(3);
    const coming = page.locator('section[aria-labelledby="coming-heading"] .upcoming li');
    await expect(coming.first()).toBeVisible();
    await expect(coming.first().locator("a")).toHaveAttribute("href", /^\/g\/[^/]+\/e\/\d+$/);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Drafts" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "New group" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Log in" })).toHaveCount(1);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("a member without groups sees suggestions from their interests and a way to start one, not empty tabs", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const newbie = await registerMember(request, "fresh", { interests: ["cycling"] });
    await startLoggedIn(context, newbie);
    await page.goto("/");
    await appReady(page);
    await expect(page.getByRole("heading", { name: "Find your people" })).toBeVisible();
    const cards = page.locator('section[aria-labelledby="first-steps-heading"] .group-card');
    await expect(cards.first()).toBeVisible();
    await expect(cards.first().locator(".reason")).toContainText("cycling");
    await expect(page.getByRole("link", { name: "Start a group" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Sort posts" })).toHaveCount(0);
    await expect(page.locator(".who")).toHaveText(newbie.me.display_name);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe("smaller things", () => {
  test("post actions step aside while editing; badges keep their distance; reactions have words", async ({ page, context, request }) => {
    const owner = await registerMember(request, "tidy");
    const group = await createGroup(request, owner);
    const post = await (await request.post(`${API}/groups/${group.slug}/posts`, { headers: auth(owner.token), data: { title: "Tidy post", body: "Body." } })).json();
    await startLoggedIn(context, owner);
    await page.goto(`/g/${group.slug}/p/${post.id}`);
    await appReady(page);
    const actions = page.locator(".post-actions");
    await expect(actions.getByRole("button", { name: "Edit", exact: true })).toBeVisible();
    await expect(actions.locator("button.reaction .label").first()).toHaveText("like");
    await actions.getByRole("button", { name: "Edit", exact: true }).click();
    await expect(page.locator("#edit-title")).toBeVisible();
    await expect(actions).toBeHidden();

    await page.goto(`/g/${group.slug}/members`);
    await appReady(page);
    const row = page.locator("li.member", { hasText: owner.username });
    const gap = await row.evaluate((li) => {
      const handle = li.querySelector(".muted").getBoundingClientRect();
      const badge = li.querySelector(".badge").getBoundingClientRect();
      return badge.left - handle.right;
    });
    expect(gap).toBeGreaterThanOrEqual(4);
  });

  test("the offline banner lines up with the page; on a phone moderation tabs stay on one row", async ({ page, context, request }) => {
    const owner = await registerMember(request, "lined");
    const group = await createGroup(request, owner);
    await startLoggedIn(context, owner);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/g/${group.slug}`);
    await appReady(page);
    await context.setOffline(true);
    const banner = page.locator(".offline-banner");
    await expect(banner).toBeVisible();
    const [b, m] = [await banner.boundingBox(), await page.locator("main h1").boundingBox()];
    expect(Math.abs(b.x - m.x)).toBeLessThanOrEqual(2);
    await context.setOffline(false);

    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/g/${group.slug}/mod`);
    await appReady(page);
    const tops = await page.locator(".mod-tabs a").evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  test("month chips show two lines and name the event's group", async ({ page, context, request }) => {
    const owner = await registerMember(request, "planner");
    const group = await createGroup(request, owner, { name: `Night owls ${Date.now().toString(36)}` });
    const start = new Date(Date.now() + 3 * 86400e3);
    start.setUTCHours(17, 0, 0, 0);
    const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
    const title = "Outing — winter constellations above the lake, bring a thermos";
    const created = await request.post(`${API}/groups/${group.slug}/events`, {
      headers: auth(owner.token),
      data: { title, starts_at: iso(start), ends_at: iso(new Date(start.getTime() + 7200e3)), time_zone: "UTC", location: "Pier" },
    });
    expect(created.status()).toBe(201);
    await startLoggedIn(context, owner);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/calendar?view=month&date=${start.toISOString().slice(0, 10)}`);
    await appReady(page);
    const chip = page.locator(".event-chip", { hasText: "Outing" });
    await expect(chip).toHaveAttribute("title", new RegExp(`${title} · ${group.name}$`));
    const lines = await chip.evaluate((a) => Math.round(a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight)));
    expect(lines).toBe(2);
  });
});

test.describe("member profiles", () => {
  test("author names lead to a profile with bio, shared groups and what the viewer may read; members can be reported from it", async ({ browser, request }) => {
    const author = await registerMember(request, "author", { interests: ["hiking", "books"] });
    const viewer = await registerMember(request, "viewer");
    const open = await createGroup(request, author);
    const closed = await createGroup(request, author, { visibility: "private" });
    await request.post(`${API}/groups/${open.slug}/join`, { headers: auth(viewer.token), data: {} });
    const post = (g, title) => request.post(`${API}/groups/${g.slug}/posts`, { headers: auth(author.token), data: { title, body: `**${title}** in full.` } });
    await post(closed, "Private thoughts");
    const pub = await (await post(open, "Public thoughts")).json();
    await request.post(`${API}/posts/${pub.id}/comments`, { headers: auth(author.token), data: { body: "A comment of mine." } });

    // The author writes a bio in Settings.
    const authorContext = await browser.newContext();
    await startLoggedIn(authorContext, author);
    const own = await authorContext.newPage();
    await own.goto("/settings");
    await appReady(own);
    await own.getByLabel("Bio").fill("I walk, I read, I bake on Sundays.");
    await own.getByRole("button", { name: "Save profile" }).click();
    await expect(own.locator(".profile-settings .form-message")).toContainText("Saved");
    await own.goto(`/u/${author.username}`);
    await appReady(own);
    await expect(own.getByRole("link", { name: "Edit your profile" })).toBeVisible();
    await expect(own.locator(".report-member")).toHaveCount(0);

    const viewerContext = await browser.newContext();
    await startLoggedIn(viewerContext, viewer);
    const page = await viewerContext.newPage();
    const errors = watchErrors(page);
    await page.goto(`/g/${open.slug}`);
    await appReady(page);
    await page.locator(".post-card a.author", { hasText: author.me.display_name }).first().click();
    await expect(page).toHaveURL(new RegExp(`/u/${author.username}$`));
    await expect(page.locator("main h1")).toHaveText(author.me.display_name);
    await expect(page.locator(".bio")).toHaveText("I walk, I read, I bake on Sundays.");
    await expect(page.getByRole("list", { name: "Interests" })).toContainText("books");
    await expect(page.locator(".shared-groups li")).toHaveText([open.name]);
    const recent = page.locator(".recent-activity");
    await expect(recent).toContainText("Public thoughts");
    await expect(recent).toContainText("A comment of mine.");
    await expect(recent).not.toContainText("Private thoughts");
    await expect(recent).not.toContainText("**");

    await page.locator(".report-member summary").click();
    await page.getByLabel("Why are you reporting this member?").fill("Testing the report from a profile");
    await page.getByRole("button", { name: "Send report" }).click();
    await expect(page.locator(".report-member .form-message")).toContainText("Thank you");
    expect(errors).toEqual([]);

    // An unknown member: a clear page, not an error.
    await page.goto("/u/nobody-by-this-name");
    await appReady(page);
    await expect(page.getByText("There is no member with this name.")).toBeVisible();
    await authorContext.close();
    await viewerContext.close();
  });
});
