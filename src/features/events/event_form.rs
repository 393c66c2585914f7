use leptos::prelude::*;

use std::rc::Rc;

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate::{LIMITS, validate_new_event};
use kith_api::{EditScope, Event, EventPatch, FieldError, NewEvent, Recurrence};

use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::features::events::calendar::{
    Day, FixedZone, Zone, day_of, day_start, format_date, format_datetime_local, local_to_utc, parse_date,
    parse_datetime_local, to_local,
};
use crate::features::events::problems;
use crate::features::events::repeat::{
    Ending, PREVIEW_DATES, Preset, RepeatFields, build_recurrence, count_for_scope, dates_before,
    describe_rule, fields_for, preset_label, preset_note, presets_offered, preview_dates, rule_error,
    rule_to_send,
};
use crate::features::events::zones::{browser_zone_name, supported_zones, zone, zone_known};
use crate::tr;
use crate::ui::error_summary::{ErrorSummary, LabelledField};
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::text_field::TextField;

/// Where the error summary sends the member for each field's problem.
fn event_fields() -> Vec<LabelledField> {
    vec![
        ("/title", "event-title", tr!("events-field-title")),
        ("/starts_at", "event-start", tr!("events-field-starts")),
        ("/ends_at", "event-end", tr!("events-field-ends")),
        ("/time_zone", "event-tz", tr!("events-field-time-zone")),
        ("/location", "event-location", tr!("events-field-location")),
        ("/online_url", "event-online", tr!("events-field-online")),
        ("/capacity", "event-capacity", tr!("events-field-capacity")),
        ("/recurrence/count", "event-repeat-count", tr!("events-field-count")),
        ("/recurrence/until", "event-repeat-until", tr!("events-field-until")),
        ("/recurrence", "event-repeat", tr!("events-field-repeats")),
        ("/description", "event-description", tr!("events-field-description")),
    ]
}

const DAY: i64 = 86_400;

/// The zone of a name, or UTC when the browser does not know it (the form reports that).
fn zone_or_utc(name: &str) -> Rc<dyn Zone> {
    zone(name).map(|z| z as Rc<dyn Zone>).unwrap_or_else(|| Rc::new(FixedZone(0)))
}

/// The local wall-clock seconds of the form's start (midnight for all-day events).
fn start_local_of(start: &str, all_day: bool) -> Option<i64> {
    let s = start.trim();
    if all_day { parse_date(s.get(..10).unwrap_or(s)).map(|d| d * DAY) } else { parse_datetime_local(s) }
}

/// What the form is for.
#[derive(Clone)]
pub enum EventFormMode {
    Create { slug: String, group_name: String },
    Edit(Box<Event>),
}

/// The capacity field: empty is no limit; anything but a whole number is a problem at
/// `/capacity` (the poll's "make it an event" form reads it the same way).
pub fn parse_capacity(raw: &str, problems: &mut Vec<FieldError>) -> Option<u32> {
    match raw.trim() {
        "" => None,
        c => c
            .parse::<u32>()
            .map_err(|_| {
                problems.push(FieldError::new("/capacity", tr!("events-capacity-error")));
            })
            .ok(),
    }
}

