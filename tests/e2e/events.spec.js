// Event calendars: views and navigation in the URL, keyboard navigation, bad URLs, creating an
// event, RSVP until full, the waitlist and its promotion, and the .ics download.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";
import { API, auth, apiLogin, loginAs, uid } from "./kith.js";

/** Registers a fresh member of `hiking` and returns its token and name. */
async function newMember(request) {
  const username = `ev-${uid()}`.slice(0, 30);
  const resp = await request.post(`${API}/auth/register`, {
    data: { username, password: "kith-demo-pass", display_name: `Member ${username}` },
  });
  expect(resp.status()).toBe(201);
  const { token } = await resp.json();
  const join = await request.post(`${API}/groups/hiking/join`, { headers: auth(token), data: {} });
  expect(join.status()).toBe(200);
  return { username, token };
}

/** Creates an event in `hiking` as alice, starting `days` from now. */
async function createEvent(request, title, { capacity = null, days = 10 } = {}) {
  const { token } = await apiLogin(request, "alice");
  const start = new Date(Date.now() + days * 86400e3);
  start.setUTCHours(17, 0, 0, 0);
  const end = new Date(start.getTime() + 3 * 3600e3);
  const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
  const resp = await request.post(`${API}/groups/hiking/events`, {
    headers: auth(token),
    data: { title, starts_at: iso(start), ends_at: iso(end), time_zone: "Europe/Berlin", capacity, location: "Trailhead" },
  });
  expect(resp.status()).toBe(201);
  return resp.json();
}

test("a group's Events tab leads with what is coming up; the month is one click away", async ({ page }) => {
  await page.goto("/g/hiking/events");
  await appReady(page);
  await expect(page.locator(".agenda").first()).toBeVisible();
  await expect(page.locator(".month-grid")).toHaveCount(0);
  await page.getByRole("link", { name: "Month", exact: true }).click();
  await expect(page).toHaveURL(/view=month/);
  await expect(page.locator(".month-grid")).toBeVisible();
});

test("month, week and agenda views and the date live in the URL; Back restores them", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/g/hiking/events?view=month");
  await appReady(page);
  await expect(page.locator(".month-grid")).toBeVisible();
  const title = page.locator(".cal-title");
  const first = await title.textContent();
  await page.getByRole("link", { name: "Next" }).click();
  await expect(title).not.toHaveText(first);
  await expect(page).toHaveURL(/view=month&date=\d{4}-\d{2}-\d{2}/);
  const second = await title.textContent();
  await page.getByRole("link", { name: "Week", exact: true }).click();
  await expect(page).toHaveURL(/view=week/);
  await expect(page.locator(".week-list .week-day")).toHaveCount(7);
  await page.getByRole("link", { name: "Agenda" }).click();
  await expect(page).toHaveURL(/view=agenda/);
  await expect(page.locator(".agenda, .empty").first()).toBeVisible();
  await page.goBack();
  await expect(page.locator(".week-list")).toBeVisible();
  await page.goBack();
  await expect(title).toHaveText(second);
  await page.getByRole("link", { name: "Today" }).click();
  await expect(title).toHaveText(first);
  expect(errors).toEqual([]);
});

test("arrow keys move the focused day and Enter opens it", async ({ page }) => {
  const e = await createEvent(page.request, `Keyboard hike ${uid()}`, { days: 2 });
  const day = e.starts_at.slice(0, 10);
  await page.goto(`/g/hiking/events?view=month&date=${day}`);
  await appReady(page);
  const cell = page.locator(`[data-day="${day}"]`);
  await cell.focus();
  await page.keyboard.press("ArrowRight");
  const next = new Date(Date.parse(day) + 86400e3).toISOString().slice(0, 10);
  await expect(page.locator(`[data-day="${next}"]`)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(cell).toBeFocused();
  await page.keyboard.press("Enter");
  const panel = page.locator(".day-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("link", { name: e.title })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  // PageDown goes to the next month with focus kept on the grid.
  await cell.focus();
  await page.keyboard.press("PageDown");
  await expect(page).toHaveURL(/view=month/);
  await expect(page.locator(".month-grid [data-day]:focus")).toHaveCount(1);
});

test("garbage in the URL falls back to the calendar's own view and today with a notice, without errors", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/g/hiking/events?view=decade&date=2026-99-99&tz=Mars/Olympus");
  await appReady(page);
  await expect(page.locator(".agenda").first()).toBeVisible();
  const notice = page.locator(".calendar .notice");
  await expect(notice).toContainText("not a calendar view");
  await expect(notice).toContainText("not a date");
  await expect(notice).toContainText("not a time zone");
  expect(errors).toEqual([]);
});

test("busy days show +N more, which lists every event of the day", async ({ page }) => {
  const day = 20;
  const titles = [];
  for (let i = 0; i < 5; i++) {
    const e = await createEvent(page.request, `Busy ${i} ${uid()}`, { days: day });
    titles.push(e.title);
  }
  const date = new Date(Date.now() + day * 86400e3).toISOString().slice(0, 10);
  await page.goto(`/g/hiking/events?view=month&date=${date}`);
  await appReady(page);
  const cell = page.locator(".month-cell", { has: page.locator(`[data-day="${date}"]`) });
  const more = cell.getByRole("button", { name: /^\+\d+ more$/ });
  await expect(more).toBeVisible();
  await more.click();
  for (const t of titles) await expect(page.locator(".day-panel").getByRole("link", { name: t })).toBeVisible();
});

test("an organiser creates an event; the form checks times and capacity first", { tag: "@smoke" }, async ({ context, page }) => {
  await loginAs(context, page.request, "alice");
  await page.goto("/g/hiking/events");
  await appReady(page);
  await page.getByRole("button", { name: "New event" }).click();
  const title = `Full moon walk ${uid()}`;
  await page.locator("#event-title").fill(title);
  await page.locator("#event-start").fill("2027-01-15T20:00");
  await page.locator("#event-end").fill("2027-01-15T18:00");
  await page.locator("#event-tz").fill("Europe/Berlin");
  await page.locator("#event-capacity").fill("0");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.locator("#event-end-error")).toContainText("after the start");
  await expect(page.locator("#event-capacity-error")).toContainText("at least 1");
  await page.locator("#event-end").fill("2027-01-15T23:00");
  await page.locator("#event-capacity").fill("3");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(/\/g\/hiking\/e\/\d+$/);
  await expect(page.locator("main h1")).toHaveText(title);
  // 20:00 in Berlin in January is 19:00 UTC; the browser here runs in UTC.
  await expect(page.locator(".when-local")).toContainText("19:00–22:00");
  await expect(page.locator(".when-own")).toContainText("20:00–23:00 in Europe/Berlin");
  await expect(page.locator(".counts")).toContainText("3 of 3 places left");
  expect(await axe(page)).toEqual([]);
});

