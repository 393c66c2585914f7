//! The one error type of the REST client, mapped once from HTTP status and problem details to
//! a message a member can act on.

use kith_api::{FieldError, Problem, codes};

/// Everything that can go wrong with a request.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ApiError {
    /// No answer: offline, DNS, refused connection, CORS or CSP.
    #[error("network error: {0}")]
    Network(String),
    /// No answer within the time limit.
    #[error("timed out")]
    Timeout,
    /// Cancelled by the app (superseded or left the page); never shown.
    #[error("aborted")]
    Aborted,
    /// 401: not logged in, or the session expired or was revoked.
    #[error("unauthorized")]
    Unauthorized(Problem),
    /// 403.
    #[error("forbidden")]
    Forbidden(Problem),
    /// 404.
    #[error("not found")]
    NotFound(Problem),
    /// 409.
    #[error("conflict")]
    Conflict(Problem),
    /// 412: someone else changed it first.
    #[error("changed elsewhere")]
    Stale(Problem),
    /// 422 with field pointers.
    #[error("invalid input")]
    Invalid(Problem),
    /// 413.
    #[error("too large")]
    TooLarge(Problem),
    /// 429.
    #[error("rate limited")]
    RateLimited(Problem),
    /// Other 4xx.
    #[error("request refused ({})", .0.status)]
    Refused(Problem),
    /// 5xx.
    #[error("server error ({})", .0.status)]
    Server(Problem),
    /// The answer could not be understood: not JSON, truncated, the wrong shape, or too big.
    #[error("unreadable response: {0}")]
    BadResponse(String),
}

/// Answers larger than this are refused instead of parsed.
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

impl ApiError {
    /// Builds the error for a non-2xx answer, reading problem details when present.
    pub fn from_status(status: u16, body: &str) -> ApiError {
        let parsed: Option<Problem> =
            if body.len() <= 64 * 1024 { serde_json::from_str(body).ok() } else { None };
        let problem = parsed.unwrap_or_else(|| Problem {
            type_: "about:blank".into(),
            title: String::new(),
            status,
            detail: None,
            code: String::new(),
            errors: Vec::new(),
        });
        match status {
            401 => ApiError::Unauthorized(problem),
            403 => ApiError::Forbidden(problem),
            404 | 410 => ApiError::NotFound(problem),
            409 => ApiError::Conflict(problem),
            412 => ApiError::Stale(problem),
            413 => ApiError::TooLarge(problem),
            422 => ApiError::Invalid(problem),
            429 => ApiError::RateLimited(problem),
            400..=499 => ApiError::Refused(problem),
            _ => ApiError::Server(problem),
        }
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Unauthorized(p)
            | ApiError::Forbidden(p)
            | ApiError::NotFound(p)
            | ApiError::Conflict(p)
            | ApiError::Stale(p)
            | ApiError::Invalid(p)
            | ApiError::TooLarge(p)
            | ApiError::RateLimited(p)
            | ApiError::Refused(p)
            | ApiError::Server(p) => Some(p),
            _ => None,
        }
    }

    /// The contract's problem code, when the server sent one.
    pub fn code(&self) -> &str {
        self.problem().map_or("", |p| p.code.as_str())
    }

    /// The 422 field errors (JSON pointers).
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            ApiError::Invalid(p) => &p.errors,
            _ => &[],
        }
    }

    /// The detail of a field's error, for showing it beside that field.
    pub fn field_error(&self, pointer: &str) -> Option<String> {
        self.field_errors()
            .iter()
            .find(|e| e.pointer == pointer || e.pointer.starts_with(&format!("{pointer}/")))
            .map(|e| e.detail.clone())
    }

    /// The session is missing or over: the member must log in (again).
    pub fn needs_login(&self) -> bool {
        matches!(self, ApiError::Unauthorized(_))
    }

    /// The server refused the request (4xx): nothing was written.
    pub fn is_refusal(&self) -> bool {
        self.problem().is_some() && !matches!(self, ApiError::Server(_))
    }

    /// Trying again later may work (the same request, unchanged).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network(_) | ApiError::Timeout | ApiError::RateLimited(_) | ApiError::Server(_)
        )
    }

    /// A sentence for the member: what happened and what to do.
    pub fn user_message(&self) -> String {
        let detail = self.problem().and_then(|p| p.detail.clone()).filter(|d| !d.trim().is_empty());
        match self {
            ApiError::Network(_) => {
                "Could not reach the server. Check your connection; nothing you typed is lost.".into()
            }
            ApiError::Timeout => "The server took too long to answer. Try again in a moment.".into(),
            ApiError::Aborted => "Cancelled.".into(),
            ApiError::Unauthorized(_) => match self.code() {
                codes::INVALID_CREDENTIALS => "That username and password do not match.".into(),
                _ => "Your session has ended. Log in again to continue; nothing you typed is lost.".into(),
            },
            ApiError::Forbidden(_) => match self.code() {
                codes::MUTED => detail.unwrap_or_else(|| "You are muted in this group for now.".into()),
                codes::BANNED => detail.unwrap_or_else(|| "You are banned from this group.".into()),
                codes::LOCKED => "This post is locked; new comments are closed.".into(),
                codes::MEMBERS_ONLY => "This group is private: only members can see this.".into(),
                _ => detail.unwrap_or_else(|| "You are not allowed to do that.".into()),
            },
            ApiError::NotFound(_) => "This no longer exists, or you cannot see it.".into(),
            ApiError::Conflict(_) => {
                detail.unwrap_or_else(|| "That conflicts with a change made in the meantime.".into())
            }
            ApiError::Stale(_) => match self.code() {
                codes::ALREADY_HANDLED => "Another moderator already handled this.".into(),
                _ => "Someone changed this while you were editing. Reload to see their version; your text is kept.".into(),
            },
            ApiError::Invalid(p) => {
                if p.errors.is_empty() {
                    detail.unwrap_or_else(|| "Some fields need attention.".into())
                } else {
                    "Some fields need attention; see the notes beside them.".into()
                }
            }
            ApiError::TooLarge(_) => "That is too large for the server. Shorten it and try again.".into(),
            ApiError::RateLimited(_) => "Too many requests just now. Wait a moment and try again.".into(),
            ApiError::Refused(_) => {
                detail.unwrap_or_else(|| "The server refused the request.".into())
            }
            ApiError::Server(p) => format!(
                "The server had a problem (error {}). Nothing was saved; try again shortly.",
                p.status
            ),
            ApiError::BadResponse(_) => {
                "The server's answer could not be read. Try again; if it persists, the backend may be incompatible.".into()
            }
        }
    }
}

