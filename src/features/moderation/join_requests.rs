//! Pending join requests: approve or deny, each with an optional message to the requester.

use leptos::prelude::*;

use kith_api::{JoinRequest, PageParams};

use super::mod_kit::{OutcomeLine, focus_panel};
use super::problems::why;
use crate::core::api::{ApiError, use_api};
use crate::core::paging::Paged;
use crate::features::groups::membership::use_memberships;
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::paged_status::PagedStatus;
use crate::ui::text_field::TextField;

#[component]
pub fn JoinRequests(slug: String, private: bool) -> impl IntoView {
    let api = use_api();
    let list = Paged::new({
        let slug = slug.clone();
        move |cursor| {
            let s = slug.clone();
            async move { api.list_join_requests(&s, &PageParams { limit: Some(30), cursor }).await }
        }
    });
    let outcome = RwSignal::new(None::<(bool, String)>);
    let memberships = use_memberships();
    // Optimistic like the report queue: gone at once, back with the reason on a refusal.
    let decide = Callback::new(move |(req, approve, message): (JoinRequest, bool, String)| {
        let Some(at) = list.items.with_untracked(|v| v.iter().position(|x| x.id == req.id)) else { return };
        list.items.update(|v| {
            v.remove(at);
        });
        outcome.set(None);
        focus_panel();
        let message = (!message.trim().is_empty()).then(|| message.trim().to_string());
        let s = slug.clone();
        leptos::task::spawn_local(async move {
            let name = req.user.display_name.clone();
            let result = if approve {
                api.approve_join_request(&s, req.id, message).await.map(|_| ())
            } else {
                api.deny_join_request(&s, req.id, message).await
            };
            match result {
                Ok(()) if approve => {
                    outcome.set(Some((true, tr!("mod-join-approved", name = &name))));
                    memberships.reload(api, s);
                }
                Ok(()) => outcome.set(Some((true, tr!("mod-join-denied", name = &name)))),
                Err(ApiError::NotFound(_)) => {
                    outcome.set(Some((false, tr!("mod-already-handled"))));
                    list.reload();
                }
                Err(e) => {
                    list.items.update(|v| v.insert(at.min(v.len()), req));
                    outcome.set(Some((false, tr!("mod-not-done", problem = why(&e)))));
                }
            }
        });
    });
    view! {
        {(!private).then(|| view! { <p class="help">{tr!("mod-join-public")}</p> })}
        <OutcomeLine outcome />
        <ul class="request-list" role="list">
            <For each=move || list.items.get() key=|r| r.id let(req)>
                <RequestRow req decide />
            </For>
        </ul>
        <PagedStatus list empty=tr!("mod-join-none") />
    }
}

#[component]
fn RequestRow(req: JoinRequest, decide: Callback<(JoinRequest, bool, String)>) -> impl IntoView {
    let message = RwSignal::new(String::new());
    let name = req.user.display_name.clone();
    let field = format!("join-reply-{}", req.id);
    let asked = req.message.clone();
    let req = StoredValue::new(req);
    let go = move |approve: bool| decide.run((req.get_value(), approve, message.get_untracked()));
    view! {
        <li class="card request">
            <p>
                <strong dir="auto">{name.clone()}</strong>
                <span class="muted" dir="auto">" @" {req.with_value(|r| r.user.username.clone())}</span>
                <span class="meta">
                    " · " {req.with_value(|r| tr!("mod-join-asked", when = ago_rfc3339(now_secs(), &r.created_at)))}
                </span>
            </p>
            {(!asked.trim().is_empty()).then(|| view! { <blockquote class="quote" dir="auto">{asked}</blockquote> })}
            <TextField id=field label=tr!("mod-join-message-label", name = &name) value=message maxlength=500 />
            <div class="actions">
                <button type="button" aria-label=tr!("mod-join-approve-label", name = &name) on:click=move |_| go(true)>
                    {tr!("mod-join-approve")}
                </button>
                <button type="button" class="secondary" aria-label=tr!("mod-join-deny-label", name = &name) on:click=move |_| go(false)>
                    {tr!("mod-join-deny")}
                </button>
            </div>
        </li>
    }
}
