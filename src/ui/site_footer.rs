use leptos::prelude::*;

use crate::core::backend::use_backend;
use crate::core::route_table::Route;

/// The footer: which community and backend this is, and where settings live.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let name = use_backend().map(|b| b.community_name()).unwrap_or_else(|| "Kith".into());
    view! {
        <footer class="site-footer">
            <p>
                {name} " · powered by Kith · " <a href=Route::Settings.href()>"Settings"</a> " · "
                <a href=Route::Drafts.href()>"Drafts"</a>
            </p>
        </footer>
    }
}
