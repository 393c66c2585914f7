//! Date polls: "when shall we meet?", answered per option, turned into an event.

use serde::{Deserialize, Serialize};

use crate::common::{GroupRef, UserRef};
use crate::events::NewEvent;

/// A member's answer to one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PollAnswer {
    Yes,
    IfNeedBe,
    No,
}

impl PollAnswer {
    pub fn as_str(self) -> &'static str {
        match self {
            PollAnswer::Yes => "yes",
            PollAnswer::IfNeedBe => "if_need_be",
            PollAnswer::No => "no",
        }
    }

    pub fn parse(s: &str) -> Option<PollAnswer> {
        match s {
            "yes" => Some(PollAnswer::Yes),
            "if_need_be" => Some(PollAnswer::IfNeedBe),
            "no" => Some(PollAnswer::No),
            _ => None,
        }
    }
}

/// One proposed date and how members answered it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PollOption {
    pub id: i64,
    /// RFC 3339 UTC.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: String,
    /// RFC 3339 UTC, after `starts_at`.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub ends_at: String,
    pub yes: u32,
    pub if_need_be: u32,
    pub no: u32,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub my_answer: Option<PollAnswer>,
}

/// A date poll. Carries an `etag`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Poll {
    pub id: i64,
    pub group: GroupRef,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// IANA zone the options were planned in.
    pub time_zone: String,
    /// In order of start.
    pub options: Vec<PollOption>,
    /// Members who answered at least one option.
    pub voter_count: u32,
    pub created_by: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    /// The event the poll became; answers are closed then.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub event_id: Option<i64>,
    /// The caller may answer (a member, the poll still open).
    pub can_vote: bool,
    /// The caller may turn it into an event (moderators and owners).
    pub can_manage: bool,
    pub etag: String,
}

/// A proposed date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPollOption {
    /// RFC 3339, from 1970 to 2199.
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub starts_at: String,
    /// RFC 3339, after `starts_at` and at most 31 days later.
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub ends_at: String,
}

/// `POST /groups/{slug}/polls`: moderators and owners, or any member when the group's
/// `members_can_poll` is on.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPoll {
    /// Single line, 1–120 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub title: String,
    /// Markdown, up to 10,000 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 10000))]
    pub description: String,
    #[cfg_attr(feature = "openapi", schema(value_type = crate::openapi::TimeZone))]
    pub time_zone: String,
    /// 2–10 options, no two with the same start.
    #[cfg_attr(feature = "openapi", schema(min_items = 2, max_items = 10))]
    pub options: Vec<NewPollOption>,
}

/// One answer in `PUT /polls/{id}/votes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PollVote {
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub option_id: i64,
    pub answer: PollAnswer,
}

/// `PUT /polls/{id}/votes`: the caller's answers (members only, while the poll is open).
/// Options not listed keep their answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PollVotes {
    /// 1–10 answers, each option of this poll at most once.
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 10))]
    pub answers: Vec<PollVote>,
}

/// A member's answers, in the order of the poll's options (`null`: not answered).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PollVoter {
    pub user: UserRef,
    pub answers: Vec<Option<PollAnswer>>,
}

/// `POST /polls/{id}/event` (moderators and owners): the event is created from `event` (the
/// app pre-fills it from the option), members who answered the option `yes` are answered
/// `going` (waitlisted past capacity) and `if_need_be` `maybe`, and told so; the poll closes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PollToEvent {
    /// An option of this poll.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub option_id: i64,
    /// As `POST /groups/{slug}/events` takes it (a rule makes the winning date the first of a
    /// series).
    pub event: NewEvent,
}
