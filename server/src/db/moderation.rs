//! Reports, the queue, the moderation log and the figures behind group health.

use kith_api::{ModLogKind, UserRef};
use sqlx::Row;

use super::{Conn, user_in};

/// Writes one moderation-log entry (in the caller's transaction).
#[allow(clippy::too_many_arguments)]
pub async fn log(
    c: &mut Conn,
    gid: i64,
    actor: i64,
    kind: ModLogKind,
    target_kind: &str,
    target_id: &str,
    label: &str,
    reason: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let label: String = label.chars().take(120).collect();
    sqlx::query(&crate::db::sql(
        "INSERT INTO modlog (group_id, actor_id, kind, target_kind, target_id, target_label, reason, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    ))
    .bind(gid)
    .bind(actor)
    .bind(kind.as_str())
    .bind(target_kind)
    .bind(target_id)
    .bind(label)
    .bind(reason)
    .bind(now)
    .execute(c)
    .await?;
    Ok(())
}

/// Writes a log entry about a member, who is both the target and its label.
pub async fn log_member(
    c: &mut Conn,
    gid: i64,
    actor: i64,
    kind: ModLogKind,
    username: &str,
    reason: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    log(c, gid, actor, kind, "member", username, username, reason, now).await
}

pub struct ModLogRow {
    pub id: i64,
    pub actor: UserRef,
    pub kind: String,
    pub target_kind: String,
    pub target_id: String,
    pub label: String,
    pub reason: String,
    pub created_at: i64,
}

pub struct ModLogFilter {
    pub actor: Option<i64>,
    pub kind: Option<ModLogKind>,
    pub target_kind: Option<String>,
    pub target_id: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
}

/// Newest first, before id `before`.
pub async fn modlog(
    c: &mut Conn,
    gid: i64,
    f: &ModLogFilter,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<ModLogRow>, sqlx::Error> {
    let mut sql = String::from(
        "SELECT l.id, l.kind, l.target_kind, l.target_id, l.target_label, l.reason, l.created_at, \
         u.id AS uid, u.username, u.display_name FROM modlog l JOIN users u ON u.id = l.actor_id \
         WHERE l.group_id = ? AND l.id < ?",
    );
    if f.actor.is_some() {
        sql.push_str(" AND l.actor_id = ?");
    }
    if f.kind.is_some() {
        sql.push_str(" AND l.kind = ?");
    }
    if f.target_kind.is_some() {
        sql.push_str(" AND l.target_kind = ?");
    }
    if f.target_id.is_some() {
        sql.push_str(" AND l.target_id = ?");
    }
    if f.from.is_some() {
        sql.push_str(" AND l.created_at >= ?");
    }
    if f.to.is_some() {
        sql.push_str(" AND l.created_at < ?");
    }
    sql.push_str(" ORDER BY l.id DESC LIMIT ?");
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query(&sql).bind(gid).bind(before.unwrap_or(i64::MAX));
    if let Some(a) = f.actor {
        q = q.bind(a);
    }
    if let Some(k) = f.kind {
        q = q.bind(k.as_str());
    }
    if let Some(t) = &f.target_kind {
        q = q.bind(t.clone());
    }
    if let Some(t) = &f.target_id {
        q = q.bind(t.clone());
    }
    if let Some(t) = f.from {
        q = q.bind(t);
    }
    if let Some(t) = f.to {
        q = q.bind(t);
    }
    let rows = q.bind(limit).fetch_all(c).await?;
    Ok(rows
        .iter()
        .map(|r| ModLogRow {
            id: r.get("id"),
            actor: user_in(r, "uid"),
            kind: r.get("kind"),
            target_kind: r.get("target_kind"),
            target_id: r.get("target_id"),
            label: r.get("target_label"),
            reason: r.get("reason"),
            created_at: r.get("created_at"),
        })
        .collect())
}

#[derive(Clone, Debug)]
pub struct ItemRow {
    pub id: i64,
    pub group_id: i64,
    pub target_kind: String,
    pub target_id: i64,
    pub open: bool,
    pub report_count: i64,
    pub first_reported_at: i64,
    pub last_reported_at: i64,
    pub resolution_action: Option<String>,
    pub resolution_reason: Option<String>,
    pub resolved_by: Option<i64>,
    pub resolved_at: Option<i64>,
    pub version: i64,
}

const ITEM_COLS: &str = "id, group_id, target_kind, target_id, status, report_count, \
    first_reported_at, last_reported_at, resolution_action, resolution_reason, resolved_by, \
    resolved_at, version";

fn item_row(r: &sqlx::any::AnyRow) -> ItemRow {
    ItemRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        target_kind: r.get("target_kind"),
        target_id: r.get("target_id"),
        open: r.get::<String, _>("status") == "open",
        report_count: r.get("report_count"),
        first_reported_at: r.get("first_reported_at"),
        last_reported_at: r.get("last_reported_at"),
        resolution_action: r.get("resolution_action"),
        resolution_reason: r.get("resolution_reason"),
        resolved_by: r.get("resolved_by"),
        resolved_at: r.get("resolved_at"),
        version: r.get("version"),
    }
}

pub async fn item(c: &mut Conn, id: i64) -> Result<Option<ItemRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("SELECT {ITEM_COLS} FROM report_items WHERE id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(item_row))
}

/// Adds a report to the open item of its target (opening one if needed). A reporter counts
/// once per item: reporting again only updates their reason. Returns (item, report count,
/// whether this reporter is new to the item).
pub async fn add_report(
    c: &mut Conn,
    gid: i64,
    target_kind: &str,
    target_id: i64,
    reporter: i64,
    reason: &str,
    now: i64,
) -> Result<(i64, i64, bool), sqlx::Error> {
    let open: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT id FROM report_items WHERE group_id = ? AND target_kind = ? AND target_id = ? AND status = 'open'",
    ))
    .bind(gid)
    .bind(target_kind)
    .bind(target_id)
    .fetch_optional(&mut *c)
    .await?;
    let item_id = match open {
        Some((id,)) => id,
        None => {
            sqlx::query_scalar::<_, i64>(&crate::db::sql(
                "INSERT INTO report_items (group_id, target_kind, target_id, status, report_count, \
             first_reported_at, last_reported_at, version) VALUES (?, ?, ?, 'open', 0, ?, ?, 1) RETURNING id",
            ))
            .bind(gid)
            .bind(target_kind)
            .bind(target_id)
            .bind(now)
            .bind(now)
            .fetch_one(&mut *c)
            .await?
        }
    };
    let again =
        sqlx::query(&crate::db::sql("UPDATE reports SET reason = ? WHERE item_id = ? AND reporter_id = ?"))
            .bind(reason)
            .bind(item_id)
            .bind(reporter)
            .execute(&mut *c)
            .await?
            .rows_affected()
            > 0;
    if !again {
        insert_report(c, item_id, reporter, reason, now).await?;
        sqlx::query(&crate::db::sql(
            "UPDATE report_items SET report_count = report_count + 1, last_reported_at = ?, \
             version = version + 1 WHERE id = ?",
        ))
        .bind(now)
        .bind(item_id)
        .execute(&mut *c)
        .await?;
    }
    let (n,): (i64,) = sqlx::query_as(&crate::db::sql("SELECT report_count FROM report_items WHERE id = ?"))
        .bind(item_id)
        .fetch_one(c)
        .await?;
    Ok((item_id, n, !again))
}

