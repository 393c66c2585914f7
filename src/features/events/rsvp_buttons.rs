use leptos::prelude::*;

use kith_api::{Event, RsvpChoice, RsvpStatus};

use crate::core::api::use_api;
use crate::features::drafts::outbox_store::Pending;

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
                    error.set(Some("You are offline: your answer waits in your outbox and is sent when you are back online.".into()));
                }
                Err(e) => error.set(Some(e.user_message())),
            }
            busy.set(false);
        });
    };
    let status = move || {
        event.with(|e| match e.my_rsvp {
            Some(RsvpStatus::Going) => "You are going.".to_string(),
            Some(RsvpStatus::Maybe) => "You might go.".to_string(),
            Some(RsvpStatus::Declined) => "You said you can't go.".to_string(),
            Some(RsvpStatus::Waitlisted) => format!(
                "The event is full: you are number {} on the waitlist, and will be moved up automatically when a place frees.",
                e.my_waitlist_position.unwrap_or(0)
            ),
            None => String::new(),
        })
    };
    let full = move || event.with(|e| e.capacity.is_some_and(|c| e.going_count >= c));
    // Only a change of series redraws the switch (not every new copy of the event).
    let series = Memo::new(move |_| event.with(|e| e.series_id));
    let button = move |choice: RsvpChoice, label: &'static str| {
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
                    (RsvpChoice::Going, Some(RsvpStatus::Waitlisted)) => "On the waitlist",
                    (RsvpChoice::Going, m) if full() && m != Some(RsvpStatus::Going) => "Join the waitlist",
                    _ => label,
                }}
            </button>
        }
    };
    view! {
        <div class="rsvp-box" role="group" aria-label="Your answer">
            <div class="rsvp-buttons">
                {button(RsvpChoice::Going, "Going")}
                {button(RsvpChoice::Maybe, "Maybe")}
                {button(RsvpChoice::Declined, "Can't go")}
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
                "Going to every date"
            </label>
            <p id="every-date-help" class="help">"Answers “going” for each coming date of this series, and for dates added later. You can still say you can't go to one date."</p>
            <p class="help" role="status">{move || said.get()}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// What the switch says after a change.
pub fn every_date_note(on: bool, dates_changed: u32) -> String {
    let dates = if dates_changed == 1 { "1 date".to_string() } else { format!("{dates_changed} dates") };
    match (on, dates_changed) {
        (true, 0) => "You are going to every date.".into(),
        (true, _) => format!("You are going to every date: {dates} answered."),
        (false, 0) => "You no longer answer every date.".into(),
        (false, _) => format!("You no longer answer every date: the answer to {dates} was taken back."),
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
