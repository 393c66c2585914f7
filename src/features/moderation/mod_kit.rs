//! Pieces every moderation tab shares: the outcome message, keeping keyboard focus when an item
//! goes, and the mute/ban length picker. (Their lists are `core::paging::Paged`.)

use leptos::prelude::*;

use super::sanctions::{EXPIRY_CHOICES, expiry_label};
use crate::tr;

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
                    .map(|value| {
                        view! { <option value=value selected=choice.get_untracked() == value>{expiry_label(value)}</option> }
                    })
                    .collect_view()}
            </select>
            {move || {
                (choice.get() == "custom")
                    .then(|| {
                        view! {
                            <label for=date_id.clone()>{tr!("mod-expiry-ends-on")}</label>
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
