//! Events: lists by range, create, read, patch, cancel, RSVP with waitlist, attendees.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::recur::check_recurrence;
use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate;
use kith_api::{
    Attendee, CancelRequest, EditScope, Event, EventPatch, FieldError, ModLogKind, NewEvent, Page,
    RsvpChoice, RsvpOutcome, RsvpRequest, RsvpStatus, codes,
};

use super::{GroupCtx, check_note, path_id, with_etag};
use crate::db::events::{self as edb, EventRow, NewEventRow};
use crate::db::memberships as msdb;
use crate::db::series::{self as sdb, Match, SeriesRow};
use crate::db::{self, Conn, moderation as mdb};
use crate::domain::calendar::{all_day_bounds, zone_known};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::cursor::Pager;
use crate::http::extract::{Auth, Caller, IfMatch, JsonBody, OptJson, Qs};
use crate::http::limits::Create;

/// A trimmed place or link; blank is none.
fn non_blank(v: Option<&str>) -> Option<String> {
    v.map(str::trim).filter(|s| !s.is_empty()).map(String::from)
}

pub fn etag(e: &EventRow) -> String {
    format!("\"e{}-v{}\"", e.id, e.version)
}

pub fn to_event(
    e: &EventRow,
    mine: Option<(RsvpStatus, Option<u32>)>,
    can_manage: bool,
    series: Option<&SeriesRow>,
    every_date: bool,
) -> Event {
    Event {
        id: e.id,
        group: e.group.clone(),
        title: e.title.clone(),
        description: e.description.clone(),
        starts_at: format_rfc3339(e.starts_at),
        ends_at: format_rfc3339(e.ends_at),
        all_day: e.all_day,
        time_zone: e.time_zone.clone(),
        location: e.location.clone(),
        online_url: e.online_url.clone(),
        capacity: e.capacity.map(|c| c.max(0) as u32),
        going_count: e.going as u32,
        maybe_count: e.maybe as u32,
        waitlist_count: e.waitlisted as u32,
        cancelled: e.cancelled,
        created_by: e.created_by.clone(),
        created_at: format_rfc3339(e.created_at),
        my_rsvp: mine.map(|m| m.0),
        my_waitlist_position: mine.and_then(|m| m.1),
        can_manage: can_manage && !e.group_archived,
        series_id: e.series_id,
        recurrence: series.map(SeriesRow::recurrence),
        occurrence_start: e.occurrence_start.map(format_rfc3339),
        detached: e.detached,
        my_every_date: every_date,
        etag: etag(e),
    }
}

async fn build(
    c: &mut Conn,
    rows: &[EventRow],
    uid: Option<i64>,
    moderates: &(dyn Fn(i64) -> bool + Sync),
) -> ApiResult<Vec<Event>> {
    let mut sids: Vec<i64> = rows.iter().filter_map(|e| e.series_id).collect();
    sids.sort_unstable();
    sids.dedup();
    let series = sdb::by_ids(&mut *c, &sids).await?;
    let (mine, every) = match uid {
        Some(u) => {
            let ids: Vec<i64> = rows.iter().map(|e| e.id).collect();
            (edb::my_rsvps(&mut *c, u, &ids).await?, sdb::my_every_dates(&mut *c, u, &sids).await?)
        }
        None => (HashMap::new(), Default::default()),
    };
    Ok(rows
        .iter()
        .map(|e| {
            let s = e.series_id.and_then(|id| series.get(&id));
            let every = e.series_id.is_some_and(|id| every.contains(&id));
            to_event(e, mine.get(&e.id).copied(), moderates(e.group_id), s, every)
        })
        .collect())
}

pub async fn event_for(c: &mut Conn, id: i64, uid: Option<i64>) -> ApiResult<Event> {
    let (e, ctx) = load_event(c, id, uid).await?;
    let m = ctx.can_moderate();
    let mut v = build(c, &[e], uid, &|_| m).await?;
    v.pop().ok_or_else(ApiError::internal)
}

