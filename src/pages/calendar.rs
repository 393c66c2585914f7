use leptos::prelude::*;

use crate::components::event_calendar::{CalendarSource, EventCalendar};
use crate::components::page_frame::PageFrame;
use crate::session::use_session;

/// Events across all the member's groups.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let session = use_session();
    view! {
        <PageFrame title="Calendar" class="calendar-page">
            <Show
                when=move || session.is_logged_in()
                fallback=|| view! {
                    <p class="notice">
                        <a href="/login?return_to=/calendar">"Log in"</a>
                        " to see the events of your groups in one calendar, or "
                        <a href="/discover">"find a group"</a>
                        "."
                    </p>
                }
            >
                <EventCalendar source=CalendarSource::Mine base="/calendar" />
            </Show>
        </PageFrame>
    }
}
