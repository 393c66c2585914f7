//! A small blocking HTTP client (ureq) and the expectations checks make of responses: status,
//! content type, JSON shape (by deserializing into the contract's types) and problem details.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use kith_api::{BASE_PATH, Page, Problem, codes};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::Outcome;
use super::world::User;

/// Every problem code of the contract; a problem with another code is a failure.
const KNOWN_CODES: &[&str] = codes::ALL;

/// The connection to the backend under test. Counts requests and remembers every 5xx.
pub struct Http {
    agent: ureq::Agent,
    /// One origin, or several servers of one backend (sharing a database): requests take
    /// them in turn, so every check also proves that what one server wrote, the next reads.
    origins: Vec<String>,
    turn: AtomicUsize,
    verbose: bool,
    server_errors: Mutex<Vec<String>>,
    requests: AtomicU32,
}

impl Http {
    /// `base` is the backend's origin (`http://127.0.0.1:8080`), or several separated by
    /// commas; a trailing `/api/v1` is accepted too.
    pub fn new(base: &str, verbose: bool) -> Http {
        let origins = base
            .split(',')
            .map(|b| {
                let o = b.trim().trim_end_matches('/');
                o.strip_suffix(BASE_PATH).unwrap_or(o).to_string()
            })
            .filter(|o| !o.is_empty())
            .collect();
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            // A fresh connection per request: a server that answers early (413) and closes
            // must not poison the next request.
            .max_idle_connections(0)
            .timeout_global(Some(Duration::from_secs(30)))
            .user_agent("kith-conformance")
            .build();
        Http {
            agent: config.into(),
            origins,
            turn: AtomicUsize::new(0),
            verbose,
            server_errors: Mutex::new(Vec::new()),
            requests: AtomicU32::new(0),
        }
    }

    /// The first server's origin.
    pub fn origin(&self) -> &str {
        self.origins.first().map(String::as_str).unwrap_or("")
    }

    pub fn origins(&self) -> &[String] {
        &self.origins
    }

    /// The next request's server, in turn.
    fn next_origin(&self) -> &str {
        let n = self.origins.len().max(1);
        self.origins.get(self.turn.fetch_add(1, Ordering::Relaxed) % n).map(String::as_str).unwrap_or("")
    }

    pub fn request(&self, method: &'static str, path: impl Into<String>) -> Call<'_> {
        self.call(self.next_origin(), method, path.into())
    }

    /// A request to server `i` (of [`origins`](Self::origins)), whatever the turn.
    pub fn on(&self, i: usize, method: &'static str, path: impl Into<String>) -> Call<'_> {
        let origin = self.origins.get(i).or(self.origins.first()).map(String::as_str).unwrap_or("");
        self.call(origin, method, path.into())
    }

    fn call<'a>(&'a self, origin: &'a str, method: &'static str, path: String) -> Call<'a> {
        Call { http: self, origin, method, path, query: Vec::new(), headers: Vec::new(), body: None }
    }

    pub fn get(&self, path: impl Into<String>) -> Call<'_> {
        self.request("GET", path)
    }
    pub fn post(&self, path: impl Into<String>) -> Call<'_> {
        self.request("POST", path)
    }
    pub fn put(&self, path: impl Into<String>) -> Call<'_> {
        self.request("PUT", path)
    }
    pub fn patch(&self, path: impl Into<String>) -> Call<'_> {
        self.request("PATCH", path)
    }
    pub fn delete(&self, path: impl Into<String>) -> Call<'_> {
        self.request("DELETE", path)
    }

    /// Responses with a 5xx status seen so far, one line each.
    pub fn server_errors(&self) -> Vec<String> {
        self.server_errors.lock().map(|e| e.clone()).unwrap_or_default()
    }

    pub fn request_count(&self) -> u32 {
        self.requests.load(Ordering::Relaxed)
    }
}

/// One request being built.
pub struct Call<'a> {
    http: &'a Http,
    origin: &'a str,
    method: &'static str,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Vec<u8>>,
}

