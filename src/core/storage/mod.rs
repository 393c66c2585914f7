//! Browser storage behind a small trait, so the rules that use it (settings, drafts, session)
//! are plain code tested natively, and a disabled, full or corrupt storage never breaks the app.
//! Drafts and the outbox keep their rules in `features::drafts` over the same trait.

pub mod idb;
pub mod saved;
pub mod settings;

use std::cell::RefCell;
use std::collections::BTreeMap;

use crate::tr;

/// Whose storage entries a logged-out visitor's are: not a possible username (usernames are
/// `a-z`, `0-9`, `_` and `-`), so a member called "guest" never sees a visitor's drafts or copies.
pub const GUEST: &str = "~guest";

/// Why a storage operation failed; the app keeps working in every case. Its `Display` is a
/// clause from the catalog ("browser storage is full"), for the notices that quote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    Unavailable,
    QuotaExceeded,
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            StorageError::Unavailable => tr!("core-storage-unavailable"),
            StorageError::QuotaExceeded => tr!("core-storage-full"),
            StorageError::Other(why) => tr!("core-storage-failed", error = why),
        })
    }
}

impl std::error::Error for StorageError {}

/// A string key-value store: `localStorage`, `sessionStorage` or memory in tests.
pub trait KvStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// All keys that start with `prefix`.
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError>;
}

/// Which of the browser's two web storages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebStorage {
    Local,
    Session,
}

impl WebStorage {
    fn storage(self) -> Result<web_sys::Storage, StorageError> {
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        let found = match self {
            WebStorage::Local => window.local_storage(),
            WebStorage::Session => window.session_storage(),
        };
        found.ok().flatten().ok_or(StorageError::Unavailable)
    }
}

fn js_error(err: wasm_bindgen::JsValue) -> StorageError {
    let name =
        js_sys::Reflect::get(&err, &"name".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable,
        other => StorageError::Other(if other.is_empty() {
            tr!("core-storage-unknown-error")
        } else {
            other.into()
        }),
    }
}

impl KvStore for WebStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage()?.get_item(key).map_err(js_error)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage()?.set_item(key, value).map_err(js_error)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage()?.remove_item(key).map_err(js_error)
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        let s = self.storage()?;
        let n = s.length().map_err(js_error)?;
        let mut out = Vec::new();
        for i in 0..n {
            if let Ok(Some(k)) = s.key(i)
                && k.starts_with(prefix)
            {
                out.push(k);
            }
        }
        Ok(out)
    }
}

/// An in-memory store with an optional size limit, for native tests of storage rules.
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    /// Total bytes of keys and values allowed; `None` is unlimited.
    pub quota: Option<usize>,
    /// Behaves like storage the browser has disabled.
    pub disabled: bool,
}

impl MemoryStore {
    /// Storage the browser has turned off.
    pub fn disabled() -> MemoryStore {
        MemoryStore { disabled: true, ..Default::default() }
    }

    /// Storage that holds at most `bytes` of keys and values.
    pub fn with_quota(bytes: usize) -> MemoryStore {
        MemoryStore { quota: Some(bytes), ..Default::default() }
    }

    fn used(&self) -> usize {
        self.map.borrow().iter().map(|(k, v)| k.len() + v.len()).sum()
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        if let Some(q) = self.quota {
            let existing = self.map.borrow().get(key).map_or(0, |v| key.len() + v.len());
            if self.used() - existing + key.len() + value.len() > q {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.map.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        self.map.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        if self.disabled {
            return Err(StorageError::Unavailable);
        }
        Ok(self.map.borrow().keys().filter(|k| k.starts_with(prefix)).cloned().collect())
    }
}
