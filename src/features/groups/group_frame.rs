use leptos::prelude::*;

use kith_api::{Group, Visibility};

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::Route;
use crate::features::groups::join_button::JoinButton;
use crate::features::groups::membership::use_memberships;
use crate::features::notifications::text::level_label;
use crate::tr;
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
            Some(s) => tr!("groups-page-title-section", name = name, section = s),
            None => tr!("groups-page-title", name = name),
        }
    });
    view! {
        <PageFrame title=title class="group-page">
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("groups-loading") /> }>
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
                                        <p>{tr!("groups-not-found")}</p>
                                        <p><a href=Route::Discover.href()>{tr!("groups-discover")}</a></p>
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
    let members = move || tr!("groups-member-count", count = standing.with(|s| s.member_count));
    let link = move |route: Route, label: String, this: GroupTab| {
        view! {
            <a href=route.href() aria-current=(tab == this).then_some("page")>
                {label}
            </a>
        }
    };
    let visibility = match group.visibility {
        Visibility::Public => tr!("groups-visibility-public"),
        Visibility::Private => tr!("groups-visibility-private"),
        Visibility::Unlisted => tr!("groups-visibility-unlisted"),
    };
    view! {
        <div class="group-header">
            <p class="purpose" dir="auto">{group.purpose.clone()}</p>
            <p class="meta">
                {visibility} " · " <span dir="auto">{group.region.clone()}</span> " · " {members}
                {group.archived.then(|| format!(" · {}", tr!("groups-archived-note")))}
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
                                <a href=href.clone()>{tr!("groups-notify-link", level = level_label(level))}</a>
                            </p>
                        }
                    })
                }
            }
            <nav class="tabs" aria-label=tr!("groups-tabs-label")>
                {link(Route::feed(&group.slug), tr!("groups-tab-feed"), GroupTab::Feed)}
                {link(Route::events(&group.slug), tr!("groups-tab-events"), GroupTab::Events)}
                {link(Route::polls(&group.slug), tr!("groups-tab-polls"), GroupTab::Polls)}
                {link(Route::members(&group.slug), tr!("groups-tab-members"), GroupTab::Members)}
                {link(Route::about(&group.slug), tr!("groups-tab-about"), GroupTab::About)}
                {
                    let slug = group.slug.clone();
                    move || can_moderate().then(|| link(Route::moderation(&slug), tr!("groups-tab-moderation"), GroupTab::Moderation))
                }
            </nav>
        </div>
    }
}
