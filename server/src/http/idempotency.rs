//! `Idempotency-Key` on POST: the first response (status and body) for a (user, key) is kept
//! for 24 hours; a retry of the same request gets it again and creates nothing; the same key
//! with another request is a 409 `idempotency_key_reused`. Requests with the same key run one
//! at a time: a retry that arrives while the first is still being handled waits for it and then
//! gets its answer, instead of racing it into a second copy.
//!
//! Only authenticated POSTs to real routes keep an answer: the layer is a route layer (unknown
//! paths never reach it), anonymous requests run without one (they share no key space and
//! cannot fill the table), and the auth endpoints never keep theirs (a login answer is a
//! bearer token). Expired answers are purged on a timer, not by requests.

use axum::body::{Body, to_bytes};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use kith_api::codes;
use kith_api::validate::LIMITS;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::AppState;
use super::extract::{payload_too_large, resolve_token};
use crate::db;
use crate::db::idempotency::{KEEP_SECONDS, KeptAnswer};
use crate::error::ApiError;

/// The lock a request holds while its key is being handled.
type KeyLock = Arc<tokio::sync::Mutex<()>>;

/// One lock per (user, key) being handled; entries go when their last holder is done.
#[derive(Default)]
pub struct InFlight(Mutex<HashMap<(i64, String), KeyLock>>);

impl InFlight {
    fn lock_for(&self, user: i64, key: &str) -> KeyLock {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        map.entry((user, key.to_string())).or_default().clone()
    }

