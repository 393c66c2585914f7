//! The few places where SQLite and PostgreSQL could differ, run on both engines: SQLite in
//! memory always, and PostgreSQL when `KITH_TEST_DATABASE_URL` names one (the test command
//! starts a throwaway cluster and runs these again against it).

use std::time::Duration;

use crate::db::{self, Db, Engine};

/// SQLite, plus PostgreSQL when the environment names a database.
async fn engines() -> Vec<Db> {
    let mut v = vec![Db::memory().await];
    if let Ok(url) = std::env::var("KITH_TEST_DATABASE_URL") {
        v.push(Db::open_url(&url).await.expect("KITH_TEST_DATABASE_URL names a PostgreSQL database"));
    }
    v
}

/// A name no other run of these tests has used (PostgreSQL databases outlive a run).
fn unique(part: &str) -> String {
    format!("{part}{}", crate::db::now() % 1_000_000 * 1000 + rand::random::<u16>() as i64 % 1000)
}

#[tokio::test]
async fn ids_come_back_from_inserts_and_follow_rows_written_with_their_ids() {
    for db in engines().await {
        let mut w = db.write().await.unwrap();
        let a = db::users::insert_user(w.conn(), &unique("ida"), "A", "x", &[], 1).await.unwrap();
        let b = db::users::insert_user(w.conn(), &unique("idb"), "B", "x", &[], 1).await.unwrap();
        assert_eq!(b, a + 1, "{:?}", db.engine);
        // A row with its id given (as the demo seed writes them), then one without.
        let given = b + 100;
        sqlx::query(&db::sql(
            "INSERT INTO users (id, username, display_name, password_hash, interests, version, created_at) \
             VALUES (?, ?, 'C', 'x', '', 1, 1)",
        ))
        .bind(given)
        .bind(unique("idc"))
        .execute(w.conn())
        .await
        .unwrap();
        db::realign_ids(w.conn()).await.unwrap();
        let d = db::users::insert_user(w.conn(), &unique("idd"), "D", "x", &[], 1).await.unwrap();
        assert_eq!(d, given + 1, "{:?}", db.engine);
        w.tx.rollback().await.unwrap();
    }
}

#[tokio::test]
async fn conflicts_null_comparisons_and_like_escapes_mean_the_same_on_both() {
    for db in engines().await {
        let mut w = db.write().await.unwrap();
        let c = w.conn();
        let name = unique("setting");
        let text = db::sql(
            "INSERT INTO settings (name, value) VALUES (?, 'v') ON CONFLICT DO NOTHING RETURNING name",
        );
        let insert = || sqlx::query_scalar::<_, String>(&text);
        assert_eq!(insert().bind(&name).fetch_optional(&mut *c).await.unwrap(), Some(name.clone()));
        assert_eq!(insert().bind(&name).fetch_optional(&mut *c).await.unwrap(), None, "{:?}", db.engine);
        let (same, differ): (i64, i64) = sqlx::query_as(&db::sql(
            "SELECT CASE WHEN ? IS DISTINCT FROM ? THEN 1 ELSE 0 END, CASE WHEN ? IS DISTINCT FROM ? THEN 1 ELSE 0 END",
        ))
        .bind(None::<i64>)
        .bind(None::<i64>)
        .bind(None::<i64>)
        .bind(Some(1i64))
        .fetch_one(&mut *c)
        .await
        .unwrap();
        assert_eq!((same, differ), (0, 1), "{:?}", db.engine);
        let (m1, m2): (i64, i64) = sqlx::query_as(&db::sql(
            "SELECT CASE WHEN ? LIKE ? ESCAPE '\\' THEN 1 ELSE 0 END, CASE WHEN ? LIKE ? ESCAPE '\\' THEN 1 ELSE 0 END",
        ))
        .bind("50%_off")
        .bind(format!("{}%", db::groups::like_escape("50%_")))
        .bind("50 percent off")
        .bind(format!("{}%", db::groups::like_escape("50%_")))
        .fetch_one(&mut *w.conn())
        .await
        .unwrap();
        assert_eq!((m1, m2), (1, 0), "{:?}", db.engine);
        w.tx.rollback().await.unwrap();
    }
}

