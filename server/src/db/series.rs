//! Series of dates: the rule and the details new dates get, the dates planned ahead as rows of
//! `events` (each with its own answers, capacity and waitlist), skipped dates and "going to every
//! date" answers.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDateTime;
use chrono_tz::Tz;
use kith_api::recur::{Rule, WeekdayNum, check_recurrence};
use kith_api::{Freq, Recurrence, RsvpStatus};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, placeholders};
use crate::domain::recurrence::{Shape, utc_to_local};

/// How far ahead dates are planned (and kept planned by the background loop).
pub const PLAN_AHEAD: i64 = 400 * 86_400;

const LOCAL_FORMAT: &str = "%Y-%m-%dT%H:%M:%S";

#[derive(Clone, Debug)]
pub struct SeriesRow {
    pub id: i64,
    pub group_id: i64,
    pub freq: Freq,
    pub interval: i64,
    pub by_day: String,
    pub count: Option<i64>,
    pub until_at: Option<i64>,
    pub start_local: String,
    pub starts_at: i64,
    pub duration: i64,
    pub all_day: bool,
    pub time_zone: String,
    pub title: String,
    pub description: String,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<i64>,
    pub paused: bool,
    pub planned_until: i64,
    pub created_by: i64,
    pub created_at: i64,
}

fn freq_of(s: &str) -> Freq {
    match s {
        "daily" => Freq::Daily,
        "monthly" => Freq::Monthly,
        _ => Freq::Weekly,
    }
}

fn freq_str(f: Freq) -> &'static str {
    match f {
        Freq::Daily => "daily",
        Freq::Weekly => "weekly",
        Freq::Monthly => "monthly",
    }
}

fn series_row(r: &AnyRow) -> SeriesRow {
    SeriesRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        freq: freq_of(&r.get::<String, _>("freq")),
        interval: r.get("interval"),
        by_day: r.get("by_day"),
        count: r.get("count"),
        until_at: r.get("until_at"),
        start_local: r.get("start_local"),
        starts_at: r.get("starts_at"),
        duration: r.get("duration"),
        all_day: r.get::<i64, _>("all_day") != 0,
        time_zone: r.get("time_zone"),
        title: r.get("title"),
        description: r.get("description"),
        location: r.get("location"),
        online_url: r.get("online_url"),
        capacity: r.get("capacity"),
        paused: r.get::<i64, _>("paused") != 0,
        planned_until: r.get("planned_until"),
        created_by: r.get("created_by"),
        created_at: r.get("created_at"),
    }
}

impl SeriesRow {
    /// The rule as the wire carries it.
    pub fn recurrence(&self) -> Recurrence {
        Recurrence {
            freq: self.freq,
            interval: self.interval.clamp(1, 99) as u32,
            by_day: self.by_day.split(',').filter(|s| !s.is_empty()).map(String::from).collect(),
            count: self.count.map(|c| c.max(1) as u32),
            until: self.until_at.map(kith_api::time::format_rfc3339),
        }
    }

    pub fn rule(&self) -> Rule {
        check_recurrence(&self.recurrence(), None, "").unwrap_or(Rule {
            freq: self.freq,
            interval: 1,
            by_day: Vec::new(),
            count: Some(1),
            until: None,
        })
    }

    pub fn tz(&self) -> Tz {
        self.time_zone.parse().unwrap_or(Tz::UTC)
    }

