use leptos::prelude::*;

use crate::core::route_table::Route;
use crate::tr;
use crate::ui::page_frame::PageFrame;

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageFrame title=tr!("ui-not-found-title") class="not-found">
            <p>{tr!("ui-not-found-text")}</p>
            <p>
                <a href=Route::Home.href()>{tr!("ui-not-found-home")}</a>
                " "
                {tr!("ui-not-found-or")}
                " "
                <a href=Route::Discover.href()>{tr!("ui-not-found-discover")}</a>
                "."
            </p>
        </PageFrame>
    }
}
