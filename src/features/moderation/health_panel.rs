//! Group health for leaders: twelve weeks of activity as charts, engagement, a "quiet group"
//! alert with things to do about it (pausing its recurring events among them), and groups that
//! overlap this one.

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
    let pause =
        (!h.series_to_pause.is_empty()).then(|| view! { <PauseSeries series=h.series_to_pause.clone() /> });
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
        {pause}
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

/// A quiet group's recurring events, each with a Pause button: paused series plan no new dates
/// (and drop coming ones nobody answered) until resumed.
#[component]
fn PauseSeries(series: Vec<kith_api::Series>) -> impl IntoView {
    let rows = series.into_iter().map(|s| view! { <PauseRow series=s /> }).collect_view();
    view! {
        <section class="pause-series" aria-labelledby="pause-series-heading">
            <h3 id="pause-series-heading">"This group has been quiet. Pause a series?"</h3>
            <p class="help">
                "A paused series plans no new dates, and its coming dates nobody answered are removed. Resume it when the group picks up again."
            </p>
            <ul class="series-list">{rows}</ul>
        </section>
    }
}

/// "Every week on Thursday" and "3 Dec 2026, 19:00" (the next date), in the viewer's time.
/// Plain formatting on purpose: the events feature's zone and calendar code would make the
/// moderation page share (and download) it.
fn series_facts(s: &kith_api::Series) -> (String, Option<String>) {
    use crate::ui::format::{date, hhmm, local_offset_secs};
    let local = |t: i64| t + local_offset_secs(t);
    let rule = kith_api::time::parse_rfc3339(&s.starts_at)
        .and_then(|t| {
            let r = kith_api::recur::check_recurrence(&s.recurrence, None, "").ok()?;
            Some(r.describe(local(t).div_euclid(86_400)))
        })
        .unwrap_or_else(|| "Repeating".into());
    let next = s
        .next_starts_at
        .as_deref()
        .and_then(kith_api::time::parse_rfc3339)
        .map(|t| format!("{}, {}", date(local(t)), hhmm(local(t))));
    (rule, next)
}

#[component]
fn PauseRow(series: kith_api::Series) -> impl IntoView {
    let api = use_api();
    let series = RwSignal::new(series);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let set_paused = move |paused: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let id = series.with_untracked(|s| s.id);
        leptos::task::spawn_local(async move {
            match api.set_series_paused(id, paused).await {
                Ok(s) => {
                    series.try_set(s);
                }
                Err(e) => {
                    error.try_set(Some(e.user_message()));
                }
            }
            busy.try_set(false);
        });
    };
    let facts = move || series.with(series_facts);
    let paused = move || series.with(|s| s.paused);
    let title = move || series.with(|s| s.title.clone());
    let label = move || if paused() { "Resume" } else { "Pause" };
    view! {
        <li class="series-row">
            <div class="series-what">
                <strong>{title}</strong>
                <span>{move || facts().0}</span>
                <span class="muted" role="status">
                    {move || match (paused(), facts().1) {
                        (true, _) => "Paused".to_string(),
                        (false, Some(next)) => format!("Next date: {next}"),
                        (false, None) => "No date planned".to_string(),
                    }}
                </span>
            </div>
            <div class="series-actions">
                // One button whose words change, so keyboard focus stays on it.
                <button
                    type="button"
                    class="secondary"
                    aria-label=move || format!("{} “{}”", label(), title())
                    aria-disabled=move || busy.get().then_some("true")
                    on:click=move |_| set_paused(!paused())
                >
                    {label}
                </button>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </li>
    }
}
