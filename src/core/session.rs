//! The member's session: the bearer token kept per backend (local storage for "remember me",
//! session storage otherwise), the loaded profile, and the "session ended" state that leads
//! back to login without losing anything.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use kith_api::time::parse_rfc3339;
use kith_api::{Me, Role, SessionToken};

use crate::core::backend::Backend;
use crate::core::notices::{NoticeKind, Notices, use_notices};
use crate::core::storage::{KvStore, StorageError, WebStorage};
use crate::tr;

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

/// What browser storage holds for a backend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stored {
    /// Nothing usable: no entry, or a corrupt one.
    Nothing,
    /// A session whose `expires_at` has passed (or cannot be read).
    Expired(StoredSession),
    Live(StoredSession),
}

/// Reads and classifies a stored session.
pub fn classify_session(store: &dyn KvStore, base: &str, now: i64) -> Stored {
    let Some(raw) = store.get(&session_key(base)).ok().flatten() else { return Stored::Nothing };
    let Ok(s) = serde_json::from_str::<StoredSession>(&raw) else { return Stored::Nothing };
    if s.token.is_empty() || s.username.is_empty() {
        return Stored::Nothing;
    }
    match expiry_check(&s.expires_at, now.saturating_mul(1000) as f64) {
        ExpiryCheck::Expired => Stored::Expired(s),
        ExpiryCheck::CheckAgainIn(_) => Stored::Live(s),
    }
}

/// Reads a stored session; corrupt or expired entries count as none.
pub fn read_session(store: &dyn KvStore, base: &str, now: i64) -> Option<StoredSession> {
    match classify_session(store, base, now) {
        Stored::Live(s) => Some(s),
        _ => None,
    }
}

/// The longest wait between two looks at the clock while a session is open: timers run late
/// after a device sleeps, and browsers cap how far ahead one can be set.
pub const MAX_EXPIRY_WAIT_MS: f64 = 3_600_000.0;

/// Whether a session with this `expires_at` is over at `now_ms`, and if not, when to look again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExpiryCheck {
    Expired,
    /// Milliseconds until the next check (the expiry itself, or an hour at most).
    CheckAgainIn(f64),
}

/// Decides whether a session is over; an unreadable `expires_at` counts as over.
pub fn expiry_check(expires_at: &str, now_ms: f64) -> ExpiryCheck {
    let Some(expires) = parse_rfc3339(expires_at) else { return ExpiryCheck::Expired };
    let left = expires as f64 * 1000.0 - now_ms;
    if left <= 0.0 || left.is_nan() {
        ExpiryCheck::Expired
    } else {
        // A few ms late rather than early, so the check that fires finds the session over.
        ExpiryCheck::CheckAgainIn((left + 50.0).min(MAX_EXPIRY_WAIT_MS))
    }
}

/// The member with a live session for a backend (label `self` for this origin) in any of the
/// stores, e.g. this tab's session storage and local storage.
pub fn live_member(stores: &[&dyn KvStore], base: &str, now: i64) -> Option<String> {
    stores.iter().find_map(|st| read_session(*st, base, now)).map(|s| s.username)
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
    /// Bumped whenever the session changes, so a stale expiry timer knows to stop.
    expiry_round: StoredValue<u32>,
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
        // Switching account ends the previous member's session here, and with it their copies.
        if let Some(previous) = self.username_untracked().filter(|u| *u != stored.username) {
            crate::core::connectivity::forget_copies(&base, &previous);
        }
        let (keep, other) = if remember {
            (WebStorage::Local, WebStorage::Session)
        } else {
            (WebStorage::Session, WebStorage::Local)
        };
        let _ = other.remove(&session_key(&base));
        if let Err(e) = write_session(&keep, &base, &stored) {
            self.notices.push(NoticeKind::Warning, tr!("core-session-tab-only", error = e.to_string()));
        }
        self.last_username.set(Some(stored.username.clone()));
        self.current.set(Some(stored));
        self.me.set(Some(t.me));
        self.expired.set(false);
    }

    /// Ends the session on this device, for whatever reason (Log out, Log out everywhere, a
    /// refused token, expiry): forgets the token and removes the member's saved copies of
    /// server answers. Drafts and the outbox stay: they are the member's unsent work, keyed to
    /// them, and come back when they log in again.
    pub fn end(&self) {
        let base = self.backend.base.get_untracked();
        let key = session_key(&base);
        let _ = WebStorage::Local.remove(&key);
        let _ = WebStorage::Session.remove(&key);
        let user = self.username_untracked();
        self.current.set(None);
        self.me.set(None);
        if let Some(user) = user {
            crate::core::connectivity::forget_copies(&base, &user);
        }
    }

    /// Called when the server refused our token, or its time ran out: end the session and ask
    /// the member to log in again.
    pub fn mark_expired(&self) {
        if self.current.with_untracked(Option::is_some) {
            self.end();
            self.expired.set(true);
        }
    }

    /// Ends the session if its `expires_at` has passed; otherwise looks again at the expiry
    /// (or within the hour). Each session change starts a new round and stops the old one.
    fn watch_expiry(&self, round: u32) {
        if self.expiry_round.try_get_value() != Some(round) {
            return;
        }
        let Some(expires_at) =
            self.current.try_with_untracked(|s| s.as_ref().map(|s| s.expires_at.clone())).flatten()
        else {
            return;
        };
        match expiry_check(&expires_at, js_sys::Date::now()) {
            ExpiryCheck::Expired => self.mark_expired(),
            ExpiryCheck::CheckAgainIn(ms) => {
                let this = *self;
                set_timeout(move || this.watch_expiry(round), std::time::Duration::from_millis(ms as u64));
            }
        }
    }

    /// Ends the session now if its time is up (after the tab was hidden, or the device slept).
    fn check_expiry_now(&self) {
        let over = self.current.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| expiry_check(&s.expires_at, js_sys::Date::now()) == ExpiryCheck::Expired)
        });
        if over {
            self.mark_expired();
        }
    }

    /// Re-reads the stored session for the current backend. A session found expired is
    /// removed, and the member is told it ended.
    fn reload(&self) {
        let base = self.backend.base.get_untracked();
        let now = now_secs();
        let mut found = None;
        let mut ended = None;
        for store in [WebStorage::Session, WebStorage::Local] {
            match classify_session(&store, &base, now) {
                Stored::Live(s) if found.is_none() => found = Some(s),
                Stored::Expired(s) => {
                    let _ = store.remove(&session_key(&base));
                    ended = Some(s);
                }
                _ => {}
            }
        }
        if let Some(f) = found.as_ref().or(ended.as_ref()) {
            self.last_username.set(Some(f.username.clone()));
        }
        if found.is_none()
            && let Some(e) = ended
        {
            crate::core::connectivity::forget_copies(&base, &e.username);
            self.expired.set(true);
        }
        self.current.set(found);
        self.me.set(None);
    }
}

