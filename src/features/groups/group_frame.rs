use leptos::prelude::*;

use kith_api::{Group, Visibility};

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::Route;
use crate::features::groups::join_button::JoinButton;
use crate::features::groups::membership::use_memberships;
use crate::features::notifications::text::level_label;
use crate::ui::format::count;
use crate::ui::loading::{LoadError, SkeletonList};
use crate::ui::page_frame::PageFrame;

/// Which tab of a group is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupTab {
    Feed,
    Events,
    Polls,
    Members,
    About,
    Moderation,
    /// A single post or event: no tab is current.
    Detail,
}

/// Every group page: loads the group once, titles the page with its name, shows its header
/// (purpose, size, joining, tabs) and then the tab's content, which gets the loaded group.
#[component]
pub fn GroupFrame<F, V>(
    #[prop(into)] slug: Signal<String>,
    tab: GroupTab,
    /// Shown after the group name in the title, e.g. "events".
    #[prop(optional, into)]
    suffix: Option<String>,
    content: F,
) -> impl IntoView
where
    F: Fn(Group) -> V + Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let api = use_api();
    let memberships = use_memberships();
    let group = LocalResource::new(move || {
        let s = slug.get();
        async move {
            let answer = api.get_group(&s).await;
            if let Ok(g) = &answer {
                memberships.learn(g);
            }
            answer
        }
    });
    let title = Signal::derive(move || {
        let name = group.get().and_then(|r| r.ok()).map(|g| g.name).unwrap_or_else(|| slug.get());
        match &suffix {
            Some(s) => format!("{name} · {s}"),
            None => name,
        }
    });
    view! {
        <PageFrame title=title class="group-page">
            <Suspense fallback=|| view! { <SkeletonList rows=2 label="Loading the group…" /> }>
                {move || {
                    let content = content.clone();
                    group
                        .get()
                        .map(move |r| match r {
                            Ok(g) => {
                                view! {
                                    <GroupHeader group=g.clone() tab=tab />
                                    <div class="group-content">{content(g)}</div>
                                }
                                    .into_any()
                            }
                            Err(ApiError::NotFound(_)) => {
                                view! {
                                    <div class="empty">
                                        <p>"There is no group at this address. It may have been renamed or archived."</p>
                                        <p><a href=Route::Discover.href()>"Discover groups"</a></p>
                                    </div>
                                }
                                    .into_any()
                            }
                            Err(error) => {
                                view! { <LoadError error retry=Callback::new(move |_| group.refetch()) /> }.into_any()
                            }
                        })
                }}
            </Suspense>
        </PageFrame>
    }
}

/// Purpose, size, region, joining, and the tabs; the size and the Moderation tab follow the
/// caller's standing as it changes.
#[component]
fn GroupHeader(group: Group, tab: GroupTab) -> impl IntoView {
    let standing = use_memberships().standing(&group);
    let can_moderate = move || standing.with(|s| s.can_moderate());
    let members = move || count(standing.with(|s| s.member_count), "member");
    let link = move |route: Route, label: &'static str, this: GroupTab| {
        view! {
            <a href=route.href() aria-current=(tab == this).then_some("page")>
                {label}
            </a>
        }
    };
    let visibility = match group.visibility {
        Visibility::Public => "Public group",
        Visibility::Private => "Private group",
        Visibility::Unlisted => "Unlisted group",
    };
    view! {
        <div class="group-header">
            <p class="purpose">{group.purpose.clone()}</p>
            <p class="meta">
                {visibility} " · " {group.region.clone()} " · " {members}
                {group.archived.then_some(" · archived (read-only)")}
            </p>
            <JoinButton group=group.clone() />
            {
                // Members see how much they hear from the group; the picker is on the About page.
                let level = group.my_notification_level.unwrap_or_default();
                let href = format!("{}#notifications", Route::about(&group.slug).href());
                move || {
                    standing.with(|s| s.is_member()).then(|| {
                        view! {
                            <p class="notify-link">
                                <a href=href.clone()>"Notifications: " {level_label(level)}</a>
                            </p>
                        }
                    })
                }
            }
            <nav class="tabs" aria-label="Group sections">
                {link(Route::feed(&group.slug), "Feed", GroupTab::Feed)}
                {link(Route::events(&group.slug), "Events", GroupTab::Events)}
                {link(Route::polls(&group.slug), "Date polls", GroupTab::Polls)}
                {link(Route::members(&group.slug), "Members", GroupTab::Members)}
                {link(Route::about(&group.slug), "About", GroupTab::About)}
                {
                    let slug = group.slug.clone();
                    move || can_moderate().then(|| link(Route::moderation(&slug), "Moderation", GroupTab::Moderation))
                }
            </nav>
        </div>
    }
}
