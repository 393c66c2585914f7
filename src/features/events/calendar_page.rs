use leptos::prelude::*;

use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::events::calendar_view::{CalendarSource, EventCalendar};
use crate::tr;
use crate::ui::page_frame::PageFrame;

/// Events across all the member's groups.
#[component]
pub fn CalendarPage() -> impl IntoView {
    let session = use_session();
    view! {
        <PageFrame title=tr!("events-calendar-title") class="calendar-page">
            <Show
                when=move || session.is_logged_in()
                fallback=|| view! {
                    <p class="notice">
                        // "[Log in] to see … or [find a group]." (the spaces are in the middle text).
                        <a href=login_returning_to(&Route::Calendar.href())>{tr!("events-calendar-log-in")}</a>
                        {tr!("events-calendar-logged-out")}
                        <a href=Route::Discover.href()>{tr!("events-calendar-find-group")}</a>
                        "."
                    </p>
                }
            >
                <EventCalendar source=CalendarSource::Mine base=Route::Calendar />
            </Show>
        </PageFrame>
    }
}
