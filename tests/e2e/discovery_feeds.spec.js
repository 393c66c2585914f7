// Discover → filter → join → post → comment → react → edit, as the demo users, against the
// reference server; Markdown safety in a real post; the windowed feed.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady } from "./helpers.js";
import { API, apiLogin, auth, loginAs, uid, countPosts, forbidDialogs } from "./kith.js";

test.describe.configure({ mode: "parallel" });

/** Console errors Chromium prints for an HTTP error the test itself provoked. */
const provoked = (status) => (e) => !e.includes(`status of ${status}`);

const results = (page) => page.locator('section[aria-labelledby="results-heading"]');
const resultNames = (page) => results(page).locator(".group-card h3").allInnerTexts();

test.describe("discover", () => {
  test("search as you type updates the results and the URL", { tag: "@smoke" }, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/discover");
    await appReady(page);
    await expect(results(page).locator(".group-card").first()).toBeVisible();
    await expect(page.locator("#results-heading")).toHaveText("All groups");
    await page.getByLabel("Search groups").pressSequentially("sourdough", { delay: 30 });
    await expect(page).toHaveURL(/\/discover\?q=sourdough$/);
    await expect(page.locator("#results-heading")).toHaveText("Matching groups");
    await expect(results(page).locator(".group-card h3")).toHaveText(["Sourdough Society"]);
    // Refining the words refines the list.
    await page.getByLabel("Search groups").fill("book");
    await expect(page).toHaveURL(/\?q=book$/);
    await expect(results(page).locator(".group-card h3", { hasText: "Alster Book Circle" })).toBeVisible();
    await expect(results(page).locator(".group-card h3", { hasText: "Sourdough" })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("filters land in the URL, Back/Forward restore views, a copied URL reproduces one", async ({
    page,
    context,
  }) => {
    const errors = watchErrors(page);
    await page.goto("/discover");
    await appReady(page);
    await expect(results(page).locator(".group-card").first()).toBeVisible();

    await page.getByLabel("Topic", { exact: true }).selectOption("hiking");
    await expect(page).toHaveURL(/\/discover\?topic=hiking$/);
    await expect(results(page).locator(".group-card h3", { hasText: "Hiking Berlin" })).toBeVisible();
    const hikingNames = await resultNames(page);
    expect(hikingNames.length).toBeGreaterThan(2);
    for (const card of await results(page).locator(".group-card").all()) {
      await expect(card.locator(".chips")).toContainText("hiking");
    }

    await page.getByLabel("Sort by", { exact: true }).selectOption("name");
    await expect(page).toHaveURL(/\?topic=hiking&sort=name$/);
    await expect.poll(() => resultNames(page)).toEqual([...hikingNames].sort((a, b) => a.localeCompare(b)));

    await page.getByLabel("Who can see", { exact: true }).selectOption("public");
    await expect(page).toHaveURL(/\?topic=hiking&visibility=public&sort=name$/);
    await page.getByLabel("Size", { exact: true }).selectOption("large");
    await expect(page).toHaveURL(/visibility=public&size=large&sort=name$/);
    await page.getByLabel("Activity", { exact: true }).selectOption("month");
    await expect(page).toHaveURL(/\?topic=hiking&visibility=public&size=large&activity=month&sort=name$/);
    await expect(results(page).locator(".group-card, .empty").first()).toBeVisible();
    const finalView = page.url();
    const finalNames = await resultNames(page);

    // Back: the previous filter set, in the URL, the selects and the list.
    await page.goBack();
    await expect(page).toHaveURL(/\?topic=hiking&visibility=public&size=large&sort=name$/);
    await expect(page.getByLabel("Activity", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Size", { exact: true })).toHaveValue("large");
    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\?topic=hiking&sort=name$/);
    await expect(page.getByLabel("Size", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Who can see", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("name");
    await expect.poll(() => resultNames(page)).toEqual([...hikingNames].sort((a, b) => a.localeCompare(b)));
    await page.goBack();
    await expect(page).toHaveURL(/\?topic=hiking$/);
    await expect(page.getByLabel("Sort by", { exact: true })).toHaveValue("active");
    await page.goBack();
    await expect(page).toHaveURL(/\/discover$/);
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("");
    await expect(page.locator("#results-heading")).toHaveText("All groups");
    // Forward all the way: the last view again.
    for (let i = 0; i < 5; i++) await page.goForward();
    await expect(page).toHaveURL(finalView);
    await expect(page.getByLabel("Activity", { exact: true })).toHaveValue("month");
    await expect.poll(() => resultNames(page)).toEqual(finalNames);

    // The search words follow Back too.
    await page.getByLabel("Search groups").fill("trail");
    await expect(page).toHaveURL(/q=trail/);
    await page.goBack();
    await expect(page).toHaveURL(finalView);
    await expect(page.getByLabel("Search groups")).toHaveValue("");

    // A copied URL opened fresh shows the same view.
    const fresh = await context.newPage();
    const freshErrors = watchErrors(fresh);
    await fresh.goto(finalView);
    await appReady(fresh);
    await expect(fresh.getByLabel("Topic", { exact: true })).toHaveValue("hiking");
    await expect(fresh.getByLabel("Who can see", { exact: true })).toHaveValue("public");
    await expect(fresh.getByLabel("Size", { exact: true })).toHaveValue("large");
    await expect(fresh.getByLabel("Activity", { exact: true })).toHaveValue("month");
    await expect(fresh.getByLabel("Sort by", { exact: true })).toHaveValue("name");
    await expect(results(fresh).locator(".group-card, .empty").first()).toBeVisible();
    expect(await resultNames(fresh)).toEqual(finalNames);
    const withWords = await context.newPage();
    await withWords.goto("/discover?q=cyclists&sort=members");
    await expect(withWords.getByLabel("Search groups")).toHaveValue("cyclists");
    await expect(results(withWords).locator(".group-card h3", { hasText: "Spree Cyclists" })).toBeVisible();
    expect(errors).toEqual([]);
    expect(freshErrors).toEqual([]);
  });

  test("garbage filter values are ignored with a notice, and no console error", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/discover?size=enormous&topic=%3Cscript%3E&q=hiking");
    await appReady(page);
    const notice = page.locator(".notice.warning");
    await expect(notice).toContainText("not understood");
    await expect(notice).toContainText("size");
    await expect(notice).toContainText("topic");
    await expect(page.getByLabel("Size", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Topic", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Search groups")).toHaveValue("hiking");
    await expect(results(page).locator(".group-card h3", { hasText: "Hiking Berlin" })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test("a search without a match shows the empty state", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/discover?q=zzqx-no-such-group");
    await appReady(page);
    await expect(results(page).locator(".empty")).toContainText("No groups match");
    await expect(results(page).getByRole("link", { name: "Start a group" })).toBeVisible();
    await expect(results(page).locator(".group-card")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("a member with interests sees recommendations with their reasons", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    await loginAs(context, request, "carol");
    await page.goto("/discover");
    await appReady(page);
    const rec = page.locator("section.recommended");
    await expect(rec.getByRole("heading", { name: "Recommended for you" })).toBeVisible();
    const cards = rec.locator(".group-card");
    await expect(cards.first()).toBeVisible();
    const n = await cards.count();
    for (let i = 0; i < n; i++) {
      await expect(cards.nth(i).locator(".reason")).toHaveText(/^Because you follow (hiking|books|baking|astronomy)/);
    }
    // Filtering hides the suggestions; clearing brings them back.
    await page.getByLabel("Topic", { exact: true }).selectOption("books");
    await expect(rec).toHaveCount(0);
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/discover$/);
    await expect(rec.locator(".group-card").first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test.describe("joining, as dave", () => {
  test("join a public group, ask to join a private one, then leave", { tag: "@smoke" }, async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const token = await loginAs(context, request, "dave");
    const memberships = async () => {
      const r = await request.get(`${API}/me`, { headers: auth(token) });
      return (await r.json()).memberships.map((m) => m.group_slug);
    };

    await page.goto("/g/boulder-buddies");
    await appReady(page);
    const join = page.locator(".group-header .join-button");
    await expect(join).toHaveText("Join");
    await join.click();
    await expect(join).toHaveText("Leave");
    await expect.poll(memberships).toContain("boulder-buddies");
    await page.reload();
    await expect(page.locator(".group-header .join-button")).toHaveText("Leave");
    // Now a member: the composer is there.
    await expect(page.getByRole("button", { name: "Start a new post…" })).toBeVisible();

    // A private group: a request with a message.
    await page.goto("/g/neukoelln-supper");
    await appReady(page);
    const ask = page.locator(".group-header .join-button");
    await expect(ask).toHaveText("Request to join");
    await ask.click();
    await page.getByLabel("Message to the moderators").fill("I cook a mean borscht.");
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.locator(".group-header .badge", { hasText: "Request sent" })).toBeVisible();
    await expect(ask).toHaveText("Withdraw request");
    // The button changes at once (optimistic); the server has the request once its answer is in.
    const supper = async () => {
      const g = await (await request.get(`${API}/groups/neukoelln-supper`, { headers: auth(token) })).json();
      return { pending: g.my_request_pending, role: g.my_role ?? null };
    };
    await expect.poll(supper).toEqual({ pending: true, role: null });
    await ask.click();
    await expect(ask).toHaveText("Request to join");
    await expect(page.locator(".group-header .badge", { hasText: "Request sent" })).toHaveCount(0);
    await expect
      .poll(async () => (await (await request.get(`${API}/groups/neukoelln-supper`, { headers: auth(token) })).json()).my_request_pending)
      .toBe(false);

    // Leave the public group again (confirmed first).
    await page.goto("/g/boulder-buddies");
    await appReady(page);
    await page.locator(".group-header .join-button").click();
    await page.getByRole("button", { name: "Leave group" }).click();
    await expect(page.locator(".group-header .join-button")).toHaveText("Join");
    await expect.poll(memberships).not.toContain("boulder-buddies");
    expect(errors).toEqual([]);
  });

  test("a refused join is rolled back with the reason its problem code gives", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    await loginAs(context, request, "dave");
    await page.route("**/api/v1/groups/*/join", (route) =>
      route.fulfill({
        status: 403,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Forbidden",
          status: 403,
          code: "banned",
          detail: "You are banned from this group until 2030.",
        }),
      }),
    );
    await page.goto("/discover?q=tempelhof");
    await appReady(page);
    const card = results(page).locator(".group-card", { hasText: "Tempelhof Morning Runners" });
    const button = card.locator(".join-button");
    await expect(button).toHaveText("Join");
    await button.click();
    // The app words the stable code itself (in the member's language); the English detail is not shown.
    await expect(card.locator(".join [role=alert]")).toHaveText("You are banned from this group.");
    await expect(button).toHaveText("Join");
    await expect(button).toBeEnabled();
    const me = await (await request.get(`${API}/me`, { headers: auth((await apiLogin(request, "dave")).token) })).json();
    expect(me.memberships.map((m) => m.group_slug)).not.toContain("tempelhof-runners");
    expect(errors.filter(provoked(403))).toEqual([]);
  });
});

test.describe("writing, as carol", () => {
  test("post, open, comment, reply, collapse, react, edit, delete", { tag: "@smoke" }, async ({ page, context, request }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    const token = await loginAs(context, request, "carol");
    const title = `Sunday loop ${uid()}`;
    await page.goto("/g/hiking");
    await appReady(page);
    await page.getByRole("button", { name: "Start a new post…" }).click();
    await page.getByLabel("Title").fill(title);
    await page.locator("#post-body").fill("Meet at **Wannsee** at nine.\n\n- water\n- snacks\n\n> bring a map");
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await expect(page.locator(".composer")).toContainText("Posted.");
    const feed = page.getByRole("feed", { name: "Posts" });
    await expect(feed.locator("article").first().locator("h3")).toHaveText(title);
    expect(await countPosts(request, token, "hiking", title)).toBe(1);

    // Open it.
    await feed.locator("article").first().getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/g\/hiking\/p\/\d+$/);
    await expect(page.locator("main h1")).toHaveText(title);
    const body = page.locator(".post-body");
    await expect(body.locator("strong")).toHaveText("Wannsee");
    await expect(body.locator("li")).toHaveText(["water", "snacks"]);
    await expect(body.locator("blockquote")).toContainText("bring a map");
    const postId = Number(page.url().match(/\/p\/(\d+)$/)[1]);

    // Comment.
    await expect(page.locator("#comments-heading")).toHaveText(/0 comments|No comments/);
    await page.getByLabel("Add a comment").fill("Count me *in*.");
    await page.getByRole("button", { name: "Comment", exact: true }).click();
    const top = page.locator(".thread > li.comment").first();
    await expect(top.locator(".comment-body em")).toHaveText("in");
    await expect(page.locator("#comments-heading")).toHaveText("1 comment");
    await expect(page.getByLabel("Add a comment")).toHaveValue("");

    // Reply in place.
    await top.locator(".comment-actions").getByRole("button", { name: "Reply" }).click();
    await top.getByLabel("Your reply").fill("Great, see you there.");
    await top.locator("form.comment-composer").getByRole("button", { name: "Reply" }).click();
    const reply = top.locator(".replies > li.comment").first();
    await expect(reply.locator(".comment-body")).toHaveText("Great, see you there.");
    await expect(top.getByLabel("Your reply")).toHaveCount(0);
    await expect(page.locator("#comments-heading")).toHaveText("2 comments");
    const comments = await (await request.get(`${API}/posts/${postId}/comments`, { headers: auth(token) })).json();
    expect(comments.items.length).toBe(2);
    expect(comments.items[1].parent_id).toBe(comments.items[0].id);

    // Collapse and expand the thread.
    const topHeader = top.locator(":scope > article > header");
    await topHeader.getByRole("button", { name: "Collapse thread" }).click();
    await expect(reply).toBeHidden();
    await expect(topHeader.getByRole("button", { name: "Expand thread" })).toHaveAttribute("aria-expanded", "false");
    await expect(topHeader).toContainText("1 reply hidden");
    await topHeader.getByRole("button", { name: "Expand thread" }).click();
    await expect(reply.locator(".comment-body")).toBeVisible();

    // React to the post: pressed, counted, kept.
    const like = page.locator(".post-detail .reactions button").first();
    await expect(like).toHaveAttribute("aria-pressed", "false");
    const before = Number((await like.getAttribute("aria-label")).split(": ")[1]);
    await like.click();
    await expect(like).toHaveAttribute("aria-pressed", "true");
    await expect(like).toHaveAttribute("aria-label", new RegExp(`: ${before + 1}$`));
    const mine = async () => {
      const p = await (await request.get(`${API}/posts/${postId}`, { headers: auth(token) })).json();
      return p.reactions.filter((r) => r.mine).map((r) => r.kind);
    };
    await expect.poll(mine).toHaveLength(1);
    await page.reload();
    await expect(like).toHaveAttribute("aria-pressed", "true");
    await expect(like).toHaveAttribute("aria-label", new RegExp(`: ${before + 1}$`));
    // And to a comment.
    const commentLike = page.locator(".thread > li.comment").first().locator(".comment-actions .reactions button").first();
    await commentLike.click();
    await expect(commentLike).toHaveAttribute("aria-pressed", "true");
    await expect(commentLike).toHaveAttribute("aria-label", /: 1$/);

    // Edit the post.
    const newTitle = `${title} (moved to Potsdam)`;
    await page.locator(".post-actions").getByRole("button", { name: "Edit" }).click();
    await page.locator("#edit-title").fill(newTitle);
    await page.locator("#edit-body").fill("Meet at **Potsdam** at nine.");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.locator(".post-body strong")).toHaveText("Potsdam");
    await expect(page.locator("main h1")).toHaveText(newTitle);
    await expect(page.locator(".post-detail .meta")).toContainText("edited");
    const after = await (await request.get(`${API}/posts/${postId}`, { headers: auth(token) })).json();
    expect(after.title).toBe(newTitle);

    // Edit and delete her own comment.
    const first = page.locator(".thread > li.comment").first();
    await first.locator(":scope > article > .comment-actions").getByRole("button", { name: "Edit" }).click();
    await first.getByLabel("Edit your comment").fill("Count me in, with my dog.");
    await first.getByRole("button", { name: "Save", exact: true }).click();
    await expect(first.locator(":scope > article > .comment-body")).toHaveText("Count me in, with my dog.");
    await expect(first.locator(":scope > article > header")).toContainText("edited");
    const reply2 = first.locator(".replies > li.comment").first();
    await reply2.locator(".comment-actions").getByRole("button", { name: "Delete" }).click();
    await expect(reply2.locator(".comment-body")).toHaveText("[deleted by its author]");
    const c2 = await (await request.get(`${API}/posts/${postId}/comments`, { headers: auth(token) })).json();
    expect(c2.items[0].body).toBe("Count me in, with my dog.");
    expect(c2.items[1].deleted).toBe(true);
    expect(errors).toEqual([]);
  });

  test("the home feed shows posts from carol's groups, and sort tabs change the order", { tag: "@smoke" }, async ({
    page,
    context,
    request,
  }) => {
    const errors = watchErrors(page);
    const token = await loginAs(context, request, "carol");
    const me = await (await request.get(`${API}/me`, { headers: auth(token) })).json();
    const mine = me.memberships.map((m) => m.group_name);
    const slugs = me.memberships.map((m) => m.group_slug);
    await page.goto("/");
    await expect(page.locator("main h1")).toHaveText("Your feed");
    const feed = page.getByRole("feed", { name: "Posts" });
    await expect(feed.locator("article").first()).toBeVisible();
    const groupLinks = await feed.locator('article .meta a[href^="/g/"]').evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(groupLinks.length).toBeGreaterThan(3);
    for (const href of groupLinks) expect(slugs).toContain(href.replace("/g/", ""));
    expect(new Set(groupLinks).size).toBeGreaterThan(1);
    expect(mine.length).toBeGreaterThan(1);

    const titles = () => feed.locator("article h3").allInnerTexts();
    const times = () => feed.locator("article .meta time").evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute("datetime"))));
    const newestFirst = (ts) => ts.every((t, i) => i === 0 || ts[i - 1] >= t);
    expect(newestFirst(await times())).toBe(true);
    const newest = await titles();
    await expect(page.getByRole("navigation", { name: "Sort posts" }).getByRole("link", { name: "New" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await page.getByRole("navigation", { name: "Sort posts" }).getByRole("link", { name: "Top" }).click();
    await expect(page).toHaveURL(/\/\?sort=top$/);
    await expect(page.getByRole("navigation", { name: "Sort posts" }).getByRole("link", { name: "Top" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // Wait for the new order itself, not the moment the list is empty while it loads.
    await expect
      .poll(async () => {
        const t = await titles();
        return t.length > 0 && JSON.stringify(t) !== JSON.stringify(newest);
      })
      .toBe(true);
    const top = await titles();
    // Top is what the server calls top.
    const server = await (await request.get(`${API}/feed?sort=top&limit=5`, { headers: auth(token) })).json();
    expect(top.slice(0, 5)).toEqual(server.items.map((p) => p.title));
    expect(newestFirst(await times())).toBe(false);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(async () => newestFirst(await times())).toBe(true);
    expect(errors).toEqual([]);
  });

  test("Markdown in a real post cannot run script", async ({ page, context, request }) => {
    const errors = watchErrors(page);
    const dialogs = forbidDialogs(page);
    await loginAs(context, request, "carol");
    const title = `Safety check ${uid()}`;
    const evil = [
      "Before <script>window.__pwned = 1; alert('script')</script> after",
      "",
      '<img src="/x.png" onerror="window.__pwned = 2; alert(\'img\')">',
      "",
      "[x](javascript:alert(1)) and [y](JAVASCRIPT:window.__pwned=3) and <a href=\"javascript:alert(4)\">z</a>",
      "",
      '<div onclick="alert(5)" onmouseover="alert(6)">hover me</div>',
    ].join("\n");
    await page.goto("/g/hiking");
    await appReady(page);
    await page.getByRole("button", { name: "Start a new post…" }).click();
    await page.getByLabel("Title").fill(title);
    await page.locator("#post-body").fill(evil);
    // The live preview is as safe as the post.
    await expect(page.locator(".md-preview")).toContainText("hover me");
    await page.getByRole("button", { name: "Post", exact: true }).click();
    await expect(page.locator(".composer")).toContainText("Posted.");
    await page.getByRole("feed", { name: "Posts" }).getByRole("link", { name: title }).click();
    const body = page.locator(".post-body");
    await expect(body).toContainText("hover me");
    await body.getByText("hover me").hover();
    const report = await body.evaluate((el) => {
      const all = [el, ...el.querySelectorAll("*")];
      return {
        scripts: el.querySelectorAll("script").length,
        onAttrs: all.flatMap((n) => [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${n.tagName}.${a.name}`)),
        jsHrefs: [...el.querySelectorAll("[href],[src]")]
          .map((n) => n.getAttribute("href") ?? n.getAttribute("src"))
          .filter((h) => /^\s*javascript:/i.test(h)),
        text: el.textContent,
      };
    });
    expect(report.scripts).toBe(0);
    expect(report.onAttrs).toEqual([]);
    expect(report.jsHrefs).toEqual([]);
    // Raw HTML is shown as text, not dropped silently and not run.
    expect(report.text).toContain("<script>");
    expect(report.text).toContain("<img");
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe("new group", () => {
  test("checks fields before sending, shows the server's objections beside them, then lands on the group", async ({
    page,
    context,
    request,
  }) => {
    const errors = watchErrors(page);
    const token = await loginAs(context, request, "alice");
    const sent = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.url().endsWith("/api/v1/groups")) sent.push(r);
    });
    await page.goto("/new-group");
    await appReady(page);
    await page.locator("#group-name").fill("ab");
    await page.locator("#group-purpose").fill("short");
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.locator("#group-name-error")).not.toBeEmpty();
    await expect(page.locator("#group-name")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#group-purpose-error")).not.toBeEmpty();
    await expect(page.locator("#group-topics-error")).not.toBeEmpty();
    await expect(page.locator(".group-form .form-message")).toContainText("need attention");
    expect(sent).toHaveLength(0);

    // Valid fields, but an address that is taken: the server's 409 lands beside the address.
    const name = `Forest Bathers ${uid()}`;
    await page.locator("#group-name").fill(name);
    await page.locator("#group-purpose").fill("Slow walks among the trees, phones in pockets, tea afterwards.");
    await page.locator("#group-topics").getByText("hiking", { exact: true }).click();
    await page.locator("#group-region").fill("Berlin");
    await page.locator("#group-slug").fill("hiking");
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page.locator("#group-slug-error")).toContainText("taken");
    await expect(page.locator("#group-name-error")).toBeEmpty();
    await expect(page.locator("#group-topics-error")).toBeEmpty();
    expect(sent).toHaveLength(1);

    // Another address: created, and the app lands on it.
    const slug = `forest-${uid()}`;
    await page.locator("#group-slug").fill(slug);
    await page.getByRole("button", { name: "Create group" }).click();
    await expect(page).toHaveURL(new RegExp(`/g/${slug}$`));
    await expect(page.locator("main h1")).toHaveText(name);
    const g = await (await request.get(`${API}/groups/${slug}`, { headers: auth(token) })).json();
    expect(g.my_role).toBe("owner");
    expect(g.topics).toEqual(["hiking"]);
    expect(errors.filter(provoked(409))).toEqual([]);
  });
});

test.describe("the windowed feed", () => {
  test("keeps a bounded number of rows while scrolling through many pages", async ({ page }) => {
    test.setTimeout(90_000);
    const errors = watchErrors(page);
    const pages = [];
    page.on("request", (r) => {
      if (/\/api\/v1\/groups\/hiking\/posts\?/.test(r.url()) && r.method() === "GET") pages.push(r.url());
    });
    await page.goto("/g/hiking");
    await appReady(page);
    const feed = page.getByRole("feed", { name: "Posts" });
    const rows = feed.locator("article");
    await expect(rows.first()).toBeVisible();
    const maxPos = () =>
      rows.evaluateAll((as) => Math.max(0, ...as.map((a) => Number(a.getAttribute("aria-posinset")))));
    expect(pages.length).toBe(1);
    expect(await rows.count()).toBeLessThanOrEqual(20);

    let last = await maxPos();
    while (last < 100) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(maxPos, { timeout: 10_000 }).toBeGreaterThan(last);
      last = await maxPos();
      expect(await rows.count()).toBeLessThanOrEqual(60);
    }
    expect(pages.filter((u) => u.includes("cursor=")).length).toBeGreaterThanOrEqual(4);
    // Far from the top, the first rows are gone from the DOM, standing in as a spacer.
    expect(await feed.locator('article[aria-posinset="1"]').count()).toBe(0);
    expect(await rows.count()).toBeLessThanOrEqual(60);
    // Back at the top they come back.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(feed.locator('article[aria-posinset="1"]')).toBeVisible();
    expect(await rows.count()).toBeLessThanOrEqual(60);
    expect(errors).toEqual([]);
  });

  test("asks for the next page only near the end", async ({ page }) => {
    const errors = watchErrors(page);
    const pages = [];
    page.on("request", (r) => {
      if (/\/api\/v1\/groups\/hiking\/posts\?/.test(r.url())) pages.push(r.url());
    });
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto("/g/hiking");
    await appReady(page);
    const feed = page.getByRole("feed", { name: "Posts" });
    await expect(feed.locator("article").first()).toBeVisible();
    await expect(feed).toHaveAttribute("aria-busy", "false");
    expect(pages).toHaveLength(1);
    // Scroll down in steps; note how far the feed's end was when the second page was asked for.
    const left = () => page.evaluate(() => document.querySelector(".vfeed").getBoundingClientRect().bottom - innerHeight);
    const seen = [];
    for (let i = 0; i < 60 && pages.length < 2; i++) {
      const before = await left();
      const y = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, 200);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y);
      seen.push([before - 200, pages.length]);
    }
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain("cursor=");
    // Nothing was asked for while the end was two screens away or more; it was asked for within
    // about one and a half (the feed estimates the height of rows it has not drawn).
    expect(seen[0][0]).toBeGreaterThan(3 * 700);
    for (const [distance, n] of seen) if (distance > 2 * 700) expect(n, JSON.stringify(seen)).toBe(1);
    expect(seen.at(-1)[0], JSON.stringify(seen)).toBeLessThan(1.5 * 700 + 150);
    await expect(feed).toHaveAttribute("aria-busy", "false");
    // Reading on reaches the second page's rows.
    await expect(async () => {
      await page.mouse.wheel(0, 300);
      await expect(feed.locator('article[aria-posinset="21"]')).toBeAttached({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    expect(errors).toEqual([]);
  });
});

test("a Markdown link to one of the app's own pages opens inside the app", async ({ page, request }) => {
  const errors = watchErrors(page);
  // The demo's welcome post links to the group's events page with a path, not a full address.
  const posts = await (await request.get(`${API}/groups/hiking/posts?limit=50`)).json();
  const welcome = posts.items.find((p) => p.title === "Welcome! Start here");
  expect(welcome).toBeTruthy();
  await page.goto(`/g/hiking/p/${welcome.id}`);
  await appReady(page);
  const link = page.locator("main").getByRole("link", { name: "events", exact: true });
  await expect(link).toHaveAttribute("href", "/g/hiking/events");
  await expect(link).not.toHaveAttribute("target", "_blank");
  // In the app: no new document (a value set on the window survives), the events page shows.
  await page.evaluate(() => (window.__sameDocument = true));
  await link.click();
  await expect(page).toHaveURL(/\/g\/hiking\/events$/);
  await expect(page.locator("main h1")).toContainText("events");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});
