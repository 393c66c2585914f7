//! The API router under /api/v1, with its layers: body limit, idempotency, cache invalidation
//! on writes, problem fallbacks (404, 405), compression, CORS and a last-resort panic catcher.

use std::sync::LazyLock;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use kith_api::codes;
use kith_api::validate::LIMITS;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::predicate::{And, NotForContentType, Predicate, SizeAbove};
use tower_http::compression::{CompressionLayer, CompressionLevel};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::error::{ApiError, problem_response};
use crate::http::{AppState, idempotency};
use crate::routes::{
    auth, comments, events, groups, health, ics, membership, moderation, notifications, polls, posts, series,
};

static OPENAPI: LazyLock<String> = LazyLock::new(kith_api::openapi::document_json);

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI.as_str()).into_response()
}

async fn not_found() -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        codes::NOT_FOUND,
        "There is no such endpoint in this API; see /api/v1/openapi.json.",
    )
    .into_response()
}

async fn method_not_allowed() -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        codes::METHOD_NOT_ALLOWED,
        "This endpoint does not accept that method.",
    )
    .into_response()
}

/// Any change may affect cached reads: drop them all after every write request.
async fn invalidate_on_write(State(st): State<AppState>, req: Request, next: Next) -> Response {
    let write = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let resp = next.run(req).await;
    if write {
        st.cache.invalidate();
        st.hub.wake();
        if let Err(e) = st.db.announce_write().await {
            eprintln!("kith-server: cannot tell the other servers of a write: {e}");
        }
    }
    resp
}

fn panic_problem(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    eprintln!("kith-server: a handler panicked");
    let e = ApiError::internal();
    problem_response(e.status, &e.problem())
}

fn routes() -> Router<AppState> {
    Router::new()
        .route("/meta", get(auth::meta))
        .route("/openapi.json", get(openapi))
        .route("/auth/register", post(auth::register))
        .route("/auth/login", post(auth::login))
        .route("/auth/logout", post(auth::logout))
        .route("/auth/logout-all", post(auth::logout_all))
        .route("/me", get(auth::me).patch(auth::patch_me))
        .route("/me/password", post(auth::change_password))
        .route("/users/{username}", get(auth::profile))
        .route("/groups", get(groups::list).post(groups::create))
        .route("/regions", get(groups::regions))
        .route("/groups/{slug}", get(groups::get).patch(groups::patch))
        .route("/groups/{slug}/archive", post(groups::archive))
        .route("/groups/{slug}/join", post(membership::join))
        .route("/groups/{slug}/leave", post(membership::leave))
        .route("/groups/{slug}/members", get(membership::members))
        .route("/groups/{slug}/bans", get(membership::bans))
        .route("/groups/{slug}/join-requests", get(membership::join_requests))
        .route("/groups/{slug}/join-requests/{id}/approve", post(membership::approve))
        .route("/groups/{slug}/join-requests/{id}/deny", post(membership::deny))
        .route("/groups/{slug}/members/{username}/role", post(membership::set_role))
        .route("/groups/{slug}/members/{username}/sanction", post(membership::sanction))
        .route("/groups/{slug}/members/{username}/unmute", post(membership::unmute))
        .route("/groups/{slug}/members/{username}/unban", post(membership::unban))
        .route("/groups/{slug}/resources", get(groups::list_resources).post(groups::create_resource))
        .route(
            "/resources/{id}",
            axum::routing::patch(groups::patch_resource).delete(groups::delete_resource),
        )
        .route("/groups/{slug}/posts", get(posts::group_feed).post(posts::create))
        .route("/feed", get(posts::home_feed))
        .route("/posts/{id}", get(posts::get).patch(posts::patch).delete(posts::delete))
        .route("/posts/{id}/pin", post(posts::pin))
        .route("/posts/{id}/unpin", post(posts::unpin))
        .route("/posts/{id}/lock", post(posts::lock))
        .route("/posts/{id}/unlock", post(posts::unlock))
        .route("/posts/{id}/remove", post(posts::remove))
        .route("/posts/{id}/restore", post(posts::restore))
        .route("/comments/{id}/remove", post(comments::remove))
        .route("/comments/{id}/restore", post(comments::restore))
        .route("/posts/{id}/reactions", post(posts::react))
        .route("/posts/{id}/comments", get(comments::list).post(comments::create))
        .route("/comments/{id}", get(comments::get).patch(comments::patch).delete(comments::delete))
        .route("/comments/{id}/reactions", post(comments::react))
        .route("/groups/{slug}/events", get(events::group_events).post(events::create))
        .route("/groups/{slug}/calendar.ics", get(ics::group_calendar))
        .route("/events", get(events::my_events))
        .route("/events/{id}", get(events::get).patch(events::patch))
        .route("/events/{id}/cancel", post(events::cancel))
        .route("/events/{id}/skip", post(events::skip))
        .route("/series/{id}", get(series::get))
        .route("/series/{id}/paused", put(series::pause))
        .route("/series/{id}/rsvp", put(series::rsvp_every).delete(series::unrsvp_every))
        .route("/groups/{slug}/polls", get(polls::list).post(polls::create))
        .route("/polls/{id}", get(polls::get))
        .route("/polls/{id}/votes", put(polls::vote))
        .route("/polls/{id}/voters", get(polls::voters))
        .route("/polls/{id}/event", post(polls::to_event))
        .route("/events/{id}/rsvp", put(events::rsvp))
        .route("/events/{id}/attendees", get(events::attendees))
        .route("/reports", post(moderation::create))
        .route("/groups/{slug}/reports", get(moderation::list))
        .route("/groups/{slug}/reports/{id}/resolve", post(moderation::resolve))
        .route("/groups/{slug}/modlog", get(moderation::modlog))
        .route("/groups/{slug}/health", get(health::health))
        .route("/groups/{slug}/notification-level", put(notifications::set_level))
        .route("/notifications", get(notifications::list))
        .route("/notifications/unread-count", get(notifications::unread_count))
        .route("/notifications/read", post(notifications::mark_read))
        .route("/me/blocks", get(notifications::blocks))
        .route("/me/blocks/{username}", post(notifications::block).delete(notifications::unblock))
        .route("/stream/ticket", post(notifications::ticket))
        .route("/stream", get(notifications::stream))
        .route(
            "/push/subscriptions",
            post(notifications::subscribe_push).delete(notifications::unsubscribe_push),
        )
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

/// API answers are per caller and change with every write: no cache, shared or private, may
/// keep them (the app keeps its own saved copies, per member, and drops them at logout).
async fn no_store(mut resp: Response) -> Response {
    resp.headers_mut().entry(header::CACHE_CONTROL).or_insert(HeaderValue::from_static("no-store"));
    resp
}

/// Answers are compressed as the request's `Accept-Encoding` allows, brotli before gzip (a page
/// of 24 groups is ~21 KB of JSON), with `Vary: Accept-Encoding`. The layer is the outermost of
/// the API's own, so handlers, problem bodies, idempotent replays and the response cache all
/// see plain JSON; `ETag`s are left as they are (they name a resource's version for `If-Match`,
/// whatever the encoding). Level 4 is cheap on CPU for answers made per request (~0.1 ms for
/// that page): brotli 4 is nginx's on-the-fly default, gzip 4 is as small as gzip 6 here. The
/// encoders stream and live only while an answer is written, so memory stays bounded. Below
/// 1 KiB (problem documents, small resources) there is little to gain; event streams are never
/// compressed, since the encoder would hold events back.
fn compression() -> CompressionLayer<And<SizeAbove, NotForContentType>> {
    CompressionLayer::new()
        .quality(CompressionLevel::Precise(4))
        .compress_when(SizeAbove::new(1024).and(NotForContentType::SSE))
}

/// A request that takes longer than the deadline is answered 503 (its transaction, if any,
/// rolls back when the handler is dropped).
async fn deadline(State(st): State<AppState>, req: Request, next: Next) -> Response {
    match tokio::time::timeout(st.guard.policy.timeouts.request, next.run(req)).await {
        Ok(resp) => resp,
        Err(_) => {
            let mut e = ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                codes::BUSY,
                "The server took too long to answer; try again.",
            );
            e.retry_after = Some(5);
            e.into_response()
        }
    }
}

