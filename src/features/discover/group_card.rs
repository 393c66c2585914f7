use leptos::prelude::*;

use kith_api::{Group, Visibility};

use crate::core::route_table::Route;
use crate::features::discover::filters::DiscoverFilters;
use crate::features::groups::join_button::JoinButton;
use crate::features::groups::membership::use_memberships;
use crate::ui::format::{ago_rfc3339, count, now_secs};

/// A group in a list: purpose, topics, region, size, recent activity, and joining.
#[component]
pub fn GroupCard(group: Group) -> impl IntoView {
    let href = Route::feed(&group.slug).href();
    let standing = use_memberships().standing(&group);
    let members = move || count(standing.with(|s| s.member_count), "member");
    let a = &group.activity;
    let activity = if a.posts + a.comments == 0 {
        format!("Quiet lately · last active {}", ago_rfc3339(now_secs(), &group.last_activity_at))
    } else {
        format!("{} and {} this week", count(a.posts, "post"), count(a.comments, "comment"))
    };
    let badge = match group.visibility {
        Visibility::Public => None,
        Visibility::Private => Some("Private"),
        Visibility::Unlisted => Some("Unlisted"),
    };
    view! {
        <article class="card group-card">
            <header>
                <h3>
                    <a href=href>{group.name.clone()}</a>
                </h3>
                {badge.map(|b| view! { <span class="badge">{b}</span> })}
            </header>
            {group.recommendation_reason.clone().map(|r| view! { <p class="reason">{r}</p> })}
            <p class="purpose">{group.purpose.clone()}</p>
            <ul class="chips" aria-label="Topics">
                {group
                    .topics
                    .iter()
                    .map(|t| {
                        let href = format!(
                            "{}{}",
                            Route::Discover.href(),
                            DiscoverFilters { topic: Some(t.clone()), ..Default::default() }.to_query_string()
                        );
                        view! {
                            <li class="chip">
                                <a href=href aria-label=format!("Groups about {t}")>{t.clone()}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="meta">
                {group.region.clone()} " · " {members} " · " {activity}
                {(a.upcoming_events > 0).then(|| format!(" · {} coming up", count(a.upcoming_events, "event")))}
            </p>
            <JoinButton group=group compact=true />
        </article>
    }
}
