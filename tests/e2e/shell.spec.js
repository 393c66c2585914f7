// The app shell: every route, the 404 page, the config error page, theme persistence, deep
// links, storage failures, security headers and accessibility in both themes.
import { test, expect } from "@playwright/test";
import { watchErrors, appReady, axe } from "./helpers.js";

const ROUTES = [
  ["/", /Home|Your feed/],
  ["/discover", /Discover/],
  ["/g/hiking", /./],
  ["/g/hiking/events", /./],
  ["/g/hiking/members", /./],
  ["/g/hiking/about", /./],
  ["/g/hiking/mod", /./],
  ["/g/hiking/p/1", /./],
  ["/g/hiking/e/1", /./],
  ["/calendar", /Calendar/],
  ["/drafts", /Drafts/],
  ["/settings", /Settings/],
  ["/login", /Log in/],
  ["/signup", /Sign up/],
  ["/new-group", /Start a group/],
];

test("every route renders one h1 inside main, with no console error", async ({ page }) => {
  const errors = watchErrors(page);
  for (const [path, h1] of ROUTES) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator("main h1")).toHaveText(h1);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("header nav")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test("an unknown address shows the 404 page inside the shell", async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto("/no/such/page");
  await expect(page.locator("main h1")).toHaveText("Page not found");
  await page.getByRole("link", { name: "discover groups" }).click();
  await expect(page).toHaveURL(/\/discover$/);
  expect(errors).toEqual([]);
});

test("a deep link loads directly and the server sends the CSP", async ({ page }) => {
  const resp = await page.goto("/g/hiking/events");
  expect(resp.status()).toBe(200);
  const csp = resp.headers()["content-security-policy"];
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  await appReady(page);
  expect(page.url()).toMatch(/\/g\/hiking\/events$/);
});

test("a missing file is a 404, not the app page", async ({ request }) => {
  const resp = await request.get("/missing-asset.js");
  expect(resp.status()).toBe(404);
});

for (const [name, body, expected] of [
  ["malformed", '{"api_base": ', /not valid/],
  ["wrong type", '{"api_base": 42}', /unusable value for "api_base"/],
  ["missing (HTML instead)", "<!doctype html><title>x</title>", /not found/],
]) {
  test(`a ${name} config.json shows the config error page`, async ({ page }) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body }),
    );
    await page.goto("/discover");
    await expect(page.locator("main h1")).toHaveText("Kith cannot start");
    await expect(page.locator(".error-message")).toHaveText(expected);
    await expect(page.locator(".error-fix")).toContainText("api_base");
  });
}

test("an unreachable config.json shows the config error page", async ({ page }) => {
  await page.route("**/config.json", (route) => route.abort("connectionrefused"));
  await page.goto("/");
  await expect(page.locator("main h1")).toHaveText("Kith cannot start");
  await expect(page.locator(".error-message")).toContainText("could not be loaded");
});

test("the theme choice applies at once and survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/settings");
  await appReady(page);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByLabel("Dark").check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await bg()).not.toBe(light);
  await page.reload();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByLabel("Dark")).toBeChecked();
  await page.getByLabel("Match my system").check();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.+/);
  expect(await bg()).toBe(light);
});

test("with storage disabled the app still works and says settings will not be kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("/settings");
  await appReady(page);
  await page.getByLabel("Dark").check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".notice", { hasText: "will not be remembered" })).toBeVisible();
});

test("the backend can be overridden in settings and reset", async ({ page }) => {
  await page.goto("/settings");
  await appReady(page);
  const field = page.getByLabel("Backend address");
  await field.fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Use this backend" }).click();
  await expect(page.locator("#backend-message")).toContainText("not usable");
  await field.fill("https://other.example");
  await page.getByRole("button", { name: "Use this backend" }).click();
  await expect(page.locator("#backend-message")).toContainText("Saved");
  await page.reload();
  await appReady(page);
  await expect(page.locator(".backend-setting")).toContainText("https://other.example");
  await page.getByRole("button", { name: "Reset to default" }).click();
  await expect(page.locator(".backend-setting")).not.toContainText("https://other.example");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/discover");
  await appReady(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("on a 360 px phone the navigation folds behind a menu button", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await appReady(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav).toBeHidden();
  await page.getByRole("button", { name: "Menu" }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole("link", { name: "Calendar" }).click();
  await expect(page.locator("main h1")).toHaveText(/Calendar/);
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});

for (const scheme of ["light", "dark"]) {
  test(`axe-core finds no violations on any route (${scheme} theme)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found = {};
    for (const [path] of [...ROUTES, ["/no/such/page"]]) {
      await page.goto(path);
      await appReady(page);
      const v = await axe(page);
      if (v.length) found[path] = v;
    }
    expect(found).toEqual({});
  });
}

test("with storage full the theme still applies and the member is told it is not kept", async ({ page }) => {
  await page.goto("/settings");
  await appReady(page);
  await page.evaluate(() => {
    // Chunks that no longer fit leave room for a small value: fill with smaller ones too.
    let i = 0;
    for (const size of [512 * 1024, 16 * 1024, 512, 16, 1]) {
      const chunk = "x".repeat(size);
      try {
        for (;;) localStorage.setItem("filler-" + i++, chunk);
      } catch (e) {
        // full at this size
      }
    }
  });
  await page.getByLabel("Dark").check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".notice", { hasText: "browser storage is full" })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
});

test.describe("service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("the app shell loads offline once the service worker has precached it", async ({ page, context }) => {
    await page.goto("/discover");
    await appReady(page);
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active && reg.active.state;
    });
    // The precache holds this build's files, and nothing else.
    const cached = await page.evaluate(async () => {
      const keys = await caches.keys();
      const shell = keys.find((k) => k.startsWith("kith-shell-"));
      const reqs = await (await caches.open(shell)).keys();
      return reqs.map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain("/index.html");
    expect(cached.some((p) => p.endsWith(".wasm"))).toBe(true);
    expect(cached.some((p) => p.endsWith(".js"))).toBe(true);
    // Every page's code: the chunks loaded on demand are precached too (and their loader).
    for (const chunk of ["events", "moderation", "post", "account", "writing"]) {
      expect(cached.some((p) => new RegExp(`^/split_${chunk}-[0-9a-f]{16}\\.wasm$`).test(p)), chunk).toBe(true);
    }
    expect(cached.some((p) => /^\/__wasm_split-[0-9a-f]{16}\.js$/.test(p))).toBe(true);
    await context.setOffline(true);
    await page.goto("/g/hiking/events");
    await appReady(page);
    await context.setOffline(false);
  });
});

test("a page whose code cannot be downloaded says so, and Try again loads it", async ({ page, context }) => {
  await page.goto("/g/hiking");
  await appReady(page);
  // No service worker here (the tests block it): offline, the events chunk cannot arrive.
  await context.setOffline(true);
  await page.getByRole("link", { name: "Events", exact: true }).click();
  await expect(page.getByRole("heading", { name: "This page could not be loaded" })).toBeVisible();
  await expect(page.getByRole("alert")).toContainText("Check your connection");
  // The header and the rest of the app still work.
  await expect(page.locator("header nav")).toBeVisible();
  await context.setOffline(false);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator("main h1")).toContainText("events");
  await expect(page.locator(".month-grid, .agenda, .week-list").first()).toBeVisible();
});
