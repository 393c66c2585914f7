use leptos::prelude::*;

use crate::core::route_table::Route;
use crate::features::notifications::live::use_live;
use crate::features::notifications::text::{bell_count, bell_label};

/// The header's way to the inbox, with the unread count kept live.
#[component]
pub fn NotificationBell() -> impl IntoView {
    let unread = use_live().map(|l| l.unread);
    let n = move || unread.map(|u| u.get()).unwrap_or(0);
    view! {
        <a class="bell" href=Route::Notifications.href() aria-label=move || bell_label(n())>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
                <path
                    fill="currentColor"
                    d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
                />
            </svg>
            {move || bell_count(n()).map(|c| view! { <span class="bell-count" aria-hidden="true">{c}</span> })}
        </a>
    }
}