/// Parses a successful answer's body into `T`, refusing oversized or malformed answers.
pub fn decode<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, ApiError> {
    if body.len() > MAX_RESPONSE_BYTES {
        return Err(ApiError::BadResponse(format!("the answer is too large ({} bytes)", body.len())));
    }
    serde_json::from_str(body).map_err(|e| {
        ApiError::BadResponse(if e.is_eof() { "the answer was cut short".into() } else { e.to_string() })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::Group;

    #[test]
    fn problems_map_to_variants_with_their_codes() {
        let body = r#"{"type":"about:blank","title":"Unprocessable","status":422,"code":"validation_failed","errors":[{"pointer":"/topics/0","detail":"Unknown topic."}]}"#;
        let e = ApiError::from_status(422, body);
        assert!(matches!(e, ApiError::Invalid(_)));
        assert_eq!(e.code(), "validation_failed");
        assert_eq!(e.field_error("/topics").as_deref(), Some("Unknown topic."));
        assert_eq!(e.field_error("/name"), None);
        assert!(e.user_message().contains("beside them"));
    }

    #[test]
    fn every_status_gets_a_message_even_without_problem_json() {
        for status in [400, 401, 403, 404, 409, 412, 413, 418, 422, 429, 500, 502, 503] {
            let e = ApiError::from_status(status, "<html>oops</html>");
            assert!(!e.user_message().is_empty(), "{status}");
            assert_eq!(e.problem().map(|p| p.status), Some(status));
        }
        assert!(ApiError::from_status(401, "").needs_login());
        assert!(ApiError::from_status(503, "").is_transient());
        assert!(!ApiError::from_status(422, "").is_transient());
    }

    #[test]
    fn login_and_moderation_codes_have_specific_messages() {
        let e = ApiError::from_status(401, r#"{"status":401,"code":"invalid_credentials"}"#);
        assert!(e.user_message().contains("do not match"));
        let e = ApiError::from_status(412, r#"{"status":412,"code":"already_handled"}"#);
        assert!(e.user_message().contains("Another moderator"));
    }

    #[test]
    fn malformed_truncated_and_oversized_answers_are_errors_not_panics() {
        assert!(
            matches!(decode::<Group>("{\"id\": 1, \"slug\""), Err(ApiError::BadResponse(m)) if m.contains("cut short"))
        );
        assert!(matches!(decode::<Group>("[1,2,3]"), Err(ApiError::BadResponse(_))));
        assert!(matches!(decode::<Group>("null"), Err(ApiError::BadResponse(_))));
        let huge = format!("\"{}\"", "x".repeat(MAX_RESPONSE_BYTES));
        assert!(matches!(decode::<String>(&huge), Err(ApiError::BadResponse(m)) if m.contains("too large")));
    }
}