    pub fn start_local(&self) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(&self.start_local, LOCAL_FORMAT)
            .unwrap_or_else(|_| utc_to_local(self.tz(), self.starts_at))
    }

    pub fn shape(&self) -> Shape {
        let local = self.start_local();
        let days = if self.all_day { Some((self.duration / 86_400).max(1)) } else { None };
        Shape {
            rule: self.rule(),
            tz: self.tz(),
            start_local: local,
            duration: self.duration,
            all_day_days: days,
        }
    }

    /// A series not stored yet: the rule and start set, no details (callers fill them in with
    /// struct update syntax), nothing planned.
    pub fn new(
        group_id: i64,
        rule: &Rule,
        time_zone: &str,
        starts_at: i64,
        created_by: i64,
        created_at: i64,
    ) -> SeriesRow {
        let mut s = SeriesRow {
            id: 0,
            group_id,
            freq: rule.freq,
            interval: 1,
            by_day: String::new(),
            count: None,
            until_at: None,
            start_local: String::new(),
            starts_at,
            duration: 3600,
            all_day: false,
            time_zone: time_zone.to_string(),
            title: String::new(),
            description: String::new(),
            location: None,
            online_url: None,
            capacity: None,
            paused: false,
            planned_until: 0,
            created_by,
            created_at,
        };
        s.set_rule(rule);
        s.set_start(starts_at);
        s
    }

    /// Moves the start onto the rule's first date on or after it (DTSTART in step with the
    /// rule, as RFC 5545 asks) and returns it; `None` when the rule gives no date.
    pub fn start_on_first_date(&mut self) -> Option<i64> {
        let (first, _) = self.shape().first(self.starts_at)?;
        self.set_start(first);
        Some(first)
    }

    /// Sets the rule from the wire form (already checked).
    pub fn set_rule(&mut self, r: &Rule) {
        self.freq = r.freq;
        self.interval = r.interval as i64;
        self.by_day = r.by_day.iter().map(|w: &WeekdayNum| w.code()).collect::<Vec<_>>().join(",");
        self.count = r.count.map(i64::from);
        self.until_at = r.until;
    }

    pub fn set_start(&mut self, starts_at: i64) {
        self.starts_at = starts_at;
        self.start_local = utc_to_local(self.tz(), starts_at).format(LOCAL_FORMAT).to_string();
    }

    /// The series' dates (start, end) with start in [from, to), in order; at most
    /// `MAX_EXPANSION`. `COUNT` counts from the first date, `UNTIL` applies.
    pub fn dates_between(&self, from: i64, to: i64) -> Vec<(i64, i64)> {
        self.shape().dates(from, to)
    }
}

const SERIES_COLS: &str = "id, group_id, freq, interval, by_day, count, until_at, start_local, starts_at, \
    duration, all_day, time_zone, title, description, location, online_url, capacity, paused, planned_until, \
    created_by, created_at";

pub async fn get(c: &mut Conn, id: i64) -> Result<Option<SeriesRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("SELECT {SERIES_COLS} FROM event_series WHERE id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(series_row))
}

/// The columns `insert` and `update` both write, in the order [`bind_written`] binds them.
const WRITTEN: [&str; 17] = [
    "freq",
    "interval",
    "by_day",
    "count",
    "until_at",
    "start_local",
    "starts_at",
    "duration",
    "all_day",
    "time_zone",
    "title",
    "description",
    "location",
    "online_url",
    "capacity",
    "paused",
    "planned_until",
];

type SeriesQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

fn bind_written<'q>(q: SeriesQuery<'q>, s: &'q SeriesRow) -> SeriesQuery<'q> {
    q.bind(freq_str(s.freq))
        .bind(s.interval)
        .bind(&s.by_day)
        .bind(s.count)
        .bind(s.until_at)
        .bind(&s.start_local)
        .bind(s.starts_at)
        .bind(s.duration)
        .bind(s.all_day as i64)
        .bind(&s.time_zone)
        .bind(&s.title)
        .bind(&s.description)
        .bind(&s.location)
        .bind(&s.online_url)
        .bind(s.capacity)
        .bind(s.paused as i64)
        .bind(s.planned_until)
}

