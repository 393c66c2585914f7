//! Users, sessions and profiles.

use kith_api::time::format_rfc3339;
use kith_api::{Me, Membership, Role, UserRef};
use sqlx::{Any, AnyPool, Executor, Row};

use super::{Conn, join_list, split_list};

pub fn role_of(s: &str) -> Role {
    match s {
        "owner" => Role::Owner,
        "moderator" => Role::Moderator,
        _ => Role::Member,
    }
}

pub async fn session(pool: &AnyPool, hash: &str) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql("SELECT user_id, expires_at FROM sessions WHERE token_hash = ?"))
        .bind(hash)
        .fetch_optional(pool)
        .await
}

pub async fn create_session(
    c: &mut Conn,
    hash: &str,
    uid: i64,
    expires_at: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("DELETE FROM sessions WHERE user_id = ? AND expires_at < ?"))
        .bind(uid)
        .bind(now)
        .execute(&mut *c)
        .await?;
    sqlx::query(&crate::db::sql(
        "INSERT INTO sessions (token_hash, user_id, expires_at, created_at) VALUES (?, ?, ?, ?)",
    ))
    .bind(hash)
    .bind(uid)
    .bind(expires_at)
    .bind(now)
    .execute(&mut *c)
    .await?;
    Ok(())
}

pub async fn delete_session(c: &mut Conn, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("DELETE FROM sessions WHERE token_hash = ?")).bind(hash).execute(c).await?;
    Ok(())
}

pub async fn count(c: &mut Conn) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(&crate::db::sql("SELECT COUNT(*) FROM users")).fetch_one(c).await?;
    Ok(n)
}

pub async fn username_exists(c: &mut Conn, username: &str) -> Result<bool, sqlx::Error> {
    let r: Option<(i64,)> = sqlx::query_as(&crate::db::sql("SELECT id FROM users WHERE username = ?"))
        .bind(username)
        .fetch_optional(c)
        .await?;
    Ok(r.is_some())
}

pub async fn insert_user(
    c: &mut Conn,
    username: &str,
    display_name: &str,
    password_hash: &str,
    interests: &[String],
    now: i64,
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO users (username, display_name, password_hash, interests, version, created_at) \
         VALUES (?, ?, ?, ?, 1, ?) RETURNING id",
    ))
    .bind(username)
    .bind(display_name)
    .bind(password_hash)
    .bind(join_list(interests))
    .bind(now)
    .fetch_one(c)
    .await?;
    Ok(r)
}

/// (id, password hash) for a username.
pub async fn login_row(pool: &AnyPool, username: &str) -> Result<Option<(i64, String)>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql("SELECT id, password_hash FROM users WHERE username = ?"))
        .bind(username)
        .fetch_optional(pool)
        .await
}

pub async fn user_ref<'e, E: Executor<'e, Database = Any>>(
    e: E,
    id: i64,
) -> Result<Option<UserRef>, sqlx::Error> {
    let r: Option<(i64, String, String)> =
        sqlx::query_as(&crate::db::sql("SELECT id, username, display_name FROM users WHERE id = ?"))
            .bind(id)
            .fetch_optional(e)
            .await?;
    Ok(r.map(|(id, username, display_name)| UserRef { id, username, display_name }))
}

pub async fn user_by_name<'e, E: Executor<'e, Database = Any>>(
    e: E,
    username: &str,
) -> Result<Option<UserRef>, sqlx::Error> {
    let r: Option<(i64, String, String)> =
        sqlx::query_as(&crate::db::sql("SELECT id, username, display_name FROM users WHERE username = ?"))
            .bind(username)
            .fetch_optional(e)
            .await?;
    Ok(r.map(|(id, username, display_name)| UserRef { id, username, display_name }))
}

pub async fn interests(c: &mut Conn, uid: i64) -> Result<Vec<String>, sqlx::Error> {
    let r: Option<(String,)> = sqlx::query_as(&crate::db::sql("SELECT interests FROM users WHERE id = ?"))
        .bind(uid)
        .fetch_optional(c)
        .await?;
    Ok(r.map(|(s,)| split_list(&s)).unwrap_or_default())
}

/// What a profile shows of a member: (who, bio, interests, account created at).
pub async fn profile_row(
    c: &mut Conn,
    username: &str,
) -> Result<Option<(UserRef, String, Vec<String>, i64)>, sqlx::Error> {
    let r: Option<(i64, String, String, String, String, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT id, username, display_name, bio, interests, created_at FROM users WHERE username = ?",
    ))
    .bind(username)
    .fetch_optional(c)
    .await?;
    Ok(r.map(|(id, username, display_name, bio, interests, created_at)| {
        (UserRef { id, username, display_name }, bio, split_list(&interests), created_at)
    }))
}

