//! The inbox (`/notifications`), per-group levels, blocking, the live stream and push
//! subscriptions.

use std::convert::Infallible;
use std::time::Duration;

use axum::Json;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kith_api::time::format_rfc3339;
use kith_api::{
    BlockList, MarkRead, NotificationLevelBody, Page, PushEndpoint, PushSubscriptionBody, StreamTicket,
    UnreadCount, codes,
};

use super::{GroupCtx, no_content};
use crate::db::{self, notifications as ndb, users as udb};
use crate::error::{ApiError, ApiResult};
use crate::http::AppState;
use crate::http::extract::{Auth, JsonBody, Qs, token_hash};
use crate::live::{self, Ev};

pub async fn list(State(st): State<AppState>, Auth(uid): Auth, qs: Qs) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let unread_only = qs.boolean("unread_only")?.unwrap_or(false);
    let group_slug = qs.text("group")?;
    let mut c = st.db.pool.acquire().await?;
    let group = match &group_slug {
        Some(slug) => {
            let ctx = GroupCtx::load(&mut c, slug, Some(uid)).await?;
            Some(ctx.g.id)
        }
        None => None,
    };
    let pager = st.pager(format!("notifications:{uid}:{unread_only}:{}", group.unwrap_or(0)));
    let before: Option<i64> = pager.after(qs.cursor())?;
    let rows = ndb::page(&mut c, uid, before, unread_only, group, (limit + 1) as u32).await?;
    let (items, next_cursor) = pager.page(rows, limit, |n| n.id);
    Ok(Json(Page { items, next_cursor }).into_response())
}

pub async fn unread_count(State(st): State<AppState>, Auth(uid): Auth) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let count = ndb::unread_count(&mut c, uid).await?;
    Ok(Json(UnreadCount { count }).into_response())
}

pub async fn mark_read(
    State(st): State<AppState>,
    Auth(uid): Auth,
    JsonBody(body): JsonBody<MarkRead>,
) -> ApiResult<Response> {
    match (&body.ids, body.up_to) {
        (Some(_), Some(_)) | (None, None) => {
            return Err(ApiError::field("/", "Give either ids or up_to, not both and not neither."));
        }
        (Some(ids), None) if ids.is_empty() || ids.len() > 100 => {
            return Err(ApiError::field("/ids", "Give 1 to 100 ids."));
        }
        (Some(ids), None) if ids.iter().any(|i| *i < 1) => {
            return Err(ApiError::field("/ids", "Ids are positive numbers."));
        }
        (None, Some(n)) if n < 1 => return Err(ApiError::field("/up_to", "up_to is a positive id.")),
        _ => {}
    }
    let now = db::now();
    let mut w = st.db.write().await?;
    let changed = ndb::mark_read(w.conn(), uid, body.ids.as_deref(), body.up_to, now).await?;
    if changed > 0 {
        // Other tabs and devices update their badges.
        ndb::stream_event(w.conn(), Some(uid), None, "unread_count", "{}", now).await?;
    }
    let count = ndb::unread_count(w.conn(), uid).await?;
    w.commit().await?;
    Ok(Json(UnreadCount { count }).into_response())
}

pub async fn set_level(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    JsonBody(body): JsonBody<NotificationLevelBody>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_member()?;
    ndb::set_level(w.conn(), ctx.g.id, uid, body.level).await?;
    w.commit().await?;
    Ok(Json(body).into_response())
}

// ---- blocks ------------------------------------------------------------------------------

pub async fn blocks(State(st): State<AppState>, Auth(uid): Auth) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let items = ndb::blocks(&mut c, uid).await?;
    Ok(Json(BlockList { items }).into_response())
}

pub async fn block(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(username): Path<String>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let user = udb::user_by_name(w.conn(), &username).await?.ok_or_else(|| ApiError::not_found("user"))?;
    if user.id == uid {
        return Err(ApiError::field("/path/username", "You cannot block yourself."));
    }
    if ndb::block_count(w.conn(), uid).await? >= ndb::MAX_BLOCKS {
        return Err(ApiError::conflict(
            codes::CONFLICT,
            format!(
                "You have blocked {} members, the most an account may; unblock someone first.",
                ndb::MAX_BLOCKS
            ),
        ));
    }
    ndb::block(w.conn(), uid, user.id, now).await?;
    // The blocker's unread count may drop (items by the blocked member are hidden).
    ndb::stream_event(w.conn(), Some(uid), None, "unread_count", "{}", now).await?;
    w.commit().await?;
    Ok(no_content())
}