pub async fn insert(c: &mut Conn, s: &SeriesRow) -> Result<i64, sqlx::Error> {
    let sql = format!(
        "INSERT INTO event_series (group_id, {}, created_by, created_at, version) VALUES (?, {}, ?, ?, 1) RETURNING id",
        WRITTEN.join(", "),
        placeholders(WRITTEN.len())
    );
    let sql = crate::db::sql(&sql);
    let q = bind_written(sqlx::query(&sql).bind(s.group_id), s);
    let row = q.bind(s.created_by).bind(s.created_at).fetch_one(c).await?;
    row.try_get(0)
}

pub async fn update(c: &mut Conn, s: &SeriesRow) -> Result<(), sqlx::Error> {
    let set: Vec<String> = WRITTEN.iter().map(|col| format!("{col} = ?")).collect();
    let sql = format!("UPDATE event_series SET {}, version = version + 1 WHERE id = ?", set.join(", "));
    bind_written(sqlx::query(&crate::db::sql(&sql)), s).bind(s.id).execute(c).await?;
    Ok(())
}

/// Skipped dates (their planned starts), earliest first.
pub async fn skips(c: &mut Conn, sid: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT occurrence_start FROM series_skips WHERE series_id = ? ORDER BY occurrence_start",
    ))
    .bind(sid)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().map(|(t,)| t).collect())
}

pub async fn add_skip(c: &mut Conn, sid: i64, occurrence: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO series_skips (series_id, occurrence_start) VALUES (?, ?) ON CONFLICT DO NOTHING",
    ))
    .bind(sid)
    .bind(occurrence)
    .execute(c)
    .await?;
    Ok(())
}

/// Members (still in the group, not banned) who answered "going to every date".
pub async fn every_date_members(c: &mut Conn, sid: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT s.user_id FROM series_rsvps s JOIN memberships m ON m.group_id = s.group_id AND m.user_id = s.user_id \
         WHERE s.series_id = ? ORDER BY s.created_at, s.user_id",
    ))
    .bind(sid)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().map(|(u,)| u).collect())
}

/// Of `sids`, the series the caller goes to every date of.
pub async fn my_every_dates(c: &mut Conn, uid: i64, sids: &[i64]) -> Result<HashSet<i64>, sqlx::Error> {
    if sids.is_empty() {
        return Ok(HashSet::new());
    }
    let sql = format!(
        "SELECT series_id FROM series_rsvps WHERE user_id = ? AND series_id IN ({})",
        placeholders(sids.len())
    );
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query_as::<_, (i64,)>(&sql).bind(uid);
    for s in sids {
        q = q.bind(*s);
    }
    Ok(q.fetch_all(c).await?.into_iter().map(|(s,)| s).collect())
}

/// Rules of `sids` for the event lists.
pub async fn by_ids(c: &mut Conn, sids: &[i64]) -> Result<HashMap<i64, SeriesRow>, sqlx::Error> {
    if sids.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!("SELECT {SERIES_COLS} FROM event_series WHERE id IN ({})", placeholders(sids.len()));
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query(&sql);
    for s in sids {
        q = q.bind(*s);
    }
    Ok(q.fetch_all(c).await?.iter().map(|r| (r.get::<i64, _>("id"), series_row(r))).collect())
}

/// Gives `uid` a going answer (waitlisted when full) marked as coming from the series, unless
/// they answered the date already. Returns whether an answer was added.
pub async fn answer_from_series(
    c: &mut Conn,
    eid: i64,
    gid: i64,
    uid: i64,
    capacity: Option<i64>,
    now: i64,
) -> Result<bool, sqlx::Error> {
    if super::events::rsvp_of(&mut *c, eid, uid).await?.is_some() {
        return Ok(false);
    }
    let going = super::events::going_count(&mut *c, eid).await?;
    let status =
        if capacity.is_none_or(|cap| going < cap) { RsvpStatus::Going } else { RsvpStatus::Waitlisted };
    super::events::put_rsvp(&mut *c, eid, gid, uid, status, now).await?;
    sqlx::query(&crate::db::sql("UPDATE rsvps SET from_series = 1 WHERE event_id = ? AND user_id = ?"))
        .bind(eid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(true)
}

/// What a re-planning did.
#[derive(Debug, Default)]
pub struct Planned {
    pub added: Vec<i64>,
    pub moved: Vec<i64>,
    pub cancelled: Vec<i64>,
    pub removed: usize,
}

/// A planned row: id, planned start, detached, cancelled, number of answers (not declines).
type Held = (i64, i64, bool, bool, i64);
/// A planned row and the date it takes (either may be missing).
type Pair = (Option<Held>, Option<(i64, i64)>);

/// How planned rows meet the rule's dates when re-planning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    /// By local day: a rule change keeps the rows of days that still occur.
    Day,
    /// In order: a moved time or weekday keeps each row (and its answers) on its new date.
    Order,
}

