use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn EventPage() -> impl IntoView {
    let event = param("event");
    view! {
        <PageFrame title=Signal::derive(move || format!("Event {}", event.get()))>
            <p>"The event and who is going."</p>
        </PageFrame>
    }
}
