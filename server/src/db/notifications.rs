//! The inbox: writing notifications (inside the transaction of the action that causes them),
//! reading them back as the recipient may still see them, levels, blocks, the stream's event
//! log, stream tickets, who is watching live and push subscriptions.

use std::collections::{HashMap, HashSet};

use kith_api::time::format_rfc3339;
use kith_api::{
    GroupRef, Notification, NotificationKind, NotificationLevel, NotificationTarget, Role, SanctionKind,
    TargetType, UserRef,
};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::users::role_of;
use super::{Conn, placeholders};

/// Inbox items older than this are pruned.
pub const RETENTION_SECS: i64 = 90 * 24 * 3600;
/// Stream events are kept this long for `Last-Event-ID` resumption.
pub const STREAM_RETENTION_SECS: i64 = 3600;
/// A group counts as quiet when its previous post is older than this.
pub const QUIET_SECS: i64 = 7 * 24 * 3600;
/// Most recipients one action may notify (a group's members are far fewer).
const MAX_RECIPIENTS: usize = 5_000;

/// A notification about to be written for some recipients.
#[derive(Clone, Debug)]
pub struct Draft {
    pub kind: NotificationKind,
    pub actor: Option<i64>,
    pub group_id: Option<i64>,
    pub target: TargetType,
    pub target_id: Option<i64>,
    pub post_id: Option<i64>,
    pub comment_id: Option<i64>,
    pub target_username: Option<String>,
    /// Markdown or plain text; cut to a plain 140-character excerpt.
    pub text: String,
    pub until: Option<i64>,
    pub role: Option<Role>,
    pub sanction: Option<SanctionKind>,
    /// Makes the notification exist at most once per recipient (reminders).
    pub dedupe: Option<String>,
}

impl Draft {
    pub fn new(
        kind: NotificationKind,
        actor: Option<i64>,
        group_id: Option<i64>,
        target: TargetType,
    ) -> Draft {
        Draft {
            kind,
            actor,
            group_id,
            target,
            target_id: None,
            post_id: None,
            comment_id: None,
            target_username: None,
            text: String::new(),
            until: None,
            role: None,
            sanction: None,
            dedupe: None,
        }
    }
    pub fn id(mut self, id: i64) -> Draft {
        self.target_id = Some(id);
        self
    }
    pub fn post(mut self, post_id: i64) -> Draft {
        self.post_id = Some(post_id);
        self
    }
    pub fn comment(mut self, comment_id: i64) -> Draft {
        self.comment_id = Some(comment_id);
        self
    }
    pub fn text(mut self, text: &str) -> Draft {
        self.text = kith_api::text::excerpt(text, 140);
        self
    }
    pub fn until(mut self, t: Option<i64>) -> Draft {
        self.until = t;
        self
    }
}

/// How a group's new post reaches members at level `default`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NewPostRule {
    /// Only members at `all` hear.
    AllOnly,
    /// The group was quiet: `default` hears too.
    AfterQuiet,
}

