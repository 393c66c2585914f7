//! The request core every endpoint function uses: base URL and token, `If-Match` and
//! `Idempotency-Key`, a time limit, abort when the calling component goes away, and error
//! mapping. Requests never panic, whatever the server answers.

use std::cell::Cell;
use std::rc::Rc;

use gloo_net::http::{Method, RequestBuilder};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

use super::error::{ApiError, decode};
use crate::core::backend::Backend;
use crate::core::session::Session;

/// Default time limit of a request.
const TIMEOUT_MS: i32 = 20_000;

/// The REST client: cheap to copy, captured by components when they are created.
#[derive(Clone, Copy)]
pub struct Api {
    pub(crate) backend: Backend,
    pub(crate) session: Session,
    pub(crate) conn: crate::core::connectivity::Connectivity,
}

/// Sets up the client context.
pub fn provide_api(backend: Backend, session: Session, conn: crate::core::connectivity::Connectivity) -> Api {
    let api = Api { backend, session, conn };
    provide_context(api);
    api
}

/// The client; components call this once when they are created.
pub fn use_api() -> Api {
    use_context::<Api>().expect("provide_api runs before any page")
}

/// Aborts a request whose future is dropped while it is still in flight.
struct AbortOnDrop(Option<web_sys::AbortController>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(c) = self.0.take() {
            c.abort();
        }
    }
}

/// One request, described before it is sent.
pub(crate) struct Req {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<String>,
    if_match: Option<String>,
    idempotency_key: Option<String>,
}

impl Req {
    pub fn get(path: impl Into<String>) -> Req {
        Req::new(Method::GET, path)
    }
    pub fn post(path: impl Into<String>) -> Req {
        Req::new(Method::POST, path)
    }
    pub fn put(path: impl Into<String>) -> Req {
        Req::new(Method::PUT, path)
    }
    pub fn patch(path: impl Into<String>) -> Req {
        Req::new(Method::PATCH, path)
    }
    pub fn delete(path: impl Into<String>) -> Req {
        Req::new(Method::DELETE, path)
    }
    fn new(method: Method, path: impl Into<String>) -> Req {
        Req {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            if_match: None,
            idempotency_key: None,
        }
    }
    /// Adds the non-empty fields of a query struct as query parameters.
    pub fn query<Q: Serialize>(mut self, q: &Q) -> Req {
        self.query.extend(query_pairs(q));
        self
    }
    pub fn json<B: Serialize>(mut self, body: &B) -> Req {
        self.body = serde_json::to_string(body).ok();
        self
    }
    pub fn if_match(mut self, etag: &str) -> Req {
        self.if_match = Some(etag.to_string());
        self
    }
    pub fn idempotency_key(mut self, key: Option<&str>) -> Req {
        self.idempotency_key = key.map(str::to_string);
        self
    }
}

/// Flattens a serialisable query struct into `name=value` pairs, skipping empty values.
pub fn query_pairs<Q: Serialize>(q: &Q) -> Vec<(String, String)> {
    let Ok(serde_json::Value::Object(map)) = serde_json::to_value(q) else {
        return Vec::new();
    };
    map.into_iter()
        .filter_map(|(k, v)| match v {
            serde_json::Value::String(s) if !s.is_empty() => Some((k, s)),
            serde_json::Value::Number(n) => Some((k, n.to_string())),
            serde_json::Value::Bool(b) => Some((k, b.to_string())),
            _ => None,
        })
        .collect()
}

pub use kith_api::url::encode_component;

/// Joins base, the API's base path, a path and query pairs into a URL.
pub fn build_url(base: &str, path: &str, query: &[(String, String)]) -> String {
    let mut url = format!("{base}{}{path}", kith_api::BASE_PATH);
    for (i, (k, v)) in query.iter().enumerate() {
        url.push(if i == 0 { '?' } else { '&' });
        url.push_str(&encode_component(k));
        url.push('=');
        url.push_str(&encode_component(v));
    }
    url
}

/// A fresh random key for `Idempotency-Key` (and drafts).
pub fn new_idempotency_key() -> String {
    web_sys::window().and_then(|w| w.crypto().ok()).map(|c| c.random_uuid()).unwrap_or_else(|| {
        format!("k{}", js_sys::Date::now() as u64 ^ (js_sys::Math::random() * 1e15) as u64)
    })
}

impl Api {
    /// The absolute URL of an API path, for links such as .ics downloads.
    pub fn url(&self, path: &str) -> String {
        let base = self.backend.base.get_untracked();
        let url = build_url(&base, path, &[]);
        if url.starts_with("http") {
            url
        } else {
            let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
            format!("{origin}{url}")
        }
    }

    /// Reloads the member's profile (memberships and roles) in the background.
    pub fn refresh_me(&self) {
        let api = *self;
        leptos::task::spawn_local(async move {
            if let Ok(me) = api.me().await {
                api.session.me.set(Some(me));
            }
        });
    }

    /// Sends a request and decodes a JSON answer (`()` for 204).
    pub(crate) async fn send<T: DeserializeOwned>(&self, req: Req) -> Result<T, ApiError> {
        let text = self.send_text(req).await?;
        decode(if text.trim().is_empty() { "null" } else { &text })
    }

