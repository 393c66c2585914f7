//! Date polls: listing, starting, answering, who answered what, and turning one into an event.

use kith_api::{Event, NewPoll, Page, PageParams, Poll, PollToEvent, PollVoter, PollVotes};

use crate::core::api::{Api, ApiError, Req, encode_component as enc};

impl Api {
    /// A group's polls: open ones first, newest first.
    pub async fn list_group_polls(&self, slug: &str, p: &PageParams) -> Result<Page<Poll>, ApiError> {
        self.send(Req::get(format!("/groups/{}/polls", enc(slug))).query(p)).await
    }

    pub async fn create_poll(&self, slug: &str, p: &NewPoll, key: Option<&str>) -> Result<Poll, ApiError> {
        self.send(Req::post(format!("/groups/{}/polls", enc(slug))).json(p).idempotency_key(key)).await
    }

    pub async fn get_poll(&self, id: i64) -> Result<Poll, ApiError> {
        self.send(Req::get(format!("/polls/{id}"))).await
    }

    /// The caller's answers; options not listed keep theirs.
    pub async fn vote_poll(&self, id: i64, votes: &PollVotes) -> Result<Poll, ApiError> {
        self.send(Req::put(format!("/polls/{id}/votes")).json(votes)).await
    }

    /// The same, for the outbox: the answer's body is not read (the poll page reads the poll
    /// again), so the poll's types stay out of the main module the outbox lives in.
    pub async fn send_poll_votes(&self, id: i64, votes: &PollVotes) -> Result<(), ApiError> {
        self.send::<serde::de::IgnoredAny>(Req::put(format!("/polls/{id}/votes")).json(votes))
            .await
            .map(|_| ())
    }

    /// Who answered what (members only).
    pub async fn list_poll_voters(&self, id: i64, p: &PageParams) -> Result<Page<PollVoter>, ApiError> {
        self.send(Req::get(format!("/polls/{id}/voters")).query(p)).await
    }

    /// Makes the chosen option an event (moderators and owners); closes the poll.
    pub async fn poll_to_event(
        &self,
        id: i64,
        body: &PollToEvent,
        key: Option<&str>,
    ) -> Result<Event, ApiError> {
        self.send(Req::post(format!("/polls/{id}/event")).json(body).idempotency_key(key)).await
    }
}
