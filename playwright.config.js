// End-to-end tests: Debian's Chromium (no browser download) against the release build served
// by a fresh kith-server with demo data.
import { defineConfig } from "@playwright/test";

const port = process.env.KITH_E2E_PORT || "4173";
// The build to serve (default dist/, what `trunk build --release` writes).
const dist = process.env.KITH_E2E_DIST || "dist";
// A PostgreSQL database (an empty one) instead of SQLite: the smoke subset runs on it too.
const database = process.env.KITH_E2E_DATABASE_URL ? ` --database ${process.env.KITH_E2E_DATABASE_URL}` : "";
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL,
    // British English: the app's dates, times and week start follow the browser's locale, and
    // the tests read "12 Mar 2026", "14:30" and weeks from Monday (tests/e2e/i18n.spec.js
    // switches languages itself).
    locale: "en-GB",
    // Route interception must see the page's requests, not a service worker's; the offline
    // tests opt back in.
    serviceWorkers: "block",
    trace: "off",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `rm -rf .tmp/e2e-data-${port} && target/debug/kith-server --demo --data-dir .tmp/e2e-data-${port} --dist ${dist} --addr 127.0.0.1:${port} --no-rate-limits${database}`,
    url: `${baseURL}/config.json`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
