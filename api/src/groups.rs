//! Groups, discovery, membership and the curated resources shelf.

use serde::{Deserialize, Serialize};

use crate::common::{Role, UserRef};

/// Who can see and join a group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Listed in discovery; anyone may read and join.
    #[default]
    Public,
    /// Listed in discovery; content is for members; joining needs a moderator's approval.
    Private,
    /// Not listed (except to members); anyone with the link may read and join.
    Unlisted,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [Visibility::Public, Visibility::Private, Visibility::Unlisted];
    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Public => "public",
            Visibility::Private => "private",
            Visibility::Unlisted => "unlisted",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Group size bands for discovery filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SizeBand {
    /// Up to 15 members.
    Small,
    /// 16 to 30 members.
    Medium,
    /// More than 30 members.
    Large,
}

impl SizeBand {
    pub const ALL: [SizeBand; 3] = [SizeBand::Small, SizeBand::Medium, SizeBand::Large];
    pub fn as_str(self) -> &'static str {
        match self {
            SizeBand::Small => "small",
            SizeBand::Medium => "medium",
            SizeBand::Large => "large",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
    /// Inclusive member-count bounds.
    pub fn bounds(self) -> (i64, i64) {
        match self {
            SizeBand::Small => (0, 15),
            SizeBand::Medium => (16, 30),
            SizeBand::Large => (31, i64::MAX),
        }
    }
}

/// How recently a group was active, for discovery filters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityFilter {
    /// Activity in the last 7 days.
    Week,
    /// Activity in the last 30 days.
    Month,
    /// No activity in the last 30 days.
    Quiet,
}

impl ActivityFilter {
    pub const ALL: [ActivityFilter; 3] = [ActivityFilter::Week, ActivityFilter::Month, ActivityFilter::Quiet];
    pub fn as_str(self) -> &'static str {
        match self {
            ActivityFilter::Week => "week",
            ActivityFilter::Month => "month",
            ActivityFilter::Quiet => "quiet",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Discovery order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum GroupSort {
    /// Most recent activity first.
    #[default]
    Active,
    /// Newest groups first.
    New,
    /// Most members first.
    Members,
    /// Alphabetical by name.
    Name,
}

impl GroupSort {
    pub const ALL: [GroupSort; 4] = [GroupSort::Active, GroupSort::New, GroupSort::Members, GroupSort::Name];
    pub fn as_str(self) -> &'static str {
        match self {
            GroupSort::Active => "active",
            GroupSort::New => "new",
            GroupSort::Members => "members",
            GroupSort::Name => "name",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Query of `GET /groups`. Unknown enum values are a 400 `invalid_query`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct GroupQuery {
    /// Words matched against name, purpose and topics.
    pub q: Option<String>,
    /// One of `Meta::topics`.
    #[cfg_attr(feature = "openapi", param(value_type = Option<crate::openapi::Topic>))]
    pub topic: Option<String>,
    /// The start of a region, matched without regard to case or accents ("mun" matches
    /// "München"); at most 200 characters.
    pub region: Option<String>,
    pub visibility: Option<Visibility>,
    pub size: Option<SizeBand>,
    pub activity: Option<ActivityFilter>,
    pub sort: Option<GroupSort>,
    /// Rank by the caller's interests (needs a token); each group carries
    /// `recommendation_reason`. Groups the caller belongs to are left out.
    pub recommended: Option<bool>,
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged.
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}

/// Query of `GET /regions`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct RegionQuery {
    /// The start of the region, matched as `GET /groups?region=` matches; at most 200 characters.
    pub prefix: Option<String>,
}

/// A region that listed groups name, for suggestions in discovery.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionCount {
    /// As most of its groups spell it.
    pub region: String,
    /// Public and private groups (not archived) in it.
    pub groups: u32,
}

/// `GET /regions`: at most 20, the most groups first, then by name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegionList {
    pub items: Vec<RegionCount>,
}

/// Recent activity of a group, so cards can show it without extra requests.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WeeklyActivity {
    /// Posts in the last 7 days.
    pub posts: u32,
    /// Comments in the last 7 days.
    pub comments: u32,
    /// Members who posted, commented, reacted or RSVPed in the last 7 days.
    pub active_members: u32,
    /// Upcoming events in the next 30 days.
    pub upcoming_events: u32,
}

/// A group. Carries an `etag` for `PATCH /groups/{slug}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Group {
    pub id: i64,
    /// The group's address: 3–40 of `a-z`, `0-9` and single inner dashes.
    pub slug: String,
    pub name: String,
    /// One or two sentences: why the group exists.
    pub purpose: String,
    /// Markdown.
    pub guidelines: String,
    /// Topics from `Meta::topics`.
    pub topics: Vec<String>,
    pub region: String,
    pub visibility: Visibility,
    pub member_count: u32,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub last_activity_at: String,
    pub activity: WeeklyActivity,
    pub archived: bool,
    /// The caller's role; `null` when not a member (or anonymous).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub my_role: Option<Role>,
    /// The caller has asked to join and waits for a decision.
    pub my_request_pending: bool,
    /// RFC 3339, when the caller is muted here.
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub my_muted_until: Option<String>,
    /// The caller's notification level here; `null` when not a member.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub my_notification_level: Option<crate::NotificationLevel>,
    /// Every member may start a date poll (otherwise moderators and owners only).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub members_can_poll: bool,
    /// Only in `recommended=true` lists: why this group was suggested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recommendation_reason: Option<String>,
    pub etag: String,
}

