//! Tests of the push module. `interop` is run by tests/push/selftest.mjs against a Node receiver.

use std::time::Duration;

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes128Gcm, Nonce};
use hkdf::Hkdf;
use p256::SecretKey;
use p256::ecdsa::signature::Verifier;
use p256::ecdsa::{Signature, VerifyingKey};
use p256::elliptic_curve::sec1::ToEncodedPoint;
use sha2::Sha256;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::*;

// RFC 8291, Appendix A.
const RFC_PLAINTEXT: &[u8] = b"When I grow up, I want to be a watermelon";
const RFC_AS_PRIVATE: &str = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
const RFC_UA_PRIVATE: &str = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
const RFC_UA_PUBLIC: &str =
    "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
const RFC_SALT: &str = "DGv6ra1nlYgDCS1FRnbzlw";
const RFC_AUTH: &str = "BTBZMqHH6r4Tts7J_aSIgg";
const RFC_MESSAGE: &str = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

fn dec(text: &str) -> Vec<u8> {
    b64::decode(text).expect("test vector is base64url")
}

fn rfc_subscription() -> Subscription {
    Subscription {
        endpoint: "https://push.example.net/push/JzLQ3raZJfFBR0aqvOMsLrt54w4rJUsV".into(),
        p256dh: RFC_UA_PUBLIC.into(),
        auth: RFC_AUTH.into(),
    }
}

/// A user agent: its key pair and auth secret, and the subscription it would hand out.
struct UserAgent {
    secret: SecretKey,
    auth: [u8; 16],
}

impl UserAgent {
    fn new() -> UserAgent {
        UserAgent { secret: SecretKey::random(&mut rand::rngs::OsRng), auth: rand::random() }
    }
    fn subscription(&self, endpoint: &str) -> Subscription {
        Subscription {
            endpoint: endpoint.into(),
            p256dh: b64::encode(self.secret.public_key().to_encoded_point(false).as_bytes()),
            auth: b64::encode(&self.auth),
        }
    }
}

/// The receiving side of RFC 8291 (single record), written from the RFC for the tests.
fn decrypt(message: &[u8], ua_secret: &SecretKey, auth: &[u8]) -> Vec<u8> {
    assert!(message.len() > 86 + 16, "message too short");
    let salt = &message[..16];
    let rs = u32::from_be_bytes(message[16..20].try_into().unwrap());
    assert_eq!(rs, 4096);
    assert_eq!(message[20], 65, "idlen");
    let as_public = &message[21..86];
    let ua_public = ua_secret.public_key().to_encoded_point(false);
    let shared = p256::ecdh::diffie_hellman(
        ua_secret.to_nonzero_scalar(),
        p256::PublicKey::from_sec1_bytes(as_public).unwrap().as_affine(),
    );
    let mut info = b"WebPush: info\0".to_vec();
    info.extend_from_slice(ua_public.as_bytes());
    info.extend_from_slice(as_public);
    let mut ikm = [0u8; 32];
    Hkdf::<Sha256>::new(Some(auth), shared.raw_secret_bytes()).expand(&info, &mut ikm).unwrap();
    let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
    let (mut cek, mut nonce) = ([0u8; 16], [0u8; 12]);
    prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek).unwrap();
    prk.expand(b"Content-Encoding: nonce\0", &mut nonce).unwrap();
    let mut plain = Aes128Gcm::new_from_slice(&cek)
        .unwrap()
        .decrypt(Nonce::from_slice(&nonce), &message[86..])
        .expect("authentic record");
    assert_eq!(plain.pop(), Some(0x02), "last-record delimiter");
    plain
}

#[test]
fn rfc8291_appendix_a_vector() {
    let salt: [u8; 16] = dec(RFC_SALT).try_into().unwrap();
    let message = encrypt_with(&rfc_subscription(), RFC_PLAINTEXT, &dec(RFC_AS_PRIVATE), &salt).unwrap();
    assert_eq!(b64::encode(&message), RFC_MESSAGE);
    assert_eq!(message, dec(RFC_MESSAGE));
}

#[test]
fn the_test_decrypter_reads_the_rfc_message() {
    let ua = SecretKey::from_slice(&dec(RFC_UA_PRIVATE)).unwrap();
    assert_eq!(decrypt(&dec(RFC_MESSAGE), &ua, &dec(RFC_AUTH)), RFC_PLAINTEXT);
}

