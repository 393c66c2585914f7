//! The REST client: the request core (`client`), its one typed error (`error`) and the session's
//! own endpoints (`auth`: login, logout, profile, the backend's limits). Each feature adds its endpoints in its own `api.rs` as an
//! `impl Api` block, one function per endpoint returning `Result<T, ApiError>`; components call
//! these, never `fetch` directly.

mod auth;
mod client;
mod error;

pub(crate) use client::Req;
pub use client::{Api, build_url, encode_component, new_idempotency_key, provide_api, query_pairs, use_api};
pub use error::{ApiError, MAX_RESPONSE_BYTES, decode, parse_retry_after, wait_phrase};

use gloo_net::http::Request;
use web_sys::RequestCache;

use crate::core::config::{AppConfig, ConfigError, parse_config};

/// Fetches and validates `/config.json`, bypassing the HTTP cache so an operator's edit applies
/// on the next load.
pub async fn load_config() -> Result<AppConfig, ConfigError> {
    if let Some(early) = crate::core::early::config().await {
        return match early.status {
            200 => parse_config(&early.text),
            404 => Err(ConfigError::Missing),
            other => Err(ConfigError::Status(other)),
        };
    }
    let resp = Request::get("/config.json")
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    match resp.status() {
        200 => {}
        404 => return Err(ConfigError::Missing),
        other => return Err(ConfigError::Status(other)),
    }
    let text = resp.text().await.map_err(|e| ConfigError::Unreachable(e.to_string()))?;
    parse_config(&text)
}
