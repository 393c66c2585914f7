// Trunk post_build hook: runs on the staging directory after index.html is written, so every
// file it derives matches the build exactly.
//  - sw.js gets this build's id and precache list (hashed output + index.html + icons)
//  - csp-template.txt: the Content-Security-Policy, with the inline scripts' sha256 hashes and a
//    __CONNECT_SRC__ placeholder (kith-server fills in its backend; _headers uses config.json's)
//  - _headers, _redirects, 404.html: what common static hosts need for CSP and SPA fallback
//  - build.json: the build id, so a running app can notice a new deployment
//  - i18n/<lang>-<hash>.msg: each language's compiled catalog, fetched by members who use it
//  - .br and .gz copies of text assets, served by kith-server (and many CDNs) as-is
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, readdirSync, renameSync, statSync, unlinkSync } from "node:fs";
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
let html = readFileSync(htmlPath, "utf8");
const hex = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);

// A split build (see scripts/split/wasm-bindgen and src/chunks.rs): the main js imports
// ./__wasm_split.js, the loader of the chunks wasm-split-cli left in target/wasm-split. Each chunk
// is optimised like the main module and named by its content; the loader and the main js are
// renamed by one hash over all of it, so every name stays immutable-cacheable and a new shell
// never meets old chunks. index.html learns which files each route's chunk needs (the early script
// preloads them).
const splitSrc = join(new URL("..", import.meta.url).pathname, "target", "wasm-split");
const mainJsName = readdirSync(dir).find((f) => /^kith-[0-9a-f]+\.js$/.test(f));
let chunkFiles = {};
if (mainJsName && readFileSync(join(dir, mainJsName), "utf8").includes('"./__wasm_split.js"')) {
  const loader = readFileSync(join(splitSrc, "__wasm_split.js"), "utf8");
  const wasmOpt = join(new URL("..", import.meta.url).pathname, "node_modules", ".bin", "wasm-opt");
  const renamed = new Map();
  for (const f of readdirSync(splitSrc).filter((f) => /^(split|chunk)_\w+\.wasm$/.test(f)).sort()) {
    const tmp = join(dir, f);
    execFileSync(wasmOpt, ["-O2", join(splitSrc, f), "-o", tmp], { stdio: "inherit" });
    const data = readFileSync(tmp);
    const name = f.replace(/\.wasm$/, `-${hex(data)}.wasm`);
    renameSync(tmp, join(dir, name));
    renamed.set(f, name);
  }
  const mainJs = readFileSync(join(dir, mainJsName), "utf8");
  const build = hex(mainJs + [...renamed.values()].join("\n"));
  const newMainJs = `kith-${build}.js`;
  const newLoader = `__wasm_split-${build}.js`;
  let loaderText = loader.replace('from "./kith.js"', `from "./${newMainJs}"`);
  if (loaderText === loader) throw new Error("post-build: the chunk loader does not import ./kith.js");
  loaderText = loaderText.replace(/"\.\/((?:split|chunk)_\w+\.wasm)"/g, (m, f) => {
    if (!renamed.has(f)) throw new Error(`post-build: the loader names ${f}, which wasm-split-cli did not write`);
    return `"./${renamed.get(f)}"`;
  });
  writeFileSync(join(dir, newLoader), loaderText);
  writeFileSync(join(dir, newMainJs), mainJs.replaceAll('from "./__wasm_split.js"', `from "./${newLoader}"`));
  unlinkSync(join(dir, mainJsName));
  const integrity = "sha384-" + createHash("sha384").update(readFileSync(join(dir, newMainJs))).digest("base64");
  html = html.replaceAll(`/${mainJsName}`, `/${newMainJs}`);
  html = html.replace(new RegExp(`<link[^>]*href=/${newMainJs.replace(".", "\\.")}[^>]*>`), (tag) =>
    tag.replace(/integrity=sha384-[A-Za-z0-9+/=]+/, `integrity=${integrity}`),
  );
  // Which files each split point needs: its own module and the shared chunks it depends on.
  const chunkVars = new Map();
  for (const m of loaderText.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) chunkVars.set(m[1], m[2]);
  for (const m of loaderText.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);/g)) {
    const own = /new URL\("\.\/([^"]+)"/.exec(m[2]);
    const deps = m[3].split(",").map((d) => d.trim()).filter(Boolean).map((d) => chunkVars.get(d));
    chunkFiles[m[1]] = [...(own ? [own[1]] : []), ...deps].map((f) => "/" + f);
  }
  if (Object.keys(chunkFiles).length === 0) throw new Error("post-build: no split points found in the chunk loader");
  console.log(`post-build: ${renamed.size} chunk files for ${Object.keys(chunkFiles).join(", ")}`);
}
// The catalogs: locales/<lang>/<area>.ftl. The app names messages by number (build.rs compiles
// English in: the ids sorted, a message's number its place), so each other language is compiled
// here the same way: its messages' texts in English's id order, separated by U+0001 (empty when
// not translated), written as i18n/<lang>-<hash>.msg. Immutable-cacheable and not precached: a
// member downloads only their own language (index.html's early script fetches it). index.html
// learns each one's URL, direction and boot-screen text; sw.js gets the push messages.
const RTL = new Set(["ar", "he", "fa", "ur"]);
const locales = join(new URL("..", import.meta.url).pathname, "locales");
// Fluent entries as src/core/i18n/fluent.rs `entries` reads them: id to text, continuation lines
// dedented and joined.
function ftlEntries(text) {
  const out = new Map();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; ) {
    const line = lines[i++];
    if (!line.trim() || line.startsWith("#") || /^[ \t]/.test(line)) continue;
    const eq = line.indexOf("=");
    if (eq < 0) continue;
    const id = line.slice(0, eq).trim();
    const body = [];
    const first = line.slice(eq + 1).replace(/^\s+/, "");
    if (first) body.push(first.replace(/\s+$/, ""));
    const more = [];
    while (i < lines.length && (/^[ \t]/.test(lines[i]) || lines[i].trimEnd() === "}")) more.push(lines[i++]);
    const indents = more.filter((l) => l.trim() && !l.startsWith("}")).map((l) => l.length - l.trimStart().length);
    const indent = indents.length ? Math.min(...indents) : 0;
    for (const l of more) body.push(l.startsWith("}") ? l.trimEnd() : l.slice(indent).trimEnd());
    out.set(id, body.join("\n"));
  }
  return out;
}
// `{ other-id }` replaced by that message's text, as build.rs does for English.
function inlineRefs(text, entries, depth = 0) {
  return text.replace(/\{\s*([A-Za-z][A-Za-z0-9_-]*)\s*\}/g, (m, id) =>
    entries.has(id) && depth < 8 ? inlineRefs(entries.get(id), entries, depth + 1) : m,
  );
}
const catalog = (lang, which) =>
  readdirSync(join(locales, lang))
    .filter((f) => f.endsWith(".ftl") && which(f))
    .sort()
    .map((f) => readFileSync(join(locales, lang, f), "utf8") + "\n")
    .join("");
