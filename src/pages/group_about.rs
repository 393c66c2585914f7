use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn GroupAboutPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <PageFrame title=Signal::derive(move || format!("{} · about", slug.get()))>
            <p>"Purpose, guidelines and resources of this group."</p>
        </PageFrame>
    }
}
