use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn NewGroupPage() -> impl IntoView {
    view! {
        <PageFrame title="Start a group">
            <p>"Gather a few people around a shared interest."</p>
        </PageFrame>
    }
}
