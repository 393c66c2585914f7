use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn GroupModPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <PageFrame title=Signal::derive(move || format!("{} · moderation", slug.get()))>
            <p>"Tools for this group's moderators."</p>
        </PageFrame>
    }
}
