//! Rate-limit buckets kept in the database, for servers that share one (PostgreSQL): each is
//! its token level and when it was last written, in wall-clock milliseconds.

use super::Conn;

/// How long a bucket is kept after its last use: longer than any bucket takes to refill.
pub const KEEP_MS: i64 = 6 * 3600 * 1000;

/// The bucket's (tokens, at_ms), made full at `now_ms` when new, and locked until the caller's
/// transaction ends (`FOR UPDATE`: only servers sharing PostgreSQL keep buckets here).
pub async fn lock_bucket(
    c: &mut Conn,
    name: &str,
    key: &str,
    full: f64,
    now_ms: i64,
) -> Result<(f64, i64), sqlx::Error> {
    sqlx::query(&super::sql(
        "INSERT INTO rate_buckets (name, bucket, tokens, at_ms) VALUES (?, ?, ?, ?) ON CONFLICT (name, bucket) DO NOTHING",
    ))
    .bind(name)
    .bind(key)
    .bind(full)
    .bind(now_ms)
    .execute(&mut *c)
    .await?;
    sqlx::query_as(&super::sql(
        "SELECT tokens, at_ms FROM rate_buckets WHERE name = ? AND bucket = ? FOR UPDATE",
    ))
    .bind(name)
    .bind(key)
    .fetch_one(c)
    .await
}

pub async fn set_bucket(
    c: &mut Conn,
    name: &str,
    key: &str,
    tokens: f64,
    at_ms: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&super::sql("UPDATE rate_buckets SET tokens = ?, at_ms = ? WHERE name = ? AND bucket = ?"))
        .bind(tokens)
        .bind(at_ms)
        .bind(name)
        .bind(key)
        .execute(c)
        .await?;
    Ok(())
}

/// Deletes buckets unused for [`KEEP_MS`] (they would be full again).
pub async fn purge(c: &mut Conn, now_ms: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query(&super::sql("DELETE FROM rate_buckets WHERE at_ms < ?"))
        .bind(now_ms - KEEP_MS)
        .execute(c)
        .await?;
    Ok(r.rows_affected())
}

/// How long a login from an address makes it the account's own (as in memory: 30 days).
pub const TRUST_MS: i64 = 30 * 86_400 * 1000;

/// Whether the account logged in from `addr` in the last [`TRUST_MS`].
pub async fn trusted(c: &mut Conn, account: &str, addr: &str, now_ms: i64) -> Result<bool, sqlx::Error> {
    let r: Option<(i64,)> = sqlx::query_as(&super::sql(
        "SELECT at_ms FROM login_trust WHERE account = ? AND addr = ? AND at_ms > ?",
    ))
    .bind(account)
    .bind(addr)
    .bind(now_ms - TRUST_MS)
    .fetch_optional(c)
    .await?;
    Ok(r.is_some())
}

pub async fn trust(c: &mut Conn, account: &str, addr: &str, now_ms: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&super::sql(
        "INSERT INTO login_trust (account, addr, at_ms) VALUES (?, ?, ?) \
         ON CONFLICT (account, addr) DO UPDATE SET at_ms = excluded.at_ms",
    ))
    .bind(account)
    .bind(addr)
    .bind(now_ms)
    .execute(c)
    .await?;
    Ok(())
}

/// Says that exactly `users` are watching live on `server`, until `until_ms` (renewed while
/// they are): their rows are written, the server's other rows deleted.
pub async fn set_presence(
    c: &mut Conn,
    server: &str,
    users: &[i64],
    until_ms: i64,
) -> Result<(), sqlx::Error> {
    // (`NOT IN (NULL)` would match nothing: an empty list deletes the server's every row.)
    let gone = match users.len() {
        0 => "DELETE FROM stream_presence WHERE server_id = ?".to_string(),
        n => format!(
            "DELETE FROM stream_presence WHERE server_id = ? AND user_id NOT IN ({})",
            super::placeholders(n)
        ),
    };
    let gone = super::sql(&gone);
    let mut q = sqlx::query(&gone).bind(server);
    for uid in users {
        q = q.bind(uid);
    }
    q.execute(&mut *c).await?;
    for uid in users {
        sqlx::query(&super::sql(
            "INSERT INTO stream_presence (user_id, server_id, until_ms) VALUES (?, ?, ?) \
             ON CONFLICT (user_id, server_id) DO UPDATE SET until_ms = excluded.until_ms",
        ))
        .bind(uid)
        .bind(server)
        .bind(until_ms)
        .execute(&mut *c)
        .await?;
    }
    Ok(())
}

/// Whether a member has a live stream open on any server.
pub async fn present(c: &mut Conn, uid: i64, now_ms: i64) -> Result<bool, sqlx::Error> {
    let r: Option<(i64,)> = sqlx::query_as(&super::sql(
        "SELECT until_ms FROM stream_presence WHERE user_id = ? AND until_ms > ? LIMIT 1",
    ))
    .bind(uid)
    .bind(now_ms)
    .fetch_optional(c)
    .await?;
    Ok(r.is_some())
}

/// Deletes presence that ran out and trust older than [`TRUST_MS`].
pub async fn purge_shared_state(c: &mut Conn, now_ms: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&super::sql("DELETE FROM stream_presence WHERE until_ms < ?"))
        .bind(now_ms)
        .execute(&mut *c)
        .await?;
    sqlx::query(&super::sql("DELETE FROM login_trust WHERE at_ms < ?"))
        .bind(now_ms - TRUST_MS)
        .execute(c)
        .await?;
    Ok(())
}
