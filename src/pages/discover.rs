use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn DiscoverPage() -> impl IntoView {
    view! {
        <PageFrame title="Discover groups">
            <p>"Find small groups around what you care about."</p>
        </PageFrame>
    }
}
