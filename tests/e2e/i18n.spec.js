// The member's language: a pseudo-locale sweep that finds any text outside the catalogs and any
// layout that cannot take 40 % longer words at 360 px; German and Arabic through axe on every
// route; right-to-left mirroring of the header and the feed; the language picker; catalogs
// fetched only when needed and kept for offline starts.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";
import { API, auth, apiLogin, loginAs } from "./kith.js";

/** Starts every page of the context in `lang` (what the Settings picker stores). */
async function useLanguage(context, lang) {
  await context.addInitScript((l) => {
    try {
      localStorage.setItem("kith.lang", l);
    } catch (e) {}
  }, lang);
}

/** One post, one event and one poll of alice's groups, for the detail routes. */
async function samples(request) {
  const alice = await apiLogin(request, "alice");
  const posts = await (await request.get(`${API}/groups/hiking/posts?limit=1&sort=new`, { headers: auth(alice.token) })).json();
  const from = new Date(Date.now() - 86400e3).toISOString();
  const to = new Date(Date.now() + 60 * 86400e3).toISOString();
  const events = await (await request.get(`${API}/groups/spree-cyclists/events?from=${from}&to=${to}`, { headers: auth(alice.token) })).json();
  const polls = await (await request.get(`${API}/groups/spree-cyclists/polls`, { headers: auth(alice.token) })).json();
  const list = (x) => (Array.isArray(x) ? x : x.items || []);
  const post = list(posts)[0];
  const event = list(events)[0];
  const poll = list(polls)[0];
  return [
    "/",
    "/discover",
    "/g/hiking",
    "/g/hiking/events",
    "/g/hiking/members",
    "/g/hiking/about",
    "/g/hiking/mod",
    "/g/spree-cyclists/polls",
    "/g/spree-cyclists/polls/new",
    ...(post ? [`/g/hiking/p/${post.id}`] : []),
    ...(event ? [`/g/spree-cyclists/e/${event.id}`] : []),
    ...(poll ? [`/g/spree-cyclists/polls/${poll.id}`] : []),
    "/u/alice",
    "/calendar",
    "/notifications",
    "/drafts",
    "/settings",
    "/new-group",
    "/no-such-page",
  ];
}

const VISITOR_ROUTES = ["/", "/discover", "/g/hiking", "/g/hiking/events", "/g/hiking/about", "/login", "/signup"];

/** Visible text and labels that do not carry the pseudo-locale's ⟦ ⟧, outside member content. */
function untranslated() {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    return r.width > 1 && r.height > 1 && cs.visibility !== "hidden" && cs.display !== "none";
  };
  const exempt = (el) => el.closest('[dir="auto"], time, script, style, noscript, code, pre, .visually-hidden');
  const where = (el) => {
    const parts = [];
    for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) {
      parts.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : ""));
    }
    return parts.join(" > ");
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeValue.trim();
    if (!t || !/\p{L}/u.test(t)) continue;
    const el = n.parentElement;
    if (!el || exempt(el) || !visible(el)) continue;
    if (!t.includes("⟦") && !t.includes("⟧")) out.push(`${where(el)}: "${t.slice(0, 60)}"`);
  }
  for (const el of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
    for (const a of ["aria-label", "title", "placeholder", "alt"]) {
      const v = el.getAttribute(a);
      // An example address is not words to translate.
      if (v && /\p{L}/u.test(v) && !v.includes("⟦") && !/^https?:\/\/\S+$/.test(v) && !el.matches('[dir="auto"]')) out.push(`${where(el)} [${a}]: "${v.slice(0, 60)}"`);
    }
  }
  return out;
}

