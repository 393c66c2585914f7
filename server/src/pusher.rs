//! Background upkeep for notifications: due event reminders, pruning, and web push delivery.
//! Everything it needs is in the database (due reminders and unpushed notifications are
//! queries, not timers), so a restart loses nothing and repeats nothing.

use std::time::Duration;

use kith_api::{Notification, NotificationKind as K, PushMessage, Role, SanctionKind, target_path};

use crate::db::{self, Db, notifications as ndb};
use crate::http::{AppState, PushConfig};
use crate::push::{SendOutcome, Subscription, Urgency};

/// Pushes to one member wait this long after the previous one, except urgent kinds.
pub const BATCH_SECS: i64 = 180;
/// Notifications older than this are not pushed any more (the member will see them in the app).
const PUSH_MAX_AGE: i64 = 6 * 3600;
/// A subscription that fails this many times in a row is dropped.
const MAX_FAILURES: i64 = 5;

/// Members whose pushes are sent at once; each push has its own 10 s limit, so a slow push
/// service delays at most its own members' pushes by that much.
const PARALLEL_MEMBERS: usize = 16;

/// Reminders every few seconds and pruning every ten minutes; pushes in a loop of their own
/// (a slow push service never holds up reminders).
pub async fn run(st: AppState, tick: Duration) {
    if st.push.is_some() {
        tokio::spawn(push_loop(st.clone(), tick));
    }
    let mut last_prune = 0i64;
    loop {
        tokio::time::sleep(tick).await;
        let now = db::now();
        // One server's tick at a time (reminders are also written once per member and event).
        let Some(_turn) = my_turn(&st.db, SCHEDULER_LOCK).await else { continue };
        if let Err(e) = reminders(&st.db, now).await {
            eprintln!("kith-server: cannot write reminders: {e}");
        }
        if now - last_prune >= 600 {
            last_prune = now;
            if let Err(e) = plan_ahead(&st.db, now).await {
                eprintln!("kith-server: cannot plan series dates: {e}");
            }
            match prune(&st.db, now).await {
                Ok(_) => {}
                Err(e) => eprintln!("kith-server: cannot prune notifications: {e}"),
            }
        }
    }
}

/// Advisory-lock key of the push sender: with several servers on one database, one sends at a
/// time, so a member gets each push once.
const PUSH_LOCK: i64 = 0x6b69_7468_7075_7368;
/// And of the scheduler (reminders, planning, pruning).
const SCHEDULER_LOCK: i64 = 0x6b69_7468_7363_6864;

/// This server's turn at the work `key` names, unless another server is at it now.
async fn my_turn(db: &Db, key: i64) -> Option<db::KeyLock> {
    match db.try_key_lock(key).await {
        Ok(turn) => turn,
        Err(e) => {
            eprintln!("kith-server: cannot take the scheduler's lock: {e}");
            None
        }
    }
}

async fn push_loop(st: AppState, tick: Duration) {
    loop {
        tokio::time::sleep(tick).await;
        let Some(push) = st.push.as_ref() else { continue };
        let Some(_turn) = my_turn(&st.db, PUSH_LOCK).await else { continue };
        if let Err(e) = push_due(&st, push, db::now()).await {
            eprintln!("kith-server: push delivery failed: {e}");
        }
    }
}

async fn reminders(db: &Db, now: i64) -> Result<(), sqlx::Error> {
    let mut w = db.write().await?;
    let n = crate::notify::due_reminders(w.conn(), now).await?;
    w.commit().await?;
    if n > 0 {
        println!("kith-server: wrote {n} event reminders");
    }
    Ok(())
}

/// Keeps running series planned 400 days ahead (a few series per transaction, so the write
/// lock is never held long).
async fn plan_ahead(db: &Db, now: i64) -> Result<(), sqlx::Error> {
    use crate::db::series as sdb;
    for _ in 0..50 {
        let mut w = db.write().await?;
        let due = sdb::due_for_planning(w.conn(), now, 5).await?;
        if due.is_empty() {
            return Ok(());
        }
        for sid in due {
            if let Some(mut s) = sdb::get(w.conn(), sid).await? {
                sdb::plan(w.conn(), &mut s, now, now, sdb::Match::Day).await?;
            }
        }
        w.commit().await?;
    }
    Ok(())
}