async fn load_event(c: &mut Conn, id: i64, uid: Option<i64>) -> ApiResult<(EventRow, GroupCtx)> {
    let e = edb::event(&mut *c, id).await?.ok_or_else(|| ApiError::not_found("event"))?;
    let ctx = GroupCtx::load_id(c, e.group_id, uid).await?;
    ctx.require_read()?;
    Ok((e, ctx))
}

/// The range of an event list: defaults now−30 d .. now+90 d; `to` after `from`; ≤ 400 days.
pub fn range(from: Option<i64>, to: Option<i64>, now: i64) -> ApiResult<(i64, i64)> {
    let from = from.unwrap_or(now - 30 * 86_400);
    let to = to.unwrap_or(from.max(now) + 90 * 86_400);
    if to <= from {
        return Err(ApiError::invalid_query("/query/to", "to must be after from."));
    }
    if to - from > 400 * 86_400 {
        return Err(ApiError::invalid_query("/query/to", "The range can span at most 400 days."));
    }
    Ok((from, to))
}

struct ListPos {
    from: i64,
    to: i64,
    after: Option<(i64, i64)>,
}

/// The cursor carries the range, so later pages keep the first page's, whatever the clock says.
fn list_pos(pager: &Pager, qs: &Qs) -> ApiResult<ListPos> {
    let from = qs.time("from")?;
    let to = qs.time("to")?;
    if let Some((from, to, starts, id)) = pager.after(qs.cursor())? {
        return Ok(ListPos { from, to, after: Some((starts, id)) });
    }
    let (from, to) = range(from, to, db::now())?;
    Ok(ListPos { from, to, after: None })
}

async fn list_page(
    st: &AppState,
    c: &mut Conn,
    scope: String,
    gids: &[i64],
    qs: &Qs,
    uid: Option<i64>,
    moderates: &(dyn Fn(i64) -> bool + Sync),
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let pager = st.pager(scope);
    let pos = list_pos(&pager, qs)?;
    let rows = edb::events_in_range(c, gids, pos.from, pos.to, pos.after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |e| (pos.from, pos.to, e.starts_at, e.id));
    let items = build(c, &rows, uid, moderates).await?;
    Ok(Json(Page { items, next_cursor }).into_response())
}

pub async fn group_events(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, caller.id()).await?;
    ctx.require_read()?;
    let m = ctx.can_moderate();
    let scope = format!("gevents:{}", ctx.g.id);
    list_page(&st, &mut c, scope, &[ctx.g.id], &qs, caller.id(), &|_| m).await
}

pub async fn my_events(State(st): State<AppState>, Auth(uid): Auth, qs: Qs) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let members = msdb::memberships_of(&mut c, uid).await?;
    let mut gids: Vec<i64> = members.keys().copied().collect();
    gids.sort_unstable();
    let scope = format!("events:{uid}");
    let moderates = |g: i64| members.get(&g).is_some_and(|m| m.role.can_moderate());
    list_page(&st, &mut c, scope, &gids, &qs, Some(uid), &moderates).await
}

pub async fn create(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    JsonBody(body): JsonBody<NewEvent>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderating()?;
    let id = insert_new_event(w.conn(), &st, ctx.g.id, uid, &body, "", &[], now).await?;
    let out = event_for(w.conn(), id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &out))
}

