// User content never executes: 60 hostile payloads (script tags, event-handler attributes,
// javascript: / data: / vbscript: links, SVG and MathML tricks, Markdown link and image tricks,
// HTML entities, attribute break-outs, mutation-XSS shapes) are posted through the API as post
// titles, post bodies, comments and group guidelines, then rendered in the group feed, on each
// post's page, on the about page and in the composer's live preview. Every payload that would
// run sets `window.__pwned` or opens a dialog; the test asserts neither happens, and that the
// rendered content holds no script-capable element, no on* attribute and no non-http(s) URL.
import { test, expect } from "@playwright/test";
import { appReady, watchErrors } from "./helpers.js";
import { API, apiLogin, auth, forbidDialogs, loginAs, uid } from "./kith.js";

const P = "window.__pwned=1";
const PAYLOADS = [
  `<script>${P}</script>`,
  `<script src="data:text/javascript,${P}"></script>`,
  `<img src=x onerror="${P}">`,
  `<img src="x:x" onerror="alert('img')">`,
  `<svg onload="${P}">`,
  `<svg><script>${P}</script></svg>`,
  `<svg><a xlink:href="javascript:${P}"><text x="0" y="15">svg link</text></a></svg>`,
  `<svg><animate onbegin="${P}" attributeName="x" dur="1s">`,
  `<iframe src="javascript:parent.__pwned=1"></iframe>`,
  `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  `<body onload="${P}">`,
  `<details open ontoggle="${P}"><summary>toggle</summary></details>`,
  `<input autofocus onfocus="${P}">`,
  `<video><source onerror="${P}"></video>`,
  `<audio src=x onerror="${P}"></audio>`,
  `<object data="javascript:${P}"></object>`,
  `<embed src="javascript:${P}">`,
  `<a href="javascript:${P}">html link</a>`,
  `<a href="#" onclick="${P}">click me</a>`,
  `<a href="jav&#x09;ascript:${P}">tab entity link</a>`,
  `<div onmouseover="${P}" onclick="alert('div')">hover me</div>`,
  `<x-custom onclick="${P}">custom element</x-custom>`,
  `<marquee onstart="${P}">marquee</marquee>`,
  `<form action="javascript:${P}"><button>go</button></form>`,
  `<button formaction="javascript:${P}">formaction</button>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
  `<base href="javascript:/">`,
  `<link rel="stylesheet" href="javascript:${P}">`,
  `<style>body{background:url("javascript:${P}")}</style>`,
  `<div style="background:url(javascript:${P})">styled</div>`,
  `<template><script>${P}</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=${P}>"></noscript>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${P}">`,
  `<scr<script>ipt>${P}</script>`,
  `<!--<img src=x onerror="${P}">-->`,
  `"><script>${P}</script>`,
  `'"><img src=x onerror=${P}>`,
  `&lt;script&gt;${P}&lt;/script&gt;`,
  `&#60;img src=x onerror=${P}&#62;`,
  `[md link](javascript:${P})`,
  `[md link upper](JAVASCRIPT:${P})`,
  `[md link mixed](JaVaScRiPt:alert('mixed'))`,
  `[md link entity colon](javascript&#58;${P})`,
  `[md link entity j](&#106;avascript:${P})`,
  `[md link angle](<javascript:${P}>)`,
  `[md link comment](javascript://%0A${P})`,
  `[md data link](data:text/html,<script>${P}</script>)`,
  `[md data b64](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `[md vbscript](vbscript:msgbox(1))`,
  `[md file](file:///etc/passwd)`,
  `[md quote break](https://example.org/" onclick="${P})`,
  `[md ref link][evil]\n\n[evil]: javascript:${P}`,
  `<javascript:${P}>`,
  `<https://example.org/" onmouseover="${P}>`,
  `![md image](javascript:${P})`,
  `![md svg image](data:image/svg+xml,<svg onload="${P}">)`,
  `![alt" onerror="${P}](https://example.org/a.png)`,
  "`<script>" + P + "</script>` in a code span",
  "```html\n<script>" + P + "</script>\n<img src=x onerror=\"" + P + "\">\n```",
  `{{constructor.constructor('${P}')()}} and \${alert('tpl')}`,
];

/**
 * What `main` holds that could run: script-capable elements inside user content, and anywhere
 * an on* attribute or a URL that is not http(s), mailto or the app's own path (the app itself
 * uses neither).
 */
async function dangers(page) {
  return page.locator("main").evaluate((main) => {
    const all = [...main.querySelectorAll("*")];
    // Where user content lands: rendered Markdown and the feed's rows (titles, excerpts).
    const content = new Set(main.querySelectorAll(".markdown *, .vfeed-row *"));
    const bad = [];
    for (const n of all) {
      const tag = n.tagName.toLowerCase();
      if (content.has(n) && ["script", "iframe", "object", "embed", "svg", "math", "form", "style", "meta", "base", "link", "template", "noscript", "video", "audio", "x-custom", "marquee"].includes(tag)) {
        bad.push(`<${tag}>`);
      }
      for (const a of n.attributes) {
        if (/^on/i.test(a.name)) bad.push(`${tag}[${a.name}]`);
        if (["href", "src", "action", "formaction", "xlink:href", "srcdoc", "data"].includes(a.name.toLowerCase())) {
          const v = a.value.trim();
          // App links are same-origin paths or fragments; user links only http(s) and mailto.
          if (!/^(https?:|mailto:|\/(?!\/)|#)/i.test(v)) bad.push(`${tag}[${a.name}=${v.slice(0, 40)}]`);
        }
        if (a.name === "style" && /url\(|expression/i.test(a.value)) bad.push(`${tag}[style]`);
      }
    }
    return bad;
  });
}

/** What a single-line field keeps of a text: control characters, line and paragraph separators
 * and text-direction overrides become spaces. */
const singleLine = (s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ");

async function expectInert(page, where, dialogs, errors) {
  expect(await dangers(page), `dangerous markup in ${where}`).toEqual([]);
  expect(await page.evaluate(() => window.__pwned), `a payload ran in ${where}`).toBeUndefined();
  expect(dialogs, `a dialog opened in ${where}`).toEqual([]);
  expect(errors.filter((e) => !/Failed to load resource/.test(e)), `errors in ${where}`).toEqual([]);
}

test("60 hostile payloads render inert in the feed, post pages, comments, guidelines and previews", async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(240_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(50);
  await loginAs(context, request, "carol");
  const { token } = await apiLogin(request, "carol");
  const headers = auth(token);

  // A group of its own, so the feed holds only the payloads.
  const name = `XSS lab ${uid()}`;
  const groupResp = await request.post(`${API}/groups`, {
    headers,
    data: { name, purpose: "Hostile Markdown, rendered safely.", topics: ["tech"], region: "Online", visibility: "public" },
  });
  expect(groupResp.status()).toBe(201);
  const group = await groupResp.json();

  const posts = [];
  for (const [i, p] of PAYLOADS.entries()) {
    const resp = await request.post(`${API}/groups/${group.slug}/posts`, {
      headers,
      // A title is one line (the API refuses line breaks and other control characters in it):
      // those become spaces there; the body, comments and guidelines carry the payload whole.
      data: { title: singleLine(`#${i + 1} ${p}`).slice(0, 200), body: `Payload ${i + 1}:\n\n${p}\n\nInline: ${p}` },
    });
    expect(resp.status(), `post ${i + 1}`).toBe(201);
    posts.push(await resp.json());
  }
  // Every payload as a comment too, all on the first post.
  for (const p of PAYLOADS) {
    const resp = await request.post(`${API}/posts/${posts[0].id}/comments`, { headers, data: { body: p } });
    expect(resp.status()).toBe(201);
  }
  // And all of them as the group's guidelines.
  const g = await request.get(`${API}/groups/${group.slug}`, { headers });
  const patched = await request.patch(`${API}/groups/${group.slug}`, {
    headers: { ...headers, "If-Match": g.headers()["etag"] },
    data: { guidelines: PAYLOADS.join("\n\n") },
  });
  expect(patched.status()).toBe(200);

  const errors = watchErrors(page);
  const dialogs = forbidDialogs(page);

  // The feed: read it to the end (it is windowed), checking every screen on the way.
  await page.goto(`/g/${group.slug}`);
  await appReady(page);
  const rows = page.locator("[role=feed] > .vfeed-row");
  await expect(rows.first()).toBeVisible();
  const seen = new Set();
  for (let i = 0; i < 200 && seen.size < PAYLOADS.length; i++) {
    for (const n of await rows.evaluateAll((els) => els.map((e) => e.getAttribute("aria-posinset")))) seen.add(n);
    await expectInert(page, "the feed", dialogs, errors);
    await page.mouse.move(200, 300);
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 0.8));
    await page.waitForTimeout(60);
  }
  expect(seen.size).toBe(PAYLOADS.length);

  // Each post's own page; the first also carries every payload as a comment.
  for (const [i, post] of posts.entries()) {
    await page.goto(`/g/${group.slug}/p/${post.id}`);
    await expect(page.locator(".post-body")).toContainText(`Payload ${i + 1}:`);
    if (i === 0) await expect(page.locator(".comment-body")).toHaveCount(PAYLOADS.length);
    // Hover and click inside the body: a handler that had slipped through would fire now.
    await page.locator(".post-body").hover();
    await page.locator(".post-body").click({ position: { x: 5, y: 5 } });
    await expectInert(page, `post ${i + 1}`, dialogs, errors);
  }
  // Raw HTML is shown as text, not dropped silently.
  await page.goto(`/g/${group.slug}/p/${posts[0].id}`);
  await expect(page.locator(".post-body")).toContainText("<script>");

  // The guidelines on the about page.
  await page.goto(`/g/${group.slug}/about`);
  await appReady(page);
  await expect(page.locator("main")).toContainText("md link");
  await expectInert(page, "the guidelines", dialogs, errors);

  // The composer's live preview, with every payload at once and then one by one.
  await page.goto(`/g/${group.slug}`);
  await appReady(page);
  const start = page.getByRole("button", { name: "Start a new post…" });
  if (await start.isVisible()) await start.click();
  const body = page.locator("#post-body");
  await body.fill(PAYLOADS.join("\n\n"));
  await expect(page.locator(".md-preview")).toContainText("md link");
  await expectInert(page, "the preview of all payloads", dialogs, errors);
  for (const [i, p] of PAYLOADS.entries()) {
    await body.fill(`Preview ${i + 1}\n\n${p}`);
    await expect(page.locator(".md-preview")).toContainText(`Preview ${i + 1}`);
    await expectInert(page, `the preview of payload ${i + 1}`, dialogs, errors);
  }
  // The check itself sees what it looks for: markup planted by hand is reported.
  await page.locator(".md-preview .markdown").evaluate((el) => {
    const img = document.createElement("img");
    img.setAttribute("onerror", "void 0");
    const a = document.createElement("a");
    a.setAttribute("href", "javascript:void 0");
    el.append(img, a, document.createElement("svg"));
  });
  expect(await dangers(page)).toEqual(expect.arrayContaining(["img[onerror]", "a[href=javascript:void 0]", "<svg>"]));
});