/// Plans the series' dates from `from` up to its horizon. Existing rows (from `from` on) meet
/// the dates by [`Match`] and keep their id and answers; missing dates are added (with the
/// "every date" answers); rows left over are removed, or cancelled when someone answered them.
/// Rows edited on their own keep their details. Bumps `planned_until`.
pub async fn plan(
    c: &mut Conn,
    s: &mut SeriesRow,
    from: i64,
    now: i64,
    how: Match,
) -> Result<Planned, sqlx::Error> {
    let mut out = Planned::default();
    let horizon = now.max(s.starts_at) + PLAN_AHEAD;
    let tz = s.tz();
    let day_of = |t: i64| utc_to_local(tz, t).date();
    let skipped: HashSet<chrono::NaiveDate> = skips(&mut *c, s.id).await?.into_iter().map(day_of).collect();
    let dates: Vec<(i64, i64)> = if s.paused { Vec::new() } else { s.dates_between(from, horizon) }
        .into_iter()
        .filter(|(st, _)| !skipped.contains(&day_of(*st)))
        .collect();
    let rows: Vec<(i64, i64, i64, i64, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT id, occurrence_start, detached, cancelled, \
         (SELECT COUNT(*) FROM rsvps r WHERE r.event_id = events.id AND r.status <> 'declined') \
         FROM events WHERE series_id = ? AND occurrence_start >= ? ORDER BY occurrence_start",
    ))
    .bind(s.id)
    .bind(from)
    .fetch_all(&mut *c)
    .await?;
    // Pair rows with dates.
    let mut pairs: Vec<Pair> = Vec::new();
    match how {
        Match::Order => {
            let n = rows.len().max(dates.len());
            for i in 0..n {
                let row = rows.get(i).map(|&(id, occ, d, cn, a)| (id, occ, d != 0, cn != 0, a));
                // Rows beyond the horizon stay until the horizon reaches them.
                pairs.push((row, dates.get(i).copied()));
            }
        }
        Match::Day => {
            let mut by_day: HashMap<chrono::NaiveDate, Held> = HashMap::new();
            for (id, occ, det, canc, answered) in rows {
                by_day.insert(day_of(occ), (id, occ, det != 0, canc != 0, answered));
            }
            for d in dates {
                pairs.push((by_day.remove(&day_of(d.0)), Some(d)));
            }
            let mut rest: Vec<_> = by_day.into_values().collect();
            rest.sort_by_key(|r| r.1);
            pairs.extend(rest.into_iter().map(|r| (Some(r), None)));
        }
    }
    let every = every_date_members(&mut *c, s.id).await?;
    for (row, date) in pairs {
        match (row, date) {
            (Some((id, occ, detached, _, _)), Some((start, end))) => {
                if detached {
                    if occ != start {
                        sqlx::query(&crate::db::sql("UPDATE events SET occurrence_start = ? WHERE id = ?"))
                            .bind(start)
                            .bind(id)
                            .execute(&mut *c)
                            .await?;
                    }
                    continue;
                }
                // ?1…?9 are the date's new values; the row changes (and its version moves) only
                // when one of them differs.
                let r = sqlx::query(&crate::db::sql(
                    "UPDATE events SET occurrence_start = ?1, starts_at = ?1, ends_at = ?2, all_day = ?3, \
                     time_zone = ?4, title = ?5, description = ?6, location = ?7, online_url = ?8, capacity = ?9, \
                     version = version + 1 WHERE id = ?10 AND (occurrence_start <> ?1 OR starts_at <> ?1 \
                     OR ends_at <> ?2 OR all_day <> ?3 OR time_zone <> ?4 OR title <> ?5 OR description <> ?6 \
                     OR location IS DISTINCT FROM ?7 OR online_url IS DISTINCT FROM ?8 OR capacity IS DISTINCT FROM ?9)",
                ))
                .bind(start)
                .bind(end)
                .bind(s.all_day as i64)
                .bind(&s.time_zone)
                .bind(&s.title)
                .bind(&s.description)
                .bind(&s.location)
                .bind(&s.online_url)
                .bind(s.capacity)
                .bind(id)
                .execute(&mut *c)
                .await?;
                if r.rows_affected() > 0 {
                    super::events::promote(&mut *c, id, s.capacity).await?;
                    out.moved.push(id);
                }
            }
            (None, Some((start, end))) => {
                let id = insert_date(&mut *c, s, start, end).await?;
                for u in &every {
                    answer_from_series(&mut *c, id, s.group_id, *u, s.capacity, now).await?;
                }
                out.added.push(id);
            }
            (Some((id, occ, _, cancelled, answered)), None) => {
                if occ >= horizon && !s.paused {
                    continue;
                }
                if answered > 0 {
                    if !cancelled {
                        sqlx::query(&crate::db::sql(
                            "UPDATE events SET cancelled = 1, version = version + 1 WHERE id = ?",
                        ))
                        .bind(id)
                        .execute(&mut *c)
                        .await?;
                        out.cancelled.push(id);
                    }
                } else {
                    delete_date(&mut *c, id).await?;
                    out.removed += 1;
                }
            }
            (None, None) => {}
        }
    }
    s.planned_until = horizon;
    sqlx::query(&crate::db::sql("UPDATE event_series SET planned_until = ? WHERE id = ?"))
        .bind(horizon)
        .bind(s.id)
        .execute(&mut *c)
        .await?;
    Ok(out)
}

