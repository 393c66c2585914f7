//! Rate-limit buckets kept in the database, for servers that share one (PostgreSQL): each is
//! its token level and when it was last written, in wall-clock milliseconds; and the addresses
//! each account logged in from.

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

/// Deletes buckets unused for [`KEEP_MS`] (they would be full again) and trust older than
/// [`TRUST_MS`].
pub async fn purge(c: &mut Conn, now_ms: i64) -> Result<u64, sqlx::Error> {
    let buckets = sqlx::query(&super::sql("DELETE FROM rate_buckets WHERE at_ms < ?"))
        .bind(now_ms - KEEP_MS)
        .execute(&mut *c)
        .await?;
    let trust = sqlx::query(&super::sql("DELETE FROM login_trust WHERE at_ms < ?"))
        .bind(now_ms - TRUST_MS)
        .execute(c)
        .await?;
    Ok(buckets.rows_affected() + trust.rows_affected())
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
