use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::core::connectivity::use_connectivity;
use crate::features::events::calendar::hhmm;
use crate::ui::format::{date, local_offset_secs, now_secs};

/// Says when the member is offline, and when the page shows a saved copy, from when.
#[component]
pub fn OfflineBanner() -> impl IntoView {
    let Some(conn) = use_connectivity() else { return ().into_any() };
    // A saved copy belongs to the page it was shown on.
    let location = use_location();
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.is_some_and(|p| p != path) {
            conn.showing_copy_from.set(None);
        }
        path
    });
    let text = move || {
        let copy = conn.showing_copy_from.get().map(|ms| {
            let secs = (ms / 1000.0) as i64;
            let offset = local_offset_secs(secs);
            let when = hhmm(secs + offset);
            if now_secs() - secs < 20 * 3600 {
                format!("today at {when}")
            } else {
                format!("{} at {when}", date(secs + offset))
            }
        });
        match (conn.online.get(), copy) {
            (_, Some(when)) => Some(format!(
                "Offline — this is a saved copy from {when}. It updates when you are back online."
            )),
            (false, None) => Some(
                "You are offline. Pages you have read are still here; what you write is kept and sent later."
                    .into(),
            ),
            (true, None) => None,
        }
    };
    view! {
        <Show when=move || text().is_some()>
            <div class="notice warning offline-banner" role="status">{text}</div>
        </Show>
    }
    .into_any()
}
