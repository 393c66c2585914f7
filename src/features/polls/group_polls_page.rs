use leptos::prelude::*;

use kith_api::{Group, PageParams, Poll, Role};

use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::core::route_table::{Route, login_returning_to, param};
use crate::core::session::use_session;
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::features::moderation::mod_view::{ModTab, ModView};
use crate::features::polls::logic::{may_start_polls, options_span_text};
use crate::features::polls::poll_page::viewer_zone;
use crate::tr;
use crate::ui::paged_status::PagedStatus;

/// A group's date polls, open ones first, with "New date poll" for whoever may start one.
#[component]
pub fn GroupPollsPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Polls
            suffix=tr!("polls-list-suffix")
            content=move |g: Group| view! { <PollList group=g /> }
        />
    }
}

#[component]
fn PollList(group: Group) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let may_start = may_start_polls(group.my_role, group.members_can_poll, group.archived);
    let slug = group.slug.clone();
    let polls = {
        let slug = slug.clone();
        Paged::new(move |cursor| {
            let s = slug.clone();
            async move { api.list_group_polls(&s, &PageParams { limit: Some(20), cursor }).await }
        })
    };
    let who = if group.members_can_poll { tr!("polls-who-all") } else { tr!("polls-who-leaders") };
    let owner = group.my_role == Some(Role::Owner);
    let settings = ModView::of(ModTab::Guidelines).href(&slug);
    let member = group.my_role.is_some();
    let logged_in = session.current.with_untracked(Option::is_some);
    let here = Route::polls(&slug).href();
    let new_href = Route::new_poll(&slug).href();
    let empty = move || {
        view! {
            <div class="empty">
                <p>{tr!("polls-none-yet")}</p>
                {may_start.then(|| view! { <p>{tr!("polls-start-one")}</p> })}
            </div>
        }
        .into_any()
    };
    view! {
        <div class="polls-head">
            <p class="help">
                {tr!("polls-intro")}
                " "
                {who}
                {owner.then(|| view! { " " <a href=settings>{tr!("polls-change-in-settings")}</a> "." })}
            </p>
            {may_start.then(|| view! { <a class="button" href=new_href>{tr!("polls-new-poll")}</a> })}
            {(!member && !logged_in).then(|| view! {
                <p class="help"><a href=login_returning_to(&here)>{tr!("polls-log-in")}</a> " " {tr!("polls-login-to-answer")}</p>
            })}
        </div>
        <ul class="poll-list" role="list">
            <For each=move || polls.items.get() key=|p| (p.id, p.etag.clone()) let(p)>
                <li><PollCard poll=p /></li>
            </For>
        </ul>
        <PagedStatus list=polls empty_view=empty loading_label=tr!("polls-loading-list") more_label=tr!("polls-show-more") />
    }
}

/// One poll in the list: its title, whether it is still open, its dates and how many answered.
#[component]
fn PollCard(poll: Poll) -> impl IntoView {
    let (_, zone) = viewer_zone();
    let span = options_span_text(zone.as_ref(), &poll.options);
    let href = Route::poll(&poll.group.slug, poll.id).href();
    let closed = poll.event_id.is_some();
    view! {
        <article class="card poll-card" class:closed=closed>
            <h2 class="poll-card-title"><a href=href dir="auto">{poll.title.clone()}</a></h2>
            <p class="meta">
                <span class="badge" class:done=closed>
                    {if closed { tr!("polls-card-closed") } else { tr!("polls-card-open") }}
                </span>
                " "
                {tr!("polls-card-dates", count = poll.options.len())}
                {span.map(|s| view! { " · " <time>{s}</time> })}
                " · "
                {tr!("polls-card-answered", count = poll.voter_count)}
                " · "
                {tr!("polls-card-by", name = &poll.created_by.display_name)}
            </p>
        </article>
    }
}
