//! Device settings kept in browser storage: the theme and the backend override.

use super::{KvStore, StorageError};
use crate::core::config::normalize_api_base;
use crate::tr;

pub const THEME_KEY: &str = "kith.theme";
pub const BACKEND_KEY: &str = "kith.backend";

/// The colour theme; `System` follows `prefers-color-scheme`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn label(self) -> String {
        match self {
            Theme::System => tr!("core-theme-system"),
            Theme::Light => tr!("core-theme-light"),
            Theme::Dark => tr!("core-theme-dark"),
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A value read from storage, with the reason it fell back to the default, if it did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    pub value: T,
    pub problem: Option<String>,
}

/// Reads the stored theme; unknown values and storage failures fall back to `System`.
pub fn load_theme(store: &dyn KvStore) -> Loaded<Theme> {
    match store.get(THEME_KEY) {
        Ok(None) => Loaded { value: Theme::System, problem: None },
        Ok(Some(s)) => match Theme::parse(&s) {
            Some(t) => Loaded { value: t, problem: None },
            None => Loaded { value: Theme::System, problem: Some(tr!("core-theme-unreadable")) },
        },
        Err(e) => Loaded { value: Theme::System, problem: Some(fallback_notice(&e)) },
    }
}

pub fn save_theme(store: &dyn KvStore, theme: Theme) -> Result<(), StorageError> {
    store.set(THEME_KEY, theme.as_str())
}

/// Reads the member's backend override; an invalid stored value is ignored.
pub fn load_backend_override(store: &dyn KvStore) -> Loaded<Option<String>> {
    match store.get(BACKEND_KEY) {
        Ok(None) => Loaded { value: None, problem: None },
        Ok(Some(s)) => match normalize_api_base(&s) {
            Ok(base) => Loaded { value: Some(base), problem: None },
            Err(_) => Loaded { value: None, problem: Some(tr!("core-backend-invalid")) },
        },
        Err(e) => Loaded { value: None, problem: Some(fallback_notice(&e)) },
    }
}

/// Validates and stores a backend override; returns the normalised base.
pub fn save_backend_override(store: &dyn KvStore, input: &str) -> Result<String, String> {
    let base = normalize_api_base(input).map_err(|e| tr!("core-backend-unusable", reason = e))?;
    store.set(BACKEND_KEY, &base).map_err(|e| storage_failure(&e))?;
    Ok(base)
}

pub fn clear_backend_override(store: &dyn KvStore) -> Result<(), StorageError> {
    store.remove(BACKEND_KEY)
}

/// The notice shown when a saved setting could not be read.
pub fn fallback_notice(e: &StorageError) -> String {
    tr!("core-settings-unreadable", error = e.to_string())
}

/// The notice shown when a setting could not be saved.
pub fn storage_failure(e: &StorageError) -> String {
    tr!("core-setting-not-saved", error = e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::storage::MemoryStore;

    #[test]
    fn theme_round_trips_and_defaults() {
        let s = MemoryStore::default();
        assert_eq!(load_theme(&s), Loaded { value: Theme::System, problem: None });
        save_theme(&s, Theme::Dark).unwrap();
        assert_eq!(load_theme(&s).value, Theme::Dark);
    }

    #[test]
    fn corrupt_or_unavailable_storage_falls_back_with_a_notice() {
        let s = MemoryStore::default();
        s.set(THEME_KEY, "{garbage").unwrap();
        let t = load_theme(&s);
        assert_eq!(t.value, Theme::System);
        assert!(t.problem.is_some());

        let off = MemoryStore::disabled();
        let t = load_theme(&off);
        assert_eq!(t.value, Theme::System);
        assert!(t.problem.unwrap().contains("disabled"));
        assert!(save_theme(&off, Theme::Light).is_err());
    }

    #[test]
    fn backend_override_is_validated_and_resettable() {
        let s = MemoryStore::default();
        assert!(save_backend_override(&s, "javascript:alert(1)").is_err());
        assert_eq!(load_backend_override(&s).value, None);
        assert_eq!(save_backend_override(&s, "https://other.example/").unwrap(), "https://other.example");
        assert_eq!(load_backend_override(&s).value.as_deref(), Some("https://other.example"));
        clear_backend_override(&s).unwrap();
        assert_eq!(load_backend_override(&s).value, None);
        s.set(BACKEND_KEY, "ftp://x").unwrap();
        let l = load_backend_override(&s);
        assert_eq!(l.value, None);
        assert!(l.problem.is_some());
    }

    #[test]
    fn a_full_storage_reports_quota() {
        let s = MemoryStore::with_quota(12);
        assert_eq!(save_theme(&s, Theme::Dark), Err(StorageError::QuotaExceeded));
    }
}
