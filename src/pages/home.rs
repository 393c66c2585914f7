use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <PageFrame title="Home">
            <p>"Your groups' latest posts appear here."</p>
        </PageFrame>
    }
}
