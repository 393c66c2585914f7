//! Working offline: whether the browser is online, and saved copies of what the member has
//! read, kept in IndexedDB and shown (with their age) when the network is gone.

use leptos::prelude::*;

use crate::core::storage::WebStorage;
use crate::core::storage::idb;
use crate::core::storage::saved::{SavedCopy, SavedIndex, orphaned_keys, saved_key};

/// The connection as the app sees it.
#[derive(Clone, Copy)]
pub struct Connectivity {
    /// `navigator.onLine`, kept current by the `online`/`offline` events.
    pub online: RwSignal<bool>,
    /// When the page shows a saved copy: the time (ms) it was saved.
    pub showing_copy_from: RwSignal<Option<f64>>,
}

fn navigator_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Sets up the connectivity context.
pub fn provide_connectivity() -> Connectivity {
    let c =
        Connectivity { online: RwSignal::new(navigator_online()), showing_copy_from: RwSignal::new(None) };
    let on = window_event_listener_untyped("online", move |_| c.online.set(true));
    let off = window_event_listener_untyped("offline", move |_| c.online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    provide_context(c);
    c
}

pub fn use_connectivity() -> Option<Connectivity> {
    use_context::<Connectivity>()
}

/// Keeps a response for offline reading (in the background; failures only cost the copy).
/// `still_theirs` is asked once the copy is written: if the member's session ended meanwhile
/// (the answer arrived after a logout or a 401), the copy is deleted instead of kept.
pub fn save_copy(
    backend: &str,
    user: &str,
    path: &str,
    body: &str,
    still_theirs: impl Fn() -> bool + 'static,
) {
    let key = saved_key(backend, user, path);
    let now = js_sys::Date::now();
    let Ok(value) = serde_json::to_string(&SavedCopy { saved_at: now, body: body.to_string() }) else {
        return;
    };
    leptos::task::spawn_local(async move {
        if idb::put(&key, &value).await.is_ok() {
            if !still_theirs() {
                let _ = idb::delete(&key).await;
                return;
            }
            let mut index = SavedIndex::load(&WebStorage::Local);
            let dropped = index.touch(&key, now);
            index.save(&WebStorage::Local);
            for k in dropped {
                let _ = idb::delete(&k).await;
            }
        }
    });
}

/// A saved response, if there is one.
pub async fn load_copy(backend: &str, user: &str, path: &str) -> Option<SavedCopy> {
    let raw = idb::get(&saved_key(backend, user, path)).await.ok()??;
    serde_json::from_str(&raw).ok()
}

/// Forgets one member's saved copies on one backend (whenever their session ends): the index
/// at once, then every stored copy under their prefix, listed or not.
pub fn forget_copies(backend: &str, user: &str) {
    let prefix = saved_key(backend, user, "");
    let mut index = SavedIndex::load(&WebStorage::Local);
    let mut gone = index.remove_prefix(&prefix);
    index.save(&WebStorage::Local);
    leptos::task::spawn_local(async move {
        if let Ok(keys) = idb::keys().await {
            gone.extend(keys.into_iter().filter(|k| k.starts_with(&prefix)));
        }
        gone.sort();
        gone.dedup();
        for k in gone {
            let _ = idb::delete(&k).await;
        }
    });
}

/// At start: removes the saved copies of every member who has no live session on this device
/// any more (see [`orphaned_keys`]).
pub fn forget_orphaned_copies(has_session: impl Fn(&str, &str) -> bool + 'static) {
    let mut index = SavedIndex::load(&WebStorage::Local);
    let listed: Vec<String> = index.entries.iter().map(|(k, _)| k.clone()).collect();
    let gone = orphaned_keys(listed.iter().map(String::as_str), &has_session);
    if !gone.is_empty() {
        index.entries.retain(|(k, _)| !gone.contains(k));
        index.save(&WebStorage::Local);
    }
    leptos::task::spawn_local(async move {
        let Ok(stored) = idb::keys().await else { return };
        for k in orphaned_keys(stored.iter().map(String::as_str), &has_session) {
            let _ = idb::delete(&k).await;
        }
    });
}
