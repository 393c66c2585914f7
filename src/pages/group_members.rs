use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn GroupMembersPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <PageFrame title=Signal::derive(move || format!("{} · members", slug.get()))>
            <p>"Members of this group."</p>
        </PageFrame>
    }
}