pub async fn insert_report(
    c: &mut Conn,
    item: i64,
    reporter: i64,
    reason: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO reports (item_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?)",
    ))
    .bind(item)
    .bind(reporter)
    .bind(reason)
    .bind(now)
    .execute(c)
    .await?;
    Ok(())
}

/// Items of a group with a status, newest first, before id `before`.
pub async fn items(
    c: &mut Conn,
    gid: i64,
    open: bool,
    before: Option<i64>,
    limit: i64,
) -> Result<Vec<ItemRow>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(&format!(
        "SELECT {ITEM_COLS} FROM report_items WHERE group_id = ? AND status = ? AND id < ? \
         ORDER BY id DESC LIMIT ?"
    )))
    .bind(gid)
    .bind(if open { "open" } else { "resolved" })
    .bind(before.unwrap_or(i64::MAX))
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(item_row).collect())
}

/// (reporter, reason, created_at) of an item, oldest first.
pub async fn reports_of(c: &mut Conn, item: i64) -> Result<Vec<(UserRef, String, i64)>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(
        "SELECT r.reason, r.created_at, u.id, u.username, u.display_name FROM reports r \
         JOIN users u ON u.id = r.reporter_id WHERE r.item_id = ? ORDER BY r.id",
    ))
    .bind(item)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(|r| (user_in(r, "id"), r.get("reason"), r.get("created_at"))).collect())
}

