use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn GroupEventsPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <PageFrame title=Signal::derive(move || format!("{} · events", slug.get()))>
            <p>"Events of this group."</p>
        </PageFrame>
    }
}
