// A member's first hour (issue 13): what a newcomer trips over, tried as they would. Each test
// makes its own members and groups, so tests sharing the demo server never meet.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady } from "./helpers.js";
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