/// A place or link as typed: trimmed, and none when blank.
pub fn optional_text(s: String) -> Option<String> {
    let t = s.trim().to_string();
    (!t.is_empty()).then_some(t)
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
    repeat: Option<&RepeatFields>,
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
        problems.push(FieldError::new("/starts_at", tr!("events-start-missing")));
    }
    if z.is_some() && ends.is_none() {
        problems.push(FieldError::new("/ends_at", tr!("events-end-missing")));
    }
    let capacity_v = parse_capacity(&capacity, &mut problems);
    let mut recurrence = None;
    if let (Some(f), Some(z)) = (repeat, z.as_ref()) {
        let start_day = start_local_of(&start, all_day).map(|l| l.div_euclid(DAY));
        match build_recurrence(f, start_day, starts, z.as_ref()) {
            Ok(r) => recurrence = r,
            Err(e) => problems.extend(e),
        }
    }
    let event = NewEvent {
        title: title.trim().to_string(),
        description,
        starts_at: starts.map(format_rfc3339).unwrap_or_default(),
        ends_at: ends.map(format_rfc3339).unwrap_or_default(),
        all_day,
        time_zone: tz.trim().to_string(),
        location: optional_text(location),
        online_url: optional_text(online_url),
        capacity: capacity_v,
        recurrence,
    };
    for p in problems::localized(validate_new_event(&event, zone_known)) {
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

/// The date of a series being edited: the series' rule, the "Repeats" control's values for it,
/// and where the date sits (its local day and start, in the event's zone).
#[derive(Clone)]
struct SeriesEdit {
    id: i64,
    rule: Option<Recurrence>,
    fields: Option<RepeatFields>,
    day: Option<Day>,
    occurrence_day: Option<Day>,
    starts: Option<i64>,
    time_zone: String,
    custom_label: Option<String>,
}

impl SeriesEdit {
    fn new(e: &Event) -> Option<SeriesEdit> {
        let id = e.series_id?;
        let z = zone_or_utc(&e.time_zone);
        let starts = parse_rfc3339(&e.starts_at);
        let day = starts.map(|s| day_of(z.as_ref(), s));
        let occurrence_day =
            e.occurrence_start.as_deref().and_then(parse_rfc3339).map(|s| day_of(z.as_ref(), s)).or(day);
        let fields = match (&e.recurrence, day) {
            (Some(r), Some(d)) => Some(fields_for(r, d, z.as_ref())),
            _ => None,
        };
        let custom_label = match (&e.recurrence, day) {
            (Some(r), Some(d)) => {
                describe_rule(r, d, z.as_ref()).map(|t| tr!("events-preset-custom-rule", rule = t))
            }
            _ => None,
        };
        Some(SeriesEdit {
            id,
            rule: e.recurrence.clone(),
            fields,
            day,
            occurrence_day,
            starts,
            time_zone: e.time_zone.clone(),
            custom_label,
        })
    }

    /// The rule's number of dates, counted from the series' first date.
    fn total(&self) -> Option<u32> {
        self.rule.as_ref().and_then(|r| r.count)
    }

    /// The rule the control makes of the series' own rule (with `count` as the control starts
    /// for the chosen scope): an edit sends a rule only when it differs from this one.
    fn rule_before(&self, count: String) -> Option<Recurrence> {
        let f = RepeatFields { count, ..self.fields.clone()? };
        let z = zone_or_utc(&self.time_zone);
        build_recurrence(&f, self.day, self.starts, z.as_ref()).ok().flatten()
    }

    /// Whether no preset says the series' rule (it is kept as it is).
    fn custom(&self) -> bool {
        self.rule.is_some() && self.fields.as_ref().is_none_or(|f| Preset::parse(&f.preset) == Preset::Custom)
    }
}

/// Creating or editing an event: local date and time in the event's zone (the browser's by
/// default), all-day, place or link, capacity, and how it repeats (with the next dates shown
/// before saving). Editing a date of a series asks which dates the change is for. Checked before
/// sending; the server's objections appear beside the fields; everything is kept as a draft
/// until the server accepted it.
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
    let repeat = RwSignal::new(String::new());
    let repeat_end = RwSignal::new(String::new());
    let repeat_count = RwSignal::new(String::new());
    let repeat_until = RwSignal::new(String::new());
    let scope = RwSignal::new(String::new());
    let (context, label, url) = match &mode {
        EventFormMode::Create { slug, group_name } => (
            format!("event:{slug}:new"),
            tr!("events-draft-new", group = group_name),
            Route::events(slug).href_with(&[("new", "1")]),
        ),
        EventFormMode::Edit(e) => (
            format!("edit-event:{}", e.id),
            tr!("events-draft-edit", title = &e.title),
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
            ("repeat", repeat),
            ("repeat_end", repeat_end),
            ("repeat_count", repeat_count),
            ("repeat_until", repeat_until),
            ("scope", scope),
        ],
    );
    if title.get_untracked().is_empty() && start.get_untracked().is_empty() {
        match &mode {
            EventFormMode::Create { .. } => tz.set(browser_zone_name()),
            EventFormMode::Edit(e) => {
                let z = zone_or_utc(&e.time_zone);
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
    let series = match &mode {
        EventFormMode::Edit(e) => SeriesEdit::new(e),
        EventFormMode::Create { .. } => None,
    };
    // A date of a series opens with its rule in the control (unless a draft holds a choice).
    if let Some(f) = series.as_ref().and_then(|s| s.fields.clone())
        && repeat.get_untracked().is_empty()
    {
        repeat.set(f.preset);
        repeat_end.set(f.ending);
        repeat_count.set(f.count);
        repeat_until.set(f.until);
    }
    let is_all_day = move || all_day.get() == "true";
    let form = FormState::new();
    let creating = matches!(mode, EventFormMode::Create { .. });
    let in_series = series.is_some();
    let custom_rule = series.as_ref().is_some_and(SeriesEdit::custom);
    let custom_label = series.as_ref().and_then(|s| s.custom_label.clone());
    let total = series.as_ref().and_then(SeriesEdit::total);
    // A rule with a number of dates counts from the series' first date; "this and following"
    // starts a new series here, so the form needs to know how many dates came before this one.
    let series_start = series.as_ref().filter(|_| total.is_some()).map(|s| {
        let id = s.id;
        LocalResource::new(move || async move { api.get_series(id).await })
    });
    let series = StoredValue::new(series);
    let mode = StoredValue::new(mode);
    let zones = StoredValue::new(supported_zones());

    let edit_scope = Memo::new(move |_| EditScope::parse(&scope.get()).unwrap_or_default());
    let dates_before_this = Memo::new(move |_| {
        let s = series_start?.get()?.ok()?;
        let z = zone_or_utc(&s.time_zone);
        let first = day_of(z.as_ref(), parse_rfc3339(&s.starts_at)?);
        let day = series.with_value(|e| e.as_ref().and_then(|e| e.occurrence_day))?;
        dates_before(&s.recurrence, first, day)
    });
    let count_now = move || count_for_scope(edit_scope.get(), total, dates_before_this.get());
    // The number of dates follows the scope (and the series, once loaded) until the member
    // changes it.
    let last_count = StoredValue::new(untrack(count_now));
    if in_series && total.is_some() {
        Effect::new(move |_| {
            let want = count_now();
            if repeat_count.get_untracked() == last_count.get_value() && repeat_count.get_untracked() != want
            {
                repeat_count.set(want.clone());
            }
            last_count.set_value(want);
        });
    }
    // The rule is chosen when creating, and for "this and following" or "every date" of a series.
    let shows_repeat = Memo::new(move |_| creating || (in_series && edit_scope.get() != EditScope::This));
    let start_local = Memo::new(move |_| start_local_of(&start.get(), is_all_day()));
    let start_day = Memo::new(move |_| start_local.get().map(|l| l.div_euclid(DAY)));
    let preset = Memo::new(move |_| Preset::parse(&repeat.get()));
    let ending = Memo::new(move |_| Ending::parse(&repeat_end.get()));
    let offered = Memo::new(move |_| presets_offered(start_day.get(), preset.get(), creating, custom_rule));
    let repeat_fields = move || RepeatFields {
        preset: repeat.get(),
        ending: repeat_end.get(),
        count: repeat_count.get(),
        until: repeat_until.get(),
    };
    // The next dates, worked out here from the start in the event's zone, as the member types.
    let preview = Memo::new(move |_| -> Option<Result<Vec<String>, String>> {
        if !shows_repeat.get() || preset.get() == Preset::Never {
            return None;
        }
        let Some(local) = start_local.get() else {
            return Some(Err(tr!("events-preview-no-start")));
        };
        let z = zone_or_utc(tz.get().trim());
        let rule = if preset.get() == Preset::Custom {
            series.with_value(|s| s.as_ref().and_then(|s| s.rule.clone()))
        } else {
            match build_recurrence(
                &repeat_fields(),
                Some(local.div_euclid(DAY)),
                Some(local_to_utc(z.as_ref(), local)),
                z.as_ref(),
            ) {
                Ok(r) => r,
                Err(e) => return Some(Err(e.first().map(|f| f.detail.clone()).unwrap_or_default())),
            }
        };
        rule.map(|r| preview_dates(&r, local, is_all_day(), z.as_ref(), PREVIEW_DATES))
    });

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let fields = shows_repeat.get_untracked().then(|| untrack(repeat_fields));
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
            fields.as_ref(),
        );
        if form.refuse(parsed.problems, &tr!("events-form-problems")) {
            return;
        }
        let ev = parsed.event;
        // A new event is sent with the draft's key, so a retry never creates a second one.
        let mode = mode.get_value();
        let key = matches!(mode, EventFormMode::Create { .. }).then(|| draft.idempotency_key());
        let scope = edit_scope.get_untracked();
        let before = series.with_value(|s| s.as_ref().and_then(|s| s.rule_before(last_count.get_value())));
        let preset = preset.get_untracked();
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
                        recurrence: rule_to_send(scope, preset, ev.recurrence, before.as_ref()),
                    };
                    let scope = old.series_id.is_some().then_some(scope);
                    api.patch_event(old.id, &old.etag, scope, &patch).await
                }
            }
        };
        // The draft goes once the server has the event (`submit` clears it).
        draft.submit(form, request, move |result| match result {
            Ok(saved) => on_saved.run(saved),
            Err(e) => {
                form.fail(&e);
                // The server's field problems are the shared rules' English: in the member's words.
                form.errors.try_update(|errors| problems::localize_in_place(errors));
            }
        });
    });

    let repeat_error = Signal::derive(move || form.errors.with(|e| rule_error(e)));
    let custom_label = StoredValue::new(custom_label);
    let option_label = move |p: Preset| {
        if p == Preset::Custom {
            custom_label.get_value().unwrap_or_else(|| preset_label(p, None))
        } else {
            preset_label(p, start_day.get())
        }
    };
    let scope_choice = in_series.then(|| {
        let choices = [
            (EditScope::This, tr!("events-scope-this-only")),
            (EditScope::Following, tr!("events-scope-following")),
            (EditScope::All, tr!("events-scope-all")),
        ];
        view! {
            <fieldset class="scope-choice" id="event-scope">
                <legend>{tr!("events-scope-legend")}</legend>
                {choices
                    .into_iter()
                    .map(|(s, text)| view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="event-scope"
                                value=s.as_str()
                                prop:checked=move || edit_scope.get() == s
                                on:change=move |_| scope.set(s.as_str().into())
                            />
                            {text}
                        </label>
                    })
                    .collect_view()}
                <Show when=move || edit_scope.get() == EditScope::This>
                    <p class="help">{tr!("events-scope-help")}</p>
                </Show>
            </fieldset>
        }
    });
    let repeat_control = view! {
        <Show when=move || shows_repeat.get()>
            <div class="repeat stack">
                <div class="field" class:has-error=move || repeat_error.with(Option::is_some)>
                    <label for="event-repeat">{tr!("events-field-repeats")}</label>
                    <select
                        id="event-repeat"
                        aria-describedby="event-repeat-note event-repeat-error"
                        aria-invalid=move || repeat_error.with(Option::is_some).then_some("true")
                        prop:value=move || preset.get().as_str()
                        on:change:target=move |ev| repeat.set(ev.target().value())
                    >
                        {move || {
                            let current = preset.get_untracked();
                            offered
                                .get()
                                .into_iter()
                                .map(|p| view! { <option value=p.as_str() selected=p == current>{move || option_label(p)}</option> })
                                .collect_view()
                        }}
                    </select>
                    <p id="event-repeat-note" class="help">{move || preset_note(preset.get(), start_day.get())}</p>
                    <p id="event-repeat-error" class="field-error" role="alert">{move || repeat_error.get()}</p>
                </div>
                <Show when=move || preset.get().makes_rule()>
                    <div class="row two repeat-end">
                        <div class="field">
                            <label for="event-repeat-end">{tr!("events-field-ends-repeating")}</label>
                            <select
                                id="event-repeat-end"
                                prop:value=move || ending.get().as_str()
                                on:change:target=move |ev| repeat_end.set(ev.target().value())
                            >
                                {[Ending::Never, Ending::After, Ending::On]
                                    .into_iter()
                                    .map(|e| view! { <option value=e.as_str() selected=e == ending.get_untracked()>{e.label()}</option> })
                                    .collect_view()}
                            </select>
                        </div>
                        {move || match ending.get() {
                            Ending::Never => None,
                            Ending::After => {
                                let from_here = !creating && edit_scope.get() == EditScope::Following;
                                let (label, help) = if from_here {
                                    (tr!("events-field-count-from-here"), tr!("events-count-from-here-help"))
                                } else {
                                    (tr!("events-field-count"), tr!("events-count-help"))
                                };
                                Some(view! {
                                    <TextField id="event-repeat-count" label=label value=repeat_count kind="number" error=form.error("/recurrence/count") help=help />
                                }.into_any())
                            }
                            Ending::On => Some(view! {
                                <TextField id="event-repeat-until" label=tr!("events-field-until") value=repeat_until kind="date" error=form.error("/recurrence/until") help=tr!("events-until-help") />
                            }.into_any()),
                        }}
                    </div>
                </Show>
                {move || preview.get().map(|p| match p {
                    Ok(dates) => view! {
                        <div class="next-dates">
                            <p class="next-dates-title" id="event-next-dates">{tr!("events-next-dates")}</p>
                            <ul aria-labelledby="event-next-dates">
                                {dates.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                            </ul>
                        </div>
                    }.into_any(),
                    Err(problem) => view! {
                        <p class="next-dates repeat-problem" role="status">{problem}</p>
                    }.into_any(),
                })}
            </div>
        </Show>
    };

    view! {
        <form class="stack event-form" novalidate on:submit=move |ev| { ev.prevent_default(); submit.run(()); }>
            <ErrorSummary form fields=event_fields() />
            <p class="help required-note">{tr!("events-required-before")} " " <span class="req">"*"</span> " " {tr!("events-required-after")}</p>
            {scope_choice}
            <TextField id="event-title" label=tr!("events-field-title") value=title required=true maxlength=LIMITS.max_event_title error=form.error("/title") />
            <label class="choice">
                <input type="checkbox" prop:checked=is_all_day on:change:target=move |ev| all_day.set(if ev.target().checked() { "true".into() } else { String::new() }) />
                {tr!("events-all-day-event")}
            </label>
            <div class="row two">
                <div class="field">
                    <label for="event-start">{tr!("events-field-starts")} <span class="req" aria-hidden="true">" *"</span></label>
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
                    <label for="event-end">{tr!("events-field-ends")} <span class="req" aria-hidden="true">" *"</span></label>
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
                <label for="event-tz">{tr!("events-field-time-zone")}</label>
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
                <p id="event-tz-help" class="help">{tr!("events-tz-help")}</p>
                <p id="event-tz-error" class="field-error" role="alert">{move || form.error("/time_zone").get()}</p>
            </div>
            {repeat_control}
            <TextField id="event-location" label=tr!("events-field-location") value=location error=form.error("/location") help=tr!("events-location-help") />
            <TextField id="event-online" label=tr!("events-field-online") value=online_url kind="url" error=form.error("/online_url") help=tr!("events-online-help") />
            <TextField id="event-capacity" label=tr!("events-field-capacity") value=capacity kind="number" error=form.error("/capacity") help=tr!("events-capacity-help") />
            <MarkdownEditor value=description label=tr!("events-field-description") id="event-description" rows=5 max_chars=LIMITS.max_event_description as usize error=form.error("/description") />
            <DraftStatus draft=draft />
            <FormFooter form label=if creating { tr!("events-create") } else { tr!("events-save") } busy_label=tr!("events-saving") resend=submit>
                {on_cancel.map(|c| view! { <button type="button" class="secondary" on:click=move |_| c.run(())>{tr!("events-cancel")}</button> })}
            </FormFooter>
        </form>
    }
}