pub fn me_etag(id: i64, version: i64) -> String {
    format!("\"u{id}-v{version}\"")
}

pub async fn me(c: &mut Conn, uid: i64, now: i64) -> Result<Option<Me>, sqlx::Error> {
    let row = sqlx::query(&crate::db::sql(
        "SELECT id, username, display_name, bio, interests, created_at, version FROM users WHERE id = ?",
    ))
    .bind(uid)
    .fetch_optional(&mut *c)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let members = sqlx::query(&crate::db::sql(
        "SELECT g.slug, g.name, m.role, m.muted_until FROM memberships m \
         JOIN groups g ON g.id = m.group_id WHERE m.user_id = ? ORDER BY g.name",
    ))
    .bind(uid)
    .fetch_all(&mut *c)
    .await?;
    let pending: Vec<(String,)> = sqlx::query_as(&crate::db::sql(
        "SELECT g.slug FROM join_requests j JOIN groups g ON g.id = j.group_id \
         WHERE j.user_id = ? ORDER BY j.created_at",
    ))
    .bind(uid)
    .fetch_all(&mut *c)
    .await?;
    let id: i64 = row.get("id");
    let version: i64 = row.get("version");
    Ok(Some(Me {
        id,
        username: row.get("username"),
        display_name: row.get("display_name"),
        bio: row.get("bio"),
        interests: split_list(&row.get::<String, _>("interests")),
        memberships: members
            .into_iter()
            .map(|m| Membership {
                group_slug: m.get("slug"),
                group_name: m.get("name"),
                role: role_of(&m.get::<String, _>("role")),
                muted_until: m.get::<Option<i64>, _>("muted_until").filter(|t| *t > now).map(format_rfc3339),
            })
            .collect(),
        pending_requests: pending.into_iter().map(|(s,)| s).collect(),
        created_at: format_rfc3339(row.get("created_at")),
        etag: me_etag(id, version),
    }))
}

pub async fn me_version(c: &mut Conn, uid: i64) -> Result<i64, sqlx::Error> {
    let (v,): (i64,) = sqlx::query_as(&crate::db::sql("SELECT version FROM users WHERE id = ?"))
        .bind(uid)
        .fetch_one(c)
        .await?;
    Ok(v)
}

pub async fn update_me(
    c: &mut Conn,
    uid: i64,
    display_name: Option<&str>,
    interests: Option<&[String]>,
    bio: Option<&str>,
) -> Result<(), sqlx::Error> {
    if let Some(d) = display_name {
        sqlx::query(&crate::db::sql("UPDATE users SET display_name = ? WHERE id = ?"))
            .bind(d)
            .bind(uid)
            .execute(&mut *c)
            .await?;
    }
    if let Some(i) = interests {
        sqlx::query(&crate::db::sql("UPDATE users SET interests = ? WHERE id = ?"))
            .bind(join_list(i))
            .bind(uid)
            .execute(&mut *c)
            .await?;
    }
    if let Some(b) = bio {
        sqlx::query(&crate::db::sql("UPDATE users SET bio = ? WHERE id = ?"))
            .bind(b)
            .bind(uid)
            .execute(&mut *c)
            .await?;
    }
    sqlx::query(&crate::db::sql("UPDATE users SET version = version + 1 WHERE id = ?"))
        .bind(uid)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn purge_sessions(c: &mut Conn, now: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql("DELETE FROM sessions WHERE expires_at < ?"))
        .bind(now)
        .execute(c)
        .await?;
    Ok(r.rows_affected())
}

/// Ends every session of a user but `keep` (a token hash); returns how many ended.
pub async fn delete_sessions_of(c: &mut Conn, uid: i64, keep: Option<&str>) -> Result<u64, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?"))
        .bind(uid)
        .bind(keep.unwrap_or(""))
        .execute(c)
        .await?;
    Ok(r.rows_affected())
}

pub async fn password_hash(c: &mut Conn, uid: i64) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql("SELECT username, password_hash FROM users WHERE id = ?"))
        .bind(uid)
        .fetch_optional(c)
        .await
}

pub async fn set_password_hash(c: &mut Conn, uid: i64, hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("UPDATE users SET password_hash = ? WHERE id = ?"))
        .bind(hash)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(())
}
