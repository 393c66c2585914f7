//! The database: pool, migrations, the write lock, and (in the submodules) every SQL statement
//! the server runs, once for both engines (SQLite and PostgreSQL, through sqlx's `Any`
//! driver). The SQL stays in the subset both speak: integer Unix seconds and 0/1 flags in
//! BIGINT columns, TEXT enums, `RETURNING id`, `ON CONFLICT … DO NOTHING/UPDATE`, and `?`
//! placeholders numbered by [`sql`].

pub mod content;
pub mod demo;
pub mod events;
pub mod groups;
pub mod idempotency;
pub mod limits;
pub mod memberships;
pub mod moderation;
pub mod notifications;
pub mod polls;
pub mod resources;
pub mod series;
pub mod users;

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use kith_api::UserRef;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Row, Transaction};
use tokio::sync::{Mutex, OwnedMutexGuard};

pub type Tx = Transaction<'static, Any>;
pub type Conn = sqlx::AnyConnection;

/// Which engine a [`Db`] runs on. The SQL is the same for both; only the few things that are
/// not SQL (pragmas, locks, notifications between processes) look at this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// One file, one process: the default.
    Sqlite,
    /// Shared by any number of server processes.
    Postgres,
}

/// The key of PostgreSQL's transaction-level advisory lock that serialises write
/// transactions across every server on the database (the two-key form, whose key space does
/// not overlap the one-key form that [`Db::key_lock`] uses).
const WRITE_LOCK: (i32, i32) = (0x6b69, 1);

/// The pool plus a lock that serialises write transactions. SQLite has one writer, and taking
/// the lock in-process avoids busy retries and lock-upgrade deadlocks; on PostgreSQL an
/// advisory lock does the same across processes, so writes keep SQLite's semantics (no
/// check-then-insert races, event ids committed in order for the live streams) on any number
/// of servers, while reads run in parallel.
#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    /// PostgreSQL: the connections that hold `Idempotency-Key` and scheduler locks while their
    /// request runs, apart from `pool`, so that lock holders waiting for a query connection can
    /// never have taken them all (a flood of keyed requests waits here, then gets a 503).
    locks: Option<AnyPool>,
    pub engine: Engine,
    /// The connection URL, for PostgreSQL's `LISTEN` connection.
    pub url: Option<String>,
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

/// Held while a request with an `Idempotency-Key` runs, so a second server receiving the same
/// key waits for the first (an open transaction holding an advisory lock: a dropped guard
/// rolls back, which releases the lock even when the request is cancelled).
pub struct KeyLock {
    _tx: Option<Tx>,
}

