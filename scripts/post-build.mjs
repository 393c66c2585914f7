// Trunk post_build hook: runs on the staging directory after index.html is written, so every
// file it derives matches the build exactly.
//  - sw.js gets this build's id and precache list (hashed output + index.html + icons)
//  - csp-template.txt: the Content-Security-Policy, with the inline scripts' sha256 hashes and a
//    __CONNECT_SRC__ placeholder (kith-server fills in its backend; _headers uses config.json's)
//  - _headers, _redirects, 404.html: what common static hosts need for CSP and SPA fallback
//  - build.json: the build id, so a running app can notice a new deployment
//  - .br and .gz copies of text assets, served by kith-server (and many CDNs) as-is
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) {
  console.error("post-build: TRUNK_STAGING_DIR is not set");
  process.exit(1);
}

function walk(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const urlOf = (p) => "/" + relative(dir, p).split(sep).join("/");
const sha256 = (data) => createHash("sha256").update(data).digest("base64");

const htmlPath = join(dir, "index.html");
const html = readFileSync(htmlPath, "utf8");

// Inline scripts (no src attribute): hash their exact text for script-src.
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.filter((s) => s.length > 0).map((s) => `'sha256-${sha256(s)}'`);

const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: https: http:",
  "font-src 'self'",
  "connect-src __CONNECT_SRC__",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
writeFileSync(join(dir, "csp-template.txt"), policy + "\n");

// The connect-src a static host should send: this origin plus config.json's backend.
let connect = "'self'";
try {
  const cfg = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
  const m = /^(https?:\/\/[^/?#]+)/.exec(cfg.api_base || "");
  if (m) connect += " " + m[1];
} catch (e) {
  console.warn("post-build: config.json unreadable, connect-src is 'self' only:", e.message);
}

const files = walk(dir).filter((p) => !/\.(br|gz)$/.test(p));
const precache = files
  .map(urlOf)
  .filter((u) => !["/sw.js", "/config.json", "/csp-template.txt", "/build.json", "/robots.txt"].includes(u))
  .filter((u) => !u.startsWith("/_") && u !== "/404.html")
  .sort();
const build = createHash("sha256")
  .update(precache.map((u) => u + ":" + sha256(readFileSync(join(dir, u.slice(1))))).join("\n"))
  .digest("hex")
  .slice(0, 16);

const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8");
if (!sw.includes("__KITH_PRECACHE__") || !sw.includes("__KITH_BUILD__")) {
  console.error("post-build: sw.js lacks its placeholders");
  process.exit(1);
}
writeFileSync(swPath, sw.replace("__KITH_BUILD__", build).replace("__KITH_PRECACHE__", JSON.stringify(precache)));
writeFileSync(join(dir, "build.json"), JSON.stringify({ build }) + "\n");

// Static hosts: SPA fallback and headers.
writeFileSync(join(dir, "404.html"), html);
writeFileSync(join(dir, "_redirects"), "/*    /index.html   200\n");
const noCache = "  Cache-Control: no-cache\n";
writeFileSync(
  join(dir, "_headers"),
  [
    "/*",
    `  Content-Security-Policy: ${policy.replace("__CONNECT_SRC__", connect)}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "/index.html\n" + noCache.trimEnd(),
    "/sw.js\n" + noCache.trimEnd(),
    "/config.json\n" + noCache.trimEnd(),
    "/build.json\n" + noCache.trimEnd(),
    "",
  ].join("\n"),
);

// Pre-compressed copies.
let compressed = 0;
for (const p of walk(dir)) {
  if (!/\.(wasm|js|css|html|json|svg|webmanifest|txt)$/.test(p)) continue;
  const data = readFileSync(p);
  if (data.length < 512) continue;
  writeFileSync(p + ".br", brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  writeFileSync(p + ".gz", gzipSync(data, { level: 9 }));
  compressed++;
}
console.log(`post-build: build ${build}, ${precache.length} files precached, ${hashes.length} inline script hash(es), ${compressed} compressed`);
