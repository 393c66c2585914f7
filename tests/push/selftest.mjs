// Interop check of the server's web push against independent code:
//   node tests/push/selftest.mjs
// 1. checks the Node helpers themselves (RFC 8291 Appendix A through http_ece, VAPID refusals);
// 2. starts a loopback subscriber, runs the ignored Rust test `push::tests::interop`
//    (`cargo test -p kith-server push::tests::interop -- --ignored --exact --nocapture`), which
//    sends one push with the real Sender, then decrypts it with http_ece and verifies its VAPID
//    header with node:crypto.
// KITH_PUSH_CARGO_PACKAGE / KITH_PUSH_CARGO_DIR run the Rust test from another package or
// directory (e.g. a scratch crate holding the same module).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decrypt, makeSubscriber, verifyVapid } from "./verify.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const failures = [];
async function step(name, body) {
  try {
    await body();
    console.log(`PASS  ${name}`);
  } catch (e) {
    failures.push(name);
    console.log(`FAIL  ${name}\n      ${String(e?.stack ?? e).replaceAll("\n", "\n      ")}`);
  }
}

await step("http_ece decrypts the RFC 8291 Appendix A message", async () => {
  const sub = await makeSubscriber({
    privateKey: Buffer.from("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94", "base64url"),
    auth: Buffer.from("BTBZMqHH6r4Tts7J_aSIgg", "base64url"),
  });
  await sub.close();
  assert.equal(
    sub.keys.p256dh,
    "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
  );
  const message = Buffer.from(
    "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6Tlz" +
      "AC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN",
    "base64url",
  );
  assert.equal(decrypt(message, sub).toString(), "When I grow up, I want to be a watermelon");
  const tampered = Buffer.from(message);
  tampered[tampered.length - 1] ^= 1;
  assert.throws(() => decrypt(tampered, sub), /cannot decrypt/);
});

await step("verifyVapid accepts a good token and refuses bad ones", async () => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const k = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, "base64url"), Buffer.from(jwk.y, "base64url")])
    .toString("base64url");
  const endpoint = "https://push.example:8443/p/1";
  const token = (claims) => {
    const input = `${Buffer.from('{"typ":"JWT","alg":"ES256"}').toString("base64url")}.${Buffer.from(
      JSON.stringify(claims),
    ).toString("base64url")}`;
    const sig = crypto.sign("sha256", Buffer.from(input), { key: privateKey, dsaEncoding: "ieee-p1363" });
    return `${input}.${sig.toString("base64url")}`;
  };
  const now = Math.floor(Date.now() / 1000);
  const good = { aud: "https://push.example:8443", exp: now + 12 * 3600, sub: "mailto:a@b.org" };
  assert.equal(verifyVapid(`vapid t=${token(good)}, k=${k}`, endpoint, k).sub, "mailto:a@b.org");
  const refuse = (header, pattern) => assert.throws(() => verifyVapid(header, endpoint, k), pattern);
  refuse(`vapid t=${token({ ...good, aud: "https://push.example" })}, k=${k}`, /aud/);
  refuse(`vapid t=${token({ ...good, exp: now - 1 })}, k=${k}`, /future/);
  refuse(`vapid t=${token({ ...good, exp: now + 25 * 3600 })}, k=${k}`, /24 h/);
  refuse(`vapid t=${token({ aud: good.aud, exp: good.exp })}, k=${k}`, /sub/);
  const t = token(good);
  const flipped = t.slice(0, -2) + (t.at(-2) === "A" ? "B" : "A") + t.at(-1);
  refuse(`vapid t=${flipped}, k=${k}`, /signature/);
  refuse(`vapid t=${t}, k=${k.slice(0, -2)}AA`, /not the server key/);
  refuse(`WebPush ${t}`, /not a vapid/);
});

await step("the Rust Sender's push decrypts with http_ece and carries a valid VAPID header", async () => {
  const sub = await makeSubscriber();
  try {
    const payload = JSON.stringify({ title: "Kith", body: `Interop ✓ ${crypto.randomUUID()}`, url: "/" });
    const pkg = process.env.KITH_PUSH_CARGO_PACKAGE || "kith-server";
    const args = ["test", "-p", pkg, "push::tests::interop", "--", "--ignored", "--exact", "--nocapture"];
    console.log(`      running: cargo ${args.join(" ")}`);
    const { code, stdout, stderr } = await run("cargo", args, {
      cwd: process.env.KITH_PUSH_CARGO_DIR || root,
      env: {
        ...process.env,
        KITH_PUSH_ENDPOINT: sub.endpoint,
        KITH_PUSH_P256DH: sub.keys.p256dh,
        KITH_PUSH_AUTH: sub.keys.auth,
        KITH_PUSH_PAYLOAD: payload,
      },
    });
    if (code !== 0) {
      throw new Error(`cargo exited with ${code}\n${stdout}\n${stderr.split("\n").slice(-40).join("\n")}`);
    }
    const vapidPublic = /^VAPID_PUBLIC=(\S+)$/m.exec(stdout)?.[1];
    assert.ok(vapidPublic, `no VAPID_PUBLIC line in the test output:\n${stdout}`);
    const [push] = await sub.waitFor(1, 5000);
    assert.equal(sub.received.length, 1);
    assert.equal(push.method, "POST");
    assert.equal(push.url, new URL(sub.endpoint).pathname);
    assert.equal(push.headers["content-encoding"], "aes128gcm");
    assert.equal(push.headers["content-type"], "application/octet-stream");
    assert.equal(push.headers["ttl"], "120");
    assert.equal(push.headers["urgency"], "high");
    assert.equal(Number(push.headers["content-length"]), push.body.length);
    assert.equal(decrypt(push.body, sub).toString("utf8"), payload);
    const claims = verifyVapid(push.headers.authorization, sub.endpoint, vapidPublic);
    assert.equal(claims.sub, "mailto:interop@kith.example");
  } finally {
    await sub.close();
  }
});

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

if (failures.length) {
  console.log(`\n${failures.length} failed`);
  process.exit(1);
}
console.log("\nall push interop checks passed");
