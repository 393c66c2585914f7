//! Types every resource uses: pages, problems, references to users and groups, roles.

use serde::{Deserialize, Serialize};

/// One page of a list. `next_cursor` is `null` on the last page; pass it back as `cursor` to
/// continue. Cursors are opaque: a client must not build or edit them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Page<T> {
    pub items: Vec<T>,
    /// `null` on the last page.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub next_cursor: Option<String>,
}

/// RFC 9457 problem details, sent as `application/problem+json` with every 4xx and 5xx.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// A URI naming the problem type; `about:blank` when the status says it all.
    #[serde(rename = "type", default = "about_blank")]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub type_: String,
    /// Short, human-readable summary of the problem type.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub title: String,
    /// The HTTP status code.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, minimum = 400, maximum = 599))]
    pub status: u16,
    /// Human-readable explanation of this occurrence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// A stable, machine-readable snake_case code; see [`codes`].
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(required = true, value_type = crate::openapi::ProblemCode))]
    pub code: String,
    /// For 422: which fields were wrong.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

fn about_blank() -> String {
    "about:blank".into()
}

/// One invalid input field: a JSON Pointer (RFC 6901) into the request body (or
/// `/query/<name>` for a query parameter) and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// A JSON Pointer into the body (`/title`, `/topics/0`; `/` for the body as a whole) or
    /// `/query/<name>`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^/"))]
    pub pointer: String,
    pub detail: String,
}

impl FieldError {
    pub fn new(pointer: impl Into<String>, detail: impl Into<String>) -> Self {
        FieldError { pointer: pointer.into(), detail: detail.into() }
    }
}

/// The stable problem codes of the contract.
pub mod codes {
    /// 400: the body is not valid JSON or has the wrong shape.
    pub const MALFORMED_REQUEST: &str = "malformed_request";
    /// 400: a query parameter is malformed (e.g. a negative limit).
    pub const INVALID_QUERY: &str = "invalid_query";
    /// 400: the cursor was not issued by this server.
    pub const INVALID_CURSOR: &str = "invalid_cursor";
    /// 401: no token, an unknown token, or an expired one.
    pub const UNAUTHORIZED: &str = "unauthorized";
    /// 401: wrong username or password at login.
    pub const INVALID_CREDENTIALS: &str = "invalid_credentials";
    /// 403: authenticated, but the role does not allow this.
    pub const FORBIDDEN: &str = "forbidden";
    /// 403: private group content, for members only.
    pub const MEMBERS_ONLY: &str = "members_only";
    /// 403: the caller is muted in this group and cannot post.
    pub const MUTED: &str = "muted";
    /// 403: the caller is banned from this group.
    pub const BANNED: &str = "banned";
    /// 403: the post is locked; no new comments.
    pub const LOCKED: &str = "locked";
    /// 404: no such resource (or not visible to the caller).
    pub const NOT_FOUND: &str = "not_found";
    /// 405: the path exists, the method does not.
    pub const METHOD_NOT_ALLOWED: &str = "method_not_allowed";
    /// 409: the request conflicts with the current state (e.g. already a member).
    pub const CONFLICT: &str = "conflict";
    /// 409: the username is taken.
    pub const USERNAME_TAKEN: &str = "username_taken";
    /// 409: the group slug is taken.
    pub const SLUG_TAKEN: &str = "slug_taken";
    /// 409: the group's only owner cannot leave or step down.
    pub const SOLE_OWNER: &str = "sole_owner";
    /// 409: the event is cancelled.
    pub const EVENT_CANCELLED: &str = "event_cancelled";
    /// 409: the group is archived and read-only.
    pub const ARCHIVED: &str = "archived";
    /// 409: an Idempotency-Key was reused with a different request.
    pub const IDEMPOTENCY_KEY_REUSED: &str = "idempotency_key_reused";
    /// 412: If-Match does not match the current ETag (someone else changed it).
    pub const PRECONDITION_FAILED: &str = "precondition_failed";
    /// 412: the report was already handled by another moderator.
    pub const ALREADY_HANDLED: &str = "already_handled";
    /// 413: the body is larger than the server accepts.
    pub const PAYLOAD_TOO_LARGE: &str = "payload_too_large";
    /// 415: the body is not `application/json`.
    pub const UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";
    /// 422: fields failed validation; see `errors`.
    pub const VALIDATION_FAILED: &str = "validation_failed";
    /// 428: `If-Match` is required for this change.
    pub const PRECONDITION_REQUIRED: &str = "precondition_required";
    /// 429: too many requests of this kind; `Retry-After` says when to try again.
    pub const RATE_LIMITED: &str = "rate_limited";
    /// 503: the server is too busy to take this request now; `Retry-After` says when to try
    /// again.
    pub const BUSY: &str = "busy";
    /// 408: the client sent its request too slowly.
    pub const REQUEST_TIMEOUT: &str = "request_timeout";
    /// 500: the server failed; nothing was written.
    pub const INTERNAL: &str = "internal";