impl<'a> Call<'a> {
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Self {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    pub fn bearer(self, token: &str) -> Self {
        self.header("Authorization", format!("Bearer {token}"))
    }

    /// As this user.
    pub fn by(self, user: &User) -> Self {
        self.bearer(&user.token)
    }

    /// As this user, or anonymously.
    pub fn by_opt(self, user: Option<&User>) -> Self {
        match user {
            Some(u) => self.by(u),
            None => self,
        }
    }

    pub fn if_match(self, etag: &str) -> Self {
        self.header("If-Match", etag)
    }

    pub fn idempotency_key(self, key: &str) -> Self {
        self.header(kith_api::IDEMPOTENCY_KEY, key)
    }

    pub fn query(mut self, name: &str, value: impl ToString) -> Self {
        self.query.push((name.to_string(), value.to_string()));
        self
    }

    /// A JSON body with `Content-Type: application/json`.
    pub fn json<T: Serialize + ?Sized>(self, value: &T) -> Self {
        let bytes = serde_json::to_vec(value).unwrap_or_default();
        self.body("application/json", bytes)
    }

    /// Raw bytes with the given content type.
    pub fn body(mut self, content_type: &str, bytes: impl Into<Vec<u8>>) -> Self {
        self.headers.push(("Content-Type".into(), content_type.to_string()));
        self.body = Some(bytes.into());
        self
    }

    /// Raw bytes without a content type.
    pub fn body_without_type(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.body = Some(bytes.into());
        self
    }

    fn url(&self) -> String {
        let mut url = format!("{}{BASE_PATH}", self.origin);
        url.push_str(&self.path);
        for (i, (k, v)) in self.query.iter().enumerate() {
            url.push(if i == 0 { '?' } else { '&' });
            url.push_str(&encode(k));
            url.push('=');
            url.push_str(&encode(v));
        }
        url
    }

    /// Sends it. A transport failure (no connection, timeout) is an `Err`; any HTTP status is
    /// an `Ok`.
    pub fn send(self) -> Outcome<Resp> {
        let url = self.url();
        let what = format!("{} {}", self.method, url.strip_prefix(self.origin).unwrap_or(&url));
        let mut builder = ureq::http::Request::builder().method(self.method).uri(&url);
        for (k, v) in &self.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        let started = Instant::now();
        self.http.requests.fetch_add(1, Ordering::Relaxed);
        let result = match self.body {
            Some(bytes) => builder
                .body(bytes)
                .map_err(|e| format!("{what}: cannot build the request: {e}"))
                .and_then(|r| self.http.agent.run(r).map_err(|e| format!("{what}: {e}"))),
            None => builder
                .body(())
                .map_err(|e| format!("{what}: cannot build the request: {e}"))
                .and_then(|r| self.http.agent.run(r).map_err(|e| format!("{what}: {e}"))),
        };
        let mut response = match result {
            Ok(r) => r,
            Err(e) => {
                if self.http.verbose {
                    println!("    {what} → transport error: {e}");
                }
                return Err(format!("no HTTP response: {e}"));
            }
        };
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(k, v)| {
                (k.as_str().to_ascii_lowercase(), String::from_utf8_lossy(v.as_bytes()).into_owned())
            })
            .collect();
        let body = response
            .body_mut()
            .with_config()
            .limit(16 * 1024 * 1024)
            .read_to_vec()
            .map_err(|e| format!("{what} → {status}, but reading the body failed: {e}"))?;
        let resp = Resp { status, headers, body, what };
        if self.http.verbose {
            println!("    {} → {} ({} ms)", resp.what, status, started.elapsed().as_millis());
        }
        if status >= 500
            && let Ok(mut e) = self.http.server_errors.lock()
        {
            e.push(resp.summary());
        }
        Ok(resp)
    }
}

/// Percent-encodes a query component.
pub use kith_api::url::encode_component as encode;