    /// Drops the entry unless another request still holds or waits for it.
    fn release(&self, user: i64, key: &str, lock: &KeyLock) {
        let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        // Two references: ours and the map's.
        if Arc::strong_count(lock) <= 2 {
            map.remove(&(user, key.to_string()));
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.lock().map(|m| m.len()).unwrap_or(0)
    }
}

/// What identifies "the same request": method, path with query, and the body.
pub fn fingerprint(method: &str, path: &str, body: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(method.as_bytes());
    h.update(b" ");
    h.update(path.as_bytes());
    h.update(b"\n");
    h.update(body);
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// What to do with a request given what is stored for its key.
#[derive(Debug, PartialEq, Eq)]
pub enum Decision {
    Run,
    /// Status, body and ETag of the first answer.
    Replay(u16, String, Option<String>),
    Reused,
}

pub fn decide(stored: Option<KeptAnswer>, fp: &str, now: i64) -> Decision {
    match stored {
        Some(k) if now - k.at < KEEP_SECONDS => {
            if k.fingerprint == fp {
                Decision::Replay(k.status, k.body, k.etag)
            } else {
                Decision::Reused
            }
        }
        _ => Decision::Run,
    }
}

pub async fn layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let Some(key) = req.headers().get(kith_api::IDEMPOTENCY_KEY) else {
        return next.run(req).await;
    };
    let key = match key.to_str() {
        Ok(k) if key_ok(k) => k.to_string(),
        _ => {
            return ApiError::bad_request(
                "An Idempotency-Key has 1 to 200 visible ASCII characters (letters, digits and punctuation).",
            )
            .into_response();
        }
    };
    let auth_route = req.extensions().get::<MatchedPath>().is_some_and(|m| m.as_str().contains("/auth/"));
    let token = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .map(|(_, t)| t.trim().to_string());
    let user = match token {
        _ if auth_route => return next.run(req).await,
        None => return next.run(req).await,
        Some(t) => match resolve_token(&state, &t).await {
            Ok(u) => u,
            Err(e) => return e.into_response(),
        },
    };
    let (parts, body) = req.into_parts();
    let read = tokio::time::timeout(
        state.guard.policy.timeouts.body,
        to_bytes(body, LIMITS.max_body_bytes as usize),
    )
    .await;
    let bytes = match read {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => return payload_too_large().into_response(),
        Err(_) => return ApiError::request_timeout().into_response(),
    };
    let path = parts.uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    let fp = fingerprint(parts.method.as_str(), &path, &bytes);
    // Released on drop, so a caller that hangs up while waiting leaves no entry behind.
    let entry = Entry { lock: state.in_flight.lock_for(user, &key), state: state.clone(), user, key };
    let _held = entry.lock.lock().await;
    // And across servers sharing a PostgreSQL database: the same key sent to two of them at
    // once still runs once (a no-op on SQLite, which one process owns).
    let _shared = match state.db.key_lock(lock_key(user, &entry.key)).await {
        Ok(l) => l,
        Err(e) => return ApiError::from(e).into_response(),
    };
    run_once(&state, user, &entry.key, &fp, parts, bytes, next).await
}

/// The advisory-lock key of a (user, Idempotency-Key): 64 bits of their SHA-256.
fn lock_key(user: i64, key: &str) -> i64 {
    let mut h = Sha256::new();
    h.update(user.to_le_bytes());
    h.update(key.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    i64::from_le_bytes(b)
}

/// 1–200 visible ASCII characters: what the contract promises to accept.
pub fn key_ok(k: &str) -> bool {
    (1..=200).contains(&k.len()) && k.bytes().all(|b| b.is_ascii_graphic())
}

struct Entry {
    lock: KeyLock,
    state: AppState,
    user: i64,
    key: String,
}

impl Drop for Entry {
    fn drop(&mut self) {
        self.state.in_flight.release(self.user, &self.key, &self.lock);
    }
}

/// Replays the stored answer for this key, or runs the request and stores its answer; the
/// caller holds the key's lock.
async fn run_once(
    state: &AppState,
    user: i64,
    key: &str,
    fp: &str,
    parts: axum::http::request::Parts,
    bytes: axum::body::Bytes,
    next: Next,
) -> Response {
    let now = db::now();
    let stored = match db::idempotency::get(&state.db.pool, user, key).await {
        Ok(s) => s,
        Err(e) => return ApiError::from(e).into_response(),
    };
    match decide(stored, fp, now) {
        Decision::Replay(status, body, etag) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
            let ct = if status.is_success() { "application/json" } else { "application/problem+json" };
            let mut resp = (status, body).into_response();
            resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(ct));
            if let Some(tag) = etag.and_then(|t| HeaderValue::from_str(&t).ok()) {
                resp.headers_mut().insert(header::ETAG, tag);
            }
            resp.headers_mut().insert("idempotent-replayed", HeaderValue::from_static("true"));
            return resp;
        }
        Decision::Reused => {
            return ApiError::conflict(
                codes::IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was already used for a different request.",
            )
            .into_response();
        }
        Decision::Run => {}
    }
    let req = Request::from_parts(parts, Body::from(bytes));
    let resp = next.run(req).await;
    // Answers that say "not now" (a rate limit, a timeout, a failure) are not the request's
    // outcome: a retry with the same key after Retry-After must run for real.
    let status = resp.status();
    if status.is_server_error()
        || status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::REQUEST_TIMEOUT
    {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let bytes = match to_bytes(body, 1024 * 1024).await {
        Ok(b) => b,
        Err(_) => return ApiError::internal().into_response(),
    };
    let answer = KeptAnswer {
        fingerprint: fp.to_string(),
        status: parts.status.as_u16(),
        body: String::from_utf8_lossy(&bytes).to_string(),
        etag: parts.headers.get(header::ETAG).and_then(|v| v.to_str().ok()).map(String::from),
        at: now,
    };
    if let Err(e) = db::idempotency::put(&state.db, user, key, &answer).await {
        eprintln!("kith-server: cannot store idempotency key: {e}");
    }
    Response::from_parts(parts, Body::from(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_request_replays_other_request_conflicts_old_keys_expire() {
        let fp = fingerprint("POST", "/api/v1/groups/hiking/posts", b"{\"title\":\"x\"}");
        let other = fingerprint("POST", "/api/v1/groups/hiking/posts", b"{\"title\":\"y\"}");
        assert_ne!(fp, other);
        let now = 1_000_000;
        assert_eq!(decide(None, &fp, now), Decision::Run);
        let stored = || {
            Some(KeptAnswer {
                fingerprint: fp.clone(),
                status: 201,
                body: "{\"id\":7}".to_string(),
                etag: Some("\"p7-v1\"".into()),
                at: now - 60,
            })
        };
        assert_eq!(
            decide(stored(), &fp, now),
            Decision::Replay(201, "{\"id\":7}".into(), Some("\"p7-v1\"".into()))
        );
        assert_eq!(decide(stored(), &other, now), Decision::Reused);
        assert_eq!(decide(stored(), &fp, now + KEEP_SECONDS + 1), Decision::Run);
    }

    #[test]
    fn in_flight_entries_go_with_their_last_holder() {
        let f = InFlight::default();
        let a = f.lock_for(1, "k");
        let b = f.lock_for(1, "k");
        assert!(Arc::ptr_eq(&a, &b), "the same key shares one lock");
        assert!(!Arc::ptr_eq(&a, &f.lock_for(2, "k")), "keys belong to a user");
        f.release(2, "k", &f.lock_for(2, "k"));
        f.release(1, "k", &a);
        drop(a);
        assert_eq!(f.len(), 1, "kept while another request holds it");
        f.release(1, "k", &b);
        assert_eq!(f.len(), 0);
    }
}