/// Splits `s` before its date planned at `at`: `s` ends before it and a copy starting at `at`
/// takes the rows, skips and "every date" answers from there on. Returns the new series (or
/// `s` itself when `at` is its first date).
pub async fn split(c: &mut Conn, s: &mut SeriesRow, at: i64) -> Result<SeriesRow, sqlx::Error> {
    let before = dates_before(s, at) as i64;
    if before == 0 {
        return Ok(s.clone());
    }
    let mut next = s.clone();
    next.set_start(at);
    next.count = s.count.map(|n| (n - before).max(1));
    if s.count.is_some() {
        s.count = Some(before);
    } else {
        s.until_at = Some(at - 1);
    }
    update(&mut *c, s).await?;
    next.id = insert(&mut *c, &next).await?;
    for sql in [
        "UPDATE events SET series_id = ?1 WHERE series_id = ?2 AND occurrence_start >= ?3",
        "UPDATE series_skips SET series_id = ?1 WHERE series_id = ?2 AND occurrence_start >= ?3",
    ] {
        sqlx::query(&crate::db::sql(sql)).bind(next.id).bind(s.id).bind(at).execute(&mut *c).await?;
    }
    sqlx::query(&crate::db::sql(
        "INSERT INTO series_rsvps (series_id, user_id, group_id, created_at) \
         SELECT ?, user_id, group_id, created_at FROM series_rsvps WHERE series_id = ?",
    ))
    .bind(next.id)
    .bind(s.id)
    .execute(&mut *c)
    .await?;
    Ok(next)
}

