//! HTTP plumbing shared by the routes: state, extractors (caller, body, query, If-Match),
//! cursors and paging, the response cache, idempotency, abuse limits and the accept loop.

pub mod cache;
pub mod cursor;
pub mod extract;
pub mod idempotency;
pub mod limits;
pub mod serve;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::Mutex;

use crate::db::Db;

/// Shared by every handler.
#[derive(Clone)]
pub struct AppState {
    pub inner: Arc<Inner>,
}

pub struct Inner {
    pub db: Db,
    /// Signs cursors; stored in the database so cursors survive restarts.
    pub secret: Vec<u8>,
    /// token hash → (user id, expires_at): saves a query per authenticated request. Off when
    /// other servers share the database (a logout there could not reach this cache).
    pub sessions: Mutex<HashMap<String, (i64, i64)>>,
    pub cache: cache::ResponseCache,
    /// Requests being handled per (user, Idempotency-Key), so a concurrent retry waits for the
    /// first instead of racing it.
    pub in_flight: idempotency::InFlight,
    /// Rate limits, login throttling and the bounded password-hashing pool.
    pub guard: limits::Guard,
    /// Open live streams and their dispatcher's position.
    pub hub: Arc<crate::live::Hub>,
    /// Web push, when this server sends it.
    pub push: Option<PushConfig>,
}

/// What sending web pushes needs.
pub struct PushConfig {
    pub keys: crate::push::VapidKeys,
    /// Push services must be https, except in tests (a receiver on loopback).
    pub allow_http: bool,
    /// The VAPID `sub` claim: how a push service reaches the operator.
    pub subject: String,
    pub sender: crate::push::Sender,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.inner
    }
}

impl AppState {
    #[cfg(test)]
    pub fn new(db: Db, secret: Vec<u8>, policy: limits::Policy) -> AppState {
        Self::with_push(db, secret, policy, None)
    }

    pub fn with_push(db: Db, secret: Vec<u8>, policy: limits::Policy, push: Option<PushConfig>) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                cache: cache::ResponseCache::new(db.shared().then(|| db.clone())),
                guard: limits::Guard::for_db(policy, &db),
                db,
                secret,
                sessions: Mutex::new(HashMap::new()),
                in_flight: idempotency::InFlight::default(),
                hub: Arc::new(crate::live::Hub::new()),
                push,
            }),
        }
    }

    /// Keyset paging of the list named `scope`, with cursors signed by this server.
    pub fn pager(&self, scope: String) -> cursor::Pager<'_> {
        cursor::Pager::new(&self.secret, scope)
    }

    /// The session cache, even after a panic elsewhere poisoned it (it holds plain values).
    ///
    /// Every use keeps the guard inside one statement or one small function, never across a
    /// second lock of the same mutex or an `.await`: a guard kept alive in an `if let` body
    /// while `forget_session` locked again once hung the whole server.
    fn session_map(&self) -> std::sync::MutexGuard<'_, HashMap<String, (i64, i64)>> {
        self.sessions.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// (user id, expires_at) of a cached token hash.
    pub fn cached_session(&self, token_hash: &str) -> Option<(i64, i64)> {
        if self.db.shared() {
            return None;
        }
        self.session_map().get(token_hash).copied()
    }

    pub fn cache_session(&self, token_hash: String, uid: i64, expires_at: i64) {
        if self.db.shared() {
            return;
        }
        let mut m = self.session_map();
        if m.len() >= 50_000 {
            let now = crate::db::now();
            m.retain(|_, (_, exp)| *exp > now);
            if m.len() >= 50_000 {
                m.clear();
            }
        }
        m.insert(token_hash, (uid, expires_at));
    }

    pub fn forget_session(&self, token_hash: &str) {
        self.session_map().remove(token_hash);
    }

    /// Drops every cached session of a user except `keep` (a token hash).
    pub fn forget_user_sessions(&self, uid: i64, keep: Option<&str>) {
        self.session_map().retain(|hash, (u, _)| *u != uid || Some(hash.as_str()) == keep);
    }
}