#[allow(clippy::too_many_arguments)]
/// Checks and stores a new event, or a series and its dates (then the id is the first date's);
/// members hear about it once. Shared by `POST /groups/{slug}/events` and polls.
pub async fn insert_new_event(
    c: &mut Conn,
    st: &AppState,
    gid: i64,
    uid: i64,
    body: &NewEvent,
    prefix: &str,
    except: &[i64],
    now: i64,
) -> ApiResult<i64> {
    let mut errs = validate::validate_new_event(body, zone_known);
    let starts = parse_rfc3339(&body.starts_at);
    let rule = match &body.recurrence {
        Some(r) => match check_recurrence(r, starts, "/recurrence") {
            Ok(rule) => Some(rule),
            Err(e) => {
                errs.extend(e);
                None
            }
        },
        None => None,
    };
    for f in &mut errs {
        f.pointer = format!("{prefix}{}", f.pointer);
    }
    check(errs)?;
    st.guard.create(uid, Create::Event).await?;
    let mut s = starts.ok_or_else(ApiError::internal)?;
    let mut e = parse_rfc3339(&body.ends_at).ok_or_else(ApiError::internal)?;
    if body.all_day {
        (s, e) = all_day_bounds(s, e, &body.time_zone);
    }
    let location = non_blank(body.location.as_deref());
    let online = non_blank(body.online_url.as_deref());
    let title = body.title.trim();
    let id = match rule {
        None => {
            edb::insert_event(
                &mut *c,
                &NewEventRow {
                    group_id: gid,
                    title,
                    description: &body.description,
                    starts_at: s,
                    ends_at: e,
                    all_day: body.all_day,
                    time_zone: &body.time_zone,
                    location: location.as_deref(),
                    online_url: online.as_deref(),
                    capacity: body.capacity.map(i64::from),
                    created_by: uid,
                    created_at: now,
                },
            )
            .await?
        }
        Some(rule) => {
            let mut row = SeriesRow {
                duration: e - s,
                all_day: body.all_day,
                title: title.to_string(),
                description: body.description.clone(),
                location,
                online_url: online,
                capacity: body.capacity.map(i64::from),
                ..SeriesRow::new(gid, &rule, &body.time_zone, s, uid, now)
            };
            let first = row.start_on_first_date().ok_or_else(|| {
                ApiError::field(
                    &format!("{prefix}/recurrence"),
                    "The rule gives no date on or after the start.",
                )
            })?;
            if first < now - sdb::PLAN_AHEAD {
                return Err(ApiError::field(
                    &format!("{prefix}/starts_at"),
                    "A series can start at most 400 days ago.",
                ));
            }
            row.id = sdb::insert(&mut *c, &row).await?;
            let planned = sdb::plan(&mut *c, &mut row, i64::MIN / 4, now, Match::Day).await?;
            let first = planned.added.first().copied().ok_or_else(|| {
                ApiError::field(
                    &format!("{prefix}/recurrence"),
                    "The rule gives no date on or after the start.",
                )
            })?;
            crate::db::groups::touch_activity(&mut *c, gid, now).await?;
            first
        }
    };
    let first_start = edb::event(&mut *c, id).await?.map(|e| e.starts_at).unwrap_or(s);
    crate::notify::event_created(c, gid, id, uid, title, first_start, except, now).await?;
    Ok(id)
}

