use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn CalendarPage() -> impl IntoView {
    view! {
        <PageFrame title="Calendar">
            <p>"Events from all your groups."</p>
        </PageFrame>
    }
}
