use std::rc::Rc;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::{Event, EventQuery};

use crate::core::api::use_api;
use crate::core::i18n::intl;
use crate::core::paging::fetch_all;
use crate::core::route_table::Route;
use crate::features::events::calendar::{
    Block, Day, FixedZone, View, WeekItem, WeekStart, Zone, clock, day_of, day_start, event_days,
    format_date, layout, long_date, month_title, read_view_query, to_local, week_layout, weekday,
    weekday_names,
};
use crate::features::events::zones::{browser_zone_name, zone};
use crate::tr;
use crate::ui::format::{now_secs, one_line};
use crate::ui::loading::{LoadError, SkeletonList};

/// Whose events a calendar shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarSource {
    Group(String),
    /// Every group the member belongs to.
    Mine,
}

/// Events visible in a calendar, with their placement computed once.
#[derive(Clone)]
struct Placed {
    event: Event,
    start: i64,
    end: i64,
    days: (Day, Day),
}

fn viewer_zone(name: &str) -> Rc<dyn Zone> {
    match zone(name) {
        Some(z) => z,
        None => Rc::new(FixedZone(0)),
    }
}

/// Month, week and agenda views of events, with the view, date and zone in the URL
/// (`?view=week&date=2026-12-01&tz=Europe/Berlin`), keyboard navigation of days, and notices
/// for anything in the URL that could not be used.
#[component]
pub fn EventCalendar(
    source: CalendarSource,
    /// The page's route, for links that change view or date.
    base: Route,
    /// The view when the address names none (the month unless given).
    #[prop(optional)]
    default_view: Option<View>,
) -> impl IntoView {
    let default_view = default_view.unwrap_or(View::Month);
    let query = use_query_map();
    let base = StoredValue::new(base);
    let source = StoredValue::new(source);
    // The first day of the week follows the member's locale.
    let ws = intl::week_start();
    let today_zone = browser_zone_name();
    let state = Memo::new(move |_| {
        let (view, date, tz) = query.with(|q| (q.get("view"), q.get("date"), q.get("tz")));
        let mut zone_name = browser_zone_name();
        let mut notes = Vec::new();
        if let Some(tz) = tz.filter(|t| !t.is_empty()) {
            if zone(&tz).is_some() {
                zone_name = tz;
            } else {
                notes.push(tr!("events-bad-zone", value = tz, zone = zone_name.clone()));
            }
        }
        let today = day_of(viewer_zone(&zone_name).as_ref(), now_secs());
        let (v, d, more) = read_view_query(view.as_deref(), date.as_deref(), today, default_view);
        notes.extend(more);
        (v, d, zone_name, notes, today)
    });
    let href = move |view: View, day: Day| {
        let tz = query.with(|q| q.get("tz")).filter(|t| zone(t).is_some());
        let date = format_date(day);
        let mut query = vec![("view", view.as_str()), ("date", date.as_str())];
        if let Some(tz) = &tz {
            query.push(("tz", tz));
        }
        base.with_value(|b| b.href_with(&query))
    };
    let view_label = |v: View| match v {
        View::Month => tr!("events-view-month"),
        View::Week => tr!("events-view-week"),
        View::Agenda => tr!("events-view-agenda"),
    };
    // The month's name is a bare date (in `<time>`); the other titles are sentences.
    let title = move || {
        let (v, d, ..) = state.get();
        match v {
            View::Month => {
                let month = format_date(d).get(..7).unwrap_or_default().to_string();
                view! { <time datetime=month>{month_title(d)}</time> }.into_any()
            }
            View::Week => {
                let days = v.days(d, ws);
                tr!("events-week-of", date = long_date(days[0])).into_any()
            }
            View::Agenda => tr!("events-from", date = long_date(d)).into_any(),
        }
    };
    let _ = today_zone;
    // A day the keyboard moved to in another month: focused once that month's grid is drawn.
    let pending_focus = RwSignal::new(None::<Day>);
    view! {
        <div class="calendar">
            <div class="cal-toolbar">
                <div class="cal-nav">
                    <a class="button secondary" href=move || { let (v, d, ..) = state.get(); href(v, v.step(d, false)) } aria-label=tr!("events-previous")><span class="flip-rtl" aria-hidden="true">"‹"</span></a>
                    <a class="button secondary" href=move || { let (v, _, _, _, t) = state.get(); href(v, t) }>{tr!("events-today")}</a>
                    <a class="button secondary" href=move || { let (v, d, ..) = state.get(); href(v, v.step(d, true)) } aria-label=tr!("events-next")><span class="flip-rtl" aria-hidden="true">"›"</span></a>
                </div>
                <h2 class="cal-title" aria-live="polite">{title}</h2>
                <nav class="cal-views" aria-label=tr!("events-views")>
                    {View::ALL
                        .into_iter()
                        .map(|v| {
                            view! {
                                <a href=move || href(v, state.get().1) aria-current=move || (state.get().0 == v).then_some("page")>
                                    {view_label(v)}
                                </a>
                            }
                        })
                        .collect_view()}
                </nav>
            </div>
            <p class="muted cal-zone">{move || tr!("events-times-in", zone = state.get().2)}</p>
            <Show when=move || !state.with(|s| s.3.is_empty())>
                <p class="notice warning" role="status">{move || state.get().3.join(" ")}</p>
            </Show>
            {move || {
                let (v, d, zone_name, _, today) = state.get();
                let days = v.days(d, ws);
                view! {
                    <CalendarBody
                        source=source.get_value()
                        view=v
                        date=d
                        days=days
                        zone_name=zone_name
                        today=today
                        week_start=ws
                        href=Callback::new(move |(v, d): (View, Day)| href(v, d))
                        pending_focus=pending_focus
                    />
                }
            }}
        </div>
    }
}

