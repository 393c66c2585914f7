use leptos::prelude::*;

use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::events::calendar_view::{CalendarSource, EventCalendar};
use crate::ui::page_frame::PageFrame;

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
                        <a href=login_returning_to(&Route::Calendar.href())>"Log in"</a>
                        " to see the events of your groups in one calendar, or "
                        <a href=Route::Discover.href()>"find a group"</a>
                        "."
                    </p>
                }
            >
                <EventCalendar source=CalendarSource::Mine base=Route::Calendar />
            </Show>
        </PageFrame>
    }
}