/// Shifts skipped dates from `at` on by `delta` seconds (their dates moved with the series).
pub async fn shift_skips(c: &mut Conn, sid: i64, at: i64, delta: i64) -> Result<(), sqlx::Error> {
    if delta != 0 {
        sqlx::query(&crate::db::sql(
            "UPDATE series_skips SET occurrence_start = occurrence_start + ? WHERE series_id = ? AND occurrence_start >= ?",
        ))
        .bind(delta)
        .bind(sid)
        .bind(at)
        .execute(c)
        .await?;
    }
    Ok(())
}

async fn insert_date(c: &mut Conn, s: &SeriesRow, start: i64, end: i64) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO events (group_id, title, description, starts_at, ends_at, all_day, time_zone, location, \
         online_url, capacity, cancelled, created_by, created_at, version, series_id, occurrence_start, detached) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 1, ?, ?, 0) RETURNING id",
    ))
    .bind(s.group_id)
    .bind(&s.title)
    .bind(&s.description)
    .bind(start)
    .bind(end)
    .bind(s.all_day as i64)
    .bind(&s.time_zone)
    .bind(&s.location)
    .bind(&s.online_url)
    .bind(s.capacity)
    .bind(s.created_by)
    .bind(s.created_at)
    .bind(s.id)
    .bind(start)
    .fetch_one(c)
    .await?;
    Ok(r)
}

/// Removes a date nobody holds an answer to (declines included).
pub async fn delete_date(c: &mut Conn, eid: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("DELETE FROM rsvps WHERE event_id = ?")).bind(eid).execute(&mut *c).await?;
    sqlx::query(&crate::db::sql("DELETE FROM events WHERE id = ?")).bind(eid).execute(c).await?;
    Ok(())
}

/// Number of the rule's dates that start before `t` (for splitting a counted series).
pub fn dates_before(s: &SeriesRow, t: i64) -> usize {
    s.dates_between(i64::MIN / 4, t).len()
}

/// Series whose planning horizon needs moving forward (at most `limit`).
pub async fn due_for_planning(c: &mut Conn, now: i64, limit: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT s.id FROM event_series s JOIN groups g ON g.id = s.group_id \
         WHERE s.paused = 0 AND g.archived = 0 AND s.planned_until < ? \
         AND (s.until_at IS NULL OR s.until_at >= s.planned_until) ORDER BY s.planned_until LIMIT ?",
    ))
    .bind(now + PLAN_AHEAD - 86_400)
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().map(|(s,)| s).collect())
}

/// Running series of a group with a coming date (for the health panel's pause offer).
pub async fn running_of_group(c: &mut Conn, gid: i64, now: i64) -> Result<Vec<SeriesRow>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(&format!(
        "SELECT {SERIES_COLS} FROM event_series s WHERE group_id = ? AND paused = 0 AND EXISTS \
         (SELECT 1 FROM events e WHERE e.series_id = s.id AND e.starts_at > ? AND e.cancelled = 0) ORDER BY id LIMIT 20"
    )))
    .bind(gid)
    .bind(now)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(series_row).collect())
}

