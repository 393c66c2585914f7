use leptos::prelude::*;

use kith_api::validate::TOPICS;
use kith_api::{Group, Visibility};

use crate::core::route_table::Route;
use crate::features::discover::filters::DiscoverFilters;
use crate::features::groups::join_button::JoinButton;
use crate::features::groups::membership::use_memberships;
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};

/// A group in a list: purpose, topics, region, size, recent activity, and joining.
#[component]
pub fn GroupCard(group: Group) -> impl IntoView {
    let href = Route::feed(&group.slug).href();
    let standing = use_memberships().standing(&group);
    let members = move || tr!("discover-card-members", count = standing.with(|s| s.member_count));
    let a = &group.activity;
    let activity = if a.posts + a.comments == 0 {
        tr!("discover-card-quiet", ago = ago_rfc3339(now_secs(), &group.last_activity_at))
    } else {
        tr!("discover-card-this-week", posts = a.posts, comments = a.comments)
    };
    let events = (a.upcoming_events > 0).then(|| tr!("discover-card-events", count = a.upcoming_events));
    let badge = match group.visibility {
        Visibility::Public => None,
        Visibility::Private => Some(tr!("discover-card-private")),
        Visibility::Unlisted => Some(tr!("discover-card-unlisted")),
    };
    let reason = group.recommendation_reason.as_deref().map(|r| match reason_topics(r) {
        Some(topics) => {
            view! { <p class="reason">{tr!("discover-card-reason", topics = and_list(&topics))}</p> }
                .into_any()
        }
        // A reason this version cannot read is shown as the server wrote it.
        None => view! { <p class="reason" dir="auto">{r.to_string()}</p> }.into_any(),
    });
    view! {
        <article class="card group-card">
            <header>
                <h3>
                    <a href=href dir="auto">{group.name.clone()}</a>
                </h3>
                {badge.map(|b| view! { <span class="badge">{b}</span> })}
            </header>
            {reason}
            <p class="purpose" dir="auto">{group.purpose.clone()}</p>
            <ul class="chips" aria-label=tr!("discover-card-topics")>
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
                                <a href=href aria-label=tr!("discover-card-topic-link", topic = t) dir="auto">{t.clone()}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="meta">
                <span dir="auto">{group.region.clone()}</span> " · " {members} " · " {activity}
                {events.map(|e| view! { " · " {e} })}
            </p>
            <JoinButton group=group compact=true />
        </article>
    }
}

/// The topics of a recommendation's reason, as the server words it ("Because you follow hiking,
/// books and music"), so it can be said in the member's language; `None` for any other reason.
fn reason_topics(reason: &str) -> Option<Vec<String>> {
    let list = reason.strip_prefix("Because you follow ")?;
    let topics: Vec<String> = list.replace(" and ", ", ").split(", ").map(str::to_string).collect();
    topics.iter().all(|t| TOPICS.contains(&t.as_str())).then_some(topics)
}

/// "hiking", "hiking and books", "hiking, books and music" in the member's language.
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [first, middle @ .., last] => {
            let rest = middle
                .iter()
                .fold(first.clone(), |rest, next| tr!("discover-list-comma", rest = rest, next = next));
            tr!("discover-list-and", rest = rest, last = last)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_are_read_and_said_again_word_for_word_in_english() {
        for reason in [
            "Because you follow hiking",
            "Because you follow hiking and books",
            "Because you follow hiking, books and music",
        ] {
            let topics = reason_topics(reason).unwrap();
            assert_eq!(tr!("discover-card-reason", topics = and_list(&topics)), reason);
        }
        assert_eq!(reason_topics("Because you follow hiking and knitting"), None);
        assert_eq!(reason_topics("Popular nearby"), None);
    }
}
