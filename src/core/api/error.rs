//! The one error type of the REST client, mapped once from HTTP status and problem details to
//! a message a member can act on.

use kith_api::{FieldError, Problem, codes};

use crate::tr;

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
        let mut problem = parsed.unwrap_or_else(|| Problem {
            type_: "about:blank".into(),
            title: String::new(),
            status,
            detail: None,
            code: String::new(),
            errors: Vec::new(),
        });
        // A field's note is the server's own words (English, with no code to translate by): in
        // English it is shown as sent, other languages show their own general note.
        for e in &mut problem.errors {
            e.detail = tr!("core-error-field", detail = e.detail.as_str());
        }
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

    /// A sentence for the member: what happened and what to do. It comes from the catalog, by
    /// the problem's stable code (or, for a code this app does not know, by its HTTP status):
    /// the server's own `detail` is English and is never shown.
    pub fn user_message(&self) -> String {
        match self {
            ApiError::Network(_) => tr!("core-error-network"),
            ApiError::Timeout => tr!("core-error-timeout"),
            ApiError::Aborted => tr!("core-error-aborted"),
            ApiError::BadResponse(_) => tr!("core-error-bad-response"),
            ApiError::RateLimited(_, Some(s)) => tr!("core-error-rate-limited-wait", wait = wait_phrase(*s)),
            ApiError::RateLimited(_, None) => tr!("core-error-rate-limited"),
            ApiError::Busy(_, Some(s)) => tr!("core-error-busy-wait", wait = wait_phrase(*s)),
            ApiError::Busy(_, None) => tr!("core-error-busy"),
            ApiError::Invalid(p) if !p.errors.is_empty() => tr!("core-error-validation-failed-fields"),
            ApiError::Refused(p) if p.status == 408 => tr!("core-error-request-timeout"),
            _ => self.problem().and_then(code_message).unwrap_or_else(|| self.status_message()),
        }
    }

    /// The message for a problem whose code this app does not know (or that has none): one per
    /// kind of status.
    fn status_message(&self) -> String {
        match self {
            ApiError::Unauthorized(_) => tr!("core-error-unauthorized"),
            ApiError::Forbidden(_) => tr!("core-error-forbidden"),
            ApiError::NotFound(_) => tr!("core-error-not-found"),
            ApiError::Conflict(_) => tr!("core-error-conflict"),
            ApiError::Stale(_) => tr!("core-error-precondition-failed"),
            ApiError::Invalid(_) => tr!("core-error-validation-failed"),
            ApiError::TooLarge(_) => tr!("core-error-payload-too-large"),
            ApiError::Refused(_) => tr!("core-error-refused"),
            ApiError::Server(p) => tr!("core-error-server", status = p.status.to_string()),
            // Handled in `user_message`; kept total for safety.
            ApiError::RateLimited(..) => tr!("core-error-rate-limited"),
            ApiError::Busy(..) => tr!("core-error-busy"),
            ApiError::Network(_) => tr!("core-error-network"),
            ApiError::Timeout => tr!("core-error-timeout"),
            ApiError::Aborted => tr!("core-error-aborted"),
            ApiError::BadResponse(_) => tr!("core-error-bad-response"),
        }
    }
}

/// The catalog's message for each stable problem code of the contract (`kith_api::codes`);
/// `None` for a code this app does not know.
fn code_message(p: &Problem) -> Option<String> {
    Some(match p.code.as_str() {
        codes::MALFORMED_REQUEST => tr!("core-error-malformed-request"),
        codes::INVALID_QUERY => tr!("core-error-invalid-query"),
        codes::INVALID_CURSOR => tr!("core-error-invalid-cursor"),
        codes::UNAUTHORIZED => tr!("core-error-unauthorized"),
        codes::INVALID_CREDENTIALS => tr!("core-error-invalid-credentials"),
        codes::FORBIDDEN => tr!("core-error-forbidden"),
        codes::MEMBERS_ONLY => tr!("core-error-members-only"),
        codes::MUTED => tr!("core-error-muted"),
        codes::BANNED => tr!("core-error-banned"),
        codes::LOCKED => tr!("core-error-locked"),
        codes::NOT_FOUND => tr!("core-error-not-found"),
        codes::METHOD_NOT_ALLOWED => tr!("core-error-method-not-allowed"),
        codes::CONFLICT => tr!("core-error-conflict"),
        codes::USERNAME_TAKEN => tr!("core-error-username-taken"),
        codes::SLUG_TAKEN => tr!("core-error-slug-taken"),
        codes::SOLE_OWNER => tr!("core-error-sole-owner"),
        codes::EVENT_CANCELLED => tr!("core-error-event-cancelled"),
        codes::ARCHIVED => tr!("core-error-archived"),
        codes::IDEMPOTENCY_KEY_REUSED => tr!("core-error-idempotency-key-reused"),
        codes::PRECONDITION_FAILED => tr!("core-error-precondition-failed"),
        codes::ALREADY_HANDLED => tr!("core-error-already-handled"),
        codes::PAYLOAD_TOO_LARGE => tr!("core-error-payload-too-large"),
        codes::UNSUPPORTED_MEDIA_TYPE => tr!("core-error-unsupported-media-type"),
        codes::VALIDATION_FAILED => tr!("core-error-validation-failed"),
        codes::PRECONDITION_REQUIRED => tr!("core-error-precondition-required"),
        codes::RATE_LIMITED => tr!("core-error-rate-limited"),
        codes::BUSY => tr!("core-error-busy"),
        codes::REQUEST_TIMEOUT => tr!("core-error-request-timeout"),
        codes::INTERNAL => tr!("core-error-internal", status = p.status.to_string()),
        _ => return None,
    })
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
    match secs {
        0..=1 => tr!("core-wait-seconds", count = 1u32),
        2..=90 => tr!("core-wait-seconds", count = secs),
        91..=5_399 => tr!("core-wait-minutes", count = secs.div_ceil(60)),
        _ => tr!("core-wait-hours", count = (secs + 1_800) / 3_600),
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
    fn every_contract_code_has_its_own_message_and_the_servers_detail_is_never_shown() {
        for code in codes::ALL {
            let p = Problem {
                type_: "about:blank".into(),
                title: String::new(),
                status: 400,
                detail: Some("SERVER DETAIL".into()),
                code: code.to_string(),
                errors: Vec::new(),
            };
            assert!(code_message(&p).is_some(), "{code} has no message");
        }
        for status in [400, 403, 404, 409, 412, 422, 500] {
            let body = format!(r#"{{"status":{status},"code":"no_such_code","detail":"SERVER DETAIL"}}"#);
            let m = ApiError::from_status(status, &body).user_message();
            assert!(!m.contains("SERVER DETAIL") && !m.is_empty(), "{status}: {m}");
        }
        let e = ApiError::from_status(403, r#"{"status":403,"code":"banned","detail":"Banned until 2030."}"#);
        assert_eq!(e.user_message(), "You are banned from this group.");
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