/// Every error that leaves the API is a problem document, the framework's own rejections
/// included (a path segment that is not UTF-8, say), with the contract's code for its status.
async fn problem_bodies(req: Request, next: Next) -> Response {
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let ct = resp.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if ct.starts_with("application/problem+json") {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let text = axum::body::to_bytes(body, 4096)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().chars().take(300).collect::<String>())
        .unwrap_or_default();
    let code = match status.as_u16() {
        404 => codes::NOT_FOUND,
        405 => codes::METHOD_NOT_ALLOWED,
        408 => codes::REQUEST_TIMEOUT,
        413 => codes::PAYLOAD_TOO_LARGE,
        415 => codes::UNSUPPORTED_MEDIA_TYPE,
        429 => codes::RATE_LIMITED,
        503 => codes::BUSY,
        s if s >= 500 => codes::INTERNAL,
        _ => codes::MALFORMED_REQUEST,
    };
    let detail =
        if text.is_empty() { status.canonical_reason().unwrap_or("Error").to_string() } else { text };
    let mut out = ApiError::new(status, code, detail).into_response();
    for (name, value) in parts.headers.iter() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            out.headers_mut().insert(name.clone(), value.clone());
        }
    }
    out
}

/// The whole API, nested at /api/v1.
pub fn router(state: AppState, cors_origins: &[String]) -> Router {
    let inner = routes()
        .route_layer(middleware::from_fn_with_state(state.clone(), idempotency::layer))
        .layer(middleware::from_fn_with_state(state.clone(), invalidate_on_write))
        .layer(DefaultBodyLimit::max(LIMITS.max_body_bytes as usize))
        .layer(middleware::from_fn_with_state(state.clone(), deadline))
        .layer(middleware::from_fn(problem_bodies))
        .layer(middleware::map_response(no_store))
        .layer(compression())
        .with_state(state);
    let mut router = Router::new().nest(kith_api::BASE_PATH, inner);
    let origins: Vec<HeaderValue> =
        cors_origins.iter().filter_map(|o| HeaderValue::from_str(o.trim_end_matches('/')).ok()).collect();
    if !origins.is_empty() {
        let cors = CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([Method::GET, Method::POST, Method::PUT, Method::PATCH, Method::DELETE])
            .allow_headers([
                header::AUTHORIZATION,
                header::CONTENT_TYPE,
                header::IF_MATCH,
                HeaderName::from_static("idempotency-key"),
            ])
            .expose_headers([header::ETAG, header::RETRY_AFTER])
            .max_age(std::time::Duration::from_secs(600));
        router = router.layer(cors);
    }
    router.layer(CatchPanicLayer::custom(panic_problem))
}
