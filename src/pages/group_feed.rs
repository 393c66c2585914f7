use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn GroupFeedPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <PageFrame title=Signal::derive(move || format!("{}", slug.get()))>
            <p>"Posts in this group."</p>
        </PageFrame>
    }
}
