//! Extractors: the caller from the bearer token, JSON bodies with problem rejections, query
//! parameters with pointers, and `If-Match`.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use kith_api::codes;
use kith_api::time::parse_rfc3339;
use kith_api::validate::LIMITS;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::AppState;
use crate::db;
use crate::error::{ApiError, ApiResult};

/// SHA-256 of a token, hex: what the sessions table stores.
pub fn token_hash(token: &str) -> String {
    let d = Sha256::digest(token.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// The bearer token of a request, if any (`Err` when the header is not a bearer token).
fn bearer(parts: &Parts) -> Result<Option<String>, ApiError> {
    let Some(v) = parts.headers.get(header::AUTHORIZATION) else {
        return Ok(None);
    };
    let v = v.to_str().map_err(|_| ApiError::session_ended())?.trim();
    let (scheme, token) = v.split_once(' ').ok_or_else(ApiError::session_ended)?;
    if !scheme.eq_ignore_ascii_case("bearer") || token.trim().is_empty() {
        return Err(ApiError::session_ended());
    }
    Ok(Some(token.trim().to_string()))
}

/// Resolves a token to a user id (cached), or 401 when it is unknown or expired.
pub async fn resolve_token(state: &AppState, token: &str) -> ApiResult<i64> {
    let hash = token_hash(token);
    let now = db::now();
    // Copied out of the cache in its own statement: the lock is released before anything else
    // (forgetting the session locks the same mutex again).
    let cached = state.cached_session(&hash);
    if let Some((uid, exp)) = cached {
        if exp > now {
            return Ok(uid);
        }
        state.forget_session(&hash);
        return Err(ApiError::session_ended());
    }
    let found = db::users::session(&state.db.pool, &hash).await?;
    match found {
        Some((uid, exp)) if exp > now => {
            state.cache_session(hash, uid, exp);
            Ok(uid)
        }
        _ => Err(ApiError::session_ended()),
    }
}

/// The caller: `None` when anonymous. A garbage or expired token is a 401 even on public
/// reads, so clients learn that their session ended.
#[derive(Clone, Copy, Debug)]
pub struct Caller(pub Option<i64>);

impl Caller {
    pub fn id(&self) -> Option<i64> {
        self.0
    }
    pub fn require(&self) -> ApiResult<i64> {
        self.0.ok_or_else(ApiError::unauthorized)
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let Some(c) = parts.extensions.get::<Caller>() {
            return Ok(*c);
        }
        let caller = match bearer(parts)? {
            None => Caller(None),
            Some(t) => Caller(Some(resolve_token(state, &t).await?)),
        };
        parts.extensions.insert(caller);
        Ok(caller)
    }
}

/// A logged-in caller (401 otherwise).
#[derive(Clone, Copy, Debug)]
pub struct Auth(pub i64);

impl FromRequestParts<AppState> for Auth {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let c = Caller::from_request_parts(parts, state).await?;
        Ok(Auth(c.require()?))
    }
}

/// The raw bearer token (for logout).
pub struct Token(pub String);

impl FromRequestParts<AppState> for Token {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, ApiError> {
        bearer(parts)?.map(Token).ok_or_else(ApiError::unauthorized)
    }
}

/// A JSON Pointer from serde_path_to_error's path.
fn pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { variant } => {
                out.push('/');
                out.push_str(variant);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// A string in Unicode Normalization Form C, so "é" typed as e + ◌́ and as one character are
/// the same name, the same search term and the same length.
fn nfc(s: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    if is_nfc_quick(s.chars()) == IsNormalized::Yes { s } else { s.nfc().collect() }
}

/// A JSON value read with three rules on top of JSON's: an object may not repeat a key
/// (parsers disagree on which one wins), a number with a zero fraction (`1.0`) is an integer, as
/// JSON Schema counts it, and every string is put in NFC as it is read.
struct Strict(serde_json::Value);

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{Error, MapAccess, SeqAccess, Visitor};
        use serde_json::Value;
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Strict;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Strict, E> {
                Ok(Strict(Value::Bool(b)))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Strict, E> {
                Ok(Strict(Value::from(n)))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Strict, E> {
                Ok(Strict(Value::from(n)))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Strict, E> {
                if n.fract() == 0.0 && n.abs() < 9.0e15 {
                    Ok(Strict(Value::from(n as i64)))
                } else {
                    Ok(Strict(serde_json::Number::from_f64(n).map(Value::Number).unwrap_or(Value::Null)))
                }
            }
            fn visit_str<E>(self, s: &str) -> Result<Strict, E> {
                Ok(Strict(Value::String(nfc(s.to_string()))))
            }
            fn visit_string<E>(self, s: String) -> Result<Strict, E> {
                Ok(Strict(Value::String(nfc(s))))
            }
            fn visit_unit<E>(self) -> Result<Strict, E> {
                Ok(Strict(Value::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Strict, A::Error> {
                let mut items = Vec::new();
                while let Some(Strict(v)) = seq.next_element()? {
                    items.push(v);
                }
                Ok(Strict(Value::Array(items)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Strict, A::Error> {
                let mut obj = serde_json::Map::new();
                while let Some(k) = map.next_key::<String>()? {
                    if obj.contains_key(&k) {
                        return Err(A::Error::custom(format!("the field `{k}` appears twice")));
                    }
                    let Strict(v) = map.next_value()?;
                    obj.insert(k, v);
                }
                Ok(Strict(Value::Object(obj)))
            }
        }
        d.deserialize_any(V)
    }
}

/// Parses JSON: syntax errors, repeated fields, wrong types and missing fields are 400
/// `malformed_request`; an unknown enum value is a 422 with a pointer to the field. Strings
/// arrive in NFC.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> ApiResult<T> {
    // Every request body of the contract is a JSON object (serde would also accept a struct
    // written as an array).
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(ApiError::bad_request("The body must be a JSON object."));
    }
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let value = match <Strict as serde::Deserialize>::deserialize(&mut *de) {
        Ok(Strict(v)) => v,
        Err(e) => {
            let msg = e.to_string();
            let short = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            return Err(ApiError::bad_request(if e.is_data() {
                format!("The body is not acceptable JSON: {short}.")
            } else {
                format!("The body is not valid JSON: {msg}.")
            }));
        }
    };
    if de.end().is_err() {
        return Err(ApiError::bad_request("The body is not valid JSON: there is more after the object."));
    }
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(v) => Ok(v),
        Err(e) => {
            let ptr = pointer(e.path());
            let short = e.into_inner().to_string();
            if short.starts_with("unknown variant") {
                return Err(ApiError::field(
                    if ptr.is_empty() { "/" } else { &ptr },
                    format!("Not an allowed value: {short}."),
                ));
            }
            Err(ApiError::bad_request(if ptr.is_empty() {
                format!("The body has the wrong shape: {short}.")
            } else {
                format!("The field {ptr} is wrong: {short}.")
            }))
        }
    }
}

fn is_json(req: &Request) -> Option<bool> {
    let ct = req.headers().get(header::CONTENT_TYPE)?;
    let ct = ct.to_str().ok().unwrap_or("").to_ascii_lowercase();
    let mime = ct.split(';').next().unwrap_or("").trim().to_string();
    Some(mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json")))
}

/// Reads the whole body, within the body deadline (408 for a client that sends too slowly).
async fn read_body(req: Request, state: &AppState) -> ApiResult<(Option<bool>, Bytes)> {
    let json = is_json(&req);
    let read = tokio::time::timeout(state.guard.policy.timeouts.body, Bytes::from_request(req, state)).await;
    let bytes = read.map_err(|_| ApiError::request_timeout())?.map_err(|r| {
        if r.status() == StatusCode::PAYLOAD_TOO_LARGE {
            payload_too_large()
        } else {
            ApiError::bad_request("The request body could not be read.")
        }
    })?;
    Ok((json, bytes))
}

pub fn payload_too_large() -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        codes::PAYLOAD_TOO_LARGE,
        format!("The body is larger than the {} bytes this server accepts.", LIMITS.max_body_bytes),
    )
}

fn unsupported() -> ApiError {
    ApiError::new(
        StatusCode::UNSUPPORTED_MEDIA_TYPE,
        codes::UNSUPPORTED_MEDIA_TYPE,
        "Send the body as application/json.",
    )
}

/// A required JSON body.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned> FromRequest<AppState> for JsonBody<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        let (json, bytes) = read_body(req, state).await?;
        if json != Some(true) {
            return Err(unsupported());
        }
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(ApiError::bad_request("A JSON body is required."));
        }
        parse_json(&bytes).map(JsonBody)
    }
}

/// An optional JSON body: empty means the default.
pub struct OptJson<T>(pub T);

impl<T: DeserializeOwned + Default> FromRequest<AppState> for OptJson<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &AppState) -> Result<Self, ApiError> {
        let (json, bytes) = read_body(req, state).await?;
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Ok(OptJson(T::default()));
        }
        if json != Some(true) {
            return Err(unsupported());
        }
        parse_json(&bytes).map(OptJson)
    }
}

