use leptos::prelude::*;

use crate::core::pwa::Updates;
use crate::tr;

/// Offers the reload when a new version is ready.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let Some(u) = use_context::<Updates>() else { return ().into_any() };
    view! {
        <Show when=move || u.ready.get()>
            <div class="notice update-banner" role="status">
                <span>{tr!("ui-update-ready")}</span>
                <button type="button" on:click=move |_| u.apply()>{tr!("ui-update-reload")}</button>
            </div>
        </Show>
    }
    .into_any()
}