/// `POST /groups`. The creator becomes the owner.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewGroup {
    /// Single line, 3–60 characters. Without a `slug`, the address is made of the name's latin
    /// letters and digits (lowercased; letters with diacritics transliterated: ä→ae, ö→oe,
    /// ü→ue, ß→ss, é→e, ł→l…; other characters becoming single dashes), and must come
    /// out at least 3 characters long (a 422 at `/slug` otherwise): give a `slug` for a name
    /// like "日本語クラブ".
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 60))]
    pub name: String,
    /// 3–40 characters `a-z`, `0-9` and single inner dashes; a 409 `slug_taken` when another
    /// group has it. Absent or `null`: derived from the name, and when that address is taken,
    /// the first free of `<address>-2`, `<address>-3`… (a 409 `slug_taken` only after 100).
    #[serde(default)]
    #[cfg_attr(
        feature = "openapi",
        schema(min_length = 3, max_length = 40, pattern = "^[a-z0-9]+(-[a-z0-9]+)*$")
    )]
    pub slug: Option<String>,
    /// Multi-line text, 10–280 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 280))]
    pub purpose: String,
    /// Markdown, up to 10,000 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 10000))]
    pub guidelines: String,
    /// 1–5 distinct topics from `Meta::topics`.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<crate::openapi::Topic>, min_items = 1, max_items = 5))]
    pub topics: Vec<String>,
    /// Single line, 2–40 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 2, max_length = 40))]
    pub region: String,
    pub visibility: Visibility,
}

/// `PATCH /groups/{slug}` (with `If-Match`). Owners may change every field; moderators only
/// `guidelines`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupPatch {
    /// Single line, 3–60 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 60))]
    pub name: Option<String>,
    /// Multi-line text, 10–280 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 280))]
    pub purpose: Option<String>,
    /// Markdown, up to 10,000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 10000))]
    pub guidelines: Option<String>,
    /// 1–5 distinct topics from `Meta::topics`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<crate::openapi::Topic>>, min_items = 1, max_items = 5))]
    pub topics: Option<Vec<String>>,
    /// Single line, 2–40 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 2, max_length = 40))]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visibility: Option<Visibility>,
    /// Let every member start a date poll (otherwise moderators and owners only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_can_poll: Option<bool>,
}

/// `POST /groups/{slug}/join`: the message goes to moderators of a private group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinRequestBody {
    /// Multi-line text, up to 500 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub message: Option<String>,
}

/// What joining did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum JoinStatus {
    /// Now a member (public and unlisted groups).
    Joined,
    /// The request waits for a moderator (private groups).
    Pending,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinOutcome {
    pub status: JoinStatus,
    pub group: Group,
}

/// A sanction's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SanctionKind {
    /// Can read, react and RSVP but not post or comment.
    Mute,
    /// Removed from the group and cannot rejoin until the ban ends.
    Ban,
}

/// A member of a group, as moderators and members see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Member {
    pub user: UserRef,
    pub role: Role,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub joined_at: String,
    /// Visible to moderators: RFC 3339 end of a mute.
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub muted_until: Option<String>,
}

/// A banned user, listed for moderators.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ban {
    pub user: UserRef,
    /// `null`: until lifted.
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub until: Option<String>,
    pub reason: String,
    pub banned_by: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// Query of `GET /groups/{slug}/members`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct MemberQuery {
    pub role: Option<Role>,
    /// Matches username or display name.
    pub q: Option<String>,
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged.
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}

/// A pending request to join a private group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinRequest {
    pub id: i64,
    pub user: UserRef,
    pub message: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// `POST /groups/{slug}/join-requests/{id}/approve|deny`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct JoinDecision {
    /// Shown to the requester; multi-line text, up to 500 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub message: Option<String>,
}

/// `POST /groups/{slug}/members/{username}/role` (owners only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoleChange {
    pub role: Role,
}

/// `POST /groups/{slug}/members/{username}/sanction` (moderators; not against moderators
/// unless the caller is an owner, never against owners).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SanctionRequest {
    pub kind: SanctionKind,
    /// RFC 3339, in the future and at most 5 × 366 days ahead; `null` (or absent) for a ban
    /// until lifted. A mute needs an end (a 422 at `/until` without one).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19|[2-9][0-9])[0-9]{2}-"))]
    pub until: Option<String>,
    /// Multi-line text, 3–500 characters, recorded in the mod log.
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 500))]
    pub reason: String,
}

/// `POST /groups/{slug}/members/{username}/unmute|unban`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LiftRequest {
    /// Multi-line text, up to 500 characters, recorded in the mod log.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub reason: Option<String>,
}

/// A link on a group's curated resources shelf. Carries an `etag`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShelfItem {
    pub id: i64,
    pub title: String,
    /// http or https only.
    pub url: String,
    /// Markdown.
    pub description: String,
    pub tags: Vec<String>,
    pub added_by: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    pub etag: String,
}

/// `POST /groups/{slug}/resources` (moderators).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewShelfItem {
    /// Single line, 1–120 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub title: String,
    /// An absolute `http://` or `https://` link with a host, without spaces, up to 2,000
    /// characters.
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub url: String,
    /// Markdown, up to 2,000 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub description: String,
    /// Up to 8 tags, each a single line of 1–30 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 8))]
    pub tags: Vec<String>,
}

/// `PATCH /resources/{id}` (moderators, with `If-Match`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShelfItemPatch {
    /// Single line, 1–120 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub title: Option<String>,
    /// An absolute `http://` or `https://` link, as in `NewShelfItem.url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub url: Option<String>,
    /// Markdown, up to 2,000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub description: Option<String>,
    /// Up to 8 tags, each a single line of 1–30 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_items = 8))]
    pub tags: Option<Vec<String>>,
}