/// A response, fully read.
pub struct Resp {
    pub status: u16,
    /// Lowercased names.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// `METHOD /path?query`, for messages.
    pub what: String,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    /// The media type without parameters, lowercased.
    pub fn media_type(&self) -> String {
        self.header("content-type").unwrap_or("").split(';').next().unwrap_or("").trim().to_ascii_lowercase()
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    /// `GET /x → 403 forbidden: {"type":…` for messages.
    pub fn summary(&self) -> String {
        let code = serde_json::from_slice::<serde_json::Value>(&self.body)
            .ok()
            .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_string));
        let mut s = format!("{} → {}", self.what, self.status);
        if let Some(c) = code {
            s.push(' ');
            s.push_str(&c);
        }
        let text = self.text();
        if !text.is_empty() {
            s.push_str(": ");
            s.push_str(&snippet(&text, 240));
        }
        s
    }

    /// Fails unless the status is `status`.
    pub fn expect(self, status: u16) -> Outcome<Resp> {
        if self.status != status {
            return Err(format!("expected {status}, got {}", self.summary()));
        }
        if status == 204 && !self.body.is_empty() {
            return Err(format!("a 204 must have an empty body, got {}", self.summary()));
        }
        Ok(self)
    }

    /// Fails unless the status is `status`, the body is `application/json` and deserializes
    /// into `T`.
    pub fn expect_json<T: DeserializeOwned>(self, status: u16) -> Outcome<T> {
        let r = self.expect(status)?;
        if r.media_type() != "application/json" {
            return Err(format!(
                "expected Content-Type application/json, got {:?} ({})",
                r.header("content-type").unwrap_or("none"),
                r.summary()
            ));
        }
        r.json()
    }

    /// Deserializes the body into `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Outcome<T> {
        serde_json::from_slice(&self.body).map_err(|e| {
            format!(
                "the body does not match the contract's {}: {e} ({})",
                std::any::type_name::<T>().rsplit("::").next().unwrap_or("type"),
                self.summary()
            )
        })
    }

    /// Fails unless the answer is a problem (`application/problem+json`, `status` in the body
    /// equal to the HTTP status, a known `code`) with one of `statuses` and, unless `codes`
    /// is empty, one of `codes`.
    pub fn expect_problem_in(self, statuses: &[u16], codes: &[&str]) -> Outcome<Problem> {
        let wanted = || {
            let s: Vec<String> = statuses.iter().map(|s| s.to_string()).collect();
            let mut w = s.join(" or ");
            if !codes.is_empty() {
                w.push(' ');
                w.push_str(&codes.join("|"));
            }
            w
        };
        if !statuses.contains(&self.status) {
            return Err(format!("expected {}, got {}", wanted(), self.summary()));
        }
        if self.media_type() != "application/problem+json" {
            return Err(format!(
                "expected a problem+json body, got Content-Type {:?} ({})",
                self.header("content-type").unwrap_or("none"),
                self.summary()
            ));
        }
        let p: Problem = self.json()?;
        if p.status != self.status {
            return Err(format!(
                "the problem's status {} differs from the HTTP status ({})",
                p.status,
                self.summary()
            ));
        }
        if !KNOWN_CODES.contains(&p.code.as_str()) {
            return Err(format!(
                "the problem code {:?} is not one of the contract's codes ({})",
                p.code,
                self.summary()
            ));
        }
        if !codes.is_empty() && !codes.contains(&p.code.as_str()) {
            return Err(format!("expected {}, got {}", wanted(), self.summary()));
        }
        Ok(p)
    }

    pub fn expect_problem(self, status: u16, code: &str) -> Outcome<Problem> {
        self.expect_problem_in(&[status], &[code])
    }

    /// Any 4xx problem.
    pub fn expect_client_error(self) -> Outcome<Problem> {
        let all: Vec<u16> = (400..500).collect();
        self.expect_problem_in(&all, &[])
    }

    /// 422 `validation_failed` whose `errors` name every one of `pointers`.
    pub fn expect_invalid(self, pointers: &[&str]) -> Outcome<Problem> {
        let p = self.expect_problem(422, codes::VALIDATION_FAILED)?;
        ensure_pointers(&p, pointers)?;
        Ok(p)
    }
}