#[test]
fn encrypt_uses_a_fresh_key_and_salt_and_round_trips() {
    let ua = UserAgent::new();
    let sub = ua.subscription("https://push.example/x");
    let a = encrypt(&sub, b"{\"n\":1}").unwrap();
    let b = encrypt(&sub, b"{\"n\":1}").unwrap();
    assert_ne!(a[..16], b[..16], "salt");
    assert_ne!(a[21..86], b[21..86], "ephemeral key");
    assert_eq!(decrypt(&a, &ua.secret, &ua.auth), b"{\"n\":1}");
    assert_eq!(decrypt(&b, &ua.secret, &ua.auth), b"{\"n\":1}");
    assert_eq!(decrypt(&encrypt(&sub, b"").unwrap(), &ua.secret, &ua.auth), b"");
}

#[test]
fn payload_size_is_bounded_by_one_4096_byte_message() {
    let ua = UserAgent::new();
    let sub = ua.subscription("https://push.example/x");
    let max = vec![b'x'; MAX_PAYLOAD];
    let message = encrypt(&sub, &max).unwrap();
    assert_eq!(MAX_PAYLOAD, 3993);
    assert_eq!(message.len(), 4096);
    assert_eq!(decrypt(&message, &ua.secret, &ua.auth), max);
    assert!(encrypt(&sub, &vec![b'x'; MAX_PAYLOAD + 1]).is_err());
}

#[test]
fn encrypt_refuses_bad_keys_without_panicking() {
    let salt = [0u8; 16];
    let mut sub = rfc_subscription();
    assert!(encrypt_with(&sub, b"x", &[0u8; 32], &salt).is_err(), "zero scalar");
    assert!(encrypt_with(&sub, b"x", &[0xff; 32], &salt).is_err(), "scalar >= n");
    assert!(encrypt_with(&sub, b"x", &[1u8; 31], &salt).is_err(), "short scalar");
    sub.p256dh = "BAAA".into();
    assert!(encrypt(&sub, b"x").is_err());
    sub = rfc_subscription();
    sub.auth = "AAAA".into();
    assert!(encrypt(&sub, b"x").is_err());
}

/// Splits `vapid t=…, k=…`, checks the ES256 signature and returns the claims and key.
fn verify_vapid(header: &str) -> (serde_json::Value, String) {
    let rest = header.strip_prefix("vapid ").expect("vapid scheme");
    let (t, k) = rest.split_once(", ").expect("t and k");
    let token = t.strip_prefix("t=").unwrap();
    let key = k.strip_prefix("k=").unwrap();
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    let jwt_header: serde_json::Value = serde_json::from_slice(&dec(parts[0])).unwrap();
    assert_eq!(jwt_header, serde_json::json!({"typ": "JWT", "alg": "ES256"}));
    let verifying = VerifyingKey::from_sec1_bytes(&dec(key)).unwrap();
    let signature = Signature::from_slice(&dec(parts[2])).unwrap();
    verifying
        .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &signature)
        .expect("the JWT is signed by k");
    (serde_json::from_slice(&dec(parts[1])).unwrap(), key.to_string())
}

#[test]
fn vapid_jwt_verifies_with_the_public_key() {
    let keys = VapidKeys::generate();
    let now = 1_700_000_000;
    let header =
        keys.authorization("https://fcm.googleapis.com/fcm/send/abc:def?x=1", "mailto:a@b.org", now).unwrap();
    let (claims, k) = verify_vapid(&header);
    assert_eq!(k, keys.public_key_b64url());
    assert_eq!(claims["aud"], "https://fcm.googleapis.com");
    assert_eq!(claims["exp"], now + 12 * 3600);
    assert_eq!(claims["sub"], "mailto:a@b.org");

    // Another key does not verify it.
    let other = VapidKeys::generate();
    let (t, _) = header.split_once(", ").unwrap();
    let token = t.strip_prefix("vapid t=").unwrap();
    let (input, sig) = token.rsplit_once('.').unwrap();
    let other_key = VerifyingKey::from_sec1_bytes(&other.public_key_bytes()).unwrap();
    let sig = Signature::from_slice(&dec(sig)).unwrap();
    assert!(other_key.verify(input.as_bytes(), &sig).is_err());
}

#[test]
fn vapid_audience_is_the_endpoint_origin() {
    let keys = VapidKeys::generate();
    let aud = |endpoint: &str| {
        keys.authorization(endpoint, "https://kith.example", 0)
            .map(|h| verify_vapid(&h).0["aud"].as_str().unwrap().to_string())
    };
    assert_eq!(aud("https://Push.Example:443/a/b").as_deref(), Some("https://push.example"));
    assert_eq!(aud("https://push.example:8443/a").as_deref(), Some("https://push.example:8443"));
    assert_eq!(aud("http://127.0.0.1:9000/p").as_deref(), Some("http://127.0.0.1:9000"));
    assert_eq!(aud("https://[::1]/p").as_deref(), Some("https://[::1]"));
    assert_eq!(aud("not a url"), None);
    assert_eq!(aud("mailto:a@b.org"), None);
    assert_eq!(aud("data:text/plain,hi"), None);
    assert_eq!(aud(""), None);
}