pub async fn unblock(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(username): Path<String>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let user = udb::user_by_name(w.conn(), &username).await?.ok_or_else(|| ApiError::not_found("user"))?;
    ndb::unblock(w.conn(), uid, user.id).await?;
    ndb::stream_event(w.conn(), Some(uid), None, "unread_count", "{}", now).await?;
    w.commit().await?;
    Ok(no_content())
}

// ---- the live stream ---------------------------------------------------------------------

/// How long a ticket may wait before its stream is opened.
const TICKET_SECS: i64 = 60;
/// A stream ends after this; the client reconnects with a new ticket (a logout or an expired
/// session then ends live updates within this time).
const STREAM_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// A comment line this often keeps proxies from closing an idle stream.
const HEARTBEAT: Duration = Duration::from_secs(15);

pub async fn ticket(State(st): State<AppState>, Auth(uid): Auth) -> ApiResult<Response> {
    // Made like session tokens, and stored the same way (only its hash).
    let ticket = crate::domain::passwords::new_token();
    let now = db::now();
    let expires = now + TICKET_SECS;
    let mut w = st.db.write().await?;
    // A member never needs many tickets at once: keep at most a few per account.
    sqlx::query(&crate::db::sql(
        "DELETE FROM stream_tickets WHERE user_id = ? AND hash NOT IN \
         (SELECT hash FROM stream_tickets WHERE user_id = ? ORDER BY expires_at DESC LIMIT 9)",
    ))
    .bind(uid)
    .bind(uid)
    .execute(w.conn())
    .await?;
    sqlx::query(&crate::db::sql("INSERT INTO stream_tickets (hash, user_id, expires_at) VALUES (?, ?, ?)"))
        .bind(token_hash(&ticket))
        .bind(uid)
        .bind(expires)
        .execute(w.conn())
        .await?;
    w.commit().await?;
    Ok((StatusCode::CREATED, Json(StreamTicket { ticket, expires_at: format_rfc3339(expires) }))
        .into_response())
}

fn bad_ticket() -> ApiError {
    let mut e = ApiError::unauthorized();
    e.detail = "The stream ticket is unknown, already used or expired; ask for a new one.".into();
    e
}

pub async fn stream(State(st): State<AppState>, headers: HeaderMap, qs: Qs) -> ApiResult<Response> {
    let ticket = qs.get("ticket").filter(|t| !t.is_empty() && t.len() <= 128).ok_or_else(bad_ticket)?;
    let resume = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .or_else(|| qs.get("last_event_id"))
        .and_then(|s| s.trim().parse::<i64>().ok())
        .filter(|n| *n >= 0);
    let now = db::now();
    let uid = {
        let mut w = st.db.write().await?;
        let row: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
            "DELETE FROM stream_tickets WHERE hash = ? AND expires_at >= ? RETURNING user_id",
        ))
        .bind(token_hash(ticket))
        .bind(now)
        .fetch_optional(w.conn())
        .await?;
        w.commit().await?;
        row.ok_or_else(bad_ticket)?.0
    };
    let Some(sub) = st.hub.subscribe(uid) else {
        let mut e = ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            codes::BUSY,
            "The server holds as many live streams as it can; the app falls back to polling.",
        );
        e.retry_after = Some(30);
        return Err(e);
    };
    // Subscribed first, then the replay: an event written in between arrives on both and the
    // stream skips the copy by its id.
    let mut first = String::from("retry: 3000\n\n");
    let mut replayed = 0i64;
    let mut c = st.db.pool.acquire().await?;
    if let Some(after) = resume {
        let rows = live::rows_for(&mut c, uid, after, 500).await?;
        for row in &rows {
            for ev in live::events_for(&mut c, uid, row).await? {
                first.push_str(&live::frame(&ev));
            }
            replayed = row.id;
        }
    }
    let count = ndb::unread_count(&mut c, uid).await?;
    drop(c);
    first.push_str(&live::frame(&Ev {
        id: None,
        name: "unread_count",
        data: format!("{{\"count\":{count}}}"),
    }));

    struct S {
        sub: live::Subscription,
        first: Option<String>,
        skip_to: i64,
        deadline: tokio::time::Instant,
    }
    let state = S {
        sub,
        first: Some(first),
        skip_to: replayed,
        deadline: tokio::time::Instant::now() + STREAM_LIFETIME,
    };
    let body = futures_util::stream::unfold(state, |mut s| async move {
        if let Some(f) = s.first.take() {
            return Some((Ok::<Bytes, Infallible>(Bytes::from(f)), s));
        }
        loop {
            let out = tokio::select! {
                ev = s.sub.rx.recv() => match ev {
                    Some(ev) => {
                        if ev.id.is_some_and(|id| id <= s.skip_to) {
                            continue;
                        }
                        live::frame(&ev)
                    }
                    None => return None,
                },
                _ = tokio::time::sleep(HEARTBEAT) => ": keep-alive\n\n".to_string(),
                _ = tokio::time::sleep_until(s.deadline) => return None,
            };
            return Some((Ok(Bytes::from(out)), s));
        }
    });
    let mut resp = Response::new(Body::from_stream(body));
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-accel-buffering", HeaderValue::from_static("no"));
    Ok(resp)
}