    /// Sends a request and returns a successful answer's body as text (e.g. iCalendar). A GET
    /// that succeeds is kept for offline reading; one that cannot reach the server answers
    /// from that saved copy, if there is one, and says how old it is.
    pub(crate) async fn send_text(&self, req: Req) -> Result<String, ApiError> {
        let saveable = req.method == Method::GET && crate::core::storage::saved::is_saveable(&req.path);
        if !saveable {
            return self.send_live(req).await;
        }
        let base = self.backend.base.get_untracked();
        let user = self.session.username_untracked().unwrap_or_else(|| crate::core::storage::GUEST.into());
        let path = build_url("", &req.path, &req.query);
        match self.send_live(req).await {
            Ok(text) => {
                // Only while the same member (or the same visitor) is still here: an answer that
                // arrives after their session ended is not kept for whoever comes next.
                let session = self.session;
                let owner = user.clone();
                let same = move || {
                    session.username_untracked().unwrap_or_else(|| crate::core::storage::GUEST.into())
                        == owner
                };
                if same() {
                    crate::core::connectivity::save_copy(&base, &user, &path, &text, same);
                }
                self.conn.showing_copy_from.set(None);
                Ok(text)
            }
            Err(e @ (ApiError::Network(_) | ApiError::Timeout)) => {
                match crate::core::connectivity::load_copy(&base, &user, &path).await {
                    Some(copy) => {
                        self.conn.showing_copy_from.set(Some(copy.saved_at));
                        Ok(copy.body)
                    }
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// Sends a request with the member's token. A refused token ends the session here (and
    /// with it the saved copies); a page anyone may read then still loads, as a visitor's.
    async fn send_live(&self, req: Req) -> Result<String, ApiError> {
        let token = self.session.token();
        let had_token = token.is_some();
        match self.send_once(&req, token).await {
            Err(e) if e.needs_login() && had_token => {
                self.session.mark_expired();
                if req.method == Method::GET {
                    return self.send_once(&req, None).await.map_err(|_| e);
                }
                Err(e)
            }
            other => other,
        }
    }

    async fn send_once(&self, req: &Req, token: Option<String>) -> Result<String, ApiError> {
        let base = self.backend.base.get_untracked();
        let url = build_url(&base, &req.path, &req.query);
        if req.method == Method::GET
            && let Some(early) = crate::core::early::api(&url, token.as_deref()).await
        {
            return answer(early.status, early.text, early.retry_after);
        }

        let controller =
            web_sys::AbortController::new().map_err(|_| ApiError::Network("fetch is unavailable".into()))?;
        let signal = controller.signal();
        // A future dropped before its answer (a cancelled task) cancels its request too.
        let mut guard = AbortOnDrop(Some(controller.clone()));
        // Leaving the page (the component's owner is cleaned up) cancels the request.
        if Owner::current().is_some() {
            let c = SendWrapper::new(controller.clone());
            on_cleanup(move || c.abort());
        }
        let timed_out = Rc::new(Cell::new(false));
        let timer = {
            let timed_out = timed_out.clone();
            let controller = controller.clone();
            let f = Closure::once_into_js(move || {
                timed_out.set(true);
                controller.abort();
            });
            web_sys::window().and_then(|w| {
                w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), TIMEOUT_MS).ok()
            })
        };

        let mut rb = RequestBuilder::new(&url)
            .method(req.method.clone())
            .abort_signal(Some(&signal))
            .header("Accept", "application/json, application/problem+json");
        if let Some(t) = &token {
            rb = rb.header("Authorization", &format!("Bearer {t}"));
        }
        if let Some(etag) = &req.if_match {
            rb = rb.header("If-Match", etag);
        }
        if let Some(key) = &req.idempotency_key {
            rb = rb.header("Idempotency-Key", key);
        }
        let sent = match req.body.clone() {
            Some(body) => match rb.header("Content-Type", "application/json").body(body) {
                Ok(r) => r.send().await,
                Err(e) => Err(e),
            },
            None => rb.send().await,
        };
        let outcome = match sent {
            Ok(resp) => {
                let status = resp.status();
                let retry_after = resp.headers().get("Retry-After");
                match resp.text().await {
                    Ok(text) => Ok((status, text, retry_after)),
                    Err(e) => Err(e),
                }
            }
            Err(e) => Err(e),
        };
        guard.0 = None;
        if let (Some(handle), Some(w)) = (timer, web_sys::window()) {
            w.clear_timeout_with_handle(handle);
        }
        let (status, text, retry_after) = outcome.map_err(|e| {
            if timed_out.get() {
                ApiError::Timeout
            } else if signal.aborted() {
                ApiError::Aborted
            } else {
                ApiError::Network(e.to_string())
            }
        })?;
        answer(status, text, retry_after)
    }
}

/// A received answer: its body when successful, otherwise the error it describes.
fn answer(status: u16, text: String, retry_after: Option<String>) -> Result<String, ApiError> {
    if (200..300).contains(&status) {
        if text.len() > super::error::MAX_RESPONSE_BYTES {
            return Err(ApiError::BadResponse("the answer is too large".into()));
        }
        Ok(text)
    } else {
        Err(ApiError::from_response(status, &text, retry_after.as_deref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::{GroupQuery, GroupSort, SizeBand};

    #[test]
    fn query_structs_become_encoded_pairs() {
        let q = GroupQuery {
            q: Some("trail & café".into()),
            size: Some(SizeBand::Small),
            sort: Some(GroupSort::Members),
            recommended: Some(true),
            limit: Some(20),
            topic: Some(String::new()),
            ..Default::default()
        };
        let mut pairs = query_pairs(&q);
        pairs.sort();
        let url = build_url("https://api.example.org", "/groups", &pairs);
        assert_eq!(
            url,
            "https://api.example.org/api/v1/groups?limit=20&q=trail%20%26%20caf%C3%A9&recommended=true&size=small&sort=members"
        );
        assert_eq!(build_url("", "/meta", &[]), "/api/v1/meta");
    }
}
