// Date polls: starting one with the form (checks, rows, draft), answering with the three-way
// radios, who can come when, answers made offline through the outbox, and the leader turning the
// best date into an event that RSVPs the members who answered.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";
import { API, auth, apiLogin, loginAs, uid } from "./kith.js";

const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
const day = (days) => new Date(Date.now() + days * 86400e3).toISOString().slice(0, 10);

/** A poll in `hiking` made by alice through the API, with two evenings `days` ahead. */
async function createPoll(request, title, days = 20) {
  const { token } = await apiLogin(request, "alice");
  const options = [days, days + 7].map((d) => {
    const start = new Date(Date.now() + d * 86400e3);
    start.setUTCHours(17, 0, 0, 0);
    return { starts_at: iso(start), ends_at: iso(new Date(start.getTime() + 3 * 3600e3)) };
  });
  const resp = await request.post(`${API}/groups/hiking/polls`, {
    headers: auth(token),
    data: { title, description: "Which evening suits you?", time_zone: "Europe/Berlin", options },
  });
  expect(resp.status()).toBe(201);
  return resp.json();
}

test("a leader starts a date poll; members answer and see who can come when", { tag: "@smoke" }, async ({ browser, context, page, request }) => {
  const errors = watchErrors(page);
  await loginAs(context, request, "alice");
  await page.goto("/g/hiking/polls");
  await appReady(page);
  await expect(page.getByRole("link", { name: "Date polls" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("link", { name: "New date poll" }).click();
  await expect(page).toHaveURL(/\/g\/hiking\/polls\/new$/);

  // Checked before sending: every row says what it lacks.
  const title = `Evening walk ${uid()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Start the poll" }).click();
  await expect(page.locator(".poll-row").first()).toContainText("Date 1: Choose a date.");

  const rows = page.locator(".poll-row");
  await rows.nth(0).getByLabel("Day").fill(day(20));
  await rows.nth(0).getByLabel("From").fill("18:00");
  await rows.nth(0).getByLabel("To").fill("21:00");
  await rows.nth(1).getByLabel("Day").fill(day(22));
  await rows.nth(1).getByLabel("From").fill("18:00");
  await rows.nth(1).getByLabel("To").fill("17:00");
  // A new row starts the day after the last one, at the same times.
  await page.getByRole("button", { name: "Add a date" }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2).getByLabel("Day")).toHaveValue(day(23));
  await page.getByLabel("Time zone").fill("Europe/Berlin");
  expect(await axe(page)).toEqual([]);

  // Kept as a draft: a reload brings every row back.
  await page.waitForTimeout(600);
  await page.reload();
  await appReady(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).getByLabel("Day")).toHaveValue(day(22));
  await page.getByRole("button", { name: "Start the poll" }).click();
  await expect(rows.nth(1)).toContainText("Date 2: The end must be after the start.");
  await rows.nth(1).getByLabel("To").fill("21:00");
  await page.getByRole("button", { name: "Remove date 3" }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole("button", { name: "Start the poll" }).click();
  await expect(page).toHaveURL(/\/g\/hiking\/polls\/\d+$/);
  const pollId = Number(page.url().split("/").pop());
  const { token: aliceToken } = await apiLogin(request, "alice");
  const poll = await (await request.get(`${API}/polls/${pollId}`, { headers: auth(aliceToken) })).json();
  expect(poll.title).toBe(title);
  expect(poll.time_zone).toBe("Europe/Berlin");
  // 18:00 in Berlin in winter is 17:00 UTC.
  expect(poll.options.map((o) => o.starts_at.slice(11))).toEqual(["17:00:00Z", "17:00:00Z"]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("poll:hiking:new")))).toEqual([]);

  // Alice answers yes to the first date with the radios.
  const first = page.locator(".poll-option").first();
  await first.getByRole("radio", { name: "Yes" }).check();
  await expect(page.locator(".poll-dates .form-message")).toHaveText("Your answer is saved.");
  await expect(first.locator(".tally")).toHaveText("1 yes · 0 if need be · 0 no");
  await expect(first.locator(".badge.best")).toBeVisible();

  // Carol answers "if need be" with the keyboard (arrow keys move within the group).
  const carolContext = await browser.newContext({ serviceWorkers: "block" });
  await loginAs(carolContext, request, "carol");
  const carol = await carolContext.newPage();
  await carol.goto(`/g/hiking/polls/${pollId}`);
  await appReady(carol);
  const yes = carol.locator(".poll-option").first().getByRole("radio", { name: "Yes" });
  await yes.focus();
  await carol.keyboard.press("ArrowRight");
  await expect(carol.locator(".poll-option").first().getByRole("radio", { name: "If need be" })).toBeChecked();
  await expect(carol.locator(".poll-dates .form-message")).toHaveText("Your answer is saved.");

  // The results: a row per member, a cell per date, marks with words for screen readers.
  const table = carol.locator(".poll-results");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  const carolRow = table.locator("tbody tr", { hasText: "Carol" });
  await expect(carolRow.locator("td").first()).toContainText("if need be");
  await expect(carolRow.locator("td").nth(1)).toContainText("no answer");
  await expect(table.locator("thead th.best")).toHaveCount(1);
  expect(await axe(carol)).toEqual([]);
  await carolContext.close();

  // Visitors see the dates but not who answered what.
  const visitorContext = await browser.newContext({ serviceWorkers: "block" });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/g/hiking/polls/${pollId}`);
  await appReady(visitor);
  await expect(visitor.locator(".who-can-come")).toContainText("Only the group's members see who answered what.");
  await expect(visitor.locator("input[type=radio]")).toHaveCount(0);
  await visitorContext.close();
  expect(errors).toEqual([]);
});

test("answers made offline wait in the outbox, show as waiting, and are sent once back online", async ({ context, page, request }) => {
  await loginAs(context, request, "carol");
  const poll = await createPoll(request, `Offline poll ${uid()}`);
  await page.goto(`/g/hiking/polls/${poll.id}`);
  await appReady(page);
  await expect(page.locator(".poll-option")).toHaveCount(2);

  await context.setOffline(true);
  const second = page.locator(".poll-option").nth(1);
  await second.getByRole("radio", { name: "Yes" }).check();
  await expect(page.locator(".poll-dates .form-message")).toContainText("wait in your outbox");
  await expect(second.locator(".answer-note")).toHaveText("Waiting to be sent");
  // A second answer offline joins the first in one outbox item.
  await page.locator(".poll-option").first().getByRole("radio", { name: "No" }).check();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("kith.outbox.self|carol") || "[]"));
  expect(stored).toHaveLength(1);
  expect(stored[0].what.kind).toBe("poll_votes");
  expect(stored[0].what.answers).toEqual([
    { option_id: poll.options[1].id, answer: "yes" },
    { option_id: poll.options[0].id, answer: "no" },
  ]);
  await expect(page.locator(".pending-items")).toContainText("2 answers in the date poll");

  await context.setOffline(false);
  await expect(page.locator(".pending-items")).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator(".poll-dates .form-message")).toHaveText("Your waiting answers have been sent.");
  await expect(second.locator(".answer-note")).toHaveCount(0);
  const { token } = await apiLogin(request, "carol");
  const after = await (await request.get(`${API}/polls/${poll.id}`, { headers: auth(token) })).json();
  expect(after.options.map((o) => o.my_answer)).toEqual(["no", "yes"]);
});

