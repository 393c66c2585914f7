use leptos::prelude::*;

use crate::features::drafts::outbox::use_outbox;
use crate::features::drafts::outbox_store::{ItemState, Pending};

/// Which outbox items a list shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingScope {
    /// New posts in a group.
    Posts(String),
    /// Comments on a post.
    Comments(i64),
    /// Answers to a date poll.
    Poll(i64),
    /// Everything (the drafts page).
    All,
}

fn in_scope(scope: &PendingScope, p: &Pending) -> bool {
    match (scope, p) {
        (PendingScope::All, _) => true,
        (PendingScope::Posts(s), Pending::Post { slug, .. }) => s == slug,
        (PendingScope::Comments(id), Pending::Comment { post_id, .. }) => id == post_id,
        (PendingScope::Poll(id), Pending::PollVotes { poll_id, .. }) => id == poll_id,
        _ => false,
    }
}

/// Writes waiting in the outbox, marked as pending, with a retry for the ones the server
/// refused.
#[component]
pub fn PendingItems(scope: PendingScope) -> impl IntoView {
    let outbox = use_outbox();
    let scope = StoredValue::new(scope);
    let items = Memo::new(move |_| {
        outbox.items.with(|items| {
            items.iter().filter(|i| scope.with_value(|s| in_scope(s, &i.what))).cloned().collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || !items.with(Vec::is_empty)>
            <ul class="pending-items" role="list" aria-label="Waiting to be sent">
                <For each=move || items.get() key=|i| (i.id.clone(), i.state.clone()) let(item)>
                    {
                        let id = StoredValue::new(item.id.clone());
                        let (text, body) = match &item.what {
                            Pending::Post { title, body, .. } => (title.clone(), body.clone()),
                            Pending::Comment { body, .. } => (item.what.describe(), body.clone()),
                            Pending::Rsvp { .. } | Pending::PollVotes { .. } => (item.what.describe(), String::new()),
                        };
                        let failed = match &item.state {
                            ItemState::Failed { message } => Some(message.clone()),
                            ItemState::Waiting => None,
                        };
                        let is_failed = failed.is_some();
                        let link = matches!(scope.get_value(), PendingScope::All).then(|| item.what.url());
                        view! {
                            <li class="card pending" class:failed=is_failed>
                                <p class="pending-title">
                                    <span class="badge">{if is_failed { "Not sent" } else { "Waiting to be sent" }}</span>
                                    " "
                                    {match link {
                                        Some(href) => view! { <a href=href>{text}</a> }.into_any(),
                                        None => view! { <strong>{text}</strong> }.into_any(),
                                    }}
                                </p>
                                {(!body.is_empty()).then(|| view! { <p class="excerpt">{crate::ui::markdown::excerpt(&body, 200)}</p> })}
                                {failed.map(|m| view! {
                                    <p class="field-error">{m}</p>
                                    <div class="actions">
                                        <button type="button" class="secondary" on:click=move |_| outbox.retry(&id.get_value())>"Retry"</button>
                                        <button type="button" class="secondary" on:click=move |_| outbox.discard(&id.get_value())>"Discard"</button>
                                    </div>
                                })}
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
    }
}
