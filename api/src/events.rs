//! Events, RSVPs with capacity and waitlist.

use serde::{Deserialize, Serialize};

use crate::common::{GroupRef, UserRef};
use crate::recur::Recurrence;

/// A member's answer to an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RsvpStatus {
    Going,
    Maybe,
    Declined,
    /// Asked for `going` when the event was full; promoted in order when a place frees.
    Waitlisted,
}

impl RsvpStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpStatus::Going => "going",
            RsvpStatus::Maybe => "maybe",
            RsvpStatus::Declined => "declined",
            RsvpStatus::Waitlisted => "waitlisted",
        }
    }
}

/// What a member may ask for; `waitlisted` is the server's answer to `going` when full.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RsvpChoice {
    Going,
    Maybe,
    Declined,
}

impl RsvpChoice {
    pub fn as_str(self) -> &'static str {
        match self {
            RsvpChoice::Going => "going",
            RsvpChoice::Maybe => "maybe",
            RsvpChoice::Declined => "declined",
        }
    }
}

/// An event. Carries an `etag`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Event {
    pub id: i64,
    pub group: GroupRef,
    pub title: String,
    /// Markdown.
    pub description: String,
    /// RFC 3339 UTC.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: String,
    /// RFC 3339 UTC, after `starts_at`.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub ends_at: String,
    /// All-day events span whole days in `time_zone`: `starts_at` is local midnight of the
    /// first day, `ends_at` local midnight after the last.
    pub all_day: bool,
    /// IANA zone name the event was planned in, e.g. `Europe/Berlin`.
    pub time_zone: String,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub location: Option<String>,
    /// http(s) link for online events.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub online_url: Option<String>,
    /// `null`: unlimited.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub capacity: Option<u32>,
    pub going_count: u32,
    pub maybe_count: u32,
    pub waitlist_count: u32,
    pub cancelled: bool,
    pub created_by: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub my_rsvp: Option<RsvpStatus>,
    /// 1-based, when `my_rsvp` is `waitlisted`.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub my_waitlist_position: Option<u32>,
    /// The caller may edit and cancel it (moderators and owners).
    pub can_manage: bool,
    /// The series this date belongs to; `null` for a single event. Each date of a series is an
    /// event of its own, with its own id, answers, capacity and waitlist.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub series_id: Option<i64>,
    /// The series' rule, on each of its dates; `null` for a single event.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub recurrence: Option<Recurrence>,
    /// Where this date sits in its series as first planned (RFC 5545 `RECURRENCE-ID`), RFC 3339
    /// UTC: it stays when the date alone is moved.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub occurrence_start: Option<String>,
    /// The date was edited on its own ("this date only") and keeps its own details when the
    /// whole series is edited.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub detached: bool,
    /// The caller answered "going to every date" of the series (each date still takes its own
    /// answer, e.g. a decline).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub my_every_date: bool,
    pub etag: String,
}

/// `POST /groups/{slug}/events` (moderators and owners).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewEvent {
    /// Single line, 1–120 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub title: String,
    /// Markdown, up to 10,000 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 10000))]
    pub description: String,
    /// RFC 3339 (any offset; years 1900–9999 parse), from 1970-01-01T00:00:00Z to
    /// 2199-12-31T23:59:59Z.
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub starts_at: String,
    /// RFC 3339, after `starts_at` and at most 31 days later, within the same bounds.
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub ends_at: String,
    /// Whole days in `time_zone`: the server moves the start to local midnight of its day and
    /// the end to the local midnight after its last day.
    #[serde(default)]
    pub all_day: bool,
    #[cfg_attr(feature = "openapi", schema(value_type = crate::openapi::TimeZone))]
    pub time_zone: String,
    /// Single line, up to 200 characters; empty or `null` for none.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub location: Option<String>,
    /// An absolute `http://` or `https://` link with a host, without spaces, up to 2,000
    /// characters; `null` for none.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub online_url: Option<String>,
    /// At least 1; `null` for unlimited.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub capacity: Option<u32>,
    /// Makes a series: the event repeats by this rule from `starts_at` (the first date is the
    /// rule's first on or after it), each date as long as the first. The reply is the first
    /// date. A rule that gives no date is refused, and so is a first date more than 400 days
    /// ago (`/starts_at`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
}

