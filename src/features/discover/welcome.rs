//! First-run content: what a visitor sees under the welcome on `/` (a few active public groups
//! and what is coming up in them), and what a member without groups sees instead of an empty
//! feed (groups suggested from their interests, and starting one). Both come in the `welcome`
//! chunk (src/chunks.rs), so members with groups never download them.

use leptos::prelude::*;

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::{Event, EventQuery, GroupQuery, GroupSort, Visibility};

use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::features::discover::group_card::GroupCard;
use crate::features::groups::membership::use_memberships;
use crate::tr;
use crate::ui::format::{date, now_secs};
use crate::ui::loading::SkeletonList;

/// Active public groups and their next events, for visitors.
#[component]
pub fn VisitorWelcome() -> impl IntoView {
    let api = use_api();
    // The most active public groups: three are shown, and the events come from those of the
    // first dozen that have some coming up.
    let groups = LocalResource::new(move || async move {
        let q = GroupQuery {
            sort: Some(GroupSort::Active),
            visibility: Some(Visibility::Public),
            limit: Some(12),
            ..Default::default()
        };
        api.list_groups(&q).await
    });
    let events = LocalResource::new(move || async move {
        let Ok(mut page) = groups.await else { return Vec::new() };
        page.items.retain(|g| g.activity.upcoming_events > 0);
        page.items.truncate(3);
        let now = now_secs();
        let q = EventQuery {
            from: Some(format_rfc3339(now)),
            to: Some(format_rfc3339(now + 60 * 86_400)),
            limit: Some(5),
            ..Default::default()
        };
        let mut all: Vec<Event> = Vec::new();
        for g in &page.items {
            if let Ok(p) = api.list_group_events(&g.slug, &q).await {
                all.extend(p.items.into_iter().filter(|e| !e.cancelled));
            }
        }
        all.sort_by_key(|e| parse_rfc3339(&e.starts_at).unwrap_or(i64::MAX));
        all.truncate(5);
        all
    });
    view! {
        <section class="first-run" aria-labelledby="active-heading">
            <h2 id="active-heading">{tr!("discover-welcome-active")}</h2>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("discover-loading-groups") /> }>
                {move || {
                    groups.get().map(|r| match r {
                        Ok(page) => view! {
                            <ul class="group-grid" role="list">
                                {page.items.into_iter().take(3).map(|g| view! { <li><GroupCard group=g /></li> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        Err(_) => view! { <p><a href=Route::Discover.href()>{tr!("discover-welcome-see-groups")}</a></p> }.into_any(),
                    })
                }}
            </Suspense>
        </section>
        <section class="first-run" aria-labelledby="coming-heading">
            <h2 id="coming-heading">{tr!("discover-welcome-coming-up")}</h2>
            <Suspense fallback=|| view! { <SkeletonList rows=1 label=tr!("discover-welcome-loading-events") /> }>
                {move || {
                    events.get().map(|list| {
                        if list.is_empty() {
                            return view! { <p class="muted">{tr!("discover-welcome-no-events")}</p> }.into_any();
                        }
                        view! {
                            <ul class="upcoming" role="list">
                                {list
                                    .into_iter()
                                    .map(|e| {
                                        let when = parse_rfc3339(&e.starts_at).map(date).unwrap_or_default();
                                        view! {
                                            <li>
                                                <time datetime=e.starts_at.clone()>{when}</time>
                                                " · "
                                                <a href=Route::event(&e.group.slug, e.id).href() dir="auto">{e.title.clone()}</a>
                                                <span class="muted">" · " <span dir="auto">{e.group.name.clone()}</span></span>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                        .into_any()
                    })
                }}
            </Suspense>
        </section>
    }
}

/// For a member in no group yet: suggestions from their interests (or the most active groups),
/// and starting a group of their own.
#[component]
pub fn FirstSteps() -> impl IntoView {
    let api = use_api();
    let memberships = use_memberships();
    let suggestions = LocalResource::new(move || async move {
        let recommended = GroupQuery { recommended: Some(true), limit: Some(4), ..Default::default() };
        let mut page = api.list_groups(&recommended).await?;
        if page.items.is_empty() {
            let active = GroupQuery { sort: Some(GroupSort::Active), limit: Some(4), ..Default::default() };
            page = api.list_groups(&active).await?;
        }
        memberships.learn_all(&page.items);
        Ok::<_, crate::core::api::ApiError>(page.items)
    });
    view! {
        <section class="first-run" aria-labelledby="first-steps-heading">
            <h2 id="first-steps-heading">{tr!("discover-first-heading")}</h2>
            <p>{tr!("discover-first-text")}</p>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("discover-first-finding") /> }>
                {move || {
                    suggestions.get().map(|r| match r {
                        Ok(groups) if !groups.is_empty() => view! {
                            <ul class="group-grid" role="list">
                                {groups.into_iter().map(|g| view! { <li><GroupCard group=g /></li> }).collect_view()}
                            </ul>
                        }
                        .into_any(),
                        _ => view! { <p><a class="button" href=Route::Discover.href()>{tr!("discover-first-discover")}</a></p> }.into_any(),
                    })
                }}
            </Suspense>
            <p><a href=Route::Discover.href()>{tr!("discover-first-see-all")}</a></p>
        </section>
        <section class="card prompt" aria-labelledby="start-heading">
            <h2 id="start-heading">{tr!("discover-first-nothing")}</h2>
            <p>{tr!("discover-first-start-text")}</p>
            <a class="button secondary" href=Route::NewGroup.href()>{tr!("discover-start-group")}</a>
        </section>
    }
}
