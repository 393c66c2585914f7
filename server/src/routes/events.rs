//! Events: lists by range, create, read, patch, cancel, RSVP with waitlist, attendees.

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate;
use kith_api::{
    Attendee, CancelRequest, Event, EventPatch, ModLogKind, NewEvent, Page, RsvpChoice, RsvpOutcome,
    RsvpRequest, RsvpStatus, codes,
};

use super::{GroupCtx, check_note, path_id, with_etag};
use crate::db::events::{self as edb, EventRow, NewEventRow};
use crate::db::memberships as msdb;
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

pub fn to_event(e: &EventRow, mine: Option<(RsvpStatus, Option<u32>)>, can_manage: bool) -> Event {
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
        etag: etag(e),
    }
}

async fn build(
    c: &mut Conn,
    rows: &[EventRow],
    uid: Option<i64>,
    moderates: &(dyn Fn(i64) -> bool + Sync),
) -> ApiResult<Vec<Event>> {
    let mine = match uid {
        Some(u) => {
            let ids: Vec<i64> = rows.iter().map(|e| e.id).collect();
            edb::my_rsvps(c, u, &ids).await?
        }
        None => HashMap::new(),
    };
    Ok(rows.iter().map(|e| to_event(e, mine.get(&e.id).copied(), moderates(e.group_id))).collect())
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
    check(validate::validate_new_event(&body, zone_known))?;
    st.guard.create(uid, Create::Event)?;
    let mut s = parse_rfc3339(&body.starts_at).ok_or_else(ApiError::internal)?;
    let mut e = parse_rfc3339(&body.ends_at).ok_or_else(ApiError::internal)?;
    if body.all_day {
        (s, e) = all_day_bounds(s, e, &body.time_zone);
    }
    let location = non_blank(body.location.as_deref());
    let online = non_blank(body.online_url.as_deref());
    let id = edb::insert_event(
        w.conn(),
        &NewEventRow {
            group_id: ctx.g.id,
            title: body.title.trim(),
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
    .await?;
    crate::notify::event_created(w.conn(), ctx.g.id, id, uid, body.title.trim(), s, now).await?;
    let out = event_for(w.conn(), id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &out))
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
    JsonBody(body): JsonBody<EventPatch>,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let (mut e, ctx) = load_event(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    if_match.check(&etag(&e))?;
    let before = (e.starts_at, e.ends_at, e.location.clone(), e.online_url.clone());
    check(validate::validate_event_patch(
        &body,
        &format_rfc3339(e.starts_at),
        &format_rfc3339(e.ends_at),
        zone_known,
    ))?;
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
    edb::update_event(w.conn(), &e).await?;
    edb::promote(w.conn(), e.id, e.capacity).await?;
    // Members who answered hear when the time or the place changes (not for a new wording).
    if before != (e.starts_at, e.ends_at, e.location.clone(), e.online_url.clone()) {
        crate::notify::event_changed(w.conn(), ctx.g.id, e.id, uid, &e.title, e.starts_at, false, now)
            .await?;
    }
    let out = event_for(w.conn(), e.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn cancel(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    OptJson(body): OptJson<CancelRequest>,
) -> ApiResult<Response> {
    let id = path_id(&id, "event")?;
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
