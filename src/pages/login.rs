use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn LoginPage() -> impl IntoView {
    view! {
        <PageFrame title="Log in">
            <p>"Log in to take part in your groups."</p>
        </PageFrame>
    }
}
