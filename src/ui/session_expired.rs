use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::core::route_table::login_returning_to;
use crate::core::session::use_session;
use crate::tr;

/// Shown when the server refused the member's token: a way back to login that returns here.
/// Drafts keep whatever was typed meanwhile.
#[component]
pub fn SessionExpiredBanner() -> impl IntoView {
    let session = use_session();
    let location = use_location();
    let login_href = move || {
        let here = format!("{}{}", location.pathname.get(), location.search.get());
        login_returning_to(&here)
    };
    view! {
        <Show when=move || session.expired.get()>
            <div class="notice warning session-expired" role="alert">
                <span>{tr!("ui-session-expired")}</span>
                <a class="button" href=login_href>
                    {tr!("ui-log-in-again")}
                </a>
                <button type="button" class="link" on:click=move |_| session.expired.set(false)>
                    {tr!("ui-dismiss")}
                </button>
            </div>
        </Show>
    }
}