/// Writes `d` for each of `recipients` who should hear it: not the actor, not someone who
/// blocked the actor, only members (or, in public groups, anyone the content concerns directly)
/// at a level that includes the kind. Returns the ids of the recipients notified. Each
/// notification is also put on the stream.
pub async fn notify(
    c: &mut Conn,
    recipients: &[i64],
    d: &Draft,
    rule: NewPostRule,
    now: i64,
) -> Result<Vec<i64>, sqlx::Error> {
    let mut ids: Vec<i64> = recipients.iter().copied().filter(|u| Some(*u) != d.actor).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.truncate(MAX_RECIPIENTS);
    if ids.is_empty() {
        return Ok(ids);
    }
    let blocked: HashSet<i64> = match d.actor {
        Some(actor) => {
            let sql = format!(
                "SELECT blocker_id FROM blocks WHERE blocked_id = ? AND blocker_id IN ({})",
                placeholders(ids.len())
            );
            let sql = crate::db::sql(&sql);
            let mut q = sqlx::query_as::<_, (i64,)>(&sql).bind(actor);
            for u in &ids {
                q = q.bind(u);
            }
            q.fetch_all(&mut *c).await?.into_iter().map(|(u,)| u).collect()
        }
        None => HashSet::new(),
    };
    let (levels, public): (HashMap<i64, NotificationLevel>, bool) = match d.group_id {
        Some(gid) => {
            let sql = format!(
                "SELECT user_id, notify_level FROM memberships WHERE group_id = ? AND user_id IN ({})",
                placeholders(ids.len())
            );
            let sql = crate::db::sql(&sql);
            let mut q = sqlx::query_as::<_, (i64, String)>(&sql).bind(gid);
            for u in &ids {
                q = q.bind(u);
            }
            let levels = q
                .fetch_all(&mut *c)
                .await?
                .into_iter()
                .map(|(u, l)| (u, NotificationLevel::parse(&l).unwrap_or_default()))
                .collect();
            let vis: Option<(String,)> =
                sqlx::query_as(&crate::db::sql("SELECT visibility FROM groups WHERE id = ?"))
                    .bind(gid)
                    .fetch_optional(&mut *c)
                    .await?;
            (levels, vis.is_some_and(|(v,)| v != "private"))
        }
        None => (HashMap::new(), true),
    };
    let direct = matches!(
        d.kind,
        NotificationKind::PostReply
            | NotificationKind::CommentReply
            | NotificationKind::Mention
            | NotificationKind::EventChanged
            | NotificationKind::EventCancelled
            | NotificationKind::WaitlistPromoted
            | NotificationKind::EventReminder
            | NotificationKind::PollScheduled
    );
    let mut out = Vec::with_capacity(ids.len());
    for uid in ids {
        if blocked.contains(&uid) {
            continue;
        }
        let hears = if d.kind.is_personal() || d.group_id.is_none() {
            true
        } else {
            match levels.get(&uid) {
                Some(level) => {
                    d.kind.delivered_at(*level)
                        && (d.kind != NotificationKind::NewPost
                            || *level == NotificationLevel::All
                            || (*level == NotificationLevel::Default && rule == NewPostRule::AfterQuiet))
                }
                None => public && direct,
            }
        };
        if !hears {
            continue;
        }
        if insert(c, uid, d, now).await? {
            out.push(uid);
        }
    }
    Ok(out)
}

/// One row (and its stream event); false when the dedupe key already exists.
async fn insert(c: &mut Conn, uid: i64, d: &Draft, now: i64) -> Result<bool, sqlx::Error> {
    let row: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
        "INSERT INTO notifications (user_id, kind, created_at, actor_id, group_id, target_type, target_id, \
         post_id, comment_id, target_username, excerpt, until_at, role, sanction, dedupe_key) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
         ON CONFLICT (user_id, dedupe_key) DO NOTHING RETURNING id",
    ))
    .bind(uid)
    .bind(d.kind.as_str())
    .bind(now)
    .bind(d.actor)
    .bind(d.group_id)
    .bind(target_str(d.target))
    .bind(d.target_id)
    .bind(d.post_id)
    .bind(d.comment_id)
    .bind(d.target_username.as_deref())
    .bind(&d.text)
    .bind(d.until)
    .bind(d.role.map(Role::as_str))
    .bind(d.sanction.map(sanction_str))
    .bind(d.dedupe.as_deref())
    .fetch_optional(&mut *c)
    .await?;
    let Some((nid,)) = row else { return Ok(false) };
    stream_event(c, Some(uid), None, "notification", &format!("{{\"id\":{nid}}}"), now).await?;
    Ok(true)
}

/// Appends to the stream's event log.
pub async fn stream_event(
    c: &mut Conn,
    uid: Option<i64>,
    gid: Option<i64>,
    kind: &str,
    data: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO stream_events (created_at, user_id, group_id, kind, data) VALUES (?, ?, ?, ?, ?)",
    ))
    .bind(now)
    .bind(uid)
    .bind(gid)
    .bind(kind)
    .bind(data)
    .execute(c)
    .await?;
    Ok(())
}

fn target_str(t: TargetType) -> &'static str {
    match t {
        TargetType::Post => "post",
        TargetType::Comment => "comment",
        TargetType::Event => "event",
        TargetType::JoinRequest => "join_request",
        TargetType::Report => "report",
        TargetType::Member => "member",
    }
}

fn target_of(s: &str) -> TargetType {
    match s {
        "post" => TargetType::Post,
        "comment" => TargetType::Comment,
        "event" => TargetType::Event,
        "join_request" => TargetType::JoinRequest,
        "report" => TargetType::Report,
        _ => TargetType::Member,
    }
}

