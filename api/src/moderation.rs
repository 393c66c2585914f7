//! Reports, the per-group queue, resolving with an action, and the moderation log.

use serde::{Deserialize, Serialize};

use crate::common::{GroupRef, UserRef};

/// What a report is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReportTarget {
    Post {
        #[cfg_attr(feature = "openapi", schema(minimum = 1))]
        id: i64,
    },
    Comment {
        #[cfg_attr(feature = "openapi", schema(minimum = 1))]
        id: i64,
    },
    /// A member of the group with this slug.
    Member { group: String, username: String },
}

/// `POST /reports`: any member who can see the content may report it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewReport {
    pub target: ReportTarget,
    /// Multi-line text, 3–500 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 500))]
    pub reason: String,
}

/// Acknowledges a report.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportReceipt {
    /// The queue item the report joined.
    pub item_id: i64,
    /// Reports on this item so far.
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub report_count: u32,
}

/// Whether a queue item still needs a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    Open,
    Resolved,
}

/// What a moderator did about a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportAction {
    /// Hide the post or comment.
    Remove,
    /// Show a removed post or comment again.
    Restore,
    /// Lock the post (for a comment: its post).
    Lock,
    /// Ban the author (or the reported member).
    Ban,
    /// No action needed.
    Dismiss,
}

/// One report in an item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportEntry {
    pub reporter: UserRef,
    pub reason: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// The reported content in its context, so a moderator can decide without leaving the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportContext {
    /// The reported post, or the post of a reported comment.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub post: Option<ContextPost>,
    /// The reported comment.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub comment: Option<ContextComment>,
    /// The comment a reported comment replies to.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub parent_comment: Option<ContextComment>,
    /// The reported member (or the author of reported content).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub member: Option<UserRef>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContextPost {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub author: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    pub removed: bool,
    pub locked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContextComment {
    pub id: i64,
    pub body: String,
    pub author: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    pub removed: bool,
}

/// How an item was resolved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Resolution {
    pub action: ReportAction,
    pub reason: String,
    pub by: UserRef,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub at: String,
}

/// A queue item: every report about one target. Carries an `etag` that resolving must echo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportItem {
    pub id: i64,
    pub group: GroupRef,
    pub target: ReportTarget,
    pub status: ReportStatus,
    pub report_count: u32,
    pub reports: Vec<ReportEntry>,
    pub context: ReportContext,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub first_reported_at: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub last_reported_at: String,
    /// `null` while the item is open.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub resolution: Option<Resolution>,
    pub etag: String,
}

/// Query of `GET /groups/{slug}/reports`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ReportQuery {
    /// Default `open`.
    pub status: Option<ReportStatus>,
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged.
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}

/// `POST /posts/{id}/remove` and `/restore`, `POST /comments/{id}/remove` and `/restore`:
/// a moderator hides or shows again what they are reading, without waiting for a report.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationReason {
    /// Multi-line text, 3–500 characters, recorded in the mod log.
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 500))]
    pub reason: String,
}

/// `POST /groups/{slug}/reports/{id}/resolve` (moderators, with `If-Match` of the item; 412
/// `already_handled` when another moderator resolved it first).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ResolveRequest {
    pub action: ReportAction,
    /// Multi-line text, 3–500 characters, recorded in the mod log.
    #[cfg_attr(feature = "openapi", schema(min_length = 3, max_length = 500))]
    pub reason: String,
    /// Only with `ban` (a 422 with any other action): RFC 3339 end, in the future and at most
    /// 5 × 366 days ahead; `null` or absent for a ban until lifted. `remove`, `restore` and
    /// `lock` apply to reported posts and comments only (a 422 at `/action` for a reported
    /// member).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19|[2-9][0-9])[0-9]{2}-"))]
    pub ban_until: Option<String>,
}

/// Kinds of moderation-log entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModLogKind {
    PostRemoved,
    PostRestored,
    PostLocked,
    PostUnlocked,
    PostPinned,
    PostUnpinned,
    CommentRemoved,
    CommentRestored,
    MemberMuted,
    MemberUnmuted,
    MemberBanned,
    MemberUnbanned,
    RoleChanged,
    JoinApproved,
    JoinDenied,
    ReportDismissed,
    GroupUpdated,
    GuidelinesUpdated,
    GroupArchived,
    ResourceAdded,
    ResourceUpdated,
    ResourceRemoved,
    EventCancelled,
}

