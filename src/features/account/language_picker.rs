use leptos::prelude::*;

use crate::core::i18n::LANGS;
use crate::tr;

/// The app's language: the browser's (no stored choice) or one chosen here. Choosing stores it
/// and reloads the page in that language (every text is picked once, before the app mounts).
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let chosen = stored();
    let on_change = move |value: String| choose(value.as_str());
    view! {
        <div class="field language-picker">
            <label for="language">{tr!("account-language")}</label>
            <select
                id="language"
                aria-describedby="language-help"
                prop:value=chosen.clone()
                on:change:target=move |ev| on_change(ev.target().value())
            >
                <option value="" selected=chosen.is_empty()>
                    {tr!("account-language-browser")}
                </option>
                {LANGS
                    .iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code lang=lang.code dir="auto" selected=chosen == lang.code>
                                {lang.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p id="language-help" class="help">
                {tr!("account-language-help")}
            </p>
        </div>
    }
}

/// The stored choice, or "" when the app follows the browser.
#[cfg(target_arch = "wasm32")]
fn stored() -> String {
    crate::core::i18n::stored_choice().unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
fn stored() -> String {
    String::new()
}

/// Stores the choice ("" for the browser's language) and reloads in it.
#[cfg(target_arch = "wasm32")]
fn choose(code: &str) {
    crate::core::i18n::choose((!code.is_empty()).then_some(code));
}

#[cfg(not(target_arch = "wasm32"))]
fn choose(_: &str) {}
