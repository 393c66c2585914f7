//! HTTP plumbing shared by the routes: state, extractors (caller, body, query, If-Match),
//! cursors, the response cache and the router.

pub mod cache;
pub mod cursor;
pub mod extract;
pub mod idempotency;
pub mod router;

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
    /// token hash → (user id, expires_at): saves a query per authenticated request.
    pub sessions: Mutex<HashMap<String, (i64, i64)>>,
    pub cache: cache::ResponseCache,
    /// Requests being handled per (user, Idempotency-Key), so a concurrent retry waits for the
    /// first instead of racing it.
    pub in_flight: idempotency::InFlight,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.inner
    }
}

impl AppState {
    pub fn new(db: Db, secret: Vec<u8>) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                db,
                secret,
                sessions: Mutex::new(HashMap::new()),
                cache: cache::ResponseCache::default(),
                in_flight: idempotency::InFlight::default(),
            }),
        }
    }

    pub fn forget_session(&self, token_hash: &str) {
        if let Ok(mut m) = self.sessions.lock() {
            m.remove(token_hash);
        }
    }
}
