//! Date polls: options, answers per option, and the event a poll became.

use std::collections::HashMap;

use kith_api::{PollAnswer, UserRef};
use sqlx::Row;

use super::{Conn, user_in};

#[derive(Clone, Debug)]
pub struct PollRow {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub description: String,
    pub time_zone: String,
    pub created_by: UserRef,
    pub created_at: i64,
    pub event_id: Option<i64>,
    pub version: i64,
}

#[derive(Clone, Debug)]
pub struct OptionRow {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub yes: i64,
    pub if_need_be: i64,
    pub no: i64,
}

const POLL_SELECT: &str = "SELECT p.id, p.group_id, p.title, p.description, p.time_zone, p.created_at, p.event_id, \
    p.version, u.id AS uid, u.username, u.display_name FROM polls p JOIN users u ON u.id = p.created_by";

fn poll_row(r: &sqlx::any::AnyRow) -> PollRow {
    PollRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        title: r.get("title"),
        description: r.get("description"),
        time_zone: r.get("time_zone"),
        created_by: user_in(r, "uid"),
        created_at: r.get("created_at"),
        event_id: r.get("event_id"),
        version: r.get("version"),
    }
}

pub async fn get(c: &mut Conn, id: i64) -> Result<Option<PollRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("{POLL_SELECT} WHERE p.id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(poll_row))
}

/// A group's polls, open ones first, newest first within each; after (closed, id).
pub async fn of_group(
    c: &mut Conn,
    gid: i64,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<PollRow>, sqlx::Error> {
    let (ac, ai) = after.unwrap_or((-1, i64::MAX));
    // "Closed" as 0/1 (a comparison is an integer in SQLite but a boolean in PostgreSQL).
    let closed = "(CASE WHEN p.event_id IS NULL THEN 0 ELSE 1 END)";
    let rows = sqlx::query(&crate::db::sql(&format!(
        "{POLL_SELECT} WHERE p.group_id = ? AND ({closed} > ? OR ({closed} = ? AND p.id < ?)) \
         ORDER BY {closed}, p.id DESC LIMIT ?"
    )))
    .bind(gid)
    .bind(ac)
    .bind(ac)
    .bind(ai)
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(poll_row).collect())
}

#[allow(clippy::too_many_arguments)]
pub async fn insert(
    c: &mut Conn,
    gid: i64,
    title: &str,
    description: &str,
    zone: &str,
    uid: i64,
    now: i64,
    options: &[(i64, i64)],
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO polls (group_id, title, description, time_zone, created_by, created_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, 1) RETURNING id",
    ))
    .bind(gid)
    .bind(title)
    .bind(description)
    .bind(zone)
    .bind(uid)
    .bind(now)
    .fetch_one(&mut *c)
    .await?;
    let id = r;
    for (s, e) in options {
        sqlx::query(&crate::db::sql(
            "INSERT INTO poll_options (poll_id, starts_at, ends_at) VALUES (?, ?, ?)",
        ))
        .bind(id)
        .bind(s)
        .bind(e)
        .execute(&mut *c)
        .await?;
    }
    Ok(id)
}

/// Options in order of start, with their tallies.
pub async fn options(c: &mut Conn, pid: i64) -> Result<Vec<OptionRow>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64, i64, i64, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT o.id, o.starts_at, o.ends_at, \
         (SELECT COUNT(*) FROM poll_votes v WHERE v.option_id = o.id AND v.answer = 'yes'), \
         (SELECT COUNT(*) FROM poll_votes v WHERE v.option_id = o.id AND v.answer = 'if_need_be'), \
         (SELECT COUNT(*) FROM poll_votes v WHERE v.option_id = o.id AND v.answer = 'no') \
         FROM poll_options o WHERE o.poll_id = ? ORDER BY o.starts_at, o.id",
    ))
    .bind(pid)
    .fetch_all(c)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, starts_at, ends_at, yes, if_need_be, no)| OptionRow {
            id,
            starts_at,
            ends_at,
            yes,
            if_need_be,
            no,
        })
        .collect())
}

/// The caller's answers by option.
pub async fn my_answers(c: &mut Conn, pid: i64, uid: i64) -> Result<HashMap<i64, PollAnswer>, sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&crate::db::sql(
        "SELECT option_id, answer FROM poll_votes WHERE poll_id = ? AND user_id = ?",
    ))
    .bind(pid)
    .bind(uid)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().filter_map(|(o, a)| PollAnswer::parse(&a).map(|a| (o, a))).collect())
}

pub async fn voter_count(c: &mut Conn, pid: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) =
        sqlx::query_as(&crate::db::sql("SELECT COUNT(DISTINCT user_id) FROM poll_votes WHERE poll_id = ?"))
            .bind(pid)
            .fetch_one(c)
            .await?;
    Ok(n)
}

pub async fn put_vote(
    c: &mut Conn,
    pid: i64,
    oid: i64,
    uid: i64,
    a: PollAnswer,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO poll_votes (option_id, poll_id, user_id, answer, answered_at) VALUES (?, ?, ?, ?, ?) \
         ON CONFLICT (option_id, user_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at",
    ))
    .bind(oid)
    .bind(pid)
    .bind(uid)
    .bind(a.as_str())
    .bind(now)
    .execute(c)
    .await?;
    Ok(())
}

/// Voters (by name, then id) after `after`, each with their answers by option id.
pub async fn voters(
    c: &mut Conn,
    pid: i64,
    after: Option<(String, i64)>,
    limit: i64,
) -> Result<Vec<(UserRef, HashMap<i64, PollAnswer>)>, sqlx::Error> {
    let (an, ai) = after.unwrap_or((String::new(), i64::MIN));
    let users = sqlx::query(&crate::db::sql(
        "SELECT DISTINCT u.id, u.username, u.display_name FROM poll_votes v JOIN users u ON u.id = v.user_id \
         WHERE v.poll_id = ? AND (u.username > ? OR (u.username = ? AND u.id > ?)) ORDER BY u.username, u.id LIMIT ?",
    ))
    .bind(pid)
    .bind(&an)
    .bind(&an)
    .bind(ai)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?;
    let mut out = Vec::new();
    for r in &users {
        let u = user_in(r, "id");
        let answers = my_answers(&mut *c, pid, u.id).await?;
        out.push((u, answers));
    }
    Ok(out)
}

/// Members who answered an option `yes` and `if_need_be`, in answer order (current members).
pub async fn answerers(c: &mut Conn, pid: i64, oid: i64) -> Result<(Vec<i64>, Vec<i64>), sqlx::Error> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&crate::db::sql(
        "SELECT v.user_id, v.answer FROM poll_votes v JOIN polls p ON p.id = v.poll_id \
         JOIN memberships m ON m.group_id = p.group_id AND m.user_id = v.user_id \
         WHERE v.poll_id = ? AND v.option_id = ? AND v.answer <> 'no' ORDER BY v.answered_at, v.user_id",
    ))
    .bind(pid)
    .bind(oid)
    .fetch_all(c)
    .await?;
    let yes = rows.iter().filter(|(_, a)| a == "yes").map(|(u, _)| *u).collect();
    let maybe = rows.iter().filter(|(_, a)| a == "if_need_be").map(|(u, _)| *u).collect();
    Ok((yes, maybe))
}

pub async fn close(c: &mut Conn, pid: i64, event_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("UPDATE polls SET event_id = ?, version = version + 1 WHERE id = ?"))
        .bind(event_id)
        .bind(pid)
        .execute(c)
        .await?;
    Ok(())
}