#[tokio::test]
async fn two_handles_on_one_database_take_turns_to_write() {
    let Ok(url) = std::env::var("KITH_TEST_DATABASE_URL") else {
        // SQLite: one process owns the file, and its in-process write lock is the lock.
        let db = Db::memory().await;
        assert_eq!(db.engine, Engine::Sqlite);
        assert!(!db.shared());
        return;
    };
    // Two "servers": separate pools, so only the database can make them take turns.
    let a = Db::open_url(&url).await.unwrap();
    let b = Db::open_url(&url).await.unwrap();
    assert!(a.shared() && b.shared());
    let first = a.write().await.unwrap();
    let second = tokio::time::timeout(Duration::from_millis(300), b.write()).await;
    assert!(second.is_err(), "the second server began a write while the first held the lock");
    drop(first);
    let second = tokio::time::timeout(Duration::from_secs(5), b.write()).await;
    assert!(second.is_ok(), "the second server could not write after the first rolled back");

    let key = rand::random::<i64>();
    let held = a.key_lock(key).await.unwrap();
    assert!(tokio::time::timeout(Duration::from_millis(300), b.key_lock(key)).await.is_err());
    assert!(
        tokio::time::timeout(Duration::from_secs(5), b.key_lock(key ^ 1)).await.is_ok(),
        "another key waits"
    );
    drop(held);
    assert!(tokio::time::timeout(Duration::from_secs(5), b.key_lock(key)).await.is_ok());
}

#[tokio::test]
async fn presence_and_login_trust_are_seen_until_they_expire() {
    use crate::db::{limits, notifications as ndb};
    for db in engines().await {
        let mut w = db.write().await.unwrap();
        let c = w.conn();
        let uid = rand::random::<u32>() as i64 + 1_000_000;
        assert!(!ndb::present(c, uid, 1_000).await.unwrap());
        ndb::set_presence(c, "server-a", &[uid], 31_000).await.unwrap();
        assert!(ndb::present(c, uid, 30_000).await.unwrap(), "{:?}", db.engine);
        assert!(!ndb::present(c, uid, 31_000).await.unwrap(), "presence runs out");
        // Renewed by the same server: one row, a later end.
        ndb::set_presence(c, "server-a", &[uid], 61_000).await.unwrap();
        assert!(ndb::present(c, uid, 60_000).await.unwrap());
        // The member's last stream on that server closed: gone at once, another server's
        // word stays.
        ndb::set_presence(c, "server-b", &[uid], 61_000).await.unwrap();
        ndb::set_presence(c, "server-a", &[], 61_000).await.unwrap();
        assert!(ndb::present(c, uid, 60_000).await.unwrap(), "server-b still has a stream");
        ndb::set_presence(c, "server-b", &[], 61_000).await.unwrap();
        assert!(!ndb::present(c, uid, 60_000).await.unwrap(), "no stream anywhere");
        ndb::set_presence(c, "server-a", &[uid], 61_000).await.unwrap();

        let account = unique("trusting");
        assert!(!limits::trusted(c, &account, "127.0.0.1", 5_000).await.unwrap());
        limits::trust(c, &account, "127.0.0.1", 5_000).await.unwrap();
        assert!(limits::trusted(c, &account, "127.0.0.1", 6_000).await.unwrap(), "{:?}", db.engine);
        assert!(!limits::trusted(c, &account, "10.0.0.1", 6_000).await.unwrap(), "per address");
        assert!(!limits::trusted(c, &account, "127.0.0.1", 5_000 + limits::TRUST_MS).await.unwrap());
        limits::purge(c, 5_001 + limits::TRUST_MS).await.unwrap();
        ndb::prune(c, (5_001 + limits::TRUST_MS) / 1000).await.unwrap();
        assert!(!ndb::present(c, uid, 60_000).await.unwrap(), "purged with the rest");
        w.tx.rollback().await.unwrap();
    }
}
