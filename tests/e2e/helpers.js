// Shared helpers for the end-to-end tests.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

/** Waits until the app has rendered a page (its h1 inside main). */
export async function appReady(page) {
  await expect(page.locator("main h1")).toBeVisible();
}

/** Runs axe-core on the page (WCAG 2.x A and AA) and returns the violations. */
export async function axe(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
  }));
}