/// At start: the saved copies of members without a live session here go (a "this tab only"
/// login whose tab was closed, a session that expired while the app was closed).
fn forget_orphaned_copies() {
    let now = now_secs();
    crate::core::connectivity::forget_orphaned_copies(move |label, user| {
        let base = crate::core::storage::saved::label_base(label);
        live_member(&[&WebStorage::Session, &WebStorage::Local], base, now).as_deref() == Some(user)
    });
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
        expiry_round: StoredValue::new(0),
    };
    s.reload();
    forget_orphaned_copies();
    let base = backend.base;
    Effect::new(move |prev: Option<String>| {
        let b = base.get();
        if prev.is_some_and(|p| p != b) {
            s.reload();
        }
        b
    });
    // Every new session (login, reload, backend switch) gets its own expiry watch.
    Effect::new(move |_| {
        s.current.track();
        let round = s.expiry_round.get_value().wrapping_add(1);
        s.expiry_round.set_value(round);
        s.watch_expiry(round);
    });
    // Logging out in another tab removes the session this tab shares: it ends here too.
    let shared = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        let key = session_key(&s.backend.base.get_untracked());
        if e.key().as_deref() != Some(key.as_str()) || e.new_value().is_some() {
            return;
        }
        let removed = e.old_value().and_then(|v| serde_json::from_str::<StoredSession>(&v).ok());
        if removed.is_some_and(|r| Some(r.token) == s.token()) {
            s.mark_expired();
        }
    });
    // Timers run late in hidden tabs and on sleeping devices: look again on return.
    let visible = window_event_listener_untyped("visibilitychange", move |_| s.check_expiry_now());
    let focus = window_event_listener_untyped("focus", move |_| s.check_expiry_now());
    on_cleanup(move || {
        shared.remove();
        visible.remove();
        focus.remove();
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
    use crate::core::storage::MemoryStore;

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
    fn expiry_is_decided_from_the_clock_and_checked_again_in_time() {
        let at = |s: &str| parse_rfc3339(s).unwrap() as f64 * 1000.0;
        let exp = "2026-11-27T12:00:00Z";
        assert_eq!(expiry_check(exp, at("2026-11-27T12:00:00Z")), ExpiryCheck::Expired);
        assert_eq!(expiry_check(exp, at("2026-11-28T00:00:00Z")), ExpiryCheck::Expired);
        // Ten seconds left: look again just after the end.
        assert_eq!(expiry_check(exp, at("2026-11-27T11:59:50Z")), ExpiryCheck::CheckAgainIn(10_050.0));
        // Thirty days left: look again within the hour (timers drift, devices sleep).
        assert_eq!(
            expiry_check(exp, at("2026-10-28T12:00:00Z")),
            ExpiryCheck::CheckAgainIn(MAX_EXPIRY_WAIT_MS)
        );
        assert_eq!(expiry_check("not a time", 0.0), ExpiryCheck::Expired);
    }

    #[test]
    fn stored_sessions_are_live_expired_or_nothing() {
        let m = MemoryStore::default();
        let now = parse_rfc3339("2026-11-27T00:00:00Z").unwrap();
        assert_eq!(classify_session(&m, "", now), Stored::Nothing);
        write_session(&m, "", &stored("2026-11-26T23:00:00Z")).unwrap();
        assert!(matches!(classify_session(&m, "", now), Stored::Expired(s) if s.username == "carol"));
        write_session(&m, "", &stored("2026-11-27T01:00:00Z")).unwrap();
        assert!(matches!(classify_session(&m, "", now), Stored::Live(_)));
        // A "this tab only" session lives in session storage; local storage has none.
        let tab = MemoryStore::default();
        write_session(&tab, "", &stored("2026-11-27T01:00:00Z")).unwrap();
        let local = MemoryStore::default();
        assert_eq!(live_member(&[&tab, &local], "", now).as_deref(), Some("carol"));
        // The tab was closed: a new one finds nobody, so carol's copies are orphans.
        let new_tab = MemoryStore::default();
        assert_eq!(live_member(&[&new_tab, &local], "", now), None);
        assert_eq!(live_member(&[&MemoryStore::disabled()], "", now), None);
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
