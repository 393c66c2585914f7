use leptos::prelude::*;

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate::{LIMITS, validate_new_event};
use kith_api::{Event, EventPatch, FieldError, NewEvent};

use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::features::events::calendar::{
    Zone, day_of, day_start, format_date, format_datetime_local, local_to_utc, parse_date,
    parse_datetime_local, to_local,
};
use crate::features::events::zones::{browser_zone_name, supported_zones, zone, zone_known};
use crate::ui::error_summary::{ErrorSummary, SummaryField};
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::text_field::TextField;

/// Where the error summary sends the member for each field's problem.
const EVENT_FIELDS: &[SummaryField] = &[
    ("/title", "event-title", "Title"),
    ("/starts_at", "event-start", "Starts"),
    ("/ends_at", "event-end", "Ends"),
    ("/time_zone", "event-tz", "Time zone"),
    ("/location", "event-location", "Location"),
    ("/online_url", "event-online", "Online link"),
    ("/capacity", "event-capacity", "Capacity"),
    ("/description", "event-description", "Description"),
];

/// What the form is for.
#[derive(Clone)]
pub enum EventFormMode {
    Create { slug: String, group_name: String },
    Edit(Box<Event>),
}

/// The form's fields, as text, turned into an event (with the problems found on the way).
struct Parsed {
    event: NewEvent,
    problems: Vec<FieldError>,
}

#[allow(clippy::too_many_arguments)]
fn parse_fields(
    title: String,
    description: String,
    all_day: bool,
    start: String,
    end: String,
    tz: String,
    location: String,
    online_url: String,
    capacity: String,
) -> Parsed {
    let mut problems = Vec::new();
    let z = zone(tz.trim());
    let to_utc = |s: &str, end: bool| -> Option<i64> {
        let z = z.as_ref()?;
        if all_day {
            let d = parse_date(s.get(..10).unwrap_or(s))?;
            Some(day_start(z.as_ref(), if end { d + 1 } else { d }))
        } else {
            Some(local_to_utc(z.as_ref(), parse_datetime_local(s)?))
        }
    };
    let starts = to_utc(start.trim(), false);
    let ends = to_utc(end.trim(), true);
    if z.is_some() && starts.is_none() {
        problems.push(FieldError::new("/starts_at", "Choose when the event starts."));
    }
    if z.is_some() && ends.is_none() {
        problems.push(FieldError::new("/ends_at", "Choose when the event ends."));
    }
    let capacity_v = match capacity.trim() {
        "" => None,
        c => match c.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                problems.push(FieldError::new(
                    "/capacity",
                    "Capacity is a whole number of at least 1, or empty for no limit.",
                ));
                None
            }
        },
    };
    let text = |s: String| {
        let t = s.trim().to_string();
        (!t.is_empty()).then_some(t)
    };
    let event = NewEvent {
        title: title.trim().to_string(),
        description,
        starts_at: starts.map(format_rfc3339).unwrap_or_default(),
        ends_at: ends.map(format_rfc3339).unwrap_or_default(),
        all_day,
        time_zone: tz.trim().to_string(),
        location: text(location),
        online_url: text(online_url),
        capacity: capacity_v,
    };
    for p in validate_new_event(&event, zone_known) {
        // Unparsed times were reported above in words that fit the form.
        let time_field = p.pointer == "/starts_at" || p.pointer == "/ends_at";
        if !(time_field && (starts.is_none() || ends.is_none()))
            && !problems.iter().any(|x| x.pointer == p.pointer)
        {
            problems.push(p);
        }
    }
    Parsed { event, problems }
}