    /// Every code above (a test of the OpenAPI document checks that none is missing).
    pub const ALL: &[&str] = &[
        MALFORMED_REQUEST,
        INVALID_QUERY,
        INVALID_CURSOR,
        UNAUTHORIZED,
        INVALID_CREDENTIALS,
        FORBIDDEN,
        MEMBERS_ONLY,
        MUTED,
        BANNED,
        LOCKED,
        NOT_FOUND,
        METHOD_NOT_ALLOWED,
        CONFLICT,
        USERNAME_TAKEN,
        SLUG_TAKEN,
        SOLE_OWNER,
        EVENT_CANCELLED,
        ARCHIVED,
        IDEMPOTENCY_KEY_REUSED,
        PRECONDITION_FAILED,
        ALREADY_HANDLED,
        PAYLOAD_TOO_LARGE,
        UNSUPPORTED_MEDIA_TYPE,
        VALIDATION_FAILED,
        PRECONDITION_REQUIRED,
        RATE_LIMITED,
        BUSY,
        REQUEST_TIMEOUT,
        INTERNAL,
    ];
}

/// A member's role in a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    Moderator,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Moderator => "moderator",
            Role::Owner => "owner",
        }
    }

    /// Moderators and owners may moderate.
    pub fn can_moderate(self) -> bool {
        self >= Role::Moderator
    }

    /// "Owner", "Moderator", "Member".
    pub fn label(self) -> &'static str {
        match self {
            Role::Owner => "Owner",
            Role::Moderator => "Moderator",
            Role::Member => "Member",
        }
    }
}

/// Whether someone with role `actor` may mute or ban someone with role `target` (`None`: not a
/// member): owners anyone but owners, moderators plain members and outsiders, nobody else.
pub fn may_sanction(actor: Option<Role>, target: Option<Role>) -> bool {
    match (actor, target) {
        (Some(Role::Owner), Some(Role::Owner)) => false,
        (Some(Role::Owner), _) => true,
        (Some(Role::Moderator), Some(Role::Member) | None) => true,
        _ => false,
    }
}

/// A user as shown beside their content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserRef {
    pub id: i64,
    pub username: String,
    pub display_name: String,
}

/// A group as shown beside content that belongs to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupRef {
    pub slug: String,
    pub name: String,
}

/// Paging parameters every list accepts: `limit` 1..=100 (default 20) and an opaque `cursor`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct PageParams {
    /// Items per page, 1 to `limits.max_page_size` (100); default 20.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    /// The `next_cursor` of the previous page, unchanged: cursors are signed by the server and
    /// belong to one list with one set of filters (anything else is a 400 `invalid_cursor`).
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanction_matrix() {
        use Role::*;
        let cases = [
            (Some(Owner), Some(Owner), false),
            (Some(Owner), Some(Moderator), true),
            (Some(Owner), Some(Member), true),
            (Some(Owner), None, true),
            (Some(Moderator), Some(Owner), false),
            (Some(Moderator), Some(Moderator), false),
            (Some(Moderator), Some(Member), true),
            (Some(Moderator), None, true),
            (Some(Member), Some(Member), false),
            (None, Some(Member), false),
        ];
        for (actor, target, ok) in cases {
            assert_eq!(may_sanction(actor, target), ok, "{actor:?} on {target:?}");
        }
    }
}