/// The next date that is not cancelled.
pub async fn next_start(c: &mut Conn, sid: i64, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let r: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT MIN(starts_at) FROM events WHERE series_id = ? AND starts_at > ? AND cancelled = 0 HAVING COUNT(*) > 0",
    ))
    .bind(sid)
    .bind(now)
    .fetch_optional(c)
    .await?;
    Ok(r.map(|(t,)| t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use kith_api::time::parse_rfc3339;

    fn weekly(gid: i64, uid: i64, start: &str, count: Option<u32>) -> SeriesRow {
        let r = Recurrence { freq: Freq::Weekly, interval: 1, by_day: vec![], count, until: None };
        let rule = check_recurrence(&r, None, "").unwrap();
        SeriesRow {
            duration: 7200,
            title: "Walk".into(),
            capacity: Some(1),
            ..SeriesRow::new(gid, &rule, "Europe/Berlin", parse_rfc3339(start).unwrap(), uid, 0)
        }
    }

    async fn dates(c: &mut Conn, sid: i64) -> Vec<(i64, i64)> {
        sqlx::query_as(&crate::db::sql(
            "SELECT id, starts_at FROM events WHERE series_id = ? ORDER BY starts_at",
        ))
        .bind(sid)
        .fetch_all(c)
        .await
        .unwrap()
    }

    #[tokio::test]
    async fn moving_every_date_keeps_rows_answers_and_the_waitlist_per_date() {
        let db = Db::memory().await;
        let mut w = db.write().await.unwrap();
        let c = w.conn();
        let ann = crate::db::users::insert_user(c, "ann", "Ann", "x", &[], 0).await.unwrap();
        let ben = crate::db::users::insert_user(c, "ben", "Ben", "x", &[], 0).await.unwrap();
        let gid = crate::db::groups::insert(
            c,
            "walks",
            "Walks",
            "Walks in the park.",
            "",
            &["hiking".to_string()],
            "Berlin",
            kith_api::Visibility::Public,
            ann,
            0,
        )
        .await
        .unwrap();
        crate::db::memberships::add_member(c, gid, ben, kith_api::Role::Member, 0).await.unwrap();
        let now = parse_rfc3339("2027-01-01T00:00:00Z").unwrap();
        let mut s = weekly(gid, ann, "2027-03-18T18:00:00Z", Some(4));
        s.id = insert(c, &s).await.unwrap();
        // Ben goes to every date; capacity 1, so Ann waits on the first date only.
        sqlx::query(&crate::db::sql(
            "INSERT INTO series_rsvps (series_id, user_id, group_id, created_at) VALUES (?, ?, ?, 0)",
        ))
        .bind(s.id)
        .bind(ben)
        .bind(gid)
        .execute(&mut *c)
        .await
        .unwrap();
        let p = plan(c, &mut s, i64::MIN / 4, now, Match::Day).await.unwrap();
        assert_eq!(p.added.len(), 4);
        let before = dates(c, s.id).await;
        // 19:00 Berlin before the clock change (18:00Z), 19:00 after it (17:00Z).
        let hours: Vec<i64> = before.iter().map(|d| d.1.rem_euclid(86_400) / 3600).collect();
        assert_eq!(hours, vec![18, 18, 17, 17]);
        let first = before[0].0;
        assert!(answer_from_series(c, first, gid, ann, Some(1), now).await.unwrap());
        let mine = crate::db::events::my_rsvps(c, ann, &[first]).await.unwrap();
        assert_eq!(mine[&first].0, RsvpStatus::Waitlisted);
        // Every date one hour later: rows keep their ids (and answers), in order.
        s.set_start(s.starts_at + 3600);
        let p = plan(c, &mut s, i64::MIN / 4, now, Match::Order).await.unwrap();
        assert_eq!((p.moved.len(), p.added.len(), p.removed), (4, 0, 0));
        let after = dates(c, s.id).await;
        assert_eq!(
            after.iter().map(|d| d.0).collect::<Vec<_>>(),
            before.iter().map(|d| d.0).collect::<Vec<_>>()
        );
        assert!(after.iter().zip(&before).all(|(a, b)| a.1 == b.1 + 3600));
        assert_eq!(crate::db::events::my_rsvps(c, ben, &[first]).await.unwrap()[&first].0, RsvpStatus::Going);
        // Split before the third date: two dates stay, two move to the new series.
        let third = after[2].1;
        let next = split(c, &mut s, third).await.unwrap();
        assert_ne!(next.id, s.id);
        assert_eq!((s.count, next.count), (Some(2), Some(2)));
        assert_eq!(dates(c, s.id).await.len(), 2);
        assert_eq!(dates(c, next.id).await.len(), 2);
        assert_eq!(every_date_members(c, next.id).await.unwrap(), vec![ben]);
    }
}
