//! Hosting the built app: static files with pre-compressed variants, the SPA fallback for deep
//! links, a `config.json` pointing at this server, and the Content-Security-Policy.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// What the static host needs to know.
pub struct Host {
    pub dist: PathBuf,
    pub community_name: String,
    connect: String,
    /// The policy and the build it was read from: a new deployment into `dist` brings new
    /// inline-script hashes, so the policy follows the file without a restart.
    policy: Mutex<(Option<SystemTime>, Option<String>)>,
}

impl Host {
    pub fn new(dist: &Path, community_name: &str, connect_src: &[String]) -> Host {
        let connect = std::iter::once("'self'".to_string())
            .chain(connect_src.iter().cloned())
            .collect::<Vec<_>>()
            .join(" ");
        Host {
            dist: dist.to_path_buf(),
            community_name: community_name.to_string(),
            connect,
            policy: Mutex::new((None, None)),
        }
    }

    /// The full policy for the build in `dist` now, or `None` when no app is built there.
    pub fn csp(&self) -> Option<String> {
        let path = self.dist.join("csp-template.txt");
        let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok();
        let mut cached = self.policy.lock().unwrap_or_else(|e| e.into_inner());
        if modified.is_none() || cached.0 != modified {
            let template = std::fs::read_to_string(&path).ok();
            *cached = (modified, template.map(|t| t.trim().replace("__CONNECT_SRC__", &self.connect)));
        }
        cached.1.clone()
    }
}

/// Routes for the app; merged after the API so `/api` is never shadowed.
pub fn router(host: Arc<Host>) -> Router {
    Router::new()
        .route("/config.json", get(config_json))
        .fallback(static_or_index)
        .layer(middleware::from_fn_with_state(host.clone(), security_headers))
        .with_state(host)
}

async fn config_json(State(host): State<Arc<Host>>) -> Response {
    let body = serde_json::json!({ "api_base": "/", "community_name": host.community_name });
    ([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-cache")], body.to_string())
        .into_response()
}

/// Whether the last path segment names a file (has an extension) rather than an app route.
fn looks_like_file(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|seg| seg.contains('.'))
}

/// Trunk names build output `name-<16 hex>.ext`; those never change and may be cached forever.
fn is_hashed_asset(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    stem.rsplit_once('-')
        .map(|(_, h)| h.trim_end_matches("_bg"))
        .is_some_and(|h| h.len() == 16 && h.chars().all(|c| c.is_ascii_hexdigit()))
}

async fn static_or_index(State(host): State<Arc<Host>>, req: Request) -> Response {
    if host.csp().is_none() {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!(
                "The app is not built: {} has no csp-template.txt. Run `trunk build --release` (scripts/run does it).",
                host.dist.display()
            ),
        )
            .into_response();
    }
    let path = req.uri().path().to_string();
    if path.starts_with("/api/") {
        return StatusCode::NOT_FOUND.into_response();
    }
    let index = host.dist.join("index.html");
    let result = if looks_like_file(&path) {
        ServeDir::new(&host.dist).precompressed_br().precompressed_gzip().oneshot(req).await
    } else {
        // Any app route: the SPA decides, including its own 404 page.
        ServeFile::new(&index).precompressed_br().precompressed_gzip().oneshot(req).await
    };
    match result {
        Ok(resp) => {
            let mut resp = resp.map(Body::new);
            let cache =
                if is_hashed_asset(&path) { "public, max-age=31536000, immutable" } else { "no-cache" };
            resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            resp
        }
        Err(never) => match never {},
    }
}

async fn security_headers(State(host): State<Arc<Host>>, req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    if let Some(csp) = host.csp().and_then(|c| HeaderValue::from_str(&c).ok()) {
        h.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_routes_are_told_apart() {
        assert!(looks_like_file("/kith-0123456789abcdef_bg.wasm"));
        assert!(looks_like_file("/icons/icon-192.png"));
        assert!(!looks_like_file("/g/hiking/events"));
        assert!(!looks_like_file("/"));
    }

    #[test]
    fn only_trunk_hashed_names_are_immutable() {
        assert!(is_hashed_asset("/kith-0123456789abcdef.js"));
        assert!(is_hashed_asset("/kith-0123456789abcdef_bg.wasm"));
        assert!(is_hashed_asset("/main-0123456789abcdef.css"));
        // The chunks of the split build and their loader (scripts/post-build.mjs names them).
        assert!(is_hashed_asset("/split_events-0123456789abcdef.wasm"));
        assert!(is_hashed_asset("/chunk_12-0123456789abcdef.wasm"));
        assert!(is_hashed_asset("/__wasm_split-0123456789abcdef.js"));
        assert!(!is_hashed_asset("/sw.js"));
        assert!(!is_hashed_asset("/config.json"));
        assert!(!is_hashed_asset("/icons/icon-maskable-512.png"));
    }
}
