//! Live streams (`GET /stream`, Server-Sent Events). Writers append to the `stream_events`
//! table in their own transaction; one dispatcher task reads new rows after each write (and
//! once a second, so another process's writes reach this one's streams too) and hands them to
//! the streams open here. A stream that falls behind is closed instead of buffering without
//! bound; its client reconnects with `Last-Event-ID` and the rows it missed are replayed from
//! the table, so nothing is lost.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::{Notify, mpsc};

use crate::db::{self, Db, notifications as ndb};

/// One event ready to write: its id (`None`: not resumable, like `unread_count`), name, data.
#[derive(Clone, Debug)]
pub struct Ev {
    pub id: Option<i64>,
    pub name: &'static str,
    pub data: String,
}

/// Streams open at once in this process, all members together.
pub const MAX_STREAMS: usize = 1_500;
/// Streams one member may hold open (tabs, devices); a new one closes their oldest.
pub const MAX_STREAMS_PER_USER: usize = 6;
/// Events one stream may have waiting before it is closed as too slow.
const QUEUE: usize = 64;

struct Sub {
    id: u64,
    tx: mpsc::Sender<Ev>,
}

/// The registry of open streams and the dispatcher's position.
pub struct Hub {
    subs: Mutex<HashMap<i64, Vec<Sub>>>,
    next: AtomicU64,
    count: AtomicU64,
    last: AtomicI64,
    wake: Notify,
    /// A member's first stream here opened, or their last one closed.
    presence: Notify,
}

/// An open stream's receiving end; dropping it unregisters the stream.
pub struct Subscription {
    pub rx: mpsc::Receiver<Ev>,
    hub: std::sync::Arc<Hub>,
    uid: i64,
    id: u64,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.hub.remove(self.uid, self.id);
    }
}

impl Hub {
    pub fn new() -> Hub {
        Hub {
            subs: Mutex::new(HashMap::new()),
            next: AtomicU64::new(1),
            count: AtomicU64::new(0),
            last: AtomicI64::new(-1),
            wake: Notify::new(),
            presence: Notify::new(),
        }
    }

    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Vec<Sub>>> {
        self.subs.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Tells the dispatcher that rows may be waiting.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    pub fn open_streams(&self) -> u64 {
        self.count.load(Ordering::Relaxed)
    }

    /// Whether a member has a stream open here (pushes are skipped then).
    pub fn is_online(&self, uid: i64) -> bool {
        self.map().get(&uid).is_some_and(|v| !v.is_empty())
    }

    /// Registers a stream; None when the server holds as many as it may.
    pub fn subscribe(self: &std::sync::Arc<Self>, uid: i64) -> Option<Subscription> {
        let (tx, rx) = mpsc::channel(QUEUE);
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        {
            let mut m = self.map();
            let list = m.entry(uid).or_default();
            if list.len() >= MAX_STREAMS_PER_USER {
                // Dropping the sender ends the oldest stream.
                list.remove(0);
                self.count.fetch_sub(1, Ordering::Relaxed);
            } else if self.count.load(Ordering::Relaxed) as usize >= MAX_STREAMS {
                if list.is_empty() {
                    m.remove(&uid);
                }
                return None;
            }
            if list.is_empty() {
                self.presence.notify_one();
            }
            list.push(Sub { id, tx });
            self.count.fetch_add(1, Ordering::Relaxed);
        }
        Some(Subscription { rx, hub: self.clone(), uid, id })
    }

    fn remove(&self, uid: i64, id: u64) {
        let mut m = self.map();
        if let Some(list) = m.get_mut(&uid) {
            let before = list.len();
            list.retain(|s| s.id != id);
            if list.len() < before {
                self.count.fetch_sub(1, Ordering::Relaxed);
            }
            if list.is_empty() {
                m.remove(&uid);
                self.presence.notify_one();
            }
        }
    }

    /// Sends to every stream of a member; a stream whose queue is full is closed.
    fn send(&self, uid: i64, ev: &Ev) {
        let mut m = self.map();
        if let Some(list) = m.get_mut(&uid) {
            let before = list.len();
            list.retain(|s| s.tx.try_send(ev.clone()).is_ok());
            let gone = before - list.len();
            if gone > 0 {
                self.count.fetch_sub(gone as u64, Ordering::Relaxed);
            }
            if list.is_empty() {
                m.remove(&uid);
            }
        }
    }

    pub fn online_users(&self) -> Vec<i64> {
        self.map().keys().copied().collect()
    }

    /// Closes every stream (at shutdown).
    pub fn close_all(&self) {
        let mut m = self.map();
        m.clear();
        self.count.store(0, Ordering::Relaxed);
    }
}

impl Default for Hub {
    fn default() -> Self {
        Hub::new()
    }
}

/// A row of the event log.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Row {
    pub id: i64,
    pub user_id: Option<i64>,
    pub group_id: Option<i64>,
    pub kind: String,
    pub data: String,
}

