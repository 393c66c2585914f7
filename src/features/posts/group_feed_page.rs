use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kith_api::time::parse_rfc3339;
use kith_api::{Group, Post, Visibility};

use crate::chunks::LazyPostComposer;

use crate::core::route_table::param;
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::drafts::pending_items::{PendingItems, PendingScope};
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::features::groups::membership::use_memberships;
use crate::features::posts::post_feed::{FeedSource, PostFeed};
use crate::features::posts::sort_tabs::{SortTabs, sort_from_query};
use crate::tr;
use crate::ui::format::{date, now_secs};

/// A group's feed, with the composer for members.
#[component]
pub fn GroupFeedPage() -> impl IntoView {
    let slug = param("slug");
    let query = use_query_map();
    let sort = Memo::new(move |_| sort_from_query(query.with(|q| q.get("sort"))));
    let prompt = query.with_untracked(|q| q.get("prompt")).filter(|p| !p.trim().is_empty());
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Feed
            content=move |g: Group| {
                // A private group's posts are for members only: say so instead of asking and
                // being refused, and open the feed as soon as the caller is a member.
                let standing = use_memberships().standing(&g);
                let locked = Memo::new({
                    let private = g.visibility == Visibility::Private;
                    move |_| private && !standing.with(|s| s.is_member())
                });
                let prompt = prompt.clone();
                move || {
                    if locked.get() {
                        return view! {
                            <p class="notice">
                                {move || if standing.with(|s| s.pending) {
                                    tr!("posts-private-pending")
                                } else {
                                    tr!("posts-private-ask")
                                }}
                            </p>
                        }
                        .into_any();
                    }
                    group_feed(g.clone(), prompt.clone(), sort)
                }
            }
        />
    }
}

/// The feed of a group the caller may read, with the composer (or why there is none) above it.
fn group_feed(g: Group, prompt: Option<String>, sort: Memo<kith_api::PostSort>) -> AnyView {
    let items = RwSignal::new(Vec::<Post>::new());
    // A post sent from the outbox later takes its place at the top of the feed.
    let outbox = crate::features::drafts::outbox::use_outbox();
    let here = g.slug.clone();
    Effect::new(move |_| {
        if let Some(crate::features::drafts::outbox::Delivered::Post(p)) = outbox.delivered.get()
            && p.group.slug == here
        {
            items.update(|v| {
                if !v.iter().any(|x| x.id == p.id) {
                    v.insert(0, p);
                }
            });
        }
    });
    let pending = PendingScope::Posts(g.slug.clone());
    let base = Route::feed(&g.slug);
    let source = g.slug.clone();
    view! {
        <ComposerOrReason group=g prompt=prompt items=items />
        <PendingItems scope=pending />
        <SortTabs base=base current=sort />
        {move || {
            let s = sort.get();
            view! {
                <PostFeed
                    source=FeedSource::Group(source.clone())
                    sort=s
                    items=items
                    empty=|| view! { <p class="empty">{tr!("posts-group-empty")}</p> }
                />
            }
        }}
    }
    .into_any()
}

/// The composer when the member may post; otherwise why not. It follows the caller's standing:
/// Join brings the composer, Leave takes it away.
#[component]
fn ComposerOrReason(group: Group, prompt: Option<String>, items: RwSignal<Vec<Post>>) -> impl IntoView {
    let session = use_session();
    let muted_until = group.my_muted_until.as_deref().and_then(parse_rfc3339).filter(|t| *t > now_secs());
    if group.archived {
        return view! { <p class="notice">{tr!("posts-archived")}</p> }.into_any();
    }
    if !session.is_logged_in() {
        let href = login_returning_to(&Route::feed(&group.slug).href());
        return view! {
            <p class="notice">
                <a href=href>{tr!("posts-write-log-in")}</a>
                " "
                {tr!("posts-write-log-in-rest")}
            </p>
        }
        .into_any();
    }
    let standing = use_memberships().standing(&group);
    let member = Memo::new(move |_| standing.with(|s| s.is_member()));
    let on_posted = Callback::new(move |p: Post| items.update(|v| v.insert(0, p)));
    (move || {
        if !member.get() {
            return view! { <p class="notice">{tr!("posts-write-join")}</p> }.into_any();
        }
        if let Some(t) = muted_until {
            return view! {
                <p class="notice warning">
                    {tr!("posts-muted-until", date = date(t))}
                </p>
            }
            .into_any();
        }
        view! { <LazyPostComposer group=group.clone() on_posted=on_posted prompt=prompt.clone() /> }
            .into_any()
    })
    .into_any()
}