fn sanction_str(s: SanctionKind) -> &'static str {
    match s {
        SanctionKind::Mute => "mute",
        SanctionKind::Ban => "ban",
    }
}

/// The members of a group, optionally only its moderators and owners.
pub async fn group_members(c: &mut Conn, gid: i64, moderators_only: bool) -> Result<Vec<i64>, sqlx::Error> {
    let sql = if moderators_only {
        "SELECT user_id FROM memberships WHERE group_id = ? AND role IN ('owner', 'moderator')"
    } else {
        "SELECT user_id FROM memberships WHERE group_id = ?"
    };
    Ok(sqlx::query_as::<_, (i64,)>(&crate::db::sql(sql))
        .bind(gid)
        .fetch_all(c)
        .await?
        .into_iter()
        .map(|(u,)| u)
        .collect())
}

/// Ids of the accounts with these usernames (lowercase).
pub async fn users_named(c: &mut Conn, names: &[String]) -> Result<Vec<i64>, sqlx::Error> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!("SELECT id FROM users WHERE username IN ({})", placeholders(names.len()));
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query_as::<_, (i64,)>(&sql);
    for n in names {
        q = q.bind(n);
    }
    Ok(q.fetch_all(c).await?.into_iter().map(|(u,)| u).collect())
}

/// Members who answered an event going, maybe or on the waitlist.
pub async fn event_answerers(c: &mut Conn, event_id: i64) -> Result<Vec<i64>, sqlx::Error> {
    Ok(sqlx::query_as::<_, (i64,)>(&crate::db::sql(
        "SELECT user_id FROM rsvps WHERE event_id = ? AND status IN ('going', 'maybe', 'waitlisted')",
    ))
    .bind(event_id)
    .fetch_all(c)
    .await?
    .into_iter()
    .map(|(u,)| u)
    .collect())
}

/// The newest post's time in a group before `before_id`.
pub async fn last_post_before(c: &mut Conn, gid: i64, before_id: i64) -> Result<Option<i64>, sqlx::Error> {
    let r: Option<(Option<i64>,)> = sqlx::query_as(&crate::db::sql(
        "SELECT MAX(created_at) FROM posts WHERE group_id = ? AND id < ? AND deleted = 0",
    ))
    .bind(gid)
    .bind(before_id)
    .fetch_optional(c)
    .await?;
    Ok(r.and_then(|(t,)| t))
}

/// The conditions under which a stored notification is still shown to its recipient: its post
/// or comment was neither removed nor deleted, its actor is not blocked, and a private group's
/// items need a membership (except those about the member's own standing).
const VISIBLE: &str = "(p.id IS NULL OR (p.removed = 0 AND p.deleted = 0)) \
     AND (cm.id IS NULL OR (cm.removed = 0 AND cm.deleted = 0)) \
     AND (n.kind IN ('join_approved', 'join_denied', 'role_changed', 'sanctioned') OR g.id IS NULL \
          OR g.visibility <> 'private' OR m.user_id IS NOT NULL) \
     AND (n.actor_id IS NULL OR NOT EXISTS \
          (SELECT 1 FROM blocks b WHERE b.blocker_id = n.user_id AND b.blocked_id = n.actor_id))";

const FROM: &str = "FROM notifications n \
     LEFT JOIN users a ON a.id = n.actor_id \
     LEFT JOIN groups g ON g.id = n.group_id \
     LEFT JOIN posts p ON p.id = n.post_id \
     LEFT JOIN comments cm ON cm.id = n.comment_id \
     LEFT JOIN memberships m ON m.group_id = n.group_id AND m.user_id = n.user_id";

const COLUMNS: &str = "n.id, n.kind, n.created_at, n.read_at, n.actor_id, a.username, a.display_name, \
     g.slug, g.name, n.target_type, n.target_id, n.post_id, n.target_username, n.excerpt, n.until_at, n.role, \
     n.sanction";