async fn prune(db: &Db, now: i64) -> Result<u64, sqlx::Error> {
    let mut w = db.write().await?;
    let n = ndb::prune(w.conn(), now).await?;
    w.commit().await?;
    Ok(n)
}

/// The title a push shows for a notification.
pub fn title_of(n: &Notification) -> String {
    let who = n.actor.as_ref().map(|a| a.display_name.as_str()).unwrap_or("Someone");
    let group = n.group.as_ref().map(|g| g.name.as_str()).unwrap_or("a group");
    match n.kind {
        K::PostReply => format!("{who} commented on your post"),
        K::CommentReply => format!("{who} replied to your comment"),
        K::Mention => format!("{who} mentioned you"),
        K::JoinApproved => format!("You are now a member of {group}"),
        K::JoinDenied => format!("Your request to join {group} was declined"),
        K::RoleChanged => match n.role {
            Some(Role::Owner) => format!("You are now an owner of {group}"),
            Some(Role::Moderator) => format!("You are now a moderator of {group}"),
            _ => format!("Your role in {group} changed"),
        },
        K::Sanctioned => match n.sanction {
            Some(SanctionKind::Ban) => format!("You were banned from {group}"),
            _ => format!("You were muted in {group}"),
        },
        K::NewPost => format!("New post in {group}"),
        K::NewEvent => format!("New event in {group}"),
        K::EventChanged => "An event you answered changed".into(),
        K::EventCancelled => "An event you answered was cancelled".into(),
        K::WaitlistPromoted => "You have a place: you are going".into(),
        K::EventReminder => "Coming up soon".into(),
        K::NewReport => format!("New report in {group}"),
        K::NewJoinRequest => format!("{who} asks to join {group}"),
        K::PollScheduled => "The date poll is decided: you are on the list".into(),
    }
}

/// Members with unpushed notifications and a subscription: (user, newest id, any urgent).
async fn pending(c: &mut db::Conn, now: i64) -> Result<Vec<(i64, i64, bool)>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT n.user_id, MAX(n.id), MAX(CASE WHEN n.kind IN ('mention', 'event_reminder') THEN 1 ELSE 0 END) \
         FROM notifications n WHERE n.pushed_at IS NULL AND n.read_at IS NULL AND n.created_at > ? \
         AND n.user_id IN (SELECT user_id FROM push_subscriptions) GROUP BY n.user_id LIMIT 500",
    ))
    .bind(now - PUSH_MAX_AGE)
    .fetch_all(c)
    .await?;
    Ok(rows.into_iter().map(|(u, id, urgent)| (u, id, urgent == 1)).collect())
}

/// A member's notifications up to `up_to` need no push any more.
async fn set_pushed(c: &mut db::Conn, uid: i64, up_to: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE notifications SET pushed_at = ? WHERE user_id = ? AND id <= ? AND pushed_at IS NULL",
    ))
    .bind(now)
    .bind(uid)
    .bind(up_to)
    .execute(c)
    .await?;
    Ok(())
}

async fn mark_pushed(db: &Db, uid: i64, up_to: i64, now: i64) -> Result<(), sqlx::Error> {
    let mut w = db.write().await?;
    set_pushed(w.conn(), uid, up_to, now).await?;
    w.commit().await
}

async fn push_due(st: &AppState, push: &PushConfig, now: i64) -> Result<(), sqlx::Error> {
    use futures_util::StreamExt;
    let due = {
        let mut c = st.db.pool.acquire().await?;
        pending(&mut c, now).await?
    };
    let results: Vec<Result<(), sqlx::Error>> = futures_util::stream::iter(due)
        .map(|(uid, newest, urgent)| push_member(st, push, uid, newest, urgent, now))
        .buffer_unordered(PARALLEL_MEMBERS)
        .collect()
        .await;
    results.into_iter().collect()
}