/// `PATCH /events/{id}` (with `If-Match`). For the optional fields, `null` clears and
/// absence keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPatch {
    /// Single line, 1–120 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub title: Option<String>,
    /// Markdown, up to 10,000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 10000))]
    pub description: Option<String>,
    /// As in `NewEvent.starts_at`; the event's times after the change (the new ones, or
    /// the current ones where absent) must follow the rules of a new event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub starts_at: Option<String>,
    /// As in `NewEvent.ends_at`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub ends_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_day: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<crate::openapi::TimeZone>))]
    pub time_zone: Option<String>,
    /// Single line, up to 200 characters; empty or `null` clears it.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    #[cfg_attr(feature = "openapi", schema(max_length = 200))]
    pub location: Option<Option<String>>,
    /// An absolute `http://` or `https://` link, as in `NewEvent.online_url`; `null`
    /// clears it.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub online_url: Option<Option<String>>,
    /// At least 1; `null` for unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub capacity: Option<Option<u32>>,
    /// A new rule for the series, with `scope` `following` or `all` only (the dates are
    /// planned again: dates that no longer occur are removed, or cancelled if someone
    /// answered them). Its `count` counts from this date with `following`, and from the
    /// series' first date with `all` (it must then exceed the dates already past).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recurrence: Option<Recurrence>,
}

/// Which dates of a series an edit or cancellation changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EditScope {
    /// This date only (for a single event, the event).
    #[default]
    This,
    /// This date and the later ones: the series is split here into two series.
    Following,
    /// Every date of the series, except dates edited on their own.
    All,
}

impl EditScope {
    pub fn parse(s: &str) -> Option<EditScope> {
        match s {
            "this" => Some(EditScope::This),
            "following" => Some(EditScope::Following),
            "all" => Some(EditScope::All),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EditScope::This => "this",
            EditScope::Following => "following",
            EditScope::All => "all",
        }
    }
}

/// Query of `PATCH /events/{id}` and `POST /events/{id}/cancel`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ScopeQuery {
    /// Default `this`.
    pub scope: Option<EditScope>,
}

/// A series of dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Series {
    pub id: i64,
    pub group: GroupRef,
    pub title: String,
    pub recurrence: Recurrence,
    /// IANA zone the dates follow.
    pub time_zone: String,
    /// The first date's start, RFC 3339 UTC.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub starts_at: String,
    /// No new dates are planned while paused.
    pub paused: bool,
    /// Dates removed from the series (RFC 5545 `EXDATE`), RFC 3339 UTC, earliest first.
    pub skipped: Vec<String>,
    /// The next date that is not cancelled; `null` when none is planned.
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub next_starts_at: Option<String>,
    /// The caller answered "going to every date".
    pub my_every_date: bool,
    /// The caller may edit, pause and resume it (moderators and owners).
    pub can_manage: bool,
}

/// `PUT /series/{id}/paused` (moderators and owners).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeriesPause {
    /// Pausing removes the coming dates nobody answered and plans no new ones; resuming plans
    /// them again from now.
    pub paused: bool,
}

/// The caller's "going to every date" answer after `PUT` or `DELETE /series/{id}/rsvp`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SeriesRsvpOutcome {
    pub every_date: bool,
    /// Coming dates whose answer changed (to going or waitlisted; back to none on `DELETE`).
    pub dates_changed: u32,
}

/// Distinguishes an absent field (`None`) from an explicit `null` (`Some(None)`).
pub mod double_option {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<T: Serialize, S: Serializer>(v: &Option<Option<T>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(inner) => inner.serialize(s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, T: Deserialize<'de>, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<Option<T>>, D::Error> {
        Option::<T>::deserialize(d).map(Some)
    }
}

/// Query of event lists: `from` and `to` are RFC 3339, `to` after `from`, at most 400 days
/// apart; events overlapping the range are returned, earliest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct EventQuery {
    /// RFC 3339 (years 1900–9999); default: 30 days ago.
    #[cfg_attr(feature = "openapi", param(format = DateTime, pattern = "^(19|[2-9][0-9])[0-9]{2}-"))]
    pub from: Option<String>,
    /// RFC 3339 (years 1900–9999), after `from` and at most 400 days later; default: 90 days
    /// after `from` or now, whichever is later. Both are ignored with a `cursor`.
    #[cfg_attr(feature = "openapi", param(format = DateTime, pattern = "^(19|[2-9][0-9])[0-9]{2}-"))]
    pub to: Option<String>,
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged.
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}

/// `PUT /events/{id}/rsvp`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RsvpRequest {
    pub status: RsvpChoice,
}

/// The caller's RSVP after the change, and the updated event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RsvpOutcome {
    pub status: RsvpStatus,
    /// 1-based, when `status` is `waitlisted`.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub waitlist_position: Option<u32>,
    pub event: Event,
}

/// Someone who answered an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attendee {
    pub user: UserRef,
    pub status: RsvpStatus,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub responded_at: String,
    /// 1-based, when `status` is `waitlisted`.
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub waitlist_position: Option<u32>,
}

/// `POST /events/{id}/cancel`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelRequest {
    /// Multi-line text, up to 500 characters, recorded in the mod log.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub reason: Option<String>,
}