fn to_notification(r: &AnyRow) -> Notification {
    let actor_id: Option<i64> = r.get("actor_id");
    let actor = match (actor_id, r.get::<Option<String>, _>("username")) {
        (Some(id), Some(username)) => Some(UserRef {
            id,
            username,
            display_name: r.get::<Option<String>, _>("display_name").unwrap_or_default(),
        }),
        _ => None,
    };
    let group = r
        .get::<Option<String>, _>("slug")
        .map(|slug| GroupRef { slug, name: r.get::<Option<String>, _>("name").unwrap_or_default() });
    let target_kind = target_of(&r.get::<String, _>("target_type"));
    let post_id: Option<i64> = r.get("post_id");
    Notification {
        id: r.get("id"),
        kind: NotificationKind::parse(&r.get::<String, _>("kind")).unwrap_or(NotificationKind::Mention),
        created_at: format_rfc3339(r.get("created_at")),
        read_at: r.get::<Option<i64>, _>("read_at").map(format_rfc3339),
        actor,
        group,
        target: NotificationTarget {
            kind: target_kind,
            id: r.get("target_id"),
            post_id: if target_kind == TargetType::Comment { post_id } else { None },
            username: r.get("target_username"),
        },
        excerpt: r.get("excerpt"),
        until: r.get::<Option<i64>, _>("until_at").map(format_rfc3339),
        role: r.get::<Option<String>, _>("role").map(|s| role_of(&s)),
        sanction: r
            .get::<Option<String>, _>("sanction")
            .map(|s| if s == "ban" { SanctionKind::Ban } else { SanctionKind::Mute }),
    }
}

/// A page of the inbox, newest first, after the id `before` (exclusive).
pub async fn page(
    c: &mut Conn,
    uid: i64,
    before: Option<i64>,
    unread_only: bool,
    group: Option<i64>,
    limit: u32,
) -> Result<Vec<Notification>, sqlx::Error> {
    let mut sql = format!("SELECT {COLUMNS} {FROM} WHERE n.user_id = ? AND n.id < ? AND {VISIBLE}");
    if unread_only {
        sql.push_str(" AND n.read_at IS NULL");
    }
    if group.is_some() {
        sql.push_str(" AND n.group_id = ?");
    }
    sql.push_str(" ORDER BY n.id DESC LIMIT ?");
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query(&sql).bind(uid).bind(before.unwrap_or(i64::MAX));
    if let Some(g) = group {
        q = q.bind(g);
    }
    let rows = q.bind(limit as i64).fetch_all(c).await?;
    Ok(rows.iter().map(to_notification).collect())
}

/// One notification as its recipient sees it now (None when no longer visible).
pub async fn one(c: &mut Conn, uid: i64, id: i64) -> Result<Option<Notification>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} {FROM} WHERE n.user_id = ? AND n.id = ? AND {VISIBLE}");
    Ok(sqlx::query(&crate::db::sql(&sql))
        .bind(uid)
        .bind(id)
        .fetch_optional(c)
        .await?
        .as_ref()
        .map(to_notification))
}

/// Unread and visible.
pub async fn unread_count(c: &mut Conn, uid: i64) -> Result<u32, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) {FROM} WHERE n.user_id = ? AND n.read_at IS NULL AND {VISIBLE}");
    let (n,): (i64,) = sqlx::query_as(&crate::db::sql(&sql)).bind(uid).fetch_one(c).await?;
    Ok(n.clamp(0, u32::MAX as i64) as u32)
}

/// Marks the caller's items read: these ids, or every id up to `up_to`. Returns rows changed.
pub async fn mark_read(
    c: &mut Conn,
    uid: i64,
    ids: Option<&[i64]>,
    up_to: Option<i64>,
    now: i64,
) -> Result<u64, sqlx::Error> {
    let done = match (ids, up_to) {
        (Some(ids), _) if !ids.is_empty() => {
            let sql = format!(
                "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id IN ({})",
                placeholders(ids.len())
            );
            let sql = crate::db::sql(&sql);
            let mut q = sqlx::query(&sql).bind(now).bind(uid);
            for i in ids {
                q = q.bind(i);
            }
            q.execute(c).await?.rows_affected()
        }
        (_, Some(up)) => sqlx::query(&crate::db::sql(
            "UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL AND id <= ?",
        ))
        .bind(now)
        .bind(uid)
        .bind(up)
        .execute(c)
        .await?
        .rows_affected(),
        _ => 0,
    };
    Ok(done)
}

pub async fn set_level(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    level: NotificationLevel,
) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE memberships SET notify_level = ? WHERE group_id = ? AND user_id = ?",
    ))
    .bind(level.as_str())
    .bind(gid)
    .bind(uid)
    .execute(c)
    .await?;
    Ok(())
}

// ---- blocks ------------------------------------------------------------------------------

/// Most members one account may block.
pub const MAX_BLOCKS: i64 = 1_000;

