use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::time::parse_rfc3339;
use kith_api::{Attendee, EditScope, Event, PageParams, RsvpStatus};

use crate::chunks::LazyEventForm;
use crate::core::api::{ApiError, use_api};
use crate::core::route_table::{Route, param};
use crate::core::session::use_session;
use crate::features::events::calendar::{FixedZone, Zone, clock, day_of, long_date, to_local};
use crate::features::events::event_form::EventFormMode;
use crate::features::events::repeat::repeats_sentence;
use crate::features::events::rsvp_buttons::RsvpButtons;
use crate::features::events::zones::{browser_zone_name, zone};
use crate::tr;
use crate::ui::loading::{LoadError, SkeletonList};
use crate::ui::markdown::safe_link;
use crate::ui::markdown_view::MarkdownView;
use crate::ui::page_frame::PageFrame;

/// One event: when (in the member's zone and the event's), where, who, and the answer.
#[component]
pub fn EventPage() -> impl IntoView {
    let api = use_api();
    let slug = param("slug");
    let id = param("event");
    let event = LocalResource::new(move || {
        let id = id.get().parse::<i64>().ok();
        async move {
            match id {
                Some(id) => api.get_event(id).await,
                None => Err(ApiError::from_status(404, "")),
            }
        }
    });
    let title = Signal::derive(move || {
        event.get().and_then(|r| r.ok()).map(|e| e.title).unwrap_or_else(|| tr!("events-event"))
    });
    view! {
        <PageFrame title=title class="event-page">
            <p class="breadcrumb">
                <a href=move || Route::events(&slug.get()).href()>{tr!("events-back")}</a>
            </p>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("events-loading-event") /> }>
                {move || {
                    event
                        .get()
                        .map(|r| match r {
                            Ok(e) => view! { <EventDetail event=RwSignal::new(e) /> }.into_any(),
                            Err(ApiError::NotFound(_)) => {
                                view! { <p class="empty">{tr!("events-not-found")}</p> }
                                    .into_any()
                            }
                            Err(error) => {
                                view! { <LoadError error retry=Callback::new(move |_| event.refetch()) /> }.into_any()
                            }
                        })
                }}
            </Suspense>
        </PageFrame>
    }
}

/// The event's zone, or UTC when the browser does not know it.
fn event_zone(name: &str) -> std::rc::Rc<dyn Zone> {
    zone(name).map(|z| z as std::rc::Rc<dyn Zone>).unwrap_or_else(|| std::rc::Rc::new(FixedZone(0)))
}

/// "Sat 6 Dec 2026, 10:00–16:00" (or dates only for all-day events) in a zone.
fn when_text(e: &Event, z: &dyn Zone) -> String {
    let s = parse_rfc3339(&e.starts_at).unwrap_or(0);
    let en = parse_rfc3339(&e.ends_at).unwrap_or(s).max(s);
    let (d1, d2) = (day_of(z, s), day_of(z, (en - 1).max(s)));
    if e.all_day {
        return if d1 == d2 {
            tr!("events-when-all-day", date = long_date(d1))
        } else {
            tr!("events-when-all-day-days", start = long_date(d1), end = long_date(d2))
        };
    }
    let (t1, t2) = (clock(to_local(z, s)), clock(to_local(z, en)));
    if d1 == d2 {
        tr!("events-when-times", date = long_date(d1), start = t1, end = t2)
    } else {
        tr!(
            "events-when-times-days",
            start_date = long_date(d1),
            start = t1,
            end_date = long_date(day_of(z, en)),
            end = t2
        )
    }
}

