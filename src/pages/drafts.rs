use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn DraftsPage() -> impl IntoView {
    view! {
        <PageFrame title="Drafts">
            <p>"Everything you started writing and have not sent yet."</p>
        </PageFrame>
    }
}