/// How many pages of events a calendar view loads at most, and how many events a page has.
const EVENT_PAGES: usize = 30;
const EVENTS_PER_PAGE: u32 = 100;

/// Loads the events of the visible days (every page) and draws the view.
#[component]
fn CalendarBody(
    source: CalendarSource,
    view: View,
    date: Day,
    days: Vec<Day>,
    zone_name: String,
    today: Day,
    week_start: WeekStart,
    href: Callback<(View, Day), String>,
    pending_focus: RwSignal<Option<Day>>,
) -> impl IntoView {
    let api = use_api();
    let zone_name = StoredValue::new(zone_name);
    let z = move || viewer_zone(&zone_name.get_value());
    let first = days.first().copied().unwrap_or(date);
    let last = days.last().copied().unwrap_or(date);
    let from = format_rfc3339(day_start(z().as_ref(), first));
    let to = format_rfc3339(day_start(z().as_ref(), last + 1));
    // Across groups, every event says which group it belongs to.
    let across = source == CalendarSource::Mine;
    let source = StoredValue::new(source);
    // Every page of the visible days' events, placed once in the viewer's zone.
    let events = LocalResource::new(move || {
        let (from, to) = (from.clone(), to.clone());
        async move {
            let all = fetch_all(EVENT_PAGES, |cursor| {
                let q = EventQuery {
                    from: Some(from.clone()),
                    to: Some(to.clone()),
                    limit: Some(EVENTS_PER_PAGE),
                    cursor,
                };
                let source = source.get_value();
                async move {
                    match source {
                        CalendarSource::Group(slug) => api.list_group_events(&slug, &q).await,
                        CalendarSource::Mine => api.list_my_events(&q).await,
                    }
                }
            })
            .await;
            if let Some(e) = all.error {
                return Err(e);
            }
            let viewer = z();
            let placed = all
                .items
                .into_iter()
                .filter_map(|e| {
                    let start = parse_rfc3339(&e.starts_at)?;
                    let end = parse_rfc3339(&e.ends_at).unwrap_or(start);
                    let own = viewer_zone(&e.time_zone);
                    let days = event_days(viewer.as_ref(), own.as_ref(), start, end, e.all_day);
                    Some(Placed { event: e, start, end, days })
                })
                .collect::<Vec<_>>();
            Ok((placed, all.cut_short))
        }
    });
    let days = StoredValue::new(days);
    let selected = RwSignal::new(None::<Day>);

    view! {
        <Suspense fallback=|| view! { <SkeletonList rows=3 label=tr!("events-loading") /> }>
            {move || events.get().map(|loaded| match loaded {
                Err(error) => view! { <LoadError error retry=Callback::new(move |_| events.refetch()) /> }.into_any(),
                Ok((placed, cut_short)) => {
                    let spans: Vec<(Day, Day)> = placed.iter().map(|p| p.days).collect();
                    let per_day = days.with_value(|d| layout(d, &spans));
                    let placed = StoredValue::new(placed);
                    let per_day = StoredValue::new(per_day);
                    let zone_name = zone_name.get_value();
                    let shown = match view {
                        View::Month => view! {
                            <MonthGrid days=days.get_value() per_day=per_day placed=placed date=date today=today week_start=week_start selected=selected href=href zone_name=zone_name.clone() pending_focus=pending_focus across=across />
                        }
                        .into_any(),
                        View::Week => view! { <WeekView days=days.get_value() per_day=per_day placed=placed today=today zone_name=zone_name.clone() across=across /> }.into_any(),
                        View::Agenda => view! { <AgendaList days=days.get_value() per_day=per_day placed=placed today=today zone_name=zone_name.clone() /> }.into_any(),
                    };
                    view! {
                        {cut_short.then(|| view! {
                            <p class="notice warning" role="status">
                                // A fixed number, written as before (no grouping).
                                {tr!("events-cut-short", count = (EVENT_PAGES * EVENTS_PER_PAGE as usize).to_string())}
                            </p>
                        })}
                        {shown}
                    }
                    .into_any()
                }
            })}
        </Suspense>
    }
}

