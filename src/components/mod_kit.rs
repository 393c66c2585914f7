//! Pieces every moderation tab shares: a list loaded page by page, its status line, the
//! outcome message, and the mute/ban length picker.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use kith_api::Page;

use crate::api::ApiError;
use crate::components::loading::{LoadError, SkeletonList};
use crate::moderation::EXPIRY_CHOICES;

type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>, ApiError>>>>;
type Fetch<T> = Box<dyn Fn(Option<String>) -> PageFuture<T>>;

/// Where a list's loading stands.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadState {
    Loading,
    Idle,
    Failed(ApiError),
}

/// A list loaded page by page: the items so far (which the tab may edit optimistically), and
/// whether there is more. A reload supersedes a load still under way.
pub struct Paged<T: Send + Sync + 'static> {
    pub items: RwSignal<Vec<T>>,
    pub state: RwSignal<LoadState>,
    more: RwSignal<bool>,
    next: StoredValue<Option<String>>,
    generation: StoredValue<u32>,
    fetch: StoredValue<Fetch<T>, LocalStorage>,
}

impl<T: Send + Sync + 'static> Clone for Paged<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Paged<T> {}

impl<T: Send + Sync + 'static> Paged<T> {
    /// Starts loading the first page at once.
    pub fn new<F, Fut>(fetch: F) -> Self
    where
        F: Fn(Option<String>) -> Fut + 'static,
        Fut: Future<Output = Result<Page<T>, ApiError>> + 'static,
    {
        let boxed: Fetch<T> = Box::new(move |c| Box::pin(fetch(c)));
        let p = Paged {
            items: RwSignal::new(Vec::new()),
            state: RwSignal::new(LoadState::Loading),
            more: RwSignal::new(false),
            next: StoredValue::new(None),
            generation: StoredValue::new(0),
            fetch: StoredValue::new_local(boxed),
        };
        p.load(false);
        p
    }

    fn load(self, append: bool) {
        // The tab may be gone by the time a reload is asked for.
        let Some(generation) = self.generation.try_get_value().map(|g| g + 1) else { return };
        let cursor = if append { self.next.try_get_value().flatten() } else { None };
        self.generation.set_value(generation);
        self.state.set(LoadState::Loading);
        let Some(fut) = self.fetch.try_with_value(|f| f(cursor)) else { return };
        leptos::task::spawn_local(async move {
            let result = fut.await;
            // Superseded by a reload, or the tab is gone.
            if self.generation.try_get_value() != Some(generation) {
                return;
            }
            match result {
                Ok(page) => {
                    if append {
                        self.items.update(|v| v.extend(page.items));
                    } else {
                        self.items.set(page.items);
                    }
                    self.more.set(page.next_cursor.is_some());
                    self.next.set_value(page.next_cursor);
                    self.state.set(LoadState::Idle);
                }
                Err(e) => self.state.set(LoadState::Failed(e)),
            }
        });
    }

    /// Loads the first page again, replacing the items.
    pub fn reload(self) {
        self.load(false);
    }

    pub fn is_empty(self) -> bool {
        self.items.with(Vec::is_empty)
    }
}

/// Under a list: loading placeholder, error with retry, the empty message, "Show more".
#[component]
pub fn PagedStatus<T: Send + Sync + 'static>(
    list: Paged<T>,
    empty: &'static str,
    #[prop(optional)] more_label: Option<&'static str>,
) -> impl IntoView {
    view! {
        {move || match list.state.get() {
            LoadState::Failed(error) => {
                let retry = Callback::new(move |_| list.load(!list.is_empty()));
                view! { <LoadError error retry /> }.into_any()
            }
            LoadState::Loading if list.is_empty() => view! { <SkeletonList rows=2 /> }.into_any(),
            LoadState::Idle if list.is_empty() => view! { <p class="empty">{empty}</p> }.into_any(),
            _ => ().into_any(),
        }}
        <Show when=move || list.more.get()>
            <button
                type="button"
                class="secondary"
                disabled=move || list.state.with(|s| *s == LoadState::Loading)
                on:click=move |_| list.load(true)
            >
                {more_label.unwrap_or("Show more")}
            </button>
        </Show>
    }
}

/// The outcome of the last action of a tab: `(ok, text)`.
pub type Outcome = RwSignal<Option<(bool, String)>>;

/// Announces an action's outcome politely (errors too: the item is back in view with them).
#[component]
pub fn OutcomeLine(outcome: Outcome) -> impl IntoView {
    view! {
        <p class="form-message mod-outcome" class:error=move || outcome.with(|o| o.as_ref().is_some_and(|o| !o.0)) role="status">
            {move || outcome.get().map(|o| o.1)}
        </p>
    }
}

/// Moves focus to the tab's heading when the control that had it goes away (a handled item), so
/// keyboard users are not dropped at the top of the page.
pub fn focus_panel() {
    use wasm_bindgen::JsCast;
    if let Some(h) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("mod-panel-heading"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = h.focus();
    }
}

/// How long a mute or ban lasts: presets, or a date.
#[component]
pub fn ExpiryPicker(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    choice: RwSignal<String>,
    date: RwSignal<String>,
) -> impl IntoView {
    let date_id = format!("{id}-date");
    view! {
        <div class="field expiry">
            <label for=id.clone()>{label}</label>
            <select id=id on:change:target=move |ev| choice.set(ev.target().value())>
                {EXPIRY_CHOICES
                    .map(|(value, text)| {
                        view! { <option value=value selected=choice.get_untracked() == value>{text}</option> }
                    })
                    .collect_view()}
            </select>
            {move || {
                (choice.get() == "custom")
                    .then(|| {
                        view! {
                            <label for=date_id.clone()>"Ends on (UTC)"</label>
                            <input
                                id=date_id.clone()
                                type="date"
                                prop:value=move || date.get()
                                on:input:target=move |ev| date.set(ev.target().value())
                            />
                        }
                    })
            }}
        </div>
    }
}