/// The `If-Match` header, checked against the current ETag by the handler.
pub struct IfMatch(pub Option<String>);

impl IfMatch {
    /// 428 when missing, 412 when it names another version.
    pub fn check(&self, current: &str) -> ApiResult<()> {
        let Some(v) = &self.0 else {
            return Err(ApiError::new(
                StatusCode::PRECONDITION_REQUIRED,
                codes::PRECONDITION_REQUIRED,
                "Send If-Match with the ETag you loaded, so changes by others are not overwritten.",
            ));
        };
        let ok = v
            .split(',')
            .map(str::trim)
            .any(|t| t == "*" || t == current || t.strip_prefix("W/") == Some(current));
        if ok { Ok(()) } else { Err(ApiError::precondition_failed()) }
    }
}

impl FromRequestParts<AppState> for IfMatch {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, ApiError> {
        Ok(IfMatch(
            parts.headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()).map(|s| s.trim().to_string()),
        ))
    }
}

/// The longest search text or name a query parameter may carry.
pub const MAX_QUERY_TEXT: usize = 200;

/// Query parameters, parsed field by field so every error names its `/query/<name>`.
pub struct Qs(pub Vec<(String, String)>);

impl FromRequestParts<AppState> for Qs {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Query(v) =
            Query::<Vec<(String, String)>>::from_request_parts(parts, state).await.map_err(|_| {
                ApiError::new(StatusCode::BAD_REQUEST, codes::INVALID_QUERY, "The query string is malformed.")
            })?;
        Ok(Qs(v))
    }
}

