//! `GET /groups/{slug}/health`: figures for a group's leaders (moderators and owners).

use serde::{Deserialize, Serialize};

/// One week of activity; weeks start on Monday 00:00 UTC.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeekPoint {
    /// `YYYY-MM-DD` of the Monday.
    #[cfg_attr(feature = "openapi", schema(format = Date))]
    pub week_start: String,
    pub posts: u32,
    pub comments: u32,
    /// Members who posted, commented, reacted or RSVPed that week.
    pub active_members: u32,
    pub new_members: u32,
    pub rsvps: u32,
}

/// Another group whose topics and members overlap this one's: a hint that the two might merge.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupOverlap {
    pub slug: String,
    pub name: String,
    pub shared_topics: Vec<String>,
    pub shared_members: u32,
    pub member_count: u32,
}

/// The health report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupHealth {
    /// Twelve weeks, oldest first; the last is the current (partial) week.
    pub weeks: Vec<WeekPoint>,
    pub member_count: u32,
    /// Share of members active in the last four weeks, 0.0–1.0.
    #[cfg_attr(feature = "openapi", schema(minimum = 0.0, maximum = 1.0))]
    pub engagement_rate: f64,
    /// Days since the last post, comment or event; `null` when there never was any.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub days_since_last_activity: Option<u32>,
    /// Posts and comments in the last 14 days below `quiet_threshold`.
    pub quiet: bool,
    pub quiet_threshold: u32,
    pub overlaps: Vec<GroupOverlap>,
    /// While the group is `quiet`: its running (unpaused) series with coming dates, offered for
    /// pausing (`PUT /series/{id}/paused`). Empty otherwise.
    #[serde(default)]
    pub series_to_pause: Vec<crate::events::Series>,
}
