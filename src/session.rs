//! The member's session: the bearer token kept per backend (local storage for "remember me",
//! session storage otherwise), the loaded profile, and the "session ended" state that leads
//! back to login without losing anything.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use kith_api::validate::parse_rfc3339;
use kith_api::{Me, Role, SessionToken};

use crate::backend::Backend;
use crate::notices::{NoticeKind, Notices, use_notices};
use crate::storage::{KvStore, StorageError, WebStorage};

/// What is kept in browser storage for a logged-in member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSession {
    pub token: String,
    pub username: String,
    pub expires_at: String,
}

/// Sessions are per backend, so switching backends never sends a token to the wrong server.
pub fn session_key(base: &str) -> String {
    format!("kith.session.{}", if base.is_empty() { "self" } else { base })
}

/// Reads a stored session; corrupt or expired entries count as none.
pub fn read_session(store: &dyn KvStore, base: &str, now: i64) -> Option<StoredSession> {
    let raw = store.get(&session_key(base)).ok()??;
    let s: StoredSession = serde_json::from_str(&raw).ok()?;
    let expires = parse_rfc3339(&s.expires_at)?;
    (expires > now && !s.token.is_empty()).then_some(s)
}

pub fn write_session(store: &dyn KvStore, base: &str, s: &StoredSession) -> Result<(), StorageError> {
    let json = serde_json::to_string(s).map_err(|e| StorageError::Other(e.to_string()))?;
    store.set(&session_key(base), &json)
}

fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// The session context.
#[derive(Clone, Copy)]
pub struct Session {
    pub current: RwSignal<Option<StoredSession>>,
    /// The profile from `/me`, once loaded.
    pub me: RwSignal<Option<Me>>,
    /// A request was refused with 401 while logged in.
    pub expired: RwSignal<bool>,
    /// The last member logged in here, kept after expiry to offer logging in again.
    pub last_username: RwSignal<Option<String>>,
    backend: Backend,
    notices: Notices,
}

impl Session {
    /// The bearer token, if logged in (untracked: requests should not subscribe).
    pub fn token(&self) -> Option<String> {
        self.current.with_untracked(|s| s.as_ref().map(|s| s.token.clone()))
    }

    pub fn is_logged_in(&self) -> bool {
        self.current.with(Option::is_some)
    }

    /// The member's username without subscribing (for request plumbing).
    pub fn username_untracked(&self) -> Option<String> {
        self.current.with_untracked(|s| s.as_ref().map(|s| s.username.clone()))
    }

    pub fn username(&self) -> Option<String> {
        self.current.with(|s| s.as_ref().map(|s| s.username.clone()))
    }

    /// The member's role in a group, from the loaded profile.
    pub fn role_in(&self, slug: &str) -> Option<Role> {
        self.me.with(|m| {
            m.as_ref().and_then(|m| m.memberships.iter().find(|x| x.group_slug == slug).map(|x| x.role))
        })
    }

    /// Keeps a new session (after login or signup).
    pub fn start(&self, t: SessionToken, remember: bool) {
        let stored =
            StoredSession { token: t.token, username: t.me.username.clone(), expires_at: t.expires_at };
        let base = self.backend.base.get_untracked();
        let (keep, other) = if remember {
            (WebStorage::Local, WebStorage::Session)
        } else {
            (WebStorage::Session, WebStorage::Local)
        };
        let _ = other.remove(&session_key(&base));
        if let Err(e) = write_session(&keep, &base, &stored) {
            self.notices.push(
                NoticeKind::Warning,
                format!("You are logged in for this tab only: the session could not be saved ({e})."),
            );
        }
        self.last_username.set(Some(stored.username.clone()));
        self.current.set(Some(stored));
        self.me.set(Some(t.me));
        self.expired.set(false);
    }

    /// Forgets the session on this device.
    pub fn end(&self) {
        let key = session_key(&self.backend.base.get_untracked());
        let _ = WebStorage::Local.remove(&key);
        let _ = WebStorage::Session.remove(&key);
        self.current.set(None);
        self.me.set(None);
    }

    /// Called when the server refused our token: forget it and ask the member to log in again.
    pub fn mark_expired(&self) {
        if self.current.with_untracked(Option::is_some) {
            self.end();
            self.expired.set(true);
        }
    }

    /// Re-reads the stored session for the current backend.
    fn reload(&self) {
        let base = self.backend.base.get_untracked();
        let now = now_secs();
        let found = read_session(&WebStorage::Session, &base, now)
            .or_else(|| read_session(&WebStorage::Local, &base, now));
        if let Some(f) = &found {
            self.last_username.set(Some(f.username.clone()));
        }
        self.current.set(found);
        self.me.set(None);
    }
}

/// Sets up the session context and follows backend switches.
pub fn provide_session(backend: Backend) -> Session {
    let s = Session {
        current: RwSignal::new(None),
        me: RwSignal::new(None),
        expired: RwSignal::new(false),
        last_username: RwSignal::new(None),
        backend,
        notices: use_notices(),
    };
    s.reload();
    let base = backend.base;
    Effect::new(move |prev: Option<String>| {
        let b = base.get();
        if prev.is_some_and(|p| p != b) {
            s.reload();
        }
        b
    });
    provide_context(s);
    s
}

pub fn use_session() -> Session {
    use_context::<Session>().expect("provide_session runs before any page")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    fn stored(exp: &str) -> StoredSession {
        StoredSession { token: "t0k".into(), username: "carol".into(), expires_at: exp.into() }
    }

    #[test]
    fn sessions_are_kept_per_backend_and_expire() {
        let m = MemoryStore::default();
        write_session(&m, "", &stored("2030-01-01T00:00:00Z")).unwrap();
        let now = parse_rfc3339("2026-11-27T00:00:00Z").unwrap();
        assert_eq!(read_session(&m, "", now).unwrap().username, "carol");
        assert_eq!(read_session(&m, "https://other.example", now), None);
        let later = parse_rfc3339("2030-01-01T00:00:01Z").unwrap();
        assert_eq!(read_session(&m, "", later), None);
    }

    #[test]
    fn corrupt_entries_count_as_logged_out() {
        let m = MemoryStore::default();
        m.set(&session_key(""), "{not json").unwrap();
        assert_eq!(read_session(&m, "", 0), None);
        m.set(&session_key(""), r#"{"token":"","username":"x","expires_at":"2030-01-01T00:00:00Z"}"#)
            .unwrap();
        assert_eq!(read_session(&m, "", 0), None);
        let off = MemoryStore::disabled();
        assert_eq!(read_session(&off, "", 0), None);
    }
}