impl Db {
    /// Opens (creating if needed) `<dir>/kith.sqlite3` and runs the migrations.
    pub async fn open(dir: &Path) -> Result<Db, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create data directory {}: {e}", dir.display()))?;
        let file = dir.join("kith.sqlite3");
        let url = sqlite_url(&file);
        Self::connect(&url, Engine::Sqlite, 8).await
    }

    /// Connects to a `postgres://` database and runs the migrations.
    pub async fn open_url(url: &str) -> Result<Db, String> {
        match engine_of(url) {
            Some(Engine::Postgres) => Self::connect(url, Engine::Postgres, 16).await,
            Some(Engine::Sqlite) => Self::connect(url, Engine::Sqlite, 8).await,
            None => Err(format!(
                "--database takes a postgres:// (or postgresql://) URL, not {:?}",
                url.split(':').next().unwrap_or("")
            )),
        }
    }

    /// An in-memory database for tests (one shared connection).
    #[cfg(test)]
    pub async fn memory() -> Db {
        Self::connect("sqlite::memory:", Engine::Sqlite, 1).await.unwrap()
    }

    async fn connect(url: &str, engine: Engine, max: u32) -> Result<Db, String> {
        sqlx::any::install_default_drivers();
        let opts: AnyConnectOptions = url.parse().map_err(|e| format!("bad database URL: {e}"))?;
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .min_connections(1)
            .idle_timeout(if engine == Engine::Postgres { Some(Duration::from_secs(300)) } else { None })
            .max_lifetime(None)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |c, _| {
                Box::pin(async move {
                    use sqlx::Executor;
                    match engine {
                        Engine::Sqlite => {
                            c.execute(
                                "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; \
                                 PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000;",
                            )
                            .await?;
                        }
                        Engine::Postgres => {
                            c.execute("SET TIME ZONE 'UTC'").await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(opts)
            .await
            .map_err(|e| format!("cannot open the database: {e}"))?;
        let migrated = match engine {
            Engine::Sqlite => sqlx::migrate!("./migrations/sqlite").run(&pool).await,
            Engine::Postgres => sqlx::migrate!("./migrations/postgres").run(&pool).await,
        };
        migrated.map_err(|e| format!("cannot migrate the database: {e}"))?;
        let locks = match engine {
            Engine::Postgres => Some(
                AnyPoolOptions::new()
                    .max_connections(8)
                    .min_connections(0)
                    .acquire_timeout(Duration::from_secs(10))
                    .idle_timeout(Some(Duration::from_secs(60)))
                    .connect_lazy(url)
                    .map_err(|e| format!("cannot open the database: {e}"))?,
            ),
            Engine::Sqlite => None,
        };
        let db = Db {
            pool,
            locks,
            engine,
            url: (engine == Engine::Postgres).then(|| url.to_string()),
            write_lock: Arc::new(Mutex::new(())),
        };
        let filled = async {
            let mut w = db.write().await?;
            let n = groups::fill_keys(w.conn()).await?;
            w.commit().await?;
            Ok::<usize, sqlx::Error>(n)
        };
        filled.await.map_err(|e| format!("cannot index the groups for discovery: {e}"))?;
        Ok(db)
    }

    /// Whether other processes may share this database (then nothing may be cached in one).
    pub fn shared(&self) -> bool {
        self.engine == Engine::Postgres
    }

    pub async fn write(&self) -> Result<WriteTx, sqlx::Error> {
        let guard = self.write_lock.clone().lock_owned().await;
        let mut tx = self.pool.begin().await?;
        if self.engine == Engine::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1, $2)")
                .bind(WRITE_LOCK.0)
                .bind(WRITE_LOCK.1)
                .execute(&mut *tx)
                .await?;
        }
        Ok(WriteTx { tx, _guard: guard })
    }

    /// A lock on `key` shared by every server on this database (a no-op on SQLite, where one
    /// process owns the file and in-process locks suffice).
    pub async fn key_lock(&self, key: i64) -> Result<KeyLock, sqlx::Error> {
        if self.engine != Engine::Postgres {
            return Ok(KeyLock { _tx: None });
        }
        let mut tx = self.locks.as_ref().unwrap_or(&self.pool).begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(key).execute(&mut *tx).await?;
        Ok(KeyLock { _tx: Some(tx) })
    }

    /// The lock on `key` if no server holds it now (`None` when one does): for work that one
    /// server at a time should do, like a scheduler's tick. Always taken on SQLite.
    pub async fn try_key_lock(&self, key: i64) -> Result<Option<KeyLock>, sqlx::Error> {
        if self.engine != Engine::Postgres {
            return Ok(Some(KeyLock { _tx: None }));
        }
        let mut tx = self.locks.as_ref().unwrap_or(&self.pool).begin().await?;
        let (got,): (bool,) =
            sqlx::query_as("SELECT pg_try_advisory_xact_lock($1)").bind(key).fetch_one(&mut *tx).await?;
        Ok(got.then_some(KeyLock { _tx: Some(tx) }))
    }

    /// How many write requests the servers sharing this database have answered (PostgreSQL's
    /// `kith_write_count` sequence; only used when shared).
    pub async fn write_count(&self) -> Result<i64, sqlx::Error> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM kith_write_count")
                .fetch_one(&self.pool)
                .await?;
        Ok(n)
    }

    /// Tells the other servers sharing this database that a write request was answered, in
    /// one round trip: it counts the write (their caches' generation, see
    /// [`write_count`](Self::write_count)) and wakes their live-stream dispatchers (`NOTIFY`).
    /// Nothing to do on SQLite, whose one process knows already.
    pub async fn announce_write(&self) -> Result<(), sqlx::Error> {
        if self.engine == Engine::Postgres {
            sqlx::query("SELECT nextval('kith_write_count'), pg_notify('kith_stream', '')")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// Copies SQLite's write-ahead log into the database and empties it. Under steady reads
    /// SQLite's own checkpoints never finish (some reader always holds an old snapshot) and
    /// the log grows without bound (250 MB in a 10-minute soak); this one waits for the
    /// readers, with writers held off by the write lock. PostgreSQL checkpoints by itself.
    pub async fn checkpoint(&self) -> Result<(i64, i64), sqlx::Error> {
        if self.engine != Engine::Sqlite {
            return Ok((0, 0));
        }
        let _writers = self.write_lock.lock().await;
        let mut c = self.pool.acquire().await?;
        let (_, log, done): (i64, i64, i64) =
            sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&mut *c).await?;
        Ok((log, done))
    }

    /// A value from the settings table, created with `make` on first use (by whichever server
    /// gets there first: the others read its value).
    pub async fn setting(&self, name: &str, make: impl FnOnce() -> String) -> Result<String, sqlx::Error> {
        let mut w = self.write().await?;
        let found: Option<(String,)> = sqlx::query_as(&sql("SELECT value FROM settings WHERE name = ?"))
            .bind(name)
            .fetch_optional(w.conn())
            .await?;
        if let Some((v,)) = found {
            return Ok(v);
        }
        let v = make();
        sqlx::query(&sql("INSERT INTO settings (name, value) VALUES (?, ?)"))
            .bind(name)
            .bind(&v)
            .execute(w.conn())
            .await?;
        w.commit().await?;
        Ok(v)
    }
}

/// Moves PostgreSQL's id sequences past the highest id in each table, after rows were
/// written with their ids given (the demo seed): an identity column's sequence only moves when
/// it hands out an id. SQLite takes the next id from the table itself, so this does nothing
/// there.
pub async fn realign_ids(c: &mut Conn) -> Result<(), sqlx::Error> {
    if c.backend_name() != "PostgreSQL" {
        return Ok(());
    }
    let tables: Vec<(String,)> = sqlx::query_as(
        "SELECT table_name::text FROM information_schema.columns \
         WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'",
    )
    .fetch_all(&mut *c)
    .await?;
    for (t,) in tables {
        // Table names come from the catalog, not from a request.
        let q = format!(
            "SELECT setval(pg_get_serial_sequence('{t}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM \"{t}\""
        );
        sqlx::query(&q).execute(&mut *c).await?;
    }
    Ok(())
}

/// The engine a database URL names.
pub fn engine_of(url: &str) -> Option<Engine> {
    let scheme = url.split(':').next()?.to_ascii_lowercase();
    match scheme.as_str() {
        "postgres" | "postgresql" => Some(Engine::Postgres),
        "sqlite" => Some(Engine::Sqlite),
        _ => None,
    }
}

fn sqlite_url(file: &Path) -> String {
    // The path is percent-encoded where a URL would misread it.
    let mut s = String::from("sqlite://");
    for ch in file.to_string_lossy().chars() {
        match ch {
            '%' | '?' | '#' | ' ' => s.push_str(&format!("%{:02X}", ch as u32)),
            c => s.push(c),
        }
    }
    s.push_str("?mode=rwc");
    s
}

/// The statement text both engines take: `?` placeholders become `$1`, `$2`, … (and `?N`
/// becomes `$N`), outside quoted strings and identifiers. PostgreSQL only understands the
/// numbered form and SQLite understands both, so every statement is written once, with `?`,
/// and passed through here.
pub fn sql(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut n = 0u32;
    let mut quote: Option<char> = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '?' => {
                out.push('$');
                if chars.peek().is_some_and(|d| d.is_ascii_digit()) {
                    while let Some(d) = chars.next_if(|d| d.is_ascii_digit()) {
                        out.push(d);
                    }
                } else {
                    n += 1;
                    out.push_str(&n.to_string());
                }
            }
            None => out.push(c),
        }
    }
    out
}

