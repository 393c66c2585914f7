// Offline-first: saved copies for reading, the outbox for writing, updates of the app, and
// installability. Service workers are allowed here (the other specs block them).
import { test, expect } from "@playwright/test";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { appReady } from "./helpers.js";
import { API, auth, allPosts, apiLogin, createPost, loginAs, uid } from "./kith.js";

test.use({ serviceWorkers: "allow" });

/** Waits until the service worker controls the page (it claims clients when it activates). */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/**
 * Waits until the app has saved its copy of an API answer (the index in localStorage is written
 * once the copy is in IndexedDB): leaving the page sooner may cancel the write.
 */
async function saved(page, apiPath) {
  await expect
    .poll(() =>
      page.evaluate((p) => {
        const index = JSON.parse(localStorage.getItem("kith.saved.index") || "{}");
        const path = `|/api/v1${p}`;
        return (index.entries || []).some(([key]) => key.endsWith(path) || key.includes(`${path}?`));
      }, apiPath),
    )
    .toBe(true);
}

/**
 * Moves within the running app, as following a link does, without loading a new document. While
 * offline the outbox test moves this way: under Chromium's emulated offline, a document loaded
 * from the service worker now and then got a request through to the server (4 of 70 runs; none
 * of 80 without such loads). Opening pages offline is the first test's subject.
 */
async function openInApp(page, url) {
  await page.evaluate((u) => {
    history.pushState({}, "", u);
    dispatchEvent(new PopStateEvent("popstate", { state: {} }));
  }, url);
  await expect(page).toHaveURL(new RegExp(`${url.replace(/[/?]/g, "\\$&")}$`));
}

test("pages read online are shown offline as saved copies, with their age", async ({ context, page }) => {
  test.setTimeout(90_000);
  await loginAs(context, page.request, "carol");
  const { token } = await apiLogin(page.request, "carol");
  const post = await createPost(page.request, token, "hiking", `Offline reading ${uid()}`, "Readable **offline**.");
  await page.goto("/g/hiking");
  await appReady(page);
  await controlled(page);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("link", { name: post.title })).toBeVisible();
  await page.getByRole("link", { name: post.title }).click();
  await expect(page.locator("main h1")).toHaveText(post.title);
  await expect(page.locator(".post-body")).toContainText("Readable offline");
  await page.goto("/g/hiking/events?view=agenda");
  await expect(page.locator(".agenda, .empty").first()).toBeVisible();

  await context.setOffline(true);
  await page.goto("/g/hiking");
  await appReady(page);
  await expect(page.locator(".offline-banner")).toContainText("saved copy from today");
  await expect(page.getByRole("link", { name: post.title })).toBeVisible();
  await page.getByRole("link", { name: post.title }).click();
  await expect(page.locator(".post-body")).toContainText("Readable offline");
  await page.goto("/g/hiking/events?view=agenda");
  await expect(page.locator(".agenda, .empty").first()).toBeVisible();
  await expect(page.locator(".offline-banner")).toBeVisible();
  // A month never opened online: the page does not contradict the banner's "saved copy".
  await page.goto("/g/hiking/events?view=month&date=2027-06-01");
  await expect(page.locator(".offline-banner")).toContainText("saved copy");
  await expect(page.locator(".load-error")).toContainText("not saved for offline reading yet");
  await expect(page.locator(".load-error")).not.toContainText("Could not reach the server");
  await context.setOffline(false);
});

