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