/// Deletes expired sessions and idempotency answers, in one transaction (both tables have an
/// index on the time); returns how many of each went.
pub async fn purge_expired(db: &Db, now: i64) -> Result<(u64, u64), sqlx::Error> {
    let mut w = db.write().await?;
    let sessions = users::purge_sessions(w.conn(), now).await?;
    let answers = idempotency::purge(w.conn(), now).await?;
    limits::purge(w.conn(), now * 1000).await?;
    w.commit().await?;
    Ok((sessions, answers))
}

/// The user a row names: `id_col` holds the id, `username` and `display_name` the rest.
pub fn user_in(r: &AnyRow, id_col: &str) -> UserRef {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_outside_quotes() {
        assert_eq!(
            sql("SELECT a FROM t WHERE b = ? AND c IN (?, ?)"),
            "SELECT a FROM t WHERE b = $1 AND c IN ($2, $3)"
        );
        assert_eq!(
            sql("UPDATE t SET a = ?2, b = ?1 WHERE id = ?3"),
            "UPDATE t SET a = $2, b = $1 WHERE id = $3"
        );
        assert_eq!(
            sql("SELECT '?', \"odd?\" FROM t WHERE x LIKE ? ESCAPE '\\'"),
            "SELECT '?', \"odd?\" FROM t WHERE x LIKE $1 ESCAPE '\\'"
        );
        assert_eq!(sql("SELECT 'it''s ?' WHERE a = ?"), "SELECT 'it''s ?' WHERE a = $1");
        assert_eq!(sql("SELECT 1"), "SELECT 1");
    }

    #[test]
    fn both_engines_have_the_same_numbered_migrations() {
        let names = |dir: &str| {
            let mut v: Vec<String> =
                std::fs::read_dir(format!("{}/migrations/{dir}", env!("CARGO_MANIFEST_DIR")))
                    .unwrap()
                    .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect();
            v.sort();
            v
        };
        let (sqlite, postgres) = (names("sqlite"), names("postgres"));
        assert!(sqlite.len() >= 7, "{sqlite:?}");
        assert_eq!(sqlite, postgres, "every migration is written for both engines, with one number");
    }

    #[test]
    fn database_urls_name_their_engine() {
        assert_eq!(engine_of("postgres://kith@localhost/kith"), Some(Engine::Postgres));
        assert_eq!(engine_of("postgresql://localhost:5433/x"), Some(Engine::Postgres));
        assert_eq!(engine_of("mysql://localhost/x"), None);
        assert_eq!(engine_of("kith.db"), None);
    }
}
