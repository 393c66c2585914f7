// Repeating events, end to end: an organiser makes a weekly series (seeing the next dates
// before saving), skips one date and moves another on its own; a member answers "going to every
// date" and then declines one date. The series lives in `hiking` (alice owns it, carol is a
// member): five dates from five weeks out, under a unique title.
import { test, expect } from "@playwright/test";
import { appReady, axe, watchErrors } from "./helpers.js";
import { API, apiLogin, auth, loginAs, uid } from "./kith.js";

const SLUG = "hiking";
const ZONE = "Europe/Berlin";
const DAY_MS = 86400e3;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 3339 UTC without fractions, as the API writes instants. */
const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
/** `YYYY-MM-DD` of a UTC date. */
const ymd = (d) => d.toISOString().slice(0, 10);
/** "Thu 7 Jan 2027" of a UTC date, as the app writes dates. */
const shortDate = (d) => `${WEEKDAYS[d.getUTCDay()].slice(0, 3)} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
/** "Thursday 7 Jan 2027", as the calendar heads its days. */
const longDate = (d) => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/** The dates of the series titled `title` in the group, earliest first (from the API). */
async function datesOf(request, token, title, from) {
  const out = [];
  let cursor = null;
  for (let i = 0; i < 20; i++) {
    const q = new URLSearchParams({ limit: "100" });
    if (cursor) q.set("cursor", cursor);
    else {
      q.set("from", iso(new Date(from.getTime() - DAY_MS)));
      q.set("to", iso(new Date(from.getTime() + 60 * DAY_MS)));
    }
    const resp = await request.get(`${API}/groups/${SLUG}/events?${q}`, { headers: auth(token) });
    expect(resp.status(), await resp.text()).toBe(200);
    const page = await resp.json();
    out.push(...page.items.filter((e) => e.title === title));
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  return out.sort((a, b) => a.starts_at.localeCompare(b.starts_at));
}

test("a weekly series: preview, the rule in words, skip a date, move one alone, going to every date but one", { tag: "@smoke" }, async ({
  browser,
  context,
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  const title = `Weekly evening walk ${uid()}`;
  // Five weeks out, at 19:00 in Berlin: all five dates a week apart fit the agenda's 30 days.
  const first = new Date(Date.now() + 35 * DAY_MS);
  first.setUTCHours(0, 0, 0, 0);
  const weekly = Array.from({ length: 5 }, (_, i) => new Date(first.getTime() + i * 7 * DAY_MS));
  const weekday = WEEKDAYS[first.getUTCDay()];

  // --- The organiser makes the series, checking the next dates before saving.
  await loginAs(context, request, "alice");
  await page.goto(`/g/${SLUG}/events`);
  await appReady(page);
  await page.getByRole("button", { name: "New event" }).click();
  await page.locator("#event-title").fill(title);
  await page.locator("#event-start").fill(`${ymd(first)}T19:00`);
  await page.locator("#event-end").fill(`${ymd(first)}T21:00`);
  await page.locator("#event-tz").fill(ZONE);
  await page.locator("#event-location").fill("Meeting point: S-Bahn station exit");
  const repeat = page.locator("#event-repeat");
  await expect(repeat.locator("option", { hasText: `Every week on ${weekday}` })).toHaveCount(1);
  await repeat.selectOption({ label: `Every week on ${weekday}` });
  await expect(repeat).toHaveValue("weekly");
  await expect(page.locator(".next-dates-title")).toHaveText("Next dates:");
  await expect(page.locator(".next-dates li")).toHaveText(weekly.map((d) => `${shortDate(d)}, 19:00`));
  // Five dates in all, so the runs of this test do not fill the group's calendar for a year.
  await page.locator("#event-repeat-end").selectOption({ label: "After a number of dates" });
  await page.locator("#event-repeat-count").fill("5");
  await expect(page.locator(".next-dates li")).toHaveText(weekly.map((d) => `${shortDate(d)}, 19:00`));
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page).toHaveURL(new RegExp(`/g/${SLUG}/e/\\d+$`));
  await expect(page.locator("main h1")).toHaveText(title);
  await expect(page.locator(".series-rule")).toHaveText(`Repeats every week on ${weekday}, 5 times`);
  await expect(page.locator(".when-own")).toContainText(`${longDate(first)}, 19:00–21:00 in ${ZONE}`);
  expect(await axe(page)).toEqual([]);

  const alice = await apiLogin(request, "alice");
  const dates = await datesOf(request, alice.token, title, first);
  expect(dates.length, "the dates of the series").toBe(5);
  const ids = dates.slice(0, 5).map((e) => e.id);
  expect(page.url()).toMatch(new RegExp(`/e/${ids[0]}$`));
  expect(dates.slice(0, 5).map((e) => e.series_id)).toEqual(Array(5).fill(dates[0].series_id));

  // The group's agenda from the first date lists all five.
  const agenda = `/g/${SLUG}/events?view=agenda&date=${ymd(first)}`;
  const ours = page.locator(".agenda-item").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await page.goto(agenda);
  await appReady(page);
  await expect(ours).toHaveCount(5);

  // --- Skip the second date: nobody answered it, so it is gone from the agenda.
  await page.goto(`/g/${SLUG}/e/${ids[1]}`);
  await appReady(page);
  await expect(page.locator(".when-own")).toContainText(longDate(weekly[1]));
  await page.getByRole("button", { name: "Skip this date" }).click();
  const skipDialog = page.getByRole("alertdialog", { name: "Skip this date?" });
  await expect(skipDialog).toBeVisible();
  await skipDialog.getByRole("button", { name: "Skip the date" }).click();
  await expect(page).toHaveURL(new RegExp(`/g/${SLUG}/events$`));
  await page.goto(agenda);
  await appReady(page);
  await expect(ours).toHaveCount(4);
  const daySection = (d) => page.locator(".agenda-day").filter({ has: page.getByRole("heading", { name: longDate(d) }) });
  await expect(daySection(weekly[1]).getByRole("link", { name: title, exact: true })).toHaveCount(0);
  await expect(daySection(weekly[2]).getByRole("link", { name: title, exact: true })).toHaveCount(1);
  const skipped = await request.get(`${API}/events/${ids[1]}`, { headers: auth(alice.token) });
  expect(skipped.status()).toBe(404);

  // --- Move the third date on its own: 18:00–20:00 instead of 19:00–21:00.
  await page.goto(`/g/${SLUG}/e/${ids[2]}`);
  await appReady(page);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const scope = page.locator("#event-scope");
  await expect(scope.getByRole("radio")).toHaveCount(3);
  await scope.getByRole("radio", { name: "This date only" }).check();
  // "This date only" does not offer to change how the event repeats.
  await expect(page.locator("#event-repeat")).toHaveCount(0);
  await expect(page.locator("#event-start")).toHaveValue(`${ymd(weekly[2])}T19:00`);
  await page.locator("#event-start").fill(`${ymd(weekly[2])}T18:00`);
  await page.locator("#event-end").fill(`${ymd(weekly[2])}T20:00`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.locator(".when-own")).toContainText(`${longDate(weekly[2])}, 18:00–20:00 in ${ZONE}`);
  await expect(page.locator(".series-rule")).toContainText("This date was changed on its own.");
  // Only that date moved: the others keep their time, on the server and on their pages.
  const hourEarlier = (at) => iso(new Date(Date.parse(at) - 3600e3));
  await expect
    .poll(async () => (await datesOf(request, alice.token, title, first)).slice(0, 4).map((e) => [e.id, e.starts_at, e.ends_at, e.detached]))
    .toEqual([
      [ids[0], dates[0].starts_at, dates[0].ends_at, false],
      [ids[2], hourEarlier(dates[2].starts_at), hourEarlier(dates[2].ends_at), true],
      [ids[3], dates[3].starts_at, dates[3].ends_at, false],
      [ids[4], dates[4].starts_at, dates[4].ends_at, false],
    ]);
  for (const i of [3, 4]) {
    await page.goto(`/g/${SLUG}/e/${ids[i]}`);
    await appReady(page);
    await expect(page.locator(".when-own")).toContainText(`${longDate(weekly[i])}, 19:00–21:00 in ${ZONE}`);
    await expect(page.locator(".series-rule")).toHaveText(`Repeats every week on ${weekday}, 5 times`);
  }
  expect(errors).toEqual([]);

  // --- A member: going to every date, then can't go to one of them.
  const carolContext = await browser.newContext();
  try {
    const member = await carolContext.newPage();
    const memberErrors = watchErrors(member);
    await loginAs(carolContext, request, "carol");
    await member.goto(`/g/${SLUG}/e/${ids[0]}`);
    await appReady(member);
    const everyDate = member.getByRole("switch", { name: "Going to every date" });
    await expect(everyDate).not.toBeChecked();
    await expect(everyDate).toBeEnabled();
    await everyDate.check();
    await expect(everyDate).toBeChecked();
    await expect(member.locator(".every-date [role=status]")).toContainText("You are going to every date");
    // The date shown is loaded again: its own answer says going.
    await expect(member.locator(".rsvp-status")).toHaveText("You are going.");
    await expect(member.getByRole("button", { name: "Going", exact: true })).toHaveAttribute("aria-pressed", "true");

    // Another date (the moved one counts too) shows the answer.
    await member.goto(`/g/${SLUG}/e/${ids[3]}`);
    await appReady(member);
    await expect(member.locator(".rsvp-status")).toHaveText("You are going.");
    await expect(member.getByRole("button", { name: "Going", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(member.getByRole("switch", { name: "Going to every date" })).toBeChecked();
    await expect(member.locator(".attendees")).toContainText("Carol Okafor");

    // Can't go to this one: it stays declined, the next date is still going.
    await member.getByRole("button", { name: "Can't go" }).click();
    await expect(member.locator(".rsvp-status")).toHaveText("You said you can't go.");
    await expect(member.getByRole("button", { name: "Can't go" })).toHaveAttribute("aria-pressed", "true");
    await member.reload();
    await appReady(member);
    await expect(member.locator(".rsvp-status")).toHaveText("You said you can't go.");
    await expect(member.getByRole("button", { name: "Can't go" })).toHaveAttribute("aria-pressed", "true");
    await expect(member.getByRole("switch", { name: "Going to every date" })).toBeChecked();

    await member.goto(`/g/${SLUG}/e/${ids[4]}`);
    await appReady(member);
    await expect(member.locator(".rsvp-status")).toHaveText("You are going.");
    await expect(member.getByRole("button", { name: "Going", exact: true })).toHaveAttribute("aria-pressed", "true");
    expect(await axe(member)).toEqual([]);

    // The server agrees, date by date.
    const carol = await apiLogin(request, "carol");
    const answers = [];
    for (const id of [ids[0], ids[2], ids[3], ids[4]]) {
      const resp = await request.get(`${API}/events/${id}`, { headers: auth(carol.token) });
      expect(resp.status()).toBe(200);
      answers.push((await resp.json()).my_rsvp);
    }
    expect(answers).toEqual(["going", "going", "declined", "going"]);
    expect(memberErrors).toEqual([]);
  } finally {
    await carolContext.close();
  }
});
