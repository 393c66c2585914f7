use leptos::prelude::*;

use crate::core::route_table::Route;
use crate::ui::page_frame::PageFrame;

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageFrame title="Page not found" class="not-found">
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <a href=Route::Home.href()>"Go to your home feed"</a>
                " or "
                <a href=Route::Discover.href()>"discover groups"</a>
                "."
            </p>
        </PageFrame>
    }
}