const appFiles = (f) => f !== "push.ftl";
const ids = [...ftlEntries(catalog("en", appFiles)).keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const i18n = {};
const pushTexts = {};
mkdirSync(join(dir, "i18n"), { recursive: true });
for (const lang of readdirSync(locales).sort()) {
  const entries = ftlEntries(catalog(lang, appFiles));
  const boot = entries.get("boot-loading") || null;
  pushTexts[lang] = catalog(lang, (f) => f === "push.ftl");
  if (lang === "en") {
    i18n[lang] = { rtl: false, boot };
    continue;
  }
  const text = ids.map((id) => inlineRefs(entries.get(id) || "", entries)).join("\u0001");
  const name = `i18n/${lang}-${hex(text)}.msg`;
  writeFileSync(join(dir, name), text);
  i18n[lang] = { url: "/" + name, rtl: RTL.has(lang), boot };
  console.log(`post-build: catalog ${lang}: ${entries.size} of ${ids.length} messages, ${Buffer.byteLength(text)} bytes, ${brotliCompressSync(text).length} brotli`);
}
const i18nPlaceholder = /["`]__KITH_I18N__["`]/;
if (!i18nPlaceholder.test(html)) throw new Error("post-build: index.html lacks the __KITH_I18N__ placeholder");
html = html.replace(i18nPlaceholder, JSON.stringify(i18n));

// Trunk's minifier may have turned the placeholder's quotes into backticks.
const placeholder = /["`]__KITH_CHUNKS__["`]/;
if (!placeholder.test(html)) throw new Error("post-build: index.html lacks the __KITH_CHUNKS__ placeholder");
html = html.replace(placeholder, JSON.stringify(chunkFiles));
writeFileSync(htmlPath, html);

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
  .filter((u) => !["/_headers", "/_redirects", "/404.html"].includes(u))
  .filter((u) => !u.startsWith("/i18n/"))
  .sort();
const build = createHash("sha256")
  .update(precache.map((u) => u + ":" + sha256(readFileSync(join(dir, u.slice(1))))).join("\n"))
  .digest("hex")
  .slice(0, 16);

const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8");
if (!sw.includes("__KITH_PRECACHE__") || !sw.includes("__KITH_BUILD__") || !sw.includes("__KITH_I18N__")) {
  console.error("post-build: sw.js lacks its placeholders");
  process.exit(1);
}
writeFileSync(
  swPath,
  sw
    .replace("__KITH_BUILD__", build)
    .replace("__KITH_PRECACHE__", JSON.stringify(precache))
    .replace("__KITH_I18N__", JSON.stringify(pushTexts)),
);
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
  if (!/\.(wasm|js|css|html|json|svg|webmanifest|txt|msg)$/.test(p)) continue;
  const data = readFileSync(p);
  if (data.length < 512) continue;
  writeFileSync(p + ".br", brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }));
  writeFileSync(p + ".gz", gzipSync(data, { level: 9 }));
  compressed++;
}
console.log(`post-build: build ${build}, ${precache.length} files precached, ${hashes.length} inline script hash(es), ${compressed} compressed`);
