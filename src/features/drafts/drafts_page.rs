use leptos::prelude::*;

use crate::core::session::use_session;
use crate::core::storage::WebStorage;
use crate::features::drafts::autosave::use_drafts;
use crate::features::drafts::draft_store::{Listed, list_drafts};
use crate::features::drafts::pending_items::{PendingItems, PendingScope};
use crate::tr;
use crate::ui::format::{ago, now_secs};
use crate::ui::page_frame::PageFrame;

/// Every unsent draft on this device for the current member and backend: resume or discard.
#[component]
pub fn DraftsPage() -> impl IntoView {
    let drafts = use_drafts();
    let outbox = crate::features::drafts::outbox::use_outbox();
    let session = use_session();
    let list = Memo::new(move |_| {
        drafts.changed.track();
        session.current.track();
        list_drafts(&WebStorage::Local, &drafts.scope_prefix())
    });
    let error = RwSignal::new(None::<String>);
    let discard = move |key: String| {
        if let Err(e) = drafts.discard(&key) {
            error.set(Some(tr!("drafts-remove-failed", problem = e.to_string())));
        }
    };
    view! {
        <PageFrame title=tr!("drafts-title")>
            <p class="muted">{tr!("drafts-intro")}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <Show when=move || !outbox.items.with(Vec::is_empty)>
                <h2>{tr!("drafts-outbox-heading")}</h2>
                <p class="muted">{tr!("drafts-outbox-intro")}</p>
                <PendingItems scope=PendingScope::All />
                <h2>{tr!("drafts-heading")}</h2>
            </Show>
            {move || match list.get() {
                Err(e) => view! {
                    <p class="notice warning" role="status">{tr!("drafts-unreadable-list", problem = e.to_string())}</p>
                }
                .into_any(),
                Ok(items) if items.is_empty() => view! {
                    <p class="empty">{tr!("drafts-empty")}</p>
                }
                .into_any(),
                Ok(items) => view! {
                    <ul class="draft-list" role="list">
                        {items
                            .into_iter()
                            .map(|item| match item {
                                Listed::Ok { key, draft } => {
                                    let age = ago(now_secs(), (draft.updated_at / 1000.0) as i64);
                                    view! {
                                        <li class="card draft">
                                            <h2 class="draft-label" dir="auto">{draft.label.clone()}</h2>
                                            <p class="excerpt" dir="auto">{draft.excerpt(140)}</p>
                                            <p class="meta">{tr!("drafts-last-edited", ago = age)}</p>
                                            <div class="actions">
                                                <a class="button" href=draft.url.clone()>{tr!("drafts-resume")}</a>
                                                <button type="button" class="secondary" on:click=move |_| discard(key.clone())>
                                                    {tr!("drafts-discard")}
                                                </button>
                                            </div>
                                        </li>
                                    }
                                    .into_any()
                                }
                                Listed::Corrupt { key } => view! {
                                    <li class="card draft warning">
                                        <h2 class="draft-label">{tr!("drafts-corrupt-title")}</h2>
                                        <p>{tr!("drafts-corrupt-text")}</p>
                                        <button type="button" class="secondary" on:click=move |_| discard(key.clone())>
                                            {tr!("drafts-corrupt-discard")}
                                        </button>
                                    </li>
                                }
                                .into_any(),
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </PageFrame>
    }
}
