use leptos::prelude::*;

use kith_api::{Event, RsvpChoice, RsvpStatus};

use crate::core::api::use_api;
use crate::features::drafts::outbox_store::Pending;

/// Going / Maybe / Can't go, with what the answer means when the event is full: a waitlist
/// place that moves up by itself.
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
        </div>
    }
}