#[component]
fn EventDetail(event: RwSignal<Event>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let query = use_query_map();
    let editing = RwSignal::new(
        query.with_untracked(|q| q.get("edit").is_some()) && event.with_untracked(|e| e.can_manage),
    );
    let confirming = RwSignal::new(false);
    let cancel_scope = RwSignal::new(EditScope::This);
    let skipping = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let navigate = StoredValue::new_local(use_navigate());
    let attendees_version = RwSignal::new(0u32);
    let mine = StoredValue::new(browser_zone_name());
    let member = Signal::derive(move || {
        let slug = event.with(|e| e.group.slug.clone());
        session.role_in(&slug).is_some()
    });
    let times = move || {
        let mine = mine.get_value();
        event.with(|e| {
            let viewer: std::rc::Rc<dyn Zone> = zone(&mine)
                .map(|z| z as std::rc::Rc<dyn Zone>)
                .unwrap_or_else(|| std::rc::Rc::new(FixedZone(0)));
            let local = tr!("events-when-local", when = when_text(e, viewer.as_ref()), zone = mine.as_str());
            let own = (e.time_zone != mine)
                .then(|| {
                    zone(&e.time_zone).map(|z| {
                        tr!("events-when-own", when = when_text(e, z.as_ref()), zone = e.time_zone.as_str())
                    })
                })
                .flatten();
            (local, own)
        })
    };
    let counts = move || {
        event.with(|e| {
            let mut parts = vec![
                tr!("events-count-going", count = e.going_count),
                tr!("events-count-maybe", count = e.maybe_count),
            ];
            if e.waitlist_count > 0 {
                parts.push(tr!("events-count-waitlist", count = e.waitlist_count));
            }
            match e.capacity {
                Some(c) if e.going_count >= c => parts.push(tr!("events-count-full", capacity = c)),
                Some(c) => parts.push(tr!("events-count-left", left = c - e.going_count, capacity = c)),
                None => parts.push(tr!("events-count-no-limit")),
            }
            parts.join(" · ")
        })
    };
    let download = move |_| {
        let (id, name) = event.with_untracked(|e| (e.id, e.title.clone()));
        leptos::task::spawn_local(async move {
            match api.event_ics(id).await {
                Ok(text) => save_file(&format!("{}.ics", file_name(&name)), &text, "text/calendar"),
                Err(e) => error.set(Some(e.user_message())),
            }
        });
    };
    let in_series = move || event.with(|e| e.series_id.is_some());
    // "Repeats every week on Thursday", from the rule and this date's place in the series.
    let rule_text = move || {
        event.with(|e| {
            let r = e.recurrence.as_ref()?;
            let z = event_zone(&e.time_zone);
            let at = e
                .occurrence_start
                .as_deref()
                .and_then(parse_rfc3339)
                .or_else(|| parse_rfc3339(&e.starts_at))?;
            repeats_sentence(r, day_of(z.as_ref(), at), z.as_ref())
        })
    };
    let cancel = move |_| {
        if busy.get_untracked() {
            return;
        }
        let (id, series) = event.with_untracked(|e| (e.id, e.series_id.is_some()));
        let scope = series.then(|| cancel_scope.get_untracked());
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            match api.cancel_event(id, None, scope).await {
                Ok(e) => event.set(e),
                Err(e) => error.set(Some(e.user_message())),
            }
            busy.try_set(false);
            confirming.try_set(false);
        });
    };
    // Skipping a date nobody answered removes it (back to the group's events); one with answers
    // stays, cancelled, so the people who answered see it is off.
    let skip = move |_| {
        if busy.get_untracked() {
            return;
        }
        let (id, slug) = event.with_untracked(|e| (e.id, e.group.slug.clone()));
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            match api.skip_date(id).await {
                Ok(None) => navigate.with_value(|n| n(&Route::events(&slug).href(), Default::default())),
                Ok(Some(e)) => event.set(e),
                Err(e) => error.set(Some(e.user_message())),
            }
            busy.try_set(false);
            skipping.try_set(false);
        });
    };
    let on_saved = Callback::new(move |e: Event| {
        event.set(e);
        editing.set(false);
    });
    let description = Signal::derive(move || event.with(|e| e.description.clone()));
    view! {
        <article class="event-detail">
            <Show when=move || event.with(|e| e.cancelled)>
                <p class="notice error cancelled-banner" role="status">{tr!("events-cancelled-banner")}</p>
            </Show>
            <p class="meta">
                <a href=move || event.with(|e| Route::feed(&e.group.slug).href()) dir="auto">{move || event.with(|e| e.group.name.clone())}</a>
                " · " {move || event.with(|e| tr!("events-organised-by", name = e.created_by.display_name.as_str()))}
            </p>
            {move || rule_text().map(|t| view! {
                <p class="series-rule">
                    {t}
                    {event.with(|e| e.detached).then(|| view! { <span class="muted">" · " {tr!("events-detached")}</span> })}
                </p>
            })}
            <dl class="event-facts">
                <dt>{tr!("events-when")}</dt>
                <dd>
                    <span class="when-local">{move || times().0}</span>
                    {move || times().1.map(|t| view! { <br /><span class="when-own muted">{t}</span> })}
                </dd>
                {move || event.with(|e| e.location.clone()).map(|l| view! { <dt>{tr!("events-where")}</dt><dd dir="auto">{l}</dd> })}
                {move || event.with(|e| e.online_url.clone()).map(|u| view! {
                    <dt>{tr!("events-online")}</dt>
                    <dd>{match safe_link(&u) {
                        Some(h) => view! { <a href=h rel="noopener noreferrer nofollow ugc" target="_blank">{tr!("events-join-call")}</a> }.into_any(),
                        None => view! { <span dir="auto">{u.clone()}</span> }.into_any(),
                    }}</dd>
                })}
                <dt>{tr!("events-who")}</dt>
                <dd class="counts">{counts}</dd>
            </dl>
            <RsvpButtons event=event enabled=member on_change=Callback::new(move |_| attendees_version.update(|v| *v += 1)) />
            {move || (!member.get()).then(|| view! {
                <p class="help">{if session.is_logged_in() { tr!("events-join-to-answer") } else { tr!("events-log-in-to-answer") }}</p>
            })}
            <div class="event-body">
                <MarkdownView source=description top_heading=2 />
            </div>
            <div class="actions">
                <button type="button" class="secondary" on:click=download>{tr!("events-download-ics")}</button>
                <Show when=move || event.with(|e| e.can_manage && !e.cancelled)>
                    <button type="button" class="secondary" on:click=move |_| {
                        confirming.set(false);
                        skipping.set(false);
                        editing.set(true);
                    }>{tr!("events-edit")}</button>
                    <Show when=in_series>
                        <button type="button" class="secondary" on:click=move |_| { confirming.set(false); skipping.set(true); }>{tr!("events-skip")}</button>
                    </Show>
                    <button type="button" class="secondary danger-link" on:click=move |_| { skipping.set(false); confirming.set(true); }>{tr!("events-cancel-event")}</button>
                </Show>
            </div>
            <Show when=move || confirming.get()>
                <div class="confirm card" role="alertdialog" aria-label=tr!("events-cancel-confirm-label")>
                    <Show
                        when=in_series
                        fallback=|| view! { <p>{tr!("events-cancel-confirm")}</p> }
                    >
                        <fieldset class="scope-choice">
                            <legend>{tr!("events-cancel-which")}</legend>
                            {[(EditScope::This, tr!("events-scope-this-date")), (EditScope::Following, tr!("events-scope-following"))]
                                .into_iter()
                                .map(|(s, text)| view! {
                                    <label class="choice">
                                        <input
                                            type="radio"
                                            name="cancel-scope"
                                            value=s.as_str()
                                            prop:checked=move || cancel_scope.get() == s
                                            on:change=move |_| cancel_scope.set(s)
                                        />
                                        {text}
                                    </label>
                                })
                                .collect_view()}
                        </fieldset>
                    </Show>
                    <button type="button" class="danger" disabled=move || busy.get() on:click=cancel>
                        {move || if in_series() && cancel_scope.get() == EditScope::Following { tr!("events-cancel-these") } else { tr!("events-cancel-the-event") }}
                    </button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{tr!("events-keep-it")}</button>
                </div>
            </Show>
            <Show when=move || skipping.get()>
                <div class="confirm card" role="alertdialog" aria-label=tr!("events-skip-confirm-label")>
                    <p>{tr!("events-skip-confirm")}</p>
                    <button type="button" class="danger" disabled=move || busy.get() on:click=skip>{tr!("events-skip-the-date")}</button>
                    <button type="button" class="secondary" on:click=move |_| skipping.set(false)>{tr!("events-keep-it")}</button>
                </div>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <Show when=move || editing.get()>
                <section class="card" aria-label=tr!("events-edit-label")>
                    <LazyEventForm mode=EventFormMode::Edit(Box::new(event.get_untracked())) on_saved=on_saved on_cancel=Callback::new(move |_| editing.set(false)) />
                </section>
            </Show>
            {move || {
                attendees_version.track();
                view! { <Attendees id=event.with_untracked(|e| e.id) /> }
            }}
        </article>
    }
}