test("posts, comments and answers made offline wait in the outbox and are sent once", async ({ context, page, request }) => {
  test.setTimeout(120_000);
  await loginAs(context, request, "carol");
  const { token } = await apiLogin(request, "carol");
  const target = await createPost(request, token, "hiking", `Outbox target ${uid()}`);
  const alice = (await apiLogin(request, "alice")).token;
  const start = new Date(Date.now() + 9 * 86400e3);
  start.setUTCHours(10, 0, 0, 0);
  const iso = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
  const event = await (
    await request.post(`${API}/groups/hiking/events`, {
      headers: auth(alice),
      data: { title: `Outbox walk ${uid()}`, starts_at: iso(start), ends_at: iso(new Date(start.getTime() + 7200e3)), time_zone: "Europe/Berlin" },
    })
  ).json();

  // Load the pages once online so they can open offline.
  await page.goto(`/g/hiking/e/${event.id}`);
  await appReady(page);
  await controlled(page);
  await saved(page, `/events/${event.id}`);
  await page.goto(`/g/hiking/p/${target.id}`);
  await appReady(page);
  await saved(page, `/posts/${target.id}`);
  await saved(page, `/posts/${target.id}/comments`);
  await page.goto("/g/hiking");
  await appReady(page);

  await context.setOffline(true);
  const title = `Written offline ${uid()}`;
  await page.getByRole("button", { name: "Start a new post…" }).click();
  await page.locator("#post-title").fill(title);
  await page.locator("#post-body").fill("Sent when the train leaves the tunnel.");
  await page.getByRole("button", { name: "Post", exact: true }).click();
  await expect(page.locator(".composer")).toContainText("waits in your outbox");
  await expect(page.locator(".pending-items")).toContainText(title);

  // The feed is windowed, and posts other tests make meanwhile can push the target out of the
  // rendered rows: then open it by its address (a saved copy, offline).
  await page
    .getByRole("link", { name: target.title })
    .first()
    .click({ timeout: 5_000 })
    .catch(async () => page.goto(`/g/hiking/p/${target.id}`));
  await expect(page.locator("main h1")).toHaveText(target.title);
  const comment = `Offline comment ${uid()}`;
  await page.getByLabel("Add a comment").fill(comment);
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  await expect(page.locator(".pending-items")).toContainText(target.title);

  await openInApp(page, `/g/hiking/e/${event.id}`);
  await page.getByRole("button", { name: "Going" }).click();
  await expect(page.locator(".rsvp-box")).toContainText("waits in your outbox");

  // Nothing reached the server yet.
  expect((await allPosts(request, token, "hiking")).filter((p) => p.title === title)).toHaveLength(0);
  await openInApp(page, "/drafts");
  await expect(page.locator(".pending-items li")).toHaveCount(3);

  await context.setOffline(false);
  await expect(page.locator(".pending-items")).toHaveCount(0, { timeout: 20_000 });
  await expect.poll(async () => (await allPosts(request, token, "hiking")).filter((p) => p.title === title).length).toBe(1);
  const comments = await (await request.get(`${API}/posts/${target.id}/comments?limit=100`, { headers: auth(token) })).json();
  expect(comments.items.filter((c) => c.body === comment)).toHaveLength(1);
  const ev = await (await request.get(`${API}/events/${event.id}`, { headers: auth(token) })).json();
  expect(ev.my_rsvp).toBe("going");
  // Reloading sends nothing again.
  await page.reload();
  await appReady(page);
  await page.waitForTimeout(1500);
  expect((await allPosts(request, token, "hiking")).filter((p) => p.title === title)).toHaveLength(1);
});

test("a new deployment is noticed and the member reloads into it", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/discover");
  await appReady(page);
  await controlled(page);
  const before = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("kith-shell-")));
  expect(before).toHaveLength(1);
  const dist = process.env.KITH_E2E_DIST || "dist";
  const path = `${dist}/sw.js`;
  const original = readFileSync(path, "utf8");
  // The server prefers the precompressed variants, so they change with the file.
  const variants = [".br", ".gz"].filter((ext) => existsSync(path + ext));
  const saved = Object.fromEntries(variants.map((ext) => [ext, readFileSync(path + ext)]));
  try {
    // A new build: a new build id in the service worker.
    const next = original.replace(/const BUILD = "([0-9a-f]+)"/, 'const BUILD = "$1e2e"');
    expect(next).not.toBe(original);
    writeFileSync(path, next);
    if (saved[".br"]) writeFileSync(path + ".br", brotliCompressSync(next));
    if (saved[".gz"]) writeFileSync(path + ".gz", gzipSync(next));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const banner = page.locator(".update-banner");
    await expect(banner).toContainText("A new version of Kith is ready", { timeout: 20_000 });
    // The reload can finish quickly: listen before clicking.
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload to update" }).click()]);
    await appReady(page);
    // One consistent build in the cache: the new one.
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("kith-shell-"))))
      .toEqual([`${before[0]}e2e`]);
  } finally {
    writeFileSync(path, original);
    for (const ext of variants) writeFileSync(path + ext, saved[ext]);
  }
});

test("Chromium reports no installability errors", async ({ playwright, launchOptions, baseURL }) => {
  // A normal profile: Chromium never offers to install from an incognito-like context.
  const dir = mkdtempSync(join(tmpdir(), "kith-install-"));
  const context = await playwright.chromium.launchPersistentContext(dir, { ...launchOptions, baseURL });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.goto("/");
    await appReady(page);
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
