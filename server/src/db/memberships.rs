//! Memberships, join requests and bans of groups, and the members list.

use std::collections::{HashMap, HashSet};

use kith_api::{GroupRef, NotificationLevel, Role, UserRef};
use sqlx::Row;

use super::users::role_of;
use super::{Conn, user_in};

#[derive(Clone, Copy, Debug)]
pub struct MemberInfo {
    pub role: Role,
    pub muted_until: Option<i64>,
    pub level: NotificationLevel,
}

pub async fn membership(c: &mut Conn, gid: i64, uid: i64) -> Result<Option<MemberInfo>, sqlx::Error> {
    let r: Option<(String, Option<i64>, String)> = sqlx::query_as(&crate::db::sql(
        "SELECT role, muted_until, notify_level FROM memberships WHERE group_id = ? AND user_id = ?",
    ))
    .bind(gid)
    .bind(uid)
    .fetch_optional(c)
    .await?;
    Ok(r.map(|(role, muted_until, l)| MemberInfo { role: role_of(&role), muted_until, level: level_of(&l) }))
}

/// Every membership of a user, by group id.
pub async fn memberships_of(c: &mut Conn, uid: i64) -> Result<HashMap<i64, MemberInfo>, sqlx::Error> {
    let rows: Vec<(i64, String, Option<i64>, String)> = sqlx::query_as(&crate::db::sql(
        "SELECT group_id, role, muted_until, notify_level FROM memberships WHERE user_id = ?",
    ))
    .bind(uid)
    .fetch_all(c)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(g, r, m, l)| (g, MemberInfo { role: role_of(&r), muted_until: m, level: level_of(&l) }))
        .collect())
}

fn level_of(s: &str) -> NotificationLevel {
    NotificationLevel::parse(s).unwrap_or_default()
}

/// The groups both users belong to (all of a user's groups when `a == b`), by name.
pub async fn shared_groups(c: &mut Conn, a: i64, b: i64) -> Result<Vec<GroupRef>, sqlx::Error> {
    let rows: Vec<(String, String)> = sqlx::query_as(&crate::db::sql(
        "SELECT g.slug, g.name FROM memberships ma \
         JOIN memberships mb ON mb.group_id = ma.group_id AND mb.user_id = ? \
         JOIN groups g ON g.id = ma.group_id WHERE ma.user_id = ? ORDER BY g.name, g.slug",
    ))
    .bind(b)
    .bind(a)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().map(|(slug, name)| GroupRef { slug, name }).collect())
}

pub async fn pending_of(c: &mut Conn, uid: i64) -> Result<HashSet<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> =
        sqlx::query_as(&crate::db::sql("SELECT group_id FROM join_requests WHERE user_id = ?"))
            .bind(uid)
            .fetch_all(c)
            .await?;
    Ok(rows.into_iter().map(|(g,)| g).collect())
}

pub async fn add_member(c: &mut Conn, gid: i64, uid: i64, role: Role, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO memberships (group_id, user_id, role, joined_at, muted_until) VALUES (?, ?, ?, ?, NULL)",
    ))
    .bind(gid)
    .bind(uid)
    .bind(role.as_str())
    .bind(now)
    .execute(&mut *c)
    .await?;
    sqlx::query(&crate::db::sql("UPDATE groups SET member_count = member_count + 1 WHERE id = ?"))
        .bind(gid)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn remove_member(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql("DELETE FROM memberships WHERE group_id = ? AND user_id = ?"))
        .bind(gid)
        .bind(uid)
        .execute(&mut *c)
        .await?;
    if r.rows_affected() > 0 {
        sqlx::query(&crate::db::sql("UPDATE groups SET member_count = member_count - 1 WHERE id = ?"))
            .bind(gid)
            .execute(&mut *c)
            .await?;
    }
    Ok(r.rows_affected() > 0)
}

pub async fn set_role(c: &mut Conn, gid: i64, uid: i64, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("UPDATE memberships SET role = ? WHERE group_id = ? AND user_id = ?"))
        .bind(role.as_str())
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn set_mute(c: &mut Conn, gid: i64, uid: i64, until: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("UPDATE memberships SET muted_until = ? WHERE group_id = ? AND user_id = ?"))
        .bind(until)
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn owner_count(c: &mut Conn, gid: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(&crate::db::sql(
        "SELECT COUNT(*) FROM memberships WHERE group_id = ? AND role = 'owner'",
    ))
    .bind(gid)
    .fetch_one(c)
    .await?;
    Ok(n)
}

/// The end of an active ban (`Some(None)`: until lifted), or `None` when not banned.
pub async fn active_ban(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    now: i64,
) -> Result<Option<Option<i64>>, sqlx::Error> {
    let r: Option<(Option<i64>,)> = sqlx::query_as(&crate::db::sql(
        "SELECT until_at FROM bans WHERE group_id = ? AND user_id = ? AND (until_at IS NULL OR until_at > ?)",
    ))
    .bind(gid)
    .bind(uid)
    .bind(now)
    .fetch_optional(c)
    .await?;
    Ok(r.map(|(u,)| u))
}

/// Bans a member (replacing an earlier ban): the membership, a pending request and the
/// answers to events that have not ended go too.
pub async fn put_ban(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    until: Option<i64>,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    lift_ban(c, gid, uid).await?;
    insert_ban(c, gid, uid, until, reason, by, now).await?;
    delete_request(c, gid, uid).await?;
    remove_member(&mut *c, gid, uid).await?;
    super::events::release_member(c, gid, uid, now).await?;
    Ok(())
}

/// The ban row alone: `put_ban` also ends the membership, requests and answers.
pub async fn insert_ban(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    until: Option<i64>,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO bans (group_id, user_id, until_at, reason, banned_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    ))
    .bind(gid)
    .bind(uid)
    .bind(until)
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(c)
    .await?;
    Ok(())
}