test("RSVP until full: the next member is waitlisted, and promoted when someone declines", { tag: "@smoke" }, async ({ browser, request }) => {
  test.setTimeout(90_000);
  const event = await createEvent(request, `Small group hike ${uid()}`, { capacity: 2, days: 12 });
  const url = `/g/hiking/e/${event.id}`;
  const members = [await newMember(request), await newMember(request), await newMember(request)];
  const pages = [];
  for (const m of members) {
    const ctx = await browser.newContext();
    await ctx.addInitScript(
      ([key, value]) => localStorage.setItem(key, value),
      ["kith.session.self", JSON.stringify({ token: m.token, username: m.username, expires_at: "2099-01-01T00:00:00Z" })],
    );
    const p = await ctx.newPage();
    await p.goto(url);
    await appReady(p);
    pages.push(p);
  }
  const [a, b, c] = pages;
  const status = (p) => p.locator(".rsvp-status");
  await a.getByRole("button", { name: "Going" }).click();
  await expect(status(a)).toHaveText("You are going.");
  await b.getByRole("button", { name: "Going" }).click();
  await expect(status(b)).toHaveText("You are going.");
  await expect(b.locator(".counts")).toContainText("full (2 places)");
  // c still sees the old counts; its answer is decided by the server: waitlisted.
  await c.getByRole("button", { name: /Going|Join the waitlist/ }).click();
  await expect(status(c)).toContainText("number 1 on the waitlist");
  await expect(c.getByRole("button", { name: "On the waitlist" })).toHaveAttribute("aria-pressed", "true");
  await expect(c.locator(".attendees")).toContainText("Waitlist (1)");
  // a can't go after all: c moves up.
  await a.getByRole("button", { name: "Can't go" }).click();
  await expect(status(a)).toHaveText("You said you can't go.");
  await c.reload();
  await appReady(c);
  await expect(status(c)).toHaveText("You are going.");
  await expect(c.locator(".counts")).toContainText("2 going");
  await expect(c.locator(".attendees")).not.toContainText("Waitlist");
  for (const p of pages) await p.context().close();
});

test("a cancelled event is marked and takes no answers", async ({ context, page, request }) => {
  const event = await createEvent(request, `Rained out ${uid()}`, { days: 5 });
  await loginAs(context, request, "alice");
  await page.goto(`/g/hiking/e/${event.id}`);
  await appReady(page);
  await page.getByRole("button", { name: "Cancel event" }).click();
  await page.getByRole("button", { name: "Cancel the event" }).click();
  await expect(page.locator(".cancelled-banner")).toHaveText("This event is cancelled.");
  await expect(page.getByRole("button", { name: "Going" })).toBeDisabled();
});

test("the event downloads as iCalendar and the group calendar link can be copied", async ({ context, page, request }) => {
  const event = await createEvent(request, `Calendar export ${uid()}`, { days: 8 });
  await loginAs(context, request, "carol");
  await page.goto(`/g/hiking/e/${event.id}`);
  await appReady(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Add to calendar (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString());
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text).toContain(`SUMMARY:${event.title}`);
  expect(text).toContain(`DTSTART:${event.starts_at.replace(/[-:]/g, "")}`);
  await page.goto("/g/hiking/events");
  await appReady(page);
  await expect(page.locator("#calendar-url")).toHaveValue(/\/api\/v1\/groups\/hiking\/calendar\.ics$/);
});

test("the member's calendar gathers events from all their groups", async ({ context, page, request }) => {
  const event = await createEvent(request, `Across groups ${uid()}`, { days: 3 });
  await loginAs(context, request, "carol");
  const date = event.starts_at.slice(0, 10);
  await page.goto(`/calendar?view=agenda&date=${date}`);
  await appReady(page);
  await expect(page.getByRole("link", { name: event.title })).toBeVisible();
  await expect(page.locator(".agenda")).toContainText("Hiking Berlin");
  expect(await axe(page)).toEqual([]);
});
