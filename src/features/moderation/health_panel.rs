//! Group health for leaders: twelve weeks of activity as charts, engagement, a "quiet group"
//! alert with things to do about it (pausing its recurring events among them), and groups that
//! overlap this one.

use leptos::prelude::*;

use kith_api::{GroupHealth, WeekPoint};

use super::health::{describe_rule, discussion_prompts, percent, prompt_href};
use super::weekly_chart::WeeklyChart;
use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::tr;
use crate::ui::loading::{LoadError, SkeletonList};

/// A chart's series: its name's message and its value in a week.
type Series = (fn() -> String, fn(&WeekPoint) -> u32);

const SERIES: [Series; 5] = [
    (|| tr!("mod-series-posts"), |w| w.posts),
    (|| tr!("mod-series-comments"), |w| w.comments),
    (|| tr!("mod-series-active"), |w| w.active_members),
    (|| tr!("mod-series-new"), |w| w.new_members),
    (|| tr!("mod-series-rsvps"), |w| w.rsvps),
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
        <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("mod-health-loading") /> }>
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
        None => tr!("mod-health-no-activity"),
        Some(0) => tr!("mod-health-active-today"),
        Some(d) => tr!("mod-health-active-ago", count = d),
    };
    let quiet = h.quiet.then(|| {
        let prompts = discussion_prompts(topics)
            .into_iter()
            .map(|p| {
                let href = prompt_href(&slug, &p);
                view! { <li><a href=href>{tr!("mod-prompt-link", prompt = p)}</a></li> }
            })
            .collect_view();
        view! {
            <section class="alert" aria-labelledby="quiet-heading">
                <h3 id="quiet-heading">{tr!("mod-health-quiet-heading")}</h3>
                <p>{tr!("mod-health-quiet-text", count = h.quiet_threshold)}</p>
                <ul>
                    {prompts}
                    <li>
                        <a href=Route::events(&slug).href_with(&[("new", "1")])>{tr!("mod-health-schedule")}</a>
                    </li>
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
                let text = tr!(
                    "mod-overlap-facts",
                    shared = o.shared_members,
                    total = o.member_count,
                    topics = o.shared_topics.join(&tr!("mod-list-separator")),
                );
                view! {
                    <li>
                        <a href=Route::feed(&o.slug).href() dir="auto">{o.name.clone()}</a>
                        " — "
                        {text}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="overlap-heading">
                <h3 id="overlap-heading">{tr!("mod-overlap-heading")}</h3>
                <p class="help">{tr!("mod-overlap-help")}</p>
                <ul>{items}</ul>
            </section>
        }
    });
    let charts = SERIES
        .map(|(label, f)| view! { <WeeklyChart label=label() values=h.weeks.iter().map(f).collect() weeks=weeks.clone() /> })
        .collect_view();
    view! {
        {quiet}
        {pause}
        <p class="health-facts">
            <strong class="big">{percent(h.engagement_rate)}</strong>
            " "
            {tr!("mod-engagement", count = h.member_count)}
            " "
            {last}
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
            <h3 id="pause-series-heading">{tr!("mod-pause-heading")}</h3>
            <p class="help">{tr!("mod-pause-help")}</p>
            <ul class="series-list">{rows}</ul>
        </section>
    }
}

/// "Every week on Thursday" and "Next date: 3 Dec 2026, 19:00", in the viewer's time.
/// Plain formatting on purpose: the events feature's zone and calendar code would make the
/// moderation page share (and download) it.
fn series_facts(s: &kith_api::Series) -> (String, Option<String>) {
    use crate::ui::format::{clock, date, local_offset_secs};
    let local = |t: i64| t + local_offset_secs(t);
    let rule = kith_api::time::parse_rfc3339(&s.starts_at)
        .and_then(|t| {
            let r = kith_api::recur::check_recurrence(&s.recurrence, None, "").ok()?;
            Some(describe_rule(&r, local(t).div_euclid(86_400)))
        })
        .unwrap_or_else(|| tr!("mod-series-repeating"));
    let next = s
        .next_starts_at
        .as_deref()
        .and_then(kith_api::time::parse_rfc3339)
        .map(|t| tr!("mod-series-next", date = date(local(t)), time = clock(local(t))));
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
    let label = move || if paused() { tr!("mod-series-resume") } else { tr!("mod-series-pause") };
    view! {
        <li class="series-row">
            <div class="series-what">
                <strong dir="auto">{title}</strong>
                <span>{move || facts().0}</span>
                <span class="muted" role="status">
                    {move || match (paused(), facts().1) {
                        (true, _) => tr!("mod-series-paused"),
                        (false, Some(next)) => next,
                        (false, None) => tr!("mod-series-no-date"),
                    }}
                </span>
            </div>
            <div class="series-actions">
                // One button whose words change, so keyboard focus stays on it.
                <button
                    type="button"
                    class="secondary"
                    aria-label=move || {
                        if paused() {
                            tr!("mod-series-resume-label", title = title())
                        } else {
                            tr!("mod-series-pause-label", title = title())
                        }
                    }
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
