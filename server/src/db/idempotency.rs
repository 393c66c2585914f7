//! Kept answers of `Idempotency-Key` requests, per (user, key), for [`KEEP_SECONDS`].

use sqlx::AnyPool;

use super::{Conn, Db};

pub const KEEP_SECONDS: i64 = 24 * 3600;

/// A kept answer: the request's fingerprint, status, body, ETag and when it was kept.
pub struct KeptAnswer {
    pub fingerprint: String,
    pub status: u16,
    pub body: String,
    pub etag: Option<String>,
    pub at: i64,
}

pub async fn get(pool: &AnyPool, user: i64, key: &str) -> Result<Option<KeptAnswer>, sqlx::Error> {
    let r: Option<(String, i64, String, Option<String>, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT fingerprint, status, body, etag, created_at FROM idempotency_keys \
         WHERE user_id = ? AND idem_key = ?",
    ))
    .bind(user)
    .bind(key)
    .fetch_optional(pool)
    .await?;
    Ok(r.map(|(fingerprint, s, body, etag, at)| KeptAnswer { fingerprint, status: s as u16, body, etag, at }))
}

pub async fn put(db: &Db, user: i64, key: &str, answer: &KeptAnswer) -> Result<(), sqlx::Error> {
    let mut w = db.write().await?;
    sqlx::query(&crate::db::sql(
        "INSERT INTO idempotency_keys (user_id, idem_key, fingerprint, status, body, etag, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, idem_key) DO NOTHING",
    ))
    .bind(user)
    .bind(key)
    .bind(&answer.fingerprint)
    .bind(answer.status as i64)
    .bind(&answer.body)
    .bind(&answer.etag)
    .bind(answer.at)
    .execute(w.conn())
    .await?;
    w.commit().await
}

/// Deletes the answers kept longer than [`KEEP_SECONDS`].
pub async fn purge(c: &mut Conn, now: i64) -> Result<u64, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql("DELETE FROM idempotency_keys WHERE created_at < ?"))
        .bind(now - KEEP_SECONDS)
        .execute(c)
        .await?;
    Ok(r.rows_affected())
}