#[test]
fn vapid_keys_round_trip_through_their_private_bytes() {
    let keys = VapidKeys::generate();
    let bytes = keys.private_bytes();
    assert_eq!(bytes.len(), 32);
    let again = VapidKeys::from_private_bytes(&bytes).unwrap();
    assert_eq!(again.public_key_b64url(), keys.public_key_b64url());
    let public = dec(&keys.public_key_b64url());
    assert_eq!(public.len(), 65);
    assert_eq!(public[0], 4);
    assert!(!keys.public_key_b64url().contains('='));
    assert!(!format!("{keys:?}").contains(&b64::encode(&bytes)), "Debug hides the private key");

    assert!(VapidKeys::from_private_bytes(&[]).is_none());
    assert!(VapidKeys::from_private_bytes(&bytes[..31]).is_none());
    assert!(VapidKeys::from_private_bytes(&[bytes.clone(), vec![0]].concat()).is_none());
    assert!(VapidKeys::from_private_bytes(&[0u8; 32]).is_none());
    assert!(VapidKeys::from_private_bytes(&[0xffu8; 32]).is_none());
    // The RFC's key gives the RFC's public key.
    let rfc = VapidKeys::from_private_bytes(&dec(RFC_AS_PRIVATE)).unwrap();
    assert_eq!(
        rfc.public_key_b64url(),
        "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8"
    );
}

#[test]
fn check_subscription_accepts_a_browser_subscription() {
    let good = rfc_subscription();
    assert_eq!(check_subscription(&good, false), Ok(()));
    // Padding is optional.
    let padded = Subscription { p256dh: format!("{RFC_UA_PUBLIC}="), auth: format!("{RFC_AUTH}=="), ..good };
    assert_eq!(check_subscription(&padded, false), Ok(()));
    let fcm = Subscription {
        endpoint: "https://fcm.googleapis.com/fcm/send/dGVzdA:APA91bE-x_y".into(),
        ..rfc_subscription()
    };
    assert_eq!(check_subscription(&fcm, false), Ok(()));
    let http = Subscription { endpoint: "http://127.0.0.1:4000/push/1".into(), ..rfc_subscription() };
    assert_eq!(check_subscription(&http, true), Ok(()));
}

