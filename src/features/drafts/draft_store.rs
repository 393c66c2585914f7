//! Draft rules over any key-value store, so they are tested natively: one JSON value per
//! composer, keyed by backend + user + context, so many drafts coexist; the newest edit wins;
//! a corrupt entry is reported and never spreads to others.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::storage::{KvStore, StorageError};
use crate::ui::format::one_line;

pub const DRAFT_PREFIX: &str = "kith.draft.";

/// One composer's unsent work.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// What is being written, e.g. "New post in Hiking".
    pub label: String,
    /// Where to resume it.
    pub url: String,
    /// The composer's fields by name.
    pub fields: BTreeMap<String, String>,
    /// Sent with every attempt, so a retry never creates a second copy.
    #[serde(default)]
    pub idempotency_key: Option<String>,
    /// Milliseconds since the epoch of the last edit.
    pub updated_at: f64,
    /// The tab that made the last edit.
    #[serde(default)]
    pub tab: String,
}

impl Draft {
    /// A draft with nothing typed is not worth keeping.
    pub fn is_blank(&self) -> bool {
        self.fields.values().all(|v| v.trim().is_empty())
    }

    /// Whether `self` should replace `other` (newest edit wins; ties broken by tab id so every
    /// tab agrees).
    pub fn supersedes(&self, other: &Draft) -> bool {
        self.updated_at > other.updated_at || (self.updated_at == other.updated_at && self.tab > other.tab)
    }

    /// The first non-empty field, shortened, to recognise the draft in a list (a Markdown
    /// field as plain text).
    pub fn excerpt(&self, max: usize) -> String {
        ["title", "name", "body"]
            .iter()
            .filter_map(|k| self.fields.get_key_value(*k))
            .chain(self.fields.iter())
            .find(|(_, v)| !v.trim().is_empty())
            .map_or_else(String::new, |(k, v)| match k.as_str() {
                "title" | "name" => one_line(v, max),
                _ => kith_api::text::excerpt(v, max),
            })
    }
}

/// Why a draft could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftReadError {
    /// The stored text is not a draft (hand-edited, truncated, from another app).
    Corrupt,
    Storage(StorageError),
}

/// The key of a composer's draft: `kith.draft.<backend>|<user>|<context>`.
pub fn draft_key(backend: &str, user: &str, context: &str) -> String {
    let backend = if backend.is_empty() { "self" } else { backend };
    format!("{DRAFT_PREFIX}{backend}|{user}|{context}")
}

/// The prefix of every draft of one member on one backend.
pub fn scope_prefix(backend: &str, user: &str) -> String {
    draft_key(backend, user, "")
}

pub fn read_draft(store: &dyn KvStore, key: &str) -> Result<Option<Draft>, DraftReadError> {
    match store.get(key) {
        Ok(None) => Ok(None),
        Ok(Some(raw)) => parse_draft(&raw).map(Some).ok_or(DraftReadError::Corrupt),
        Err(e) => Err(DraftReadError::Storage(e)),
    }
}

/// Parses a stored draft; `None` for anything that is not one.
pub fn parse_draft(raw: &str) -> Option<Draft> {
    let d: Draft = serde_json::from_str(raw).ok()?;
    (d.updated_at.is_finite() && d.updated_at >= 0.0).then_some(d)
}

/// Stores a draft, or removes it when blank.
pub fn write_draft(store: &dyn KvStore, key: &str, draft: &Draft) -> Result<(), StorageError> {
    if draft.is_blank() {
        return store.remove(key);
    }
    let json = serde_json::to_string(draft).map_err(|e| StorageError::Other(e.to_string()))?;
    store.set(key, &json)
}

/// A draft in the list of all drafts.
#[derive(Clone, Debug, PartialEq)]
pub enum Listed {
    Ok { key: String, draft: Draft },
    Corrupt { key: String },
}

