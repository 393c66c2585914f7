//! Events and RSVPs with capacity and an ordered waitlist.

use std::collections::HashMap;

use kith_api::{GroupRef, RsvpStatus, UserRef};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, placeholders, user_in};

#[derive(Clone, Debug)]
pub struct EventRow {
    pub id: i64,
    pub group_id: i64,
    pub group: GroupRef,
    pub group_archived: bool,
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub all_day: bool,
    pub time_zone: String,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<i64>,
    pub cancelled: bool,
    pub created_by: UserRef,
    pub created_at: i64,
    pub version: i64,
    pub going: i64,
    pub maybe: i64,
    pub waitlisted: i64,
    pub series_id: Option<i64>,
    pub occurrence_start: Option<i64>,
    pub detached: bool,
}

const EVENT_SELECT: &str = "SELECT e.id, e.group_id, g.slug, g.name AS gname, g.archived, e.title, \
    e.description, e.starts_at, e.ends_at, e.all_day, e.time_zone, e.location, e.online_url, \
    e.capacity, e.cancelled, e.created_at, e.version, e.series_id, e.occurrence_start, e.detached, u.id AS uid, u.username, u.display_name, \
    (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = 'going') AS going, \
    (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = 'maybe') AS maybe, \
    (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = e.id AND r.status = 'waitlisted') AS waitlisted \
    FROM events e JOIN groups g ON g.id = e.group_id JOIN users u ON u.id = e.created_by";

fn event_row(r: &AnyRow) -> EventRow {
    EventRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        group: GroupRef { slug: r.get("slug"), name: r.get("gname") },
        group_archived: r.get::<i64, _>("archived") != 0,
        title: r.get("title"),
        description: r.get("description"),
        starts_at: r.get("starts_at"),
        ends_at: r.get("ends_at"),
        all_day: r.get::<i64, _>("all_day") != 0,
        time_zone: r.get("time_zone"),
        location: r.get("location"),
        online_url: r.get("online_url"),
        capacity: r.get("capacity"),
        cancelled: r.get::<i64, _>("cancelled") != 0,
        created_by: user_in(r, "uid"),
        created_at: r.get("created_at"),
        version: r.get("version"),
        going: r.get("going"),
        maybe: r.get("maybe"),
        waitlisted: r.get("waitlisted"),
        series_id: r.get("series_id"),
        occurrence_start: r.get("occurrence_start"),
        detached: r.get::<i64, _>("detached") != 0,
    }
}

pub async fn event(c: &mut Conn, id: i64) -> Result<Option<EventRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("{EVENT_SELECT} WHERE e.id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(event_row))
}

/// Events of `gids` overlapping [from, to), earliest first, after (starts_at, id).
pub async fn events_in_range(
    c: &mut Conn,
    gids: &[i64],
    from: i64,
    to: i64,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<EventRow>, sqlx::Error> {
    if gids.is_empty() {
        return Ok(Vec::new());
    }
    let (ac, ai) = after.unwrap_or((i64::MIN, i64::MIN));
    let sql = format!(
        "{EVENT_SELECT} WHERE e.group_id IN ({}) AND e.starts_at < ? AND e.ends_at > ? \
         AND (e.starts_at > ? OR (e.starts_at = ? AND e.id > ?)) ORDER BY e.starts_at, e.id LIMIT ?",
        placeholders(gids.len())
    );
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query(&sql);
    for g in gids {
        q = q.bind(*g);
    }
    let rows = q.bind(to).bind(from).bind(ac).bind(ac).bind(ai).bind(limit).fetch_all(c).await?;
    Ok(rows.iter().map(event_row).collect())
}

/// Every event of a group, earliest first (for the calendar feed).
pub async fn all_of_group(c: &mut Conn, gid: i64) -> Result<Vec<EventRow>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(&format!(
        "{EVENT_SELECT} WHERE e.group_id = ? ORDER BY e.starts_at, e.id"
    )))
    .bind(gid)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(event_row).collect())
}

pub struct NewEventRow<'a> {
    pub group_id: i64,
    pub title: &'a str,
    pub description: &'a str,
    pub starts_at: i64,
    pub ends_at: i64,
    pub all_day: bool,
    pub time_zone: &'a str,
    pub location: Option<&'a str>,
    pub online_url: Option<&'a str>,
    pub capacity: Option<i64>,
    pub created_by: i64,
    pub created_at: i64,
}

pub async fn insert_event(c: &mut Conn, e: &NewEventRow<'_>) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO events (group_id, title, description, starts_at, ends_at, all_day, time_zone, \
         location, online_url, capacity, cancelled, created_by, created_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1) RETURNING id",
    ))
    .bind(e.group_id)
    .bind(e.title)
    .bind(e.description)
    .bind(e.starts_at)
    .bind(e.ends_at)
    .bind(e.all_day as i64)
    .bind(e.time_zone)
    .bind(e.location)
    .bind(e.online_url)
    .bind(e.capacity)
    .bind(e.created_by)
    .bind(e.created_at)
    .fetch_one(&mut *c)
    .await?;
    super::groups::touch_activity(c, e.group_id, e.created_at).await?;
    Ok(r)
}