impl ModLogKind {
    pub const ALL: [ModLogKind; 23] = [
        ModLogKind::PostRemoved,
        ModLogKind::PostRestored,
        ModLogKind::PostLocked,
        ModLogKind::PostUnlocked,
        ModLogKind::PostPinned,
        ModLogKind::PostUnpinned,
        ModLogKind::CommentRemoved,
        ModLogKind::CommentRestored,
        ModLogKind::MemberMuted,
        ModLogKind::MemberUnmuted,
        ModLogKind::MemberBanned,
        ModLogKind::MemberUnbanned,
        ModLogKind::RoleChanged,
        ModLogKind::JoinApproved,
        ModLogKind::JoinDenied,
        ModLogKind::ReportDismissed,
        ModLogKind::GroupUpdated,
        ModLogKind::GuidelinesUpdated,
        ModLogKind::GroupArchived,
        ModLogKind::ResourceAdded,
        ModLogKind::ResourceUpdated,
        ModLogKind::ResourceRemoved,
        ModLogKind::EventCancelled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ModLogKind::PostRemoved => "post_removed",
            ModLogKind::PostRestored => "post_restored",
            ModLogKind::PostLocked => "post_locked",
            ModLogKind::PostUnlocked => "post_unlocked",
            ModLogKind::PostPinned => "post_pinned",
            ModLogKind::PostUnpinned => "post_unpinned",
            ModLogKind::CommentRemoved => "comment_removed",
            ModLogKind::CommentRestored => "comment_restored",
            ModLogKind::MemberMuted => "member_muted",
            ModLogKind::MemberUnmuted => "member_unmuted",
            ModLogKind::MemberBanned => "member_banned",
            ModLogKind::MemberUnbanned => "member_unbanned",
            ModLogKind::RoleChanged => "role_changed",
            ModLogKind::JoinApproved => "join_approved",
            ModLogKind::JoinDenied => "join_denied",
            ModLogKind::ReportDismissed => "report_dismissed",
            ModLogKind::GroupUpdated => "group_updated",
            ModLogKind::GuidelinesUpdated => "guidelines_updated",
            ModLogKind::GroupArchived => "group_archived",
            ModLogKind::ResourceAdded => "resource_added",
            ModLogKind::ResourceUpdated => "resource_updated",
            ModLogKind::ResourceRemoved => "resource_removed",
            ModLogKind::EventCancelled => "event_cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// A short phrase for people.
    pub fn label(self) -> &'static str {
        match self {
            ModLogKind::PostRemoved => "removed a post",
            ModLogKind::PostRestored => "restored a post",
            ModLogKind::PostLocked => "locked a post",
            ModLogKind::PostUnlocked => "unlocked a post",
            ModLogKind::PostPinned => "pinned a post",
            ModLogKind::PostUnpinned => "unpinned a post",
            ModLogKind::CommentRemoved => "removed a comment",
            ModLogKind::CommentRestored => "restored a comment",
            ModLogKind::MemberMuted => "muted a member",
            ModLogKind::MemberUnmuted => "unmuted a member",
            ModLogKind::MemberBanned => "banned a member",
            ModLogKind::MemberUnbanned => "unbanned a member",
            ModLogKind::RoleChanged => "changed a role",
            ModLogKind::JoinApproved => "approved a join request",
            ModLogKind::JoinDenied => "denied a join request",
            ModLogKind::ReportDismissed => "dismissed a report",
            ModLogKind::GroupUpdated => "updated the group",
            ModLogKind::GuidelinesUpdated => "updated the guidelines",
            ModLogKind::GroupArchived => "archived the group",
            ModLogKind::ResourceAdded => "added a resource",
            ModLogKind::ResourceUpdated => "updated a resource",
            ModLogKind::ResourceRemoved => "removed a resource",
            ModLogKind::EventCancelled => "cancelled an event",
        }
    }
}

/// What a log entry acted on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModLogTarget {
    /// `post`, `comment`, `member`, `join_request`, `group`, `resource` or `event`.
    pub kind: String,
    /// The id, or the username for members.
    pub id: String,
    /// A human-readable label (post title, username…).
    pub label: String,
}

/// One moderation action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModLogEntry {
    pub id: i64,
    pub group: GroupRef,
    pub actor: UserRef,
    pub kind: ModLogKind,
    pub target: ModLogTarget,
    pub reason: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// Query of `GET /groups/{slug}/modlog`, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ModLogQuery {
    /// Username of the moderator.
    pub actor: Option<String>,
    pub kind: Option<ModLogKind>,
    /// `post`, `comment`, `member`… optionally with `:id`, e.g. `member:carol`.
    pub target: Option<String>,
    /// RFC 3339 lower bound (inclusive; years 1900–9999).
    #[cfg_attr(feature = "openapi", param(format = DateTime, pattern = "^(19|[2-9][0-9])[0-9]{2}-"))]
    pub from: Option<String>,
    /// RFC 3339 upper bound (exclusive; years 1900–9999).
    #[cfg_attr(feature = "openapi", param(format = DateTime, pattern = "^(19|[2-9][0-9])[0-9]{2}-"))]
    pub to: Option<String>,
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged.
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}