pub async fn rows_after(c: &mut db::Conn, after: i64, limit: i64) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql(
        "SELECT id, user_id, group_id, kind, data FROM stream_events WHERE id > ? ORDER BY id LIMIT ?",
    ))
    .bind(after)
    .bind(limit)
    .fetch_all(c)
    .await
}

/// The rows a member's stream should have seen after `after` (a reconnect's replay).
pub async fn rows_for(c: &mut db::Conn, uid: i64, after: i64, limit: i64) -> Result<Vec<Row>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql(
        "SELECT id, user_id, group_id, kind, data FROM stream_events WHERE id > ? AND (user_id = ? OR \
         group_id IN (SELECT group_id FROM memberships WHERE user_id = ?)) ORDER BY id LIMIT ?",
    ))
    .bind(after)
    .bind(uid)
    .bind(uid)
    .bind(limit)
    .fetch_all(c)
    .await
}

pub async fn max_id(c: &mut db::Conn) -> Result<i64, sqlx::Error> {
    let (n,): (Option<i64>,) =
        sqlx::query_as(&crate::db::sql("SELECT MAX(id) FROM stream_events")).fetch_one(c).await?;
    Ok(n.unwrap_or(0))
}

/// The events one row means for one member: a notification with the new unread count, or a
/// group's event as stored.
pub async fn events_for(c: &mut db::Conn, uid: i64, row: &Row) -> Result<Vec<Ev>, sqlx::Error> {
    match row.kind.as_str() {
        "notification" => {
            let nid = serde_json::from_str::<serde_json::Value>(&row.data)
                .ok()
                .and_then(|v| v.get("id").and_then(|i| i.as_i64()))
                .unwrap_or(0);
            let mut out = Vec::with_capacity(2);
            if let Some(n) = ndb::one(c, uid, nid).await? {
                out.push(Ev {
                    id: Some(row.id),
                    name: "notification",
                    data: serde_json::to_string(&n).unwrap_or_default(),
                });
            }
            let count = ndb::unread_count(c, uid).await?;
            out.push(Ev { id: None, name: "unread_count", data: format!("{{\"count\":{count}}}") });
            Ok(out)
        }
        "post_created" => Ok(vec![Ev { id: Some(row.id), name: "post_created", data: row.data.clone() }]),
        "comment_created" => {
            Ok(vec![Ev { id: Some(row.id), name: "comment_created", data: row.data.clone() }])
        }
        "unread_count" => {
            let count = ndb::unread_count(c, uid).await?;
            Ok(vec![Ev { id: None, name: "unread_count", data: format!("{{\"count\":{count}}}") }])
        }
        _ => Ok(Vec::new()),
    }
}

