use leptos::prelude::*;

use crate::core::notices::{NoticeKind, use_notices};
use crate::tr;

/// App-wide notices in a polite live region, each dismissable.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_notices();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For each=move || notices.list() key=|n| n.id let(n)>
                <div class="notice" class:warning=n.kind == NoticeKind::Warning class:error=n.kind == NoticeKind::Error>
                    <span>{n.text.clone()}</span>
                    <button type="button" class="link" on:click=move |_| notices.dismiss(n.id)>
                        {tr!("ui-dismiss")}
                    </button>
                </div>
            </For>
        </div>
    }
}