test("the leader makes the best date an event: yes is going, if need be maybe; the poll closes", async ({ browser, context, page, request }) => {
  await loginAs(context, request, "alice");
  const poll = await createPoll(request, `Make it an event ${uid()}`, 30);
  const vote = async (username, answers) => {
    const { token } = await apiLogin(request, username);
    const resp = await request.put(`${API}/polls/${poll.id}/votes`, {
      headers: auth(token),
      data: { answers: answers.map(([i, answer]) => ({ option_id: poll.options[i].id, answer })) },
    });
    expect(resp.status()).toBe(200);
  };
  await vote("bob", [[0, "yes"], [1, "no"]]);
  await vote("carol", [[0, "if_need_be"], [1, "yes"]]);

  await page.goto(`/g/hiking/polls/${poll.id}`);
  await appReady(page);
  const first = page.locator(".poll-option").first();
  await expect(first.locator(".badge.best")).toBeVisible();
  await first.getByRole("button", { name: "Make it an event" }).click();
  const form = page.locator(".make-event");
  await expect(form.getByLabel("Title")).toHaveValue(poll.title);
  await expect(form).toContainText("Answered yes: 1 member marked going");
  await form.getByLabel("Capacity").fill("0");
  await form.getByRole("button", { name: "Create the event" }).click();
  await expect(form.locator("#pe-capacity-error")).toContainText("at least 1");
  await form.getByLabel("Capacity").fill("");
  await form.getByLabel("Location").fill("Gendarmenmarkt");
  await form.getByRole("button", { name: "Create the event" }).click();
  await expect(page).toHaveURL(/\/g\/hiking\/e\/\d+$/);
  const eventId = Number(page.url().split("/").pop());

  const { token } = await apiLogin(request, "alice");
  const event = await (await request.get(`${API}/events/${eventId}`, { headers: auth(token) })).json();
  expect([event.starts_at, event.location, event.time_zone]).toEqual([poll.options[0].starts_at, "Gendarmenmarkt", "Europe/Berlin"]);
  const attendees = await (await request.get(`${API}/events/${eventId}/attendees?limit=100`, { headers: auth(token) })).json();
  const status = Object.fromEntries(attendees.items.map((a) => [a.user.username, a.status]));
  expect([status.bob, status.carol]).toEqual(["going", "maybe"]);
  // Bob is told once that he is on the list (not also of a new event).
  const bob = await apiLogin(request, "bob");
  const inbox = await (await request.get(`${API}/notifications?limit=50`, { headers: auth(bob.token) })).json();
  const about = inbox.items.filter((n) => n.target && n.target.type === "event" && n.target.id === eventId);
  expect(about.map((n) => n.kind)).toEqual(["poll_scheduled"]);

  await page.goto(`/g/hiking/polls/${poll.id}`);
  await appReady(page);
  await expect(page.locator(".poll-closed")).toContainText("This poll became an event.");
  await expect(page.locator(".poll-closed a")).toHaveAttribute("href", `/g/hiking/e/${eventId}`);
  await expect(page.locator("input[type=radio]")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Make it an event" })).toHaveCount(0);
  await page.goto("/g/hiking/polls");
  await appReady(page);
  await expect(page.locator(".poll-card", { hasText: poll.title })).toContainText("Became an event");
});

test("owners let every member start polls; otherwise members are told who may", async ({ browser, context, page, request }) => {
  await loginAs(context, request, "alice");
  const carolContext = await browser.newContext({ serviceWorkers: "block" });
  await loginAs(carolContext, request, "carol");
  const carol = await carolContext.newPage();
  await carol.goto("/g/hiking/polls/new");
  await appReady(carol);
  await expect(carol.locator(".not-allowed")).toContainText("moderators and owners start date polls");

  await page.goto("/g/hiking/mod?tab=guidelines");
  await appReady(page);
  const setting = page.getByLabel("Every member may start a date poll");
  await setting.check();
  await expect(page.locator(".poll-setting")).toContainText("Saved: every member may start a date poll.");
  try {
    await carol.goto("/g/hiking/polls");
    await appReady(carol);
    await expect(carol.getByRole("link", { name: "New date poll" })).toBeVisible();
  } finally {
    await setting.uncheck();
    await expect(page.locator(".poll-setting")).toContainText("Saved: only moderators and owners");
    await carolContext.close();
  }
});
