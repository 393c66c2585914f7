//! Posts, threaded comments and reactions.

use serde::{Deserialize, Serialize};

use crate::common::{GroupRef, UserRef};

/// Feed order. Pinned posts come first in a group feed whatever the order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum PostSort {
    /// Newest first.
    #[default]
    New,
    /// Recent posts with many reactions and comments first (score decays with age).
    Hot,
    /// Most reactions and comments first.
    Top,
}

impl PostSort {
    pub const ALL: [PostSort; 3] = [PostSort::New, PostSort::Hot, PostSort::Top];
    pub fn as_str(self) -> &'static str {
        match self {
            PostSort::New => "new",
            PostSort::Hot => "hot",
            PostSort::Top => "top",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// Query of `GET /groups/{slug}/posts` and `GET /feed`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PostQuery {
    pub sort: Option<PostSort>,
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged.
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}

/// The fixed set of reactions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReactionKind {
    Like,
    Love,
    Laugh,
    Celebrate,
    Insightful,
}

impl ReactionKind {
    pub const ALL: [ReactionKind; 5] = [
        ReactionKind::Like,
        ReactionKind::Love,
        ReactionKind::Laugh,
        ReactionKind::Celebrate,
        ReactionKind::Insightful,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            ReactionKind::Like => "like",
            ReactionKind::Love => "love",
            ReactionKind::Laugh => "laugh",
            ReactionKind::Celebrate => "celebrate",
            ReactionKind::Insightful => "insightful",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
    /// The emoji the app shows for it.
    pub fn emoji(self) -> &'static str {
        match self {
            ReactionKind::Like => "👍",
            ReactionKind::Love => "❤️",
            ReactionKind::Laugh => "😄",
            ReactionKind::Celebrate => "🎉",
            ReactionKind::Insightful => "💡",
        }
    }
}

/// How many reacted with one kind, and whether the caller did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReactionCount {
    pub kind: ReactionKind,
    pub count: u32,
    pub mine: bool,
}

/// `POST /posts/{id}/reactions` and `POST /comments/{id}/reactions`: toggles the caller's
/// reaction of this kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReactionToggle {
    pub kind: ReactionKind,
}

/// The reactions after a toggle.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Reactions {
    pub reactions: Vec<ReactionCount>,
}

/// What the caller may do with a post or comment, so the UI can mirror the server's rules.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Permissions {
    pub can_edit: bool,
    pub can_delete: bool,
    pub can_moderate: bool,
    pub can_comment: bool,
    pub can_react: bool,
}

/// A post. Removed or deleted posts keep their place with an empty body. Carries an `etag`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Post {
    pub id: i64,
    pub group: GroupRef,
    pub author: UserRef,
    /// Empty when deleted, or removed (except for moderators).
    pub title: String,
    /// Markdown; empty when deleted, or removed (except for moderators).
    pub body: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub edited_at: Option<String>,
    pub pinned: bool,
    pub locked: bool,
    /// Removed by a moderator.
    pub removed: bool,
    /// Deleted by its author.
    pub deleted: bool,
    pub comment_count: u32,
    pub reactions: Vec<ReactionCount>,
    pub permissions: Permissions,
    /// The caller has blocked the author: the app collapses the content.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub author_blocked: bool,
    pub etag: String,
}

/// `POST /groups/{slug}/posts` (members who are not muted).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewPost {
    /// Single line, 1–200 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// Markdown, 1–20,000 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub body: String,
}

/// `PATCH /posts/{id}` (the author, with `If-Match`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PostPatch {
    /// Single line, 1–200 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: Option<String>,
    /// Markdown, 1–20,000 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 20000))]
    pub body: Option<String>,
}

/// A comment. `parent_id` is `null` for top-level comments. Carries an `etag`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Comment {
    pub id: i64,
    pub post_id: i64,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub parent_id: Option<i64>,
    /// How deep the comment sits in its thread: 1 for a comment on the post, 2 for a reply to
    /// it, and so on up to `limits.max_comment_depth`.
    #[serde(default = "top_level")]
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 1))]
    pub depth: u32,
    pub author: UserRef,
    /// Markdown; empty when deleted, or removed (except for moderators).
    pub body: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub edited_at: Option<String>,
    pub removed: bool,
    pub deleted: bool,
    pub reactions: Vec<ReactionCount>,
    pub permissions: Permissions,
    /// The caller has blocked the author: the app collapses the content.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub author_blocked: bool,
    pub etag: String,
}

fn top_level() -> u32 {
    1
}

/// `POST /posts/{id}/comments`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewComment {
    /// Markdown, 1–5,000 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 5000))]
    pub body: String,
    /// A comment of the same post to reply to (a 422 at `/parent_id` for anything else, and
    /// for a reply deeper than `limits.max_comment_depth`); absent or `null` for a comment on
    /// the post.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub parent_id: Option<i64>,
}

/// `PATCH /comments/{id}` (the author, with `If-Match`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CommentPatch {
    /// Markdown, 1–5,000 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 5000))]
    pub body: String,
}