#[test]
fn check_subscription_refuses_bad_ones() {
    let with = |endpoint: &str, p256dh: &str, auth: &str| Subscription {
        endpoint: endpoint.into(),
        p256dh: p256dh.into(),
        auth: auth.into(),
    };
    let pointer =
        |sub: &Subscription, allow_http: bool| check_subscription(sub, allow_http).err().map(|e| e.0);
    let ok_ep = "https://push.example/p";
    let cases: Vec<(Subscription, bool, &str)> = vec![
        (with("http://push.example/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("ftp://push.example/p", RFC_UA_PUBLIC, RFC_AUTH), true, "/endpoint"),
        (with("/relative/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://user:pw@push.example/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://user@push.example/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (
            with(&format!("https://push.example/{}", "a".repeat(2048)), RFC_UA_PUBLIC, RFC_AUTH),
            false,
            "/endpoint",
        ),
        (with("https://127.0.0.1/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://10.1.2.3:8443/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://[::1]/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://169.254.169.254/latest", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://localhost./p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with("https://db.internal/p", RFC_UA_PUBLIC, RFC_AUTH), false, "/endpoint"),
        (with(ok_ep, RFC_UA_PUBLIC, "BTBZMqHH6r4Tts7J_aSI"), false, "/keys/auth"), // 15 bytes
        (with(ok_ep, RFC_UA_PUBLIC, "BTBZMqHH6r4Tts7J_aSIggAA"), false, "/keys/auth"), // 18 bytes
        (with(ok_ep, RFC_UA_PUBLIC, "not base64!"), false, "/keys/auth"),
        (with(ok_ep, RFC_UA_PUBLIC, ""), false, "/keys/auth"),
        (with(ok_ep, "", RFC_AUTH), false, "/keys/p256dh"),
        (with(ok_ep, "@@@", RFC_AUTH), false, "/keys/p256dh"),
        (with(ok_ep, &RFC_UA_PUBLIC[..40], RFC_AUTH), false, "/keys/p256dh"),
        (with(ok_ep, &b64::encode(&[4u8; 65]), RFC_AUTH), false, "/keys/p256dh"), // off the curve
        (with(ok_ep, &b64::encode(&[0u8; 65]), RFC_AUTH), false, "/keys/p256dh"),
    ];
    for (sub, allow_http, expected) in &cases {
        assert_eq!(pointer(sub, *allow_http), Some(*expected), "{sub:?}");
    }
    // A compressed point (33 bytes) is a valid key but not what browsers send.
    let ua = SecretKey::from_slice(&dec(RFC_UA_PRIVATE)).unwrap();
    let compressed = b64::encode(ua.public_key().to_encoded_point(true).as_bytes());
    assert_eq!(pointer(&with(ok_ep, &compressed, RFC_AUTH), false), Some("/keys/p256dh"));
    // Exactly 2048 bytes is fine.
    let long = format!("https://push.example/{}", "a".repeat(2048 - 21));
    assert_eq!(long.len(), 2048);
    assert_eq!(pointer(&with(&long, RFC_UA_PUBLIC, RFC_AUTH), false), None);
    // Messages are English sentences.
    let (_, message) = check_subscription(&cases[0].0, false).unwrap_err();
    assert!(message.contains("https"), "{message}");
}

/// One request as a loopback push service saw it.
struct Seen {
    head: String,
    body: Vec<u8>,
}

/// A loopback push service answering each connection's request with `answers[i]` (raw HTTP
/// head+body bytes) in turn, or never answering when the entry is `None`.
async fn push_service(answers: Vec<Option<Vec<u8>>>) -> (String, tokio::sync::mpsc::UnboundedReceiver<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let answers = std::sync::Arc::new(std::sync::Mutex::new(
        answers.into_iter().collect::<std::collections::VecDeque<_>>(),
    ));
    tokio::spawn(async move {
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            let (tx, answers) = (tx.clone(), answers.clone());
            // Each request, on whichever connection, takes the next answer.
            tokio::spawn(async move {
                let mut buf = Vec::new();
                loop {
                    let (head, body) = loop {
                        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                            let head = String::from_utf8_lossy(&buf[..end]).to_string();
                            let len = head
                                .lines()
                                .find_map(|l| {
                                    let (k, v) = l.split_once(':')?;
                                    k.eq_ignore_ascii_case("content-length")
                                        .then(|| v.trim().parse::<usize>().ok())?
                                })
                                .unwrap_or(0);
                            if buf.len() >= end + 4 + len {
                                let body = buf[end + 4..end + 4 + len].to_vec();
                                buf.drain(..end + 4 + len);
                                break (head, body);
                            }
                        }
                        let mut chunk = [0u8; 4096];
                        match socket.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buf.extend_from_slice(&chunk[..n]),
                        }
                    };
                    let _ = tx.send(Seen { head, body });
                    let answer = answers.lock().unwrap().pop_front().flatten();
                    match answer {
                        Some(bytes) => {
                            if socket.write_all(&bytes).await.is_err() {
                                return;
                            }
                        }
                        None => {
                            tokio::time::sleep(Duration::from_secs(30)).await;
                            return;
                        }
                    }
                }
            });
        }
    });
    (format!("http://{addr}/push/abc"), rx)
}

fn answer(status: &str, body: &[u8]) -> Option<Vec<u8>> {
    let mut bytes = format!("HTTP/1.1 {status}\r\ncontent-length: {}\r\n\r\n", body.len()).into_bytes();
    bytes.extend_from_slice(body);
    Some(bytes)
}

#[tokio::test]
async fn sender_posts_an_encrypted_vapid_push_and_maps_statuses() {
    let (endpoint, mut seen) = push_service(vec![
        answer("201 Created", b""),
        answer("410 Gone", b"gone"),
        answer("404 Not Found", b""),
        answer("429 Too Many Requests", b"slow down"),
        answer("200 OK", &vec![b'z'; 1 << 20]), // a huge answer is cut off, not read
        answer("500 Internal Server Error", b""),
    ])
    .await;
    let ua = UserAgent::new();
    let sub = ua.subscription(&endpoint);
    let keys = VapidKeys::generate();
    let sender = Sender::new(true);
    let payload = br#"{"title":"Kith","body":"Hello"}"#;
    let send = |urgency| sender.send(&keys, "mailto:admin@kith.example", &sub, payload, 3600, urgency);

    assert_eq!(send(Urgency::High).await, Ok(SendOutcome::Delivered));
    let first = seen.recv().await.unwrap();
    let head = first.head.to_ascii_lowercase();
    assert!(head.starts_with("post /push/abc http/1.1"), "{head}");
    for line in [
        "ttl: 3600",
        "urgency: high",
        "content-encoding: aes128gcm",
        "content-type: application/octet-stream",
        &format!("content-length: {}", first.body.len()),
    ] {
        assert!(head.lines().any(|l| l == line), "missing {line:?} in\n{head}");
    }
    let authorization = first
        .head
        .lines()
        .find_map(|l| l.strip_prefix("authorization: ").or_else(|| l.strip_prefix("Authorization: ")))
        .expect("authorization header");
    let (claims, k) = verify_vapid(authorization);
    assert_eq!(k, keys.public_key_b64url());
    assert_eq!(claims["aud"], endpoint.trim_end_matches("/push/abc"));
    assert_eq!(claims["sub"], "mailto:admin@kith.example");
    assert_eq!(decrypt(&first.body, &ua.secret, &ua.auth), payload);

    assert_eq!(send(Urgency::VeryLow).await, Ok(SendOutcome::Gone));
    assert!(seen.recv().await.unwrap().head.to_ascii_lowercase().contains("urgency: very-low"));
    assert_eq!(send(Urgency::Low).await, Ok(SendOutcome::Gone));
    assert_eq!(send(Urgency::Normal).await, Ok(SendOutcome::Rejected(429)));
    assert_eq!(send(Urgency::Normal).await, Ok(SendOutcome::Delivered));
    assert_eq!(send(Urgency::Normal).await, Ok(SendOutcome::Rejected(500)));
}

#[tokio::test]
async fn sender_gives_up_after_its_timeout() {
    let (endpoint, _seen) = push_service(vec![None]).await;
    let ua = UserAgent::new();
    let sender = Sender::new(true).with_timeout(Duration::from_millis(300));
    let started = std::time::Instant::now();
    let result = sender
        .send(
            &VapidKeys::generate(),
            "mailto:a@b.org",
            &ua.subscription(&endpoint),
            b"x",
            60,
            Urgency::Normal,
        )
        .await;
    let err = result.unwrap_err();
    assert!(err.0.contains("did not answer"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn sender_refuses_what_it_must_not_send() {
    let ua = UserAgent::new();
    let keys = VapidKeys::generate();
    let https_only = Sender::new(false);
    let http_sub = ua.subscription("http://127.0.0.1:9/push");
    let err = https_only.send(&keys, "mailto:a@b.org", &http_sub, b"x", 60, Urgency::Normal).await;
    assert!(err.unwrap_err().0.contains("https"));
    // A payload too large for one message.
    let sender = Sender::new(true);
    let big = vec![0u8; MAX_PAYLOAD + 1];
    assert!(sender.send(&keys, "mailto:a@b.org", &http_sub, &big, 60, Urgency::Normal).await.is_err());
    // Nobody listening: an error, not a panic.
    let err = sender.send(&keys, "mailto:a@b.org", &http_sub, b"x", 60, Urgency::Normal).await;
    assert!(err.unwrap_err().0.contains("failed"));
}

/// Sends one push to the Node receiver of tests/push/selftest.mjs (KITH_PUSH_ENDPOINT,
/// KITH_PUSH_P256DH, KITH_PUSH_AUTH, optional KITH_PUSH_PAYLOAD) and prints the VAPID key as
/// `VAPID_PUBLIC=<key>`. Ignored: run by `node tests/push/selftest.mjs`.
#[tokio::test]
#[ignore = "run by tests/push/selftest.mjs with a Node receiver"]
async fn interop() {
    let var = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set"));
    let sub = Subscription {
        endpoint: var("KITH_PUSH_ENDPOINT"),
        p256dh: var("KITH_PUSH_P256DH"),
        auth: var("KITH_PUSH_AUTH"),
    };
    let payload = std::env::var("KITH_PUSH_PAYLOAD")
        .unwrap_or_else(|_| r#"{"title":"Kith","body":"Interop ✓"}"#.to_string());
    check_subscription(&sub, true).expect("the Node subscription passes the checks");
    let keys = VapidKeys::generate();
    println!("VAPID_PUBLIC={}", keys.public_key_b64url());
    let outcome = Sender::new(true)
        .send(&keys, "mailto:interop@kith.example", &sub, payload.as_bytes(), 120, Urgency::High)
        .await;
    println!("OUTCOME={outcome:?}");
    assert_eq!(outcome, Ok(SendOutcome::Delivered));
}