pub async fn lift_ban(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql("DELETE FROM bans WHERE group_id = ? AND user_id = ?"))
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(r.rows_affected() > 0)
}

pub struct BanRow {
    pub user: UserRef,
    pub until: Option<i64>,
    pub reason: String,
    pub by: UserRef,
    pub created_at: i64,
}

/// Active bans, newest first, after (created_at, user id).
pub async fn bans(
    c: &mut Conn,
    gid: i64,
    now: i64,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<BanRow>, sqlx::Error> {
    let (ac, ai) = after.unwrap_or((i64::MAX, i64::MAX));
    let rows = sqlx::query(&crate::db::sql(
        "SELECT b.until_at, b.reason, b.created_at, u.id AS uid, u.username AS uname, \
         u.display_name AS udisp, m.id AS mid, m.username AS mname, m.display_name AS mdisp \
         FROM bans b JOIN users u ON u.id = b.user_id JOIN users m ON m.id = b.banned_by \
         WHERE b.group_id = ? AND (b.until_at IS NULL OR b.until_at > ?) \
         AND (b.created_at < ? OR (b.created_at = ? AND b.user_id < ?)) \
         ORDER BY b.created_at DESC, b.user_id DESC LIMIT ?",
    ))
    .bind(gid)
    .bind(now)
    .bind(ac)
    .bind(ac)
    .bind(ai)
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows
        .iter()
        .map(|r| BanRow {
            user: UserRef { id: r.get("uid"), username: r.get("uname"), display_name: r.get("udisp") },
            until: r.get("until_at"),
            reason: r.get("reason"),
            by: UserRef { id: r.get("mid"), username: r.get("mname"), display_name: r.get("mdisp") },
            created_at: r.get("created_at"),
        })
        .collect())
}

pub struct MemberRow {
    pub user: UserRef,
    pub role: Role,
    pub joined_at: i64,
    pub muted_until: Option<i64>,
}

/// Members ordered by role (owners first), then username; after (role rank, username).
pub async fn members(
    c: &mut Conn,
    gid: i64,
    role: Option<Role>,
    q: Option<&str>,
    after: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<(i64, MemberRow)>, sqlx::Error> {
    let rank = "CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END";
    let mut sql = format!(
        "SELECT {rank} AS rank, u.id, u.username, u.display_name, m.role, m.joined_at, m.muted_until \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.group_id = ?"
    );
    if role.is_some() {
        sql.push_str(" AND m.role = ?");
    }
    if q.is_some() {
        sql.push_str(" AND (LOWER(u.username) LIKE ? OR LOWER(u.display_name) LIKE ?)");
    }
    if after.is_some() {
        sql.push_str(&format!(" AND ({rank} > ? OR ({rank} = ? AND u.username > ?))"));
    }
    sql.push_str(" ORDER BY rank, u.username LIMIT ?");
    let sql = crate::db::sql(&sql);
    let mut query = sqlx::query(&sql).bind(gid);
    if let Some(r) = role {
        query = query.bind(r.as_str());
    }
    if let Some(q) = q {
        let pat = format!("%{}%", q.to_lowercase());
        query = query.bind(pat.clone()).bind(pat);
    }
    if let Some((r, u)) = &after {
        query = query.bind(*r).bind(*r).bind(u.clone());
    }
    let rows = query.bind(limit).fetch_all(c).await?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.get::<i64, _>("rank"),
                MemberRow {
                    user: user_in(r, "id"),
                    role: role_of(&r.get::<String, _>("role")),
                    joined_at: r.get("joined_at"),
                    muted_until: r.get("muted_until"),
                },
            )
        })
        .collect())
}

pub struct JoinRequestRow {
    pub id: i64,
    pub user: UserRef,
    pub message: String,
    pub created_at: i64,
}

pub async fn join_requests(
    c: &mut Conn,
    gid: i64,
    after: Option<i64>,
    limit: i64,
) -> Result<Vec<JoinRequestRow>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(
        "SELECT j.id, j.message, j.created_at, u.id AS uid, u.username, u.display_name \
         FROM join_requests j JOIN users u ON u.id = j.user_id \
         WHERE j.group_id = ? AND j.id > ? ORDER BY j.id LIMIT ?",
    ))
    .bind(gid)
    .bind(after.unwrap_or(0))
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows
        .iter()
        .map(|r| JoinRequestRow {
            id: r.get("id"),
            user: user_in(r, "uid"),
            message: r.get("message"),
            created_at: r.get("created_at"),
        })
        .collect())
}

/// (request id, user id) of a pending request in a group.
pub async fn join_request(c: &mut Conn, gid: i64, id: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql("SELECT id, user_id FROM join_requests WHERE group_id = ? AND id = ?"))
        .bind(gid)
        .bind(id)
        .fetch_optional(c)
        .await
}

pub async fn has_request(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r: Option<(i64,)> =
        sqlx::query_as(&crate::db::sql("SELECT id FROM join_requests WHERE group_id = ? AND user_id = ?"))
            .bind(gid)
            .bind(uid)
            .fetch_optional(c)
            .await?;
    Ok(r.is_some())
}

pub async fn add_request(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    message: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let (id,): (i64,) = sqlx::query_as(&crate::db::sql(
        "INSERT INTO join_requests (group_id, user_id, message, created_at) VALUES (?, ?, ?, ?) RETURNING id",
    ))
    .bind(gid)
    .bind(uid)
    .bind(message)
    .bind(now)
    .fetch_one(c)
    .await?;
    Ok(id)
}

pub async fn delete_request(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql("DELETE FROM join_requests WHERE group_id = ? AND user_id = ?"))
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(r.rows_affected() > 0)
}
