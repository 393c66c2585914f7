//! `--demo`: realistic, deterministic demo data, seeded in one transaction into an empty
//! database, with times relative to now. Users alice, bob, carol and dave (password
//! `kith-demo`) have fixed roles; everything else comes from a seeded PRNG. The tables are in
//! `data`, the sections that write them in `seed`.

mod data;
mod seed;

use crate::db::{self, Conn, Db};
use crate::domain::passwords::hash_password;

pub const PASSWORD: &str = "kith-demo";

/// SplitMix64: small, fast and the same on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0..n
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + (self.next() % ((hi - lo).max(1) as u64)) as i64
    }
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next() % 10_000) as f64 / 10_000.0 < p
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// What was seeded, for the log line and the tests.
#[derive(Debug, Default, Clone)]
pub struct Counts {
    pub users: usize,
    pub groups: usize,
    pub topics: usize,
    pub regions: usize,
    pub posts: usize,
    pub comments: usize,
    pub reactions: usize,
    pub events: usize,
    pub full_events: usize,
    pub open_reports: usize,
    pub modlog: usize,
}

impl std::fmt::Display for Counts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} users, {} groups, {} posts, {} comments, {} reactions, {} events, {} open reports, {} mod-log entries",
            self.users,
            self.groups,
            self.posts,
            self.comments,
            self.reactions,
            self.events,
            self.open_reports,
            self.modlog
        )
    }
}

/// Seeds the demo data unless the database already has users.
pub async fn seed_if_empty(db: &Db) -> Result<Option<String>, String> {
    let hash = tokio::task::spawn_blocking(|| hash_password(PASSWORD))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|_| "cannot hash the demo password".to_string())?;
    let mut w = db.write().await.map_err(|e| e.to_string())?;
    if db::users::count(w.conn()).await.map_err(|e| e.to_string())? > 0 {
        return Ok(None);
    }
    let counts = seed(w.conn(), &hash, db::now()).await.map_err(|e| e.to_string())?;
    db::groups::fill_keys(w.conn()).await.map_err(|e| e.to_string())?;
    w.commit().await.map_err(|e| e.to_string())?;
    Ok(Some(counts.to_string()))
}

/// Everything, into one connection (the caller's transaction). The sections run in this
/// order because each takes ids and random numbers after the one before.
pub async fn seed(c: &mut Conn, hash: &str, now: i64) -> Result<Counts, sqlx::Error> {
    let mut s = seed::Seeder::new(c, now);
    s.users(hash).await?;
    s.groups().await?;
    s.posts().await?;
    s.pins_and_locks().await?;
    s.events().await?;
    // Some sections write rows with their ids given, and the next may insert without one.
    s.realign_ids().await?;
    s.series_and_polls().await?;
    s.realign_ids().await?;
    s.reports().await?;
    s.sanctions().await?;
    s.past_changes();
    s.join_requests().await?;
    s.resources().await?;
    s.realign_ids().await?;
    s.finish().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn demo_data_meets_the_brief_and_is_deterministic() {
        let db = Db::memory().await;
        let mut w = db.write().await.unwrap();
        let now = 1_800_000_000;
        let started = std::time::Instant::now();
        let counts = seed(w.conn(), "$argon2id$stub", now).await.unwrap();
        assert!(started.elapsed().as_secs() < 30);
        assert!(counts.groups >= 40, "{counts:?}");
        assert!(counts.topics >= 10 && counts.regions >= 8, "{counts:?}");
        assert!(counts.posts >= 2000, "{counts:?}");
        assert!(counts.comments > 2000 && counts.reactions > 2000, "{counts:?}");
        assert!(counts.events >= 150 && counts.full_events >= 5, "{counts:?}");
        assert!(counts.open_reports >= 3 && counts.modlog >= 10, "{counts:?}");
        let c = w.conn();
        // No placeholders: the text goes as it is.
        let q = |sql: &'static str| sqlx::query_as::<_, (i64,)>(sql);
        let (n,) = q("SELECT COUNT(*) FROM posts").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n as usize, counts.posts);
        // hiking: alice owns, bob moderates, carol belongs; upcoming events; carol waitlisted somewhere.
        let (n,) = q("SELECT COUNT(*) FROM memberships m JOIN groups g ON g.id = m.group_id JOIN users u ON u.id = m.user_id \
             WHERE g.slug = 'hiking' AND ((u.username = 'alice' AND m.role = 'owner') OR (u.username = 'bob' AND m.role = 'moderator') OR (u.username = 'carol' AND m.role = 'member'))")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        assert_eq!(n, 3);
        let (n,) = q("SELECT COUNT(*) FROM events e JOIN groups g ON g.id = e.group_id WHERE g.slug = 'hiking' AND e.starts_at > 1800000000").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 3);
        let (n,) = q("SELECT COUNT(*) FROM rsvps WHERE user_id = 3 AND status = 'waitlisted'")
            .fetch_one(&mut *c)
            .await
            .unwrap();
        assert!(n >= 1);
        let (n,) = q("SELECT COUNT(*) FROM memberships WHERE user_id = 4").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n, 0);
        let (n,) = q("SELECT COUNT(*) FROM events WHERE all_day = 1").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 5);
        let (n,) = q("SELECT COUNT(DISTINCT time_zone) FROM events").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 4);
        let (n,) =
            q("SELECT COUNT(*) FROM events WHERE online_url IS NOT NULL").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 10);
        // Private groups carol is in, and ones she is not in.
        let (n,) = q("SELECT COUNT(*) FROM groups g JOIN memberships m ON m.group_id = g.id AND m.user_id = 3 WHERE g.visibility = 'private'").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 1);
        let (n,) = q("SELECT COUNT(*) FROM groups g WHERE g.visibility = 'private' AND g.id NOT IN (SELECT group_id FROM memberships WHERE user_id = 3)").fetch_one(&mut *c).await.unwrap();
        assert!(n >= 1);
        // The denormalised counters agree with the rows.
        let (n,) = q("SELECT COUNT(*) FROM posts p WHERE p.comment_count <> (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) \
             OR p.reaction_count <> (SELECT COUNT(*) FROM post_reactions r WHERE r.post_id = p.id)").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n, 0);
        let (n,) = q("SELECT COUNT(*) FROM groups g WHERE g.member_count <> (SELECT COUNT(*) FROM memberships m WHERE m.group_id = g.id)").fetch_one(&mut *c).await.unwrap();
        assert_eq!(n, 0);
        // Deterministic: the same seed gives the same titles.
        let (t1,): (String,) = sqlx::query_as(&crate::db::sql("SELECT title FROM posts WHERE id = 777"))
            .fetch_one(&mut *c)
            .await
            .unwrap();
        drop(w);
        let db2 = Db::memory().await;
        let mut w2 = db2.write().await.unwrap();
        seed(w2.conn(), "x", now).await.unwrap();
        let (t2,): (String,) = sqlx::query_as(&crate::db::sql("SELECT title FROM posts WHERE id = 777"))
            .fetch_one(w2.conn())
            .await
            .unwrap();
        assert_eq!(t1, t2);
    }
}
