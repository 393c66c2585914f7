//! Events, RSVPs with capacity and waitlist.

use serde::{Deserialize, Serialize};

use crate::common::{GroupRef, UserRef};

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
    pub starts_at: String,
    /// RFC 3339 UTC, after `starts_at`.
    pub ends_at: String,
    /// All-day events span whole days in `time_zone`: `starts_at` is local midnight of the
    /// first day, `ends_at` local midnight after the last.
    pub all_day: bool,
    /// IANA zone name the event was planned in, e.g. `Europe/Berlin`.
    pub time_zone: String,
    pub location: Option<String>,
    /// http(s) link for online events.
    pub online_url: Option<String>,
    /// `null`: unlimited.
    pub capacity: Option<u32>,
    pub going_count: u32,
    pub maybe_count: u32,
    pub waitlist_count: u32,
    pub cancelled: bool,
    pub created_by: UserRef,
    pub created_at: String,
    pub my_rsvp: Option<RsvpStatus>,
    /// 1-based, when `my_rsvp` is `waitlisted`.
    pub my_waitlist_position: Option<u32>,
    /// The caller may edit and cancel it (moderators and owners).
    pub can_manage: bool,
    pub etag: String,
}

/// `POST /groups/{slug}/events` (moderators and owners).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewEvent {
    /// 1–120 characters.
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub starts_at: String,
    pub ends_at: String,
    #[serde(default)]
    pub all_day: bool,
    pub time_zone: String,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub online_url: Option<String>,
    /// At least 1; `null` for unlimited.
    #[serde(default)]
    pub capacity: Option<u32>,
}

/// `PATCH /events/{id}` (with `If-Match`). For the optional fields, `null` clears and
/// absence keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EventPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_day: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub location: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub online_url: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none", with = "double_option")]
    pub capacity: Option<Option<u32>>,
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
    pub from: Option<String>,
    pub to: Option<String>,
    pub limit: Option<u32>,
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
    pub waitlist_position: Option<u32>,
    pub event: Event,
}

/// Someone who answered an event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attendee {
    pub user: UserRef,
    pub status: RsvpStatus,
    pub responded_at: String,
    pub waitlist_position: Option<u32>,
}

/// `POST /events/{id}/cancel`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CancelRequest {
    #[serde(default)]
    pub reason: Option<String>,
}