/// One member's push (to each of their devices at once), unless the batch window holds it.
async fn push_member(
    st: &AppState,
    push: &PushConfig,
    uid: i64,
    newest: i64,
    urgent: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    // A member watching the app live (on this server, or on another sharing the database)
    // has seen it already.
    let watching = st.hub.is_online(uid) || {
        st.db.shared() && {
            let mut c = st.db.pool.acquire().await?;
            ndb::present(&mut c, uid, db::now() * 1000).await?
        }
    };
    if watching {
        return mark_pushed(&st.db, uid, newest, now).await;
    }
    let mut c = st.db.pool.acquire().await?;
    let subs: Vec<(i64, String, String, String, i64)> = sqlx::query_as(&crate::db::sql(
        "SELECT id, endpoint, p256dh, auth, last_push_at FROM push_subscriptions WHERE user_id = ? LIMIT 10",
    ))
    .bind(uid)
    .fetch_all(&mut *c)
    .await?;
    let last = subs.iter().map(|s| s.4).max().unwrap_or(0);
    if !urgent && now - last < BATCH_SECS {
        return Ok(());
    }
    let unread = ndb::unread_count(&mut c, uid).await?;
    let latest = ndb::page(&mut c, uid, Some(newest + 1), true, None, 1).await?;
    drop(c);
    let Some(n) = latest.into_iter().next() else {
        return mark_pushed(&st.db, uid, newest, now).await;
    };
    let more = unread.saturating_sub(1);
    let mut body = n.excerpt.clone();
    if more > 0 {
        if !body.is_empty() {
            body.push_str(" · ");
        }
        body.push_str(&format!("{more} more unread"));
    }
    let detail = match n.kind {
        K::RoleChanged => n.role.map(|r| r.as_str().to_string()),
        K::Sanctioned => n.sanction.map(|s| if s == SanctionKind::Ban { "ban" } else { "mute" }.to_string()),
        _ => None,
    };
    let msg = PushMessage {
        title: title_of(&n),
        body,
        url: target_path(&n),
        unread,
        id: n.id,
        kind: Some(n.kind),
        actor: n.actor.as_ref().map(|a| a.display_name.clone()),
        group: n.group.as_ref().map(|g| g.name.clone()),
        detail,
        excerpt: Some(n.excerpt.clone()).filter(|e| !e.is_empty()),
        more,
    };
    let payload = serde_json::to_vec(&msg).unwrap_or_default();
    let urgency = if n.kind.is_urgent() { Urgency::High } else { Urgency::Normal };
    let sends = subs.into_iter().map(|(sid, endpoint, p256dh, auth, _)| {
        let payload = &payload;
        async move {
            let sub = Subscription { endpoint, p256dh, auth };
            (sid, push.sender.send(&push.keys, &push.subject, &sub, payload, 24 * 3600, urgency).await)
        }
    });
    let outcomes = futures_util::future::join_all(sends).await;
    let mut w = st.db.write().await?;
    for (sid, outcome) in outcomes {
        match outcome {
            Ok(SendOutcome::Delivered) => {
                sqlx::query(&crate::db::sql(
                    "UPDATE push_subscriptions SET last_push_at = ?, failures = 0 WHERE id = ?",
                ))
                .bind(now)
                .bind(sid)
                .execute(w.conn())
                .await?;
            }
            Ok(SendOutcome::Gone) => {
                sqlx::query(&crate::db::sql("DELETE FROM push_subscriptions WHERE id = ?"))
                    .bind(sid)
                    .execute(w.conn())
                    .await?;
            }
            Ok(SendOutcome::Rejected(_)) | Err(_) => {
                if let Err(e) = &outcome {
                    eprintln!("kith-server: push failed: {e}");
                }
                sqlx::query(&crate::db::sql(
                    "UPDATE push_subscriptions SET failures = failures + 1, last_push_at = ? WHERE id = ?",
                ))
                .bind(now)
                .bind(sid)
                .execute(w.conn())
                .await?;
                sqlx::query(&crate::db::sql("DELETE FROM push_subscriptions WHERE id = ? AND failures >= ?"))
                    .bind(sid)
                    .bind(MAX_FAILURES)
                    .execute(w.conn())
                    .await?;
            }
        }
    }
    set_pushed(w.conn(), uid, newest, now).await?;
    w.commit().await
}