/// Reads new rows and delivers them, forever.
pub async fn dispatch(db: Db, hub: std::sync::Arc<Hub>) {
    let start = match db.pool.acquire().await {
        Ok(mut c) => max_id(&mut c).await.unwrap_or(0),
        Err(_) => 0,
    };
    hub.last.store(start, Ordering::Relaxed);
    loop {
        tokio::select! {
            _ = hub.wake.notified() => {},
            _ = tokio::time::sleep(Duration::from_secs(1)) => {},
        }
        if let Err(e) = dispatch_once(&db, &hub).await {
            eprintln!("kith-server: stream dispatch failed: {e}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }
}

/// How long a server's word that a member is watching lasts, and how often it renews it.
const PRESENCE_MS: i64 = 30_000;
const PRESENCE_EVERY: Duration = Duration::from_secs(5);

/// With servers sharing a database: tells the others which members have a stream open here,
/// so whichever server sends pushes skips them (see `pusher`). Renewed every few seconds (a
/// crashed server's word runs out), and at once when a member's first stream here opens or
/// their last one closes (a push right after the app is closed must go out).
pub async fn keep_presence(db: Db, hub: std::sync::Arc<Hub>) {
    let server = format!("{:016x}", rand::random::<u64>());
    loop {
        tokio::select! {
            _ = tokio::time::sleep(PRESENCE_EVERY) => {},
            _ = hub.presence.notified() => {},
        }
        let users = hub.online_users();
        let until = db::now() * 1000 + PRESENCE_MS;
        let done = async {
            let mut c = db.pool.acquire().await?;
            ndb::set_presence(&mut c, &server, &users, until).await
        };
        if let Err(e) = done.await {
            eprintln!("kith-server: cannot tell the other servers who is watching: {e}");
        }
    }
}

/// Wakes this server's dispatcher when another server on the same PostgreSQL database wrote
/// (its `NOTIFY kith_stream`), so their members' streams see it at once rather than at the
/// next one-second poll. Reconnects after a failure; the poll covers the gap.
pub async fn listen(url: String, hub: std::sync::Arc<Hub>) {
    loop {
        match sqlx::postgres::PgListener::connect(&url).await {
            Ok(mut l) => {
                if let Err(e) = l.listen("kith_stream").await {
                    eprintln!("kith-server: cannot LISTEN for other servers' writes: {e}");
                } else {
                    loop {
                        match l.recv().await {
                            Ok(_) => hub.wake(),
                            Err(e) => {
                                eprintln!("kith-server: LISTEN connection lost: {e}");
                                break;
                            }
                        }
                    }
                }
            }
            Err(e) => eprintln!("kith-server: cannot open the LISTEN connection: {e}"),
        }
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
}

async fn dispatch_once(db: &Db, hub: &std::sync::Arc<Hub>) -> Result<(), sqlx::Error> {
    let mut c = db.pool.acquire().await?;
    loop {
        let after = hub.last.load(Ordering::Relaxed);
        let rows = rows_after(&mut c, after, 500).await?;
        let Some(last) = rows.last().map(|r| r.id) else { return Ok(()) };
        if hub.open_streams() > 0 {
            let online: std::collections::HashSet<i64> = hub.online_users().into_iter().collect();
            for row in &rows {
                let users: Vec<i64> = match (row.user_id, row.group_id) {
                    (Some(u), _) => {
                        if online.contains(&u) {
                            vec![u]
                        } else {
                            vec![]
                        }
                    }
                    (None, Some(g)) => ndb::group_members(&mut c, g, false)
                        .await?
                        .into_iter()
                        .filter(|u| online.contains(u))
                        .collect(),
                    _ => vec![],
                };
                for u in users {
                    for ev in events_for(&mut c, u, row).await? {
                        hub.send(u, &ev);
                    }
                }
            }
        }
        hub.last.store(last, Ordering::Relaxed);
        if rows.len() < 500 {
            return Ok(());
        }
    }
}

/// Formats one SSE frame.
pub fn frame(ev: &Ev) -> String {
    let mut s = String::with_capacity(ev.data.len() + 48);
    if let Some(id) = ev.id {
        s.push_str(&format!("id: {id}\n"));
    }
    s.push_str("event: ");
    s.push_str(ev.name);
    s.push('\n');
    for line in ev.data.split('\n') {
        s.push_str("data: ");
        s.push_str(line);
        s.push('\n');
    }
    s.push('\n');
    s
}
