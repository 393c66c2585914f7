use leptos::prelude::*;

use kith_api::{Event, RsvpChoice, RsvpStatus};

use crate::core::api::use_api;
use crate::features::drafts::outbox_store::Pending;
use crate::tr;

/// Going / Maybe / Can't go, with what the answer means when the event is full: a waitlist
/// place that moves up by itself. A date of a series also offers "going to every date".
#[component]
pub fn RsvpButtons(
    event: RwSignal<Event>,
    /// Whether the member may answer (logged in and a member of the group).
    #[prop(into)]
    enabled: Signal<bool>,
    /// Called after a successful answer (to refresh the attendee list).
    #[prop(optional)]
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let api = use_api();
    let outbox = crate::features::drafts::outbox::use_outbox();
    // An answer sent from the outbox later updates the event shown here.
    Effect::new(move |_| {
        if let Some(crate::features::drafts::outbox::Delivered::Rsvp(id, o)) = outbox.delivered.get()
            && event.with_untracked(|e| e.id) == id
        {
            event.set(o.event);
        }
    });
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let mine = move || event.with(|e| e.my_rsvp);
    let answer = move |choice: RsvpChoice| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let id = event.with_untracked(|e| e.id);
        leptos::task::spawn_local(async move {
            match api.rsvp(id, choice).await {
                Ok(outcome) => {
                    event.set(outcome.event);
                    if let Some(cb) = on_change {
                        cb.run(());
                    }
                }
                Err(e) if crate::features::drafts::outbox::offline_error(&e) => {
                    let (slug, title) = event.with_untracked(|e| (e.group.slug.clone(), e.title.clone()));
                    outbox.add(
                        crate::core::api::new_idempotency_key(),
                        Pending::Rsvp { slug, event_id: id, event_title: title, status: choice },
                    );
                    error.set(Some(tr!("events-rsvp-offline")));
                }
                Err(e) => error.set(Some(e.user_message())),
            }
            busy.set(false);
        });
    };
    let status = move || {
        event.with(|e| match e.my_rsvp {
            Some(RsvpStatus::Going) => tr!("events-rsvp-status-going"),
            Some(RsvpStatus::Maybe) => tr!("events-rsvp-status-maybe"),
            Some(RsvpStatus::Declined) => tr!("events-rsvp-status-declined"),
            Some(RsvpStatus::Waitlisted) => {
                tr!("events-rsvp-status-waitlisted", position = e.my_waitlist_position.unwrap_or(0))
            }
            None => String::new(),
        })
    };
    let full = move || event.with(|e| e.capacity.is_some_and(|c| e.going_count >= c));
    // Only a change of series redraws the switch (not every new copy of the event).
    let series = Memo::new(move |_| event.with(|e| e.series_id));
    let button = move |choice: RsvpChoice, label: String| {
        let pressed = move || {
            matches!(
                (choice, mine()),
                (RsvpChoice::Going, Some(RsvpStatus::Going | RsvpStatus::Waitlisted))
                    | (RsvpChoice::Maybe, Some(RsvpStatus::Maybe))
                    | (RsvpChoice::Declined, Some(RsvpStatus::Declined))
            )
        };
        view! {
            <button
                type="button"
                class="rsvp"
                class:chosen=pressed
                aria-pressed=move || pressed().to_string()
                disabled=move || busy.get() || !enabled.get() || event.with(|e| e.cancelled)
                on:click=move |_| answer(choice)
            >
                {move || match (choice, mine()) {
                    (RsvpChoice::Going, Some(RsvpStatus::Waitlisted)) => tr!("events-rsvp-on-waitlist"),
                    (RsvpChoice::Going, m) if full() && m != Some(RsvpStatus::Going) => {
                        tr!("events-rsvp-join-waitlist")
                    }
                    _ => label.clone(),
                }}
            </button>
        }
    };
    view! {
        <div class="rsvp-box" role="group" aria-label=tr!("events-rsvp-label")>
            <div class="rsvp-buttons">
                {button(RsvpChoice::Going, tr!("events-rsvp-going"))}
                {button(RsvpChoice::Maybe, tr!("events-rsvp-maybe"))}
                {button(RsvpChoice::Declined, tr!("events-rsvp-declined"))}
            </div>
            <p class="rsvp-status" role="status">{status}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
            {move || series.get().map(|series_id| view! { <EveryDate event series_id enabled on_change /> })}
        </div>
    }
}

/// "Going to every date" of a series: a switch that answers each coming date (and dates planned
/// later) with going, or takes those answers back. The date shown is loaded again afterwards,
/// so its own answer shows what the switch did; one date can still be declined with the buttons.
#[component]
fn EveryDate(
    event: RwSignal<Event>,
    series_id: i64,
    enabled: Signal<bool>,
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let api = use_api();
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let said = RwSignal::new(None::<String>);
    // The switch's own state, so a refused change can be put back.
    let on = RwSignal::new(event.with_untracked(|e| e.my_every_date));
    Effect::new(move |_| on.set(event.with(|e| e.my_every_date)));
    let toggle = move |want: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        said.set(None);
        let id = event.with_untracked(|e| e.id);
        leptos::task::spawn_local(async move {
            match api.set_every_date(series_id, want).await {
                Ok(outcome) => {
                    on.try_set(outcome.every_date);
                    said.try_set(Some(every_date_note(outcome.every_date, outcome.dates_changed)));
                    match api.get_event(id).await {
                        Ok(e) => {
                            event.try_set(e);
                        }
                        Err(e) => {
                            error.try_set(Some(e.user_message()));
                        }
                    }
                    if let Some(cb) = on_change {
                        cb.run(());
                    }
                }
                Err(e) => {
                    on.try_set(!want);
                    error.try_set(Some(e.user_message()));
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <div class="every-date">
            <label class="choice switch">
                <input
                    type="checkbox"
                    role="switch"
                    aria-describedby="every-date-help"
                    prop:checked=move || on.get()
                    disabled=move || busy.get() || !enabled.get()
                    on:change:target=move |ev| toggle(ev.target().checked())
                />
                {tr!("events-every-date")}
            </label>
            <p id="every-date-help" class="help">{tr!("events-every-date-help")}</p>
            <p class="help" role="status">{move || said.get()}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// What the switch says after a change.
pub fn every_date_note(on: bool, dates_changed: u32) -> String {
    match (on, dates_changed) {
        (true, 0) => tr!("events-every-date-on"),
        (true, n) => tr!("events-every-date-on-count", count = n),
        (false, 0) => tr!("events-every-date-off"),
        (false, n) => tr!("events-every-date-off-count", count = n),
    }
}

#[cfg(test)]
mod tests {
    use super::every_date_note;

    #[test]
    fn the_every_date_switch_says_what_it_did() {
        assert_eq!(every_date_note(true, 0), "You are going to every date.");
        assert_eq!(every_date_note(true, 1), "You are going to every date: 1 date answered.");
        assert_eq!(
            every_date_note(false, 3),
            "You no longer answer every date: the answer to 3 dates was taken back."
        );
    }
}
