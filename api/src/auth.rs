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