impl Qs {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// A non-empty trimmed string of at most [`MAX_QUERY_TEXT`] characters.
    pub fn text(&self, name: &str) -> ApiResult<Option<String>> {
        let v = self.get(name).map(str::trim).filter(|s| !s.is_empty());
        match v {
            Some(v) if v.chars().count() > MAX_QUERY_TEXT => Err(ApiError::invalid_query(
                &format!("/query/{name}"),
                format!("{name} can have at most {MAX_QUERY_TEXT} characters."),
            )),
            v => Ok(v.map(String::from)),
        }
    }

    /// `limit`: 1..=100, default 20.
    pub fn limit(&self) -> ApiResult<i64> {
        match self.get("limit") {
            None => Ok(LIMITS.default_page_size as i64),
            Some(v) => match v.trim().parse::<i64>() {
                Ok(n) if (1..=LIMITS.max_page_size as i64).contains(&n) => Ok(n),
                _ => Err(ApiError::invalid_query(
                    "/query/limit",
                    format!("limit must be a whole number from 1 to {} (got {v:?}).", LIMITS.max_page_size),
                )),
            },
        }
    }

    pub fn cursor(&self) -> Option<&str> {
        self.get("cursor").filter(|c| !c.is_empty())
    }

    /// An enum value by its `parse` function; unknown values are 400 `invalid_query`.
    pub fn enumeration<T>(
        &self,
        name: &str,
        parse: impl Fn(&str) -> Option<T>,
        allowed: &[&str],
    ) -> ApiResult<Option<T>> {
        match self.get(name) {
            None => Ok(None),
            Some("") => Ok(None),
            Some(v) => parse(v).map(Some).ok_or_else(|| {
                ApiError::invalid_query(
                    &format!("/query/{name}"),
                    format!("{name} must be one of {} (got {v:?}).", allowed.join(", ")),
                )
            }),
        }
    }

    pub fn boolean(&self, name: &str) -> ApiResult<Option<bool>> {
        match self.get(name) {
            None | Some("") => Ok(None),
            Some("true" | "1") => Ok(Some(true)),
            Some("false" | "0") => Ok(Some(false)),
            Some(v) => Err(ApiError::invalid_query(
                &format!("/query/{name}"),
                format!("{name} must be true or false (got {v:?})."),
            )),
        }
    }

    pub fn time(&self, name: &str) -> ApiResult<Option<i64>> {
        match self.get(name) {
            None | Some("") => Ok(None),
            Some(v) => parse_rfc3339(v).map(Some).ok_or_else(|| {
                ApiError::invalid_query(
                    &format!("/query/{name}"),
                    format!("{name} must be an RFC 3339 date and time (got {v:?})."),
                )
            }),
        }
    }
}