/// The problem's `errors` name every one of `pointers`.
pub fn ensure_pointers(p: &Problem, pointers: &[&str]) -> Outcome<()> {
    let got: Vec<&str> = p.errors.iter().map(|e| e.pointer.as_str()).collect();
    for want in pointers {
        if !got.contains(want) {
            return Err(format!("expected an error with pointer {want}, got pointers {got:?}"));
        }
    }
    Ok(())
}

/// The first `n` characters, on one line.
pub fn snippet(s: &str, n: usize) -> String {
    let one_line: String = s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    if one_line.chars().count() > n {
        let cut: String = one_line.chars().take(n).collect();
        format!("{cut}…")
    } else {
        one_line
    }
}

/// GETs a single resource and checks that the `ETag` header equals the body's `etag`.
pub fn get_with_etag<T: DeserializeOwned>(
    http: &Http,
    path: &str,
    user: Option<&User>,
    etag_of: impl Fn(&T) -> &str,
) -> Outcome<T> {
    let r = http.get(path).by_opt(user).send()?;
    let header = r.header("etag").map(str::to_string);
    let value: T = r.expect_json(200)?;
    match header {
        None => Err(format!("GET {path}: no ETag header")),
        Some(h) if h != etag_of(&value) => {
            Err(format!("GET {path}: ETag header {h:?} differs from the body's etag {:?}", etag_of(&value)))
        }
        Some(_) => Ok(value),
    }
}

/// Walks a list page by page with `limit`, checking each page's size and that it ends with a
/// `null` cursor; returns every item in order.
pub fn walk<T: DeserializeOwned>(
    http: &Http,
    path: &str,
    query: &[(&str, String)],
    user: Option<&User>,
    limit: u32,
) -> Outcome<Vec<T>> {
    walk_from(http, path, query, user, limit, None)
}

/// [`walk`] starting at a cursor.
pub fn walk_from<T: DeserializeOwned>(
    http: &Http,
    path: &str,
    query: &[(&str, String)],
    user: Option<&User>,
    limit: u32,
    start: Option<String>,
) -> Outcome<Vec<T>> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = start;
    for _ in 0..200 {
        let mut call = http.get(path).by_opt(user).query("limit", limit);
        for (k, v) in query {
            call = call.query(k, v);
        }
        if let Some(c) = &cursor {
            call = call.query("cursor", c);
        }
        let page: Page<T> = call.send()?.expect_json(200)?;
        if page.items.len() > limit as usize {
            return Err(format!("{path}: a page with limit {limit} has {} items", page.items.len()));
        }
        items.extend(page.items);
        match page.next_cursor {
            None => return Ok(items),
            Some(c) => {
                if cursor.as_deref() == Some(c.as_str()) {
                    return Err(format!("{path}: next_cursor repeats itself"));
                }
                cursor = Some(c);
            }
        }
    }
    Err(format!("{path}: more than 200 pages; next_cursor never became null"))
}

/// Fails unless every id occurs once and `want` are all present.
pub fn ensure_each_once(ids: &[i64], want: &[i64], what: &str) -> Outcome<()> {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if !seen.insert(*id) {
            return Err(format!("{what}: id {id} appears more than once while paging"));
        }
    }
    for w in want {
        if !seen.contains(w) {
            return Err(format!("{what}: id {w} never appeared while paging"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_servers_take_requests_in_turn() {
        let h = Http::new("http://a:1, http://b:2/api/v1/", false);
        assert_eq!(h.origins(), ["http://a:1", "http://b:2"]);
        let urls: Vec<String> = (0..3).map(|_| h.get("/meta").url()).collect();
        assert_eq!(urls, ["http://a:1/api/v1/meta", "http://b:2/api/v1/meta", "http://a:1/api/v1/meta"]);
        assert_eq!(h.on(1, "GET", "/me").url(), "http://b:2/api/v1/me");
        let one = Http::new("http://only:3", false);
        assert_eq!(one.get("/x").url(), one.get("/x").url());
    }
}
