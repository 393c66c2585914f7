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
    /// 429, with the seconds of `Retry-After` when the server sent them.
    #[error("rate limited")]
    RateLimited(Problem, Option<u32>),
    /// 503: the server is overloaded for now, with the seconds of `Retry-After` when sent.
    #[error("server busy")]
    Busy(Problem, Option<u32>),
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
        ApiError::from_response(status, body, None)
    }

    /// [`ApiError::from_status`] with the answer's `Retry-After` header, if any.
    pub fn from_response(status: u16, body: &str, retry_after: Option<&str>) -> ApiError {
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
            429 => ApiError::RateLimited(problem, retry_after.and_then(parse_retry_after)),
            400..=499 => ApiError::Refused(problem),
            503 => ApiError::Busy(problem, retry_after.and_then(parse_retry_after)),
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
            | ApiError::RateLimited(p, _)
            | ApiError::Busy(p, _)
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

    /// How long the server asked us to wait before trying again (429, 503).
    pub fn retry_after(&self) -> Option<u32> {
        match self {
            ApiError::RateLimited(_, s) | ApiError::Busy(_, s) => *s,
            _ => None,
        }
    }

    /// The session is missing or over: the member must log in (again).
    pub fn needs_login(&self) -> bool {
        matches!(self, ApiError::Unauthorized(_))
    }

    /// The server refused the request (4xx, or 503 busy): nothing was written.
    pub fn is_refusal(&self) -> bool {
        self.problem().is_some() && !matches!(self, ApiError::Server(_))
    }

    /// Trying again later may work (the same request, unchanged).
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            ApiError::Network(_)
                | ApiError::Timeout
                | ApiError::RateLimited(..)
                | ApiError::Busy(..)
                | ApiError::Server(_)
        ) || self.problem().is_some_and(|p| p.status == 408)
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
            ApiError::RateLimited(_, wait) => match wait {
                Some(s) => format!(
                    "Too many attempts in a short time. Try again in {}; what you typed is kept.",
                    wait_phrase(*s)
                ),
                None => "Too many attempts in a short time. Wait a moment and try again; what you typed is kept.".into(),
            },
            ApiError::Busy(_, wait) => match wait {
                Some(s) => format!(
                    "The server is busy right now. Try again in {}; nothing was saved.",
                    wait_phrase(*s)
                ),
                None => "The server is busy right now. Try again in a moment; nothing was saved.".into(),
            },
            ApiError::Refused(p) if p.status == 408 || p.code == codes::REQUEST_TIMEOUT => {
                "The connection was too slow to send that in time. Try again; nothing was saved.".into()
            }
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

/// The seconds of a `Retry-After` header. Only the delay form is read (the date form is rare
/// for APIs and would depend on the device's clock); anything else is `None`. Absurd values are
/// capped at a day.
pub fn parse_retry_after(value: &str) -> Option<u32> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(v.parse::<u64>().map_or(86_400, |n| n.min(86_400)) as u32)
}

/// A wait in words: "1 second", "45 seconds", "2 minutes", "about 3 hours".
pub fn wait_phrase(secs: u32) -> String {
    let plural = |n: u32, unit: &str| if n == 1 { format!("1 {unit}") } else { format!("{n} {unit}s") };
    match secs {
        0..=1 => "1 second".into(),
        2..=90 => plural(secs, "second"),
        91..=5_399 => plural(secs.div_ceil(60), "minute"),
        _ => format!("about {}", plural((secs + 1_800) / 3_600, "hour")),
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
    fn throttled_busy_and_slow_answers_say_how_long_to_wait() {
        let body = r#"{"status":429,"code":"rate_limited","detail":"You are creating comments too fast; try again in 42 s."}"#;
        let e = ApiError::from_response(429, body, Some("42"));
        assert_eq!(e.retry_after(), Some(42));
        assert!(e.user_message().contains("Try again in 42 seconds"), "{}", e.user_message());
        assert!(e.is_transient() && e.is_refusal());
        let e = ApiError::from_response(429, "", Some("600"));
        assert!(e.user_message().contains("in 10 minutes"));
        // No header, or one that is not a number of seconds: still a sentence, no number.
        for header in [None, Some("Wed, 21 Oct 2026 07:28:00 GMT"), Some("-3"), Some("")] {
            let e = ApiError::from_response(429, "", header);
            assert_eq!(e.retry_after(), None);
            assert!(e.user_message().contains("Wait a moment"));
        }
        let e = ApiError::from_response(503, r#"{"status":503,"code":"busy"}"#, Some("2"));
        assert!(matches!(e, ApiError::Busy(_, Some(2))));
        assert!(e.user_message().contains("busy right now. Try again in 2 seconds"));
        assert!(e.is_transient());
        let e = ApiError::from_response(408, r#"{"status":408,"code":"request_timeout"}"#, None);
        assert!(e.user_message().contains("too slow"));
        assert!(e.is_transient());
    }

    #[test]
    fn waits_read_naturally() {
        assert_eq!(wait_phrase(0), "1 second");
        assert_eq!(wait_phrase(1), "1 second");
        assert_eq!(wait_phrase(59), "59 seconds");
        assert_eq!(wait_phrase(90), "90 seconds");
        assert_eq!(wait_phrase(91), "2 minutes");
        assert_eq!(wait_phrase(3_600), "60 minutes");
        assert_eq!(wait_phrase(7_200), "about 2 hours");
        assert_eq!(parse_retry_after(" 30 "), Some(30));
        assert_eq!(parse_retry_after("99999999999999999999"), Some(86_400));
        assert_eq!(parse_retry_after("1.5"), None);
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
