use leptos::prelude::*;

use crate::features::drafts::outbox::use_outbox;
use crate::features::drafts::outbox_store::{ItemState, Pending};
use crate::tr;

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
            <ul class="pending-items" role="list" aria-label=tr!("drafts-outbox-label")>
                <For each=move || items.get() key=|i| (i.id.clone(), i.state.clone()) let(item)>
                    {
                        let id = StoredValue::new(item.id.clone());
                        // A post shows its title (the member's words); the others say what they are.
                        let (text, body, own_words) = match &item.what {
                            Pending::Post { title, body, .. } => (title.clone(), body.clone(), true),
                            Pending::Comment { body, .. } => (item.what.describe(), body.clone(), false),
                            Pending::Rsvp { .. } | Pending::PollVotes { .. } => {
                                (item.what.describe(), String::new(), false)
                            }
                        };
                        let dir = own_words.then_some("auto");
                        let failed = match &item.state {
                            ItemState::Failed { message } => Some(message.clone()),
                            ItemState::Waiting => None,
                        };
                        let is_failed = failed.is_some();
                        let link = matches!(scope.get_value(), PendingScope::All).then(|| item.what.url());
                        view! {
                            <li class="card pending" class:failed=is_failed>
                                <p class="pending-title">
                                    <span class="badge">
                                        {if is_failed { tr!("drafts-outbox-not-sent") } else { tr!("drafts-outbox-waiting") }}
                                    </span>
                                    " "
                                    {match link {
                                        Some(href) => view! { <a href=href dir=dir>{text}</a> }.into_any(),
                                        None => view! { <strong dir=dir>{text}</strong> }.into_any(),
                                    }}
                                </p>
                                {(!body.is_empty()).then(|| view! { <p class="excerpt" dir="auto">{crate::ui::markdown::excerpt(&body, 200)}</p> })}
                                {failed.map(|m| view! {
                                    <p class="field-error">{m}</p>
                                    <div class="actions">
                                        <button type="button" class="secondary" on:click=move |_| outbox.retry(&id.get_value())>{tr!("drafts-outbox-retry")}</button>
                                        <button type="button" class="secondary" on:click=move |_| outbox.discard(&id.get_value())>{tr!("drafts-discard")}</button>
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
