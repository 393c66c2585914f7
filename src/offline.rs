//! Working offline: whether the browser is online, and saved copies of what the member has
//! read, kept in IndexedDB and shown (with their age) when the network is gone.

use leptos::prelude::*;

use crate::storage::WebStorage;
use crate::storage::idb;
use crate::storage::saved::{SavedCopy, SavedIndex, saved_key};

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
pub fn save_copy(backend: &str, user: &str, path: &str, body: &str) {
    let key = saved_key(backend, user, path);
    let now = js_sys::Date::now();
    let Ok(value) = serde_json::to_string(&SavedCopy { saved_at: now, body: body.to_string() }) else {
        return;
    };
    leptos::task::spawn_local(async move {
        if idb::put(&key, &value).await.is_ok() {
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

/// Forgets one member's saved copies on one backend (on logout).
pub fn forget_copies(backend: &str, user: &str) {
    let mut index = SavedIndex::load(&WebStorage::Local);
    let gone = index.remove_prefix(&saved_key(backend, user, ""));
    index.save(&WebStorage::Local);
    leptos::task::spawn_local(async move {
        for k in gone {
            let _ = idb::delete(&k).await;
        }
    });
}