#[component]
fn Attendees(id: i64) -> impl IntoView {
    let api = use_api();
    let list = LocalResource::new(move || async move {
        api.list_attendees(id, &PageParams { limit: Some(100), cursor: None }).await
    });
    let group = |items: &[Attendee], status: RsvpStatus| {
        items.iter().filter(|a| a.status == status).cloned().collect::<Vec<_>>()
    };
    view! {
        <section class="attendees" aria-labelledby="attendees-heading">
            <h2 id="attendees-heading">{tr!("events-attendees")}</h2>
            <Suspense fallback=|| view! { <SkeletonList rows=1 label=tr!("events-loading-answers") /> }>
                {move || list.get().map(|r| match r {
                    Err(error) => view! { <LoadError error /> }.into_any(),
                    Ok(page) => {
                        let heading = |status: RsvpStatus, n: usize| match status {
                            RsvpStatus::Waitlisted => tr!("events-attendees-waitlist", count = n),
                            RsvpStatus::Maybe => tr!("events-attendees-maybe", count = n),
                            _ => tr!("events-attendees-going", count = n),
                        };
                        view! {
                            {[RsvpStatus::Going, RsvpStatus::Waitlisted, RsvpStatus::Maybe].into_iter().map(|status| {
                                let people = group(&page.items, status);
                                (!people.is_empty()).then(|| view! {
                                    <h3>{heading(status, people.len())}</h3>
                                    <ol class="people" class:waitlist=status == RsvpStatus::Waitlisted>
                                        {people.into_iter().map(|a| view! { <li dir="auto">{a.user.display_name}</li> }).collect_view()}
                                    </ol>
                                })
                            }).collect_view()}
                            {page.items.iter().all(|a| a.status == RsvpStatus::Declined).then(|| view! { <p class="muted">{tr!("events-no-answers")}</p> })}
                            {match page.items.iter().filter(|a| a.status == RsvpStatus::Declined).count() {
                                0 => None,
                                n => Some(view! { <p class="muted">{tr!("events-declined", count = n)}</p> }),
                            }}
                        }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

fn file_name(title: &str) -> String {
    let s: String = title.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    let s = s.trim_matches('-').to_string();
    if s.is_empty() { tr!("events-file-name") } else { s.chars().take(60).collect() }
}

/// Hands text to the browser as a downloaded file.
fn save_file(name: &str, text: &str, mime: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Ok(a) = doc.create_element("a")
        && let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>()
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