// ---- push subscriptions --------------------------------------------------------------------

/// Subscriptions one account may hold (browsers and devices).
const MAX_PUSH_SUBSCRIPTIONS: i64 = 10;

pub async fn subscribe_push(
    State(st): State<AppState>,
    Auth(uid): Auth,
    JsonBody(body): JsonBody<PushSubscriptionBody>,
) -> ApiResult<Response> {
    let Some(push) = st.push.as_ref() else {
        return Err(ApiError::not_found("push capability"));
    };
    let sub = crate::push::Subscription {
        endpoint: body.endpoint.clone(),
        p256dh: body.keys.p256dh.clone(),
        auth: body.keys.auth.clone(),
    };
    if let Err((pointer, msg)) = crate::push::check_subscription(&sub, push.allow_http) {
        return Err(ApiError::field(pointer, msg));
    }
    let now = db::now();
    let mut w = st.db.write().await?;
    let (n,): (i64,) = sqlx::query_as(&crate::db::sql(
        "SELECT COUNT(*) FROM push_subscriptions WHERE user_id = ? AND endpoint <> ?",
    ))
    .bind(uid)
    .bind(&body.endpoint)
    .fetch_one(w.conn())
    .await?;
    if n >= MAX_PUSH_SUBSCRIPTIONS {
        // The oldest device gives way.
        sqlx::query(&crate::db::sql(
            "DELETE FROM push_subscriptions WHERE id = (SELECT id FROM push_subscriptions WHERE user_id = ? \
             ORDER BY created_at, id LIMIT 1)",
        ))
        .bind(uid)
        .execute(w.conn())
        .await?;
    }
    // An endpoint belongs to one browser: a new login there takes it over.
    sqlx::query(&crate::db::sql(
        "INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, created_at) VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT (endpoint) DO UPDATE SET user_id = excluded.user_id, p256dh = excluded.p256dh, \
         auth = excluded.auth, failures = 0",
    ))
    .bind(uid)
    .bind(&body.endpoint)
    .bind(&body.keys.p256dh)
    .bind(&body.keys.auth)
    .bind(now)
    .execute(w.conn())
    .await?;
    w.commit().await?;
    Ok(StatusCode::CREATED.into_response())
}

pub async fn unsubscribe_push(
    State(st): State<AppState>,
    Auth(uid): Auth,
    JsonBody(body): JsonBody<PushEndpoint>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    sqlx::query(&crate::db::sql("DELETE FROM push_subscriptions WHERE user_id = ? AND endpoint = ?"))
        .bind(uid)
        .bind(&body.endpoint)
        .execute(w.conn())
        .await?;
    w.commit().await?;
    Ok(no_content())
}