/// The chip of an event on one day: time (or "All day" / "continues") and title, one message.
fn chip_label(p: &Placed, day: Day, zone: &dyn Zone) -> String {
    let when = if p.event.all_day {
        tr!("events-all-day")
    } else if p.days.0 == day {
        clock(to_local(zone, p.start))
    } else {
        tr!("events-continued")
    };
    let title = p.event.title.as_str();
    if p.event.cancelled {
        tr!("events-chip-cancelled", when = when, title = title)
    } else {
        tr!("events-chip", when = when, title = title)
    }
}

fn event_href(e: &Event) -> String {
    Route::event(&e.group.slug, e.id).href()
}

/// How many events a month cell lists before "+N more".
const PER_CELL: usize = 3;

/// How much of a group's name a month chip shows (the whole name is in its label).
const GROUP_TAG_CHARS: usize = 14;

#[component]
#[allow(clippy::too_many_arguments)]
fn MonthGrid(
    days: Vec<Day>,
    per_day: StoredValue<Vec<Vec<usize>>>,
    placed: StoredValue<Vec<Placed>>,
    date: Day,
    today: Day,
    week_start: WeekStart,
    selected: RwSignal<Option<Day>>,
    href: Callback<(View, Day), String>,
    zone_name: String,
    pending_focus: RwSignal<Option<Day>>,
    /// The calendar of all the member's groups: chips name their group.
    across: bool,
) -> impl IntoView {
    let zone_name = StoredValue::new(zone_name);
    let month = kith_api::time::civil_from_days(date).1;
    let first = days.first().copied().unwrap_or(date);
    let last = days.last().copied().unwrap_or(date);
    let arrived = pending_focus.get_untracked().filter(|d| (first..=last).contains(d));
    let focused = RwSignal::new(arrived.unwrap_or(
        if (first..=last).contains(&today) && kith_api::time::civil_from_days(today).1 == month {
            today
        } else {
            date
        },
    ));
    let navigate = leptos_router::hooks::use_navigate();
    let focus_day = move |d: Day| {
        request_animation_frame(move || {
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|doc| {
                    doc.query_selector(&format!("[data-day=\"{}\"]", format_date(d))).ok().flatten()
                })
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = el.focus();
            }
        });
    };
    // Right to left, the days run from the right: the arrows follow what the member sees.
    let ahead = if crate::core::i18n::lang().rtl { -1 } else { 1 };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        let cur = focused.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowLeft" => cur - ahead,
            "ArrowRight" => cur + ahead,
            "ArrowUp" => cur - 7,
            "ArrowDown" => cur + 7,
            "Home" => crate::features::events::calendar::start_of_week(cur, week_start),
            "End" => crate::features::events::calendar::start_of_week(cur, week_start) + 6,
            "PageUp" => crate::features::events::calendar::add_months(cur, -1),
            "PageDown" => crate::features::events::calendar::add_months(cur, 1),
            "Enter" | " " => {
                ev.prevent_default();
                selected.set(Some(cur));
                return;
            }
            _ => return,
        };
        ev.prevent_default();
        if next < first || next > last {
            // Off this month's grid: go to the month holding that day, keeping keyboard focus
            // (the next grid focuses it once drawn; this one may be reused if nothing loads).
            pending_focus.set(Some(next));
            navigate(
                &href.run((View::Month, next)),
                leptos_router::NavigateOptions { scroll: false, ..Default::default() },
            );
            focus_day(next);
        } else {
            focused.set(next);
            focus_day(next);
        }
    };
    // Arriving from the keyboard: focus the day once this grid is in the document.
    let grid = NodeRef::<leptos::html::Div>::new();
    if arrived.is_some() {
        pending_focus.set(None);
    }
    Effect::new(move |_| {
        if let (Some(el), Some(d)) = (grid.get(), arrived)
            && let Ok(Some(day)) = el.query_selector(&format!("[data-day=\"{}\"]", format_date(d)))
            && let Ok(day) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(day)
        {
            let _ = day.focus();
        }
    });
    let names = weekday_names(week_start);
    let weeks: Vec<Vec<Day>> = days.chunks(7).map(|w| w.to_vec()).collect();
    view! {
        <div class="month-grid" role="grid" aria-label=tr!("events-view-month") on:keydown=on_key node_ref=grid>
            <div class="month-row head" role="row">
                {names.into_iter().map(|n| view! { <div class="month-head" role="columnheader"><time>{n}</time></div> }).collect_view()}
            </div>
            {weeks
                .into_iter()
                .map(|week| {
                    view! {
                        <div class="month-row" role="row">
                            {week
                                .into_iter()
                                .map(|day| {
                                    let idx = days_index(first, day);
                                    let list = per_day.with_value(|p| p.get(idx).cloned().unwrap_or_default());
                                    let n = list.len();
                                    let in_month = kith_api::time::civil_from_days(day).1 == month;
                                    let (_, _, dnum) = kith_api::time::civil_from_days(day);
                                    let z = viewer_zone(&zone_name.get_value());
                                    let chips = placed.with_value(|pl| {
                                        list.iter().take(if n > PER_CELL { PER_CELL - 1 } else { PER_CELL })
                                            .filter_map(|i| pl.get(*i))
                                            .map(|p| (event_href(&p.event), chip_label(p, day, z.as_ref()), p.event.cancelled, p.event.group.name.clone()))
                                            .collect::<Vec<_>>()
                                    });
                                    let more = n.saturating_sub(chips.len());
                                    let label = tr!("events-day-label", date = long_date(day), count = n);
                                    view! {
                                        <div
                                            class="month-cell"
                                            class:other-month=!in_month
                                            class:today=day == today
                                            role="gridcell"
                                            aria-selected=move || (focused.get() == day).to_string()
                                        >
                                            <button
                                                type="button"
                                                class="day-number"
                                                data-day=format_date(day)
                                                tabindex=move || if focused.get() == day { "0" } else { "-1" }
                                                aria-label=label
                                                on:click=move |_| {
                                                    focused.set(day);
                                                    selected.set(Some(day));
                                                }
                                                on:focus=move |_| focused.set(day)
                                            >
                                                {intl::number(dnum as f64)}
                                            </button>
                                            <ul class="chips-day" role="list">
                                                // The whole label and the group on hover; two lines shown.
                                                // Across groups the chip leads with its group's name.
                                                {chips.into_iter().map(|(h, text, cancelled, group)| {
                                                    let title = format!("{text} · {group}");
                                                    let tag = across.then(|| view! { <span class="chip-group" dir="auto">{one_line(&group, GROUP_TAG_CHARS)}</span> " " });
                                                    let aria = across.then(|| title.clone());
                                                    view! { <li><a class="event-chip" class:cancelled=cancelled href=h tabindex="-1" title=title aria-label=aria>{tag}{text}</a></li> }
                                                }).collect_view()}
                                            </ul>
                                            {(more > 0).then(|| view! {
                                                <button type="button" class="link more" tabindex="-1" on:click=move |_| selected.set(Some(day))>
                                                    {tr!("events-more", count = more)}
                                                </button>
                                            })}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
        </div>
        <Show when=move || selected.get().is_some()>
            {move || selected.get().map(|day| {
                let idx = days_index(first, day);
                let list = per_day.with_value(|p| p.get(idx).cloned().unwrap_or_default());
                view! { <DayPanel day=day list=list placed=placed zone_name=zone_name.get_value() on_close=Callback::new(move |_| { selected.set(None); focus_day(day); }) /> }
            })}
        </Show>
    }
}

fn days_index(first: Day, day: Day) -> usize {
    (day - first).max(0) as usize
}

/// Every event of one day, opened from the month grid (Enter or "+N more").
#[component]
fn DayPanel(
    day: Day,
    list: Vec<usize>,
    placed: StoredValue<Vec<Placed>>,
    zone_name: String,
    on_close: Callback<()>,
) -> impl IntoView {
    let z = viewer_zone(&zone_name);
    let items = placed.with_value(|pl| list.iter().filter_map(|i| pl.get(*i).cloned()).collect::<Vec<_>>());
    let heading = long_date(day);
    let aria = heading.clone();
    let panel = NodeRef::<leptos::html::Section>::new();
    Effect::new(move |_| {
        if let Some(el) = panel.get() {
            let _ = el.focus();
        }
    });
    view! {
        <section class="day-panel card" tabindex="-1" node_ref=panel aria-label=aria
            on:keydown=move |ev: web_sys::KeyboardEvent| if ev.key() == "Escape" { on_close.run(()) }>
            <h3>{heading}</h3>
            {if items.is_empty() {
                view! { <p class="muted">{tr!("events-day-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="agenda-items" role="list">
                        {items.iter().map(|p| event_line(p, day, z.as_ref())).collect_view()}
                    </ul>
                }.into_any()
            }}
            <button type="button" class="secondary" on:click=move |_| on_close.run(())>{tr!("events-close")}</button>
        </section>
    }
}

/// One event in a list: times, title, group and place.
fn event_line(p: &Placed, day: Day, z: &dyn Zone) -> impl IntoView + use<> {
    let when = if p.event.all_day {
        tr!("events-all-day").into_any()
    } else {
        let s = if p.days.0 == day { clock(to_local(z, p.start)) } else { "…".into() };
        let e = if p.days.1 == day { clock(to_local(z, p.end)) } else { "…".into() };
        view! { <time>{format!("{s}–{e}")}</time> }.into_any()
    };
    // The place as written (member text), or "Online" for an event with only a link.
    let place = match (&p.event.location, &p.event.online_url) {
        (Some(l), _) => Some(view! { <span dir="auto">{l.clone()}</span> }.into_any()),
        (None, Some(_)) => Some(tr!("events-online").into_any()),
        (None, None) => None,
    };
    view! {
        <li class="agenda-item" class:cancelled=p.event.cancelled>
            <span class="when">{when}</span>
            <a href=event_href(&p.event) dir="auto">{p.event.title.clone()}</a>
            {p.event.cancelled.then_some(view! { <span class="badge">{tr!("events-cancelled")}</span> })}
            <span class="muted">" · " <span dir="auto">{p.event.group.name.clone()}</span> {place.map(|pl| view! { " · " {pl} })}</span>
        </li>
    }
}

/// Pixels per hour on the week grid (the CSS reads it as `--hour`).
const HOUR_PX: i32 = 48;

/// An event in full for a screen reader (and a tooltip): title, its days and times in the
/// viewer's zone, its group across groups, and whether it is cancelled.
fn event_aria(p: &Placed, z: &dyn Zone, across: bool) -> String {
    let when = match (p.event.all_day, p.days.0 == p.days.1) {
        (true, true) => tr!("events-aria-all-day", date = long_date(p.days.0)),
        (true, false) => {
            tr!("events-aria-all-day-days", start = long_date(p.days.0), end = long_date(p.days.1))
        }
        (false, true) => tr!(
            "events-aria-times",
            date = long_date(p.days.0),
            start = clock(to_local(z, p.start)),
            end = clock(to_local(z, p.end))
        ),
        (false, false) => tr!(
            "events-aria-times-days",
            start_date = long_date(p.days.0),
            start = clock(to_local(z, p.start)),
            end_date = long_date(day_of(z, p.end)),
            end = clock(to_local(z, p.end))
        ),
    };
    let cancelled = if p.event.cancelled { "yes" } else { "no" };
    let title = p.event.title.as_str();
    if across {
        let group = p.event.group.name.as_str();
        tr!("events-aria-event-group", title = title, when = when, group = group, cancelled = cancelled)
    } else {
        tr!("events-aria-event", title = title, when = when, cancelled = cancelled)
    }
}

/// The group's name after the title of a block or bar in the calendar across groups.
fn group_tag(p: &Placed, across: bool) -> Option<impl IntoView + use<>> {
    across.then(|| view! { " " <span class="chip-group" dir="auto">{p.event.group.name.clone()}</span> })
}

/// One timed event's block on a day of the week grid, placed by minutes and column.
fn week_block(b: &Block, p: &Placed, z: &dyn Zone, across: bool) -> impl IntoView + use<> {
    // Under 45 minutes there is room for one line: the title, then the start.
    let short = b.height < 45;
    let from = if b.from_before { "…".to_string() } else { clock(to_local(z, p.start)) };
    let to = if b.goes_on { "…".to_string() } else { clock(to_local(z, p.end)) };
    let when = if short && !b.from_before { from } else { format!("{from}–{to}") };
    // Placed through the style object: the CSP refuses style attributes.
    let columns = b.columns.max(1) as f64;
    let top = format!("{}px", b.top * HOUR_PX / 60);
    let height = format!("{}px", b.height * HOUR_PX / 60);
    // From the start side of the day (the right in right-to-left languages).
    let start = format!("{:.3}%", b.column as f64 * 100.0 / columns);
    let width = format!("{:.3}%", 100.0 / columns);
    let aria = event_aria(p, z, across);
    view! {
        <a
            class="wg-block"
            class:cancelled=p.event.cancelled
            class:short=short
            href=event_href(&p.event)
            style:top=top
            style:height=height
            style:inset-inline-start=start
            style:width=width
            aria-label=aria.clone()
            title=aria
        >
            {(!short).then(|| view! { <time class="wg-time">{when.clone()}</time> " " })}
            <span class="wg-title" dir="auto">{p.event.title.clone()}</span>
            {short.then(|| view! { " " <time class="wg-time">{when}</time> })}
            {group_tag(p, across)}
        </a>
    }
}

/// The week as a time grid: days across with their headers, all-day events in a strip on top,
/// hours down with timed events as blocks (overlapping ones side by side), scrolled to the
/// week's first event. Phones get the days as a list instead (CSS picks one).
#[component]
fn WeekView(
    days: Vec<Day>,
    per_day: StoredValue<Vec<Vec<usize>>>,
    placed: StoredValue<Vec<Placed>>,
    today: Day,
    zone_name: String,
    /// The calendar of all the member's groups: events name their group.
    across: bool,
) -> impl IntoView {
    let z = viewer_zone(&zone_name);
    let week = days.first().copied().unwrap_or(today);
    let items: Vec<WeekItem> = placed.with_value(|pl| {
        pl.iter()
            .map(|p| WeekItem { start: p.start, end: p.end, all_day: p.event.all_day, days: p.days })
            .collect()
    });
    let grid = week_layout(z.as_ref(), week, &items);
    let first_hour = grid.first_hour();
    // Opens at the first event (08:00 without any); the list on phones has nothing to scroll.
    let scroller = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(el) = scroller.get() {
            request_animation_frame(move || el.set_scroll_top(first_hour * HOUR_PX));
        }
    });
    let heads = days
        .iter()
        .enumerate()
        .map(|(i, &day)| {
            let (_, m, dnum) = kith_api::time::civil_from_days(day);
            let name = intl::weekday_short(weekday(day));
            let date = if i == 0 || dnum == 1 {
                tr!("events-day-month", day = dnum, month = intl::month_short(m))
            } else {
                intl::number(dnum as f64)
            };
            view! {
                <div class="wg-dayhead" class:today=day == today>
                    <time class="wg-wd" datetime=format_date(day)>{name}</time>
                    " "
                    <span class="wg-date">{date}</span>
                </div>
            }
        })
        .collect_view();
    let rows = grid.rows;
    let bars = placed.with_value(|pl| {
        grid.bars
            .iter()
            .filter_map(|b| {
                let p = pl.get(b.item)?;
                let column = format!("{} / span {}", b.first + 2, b.last - b.first + 1);
                let row = (b.row + 1).to_string();
                let aria = event_aria(p, z.as_ref(), across);
                Some(view! {
                    <a
                        class="wg-bar"
                        class:cancelled=p.event.cancelled
                        class:from-before=b.from_before
                        class:goes-on=b.goes_on
                        href=event_href(&p.event)
                        style:grid-column=column
                        style:grid-row=row
                        aria-label=aria.clone()
                        title=aria
                    >
                        <span dir="auto">{p.event.title.clone()}</span>
                        {group_tag(p, across)}
                    </a>
                })
            })
            .collect_view()
    });
    let columns = placed.with_value(|pl| {
        days.iter()
            .enumerate()
            .map(|(i, &day)| {
                let blocks = grid.days.get(i).map(|bs| {
                    bs.iter()
                        .filter_map(|b| pl.get(b.item).map(|p| week_block(b, p, z.as_ref(), across)))
                        .collect_view()
                });
                let label = if day == today {
                    tr!("events-today-date", date = long_date(day))
                } else {
                    long_date(day)
                };
                view! {
                    <div class="wg-day" class:today=day == today role="group" aria-label=label>
                        {blocks}
                    </div>
                }
            })
            .collect_view()
    });
    let list = days
        .iter()
        .enumerate()
        .map(|(i, &day)| {
            let items = per_day.with_value(|p| p.get(i).cloned().unwrap_or_default());
            let lines = placed.with_value(|pl| {
                items.iter().filter_map(|i| pl.get(*i)).map(|p| event_line(p, day, z.as_ref())).collect_view()
            });
            view! {
                <section class="week-day" class:today=day == today aria-label=long_date(day)>
                    <h3>{long_date(day)}</h3>
                    {if items.is_empty() {
                        view! { <p class="muted">"—"</p> }.into_any()
                    } else {
                        view! { <ul class="agenda-items" role="list">{lines}</ul> }.into_any()
                    }}
                </section>
            }
        })
        .collect_view();
    let week_label = tr!("events-week-of", date = long_date(week));
    let by_hour = tr!("events-week-by-hour", date = long_date(week));
    view! {
        <div class="week-view week-list" style=("--hour", format!("{HOUR_PX}px"))>
            <div class="week-grid" role="group" aria-label=week_label.clone()>
                <div class="wg-head" aria-hidden="true">
                    <div class="wg-gutter"></div>
                    {heads}
                </div>
                {(rows > 0).then(|| view! {
                    <div class="wg-strip" role="group" aria-label=tr!("events-all-day-events")>
                        <div class="wg-gutter" aria-hidden="true" style:grid-row=format!("1 / span {rows}")>{tr!("events-all-day")}</div>
                        {bars}
                    </div>
                })}
                <div class="wg-scroll" node_ref=scroller tabindex="0" role="region" aria-label=by_hour>
                    <div class="wg-body">
                        <div class="wg-hours" aria-hidden="true">
                            {(0..24i64).map(|h| view! { <div class="wg-hour"><time>{clock(h * 3600)}</time></div> }).collect_view()}
                        </div>
                        {columns}
                    </div>
                </div>
            </div>
            <div class="week-days">{list}</div>
        </div>
    }
}

#[component]
fn AgendaList(
    days: Vec<Day>,
    per_day: StoredValue<Vec<Vec<usize>>>,
    placed: StoredValue<Vec<Placed>>,
    today: Day,
    zone_name: String,
) -> impl IntoView {
    let z = viewer_zone(&zone_name);
    let sections: Vec<_> = days
        .iter()
        .enumerate()
        .filter_map(|(i, day)| {
            let items = per_day.with_value(|p| p.get(i).cloned().unwrap_or_default());
            (!items.is_empty()).then_some((*day, items))
        })
        .collect();
    if sections.is_empty() {
        return view! { <p class="empty">{tr!("events-agenda-empty")}</p> }.into_any();
    }
    view! {
        <div class="agenda">
            {sections.into_iter().map(|(day, items)| {
                let lines = placed.with_value(|pl| items.iter().filter_map(|i| pl.get(*i)).map(|p| event_line(p, day, z.as_ref())).collect_view());
                view! {
                    <section class="agenda-day" class:today=day == today>
                        <h3>{if day == today { tr!("events-today-dot", date = long_date(day)) } else { long_date(day) }}</h3>
                        <ul class="agenda-items" role="list">{lines}</ul>
                    </section>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}
