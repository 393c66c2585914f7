use std::rc::Rc;

use leptos::prelude::*;

use kith_api::Poll;

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::{Route, param};
use crate::features::drafts::pending_items::{PendingItems, PendingScope};
use crate::features::events::calendar::{FixedZone, Zone};
use crate::features::events::zones::{browser_zone_name, zone};
use crate::features::polls::poll_answers::PollAnswers;
use crate::features::polls::who_can_come::WhoCanCome;
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::loading::{LoadError, SkeletonList};
use crate::ui::markdown_view::MarkdownView;
use crate::ui::page_frame::PageFrame;

/// The viewer's zone name and the zone itself (UTC when the browser's is unknown).
pub fn viewer_zone() -> (String, Rc<dyn Zone>) {
    let name = browser_zone_name();
    let z: Rc<dyn Zone> = match zone(&name) {
        Some(z) => z,
        None => Rc::new(FixedZone(0)),
    };
    (name, z)
}

/// One date poll: its dates with the tallies and the member's answers, who can come when, and
/// for its leaders the way to make the winner an event.
#[component]
pub fn PollPage() -> impl IntoView {
    let api = use_api();
    let slug = param("slug");
    let id = param("poll");
    let poll = LocalResource::new(move || {
        let id = id.get().parse::<i64>().ok().filter(|i| *i > 0);
        async move {
            match id {
                Some(id) => api.get_poll(id).await,
                None => Err(ApiError::from_status(404, "")),
            }
        }
    });
    let title = Signal::derive(move || {
        poll.get().and_then(|r| r.ok()).map(|p| p.title).unwrap_or_else(|| tr!("polls-page-title"))
    });
    view! {
        <PageFrame title=title class="poll-page">
            <p class="breadcrumb">
                <a href=move || Route::polls(&slug.get()).href()>{tr!("polls-back-link")}</a>
            </p>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("polls-loading-poll") /> }>
                {move || {
                    poll.get()
                        .map(|r| match r {
                            Ok(p) => view! { <PollDetail poll=RwSignal::new(p) /> }.into_any(),
                            Err(ApiError::NotFound(_)) => {
                                view! { <p class="empty">{tr!("polls-not-found")}</p> }
                                    .into_any()
                            }
                            Err(error) => {
                                view! { <LoadError error retry=Callback::new(move |_| poll.refetch()) /> }.into_any()
                            }
                        })
                }}
            </Suspense>
        </PageFrame>
    }
}

#[component]
fn PollDetail(poll: RwSignal<Poll>) -> impl IntoView {
    // Bumped whenever answers changed, so the results table is loaded again.
    let answered = RwSignal::new(0u32);
    let (mine, _) = viewer_zone();
    let zone_note = move || {
        poll.with(|p| {
            (p.time_zone != mine).then(|| tr!("polls-zone-note", mine = &mine, zone = &p.time_zone))
        })
    };
    let description = Signal::derive(move || poll.with(|p| p.description.clone()));
    let id = poll.with_untracked(|p| p.id);
    view! {
        <article class="poll-detail">
            {move || {
                poll.with(|p| p.event_id.map(|e| (p.group.slug.clone(), e)))
                    .map(|(slug, e)| {
                        view! {
                            <p class="notice success poll-closed" role="status">
                                {tr!("polls-became-event")}
                                " "
                                <a href=Route::event(&slug, e).href()>{tr!("polls-see-event")}</a>
                            </p>
                        }
                    })
            }}
            <p class="meta">
                <a href=move || poll.with(|p| Route::polls(&p.group.slug).href()) dir="auto">
                    {move || poll.with(|p| p.group.name.clone())}
                </a>
                " · "
                {move || poll.with(|p| tr!("polls-proposed-by", name = &p.created_by.display_name))}
                " · "
                <time datetime=move || poll.with(|p| p.created_at.clone())>
                    {move || poll.with(|p| ago_rfc3339(now_secs(), &p.created_at))}
                </time>
            </p>
            <div class="poll-body" dir="auto">
                <MarkdownView source=description top_heading=2 />
            </div>
            {move || zone_note().map(|n| view! { <p class="help">{n}</p> })}
            <PollAnswers poll answered />
            <PendingItems scope=PendingScope::Poll(id) />
            <WhoCanCome poll answered />
        </article>
    }
}