pub async fn resolve(
    c: &mut Conn,
    item: i64,
    action: &str,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE report_items SET status = 'resolved', resolution_action = ?, resolution_reason = ?, \
         resolved_by = ?, resolved_at = ?, version = version + 1 WHERE id = ?",
    ))
    .bind(action)
    .bind(reason)
    .bind(by)
    .bind(now)
    .bind(item)
    .execute(c)
    .await?;
    Ok(())
}

// ---- health -----------------------------------------------------------------------------

/// Creation times of posts and comments, joins, RSVPs and every (user, time) of activity of a
/// group since `since`.
pub struct HealthRaw {
    pub posts: Vec<i64>,
    pub comments: Vec<i64>,
    pub joins: Vec<i64>,
    pub rsvps: Vec<i64>,
    pub activity: Vec<(i64, i64)>,
    pub last_activity: Option<i64>,
}

async fn times(c: &mut Conn, sql: &str, gid: i64, since: i64) -> Result<Vec<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> = sqlx::query_as(&crate::db::sql(sql)).bind(gid).bind(since).fetch_all(c).await?;
    Ok(rows.into_iter().map(|(t,)| t).collect())
}

pub async fn health_raw(c: &mut Conn, gid: i64, since: i64) -> Result<HealthRaw, sqlx::Error> {
    let posts =
        times(c, "SELECT created_at FROM posts WHERE group_id = ? AND created_at >= ?", gid, since).await?;
    let comments =
        times(c, "SELECT created_at FROM comments WHERE group_id = ? AND created_at >= ?", gid, since)
            .await?;
    let joins =
        times(c, "SELECT joined_at FROM memberships WHERE group_id = ? AND joined_at >= ?", gid, since)
            .await?;
    let rsvps =
        times(c, "SELECT responded_at FROM rsvps WHERE group_id = ? AND responded_at >= ?", gid, since)
            .await?;
    let activity: Vec<(i64, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT author_id, created_at FROM posts WHERE group_id = ? AND created_at >= ? \
         UNION ALL SELECT author_id, created_at FROM comments WHERE group_id = ? AND created_at >= ? \
         UNION ALL SELECT user_id, created_at FROM post_reactions WHERE group_id = ? AND created_at >= ? \
         UNION ALL SELECT user_id, created_at FROM comment_reactions WHERE group_id = ? AND created_at >= ? \
         UNION ALL SELECT user_id, responded_at FROM rsvps WHERE group_id = ? AND responded_at >= ?",
    ))
    .bind(gid)
    .bind(since)
    .bind(gid)
    .bind(since)
    .bind(gid)
    .bind(since)
    .bind(gid)
    .bind(since)
    .bind(gid)
    .bind(since)
    .fetch_all(&mut *c)
    .await?;
    let (last,): (Option<i64>,) = sqlx::query_as(&crate::db::sql(
        "SELECT MAX(t) FROM (SELECT MAX(created_at) AS t FROM posts WHERE group_id = ? \
         UNION ALL SELECT MAX(created_at) FROM comments WHERE group_id = ? \
         UNION ALL SELECT MAX(created_at) FROM events WHERE group_id = ?) x",
    ))
    .bind(gid)
    .bind(gid)
    .bind(gid)
    .fetch_one(c)
    .await?;
    Ok(HealthRaw { posts, comments, joins, rsvps, activity, last_activity: last })
}

/// (group id, shared members) of groups sharing members with `gid`.
pub async fn shared_members(c: &mut Conn, gid: i64) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql(
        "SELECT m2.group_id, COUNT(*) FROM memberships m1 JOIN memberships m2 ON m2.user_id = m1.user_id \
         WHERE m1.group_id = ? AND m2.group_id <> ? GROUP BY m2.group_id",
    ))
    .bind(gid)
    .bind(gid)
    .fetch_all(c)
    .await
}
