//! Which saved copies (offline reading) to keep: an index of keys by last use, kept in browser
//! storage beside the copies in IndexedDB, so the oldest are dropped past a limit.

use serde::{Deserialize, Serialize};

use super::KvStore;

pub const INDEX_KEY: &str = "kith.saved.index";
/// How many responses are kept for offline reading.
pub const MAX_SAVED: usize = 250;

/// Saved keys with the time (ms) each was last saved, newest last.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedIndex {
    pub entries: Vec<(String, f64)>,
}

impl SavedIndex {
    /// Reads the index; a missing or corrupt one starts empty.
    pub fn load(store: &dyn KvStore) -> SavedIndex {
        store.get(INDEX_KEY).ok().flatten().and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
    }

    pub fn save(&self, store: &dyn KvStore) {
        if let Ok(s) = serde_json::to_string(self) {
            let _ = store.set(INDEX_KEY, &s);
        }
    }

    /// Records a save; returns the keys that fell out and should be deleted.
    pub fn touch(&mut self, key: &str, now: f64) -> Vec<String> {
        self.entries.retain(|(k, _)| k != key);
        self.entries.push((key.to_string(), now));
        let excess = self.entries.len().saturating_sub(MAX_SAVED);
        self.entries.drain(..excess).map(|(k, _)| k).collect()
    }

    /// Forgets every saved copy of one member on one backend (after logging out).
    pub fn remove_prefix(&mut self, prefix: &str) -> Vec<String> {
        let (gone, keep): (Vec<_>, Vec<_>) = self.entries.drain(..).partition(|(k, _)| k.starts_with(prefix));
        self.entries = keep;
        gone.into_iter().map(|(k, _)| k).collect()
    }
}

/// Whether a GET of this API path is worth keeping for offline reading. The member's own
/// profile is (copies are kept per member): offline, it still says which groups they are in.
pub fn is_saveable(path: &str) -> bool {
    let p = path.split('?').next().unwrap_or("");
    !(p.starts_with("/auth") || p.ends_with(".ics") || p.ends_with("/health") || p.ends_with("/reports"))
}

/// The key of a saved copy: backend, member and the request's path with query.
pub fn saved_key(backend: &str, user: &str, path_and_query: &str) -> String {
    format!("{}|{}|{}", if backend.is_empty() { "self" } else { backend }, user, path_and_query)
}

/// A saved response and when it was saved (ms since the epoch).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCopy {
    pub saved_at: f64,
    pub body: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    #[test]
    fn the_oldest_copies_fall_out_past_the_limit() {
        let mut idx = SavedIndex::default();
        for i in 0..MAX_SAVED {
            assert!(idx.touch(&format!("k{i}"), i as f64).is_empty());
        }
        assert!(idx.touch("k0", 9999.0).is_empty(), "re-saving moves a key to the end");
        assert_eq!(idx.touch("new", 10000.0), vec!["k1".to_string()]);
        assert_eq!(idx.entries.len(), MAX_SAVED);
    }

    #[test]
    fn index_survives_storage_and_corruption() {
        let s = MemoryStore::default();
        let mut idx = SavedIndex::default();
        idx.touch("a", 1.0);
        idx.save(&s);
        assert_eq!(SavedIndex::load(&s), idx);
        s.set(INDEX_KEY, "[[[").unwrap();
        assert_eq!(SavedIndex::load(&s), SavedIndex::default());
    }

    #[test]
    fn private_and_volatile_answers_are_not_saved() {
        assert!(is_saveable("/groups/hiking/posts?sort=new&limit=20"));
        assert!(is_saveable("/posts/12"));
        assert!(!is_saveable("/auth/login"));
        assert!(is_saveable("/me"));
        assert!(!is_saveable("/events/3.ics"));
        let mut idx = SavedIndex::default();
        idx.touch(&saved_key("", "carol", "/feed"), 1.0);
        idx.touch(&saved_key("", "bob", "/feed"), 2.0);
        assert_eq!(idx.remove_prefix(&saved_key("", "carol", "")), vec![saved_key("", "carol", "/feed")]);
        assert_eq!(idx.entries.len(), 1);
    }
}
