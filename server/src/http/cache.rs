//! A small cache of read responses (feed pages), keyed by caller and URL. Every write request
//! bumps a generation counter, which invalidates every entry at once; entries also expire
//! after a short time, since some answers depend on the clock (hot scores, mute ends).

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use axum::body::Bytes;

const TTL: Duration = Duration::from_secs(3);
const MAX_ENTRIES: usize = 4096;

pub struct ResponseCache {
    /// Off when other servers share the database: their writes would not invalidate it.
    enabled: bool,
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
        ResponseCache::new(true)
    }
}

impl ResponseCache {
    pub fn new(enabled: bool) -> Self {
        ResponseCache { enabled, generation: AtomicU64::new(0), entries: Mutex::new(HashMap::new()) }
    }

    /// The generation to tag a response with: read it *before* querying.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Called after every write request.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    pub fn get(&self, user: i64, key: &str) -> Option<Hit> {
        if !self.enabled {
            return None;
        }
        let generation = self.generation();
        let map = self.entries.lock().ok()?;
        let e = map.get(&(user, key.to_string()))?;
        if e.generation == generation && e.at.elapsed() < TTL {
            Some(Hit { body: e.body.clone() })
        } else {
            None
        }
    }

    pub fn put(&self, user: i64, key: String, generation: u64, body: Bytes) {
        if !self.enabled || generation != self.generation() {
            return;
        }
        if let Ok(mut map) = self.entries.lock() {
            if map.len() >= MAX_ENTRIES {
                let current = self.generation();
                map.retain(|_, e| e.generation == current && e.at.elapsed() < TTL);
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

    #[test]
    fn writes_invalidate_and_stale_generations_are_not_stored() {
        let c = ResponseCache::default();
        let g = c.generation();
        c.put(0, "/a".into(), g, Bytes::from_static(b"x"));
        assert!(c.get(0, "/a").is_some());
        assert!(c.get(1, "/a").is_none());
        c.invalidate();
        assert!(c.get(0, "/a").is_none());
        // A read that started before the write must not be cached after it.
        c.put(0, "/a".into(), g, Bytes::from_static(b"old"));
        assert!(c.get(0, "/a").is_none());
    }
}