/// Writes the editable fields back and bumps the version.
pub async fn update_event(c: &mut Conn, e: &EventRow) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE events SET title = ?, description = ?, starts_at = ?, ends_at = ?, all_day = ?, \
         time_zone = ?, location = ?, online_url = ?, capacity = ?, cancelled = ?, detached = ?, \
         version = version + 1 WHERE id = ?",
    ))
    .bind(&e.title)
    .bind(&e.description)
    .bind(e.starts_at)
    .bind(e.ends_at)
    .bind(e.all_day as i64)
    .bind(&e.time_zone)
    .bind(&e.location)
    .bind(&e.online_url)
    .bind(e.capacity)
    .bind(e.cancelled as i64)
    .bind(e.detached as i64)
    .bind(e.id)
    .execute(c)
    .await?;
    Ok(())
}

pub fn status_of(s: &str) -> RsvpStatus {
    match s {
        "going" => RsvpStatus::Going,
        "maybe" => RsvpStatus::Maybe,
        "waitlisted" => RsvpStatus::Waitlisted,
        _ => RsvpStatus::Declined,
    }
}

/// The caller's RSVP and waitlist position (1-based) for each event.
pub async fn my_rsvps(
    c: &mut Conn,
    uid: i64,
    eids: &[i64],
) -> Result<HashMap<i64, (RsvpStatus, Option<u32>)>, sqlx::Error> {
    if eids.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT r.event_id, r.status, \
         (SELECT COUNT(*) FROM rsvps w WHERE w.event_id = r.event_id AND w.status = 'waitlisted' \
          AND w.waitlist_seq <= r.waitlist_seq) AS pos \
         FROM rsvps r WHERE r.user_id = ? AND r.event_id IN ({})",
        placeholders(eids.len())
    );
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query_as::<_, (i64, String, i64)>(&sql).bind(uid);
    for e in eids {
        q = q.bind(*e);
    }
    Ok(q.fetch_all(c)
        .await?
        .into_iter()
        .map(|(e, s, pos)| {
            let st = status_of(&s);
            let pos = (st == RsvpStatus::Waitlisted).then_some(pos.max(1) as u32);
            (e, (st, pos))
        })
        .collect())
}

pub async fn rsvp_of(c: &mut Conn, eid: i64, uid: i64) -> Result<Option<RsvpStatus>, sqlx::Error> {
    let r: Option<(String,)> =
        sqlx::query_as(&crate::db::sql("SELECT status FROM rsvps WHERE event_id = ? AND user_id = ?"))
            .bind(eid)
            .bind(uid)
            .fetch_optional(c)
            .await?;
    Ok(r.map(|(s,)| status_of(&s)))
}

pub async fn going_count(c: &mut Conn, eid: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) =
        sqlx::query_as(&crate::db::sql("SELECT COUNT(*) FROM rsvps WHERE event_id = ? AND status = 'going'"))
            .bind(eid)
            .fetch_one(c)
            .await?;
    Ok(n)
}

/// Sets a member's answer. `waitlisted` gets the next place at the end of the waitlist.
pub async fn put_rsvp(
    c: &mut Conn,
    eid: i64,
    gid: i64,
    uid: i64,
    status: RsvpStatus,
    now: i64,
) -> Result<(), sqlx::Error> {
    let seq: Option<i64> = if status == RsvpStatus::Waitlisted {
        let (m,): (Option<i64>,) =
            sqlx::query_as(&crate::db::sql("SELECT MAX(waitlist_seq) FROM rsvps WHERE event_id = ?"))
                .bind(eid)
                .fetch_one(&mut *c)
                .await?;
        Some(m.unwrap_or(0) + 1)
    } else {
        None
    };
    sqlx::query(&crate::db::sql(
        "INSERT INTO rsvps (event_id, user_id, group_id, status, responded_at, waitlist_seq) \
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, user_id) DO UPDATE SET \
         status = excluded.status, responded_at = excluded.responded_at, \
         waitlist_seq = excluded.waitlist_seq, from_series = 0",
    ))
    .bind(eid)
    .bind(uid)
    .bind(gid)
    .bind(status.as_str())
    .bind(now)
    .bind(seq)
    .execute(c)
    .await?;
    Ok(())
}