/// Every draft of one scope, newest first; corrupt entries are listed so they can be discarded.
pub fn list_drafts(store: &dyn KvStore, prefix: &str) -> Result<Vec<Listed>, StorageError> {
    let mut out = Vec::new();
    for key in store.keys(prefix)? {
        match read_draft(store, &key) {
            Ok(Some(draft)) => out.push(Listed::Ok { key, draft }),
            Ok(None) => {}
            Err(DraftReadError::Corrupt) => out.push(Listed::Corrupt { key }),
            Err(DraftReadError::Storage(e)) => return Err(e),
        }
    }
    out.sort_by(|a, b| {
        let t = |l: &Listed| match l {
            Listed::Ok { draft, .. } => draft.updated_at,
            Listed::Corrupt { .. } => f64::MAX,
        };
        t(b).total_cmp(&t(a))
    });
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::storage::MemoryStore;

    fn draft(body: &str, at: f64, tab: &str) -> Draft {
        Draft {
            label: "New post in Hiking".into(),
            url: "/g/hiking".into(),
            fields: BTreeMap::from([("title".into(), "Trip".into()), ("body".into(), body.into())]),
            idempotency_key: Some("k1".into()),
            updated_at: at,
            tab: tab.into(),
        }
    }

    #[test]
    fn drafts_are_scoped_by_backend_user_and_context() {
        let s = MemoryStore::default();
        let a = draft_key("", "carol", "post:hiking");
        let b = draft_key("", "carol", "comment:12:root");
        let c = draft_key("https://other.example", "carol", "post:hiking");
        let d = draft_key("", "bob", "post:hiking");
        for (i, k) in [&a, &b, &c, &d].into_iter().enumerate() {
            write_draft(&s, k, &draft(&format!("text {i}"), i as f64, "t")).unwrap();
        }
        let carol_here = list_drafts(&s, &scope_prefix("", "carol")).unwrap();
        assert_eq!(carol_here.len(), 2);
        assert!(matches!(&carol_here[0], Listed::Ok { key, .. } if *key == b), "newest first");
        assert_eq!(read_draft(&s, &c).unwrap().unwrap().fields["body"], "text 2");
    }

    #[test]
    fn blank_drafts_are_removed_not_kept() {
        let s = MemoryStore::default();
        let k = draft_key("", "carol", "post:hiking");
        write_draft(&s, &k, &draft("hello", 1.0, "t")).unwrap();
        let mut blank = draft("  ", 2.0, "t");
        blank.fields.insert("title".into(), String::new());
        write_draft(&s, &k, &blank).unwrap();
        assert_eq!(read_draft(&s, &k), Ok(None));
    }

    #[test]
    fn a_corrupt_entry_is_reported_and_others_are_untouched() {
        let s = MemoryStore::default();
        let good = draft_key("", "carol", "post:hiking");
        let bad = draft_key("", "carol", "post:books");
        write_draft(&s, &good, &draft("keep me", 1.0, "t")).unwrap();
        s.set(&bad, "{\"label\": \"New post\", \"fields\": ").unwrap();
        assert_eq!(read_draft(&s, &bad), Err(DraftReadError::Corrupt));
        s.set(&bad, r#"{"label":"x","url":"/","fields":{},"updated_at":-5}"#).unwrap();
        assert_eq!(read_draft(&s, &bad), Err(DraftReadError::Corrupt));
        let listed = list_drafts(&s, &scope_prefix("", "carol")).unwrap();
        assert_eq!(listed.len(), 2);
        assert!(listed.iter().any(|l| matches!(l, Listed::Corrupt { key } if *key == bad)));
        assert_eq!(read_draft(&s, &good).unwrap().unwrap().fields["body"], "keep me");
    }

    #[test]
    fn full_or_disabled_storage_fails_cleanly() {
        let k = draft_key("", "carol", "post:hiking");
        let full = MemoryStore::with_quota(64);
        assert_eq!(
            write_draft(&full, &k, &draft("a long text that will not fit", 1.0, "t")),
            Err(StorageError::QuotaExceeded)
        );
        let off = MemoryStore::disabled();
        assert_eq!(read_draft(&off, &k), Err(DraftReadError::Storage(StorageError::Unavailable)));
        assert!(list_drafts(&off, "kith.draft.").is_err());
    }

    #[test]
    fn newest_edit_wins_and_ties_are_deterministic() {
        let old = draft("old", 1.0, "b");
        let new = draft("new", 2.0, "a");
        assert!(new.supersedes(&old) && !old.supersedes(&new));
        let x = draft("x", 3.0, "a");
        let y = draft("y", 3.0, "b");
        assert!(y.supersedes(&x) && !x.supersedes(&y));
    }

    #[test]
    fn excerpts_prefer_titles_and_shorten() {
        assert_eq!(draft("body", 1.0, "t").excerpt(40), "Trip");
        let mut d = draft("a very long body text that goes on", 1.0, "t");
        d.fields.remove("title");
        assert_eq!(d.excerpt(12), "a very long…");
    }
}
