//! Series: read, pause and resume, and "going to every date".

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::format_rfc3339;
use kith_api::{GroupRef, RsvpStatus, Series, SeriesPause, SeriesRsvpOutcome};

use super::{GroupCtx, path_id};
use crate::db::groups::GroupRow;
use crate::db::series::{self as sdb, Match, SeriesRow};
use crate::db::{self, Conn, events as edb};
use crate::error::{ApiError, ApiResult};
use crate::http::AppState;
use crate::http::extract::{Auth, Caller, JsonBody};

pub async fn to_series(
    c: &mut Conn,
    s: &SeriesRow,
    g: &GroupRow,
    uid: Option<i64>,
    can_manage: bool,
    now: i64,
) -> ApiResult<Series> {
    let every = match uid {
        Some(u) => sdb::my_every_dates(&mut *c, u, &[s.id]).await?.contains(&s.id),
        None => false,
    };
    Ok(Series {
        id: s.id,
        group: GroupRef { slug: g.slug.clone(), name: g.name.clone() },
        title: s.title.clone(),
        recurrence: s.recurrence(),
        time_zone: s.time_zone.clone(),
        starts_at: format_rfc3339(s.starts_at),
        paused: s.paused,
        skipped: sdb::skips(&mut *c, s.id).await?.into_iter().map(format_rfc3339).collect(),
        next_starts_at: sdb::next_start(&mut *c, s.id, now).await?.map(format_rfc3339),
        my_every_date: every,
        can_manage: can_manage && !g.archived,
    })
}

async fn load(c: &mut Conn, id: &str, uid: Option<i64>) -> ApiResult<(SeriesRow, GroupCtx)> {
    let id = path_id(id, "series")?;
    let s = sdb::get(&mut *c, id).await?.ok_or_else(|| ApiError::not_found("series"))?;
    let ctx = GroupCtx::load_id(c, s.group_id, uid).await?;
    ctx.require_read()?;
    Ok((s, ctx))
}

pub async fn get(State(st): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let (s, ctx) = load(&mut c, &id, caller.id()).await?;
    let out = to_series(&mut c, &s, &ctx.g, caller.id(), ctx.can_moderate(), db::now()).await?;
    Ok(Json(out).into_response())
}

/// `PUT /series/{id}/paused`.
pub async fn pause(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<SeriesPause>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (mut s, ctx) = load(w.conn(), &id, Some(uid)).await?;
    ctx.require_moderating()?;
    ctx.require_writable()?;
    if s.paused != body.paused {
        s.paused = body.paused;
        sdb::update(w.conn(), &s).await?;
        // Pausing drops the coming dates nobody answered (answered ones stay for the leader to
        // cancel or hold); resuming plans them again from now.
        if body.paused {
            let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(
                "SELECT e.id FROM events e WHERE e.series_id = ? AND e.starts_at > ? AND NOT EXISTS \
                 (SELECT 1 FROM rsvps r WHERE r.event_id = e.id AND r.status <> 'declined')",
            ))
            .bind(s.id)
            .bind(now)
            .fetch_all(w.conn())
            .await?;
            for (eid,) in rows {
                sdb::delete_date(w.conn(), eid).await?;
            }
        } else {
            sdb::plan(w.conn(), &mut s, now, now, Match::Day).await?;
        }
    }
    let out = to_series(w.conn(), &s, &ctx.g, Some(uid), true, now).await?;
    w.commit().await?;
    Ok(Json(out).into_response())
}

/// `PUT /series/{id}/rsvp`: going to every coming date not yet answered (waitlisted where
/// full), and to dates planned later.
pub async fn rsvp_every(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (s, ctx) = load(w.conn(), &id, Some(uid)).await?;
    ctx.require_contributor(now, "answer events")?;
    sqlx::query(&crate::db::sql(
        "INSERT INTO series_rsvps (series_id, user_id, group_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
    ))
    .bind(s.id)
    .bind(uid)
    .bind(s.group_id)
    .bind(now)
    .execute(w.conn())
    .await?;
    let dates: Vec<(i64, Option<i64>)> = sqlx::query_as(&crate::db::sql(
        "SELECT id, capacity FROM events WHERE series_id = ? AND starts_at > ? AND cancelled = 0 ORDER BY starts_at",
    ))
    .bind(s.id)
    .bind(now)
    .fetch_all(w.conn())
    .await?;
    let mut changed = 0u32;
    for (eid, cap) in dates {
        if sdb::answer_from_series(w.conn(), eid, s.group_id, uid, cap, now).await? {
            changed += 1;
        }
    }
    w.commit().await?;
    Ok(Json(SeriesRsvpOutcome { every_date: true, dates_changed: changed }).into_response())
}

/// `DELETE /series/{id}/rsvp`: the standing answer goes, and with it the coming answers it
/// made (answers given date by date stay).
pub async fn unrsvp_every(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (s, ctx) = load(w.conn(), &id, Some(uid)).await?;
    ctx.require_member()?;
    sqlx::query(&crate::db::sql("DELETE FROM series_rsvps WHERE series_id = ? AND user_id = ?"))
        .bind(s.id)
        .bind(uid)
        .execute(w.conn())
        .await?;
    let held: Vec<(i64, Option<i64>, String)> = sqlx::query_as(&crate::db::sql(
        "SELECT e.id, e.capacity, r.status FROM rsvps r JOIN events e ON e.id = r.event_id \
         WHERE e.series_id = ? AND r.user_id = ? AND r.from_series = 1 AND e.starts_at > ?",
    ))
    .bind(s.id)
    .bind(uid)
    .bind(now)
    .fetch_all(w.conn())
    .await?;
    let changed = held.len() as u32;
    for (eid, cap, status) in held {
        sqlx::query(&crate::db::sql("DELETE FROM rsvps WHERE event_id = ? AND user_id = ?"))
            .bind(eid)
            .bind(uid)
            .execute(w.conn())
            .await?;
        if edb::status_of(&status) == RsvpStatus::Going {
            edb::promote(w.conn(), eid, cap).await?;
        }
    }
    w.commit().await?;
    Ok((StatusCode::OK, Json(SeriesRsvpOutcome { every_date: false, dates_changed: changed }))
        .into_response())
}
