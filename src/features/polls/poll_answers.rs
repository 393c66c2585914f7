//! The poll's dates, each with its tallies, the member's three-way answer and, for the poll's
//! leaders, "Make it an event". An answer is sent as soon as it is chosen; offline it waits in
//! the outbox and shows as waiting.

use leptos::prelude::*;

use kith_api::{Poll, PollAnswer, PollOption, PollVote, PollVotes};

use crate::core::api::{ApiError, new_idempotency_key, use_api};
use crate::core::session::use_session;
use crate::features::drafts::outbox::{Delivered, offline_error, use_outbox};
use crate::features::drafts::outbox_store::{Pending, has_poll_item, waiting_votes};
use crate::features::polls::logic::{
    ANSWERS, answer_label, best_options, option_span, option_when, tally_text,
};
use crate::features::polls::make_event::MakeEventForm;
use crate::features::polls::poll_page::viewer_zone;
use crate::tr;

/// Where the answer shown for an option comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    /// The server has it.
    Saved,
    /// On its way now.
    Sending,
    /// In the outbox, waiting for the connection.
    Waiting,
}

/// An answer on its way: the option, the answer, and which request carries it.
type InFlight = (i64, PollAnswer, u32);

#[component]
pub fn PollAnswers(poll: RwSignal<Poll>, answered: RwSignal<u32>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let outbox = use_outbox();
    let id = poll.with_untracked(|p| p.id);
    let sending = RwSignal::new(Vec::<InFlight>::new());
    let last_request = StoredValue::new(0u32);
    let applied = StoredValue::new(0u32);
    let status = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let making = RwSignal::new(None::<i64>);
    let waiting = Memo::new(move |_| outbox.items.with(|items| waiting_votes(items, id)));
    let best = Memo::new(move |_| poll.with(|p| best_options(&p.options)));
    let (_, zone) = viewer_zone();
    let zone = StoredValue::new_local(zone);
    // Answers sent from the outbox later update the poll shown here (not an older delivery
    // seen when the page opens).
    Effect::new(move |seen: Option<()>| {
        let delivered = outbox.delivered.get();
        if seen.is_some()
            && let Some(Delivered::Poll(sent)) = delivered
            && sent == id
        {
            leptos::task::spawn_local(async move {
                if let Ok(p) = api.get_poll(id).await {
                    poll.set(p);
                }
                answered.update(|n| *n += 1);
                status.set(Some(tr!("polls-waiting-sent")));
            });
        }
    });

    let shown = move |option: i64| -> (Option<PollAnswer>, Source) {
        if let Some(a) = sending.with(|s| s.iter().rev().find(|x| x.0 == option).map(|x| x.1)) {
            return (Some(a), Source::Sending);
        }
        if let Some(a) = waiting.with(|w| w.iter().find(|v| v.option_id == option).map(|v| v.answer)) {
            return (Some(a), Source::Waiting);
        }
        (poll.with(|p| p.options.iter().find(|o| o.id == option).and_then(|o| o.my_answer)), Source::Saved)
    };

    let queue = move |vote: PollVote| {
        let (slug, title) = poll.with_untracked(|p| (p.group.slug.clone(), p.title.clone()));
        outbox.add(
            new_idempotency_key(),
            Pending::PollVotes { slug, poll_id: id, poll_title: title, answers: vec![vote] },
        );
        status.try_set(Some(tr!("polls-queued")));
    };

    let answer = move |option_id: i64, answer: PollAnswer| {
        error.set(None);
        status.set(None);
        let vote = PollVote { option_id, answer };
        // Answers already waiting go first: this one waits behind them rather than overtaking.
        if outbox.items.with_untracked(|items| has_poll_item(items, id)) {
            queue(vote);
            return;
        }
        let seq = last_request.get_value() + 1;
        last_request.set_value(seq);
        sending.update(|s| {
            s.retain(|x| x.0 != option_id);
            s.push((option_id, answer, seq));
        });
        leptos::task::spawn_local(async move {
            let result = api.vote_poll(id, &PollVotes { answers: vec![vote.clone()] }).await;
            match result {
                Ok(p) => {
                    // A later answer's reply may have come first: it holds this one too.
                    if applied.try_get_value().is_some_and(|a| seq > a) {
                        applied.set_value(seq);
                        poll.try_set(p);
                    }
                    sending.try_update(|s| s.retain(|x| x.2 > seq));
                    status.try_set(Some(tr!("polls-answer-saved")));
                    answered.try_update(|n| *n += 1);
                }
                Err(e) if offline_error(&e) => {
                    sending.try_update(|s| s.retain(|x| x.2 != seq));
                    queue(vote);
                }
                Err(ApiError::Aborted) => {}
                Err(e) => {
                    sending.try_update(|s| s.retain(|x| x.2 != seq));
                    error.try_set(Some(e.user_message()));
                    // Closed meanwhile (it became an event): show it as it is now.
                    if matches!(e, ApiError::Conflict(_))
                        && let Ok(p) = api.get_poll(id).await
                    {
                        poll.try_set(p);
                    }
                }
            }
        });
    };

    let options = move || poll.with(|p| p.options.clone());
    let can_vote = move || poll.with(|p| p.can_vote);
    let summary =
        move || poll.with(|p| tr!("polls-answers-summary", dates = p.options.len(), voters = p.voter_count));
    let why_not = move || {
        poll.with(|p| {
            if p.can_vote || p.event_id.is_some() {
                None
            } else if !session.is_logged_in() {
                Some(tr!("polls-why-not-visitor"))
            } else if session.role_in(&p.group.slug).is_none() {
                Some(tr!("polls-why-not-member"))
            } else {
                Some(tr!("polls-why-not-closed"))
            }
        })
    };
    view! {
        <section class="poll-dates" aria-labelledby="poll-dates-heading">
            <h2 id="poll-dates-heading">{tr!("polls-dates-heading")}</h2>
            <p class="meta">{summary}</p>
            {move || why_not().map(|t| view! { <p class="help">{t}</p> })}
            <ol class="poll-options" role="list">
                <For each=options key=|o| o.id let(option)>
                    {
                        let oid = option.id;
                        let when = option_span(&option)
                            .map(|(s, e)| zone.with_value(|z| option_when(z.as_ref(), s, e)))
                            .unwrap_or_else(|| tr!("polls-unknown-time"));
                        let datetime = option.starts_at.clone();
                        let is_best = move || best.with(|b| b.contains(&oid));
                        let legend_when = when.clone();
                        let option_s = StoredValue::new(option.clone());
                        view! {
                            <li class="poll-option card" class:best=is_best>
                                <div class="poll-option-head">
                                    <p class="when"><time datetime=datetime>{when}</time></p>
                                    <Show when=is_best>
                                        <span class="badge best">{tr!("polls-most-can-come")}</span>
                                    </Show>
                                </div>
                                <p class="tally">
                                    {move || poll.with(|p| p.options.iter().find(|o| o.id == oid).map(tally_text))}
                                </p>
                                <Show when=can_vote>
                                    <AnswerControl
                                        option=oid
                                        when=legend_when.clone()
                                        shown=Signal::derive(move || shown(oid))
                                        on_answer=Callback::new(move |a| answer(oid, a))
                                    />
                                </Show>
                                <Show when=move || poll.with(|p| p.can_manage && p.event_id.is_none())>
                                    <Show
                                        when=move || making.get() == Some(oid)
                                        fallback=move || view! {
                                            <button type="button" class="secondary to-event" on:click=move |_| making.set(Some(oid))>
                                                {tr!("polls-make-event")}
                                            </button>
                                        }
                                    >
                                        <MakeEventForm
                                            poll
                                            option=option_s.get_value()
                                            on_cancel=Callback::new(move |_| making.set(None))
                                        />
                                    </Show>
                                </Show>
                            </li>
                        }
                    }
                </For>
            </ol>
            <p class="form-message ok" role="status">{move || status.get()}</p>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// Yes / If need be / No for one date: a radio group (arrow keys move between the answers),
/// with what is happening to the answer beside it.
#[component]
fn AnswerControl(
    option: i64,
    when: String,
    #[prop(into)] shown: Signal<(Option<PollAnswer>, Source)>,
    on_answer: Callback<PollAnswer>,
) -> impl IntoView {
    let name = format!("answer-{option}");
    let note = move || match shown.get() {
        (Some(_), Source::Sending) => Some(("sending", tr!("polls-note-saving"))),
        (Some(_), Source::Waiting) => Some(("waiting", tr!("polls-note-waiting"))),
        (None, _) => Some(("none", tr!("polls-note-none"))),
        _ => None,
    };
    view! {
        <fieldset class="answer-choices">
            <legend>{tr!("polls-your-answer")} <span class="visually-hidden">" " {tr!("polls-your-answer-for", when = when)}</span></legend>
            <div class="answer-options">
                {ANSWERS
                    .into_iter()
                    .map(|a| {
                        let id = format!("answer-{option}-{}", a.as_str());
                        let label_for = id.clone();
                        view! {
                            <label for=label_for class=format!("answer-choice {}", a.as_str())>
                                <input
                                    id=id
                                    type="radio"
                                    name=name.clone()
                                    value=a.as_str()
                                    prop:checked=move || shown.with(|s| s.0 == Some(a))
                                    on:change=move |_| on_answer.run(a)
                                />
                                {answer_label(a)}
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            {move || note().map(|(class, text)| view! { <span class=format!("answer-note {class}")>{text}</span> })}
        </fieldset>
    }
}

/// The option a form is about, for its heading (kept here so the event form reads the same).
pub fn option_label(option: &PollOption) -> String {
    let (_, zone) = viewer_zone();
    option_span(option).map_or_else(|| tr!("polls-unknown-time"), |(s, e)| option_when(zone.as_ref(), s, e))
}
