//! Accounts and sessions: register, log in (bearer token), log out, the caller's profile.

use serde::{Deserialize, Serialize};

use crate::common::Role;

/// `POST /auth/register`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    /// 3–32 characters: lowercase letters, digits, `_` and `-`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9_-]{3,32}$"))]
    pub username: String,
    /// 8–200 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 8, max_length = 200))]
    pub password: String,
    /// Single line, 1–60 characters; absent or `null`: the username.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 60))]
    pub display_name: Option<String>,
    /// Up to 10 distinct topics the member follows; they drive recommendations.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<crate::openapi::Topic>, max_items = 10))]
    pub interests: Vec<String>,
}

/// `POST /auth/login`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    /// Anything else than an existing account's name (and a name longer than 64 characters) is
    /// a 401 `invalid_credentials`, like a wrong password.
    pub username: String,
    /// A password longer than 200 characters is a 401 `invalid_credentials`.
    pub password: String,
    /// A long-lived session (30 days) instead of a short one (12 hours).
    #[serde(default)]
    pub remember: bool,
}

/// The answer to register and login: an opaque bearer token for `Authorization: Bearer …`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SessionToken {
    pub token: String,
    /// RFC 3339; after this the token is refused with 401.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expires_at: String,
    pub me: Me,
}

/// A membership as listed in the caller's profile.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub group_slug: String,
    pub group_name: String,
    pub role: Role,
    /// RFC 3339, when the member is muted in this group.
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub muted_until: Option<String>,
}

/// `GET /me`: the caller's profile. Carries an `etag` for `PATCH /me`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    /// A few words about the member, shown on their profile (Markdown not rendered: plain
    /// text); empty when none. Absent from older backends: read as empty.
    #[serde(default)]
    pub bio: String,
    pub interests: Vec<String>,
    pub memberships: Vec<Membership>,
    /// Groups the caller asked to join and that have not decided yet.
    pub pending_requests: Vec<String>,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    pub etag: String,
}

/// `PATCH /me` (with `If-Match`): only the fields present change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MePatch {
    /// Single line, 1–60 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 60))]
    pub display_name: Option<String>,
    /// Up to 10 distinct topics.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<crate::openapi::Topic>>, max_items = 10))]
    pub interests: Option<Vec<String>>,
    /// Multi-line text, at most 500 characters; empty removes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 500))]
    pub bio: Option<String>,
}

/// `GET /users/{username}`: a member as the caller may see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Profile {
    pub user: crate::UserRef,
    /// Plain text; empty when none.
    pub bio: String,
    pub interests: Vec<String>,
    /// When the account was made.
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub joined_at: String,
    /// Groups the caller and the member both belong to (empty for an anonymous caller).
    pub shared_groups: Vec<crate::GroupRef>,
    /// The member's newest posts and comments (at most 10, newest first) in groups whose
    /// content the caller may read (public groups, and groups the caller belongs to); deleted
    /// and removed ones, and comments on them, are left out.
    pub recent: Vec<ProfileActivity>,
}

/// What a post or a comment is, in a profile's recent activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Post,
    Comment,
}

/// One post or comment of a member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProfileActivity {
    pub kind: ActivityKind,
    pub group: crate::GroupRef,
    /// The post, or the post the comment is on.
    pub post_id: i64,
    /// Only for a comment.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub comment_id: Option<i64>,
    /// The post's title (for a comment, the title of the post it is on).
    pub title: String,
    /// The body as plain text (`kith_api::text::excerpt`), at most 200 characters.
    pub excerpt: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
}

/// `POST /me/password`: change the caller's password. Every other session of the account ends;
/// the one that sent the request stays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordChange {
    /// The password in use now; a wrong one is a 422 at `/current_password`.
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub current_password: String,
    /// 8–200 characters.
    #[cfg_attr(feature = "openapi", schema(min_length = 8, max_length = 200))]
    pub new_password: String,
}
