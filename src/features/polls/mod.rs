//! Date polls: a leader (or any member, where the group allows it) offers 2–10 dates, members
//! answer yes / if need be / no for each, everyone in the group sees who can come when, and the
//! leader turns the winner into an event. Answers made offline go through the outbox
//! (`drafts::outbox_store::Pending::PollVotes`). Native tests: `logic`; end-to-end: tests/e2e
//! (polls.spec.js).

pub mod api;
pub mod group_polls_page;
pub mod logic;
pub mod make_event;
pub mod new_poll_page;
pub mod poll_answers;
pub mod poll_page;
pub mod poll_settings;
pub mod who_can_come;
