use leptos::prelude::*;

use crate::core::config::ConfigError;
use crate::tr;

/// Shown instead of the app when config.json is missing, unreachable or malformed: says what
/// is wrong and what the operator should change.
#[component]
pub fn ConfigErrorPage(error: ConfigError) -> impl IntoView {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(&tr!("ui-config-error-title"));
        if let Some(el) = doc.get_element_by_id("boot") {
            el.remove();
        }
    }
    let reload = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <main id="main" tabindex="-1" class="page config-error">
            <h1>{tr!("ui-config-error-title")}</h1>
            <p class="error-message" role="alert">{error.message()}</p>
            <h2>{tr!("ui-config-error-fix")}</h2>
            <p class="error-fix">{error.fix()}</p>
            <button type="button" on:click=reload>
                {tr!("ui-try-again")}
            </button>
        </main>
    }
}
