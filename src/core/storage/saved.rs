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
    // The unread count is polled in the background: an old copy would only mislead the bell.
    !(p.starts_with("/auth")
        || p.ends_with(".ics")
        || p.ends_with("/health")
        || p.ends_with("/reports")
        || p.ends_with("/unread-count")
        || p.starts_with("/stream"))
}

/// The key of a saved copy: backend, member and the request's path with query.
pub fn saved_key(backend: &str, user: &str, path_and_query: &str) -> String {
    format!("{}|{}|{}", if backend.is_empty() { "self" } else { backend }, user, path_and_query)
}

/// The backend label (`self` for this origin) and the member of a saved key.
pub fn key_owner(key: &str) -> Option<(&str, &str)> {
    // The path always starts with `/`; neither a backend URL nor a username has `|/`.
    let (owner, _path) = key.split_once("|/")?;
    let (backend, user) = owner.rsplit_once('|')?;
    (!backend.is_empty() && !user.is_empty()).then_some((backend, user))
}

/// The saved keys whose member no longer has a live session on this device (logged out, the
/// session expired, or a "this tab only" login whose tab was closed): they must go. A
/// visitor's copies (public pages) stay; keys that cannot be read are dropped too.
pub fn orphaned_keys<'a>(
    keys: impl IntoIterator<Item = &'a str>,
    has_session: impl Fn(&str, &str) -> bool,
) -> Vec<String> {
    keys.into_iter()
        .filter(|k| match key_owner(k) {
            Some((_, user)) if user == super::GUEST => false,
            Some((backend, user)) => !has_session(backend, user),
            None => true,
        })
        .map(str::to_string)
        .collect()
}

/// The backend base URL of a key's backend label (the inverse of the label in [`saved_key`]).
pub fn label_base(label: &str) -> &str {
    if label == "self" { "" } else { label }
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
    use crate::core::storage::MemoryStore;

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
    fn copies_of_members_without_a_session_are_orphans() {
        let carol = saved_key("", "carol", "/api/v1/feed?sort=new");
        let bob = saved_key("", "bob", "/api/v1/posts/3");
        let guest = saved_key("", crate::core::storage::GUEST, "/api/v1/groups");
        let other = saved_key("https://api.example.org", "carol", "/api/v1/me");
        assert_eq!(key_owner(&carol), Some(("self", "carol")));
        assert_eq!(key_owner(&other), Some(("https://api.example.org", "carol")));
        assert_eq!(key_owner("garbage"), None);
        // carol is logged in here (this origin only); bob's tab-only session ended with his tab.
        let live = |backend: &str, user: &str| label_base(backend).is_empty() && user == "carol";
        let keys = [carol.as_str(), bob.as_str(), guest.as_str(), other.as_str(), "garbage"];
        assert_eq!(orphaned_keys(keys, live), vec![bob.clone(), other.clone(), "garbage".to_string()]);
        // Nobody logged in: only the visitor's copies stay.
        assert_eq!(orphaned_keys(keys, |_, _| false).len(), 4);
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
