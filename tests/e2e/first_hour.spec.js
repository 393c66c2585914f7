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
