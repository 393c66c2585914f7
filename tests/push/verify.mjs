// An independent receiver for Kith's web push, for end-to-end tests: a loopback "push service"
// that records what the server posts, RFC 8291 decryption with the npm package `http_ece` (not
// Kith's code), and a VAPID (RFC 8292) check with node:crypto.
//
//   const sub = await makeSubscriber();          // give sub.endpoint and sub.keys to the server
//   ... make the server push ...
//   const [push] = await sub.waitFor(1, 5000);
//   const payload = decrypt(push.body, sub);     // Buffer
//   verifyVapid(push.headers.authorization, sub.endpoint, vapidPublicKey);
//   await sub.close();
import crypto from "node:crypto";
import http from "node:http";
import ece from "http_ece";

const b64url = (bytes) => Buffer.from(bytes).toString("base64url");
const fromB64url = (text) => Buffer.from(text, "base64url");

/** The most of a push body that is kept (push services take 4096 bytes; more is a bug). */
const MAX_BODY = 64 * 1024;

/**
 * A browser subscription and the push service it points at: an ECDH prime256v1 key pair, a
 * 16-byte auth secret and a loopback HTTP server (127.0.0.1, port 0) that records each request.
 *
 * options.status: the status answered to each push (default 201; a function (request) => status
 * is also taken, e.g. to answer 410 and make the server drop the subscription).
 * options.privateKey / options.auth: fixed keys (Buffers), for test vectors.
 *
 * Returns { endpoint, keys: { p256dh, auth }, received, close(), waitFor(n, timeoutMs),
 * setStatus(status), ecdh, authSecret }. Each received entry is
 * { method, url, headers, body (Buffer), bodyTooLarge }.
 */
