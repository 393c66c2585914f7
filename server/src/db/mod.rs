//! The database: pool, migrations, the write lock, and (in the submodules) every SQL statement
//! the server runs. SQL stays portable (integer Unix seconds, TEXT enums, no SQLite-only
//! functions), so a PostgreSQL deployment only needs another pool type here.

pub mod content;
pub mod demo;
pub mod events;
pub mod groups;
pub mod idempotency;
pub mod memberships;
pub mod moderation;
pub mod notifications;
pub mod polls;
pub mod resources;
pub mod series;
pub mod users;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use kith_api::UserRef;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteRow, SqliteSynchronous,
};
use sqlx::{Row, Sqlite, SqlitePool, Transaction};
use tokio::sync::{Mutex, OwnedMutexGuard};

pub type Tx = Transaction<'static, Sqlite>;
pub type Conn = sqlx::SqliteConnection;

/// The pool plus a lock that serialises write transactions (SQLite has one writer; taking the
/// lock in-process avoids busy retries and lock-upgrade deadlocks).
#[derive(Clone)]
pub struct Db {
    pub pool: SqlitePool,
    write_lock: Arc<Mutex<()>>,
}

/// A write transaction holding the write lock until it commits or drops (rolls back).
pub struct WriteTx {
    pub tx: Tx,
    _guard: OwnedMutexGuard<()>,
}

impl WriteTx {
    pub fn conn(&mut self) -> &mut Conn {
        &mut self.tx
    }
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl Db {
    /// Opens (creating if needed) `<dir>/kith.sqlite3` and runs the migrations.
    pub async fn open(dir: &Path) -> Result<Db, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create data directory {}: {e}", dir.display()))?;
        let file = dir.join("kith.sqlite3");
        let opts = SqliteConnectOptions::from_str("sqlite:")
            .map_err(|e| e.to_string())?
            .filename(&file)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .statement_cache_capacity(256);
        Self::connect(opts, 8).await
    }

    /// An in-memory database for tests (one shared connection).
    #[cfg(test)]
    pub async fn memory() -> Db {
        let opts = SqliteConnectOptions::from_str("sqlite::memory:").unwrap().foreign_keys(true);
        Self::connect(opts, 1).await.unwrap()
    }

    async fn connect(opts: SqliteConnectOptions, max: u32) -> Result<Db, String> {
        let pool = SqlitePoolOptions::new()
            .max_connections(max)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(opts)
            .await
            .map_err(|e| format!("cannot open the database: {e}"))?;
        sqlx::migrate!("./migrations")
            .run(&pool)
            .await
            .map_err(|e| format!("cannot migrate the database: {e}"))?;
        let db = Db { pool, write_lock: Arc::new(Mutex::new(())) };
        let filled = async {
            let mut w = db.write().await?;
            let n = groups::fill_keys(w.conn()).await?;
            w.commit().await?;
            Ok::<usize, sqlx::Error>(n)
        };
        filled.await.map_err(|e| format!("cannot index the groups for discovery: {e}"))?;
        Ok(db)
    }

    pub async fn write(&self) -> Result<WriteTx, sqlx::Error> {
        let guard = self.write_lock.clone().lock_owned().await;
        let tx = self.pool.begin().await?;
        Ok(WriteTx { tx, _guard: guard })
    }

    /// Copies the write-ahead log into the database and empties it. Under steady reads SQLite's
    /// own checkpoints never finish (some reader always holds an old snapshot) and the log
    /// grows without bound (250 MB in a 10-minute soak); this one waits for the readers, with
    /// writers held off by the write lock.
    pub async fn checkpoint(&self) -> Result<(i64, i64), sqlx::Error> {
        let _writers = self.write_lock.lock().await;
        let mut c = self.pool.acquire().await?;
        let (_, log, done): (i64, i64, i64) =
            sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&mut *c).await?;
        Ok((log, done))
    }

    /// A value from the settings table, created with `make` on first use.
    pub async fn setting(&self, name: &str, make: impl FnOnce() -> String) -> Result<String, sqlx::Error> {
        let mut w = self.write().await?;
        let found: Option<(String,)> = sqlx::query_as("SELECT value FROM settings WHERE name = ?")
            .bind(name)
            .fetch_optional(w.conn())
            .await?;
        if let Some((v,)) = found {
            return Ok(v);
        }
        let v = make();
        sqlx::query("INSERT INTO settings (name, value) VALUES (?, ?)")
            .bind(name)
            .bind(&v)
            .execute(w.conn())
            .await?;
        w.commit().await?;
        Ok(v)
    }
}

/// Deletes expired sessions and idempotency answers, in one transaction (both tables have an
/// index on the time); returns how many of each went.
pub async fn purge_expired(db: &Db, now: i64) -> Result<(u64, u64), sqlx::Error> {
    let mut w = db.write().await?;
    let sessions = users::purge_sessions(w.conn(), now).await?;
    let answers = idempotency::purge(w.conn(), now).await?;
    w.commit().await?;
    Ok((sessions, answers))
}

/// The user a row names: `id_col` holds the id, `username` and `display_name` the rest.
pub fn user_in(r: &SqliteRow, id_col: &str) -> UserRef {
    UserRef { id: r.get(id_col), username: r.get("username"), display_name: r.get("display_name") }
}

/// `?, ?, ?` for an IN list of `n` values.
pub fn placeholders(n: usize) -> String {
    let mut s = String::with_capacity(n * 3);
    for i in 0..n {
        if i > 0 {
            s.push_str(", ");
        }
        s.push('?');
    }
    if n == 0 {
        s.push_str("NULL");
    }
    s
}

/// Comma-separated lists (topics, interests, tags) as stored.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect()
}

pub fn join_list(items: &[String]) -> String {
    items.iter().map(|t| t.trim().replace(',', " ")).collect::<Vec<_>>().join(",")
}

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}
