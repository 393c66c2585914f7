//! Drafts as a context: every composer binds its fields to a draft in browser storage, saved at
//! most 400 ms after an edit and at once when the page is hidden or closed, shared live with
//! other tabs, and removed only after the server accepted the write.

use std::collections::BTreeMap;
use std::future::Future;
use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::api::{ApiError, new_idempotency_key};
use crate::core::backend::Backend;
use crate::core::session::Session;
use crate::core::storage::{StorageError, WebStorage};
use crate::features::drafts::draft_store::{
    Draft, DraftReadError, draft_key, read_draft, scope_prefix, write_draft,
};
use crate::tr;
use crate::ui::form::FormState;

/// Longest wait between an edit and its save.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Who owns the drafts on this device right now, and which tab this is.
#[derive(Clone, Copy)]
pub struct Drafts {
    backend: Backend,
    session: Session,
    /// Bumped whenever a draft is written or removed here or in another tab, so lists refresh.
    pub changed: RwSignal<u32>,
    tab: StoredValue<String>,
}

impl Drafts {
    /// The key prefix of the current member's drafts on the current backend.
    pub fn scope_prefix(&self) -> String {
        scope_prefix(&self.backend.base.get_untracked(), &self.user())
    }

    fn user(&self) -> String {
        self.session
            .current
            .with_untracked(|s| s.as_ref().map(|s| s.username.clone()))
            .unwrap_or_else(|| crate::core::storage::GUEST.into())
    }

    /// Removes a draft (from the drafts page).
    pub fn discard(&self, key: &str) -> Result<(), StorageError> {
        let r = crate::core::storage::KvStore::remove(&WebStorage::Local, key);
        self.changed.update(|n| *n += 1);
        r
    }
}

/// Sets up the drafts context and listens for drafts changed in other tabs.
pub fn provide_drafts(backend: Backend, session: Session) -> Drafts {
    let tab = new_idempotency_key();
    let d = Drafts { backend, session, changed: RwSignal::new(0), tab: StoredValue::new(tab) };
    let handle = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().is_none_or(|k| k.starts_with(crate::features::drafts::draft_store::DRAFT_PREFIX)) {
            d.changed.update(|n| *n += 1);
        }
    });
    on_cleanup(move || handle.remove());
    provide_context(d);
    d
}

pub fn use_drafts() -> Drafts {
    use_context::<Drafts>().expect("provide_drafts runs before any page")
}

/// What the draft line under a composer says.
#[derive(Clone, Debug, PartialEq)]
pub enum DraftState {
    /// Nothing typed yet.
    Empty,
    /// Restored from storage on open (with its age in ms).
    Restored(f64),
    /// Edits not yet written.
    Pending,
    /// Written at this time (ms).
    Saved(f64),
    /// Updated from another tab.
    FromOtherTab,
    /// Could not be saved or read; the text stays in this tab.
    Problem(String),
}