pub async fn block(c: &mut Conn, blocker: i64, blocked: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO blocks (blocker_id, blocked_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    ))
    .bind(blocker)
    .bind(blocked)
    .bind(now)
    .execute(c)
    .await?;
    Ok(())
}

pub async fn unblock(c: &mut Conn, blocker: i64, blocked: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("DELETE FROM blocks WHERE blocker_id = ? AND blocked_id = ?"))
        .bind(blocker)
        .bind(blocked)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn block_count(c: &mut Conn, blocker: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) = sqlx::query_as(&crate::db::sql("SELECT COUNT(*) FROM blocks WHERE blocker_id = ?"))
        .bind(blocker)
        .fetch_one(c)
        .await?;
    Ok(n)
}

pub async fn blocks(c: &mut Conn, blocker: i64) -> Result<Vec<UserRef>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(
        "SELECT u.id, u.username, u.display_name FROM blocks b JOIN users u ON u.id = b.blocked_id \
         WHERE b.blocker_id = ? ORDER BY u.username LIMIT 1000",
    ))
    .bind(blocker)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(|r| super::user_in(r, "id")).collect())
}

/// The ids the caller has blocked (for collapsing their content).
pub async fn blocked_ids(c: &mut Conn, blocker: i64) -> Result<HashSet<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> =
        sqlx::query_as(&crate::db::sql("SELECT blocked_id FROM blocks WHERE blocker_id = ?"))
            .bind(blocker)
            .fetch_all(c)
            .await?;
    Ok(rows.into_iter().map(|(u,)| u).collect())
}

// ---- who is watching live, for servers sharing a database ---------------------------------

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
    let gone = crate::db::sql(&gone);
    let mut q = sqlx::query(&gone).bind(server);
    for uid in users {
        q = q.bind(uid);
    }
    q.execute(&mut *c).await?;
    for uid in users {
        sqlx::query(&crate::db::sql(
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
    let r: Option<(i64,)> = sqlx::query_as(&crate::db::sql(
        "SELECT until_ms FROM stream_presence WHERE user_id = ? AND until_ms > ? LIMIT 1",
    ))
    .bind(uid)
    .bind(now_ms)
    .fetch_optional(c)
    .await?;
    Ok(r.is_some())
}

// ---- upkeep ------------------------------------------------------------------------------

/// Prunes old inbox items, stream events, expired tickets and presence that ran out; returns
/// rows removed.
pub async fn prune(c: &mut Conn, now: i64) -> Result<u64, sqlx::Error> {
    let a = sqlx::query(&crate::db::sql("DELETE FROM notifications WHERE created_at < ?"))
        .bind(now - RETENTION_SECS)
        .execute(&mut *c)
        .await?
        .rows_affected();
    let b = sqlx::query(&crate::db::sql("DELETE FROM stream_events WHERE created_at < ?"))
        .bind(now - STREAM_RETENTION_SECS)
        .execute(&mut *c)
        .await?
        .rows_affected();
    let t = sqlx::query(&crate::db::sql("DELETE FROM stream_tickets WHERE expires_at < ?"))
        .bind(now)
        .execute(&mut *c)
        .await?
        .rows_affected();
    let p = sqlx::query(&crate::db::sql("DELETE FROM stream_presence WHERE until_ms < ?"))
        .bind(now * 1000)
        .execute(&mut *c)
        .await?
        .rows_affected();
    Ok(a + b + t + p)
}

/// Events starting within `horizon` seconds that still owe a reminder named `tag`, with their
/// going and maybe members: (event id, group id, title, starts_at, user id).
pub async fn due_reminders(
    c: &mut Conn,
    now: i64,
    horizon: i64,
    tag: &str,
) -> Result<Vec<(i64, i64, String, i64, i64)>, sqlx::Error> {
    sqlx::query_as(&crate::db::sql(
        "SELECT e.id, e.group_id, e.title, e.starts_at, r.user_id FROM events e \
         JOIN rsvps r ON r.event_id = e.id AND r.status IN ('going', 'maybe') \
         WHERE e.starts_at > ? AND e.starts_at <= ? AND e.cancelled = 0 \
         AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.user_id = r.user_id \
             AND n.dedupe_key = ? || e.id) \
         ORDER BY e.starts_at LIMIT 2000",
    ))
    .bind(now)
    .bind(now + horizon)
    .bind(format!("{tag}:"))
    .fetch_all(c)
    .await
}
