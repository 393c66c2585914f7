use leptos::prelude::*;

use crate::backend::use_backend;

/// The footer: which community and backend this is, and where settings live.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let name = use_backend().map(|b| b.community_name()).unwrap_or_else(|| "Kith".into());
    view! {
        <footer class="site-footer">
            <p>
                {name} " · powered by Kith · " <a href="/settings">"Settings"</a> " · "
                <a href="/drafts">"Drafts"</a>
            </p>
        </footer>
    }
}
