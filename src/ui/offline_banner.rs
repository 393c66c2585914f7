use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::core::connectivity::use_connectivity;
use crate::tr;
use crate::ui::format::{clock, date, local_offset_secs, now_secs};

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
            let time = clock(secs + offset);
            if now_secs() - secs < 20 * 3600 {
                tr!("ui-offline-copy-today", time = time)
            } else {
                tr!("ui-offline-copy-date", date = date(secs + offset), time = time)
            }
        });
        match (conn.online.get(), copy) {
            (_, Some(text)) => Some(text),
            (false, None) => Some(tr!("ui-offline")),
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