/// Moves the first waitlisted members to `going` while places are free. Returns who moved.
pub async fn promote(c: &mut Conn, eid: i64, capacity: Option<i64>) -> Result<Vec<i64>, sqlx::Error> {
    let going = going_count(&mut *c, eid).await?;
    let free = match capacity {
        None => i64::MAX,
        Some(cap) => (cap - going).max(0),
    };
    if free == 0 {
        return Ok(Vec::new());
    }
    // Only current members move up: someone who left or was banned keeps no place.
    let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT r.user_id FROM rsvps r JOIN events e ON e.id = r.event_id \
         JOIN memberships m ON m.group_id = e.group_id AND m.user_id = r.user_id \
         WHERE r.event_id = ? AND r.status = 'waitlisted' ORDER BY r.waitlist_seq, r.user_id LIMIT ?",
    ))
    .bind(eid)
    .bind(free)
    .fetch_all(&mut *c)
    .await?;
    for (uid,) in &rows {
        sqlx::query(&crate::db::sql("UPDATE rsvps SET status = 'going' WHERE event_id = ? AND user_id = ?"))
            .bind(eid)
            .bind(*uid)
            .execute(&mut *c)
            .await?;
    }
    let moved: Vec<i64> = rows.into_iter().map(|(u,)| u).collect();
    crate::notify::waitlist_promoted(c, eid, &moved, super::now()).await?;
    Ok(moved)
}

/// Releases a former member's answers to the group's events that have not ended (and are not
/// cancelled), and moves the waitlists up. Returns the events whose places changed.
pub async fn release_member(c: &mut Conn, gid: i64, uid: i64, now: i64) -> Result<Vec<i64>, sqlx::Error> {
    // "Going to every date" ends with the membership.
    sqlx::query(&crate::db::sql("DELETE FROM series_rsvps WHERE group_id = ? AND user_id = ?"))
        .bind(gid)
        .bind(uid)
        .execute(&mut *c)
        .await?;
    let held: Vec<(i64, Option<i64>)> = sqlx::query_as(&crate::db::sql(
        "SELECT e.id, e.capacity FROM rsvps r JOIN events e ON e.id = r.event_id \
         WHERE r.user_id = ? AND e.group_id = ? AND e.ends_at > ? AND e.cancelled = 0",
    ))
    .bind(uid)
    .bind(gid)
    .bind(now)
    .fetch_all(&mut *c)
    .await?;
    for (eid, capacity) in &held {
        sqlx::query(&crate::db::sql("DELETE FROM rsvps WHERE event_id = ? AND user_id = ?"))
            .bind(eid)
            .bind(uid)
            .execute(&mut *c)
            .await?;
        promote(&mut *c, *eid, *capacity).await?;
    }
    Ok(held.into_iter().map(|(e, _)| e).collect())
}

pub struct AttendeeRow {
    pub rank: i64,
    pub sort_key: i64,
    pub user: UserRef,
    pub status: RsvpStatus,
    pub responded_at: i64,
    pub waitlist_seq: Option<i64>,
}

/// Going (by answer time), then the waitlist in order, then maybe, then declined; after
/// (rank, key, user id).
pub async fn attendees(
    c: &mut Conn,
    eid: i64,
    after: Option<(i64, i64, i64)>,
    limit: i64,
) -> Result<Vec<AttendeeRow>, sqlx::Error> {
    let rank = "CASE r.status WHEN 'going' THEN 0 WHEN 'waitlisted' THEN 1 WHEN 'maybe' THEN 2 ELSE 3 END";
    let key = "CASE WHEN r.status = 'waitlisted' THEN r.waitlist_seq ELSE r.responded_at END";
    let (a, b, u) = after.unwrap_or((-1, i64::MIN, i64::MIN));
    let rows = sqlx::query(&crate::db::sql(&format!(
        "SELECT {rank} AS rank, {key} AS sort_key, r.status, r.responded_at, r.waitlist_seq, \
         u.id, u.username, u.display_name FROM rsvps r JOIN users u ON u.id = r.user_id \
         WHERE r.event_id = ? AND ({rank} > ? OR ({rank} = ? AND ({key} > ? OR ({key} = ? AND u.id > ?)))) \
         ORDER BY rank, sort_key, u.id LIMIT ?"
    )))
    .bind(eid)
    .bind(a)
    .bind(a)
    .bind(b)
    .bind(b)
    .bind(u)
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows
        .iter()
        .map(|r| AttendeeRow {
            rank: r.get("rank"),
            sort_key: r.get("sort_key"),
            user: user_in(r, "id"),
            status: status_of(&r.get::<String, _>("status")),
            responded_at: r.get("responded_at"),
            waitlist_seq: r.get("waitlist_seq"),
        })
        .collect())
}

/// Waitlist sequence numbers of an event, in order.
pub async fn waitlist_seqs(c: &mut Conn, eid: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT waitlist_seq FROM rsvps WHERE event_id = ? AND status = 'waitlisted' ORDER BY waitlist_seq",
    ))
    .bind(eid)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().map(|(s,)| s).collect())
}