/// One composer's draft: the field signals it binds, and how to finish with it.
#[derive(Clone, Copy)]
pub struct DraftHandle {
    key: StoredValue<String>,
    label: StoredValue<String>,
    url: StoredValue<String>,
    fields: StoredValue<Vec<(&'static str, RwSignal<String>)>>,
    /// The last state written to or read from storage, to tell real edits from echoes.
    last: StoredValue<BTreeMap<String, String>>,
    idem: StoredValue<Option<String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    tab: StoredValue<String>,
    pub state: RwSignal<DraftState>,
    drafts: Drafts,
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl DraftHandle {
    fn snapshot(&self) -> BTreeMap<String, String> {
        self.fields.with_value(|f| f.iter().map(|(k, s)| (k.to_string(), s.get_untracked())).collect())
    }

    fn apply(&self, values: &BTreeMap<String, String>) {
        self.fields.with_value(|f| {
            for (k, s) in f {
                s.set(values.get(*k).cloned().unwrap_or_default());
            }
        });
        self.last.set_value(values.clone());
    }

    /// Writes the current fields now, if they changed since the last write.
    pub fn flush(&self) {
        if let Some(t) = self.timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
        let fields = self.snapshot();
        if self.last.with_value(|l| *l == fields) {
            return;
        }
        let draft = Draft {
            label: self.label.get_value(),
            url: self.url.get_value(),
            fields: fields.clone(),
            idempotency_key: self.idem.get_value(),
            updated_at: now_ms(),
            tab: self.tab.get_value(),
        };
        match write_draft(&WebStorage::Local, &self.key.get_value(), &draft) {
            Ok(()) => {
                self.last.set_value(fields);
                self.state.set(if draft.is_blank() {
                    DraftState::Empty
                } else {
                    DraftState::Saved(draft.updated_at)
                });
                self.drafts.changed.update(|n| *n += 1);
            }
            Err(e) => self.state.set(DraftState::Problem(save_problem(&e))),
        }
    }

    fn schedule(&self) {
        let this = *self;
        if let Some(t) = self.timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
        self.state.set(DraftState::Pending);
        let handle = set_timeout_with_handle(move || this.flush(), SAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// The key to send with every submit attempt of this draft; kept in the draft so a retry
    /// after a reload still uses it.
    pub fn idempotency_key(&self) -> String {
        if let Some(k) = self.idem.get_value() {
            return k;
        }
        let k = new_idempotency_key();
        self.idem.set_value(Some(k.clone()));
        // Force a write so the key survives a reload even if nothing else changes.
        self.last.set_value(BTreeMap::new());
        self.flush();
        k
    }

    /// A submit failed. A refusal (4xx) wrote nothing and the member will change something
    /// before trying again, so the next attempt gets a fresh key: the server keeps the refusal
    /// under the old one and would answer a changed request with `idempotency_key_reused`. After
    /// any other failure the write may have happened, so the key stays and a retry cannot
    /// duplicate it.
    fn failed(&self, e: &ApiError) {
        if e.is_refusal() && self.idem.get_value().is_some() {
            self.idem.set_value(None);
            self.last.set_value(BTreeMap::new());
            self.flush();
        }
    }

    /// Sends what the composer holds, the one way every drafted form does: the form turns busy,
    /// the draft is written before `request` goes out (a new item is sent with the draft's
    /// [`DraftHandle::idempotency_key`]), and once the server has answered the draft learns the
    /// outcome even if the member has left the composer meanwhile. Only while the composer is
    /// still open does `then` get the answer; the form is no longer busy after it.
    pub fn submit<T: 'static>(
        &self,
        form: FormState,
        request: impl Future<Output = Result<T, ApiError>> + 'static,
        then: impl FnOnce(Result<T, ApiError>) + 'static,
    ) {
        form.begin();
        self.flush();
        let sending = self.sending();
        leptos::task::spawn_local(async move {
            let result = request.await;
            sending.finish(&result);
            if sending.composer_open() {
                then(result);
                form.done();
            }
        });
    }

    /// What a submit finishes with once the server has answered: the draft, even if the member
    /// has left the composer by then (and it has been disposed).
    pub fn sending(&self) -> Sending {
        Sending { key: self.key.get_value(), handle: *self }
    }

    /// The server accepted the write: forget the draft and empty the composer.
    pub fn clear(&self) {
        if let Some(t) = self.timer.try_update_value(|t| t.take()).flatten() {
            t.clear();
        }
        let _ = crate::core::storage::KvStore::remove(&WebStorage::Local, &self.key.get_value());
        self.idem.set_value(None);
        self.apply(&BTreeMap::new());
        self.state.set(DraftState::Empty);
        self.drafts.changed.update(|n| *n += 1);
    }

    /// Throws the draft away on the member's request.
    pub fn discard(&self) {
        self.clear();
    }

    /// Re-reads storage (another tab changed it).
    fn sync_from_storage(&self, raw: Option<String>) {
        match raw {
            None => {
                // Removed elsewhere: sent or discarded in another tab.
                if self.last.with_value(|l| !l.is_empty()) {
                    self.idem.set_value(None);
                    self.apply(&BTreeMap::new());
                    self.state.set(DraftState::Empty);
                }
            }
            Some(raw) => {
                let Some(incoming) = crate::features::drafts::draft_store::parse_draft(&raw) else { return };
                if incoming.tab == self.tab.get_value() || self.last.with_value(|l| *l == incoming.fields) {
                    return;
                }
                if let Some(t) = self.timer.try_update_value(|t| t.take()).flatten() {
                    t.clear();
                }
                self.idem.set_value(incoming.idempotency_key.clone());
                self.apply(&incoming.fields);
                self.state.set(DraftState::FromOtherTab);
            }
        }
    }
}

/// A submit in flight; see [`DraftHandle::sending`].
pub struct Sending {
    key: String,
    handle: DraftHandle,
}

impl Sending {
    /// Whether the composer is still there to show the outcome.
    pub fn composer_open(&self) -> bool {
        !self.handle.state.is_disposed()
    }

    /// The server answered: on success the draft goes; on failure it stays, with a fresh
    /// idempotency key after a refusal (see [`DraftHandle::failed`]).
    pub fn finish<T>(&self, result: &Result<T, ApiError>) {
        if self.composer_open() {
            match result {
                Ok(_) => self.handle.clear(),
                Err(e) => self.handle.failed(e),
            }
            return;
        }
        let store = WebStorage::Local;
        match result {
            Ok(_) => {
                let _ = crate::core::storage::KvStore::remove(&store, &self.key);
            }
            Err(e) if e.is_refusal() => {
                if let Ok(Some(mut d)) = read_draft(&store, &self.key) {
                    d.idempotency_key = None;
                    let _ = write_draft(&store, &self.key, &d);
                }
            }
            Err(_) => return,
        }
        self.handle.drafts.changed.update(|n| *n += 1);
    }
}

fn save_problem(e: &StorageError) -> String {
    match e {
        StorageError::QuotaExceeded => tr!("drafts-problem-full"),
        StorageError::Unavailable => tr!("drafts-problem-unavailable"),
        StorageError::Other(m) => tr!("drafts-problem-other", problem = m),
    }
}

/// Binds a composer's fields to its draft. `context` names the composer (e.g.
/// `post:hiking`, `comment:12:root`); `label` and `url` describe it on the drafts page.
/// Call once when the composer is created.
pub fn use_draft(
    context: String,
    label: String,
    url: String,
    fields: Vec<(&'static str, RwSignal<String>)>,
) -> DraftHandle {
    let drafts = use_drafts();
    let key = draft_key(&drafts.backend.base.get_untracked(), &drafts.user(), &context);
    let h = DraftHandle {
        key: StoredValue::new(key.clone()),
        label: StoredValue::new(label),
        url: StoredValue::new(url),
        fields: StoredValue::new(fields),
        last: StoredValue::new(BTreeMap::new()),
        idem: StoredValue::new(None),
        timer: StoredValue::new(None),
        tab: drafts.tab,
        state: RwSignal::new(DraftState::Empty),
        drafts,
    };
    match read_draft(&WebStorage::Local, &key) {
        Ok(Some(d)) => {
            h.idem.set_value(d.idempotency_key.clone());
            h.apply(&d.fields);
            h.state.set(DraftState::Restored(d.updated_at));
        }
        Ok(None) => {}
        Err(DraftReadError::Corrupt) => h.state.set(DraftState::Problem(tr!("drafts-problem-unreadable"))),
        Err(DraftReadError::Storage(e)) => h.state.set(DraftState::Problem(save_problem(&e))),
    }
    if h.last.with_value(BTreeMap::is_empty) {
        // Nothing restored: the empty fields are not an edit to save (which would also remove
        // an unreadable entry before the member has seen the warning).
        h.last.set_value(h.snapshot());
    }

    // Save shortly after every edit (skipping the echo of what was just loaded).
    Effect::new(move |_| {
        let now = h
            .fields
            .with_value(|f| f.iter().map(|(k, s)| (k.to_string(), s.get())).collect::<BTreeMap<_, _>>());
        if h.last.with_value(|l| *l != now) {
            h.schedule();
        }
    });

    // Another tab edited or sent this draft.
    let storage = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(key.as_str()) {
            h.sync_from_storage(e.new_value());
        }
    });
    // Closing, reloading or hiding the tab writes at once.
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| h.flush());
    let visibility = send_wrapper::SendWrapper::new(visibility_listener(move || h.flush()));
    on_cleanup(move || {
        storage.remove();
        pagehide.remove();
        if let Some(v) = visibility.take() {
            v.remove();
        }
        // Leaving the page within the save delay must not lose the last keystrokes.
        h.flush();
    });
    h
}

/// A `visibilitychange` listener on the document that calls `f` when the page is hidden.
struct VisibilityListener(wasm_bindgen::closure::Closure<dyn Fn()>);

impl VisibilityListener {
    fn remove(self) {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ =
                doc.remove_event_listener_with_callback("visibilitychange", self.0.as_ref().unchecked_ref());
        }
    }
}

fn visibility_listener(f: impl Fn() + 'static) -> Option<VisibilityListener> {
    let doc = web_sys::window()?.document()?;
    let d2 = doc.clone();
    let cb = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        if d2.visibility_state() == web_sys::VisibilityState::Hidden {
            f();
        }
    });
    doc.add_event_listener_with_callback("visibilitychange", cb.as_ref().unchecked_ref()).ok()?;
    Some(VisibilityListener(cb))
}
