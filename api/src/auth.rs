//! Accounts and sessions: register, log in (bearer token), log out, the caller's profile.

use serde::{Deserialize, Serialize};

use crate::common::Role;

/// `POST /auth/register`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterRequest {
    /// 3–32 characters: lowercase letters, digits, `_` and `-`.
    pub username: String,
    /// 8–200 characters.
    pub password: String,
    /// 1–60 characters; defaults to the username.
    #[serde(default)]
    pub display_name: Option<String>,
    /// Topics the member follows; they drive recommendations.
    #[serde(default)]
    pub interests: Vec<String>,
}

/// `POST /auth/login`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    pub username: String,
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
    pub created_at: String,
    pub etag: String,
}

/// `PATCH /me` (with `If-Match`): only the fields present change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MePatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interests: Option<Vec<String>>,
}
