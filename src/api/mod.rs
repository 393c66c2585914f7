//! The REST client: one function per endpoint, grouped by resource, each returning
//! `Result<T, ApiError>`. Components call these, never `fetch` directly.

mod auth;
mod client;
mod error;
mod events;
mod groups;
mod moderation;
mod posts;

pub use client::{Api, build_url, encode_component, new_idempotency_key, provide_api, query_pairs, use_api};
pub use error::{ApiError, MAX_RESPONSE_BYTES, decode, parse_retry_after, wait_phrase};

use gloo_net::http::Request;
use web_sys::RequestCache;

use crate::config::{AppConfig, ConfigError, parse_config};

/// Fetches and validates `/config.json`, bypassing the HTTP cache so an operator's edit applies
/// on the next load.
pub async fn load_config() -> Result<AppConfig, ConfigError> {
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