/** Elements that stick out of a 360 px page, or cut their own text off. */
function overflowing() {
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth + 1) out.push(`the page scrolls sideways: ${doc.scrollWidth} px wide`);
  const scrolls = (el) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || el.closest(".visually-hidden, svg")) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === "hidden" || cs.position === "fixed") continue;
    const text = (el.textContent || "").trim();
    if (!text) continue;
    const label = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : ""} "${text.slice(0, 40)}"`;
    if ((r.right > window.innerWidth + 1 || r.left < -1) && !scrolls(el)) out.push(`${label} sticks out (${Math.round(r.left)}–${Math.round(r.right)})`);
    const clips = cs.overflowX === "hidden" || cs.overflowX === "clip" || cs.textOverflow === "ellipsis";
    if (clips && el.scrollWidth > el.clientWidth + 1 && !el.closest('[dir="auto"]')) out.push(`${label} cuts its text (${el.scrollWidth} > ${el.clientWidth})`);
  }
  return [...new Set(out)].slice(0, 30);
}

test.describe("pseudo-locale", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("every visitor route: all text from the catalog, nothing overflows at 360 px", async ({ page, context }) => {
    const errors = watchErrors(page);
    await useLanguage(context, "en-XA");
    const found = [];
    for (const route of VISITOR_ROUTES) {
      await page.goto(route);
      await appReady(page);
      // Page titles that are member content (a group's name) carry dir="auto" instead.
      if (!route.startsWith("/g/")) await expect(page.locator("main h1")).toContainText("⟦");
      await page.waitForLoadState("networkidle");
      for (const p of await page.evaluate(untranslated)) found.push(`${route} ${p}`);
      for (const p of await page.evaluate(overflowing)) found.push(`${route} ${p}`);
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("every member and leader route: all text from the catalog, nothing overflows at 360 px", async ({ page, context, request }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    const routes = await samples(request);
    await loginAs(context, request, "alice");
    await useLanguage(context, "en-XA");
    const found = [];
    for (const route of routes) {
      await page.goto(route);
      await appReady(page);
      await page.waitForLoadState("networkidle");
      for (const p of await page.evaluate(untranslated)) found.push(`${route} ${p}`);
      for (const p of await page.evaluate(overflowing)) found.push(`${route} ${p}`);
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});

for (const lang of ["de", "ar"]) {
  test(`${lang}: every route passes axe, with <html lang dir> set`, async ({ page, context, request }) => {
    test.setTimeout(150_000);
    const errors = watchErrors(page);
    const routes = await samples(request);
    await loginAs(context, request, "alice");
    await useLanguage(context, lang);
    const found = [];
    for (const route of routes) {
      await page.goto(route);
      await appReady(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("html")).toHaveAttribute("dir", lang === "ar" ? "rtl" : "ltr");
      await page.waitForLoadState("networkidle");
      for (const v of await axe(page)) found.push({ route, ...v });
    }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test("a visitor's German and Arabic pages pass axe too", async ({ browser }) => {
  test.setTimeout(90_000);
  const found = [];
  for (const lang of ["de", "ar"]) {
    const context = await browser.newContext({ locale: lang === "de" ? "de-DE" : "ar-EG" });
    const page = await context.newPage();
    for (const route of VISITOR_ROUTES) {
      await page.goto(route);
      await appReady(page);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await page.waitForLoadState("networkidle");
      for (const v of await axe(page)) found.push({ lang, route, ...v });
    }
    await context.close();
  }
  expect(found).toEqual([]);
});

test("right to left: the header and the feed mirror", async ({ browser }, testInfo) => {
  const shots = {};
  const boxes = {};
  for (const lang of ["en", "ar"]) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: "en-GB" });
    await useLanguage(context, lang);
    const page = await context.newPage();
    await page.goto("/g/hiking");
    await appReady(page);
    await expect(page.locator(".post-card, article").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    boxes[lang] = await page.evaluate(() => {
      const box = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, width: r.width };
      };
      const card = document.querySelector(".post-card, main article");
      const heading = card && card.querySelector("h2, h3");
      const range = document.createRange();
      if (heading) range.selectNodeContents(heading);
      const text = heading ? range.getBoundingClientRect() : null;
      return {
        width: document.documentElement.clientWidth,
        brand: box("header .brand, header a[href='/']"),
        nav: box("header nav"),
        main: box("main h1"),
        card: box(".post-card, main article"),
        title: text && { left: text.left, right: text.right },
        dir: getComputedStyle(document.body).direction,
      };
    });
    shots[lang] = await page.screenshot();
    await testInfo.attach(`feed-${lang}.png`, { body: shots[lang], contentType: "image/png" });
    await context.close();
  }
  const [en, ar] = [boxes.en, boxes.ar];
  expect(en.dir).toBe("ltr");
  expect(ar.dir).toBe("rtl");
  const W = en.width;
  const near = (a, b, what) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(3);
  // The brand is the same word in both: its box is the left-to-right one reflected.
  near(ar.brand.right, W - en.brand.left, "brand");
  near(ar.brand.left, W - en.brand.right, "brand");
  // The navigation moves to the other side of the brand.
  expect(en.nav.left).toBeGreaterThan(en.brand.left);
  expect(ar.nav.right).toBeLessThan(ar.brand.right);
  // The page heading and the first post's title start at the mirrored edge.
  near(ar.main.right, W - en.main.left, "heading box");
  near(ar.card.right, W - en.card.left, "post card");
  near(ar.title.right, W - en.title.left, "post title start");
  // The two screenshots differ (the layout really changed), and neither is blank.
  expect(shots.en.equals(shots.ar)).toBe(false);
});

test("Settings: choosing a language reloads the app in it and remembers it; 'same as the browser' goes back", async ({ page, context, request }) => {
  const errors = watchErrors(page);
  await loginAs(context, request, "carol");
  await page.goto("/settings");
  await appReady(page);
  const picker = page.getByLabel("Language", { exact: true });
  await picker.selectOption("de");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("navigation").first()).not.toContainText("Discover");
  await page.goto("/discover");
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await page.goto("/settings");
  await appReady(page);
  const picker2 = page.locator("select").filter({ has: page.locator('option[value="ar"]') });
  await expect(picker2).toHaveValue("de");
  await picker2.selectOption("ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await appReady(page);
  await page.locator("select").filter({ has: page.locator('option[value="ar"]') }).selectOption("");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await appReady(page);
  await expect(page.getByLabel("Language", { exact: true })).toHaveValue("");
  expect(errors).toEqual([]);
});

test("only the member's catalog is downloaded: none for English, one for German", async ({ browser }) => {
  for (const [locale, want] of [["en-GB", []], ["de-DE", ["de"]]]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const asked = [];
    page.on("request", (r) => {
      const m = /\/i18n\/([a-z]{2})-[0-9a-f]+\.msg$/.exec(new URL(r.url()).pathname);
      if (m) asked.push(m[1]);
    });
    await page.goto("/discover");
    await appReady(page);
    await page.waitForLoadState("networkidle");
    expect(asked, locale).toEqual(want);
    await context.close();
  }
});

test("dates, plurals and the week follow the locale", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/g/hiking/events?view=month");
  await appReady(page);
  // German weeks start on Monday and name it "Mo."; US English weeks start on Sunday.
  const de = await page.locator(".month-grid [role=columnheader], .month-grid thead th").first().textContent();
  expect(de.trim()).toMatch(/^Mo/);
  await context.close();
  const us = await browser.newContext({ locale: "en-US" });
  const p2 = await us.newPage();
  await p2.goto("/g/hiking/events?view=month");
  await appReady(p2);
  const first = await p2.locator(".month-grid [role=columnheader], .month-grid thead th").first().textContent();
  expect(first.trim()).toMatch(/^Sun/);
  await us.close();
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });

  test("a German member's catalog is kept for an offline start", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE", serviceWorkers: "allow" });
    const page = await context.newPage();
    await page.goto("/discover");
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator(".site-header")).toBeVisible();
    await expect(page.locator(".site-header")).toContainText("Entdecken");
    await context.close();
  });
});

test.describe("push in the member's language", () => {
  test.use({ serviceWorkers: "allow" });

  test("the service worker words a push from its kind in German, and keeps the server's English for an unknown one", async ({ page, context, baseURL }) => {
    const origin = new URL(baseURL).origin;
    await context.grantPermissions(["notifications"], { origin });
    await useLanguage(context, "de");
    const cdp = await context.newCDPSession(page);
    const registrations = [];
    cdp.on("ServiceWorker.workerRegistrationUpdated", (e) => registrations.push(...e.registrations));
    await cdp.send("ServiceWorker.enable");
    await page.goto("/discover");
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const registration = () => registrations.find((r) => !r.isDeleted && r.scopeURL.startsWith(origin));
    await expect.poll(() => registration()?.registrationId).toBeTruthy();
    const push = (message) =>
      cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId: registration().registrationId, data: JSON.stringify(message) });
    const shown = () =>
      page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({ title: n.title, body: n.body })));
    await push({
      title: "Bob mentioned you",
      body: "Hello · 2 more unread",
      url: "/g/hiking",
      unread: 3,
      id: 1,
      kind: "mention",
      actor: "Bob",
      excerpt: "Hello",
      more: 2,
    });
    await expect.poll(shown).toEqual([{ title: "Bob hat dich erwähnt", body: "Hello · 2 weitere ungelesen" }]);
    await push({ title: "Something new", body: "x", url: "/", unread: 1, id: 2, kind: "not_a_kind_yet" });
    await expect.poll(shown).toEqual([{ title: "Something new", body: "x" }]);
  });
});
