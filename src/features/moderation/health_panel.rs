//! Group health for leaders: twelve weeks of activity as charts, engagement, a "quiet group"
//! alert with things to do about it, and groups that overlap this one.

use leptos::prelude::*;

use kith_api::{GroupHealth, WeekPoint};

use super::health::{discussion_prompts, percent, prompt_href};
use super::weekly_chart::WeeklyChart;
use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::ui::format::count;
use crate::ui::loading::{LoadError, SkeletonList};

type Series = (&'static str, fn(&WeekPoint) -> u32);

const SERIES: [Series; 5] = [
    ("Posts", |w| w.posts),
    ("Comments", |w| w.comments),
    ("Active members", |w| w.active_members),
    ("New members", |w| w.new_members),
    ("RSVPs", |w| w.rsvps),
];

#[component]
pub fn HealthPanel(slug: String, topics: Vec<String>) -> impl IntoView {
    let api = use_api();
    let s = StoredValue::new(slug.clone());
    let health = LocalResource::new(move || {
        let slug = slug.clone();
        async move { api.group_health(&slug).await }
    });
    let topics = StoredValue::new(topics);
    view! {
        <Suspense fallback=|| view! { <SkeletonList rows=2 label="Loading the figures…" /> }>
            {move || {
                health
                    .get()
                    .map(|r| match r {
                        Ok(h) => health_view(s.get_value(), &topics.get_value(), h).into_any(),
                        Err(error) => {
                            view! { <LoadError error retry=Callback::new(move |_| health.refetch()) /> }.into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

fn health_view(slug: String, topics: &[String], h: GroupHealth) -> impl IntoView {
    let weeks: Vec<String> = h.weeks.iter().map(|w| w.week_start.clone()).collect();
    let last = match h.days_since_last_activity {
        None => "There has been no activity yet.".to_string(),
        Some(0) => "Last activity: today.".into(),
        Some(d) => format!("Last activity: {} ago.", count(d, "day")),
    };
    let quiet = h.quiet.then(|| {
        let prompts = discussion_prompts(topics)
            .into_iter()
            .map(|p| {
                let href = prompt_href(&slug, &p);
                view! { <li><a href=href>"Post a discussion prompt: “" {p} "”"</a></li> }
            })
            .collect_view();
        view! {
            <section class="alert" aria-labelledby="quiet-heading">
                <h3 id="quiet-heading">"This group has gone quiet"</h3>
                <p>
                    {format!(
                        "Fewer than {} posts and comments in the last two weeks. A little nudge often brings people back:",
                        h.quiet_threshold
                    )}
                </p>
                <ul>
                    {prompts}
                    <li><a href=Route::events(&slug).href_with(&[("new", "1")])>"Schedule an event"</a></li>
                </ul>
            </section>
        }
    });
    let overlaps = (!h.overlaps.is_empty()).then(|| {
        let items = h
            .overlaps
            .iter()
            .map(|o| {
                let text = format!(
                    " — {} (of its {}), topics in common: {}",
                    count(o.shared_members, "shared member"),
                    o.member_count,
                    o.shared_topics.join(", ")
                );
                view! { <li><a href=Route::feed(&o.slug).href()>{o.name.clone()}</a>{text}</li> }
            })
            .collect_view();
        view! {
            <section aria-labelledby="overlap-heading">
                <h3 id="overlap-heading">"Groups that overlap this one"</h3>
                <p class="help">
                    "They share topics and members with this group. If you cover the same ground, talk with their leaders about merging or running events together, so members are not split across groups."
                </p>
                <ul>{items}</ul>
            </section>
        }
    });
    let charts = SERIES
        .map(|(label, f)| view! { <WeeklyChart label values=h.weeks.iter().map(f).collect() weeks=weeks.clone() /> })
        .collect_view();
    view! {
        {quiet}
        <p class="health-facts">
            <strong class="big">{percent(h.engagement_rate)}</strong>
            {format!(
                " engagement: the share of the group's {} active in the last four weeks. {last}",
                count(h.member_count, "member")
            )}
        </p>
        <div class="charts">{charts}</div>
        {overlaps}
    }
}
