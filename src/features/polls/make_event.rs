//! "Make it an event": the chosen date as a new event, pre-filled from the poll. Members who
//! answered yes are marked going (waitlisted past the capacity) and if-need-be maybe, and are
//! told so; the poll closes.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use kith_api::validate::{LIMITS, validate_new_event};
use kith_api::{FieldError, NewEvent, Poll, PollOption, PollToEvent};

use crate::core::api::{new_idempotency_key, use_api};
use crate::core::route_table::Route;
use crate::features::events::event_form::{optional_text, parse_capacity};
use crate::features::polls::logic::event_pointer;
use crate::features::polls::poll_answers::option_label;
use crate::tr;
use crate::ui::error_summary::{ErrorSummary, LabelledField};
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::text_field::TextField;

/// Where the error summary sends the member for each field's problem.
fn event_fields() -> [LabelledField; 5] {
    [
        ("/title", "pe-title", tr!("polls-field-title")),
        ("/location", "pe-location", tr!("polls-event-location")),
        ("/online_url", "pe-online", tr!("polls-event-online")),
        ("/capacity", "pe-capacity", tr!("polls-event-capacity")),
        ("/description", "pe-description", tr!("polls-field-description")),
    ]
}

/// The event's fields as typed, turned into the event (with the problems found on the way).
fn event_of(
    poll: &Poll,
    option: &PollOption,
    title: String,
    description: String,
    location: String,
    online_url: String,
    capacity: String,
) -> (NewEvent, Vec<FieldError>) {
    let mut problems = Vec::new();
    let capacity = parse_capacity(&capacity, &mut problems);
    let event = NewEvent {
        title: title.trim().to_string(),
        description,
        starts_at: option.starts_at.clone(),
        ends_at: option.ends_at.clone(),
        all_day: false,
        time_zone: poll.time_zone.clone(),
        location: optional_text(location),
        online_url: optional_text(online_url),
        capacity,
        ..Default::default()
    };
    // The zone and times come from the poll, which the server accepted: not the member's to fix.
    for p in validate_new_event(&event, |_| true) {
        if !problems.iter().any(|x| x.pointer == p.pointer) {
            problems.push(p);
        }
    }
    (event, problems)
}

#[component]
pub fn MakeEventForm(poll: RwSignal<Poll>, option: PollOption, on_cancel: Callback<()>) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let (title, description) = poll.with_untracked(|p| (p.title.clone(), p.description.clone()));
    let title = RwSignal::new(title);
    let description = RwSignal::new(description);
    let location = RwSignal::new(String::new());
    let online_url = RwSignal::new(String::new());
    let capacity = RwSignal::new(String::new());
    let form = FormState::new();
    // One key per event being made: a retry after a lost answer cannot make a second event.
    let key = StoredValue::new(new_idempotency_key());
    let when = option_label(&option);
    let who = tr!("polls-event-who", yes = option.yes, maybe = option.if_need_be);
    let datetime = option.starts_at.clone();
    let option = StoredValue::new(option);

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let p = poll.get_untracked();
        let o = option.get_value();
        let (event, problems) = event_of(
            &p,
            &o,
            title.get_untracked(),
            description.get_untracked(),
            location.get_untracked(),
            online_url.get_untracked(),
            capacity.get_untracked(),
        );
        if form.refuse(problems, &tr!("polls-fix-fields")) {
            return;
        }
        form.begin();
        let body = PollToEvent { option_id: o.id, event };
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let k = key.get_value();
            match api.poll_to_event(p.id, &body, Some(&k)).await {
                Ok(e) => navigate(&Route::event(&e.group.slug, e.id).href(), Default::default()),
                Err(e) => {
                    // A refusal wrote nothing: the next try is a new request with a new key.
                    if e.is_refusal() {
                        key.try_set_value(new_idempotency_key());
                    }
                    form.fail(&e);
                    // The server names the event's fields under `/event`.
                    form.errors.try_update(|errs| {
                        for x in errs.iter_mut() {
                            x.pointer = event_pointer(&x.pointer).to_string();
                        }
                    });
                    if matches!(e, crate::core::api::ApiError::Conflict(_))
                        && let Ok(fresh) = api.get_poll(p.id).await
                    {
                        poll.try_set(fresh);
                    }
                }
            }
            form.done();
        });
    });

    view! {
        <section class="make-event card" aria-labelledby="make-event-heading">
            <h3 id="make-event-heading">{tr!("polls-make-event")}</h3>
            <p>
                <strong>{tr!("polls-event-when")}</strong>
                " "
                <time datetime=datetime>{when}</time>
                " "
                <span class="muted">{move || poll.with(|p| tr!("polls-event-planned-in", zone = &p.time_zone))}</span>
            </p>
            <p class="help">{who}</p>
            <form class="stack" novalidate on:submit=move |ev| { ev.prevent_default(); submit.run(()); }>
                <ErrorSummary form fields=event_fields() />
                <TextField id="pe-title" label=tr!("polls-field-title") value=title required=true maxlength=LIMITS.max_event_title error=form.error("/title") />
                <TextField id="pe-location" label=tr!("polls-event-location") value=location error=form.error("/location") help=tr!("polls-event-location-help") />
                <TextField id="pe-online" label=tr!("polls-event-online") value=online_url kind="url" error=form.error("/online_url") help=tr!("polls-event-online-help") />
                <TextField id="pe-capacity" label=tr!("polls-event-capacity") value=capacity kind="number" error=form.error("/capacity") help=tr!("polls-event-capacity-help") />
                <MarkdownEditor value=description label=tr!("polls-field-description") id="pe-description" rows=4 max_chars=LIMITS.max_event_description as usize error=form.error("/description") />
                <FormFooter form label=tr!("polls-event-create") busy_label=tr!("polls-event-creating") resend=submit>
                    <button type="button" class="secondary" on:click=move |_| on_cancel.run(())>{tr!("polls-cancel")}</button>
                </FormFooter>
            </form>
        </section>
    }
}
