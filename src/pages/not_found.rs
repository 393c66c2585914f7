use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

/// Shown for any address the app does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <PageFrame title="Page not found" class="not-found">
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <a href="/">"Go to your home feed"</a>
                " or "
                <a href="/discover">"discover groups"</a>
                "."
            </p>
        </PageFrame>
    }
}
