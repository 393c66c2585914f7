//! Problem responses (RFC 9457, `application/problem+json`) with the contract's stable codes.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kith_api::{FieldError, Problem, codes};

/// An error any handler may return; it renders as a problem document.
#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub detail: String,
    pub errors: Vec<FieldError>,
    /// Seconds for a `Retry-After` header (429, 503).
    pub retry_after: Option<u64>,
}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> Self {
        ApiError { status, code, detail: detail.into(), errors: Vec::new(), retry_after: None }
    }
    pub fn bad_request(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, codes::MALFORMED_REQUEST, detail)
    }
    pub fn invalid_query(pointer: &str, detail: impl Into<String>) -> Self {
        let detail = detail.into();
        let mut e = Self::new(StatusCode::BAD_REQUEST, codes::INVALID_QUERY, detail.clone());
        e.errors.push(FieldError::new(pointer, detail));
        e
    }
    pub fn invalid_cursor() -> Self {
        Self::new(
            StatusCode::BAD_REQUEST,
            codes::INVALID_CURSOR,
            "The cursor was not issued by this server for this list; start again without it.",
        )
    }
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            codes::UNAUTHORIZED,
            "Log in first: this needs a valid session token.",
        )
    }
    pub fn session_ended() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            codes::UNAUTHORIZED,
            "The session token is unknown or expired; log in again.",
        )
    }
    pub fn forbidden(detail: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, codes::FORBIDDEN, detail)
    }
    pub fn members_only() -> Self {
        Self::new(
            StatusCode::FORBIDDEN,
            codes::MEMBERS_ONLY,
            "This group is private: its content is for members only.",
        )
    }
    pub fn not_found(what: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, codes::NOT_FOUND, format!("There is no such {what}."))
    }
    pub fn conflict(code: &'static str, detail: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, code, detail)
    }
    pub fn archived() -> Self {
        Self::conflict(codes::ARCHIVED, "The group is archived and read-only.")
    }
    pub fn validation(errors: Vec<FieldError>) -> Self {
        let detail = match errors.first() {
            Some(first) if errors.len() == 1 => first.detail.clone(),
            _ => format!("{} fields need attention.", errors.len()),
        };
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: codes::VALIDATION_FAILED,
            detail,
            errors,
            retry_after: None,
        }
    }
    pub fn field(pointer: &str, detail: impl Into<String>) -> Self {
        Self::validation(vec![FieldError::new(pointer, detail)])
    }
    pub fn precondition_failed() -> Self {
        Self::new(
            StatusCode::PRECONDITION_FAILED,
            codes::PRECONDITION_FAILED,
            "It changed since you loaded it (the If-Match ETag is stale); reload and try again.",
        )
    }
    /// 429 with `Retry-After`.
    pub fn rate_limited(retry_after: u64, detail: impl Into<String>) -> Self {
        let mut e = Self::new(StatusCode::TOO_MANY_REQUESTS, codes::RATE_LIMITED, detail);
        e.retry_after = Some(retry_after.max(1));
        e
    }
    /// 503 with `Retry-After`: too many expensive requests at once.
    pub fn busy() -> Self {
        let mut e = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            codes::BUSY,
            "The server is busy checking other passwords; try again in a moment.",
        );
        e.retry_after = Some(2);
        e
    }
    /// 408: the body did not arrive in time.
    pub fn request_timeout() -> Self {
        Self::new(
            StatusCode::REQUEST_TIMEOUT,
            codes::REQUEST_TIMEOUT,
            "The request body arrived too slowly; send it again.",
        )
    }
    pub fn internal() -> Self {
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            codes::INTERNAL,
            "The server failed; nothing was written. Try again.",
        )
    }

    pub fn problem(&self) -> Problem {
        Problem {
            type_: "about:blank".into(),
            title: self.status.canonical_reason().unwrap_or("Error").to_string(),
            status: self.status.as_u16(),
            detail: Some(self.detail.clone()),
            code: self.code.to_string(),
            errors: self.errors.clone(),
        }
    }
}

/// Checks a list of field errors: empty is fine, otherwise a 422.
pub fn check(errors: Vec<FieldError>) -> ApiResult<()> {
    if errors.is_empty() { Ok(()) } else { Err(ApiError::validation(errors)) }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        eprintln!("kith-server: database error: {e}");
        // PostgreSQL stores no NUL character in text (SQLite does): a body field that carries
        // one past validation is the request's fault, not the server's.
        if let sqlx::Error::Database(d) = &e
            && d.code().as_deref() == Some("22021")
        {
            return ApiError::bad_request("Text cannot contain NUL characters.");
        }
        if matches!(e, sqlx::Error::PoolTimedOut) {
            // Every connection is busy (a flood): "not now", not a failure.
            let mut busy = ApiError::busy();
            busy.detail = "The server is busy; try again in a moment.".into();
            return busy;
        }
        ApiError::internal()
    }
}

pub fn problem_response(status: StatusCode, body: &Problem) -> Response {
    let json = serde_json::to_string(body).unwrap_or_else(|_| "{}".into());
    let mut resp = (status, json).into_response();
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
    resp
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut resp = problem_response(self.status, &self.problem());
        if let Some(secs) = self.retry_after {
            resp.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        resp
    }
}