/// `GET /events/{id}` and `GET /events/{id}.ics`.
pub async fn get(State(st): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult<Response> {
    if let Some(num) = id.strip_suffix(".ics") {
        let id = path_id(num, "event")?;
        return super::ics::event_ics(&st, caller, id).await;
    }
    let id = path_id(&id, "event")?;
    let mut c = st.db.pool.acquire().await?;
    let out = event_for(&mut c, id, caller.id()).await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn patch(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    if_match: IfMatch,
    qs: Qs,
    JsonBody(body): JsonBody<EventPatch>,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
    let scope = qs.enumeration("scope", EditScope::parse, &["this", "following", "all"])?.unwrap_or_default();
    let now = db::now();
    let mut w = st.db.write().await?;
    let (e, ctx) = load_event(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    if_match.check(&etag(&e))?;
    let mut errs = validate::validate_event_patch(
        &body,
        &format_rfc3339(e.starts_at),
        &format_rfc3339(e.ends_at),
        zone_known,
    );
    let series_scope = e.series_id.is_some() && scope != EditScope::This;
    if body.recurrence.is_some() && !series_scope {
        errs.push(FieldError::new(
            "/recurrence",
            "A rule can be changed only for a series, with scope `following` or `all`.",
        ));
    }
    let rule = match (&body.recurrence, series_scope) {
        (Some(r), true) => {
            let s = body.starts_at.as_deref().and_then(parse_rfc3339).unwrap_or(e.starts_at);
            match check_recurrence(r, Some(s), "/recurrence") {
                Ok(rule) => Some(rule),
                Err(x) => {
                    errs.extend(x);
                    None
                }
            }
        }
        _ => None,
    };
    check(errs)?;
    let mut changed = e.clone();
    apply_patch(&mut changed, &body);
    let target = if series_scope {
        edit_series(w.conn(), &e, &changed, rule, scope, uid, now).await?
    } else {
        if e.series_id.is_some() && !same_details(&e, &changed) {
            changed.detached = true;
        }
        edb::update_event(w.conn(), &changed).await?;
        edb::promote(w.conn(), changed.id, changed.capacity).await?;
        // Members who answered hear when the time or the place changes (not for a new wording).
        if place_and_time(&e) != place_and_time(&changed) {
            crate::notify::event_changed(
                w.conn(),
                ctx.g.id,
                changed.id,
                uid,
                &changed.title,
                changed.starts_at,
                false,
                now,
            )
            .await?;
        }
        changed.id
    };
    let out = event_for(w.conn(), target, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

fn place_and_time(e: &EventRow) -> (i64, i64, Option<String>, Option<String>) {
    (e.starts_at, e.ends_at, e.location.clone(), e.online_url.clone())
}

fn same_details(a: &EventRow, b: &EventRow) -> bool {
    place_and_time(a) == place_and_time(b)
        && (a.title.as_str(), a.description.as_str(), a.all_day, a.time_zone.as_str(), a.capacity)
            == (b.title.as_str(), b.description.as_str(), b.all_day, b.time_zone.as_str(), b.capacity)
}

/// The patch applied to one row (all-day times snapped to local midnights).
fn apply_patch(e: &mut EventRow, body: &EventPatch) {
    if let Some(v) = &body.title {
        e.title = v.trim().to_string();
    }
    if let Some(v) = &body.description {
        e.description = v.clone();
    }
    if let Some(v) = body.starts_at.as_deref().and_then(parse_rfc3339) {
        e.starts_at = v;
    }
    if let Some(v) = body.ends_at.as_deref().and_then(parse_rfc3339) {
        e.ends_at = v;
    }
    if let Some(v) = body.all_day {
        e.all_day = v;
    }
    if let Some(v) = &body.time_zone {
        e.time_zone = v.clone();
    }
    if let Some(v) = &body.location {
        e.location = non_blank(v.as_deref());
    }
    if let Some(v) = &body.online_url {
        e.online_url = non_blank(v.as_deref());
    }
    if let Some(v) = body.capacity {
        e.capacity = v.map(i64::from);
    }
    if e.all_day {
        (e.starts_at, e.ends_at) = all_day_bounds(e.starts_at, e.ends_at, &e.time_zone);
    }
}

/// "This and following" and "every date": the series' details change from the date `e` (or,
/// for `all`, from its first date; a series already under way is split at its first coming
/// date so past dates stay as they were). Returns the row to answer with.
#[allow(clippy::too_many_arguments)]
async fn edit_series(
    c: &mut Conn,
    e: &EventRow,
    changed: &EventRow,
    rule: Option<kith_api::recur::Rule>,
    scope: EditScope,
    uid: i64,
    now: i64,
) -> ApiResult<i64> {
    let sid = e.series_id.ok_or_else(ApiError::internal)?;
    let mut s = sdb::get(&mut *c, sid).await?.ok_or_else(ApiError::internal)?;
    let timing = changed.starts_at != e.starts_at
        || changed.ends_at != e.ends_at
        || changed.all_day != e.all_day
        || changed.time_zone != e.time_zone
        || rule.is_some();
    let occ = e.occurrence_start.unwrap_or(e.starts_at);
    // Where the new details start.
    let at = match scope {
        EditScope::Following => occ,
        _ if !timing => i64::MIN / 4,
        _ => {
            let first_coming: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
                "SELECT MIN(occurrence_start) FROM events WHERE series_id = ? AND starts_at > ? HAVING COUNT(*) > 0",
            ))
            .bind(sid)
            .bind(now)
            .fetch_optional(&mut *c)
            .await?;
            first_coming.map(|(t,)| t).unwrap_or(occ)
        }
    };
    // With `all`, a rule's count is the whole series' (dates before the split included).
    let before = if at > s.starts_at { sdb::dates_before(&s, at) as u32 } else { 0 };
    let rule = match rule {
        Some(mut r) if scope == EditScope::All && before > 0 => {
            if let Some(n) = r.count {
                if n <= before {
                    return Err(ApiError::field(
                        "/recurrence/count",
                        format!("{before} dates of the series are past; the count must be more than that."),
                    ));
                }
                r.count = Some(n - before);
            }
            Some(r)
        }
        r => r,
    };
    let mut target = if at > s.starts_at { sdb::split(&mut *c, &mut s, at).await? } else { s.clone() };
    // Details.
    target.title = changed.title.clone();
    target.description = changed.description.clone();
    target.location = changed.location.clone();
    target.online_url = changed.online_url.clone();
    target.capacity = changed.capacity;
    let mut how = Match::Day;
    if timing {
        let tz = target.tz();
        // The move of this date in local wall time, applied to the series' start.
        let moved = crate::domain::recurrence::utc_to_local(
            changed.time_zone.parse().unwrap_or(tz),
            changed.starts_at,
        ) - crate::domain::recurrence::utc_to_local(tz, e.starts_at);
        target.time_zone = changed.time_zone.clone();
        target.all_day = changed.all_day;
        target.duration = (changed.ends_at - changed.starts_at).max(60);
        let new_tz = target.tz();
        let start_local = target.start_local() + moved;
        let new_start = crate::domain::recurrence::local_to_utc(new_tz, start_local);
        let delta = new_start - target.starts_at;
        target.set_start(new_start);
        if let Some(r) = &rule {
            target.set_rule(r);
        } else {
            how = Match::Order;
            sdb::shift_skips(&mut *c, target.id, i64::MIN / 4, delta).await?;
        }
    }
    sdb::update(&mut *c, &target).await?;
    // Details alone are re-planned from now on (the UPDATE below reaches earlier dates), so a
    // long series never meets the expansion cap.
    let from = if at > i64::MIN / 4 { at } else { now };
    let planned = sdb::plan(&mut *c, &mut target, from, now, how).await?;
    // Non-timing edits of every date reach the dates before the split point too.
    if !timing && scope == EditScope::All {
        sqlx::query(&crate::db::sql(
            "UPDATE events SET title = ?, description = ?, location = ?, online_url = ?, capacity = ?, \
             version = version + 1 WHERE series_id = ? AND detached = 0",
        ))
        .bind(&target.title)
        .bind(&target.description)
        .bind(&target.location)
        .bind(&target.online_url)
        .bind(target.capacity)
        .bind(target.id)
        .execute(&mut *c)
        .await?;
    }
    // Who answered a date in the next two weeks hears of a new time, place or cancellation.
    let soon = now + 14 * 86_400;
    for (id, cancelled) in
        planned.moved.iter().map(|i| (*i, false)).chain(planned.cancelled.iter().map(|i| (*i, true)))
    {
        if let Some(row) = edb::event(&mut *c, id).await?
            && row.starts_at > now
            && row.starts_at < soon
            && (cancelled || place_and_time(&row) != place_and_time(e) || id != e.id)
        {
            crate::notify::event_changed(c, row.group_id, id, uid, &row.title, row.starts_at, cancelled, now)
                .await?;
        }
    }
    // Answer with the edited date if it still exists, else the series' next date.
    if edb::event(&mut *c, e.id).await?.is_some() {
        return Ok(e.id);
    }
    let next: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT id FROM events WHERE series_id = ? ORDER BY starts_at LIMIT 1",
    ))
    .bind(target.id)
    .fetch_optional(&mut *c)
    .await?;
    next.map(|(i,)| i)
        .ok_or_else(|| ApiError::field("/recurrence", "The rule gives no date from this one on."))
}

pub async fn cancel(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    qs: Qs,
    OptJson(body): OptJson<CancelRequest>,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
    let scope = qs.enumeration("scope", EditScope::parse, &["this", "following", "all"])?.unwrap_or_default();
    let reason = body.reason.unwrap_or_default();
    check_note("/reason", &reason, "The reason")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let (mut e, ctx) = load_event(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    if e.cancelled {
        return Err(ApiError::conflict(codes::EVENT_CANCELLED, "The event is already cancelled."));
    }
    e.cancelled = true;
    edb::update_event(w.conn(), &e).await?;
    crate::notify::event_changed(w.conn(), ctx.g.id, e.id, uid, &e.title, e.starts_at, true, now).await?;
    // This and the following dates: the series ends before this date; later dates go (or are
    // cancelled, when answered).
    if scope != EditScope::This
        && let Some(sid) = e.series_id
        && let Some(mut s) = sdb::get(w.conn(), sid).await?
    {
        let occ = e.occurrence_start.unwrap_or(e.starts_at);
        let mut rest = sdb::split(w.conn(), &mut s, occ).await?;
        rest.paused = true;
        sdb::update(w.conn(), &rest).await?;
        let planned = sdb::plan(w.conn(), &mut rest, occ + 1, now, Match::Day).await?;
        for id in planned.cancelled {
            if let Some(row) = edb::event(w.conn(), id).await?
                && row.starts_at > now
            {
                crate::notify::event_changed(
                    w.conn(),
                    ctx.g.id,
                    id,
                    uid,
                    &row.title,
                    row.starts_at,
                    true,
                    now,
                )
                .await?;
            }
        }
    }
    mdb::log(
        w.conn(),
        ctx.g.id,
        uid,
        ModLogKind::EventCancelled,
        "event",
        &e.id.to_string(),
        &e.title,
        reason.trim(),
        now,
    )
    .await?;
    let out = event_for(w.conn(), e.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

/// `POST /events/{id}/skip`: the date leaves its series (an `EXDATE`). Nobody answered it: it
/// is removed (204). Someone did: it stays as cancelled, and they are told (200 with it).
pub async fn skip(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let (mut e, ctx) = load_event(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    ctx.require_writable()?;
    let Some(sid) = e.series_id else {
        return Err(ApiError::conflict(
            codes::CONFLICT,
            "Only a date of a series can be skipped; cancel a single event.",
        ));
    };
    let occ = e.occurrence_start.unwrap_or(e.starts_at);
    let answered = e.going + e.maybe + e.waitlisted;
    if answered == 0 {
        sdb::add_skip(w.conn(), sid, occ).await?;
        sdb::delete_date(w.conn(), e.id).await?;
        w.commit().await?;
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    if e.cancelled {
        return Err(ApiError::conflict(codes::EVENT_CANCELLED, "The date is already cancelled."));
    }
    e.cancelled = true;
    edb::update_event(w.conn(), &e).await?;
    crate::notify::event_changed(w.conn(), ctx.g.id, e.id, uid, &e.title, e.starts_at, true, now).await?;
    let out = event_for(w.conn(), e.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

/// What an RSVP becomes: `going` on a full event waitlists (keeping a place already held).
pub fn rsvp_outcome(
    choice: RsvpChoice,
    current: Option<RsvpStatus>,
    going: i64,
    capacity: Option<i64>,
) -> RsvpStatus {
    match choice {
        RsvpChoice::Maybe => RsvpStatus::Maybe,
        RsvpChoice::Declined => RsvpStatus::Declined,
        RsvpChoice::Going => match current {
            Some(RsvpStatus::Going) => RsvpStatus::Going,
            Some(RsvpStatus::Waitlisted) => RsvpStatus::Waitlisted,
            _ if capacity.is_none_or(|c| going < c) => RsvpStatus::Going,
            _ => RsvpStatus::Waitlisted,
        },
    }
}

pub async fn rsvp(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<RsvpRequest>,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let (e, ctx) = load_event(w.conn(), id, Some(uid)).await?;
    if body.status == RsvpChoice::Declined {
        // Giving a place back is always allowed, muted or not.
        ctx.require_member()?;
        ctx.require_writable()?;
    } else {
        ctx.require_contributor(now, "answer events")?;
    }
    if e.cancelled {
        return Err(ApiError::conflict(codes::EVENT_CANCELLED, "The event is cancelled."));
    }
    let current = edb::rsvp_of(w.conn(), e.id, uid).await?;
    let going = edb::going_count(w.conn(), e.id).await?;
    let status = rsvp_outcome(body.status, current, going, e.capacity);
    if Some(status) != current {
        edb::put_rsvp(w.conn(), e.id, e.group_id, uid, status, now).await?;
    }
    if current == Some(RsvpStatus::Going) && status != RsvpStatus::Going {
        edb::promote(w.conn(), e.id, e.capacity).await?;
    }
    let event = event_for(w.conn(), e.id, Some(uid)).await?;
    w.commit().await?;
    Ok(Json(RsvpOutcome {
        status: event.my_rsvp.unwrap_or(status),
        waitlist_position: event.my_waitlist_position,
        event,
    })
    .into_response())
}

pub async fn attendees(
    State(st): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let (e, _) = load_event(&mut c, id, caller.id()).await?;
    let pager = st.pager(format!("attendees:{}", e.id));
    let after = pager.after(qs.cursor())?;
    let rows = edb::attendees(&mut c, e.id, after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |r| (r.rank, r.sort_key, r.user.id));
    let seqs = edb::waitlist_seqs(&mut c, e.id).await?;
    let items = rows
        .into_iter()
        .map(|r| Attendee {
            waitlist_position: match (r.status, r.waitlist_seq) {
                (RsvpStatus::Waitlisted, Some(s)) => Some(seqs.iter().filter(|x| **x <= s).count() as u32),
                _ => None,
            },
            user: r.user,
            status: r.status,
            responded_at: format_rfc3339(r.responded_at),
        })
        .collect();
    Ok(Json(Page { items, next_cursor }).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use crate::db::groups as gdb;

    #[test]
    fn ranges_are_checked() {
        let now = 1_800_000_000;
        let (f, t) = range(None, None, now).unwrap();
        assert_eq!((f, t), (now - 30 * 86_400, now + 90 * 86_400));
        assert!(range(Some(now), Some(now), now).is_err());
        assert!(range(Some(now), Some(now + 401 * 86_400), now).is_err());
    }

    #[test]
    fn going_on_a_full_event_waitlists() {
        use RsvpChoice as C;
        use RsvpStatus as S;
        assert_eq!(rsvp_outcome(C::Going, None, 1, Some(2)), S::Going);
        assert_eq!(rsvp_outcome(C::Going, None, 2, Some(2)), S::Waitlisted);
        assert_eq!(rsvp_outcome(C::Going, Some(S::Going), 2, Some(2)), S::Going);
        assert_eq!(rsvp_outcome(C::Going, Some(S::Waitlisted), 0, Some(2)), S::Waitlisted);
        assert_eq!(rsvp_outcome(C::Going, Some(S::Maybe), 500, None), S::Going);
        assert_eq!(rsvp_outcome(C::Declined, Some(S::Going), 2, Some(2)), S::Declined);
    }

    /// A public group of `names` (the first owns it, the rest are members) with one event of
    /// `capacity` places from t=100 to t=200; returns (user ids, group id, event id).
    async fn group_with_event(
        c: &mut crate::db::Conn,
        names: &[&str],
        capacity: i64,
    ) -> (Vec<i64>, i64, i64) {
        let mut users = Vec::new();
        for n in names {
            users.push(crate::db::users::insert_user(c, n, n, "x", &[], 0).await.unwrap());
        }
        let gid = gdb::insert(
            c,
            "walks",
            "Walks",
            "Walks in the park.",
            "",
            &["hiking".to_string()],
            "Berlin",
            kith_api::Visibility::Public,
            users[0],
            0,
        )
        .await
        .unwrap();
        for u in &users[1..] {
            msdb::add_member(c, gid, *u, kith_api::Role::Member, 0).await.unwrap();
        }
        let event = NewEventRow {
            group_id: gid,
            title: "Walk",
            description: "",
            starts_at: 100,
            ends_at: 200,
            all_day: false,
            time_zone: "Europe/Berlin",
            location: None,
            online_url: None,
            capacity: Some(capacity),
            created_by: users[0],
            created_at: 0,
        };
        let eid = edb::insert_event(c, &event).await.unwrap();
        (users, gid, eid)
    }

    /// Everyone in `users` answers `going`, in order.
    async fn all_going(c: &mut crate::db::Conn, eid: i64, gid: i64, users: &[i64], capacity: i64) {
        for (i, u) in users.iter().enumerate() {
            let going = edb::going_count(c, eid).await.unwrap();
            let s = rsvp_outcome(RsvpChoice::Going, None, going, Some(capacity));
            edb::put_rsvp(c, eid, gid, *u, s, i as i64).await.unwrap();
        }
    }

    #[tokio::test]
    async fn waitlist_promotes_in_order() {
        let db = Db::memory().await;
        let mut w = db.write().await.unwrap();
        let c = w.conn();
        let (users, gid, eid) = group_with_event(c, &["ann", "ben", "cat", "dan", "eve"], 2).await;
        all_going(c, eid, gid, &users, 2).await;
        let mine = edb::my_rsvps(c, users[4], &[eid]).await.unwrap();
        assert_eq!(mine[&eid], (RsvpStatus::Waitlisted, Some(3)));
        // ann declines: cat (first on the waitlist) is promoted, dan and eve move up.
        edb::put_rsvp(c, eid, gid, users[0], RsvpStatus::Declined, 10).await.unwrap();
        let moved = edb::promote(c, eid, Some(2)).await.unwrap();
        assert_eq!(moved, vec![users[2]]);
        let mine = edb::my_rsvps(c, users[3], &[eid]).await.unwrap();
        assert_eq!(mine[&eid], (RsvpStatus::Waitlisted, Some(1)));
        // Raising the capacity to 4 promotes dan and eve, in order.
        let moved = edb::promote(c, eid, Some(4)).await.unwrap();
        assert_eq!(moved, vec![users[3], users[4]]);
        let list = edb::attendees(c, eid, None, 10).await.unwrap();
        let order: Vec<&str> = list.iter().map(|a| a.user.username.as_str()).collect();
        assert_eq!(order, ["ben", "cat", "dan", "eve", "ann"]);
    }

    #[tokio::test]
    async fn bans_release_places_and_promotion_skips_former_members() {
        let db = Db::memory().await;
        let mut w = db.write().await.unwrap();
        let c = w.conn();
        let (users, gid, eid) = group_with_event(c, &["own", "amy", "bea", "cid", "dot"], 1).await;
        // amy goes; bea then cid wait.
        all_going(c, eid, gid, &users[1..4], 1).await;
        // bea leaves the group without answering anew: when amy's place frees, cid moves up.
        msdb::remove_member(c, gid, users[2]).await.unwrap();
        // amy is banned (before the event ends): her place is released and the first *member*
        // on the waitlist gets it.
        msdb::put_ban(c, gid, users[1], None, "spam", users[0], 50).await.unwrap();
        let mine = edb::my_rsvps(c, users[3], &[eid]).await.unwrap();
        assert_eq!(mine[&eid].0, RsvpStatus::Going, "cid, the first member still waiting, moved up");
        assert!(edb::my_rsvps(c, users[1], &[eid]).await.unwrap().is_empty(), "amy's answer was released");
        assert_eq!(edb::going_count(c, eid).await.unwrap(), 1);
    }
}
