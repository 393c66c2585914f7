// Shared by the benchmark scripts: a fresh kith-server of its own and a small API client.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";

export const root = new URL("..", import.meta.url).pathname;

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((res) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = s.address().port;
      s.close(() => res(p));
    });
  });
}

/**
 * Starts kith-server (the speed-optimised `server` profile when built, else the dev one) on a
 * new database, serving the build in KITH_BENCH_DIST (default dist/). Returns `{ base, stop }`;
 * it also stops when the process exits. `rateLimits: false` is for scripts that seed thousands
 * of items through the API as one account.
 */
export async function startServer({ demo = false, rateLimits = true } = {}) {
  const bin = ["target/server/kith-server", "target/debug/kith-server"].map((p) => join(root, p)).find(existsSync);
  if (!bin) throw new Error("build kith-server first (cargo build -p kith-server)");
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), "kith-bench-"));
  const dist = process.env.KITH_BENCH_DIST || join(root, "dist");
  const args = ["--data-dir", data, "--dist", dist, "--addr", `127.0.0.1:${port}`, ...(demo ? ["--demo"] : []), ...(rateLimits ? [] : ["--no-rate-limits"])];
  const child = spawn(bin, args, { stdio: "ignore" });
  const stop = () => {
    child.kill("SIGTERM");
    rmSync(data, { recursive: true, force: true });
  };
  process.on("exit", stop);
  return { base: `http://127.0.0.1:${port}`, stop, pid: child.pid };
}

/** Calls the API (JSON in and out), waiting for the server to come up; 4xx answers throw. */
export async function api(base, path, { token, body, method } = {}) {
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(base + "/api/v1" + path, {
        method: method || (body ? "POST" : "GET"),
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      return r.status === 204 ? null : r.json();
    } catch (e) {
      if (i > 100 || String(e).includes(": 4")) throw e;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Headless Debian Chromium, as the tests use it. */
export const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
