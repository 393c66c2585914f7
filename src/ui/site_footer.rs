use leptos::prelude::*;

use crate::core::backend::use_backend;
use crate::core::route_table::Route;
use crate::tr;

/// The footer: which community and backend this is, and where settings live.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let name = use_backend().map(|b| b.community_name()).unwrap_or_else(|| tr!("app-name"));
    view! {
        <footer class="site-footer">
            <p>
                <span dir="auto">{name}</span>
                " · "
                {tr!("ui-footer-powered-by")}
                " · "
                <a href=Route::Settings.href()>{tr!("ui-nav-settings")}</a>
                " · "
                <a href=Route::Drafts.href()>{tr!("ui-nav-drafts")}</a>
            </p>
        </footer>
    }
}