export async function makeSubscriber(options = {}) {
  const ecdh = crypto.createECDH("prime256v1");
  if (options.privateKey) ecdh.setPrivateKey(options.privateKey);
  else ecdh.generateKeys();
  const authSecret = options.auth ? Buffer.from(options.auth) : crypto.randomBytes(16);
  let status = options.status ?? 201;
  const received = [];
  const waiters = new Set();

  const server = http.createServer((req, res) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => {
      const entry = {
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks),
        bodyTooLarge: tooLarge,
      };
      received.push(entry);
      for (const check of waiters) check();
      const code = typeof status === "function" ? status(entry) : status;
      res.writeHead(code, { "content-type": "text/plain" });
      res.end(code >= 200 && code < 300 ? "" : `status ${code}`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  const endpoint = `http://127.0.0.1:${port}/push/${crypto.randomBytes(12).toString("base64url")}`;

  return {
    endpoint,
    keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(authSecret) },
    received,
    ecdh,
    authSecret,
    setStatus(next) {
      status = next;
    },
    /** Resolves with `received` once it holds at least n requests; rejects after timeoutMs. */
    waitFor(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length >= n) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve(received);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`waited ${timeoutMs} ms for ${n} push(es) at ${endpoint}, got ${received.length}`),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Decrypts a push body (RFC 8291, `aes128gcm`) for `subscriber` with http_ece. Checks first
 * what RFC 8291 requires of the sender: a single record, rs 4096, the 65-byte sender key as
 * keyid, a body of at most 4096 bytes. Returns the plaintext (Buffer); throws on failure.
 */
export function decrypt(body, subscriber) {
  const message = Buffer.from(body);
  if (message.length < 86 + 17) throw new Error(`push body too short: ${message.length} bytes`);
  if (message.length > 4096) throw new Error(`push body is ${message.length} bytes; at most 4096`);
  const rs = message.readUInt32BE(16);
  if (rs !== 4096) throw new Error(`record size ${rs}, expected 4096`);
  if (message[20] !== 65) throw new Error(`keyid length ${message[20]}, expected 65`);
  if (message[21] !== 0x04) throw new Error("keyid is not an uncompressed P-256 point");
  if (message.length - 86 > rs) throw new Error("more than one record");
  try {
    return ece.decrypt(message, {
      version: "aes128gcm",
      privateKey: subscriber.ecdh,
      authSecret: subscriber.authSecret,
    });
  } catch (e) {
    throw new Error(`http_ece cannot decrypt the push body: ${e.message}`);
  }
}

/**
 * Checks an `Authorization: vapid t=<JWT>, k=<key>` header (RFC 8292): k is the expected key,
 * the ES256 signature verifies with it, aud is the endpoint's origin, exp lies within 24 h in
 * the future, sub is present. Returns the claims; throws with a clear message otherwise.
 */
export function verifyVapid(authorizationHeader, endpoint, expectedPublicKeyB64url, now = Date.now()) {
  if (typeof authorizationHeader !== "string") throw new Error("no Authorization header");
  const scheme = /^vapid\s+(.*)$/i.exec(authorizationHeader.trim());
  if (!scheme) throw new Error(`Authorization is not a vapid one: ${authorizationHeader}`);
  const params = {};
  for (const part of scheme[1].split(",")) {
    const eq = part.indexOf("=");
    if (eq < 0) throw new Error(`malformed vapid parameter: ${part}`);
    params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1).trim();
  }
  if (!params.t || !params.k) throw new Error(`vapid needs t and k: ${authorizationHeader}`);
  if (params.k !== expectedPublicKeyB64url) {
    throw new Error(`vapid k=${params.k} is not the server key ${expectedPublicKeyB64url}`);
  }

  const raw = fromB64url(params.k);
  if (raw.length !== 65 || raw[0] !== 0x04) throw new Error("vapid k is not an uncompressed P-256 point");
  const publicKey = crypto.createPublicKey({
    format: "jwk",
    key: { kty: "EC", crv: "P-256", x: b64url(raw.subarray(1, 33)), y: b64url(raw.subarray(33, 65)) },
  });

  const parts = params.t.split(".");
  if (parts.length !== 3) throw new Error("vapid t is not a JWT (three parts)");
  const [headerPart, claimsPart, signaturePart] = parts;
  let header, claims;
  try {
    header = JSON.parse(fromB64url(headerPart).toString("utf8"));
    claims = JSON.parse(fromB64url(claimsPart).toString("utf8"));
  } catch (e) {
    throw new Error(`the JWT header or claims are not JSON: ${e.message}`);
  }
  if (header.alg !== "ES256") throw new Error(`JWT alg is ${header.alg}, expected ES256`);
  if (header.typ !== undefined && header.typ !== "JWT") throw new Error(`JWT typ is ${header.typ}`);
  const signature = fromB64url(signaturePart);
  if (signature.length !== 64) throw new Error(`ES256 signature is ${signature.length} bytes, not 64`);
  const valid = crypto.verify(
    "sha256",
    Buffer.from(`${headerPart}.${claimsPart}`),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    signature,
  );
  if (!valid) throw new Error("the VAPID JWT signature does not verify with k");

  const origin = new URL(endpoint).origin;
  if (claims.aud !== origin) throw new Error(`JWT aud is ${claims.aud}, expected ${origin}`);
  const nowSecs = Math.floor(now / 1000);
  if (typeof claims.exp !== "number" || !Number.isInteger(claims.exp)) {
    throw new Error(`JWT exp is not an integer: ${claims.exp}`);
  }
  if (claims.exp <= nowSecs) throw new Error(`JWT exp ${claims.exp} is not in the future (now ${nowSecs})`);
  if (claims.exp > nowSecs + 24 * 3600) throw new Error(`JWT exp ${claims.exp} is more than 24 h ahead`);
  if (typeof claims.sub !== "string" || !/^(mailto:|https:)/.test(claims.sub)) {
    throw new Error(`JWT sub must be a mailto: or https: URI, got ${claims.sub}`);
  }
  return claims;
}