/// Creating or editing an event: local date and time in the event's zone (the browser's by
/// default), all-day, place or link, capacity. Checked before sending; the server's objections
/// appear beside the fields; everything is kept as a draft until the server accepted it.
#[component]
pub fn EventForm(
    mode: EventFormMode,
    on_saved: Callback<Event>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let api = use_api();
    let title = RwSignal::new(String::new());
    let description = RwSignal::new(String::new());
    let all_day = RwSignal::new(String::new());
    let start = RwSignal::new(String::new());
    let end = RwSignal::new(String::new());
    let tz = RwSignal::new(String::new());
    let location = RwSignal::new(String::new());
    let online_url = RwSignal::new(String::new());
    let capacity = RwSignal::new(String::new());
    let (context, label, url) = match &mode {
        EventFormMode::Create { slug, group_name } => (
            format!("event:{slug}:new"),
            format!("New event in {group_name}"),
            Route::events(slug).href_with(&[("new", "1")]),
        ),
        EventFormMode::Edit(e) => (
            format!("edit-event:{}", e.id),
            format!("Edit of “{}”", e.title),
            Route::event(&e.group.slug, e.id).href_with(&[("edit", "1")]),
        ),
    };
    let draft = use_draft(
        context,
        label,
        url,
        vec![
            ("title", title),
            ("description", description),
            ("all_day", all_day),
            ("start", start),
            ("end", end),
            ("time_zone", tz),
            ("location", location),
            ("online_url", online_url),
            ("capacity", capacity),
        ],
    );
    if title.get_untracked().is_empty() && start.get_untracked().is_empty() {
        match &mode {
            EventFormMode::Create { .. } => tz.set(browser_zone_name()),
            EventFormMode::Edit(e) => {
                let z: std::rc::Rc<dyn Zone> = zone(&e.time_zone)
                    .map(|z| z as std::rc::Rc<dyn Zone>)
                    .unwrap_or_else(|| std::rc::Rc::new(crate::features::events::calendar::FixedZone(0)));
                let s = parse_rfc3339(&e.starts_at).unwrap_or(0);
                let en = parse_rfc3339(&e.ends_at).unwrap_or(s);
                title.set(e.title.clone());
                description.set(e.description.clone());
                tz.set(e.time_zone.clone());
                if e.all_day {
                    all_day.set("true".into());
                    start.set(format_date(day_of(z.as_ref(), s)));
                    end.set(format_date(day_of(z.as_ref(), en - 1)));
                } else {
                    start.set(format_datetime_local(to_local(z.as_ref(), s)));
                    end.set(format_datetime_local(to_local(z.as_ref(), en)));
                }
                location.set(e.location.clone().unwrap_or_default());
                online_url.set(e.online_url.clone().unwrap_or_default());
                capacity.set(e.capacity.map(|c| c.to_string()).unwrap_or_default());
            }
        }
    }
    let is_all_day = move || all_day.get() == "true";
    let form = FormState::new();
    let creating = matches!(mode, EventFormMode::Create { .. });
    let mode = StoredValue::new(mode);
    let zones = StoredValue::new(supported_zones());

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let parsed = parse_fields(
            title.get_untracked(),
            description.get_untracked(),
            all_day.get_untracked() == "true",
            start.get_untracked(),
            end.get_untracked(),
            tz.get_untracked(),
            location.get_untracked(),
            online_url.get_untracked(),
            capacity.get_untracked(),
        );
        if form.refuse(parsed.problems, "Some fields need attention; see the notes beside them.") {
            return;
        }
        let ev = parsed.event;
        // A new event is sent with the draft's key, so a retry never creates a second one.
        let mode = mode.get_value();
        let key = matches!(mode, EventFormMode::Create { .. }).then(|| draft.idempotency_key());
        let request = async move {
            match mode {
                EventFormMode::Create { slug, .. } => api.create_event(&slug, &ev, key.as_deref()).await,
                EventFormMode::Edit(old) => {
                    let patch = EventPatch {
                        title: Some(ev.title),
                        description: Some(ev.description),
                        starts_at: Some(ev.starts_at),
                        ends_at: Some(ev.ends_at),
                        all_day: Some(ev.all_day),
                        time_zone: Some(ev.time_zone),
                        location: Some(ev.location),
                        online_url: Some(ev.online_url),
                        capacity: Some(ev.capacity),
                    };
                    api.patch_event(old.id, &old.etag, &patch).await
                }
            }
        };
        // The draft goes once the server has the event (`submit` clears it).
        draft.submit(form, request, move |result| match result {
            Ok(saved) => on_saved.run(saved),
            Err(e) => form.fail(&e),
        });
    });

    view! {
        <form class="stack event-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit.run(()); }>
            <ErrorSummary form fields=EVENT_FIELDS />
            <p class="help required-note">"Fields marked " <span class="req">"*"</span> " are required."</p>
            <TextField id="event-title" label="Title" value=title required=true maxlength=LIMITS.max_event_title error=form.error("/title") />
            <label class="choice">
                <input type="checkbox" prop:checked=is_all_day on:change:target=move |ev| all_day.set(if ev.target().checked() { "true".into() } else { String::new() }) />
                "All-day event"
            </label>
            <div class="row two">
                <div class="field">
                    <label for="event-start">"Starts" <span class="req" aria-hidden="true">" *"</span></label>
                    <input
                        id="event-start"
                        required
                        type=move || if is_all_day() { "date" } else { "datetime-local" }
                        aria-invalid=move || form.error("/starts_at").with(Option::is_some).then_some("true")
                        aria-describedby="event-start-error"
                        prop:value=move || { let v = start.get(); if is_all_day() { v.get(..10).unwrap_or(&v).to_string() } else { v } }
                        on:input:target=move |ev| start.set(ev.target().value())
                    />
                    <p id="event-start-error" class="field-error" role="alert">{move || form.error("/starts_at").get()}</p>
                </div>
                <div class="field">
                    <label for="event-end">"Ends" <span class="req" aria-hidden="true">" *"</span></label>
                    <input
                        id="event-end"
                        required
                        type=move || if is_all_day() { "date" } else { "datetime-local" }
                        aria-invalid=move || form.error("/ends_at").with(Option::is_some).then_some("true")
                        aria-describedby="event-end-error"
                        prop:value=move || { let v = end.get(); if is_all_day() { v.get(..10).unwrap_or(&v).to_string() } else { v } }
                        on:input:target=move |ev| end.set(ev.target().value())
                    />
                    <p id="event-end-error" class="field-error" role="alert">{move || form.error("/ends_at").get()}</p>
                </div>
            </div>
            <div class="field">
                <label for="event-tz">"Time zone"</label>
                <input
                    id="event-tz"
                    type="text"
                    list="event-tz-list"
                    autocomplete="off"
                    aria-describedby="event-tz-help event-tz-error"
                    aria-invalid=move || form.error("/time_zone").with(Option::is_some).then_some("true")
                    prop:value=move || tz.get()
                    on:input:target=move |ev| tz.set(ev.target().value())
                />
                <datalist id="event-tz-list">
                    {zones.get_value().into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
                </datalist>
                <p id="event-tz-help" class="help">"The times above are in this zone; members see them in their own."</p>
                <p id="event-tz-error" class="field-error" role="alert">{move || form.error("/time_zone").get()}</p>
            </div>
            <TextField id="event-location" label="Location" value=location error=form.error("/location") help="Where to meet. Leave empty for online events." />
            <TextField id="event-online" label="Online link" value=online_url kind="url" error=form.error("/online_url") help="An https:// link to the video call, if any." />
            <TextField id="event-capacity" label="Capacity" value=capacity kind="number" error=form.error("/capacity") help="How many people can come. Empty: no limit; when full, answers join a waitlist." />
            <MarkdownEditor value=description label="Description" id="event-description" rows=5 max_chars=LIMITS.max_event_description as usize error=form.error("/description") />
            <DraftStatus draft=draft />
            <FormFooter form label=if creating { "Create event" } else { "Save changes" } busy_label="Saving…" resend=submit>
                {on_cancel.map(|c| view! { <button type="button" class="secondary" on:click=move |_| c.run(())>"Cancel"</button> })}
            </FormFooter>
        </form>
    }
}
