//! A small cache of read responses (feed pages), keyed by caller and URL. Every write request
//! bumps a generation counter, which invalidates every entry at once; entries also expire
//! after a short time, since some answers depend on the clock (hot scores, mute ends).
//!
//! With several servers on one PostgreSQL database the counter is a database sequence: a write
//! on any server bumps it (`Db::announce_write`) before its response goes out, and a read
//! compares its entry with the current value (one primary-key read instead of the feed's
//! queries), so no server serves a page older than a write another server has already answered.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::Bytes;

use crate::db::Db;

const TTL: Duration = Duration::from_secs(3);
const MAX_ENTRIES: usize = 4096;
/// A generation no entry has: what a read gets when the shared counter cannot be read.
const UNKNOWN: u64 = u64::MAX;

pub struct ResponseCache {
    /// The database whose sequence counts writes, when servers share it.
    shared: Option<Db>,
    generation: AtomicU64,
    entries: Mutex<HashMap<(i64, String), Entry>>,
}

struct Entry {
    generation: u64,
    at: Instant,
    body: Bytes,
}

/// A cached body.
pub struct Hit {
    pub body: Bytes,
}

impl Default for ResponseCache {
    fn default() -> Self {
        ResponseCache::new(None)
    }
}

impl ResponseCache {
    pub fn new(shared: Option<Db>) -> Self {
        ResponseCache { shared, generation: AtomicU64::new(0), entries: Mutex::new(HashMap::new()) }
    }

    /// The current generation: read it *before* querying, and pass it to `get` and `put`.
    pub async fn generation(&self) -> u64 {
        match &self.shared {
            None => self.generation.load(Ordering::Acquire),
            Some(db) => db.write_count().await.map(|n| n as u64).unwrap_or(UNKNOWN),
        }
    }

    /// Called after every write request, before its response goes out (with servers sharing a
    /// database, `Db::announce_write` counts it for all of them).
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    pub fn get(&self, user: i64, key: &str, generation: u64) -> Option<Hit> {
        if generation == UNKNOWN {
            return None;
        }
        let map = self.entries.lock().ok()?;
        let e = map.get(&(user, key.to_string()))?;
        if e.generation == generation && e.at.elapsed() < TTL {
            Some(Hit { body: e.body.clone() })
        } else {
            None
        }
    }

    /// Keeps a body read at `generation`; a later `get` finds it only while no write came
    /// since. (In one process a write during the read is seen here already.)
    pub fn put(&self, user: i64, key: String, generation: u64, body: Bytes) {
        if generation == UNKNOWN
            || (self.shared.is_none() && generation != self.generation.load(Ordering::Acquire))
        {
            return;
        }
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= MAX_ENTRIES {
                map.retain(|_, e| e.generation >= generation && e.at.elapsed() < TTL);
                if map.len() >= MAX_ENTRIES {
                    map.clear();
                }
            }
            map.insert((user, key), Entry { generation, at: Instant::now(), body });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn writes_invalidate_and_stale_generations_are_not_stored() {
        let c = ResponseCache::default();
        let g = c.generation().await;
        c.put(0, "/a".into(), g, Bytes::from_static(b"x"));
        assert!(c.get(0, "/a", c.generation().await).is_some());
        assert!(c.get(1, "/a", c.generation().await).is_none());
        c.invalidate();
        assert!(c.get(0, "/a", c.generation().await).is_none());
        // A read that started before the write must not be cached after it.
        c.put(0, "/a".into(), g, Bytes::from_static(b"old"));
        assert!(c.get(0, "/a", c.generation().await).is_none());
    }
}
