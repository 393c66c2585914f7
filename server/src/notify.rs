//! Who hears about what. Each function runs inside the transaction of the action it reports,
//! so a notification exists exactly when its action does (an idempotent replay answers from
//! the stored response and never comes here twice).

use kith_api::{NotificationKind as K, Role, SanctionKind, TargetType as T, mentions};

use crate::db::notifications::{self as ndb, Draft, NewPostRule};
use crate::db::{Conn, content::PostRow};

type R<T> = Result<T, sqlx::Error>;

/// Most people one post or comment may mention.
const MAX_MENTIONS: usize = 20;

async fn mentioned(c: &mut Conn, text: &str) -> R<Vec<i64>> {
    let names = mentions(text, MAX_MENTIONS);
    ndb::users_named(c, &names).await
}

#[allow(clippy::too_many_arguments)]
/// A new post: mentions, the group's members at level `all` (and `default` after a quiet
/// spell), and the group's live streams.
pub async fn post_created(
    c: &mut Conn,
    gid: i64,
    slug: &str,
    post_id: i64,
    author: i64,
    title: &str,
    body: &str,
    now: i64,
) -> R<()> {
    let base = Draft::new(K::Mention, Some(author), Some(gid), T::Post).id(post_id).post(post_id).text(title);
    let named = mentioned(c, &format!("{title}\n{body}")).await?;
    let told = ndb::notify(c, &named, &base, NewPostRule::AllOnly, now).await?;
    let quiet = match ndb::last_post_before(c, gid, post_id).await? {
        None => true,
        Some(t) => now - t >= ndb::QUIET_SECS,
    };
    let rule = if quiet { NewPostRule::AfterQuiet } else { NewPostRule::AllOnly };
    let members: Vec<i64> =
        ndb::group_members(c, gid, false).await?.into_iter().filter(|u| !told.contains(u)).collect();
    let d = Draft { kind: K::NewPost, ..base };
    ndb::notify(c, &members, &d, rule, now).await?;
    let data = serde_json::json!({ "id": post_id, "group": slug }).to_string();
    ndb::stream_event(c, None, Some(gid), "post_created", &data, now).await
}

/// A new comment: the post's author (or the parent comment's), mentions, and live streams.
pub async fn comment_created(
    c: &mut Conn,
    post: &PostRow,
    parent_author: Option<i64>,
    comment_id: i64,
    author: i64,
    body: &str,
    now: i64,
) -> R<()> {
    let gid = post.group_id;
    let (kind, to) = match parent_author {
        Some(p) => (K::CommentReply, p),
        None => (K::PostReply, post.author.id),
    };
    let base = Draft::new(kind, Some(author), Some(gid), T::Comment)
        .id(comment_id)
        .post(post.id)
        .comment(comment_id)
        .text(body);
    ndb::notify(c, &[to], &base, NewPostRule::AllOnly, now).await?;
    let others: Vec<i64> = mentioned(c, body).await?.into_iter().filter(|u| *u != to).collect();
    let d = Draft { kind: K::Mention, ..base };
    ndb::notify(c, &others, &d, NewPostRule::AllOnly, now).await?;
    let data =
        serde_json::json!({ "id": comment_id, "post_id": post.id, "group": post.group.slug }).to_string();
    ndb::stream_event(c, None, Some(gid), "comment_created", &data, now).await
}

#[allow(clippy::too_many_arguments)]
/// A new event (or series, once): every member hears, except those told otherwise.
pub async fn event_created(
    c: &mut Conn,
    gid: i64,
    event_id: i64,
    actor: i64,
    title: &str,
    starts_at: i64,
    except: &[i64],
    now: i64,
) -> R<()> {
    let mut members = ndb::group_members(c, gid, false).await?;
    members.retain(|u| !except.contains(u));
    let d = Draft::new(K::NewEvent, Some(actor), Some(gid), T::Event)
        .id(event_id)
        .text(title)
        .until(Some(starts_at));
    ndb::notify(c, &members, &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

#[allow(clippy::too_many_arguments)]
/// An event's time or place changed, or it was cancelled: everyone who answered yes, maybe or
/// waits for a place.
pub async fn event_changed(
    c: &mut Conn,
    gid: i64,
    event_id: i64,
    actor: i64,
    title: &str,
    starts_at: i64,
    cancelled: bool,
    now: i64,
) -> R<()> {
    let to = ndb::event_answerers(c, event_id).await?;
    let kind = if cancelled { K::EventCancelled } else { K::EventChanged };
    let d =
        Draft::new(kind, Some(actor), Some(gid), T::Event).id(event_id).text(title).until(Some(starts_at));
    ndb::notify(c, &to, &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

/// Members who moved up from an event's waitlist (no actor: who freed the place stays private).
pub async fn waitlist_promoted(c: &mut Conn, event_id: i64, users: &[i64], now: i64) -> R<()> {
    if users.is_empty() {
        return Ok(());
    }
    let ev: Option<(i64, String, i64)> =
        sqlx::query_as(&crate::db::sql("SELECT group_id, title, starts_at FROM events WHERE id = ?"))
            .bind(event_id)
            .fetch_optional(&mut *c)
            .await?;
    let Some((gid, title, starts_at)) = ev else { return Ok(()) };
    let d = Draft::new(K::WaitlistPromoted, None, Some(gid), T::Event)
        .id(event_id)
        .text(&title)
        .until(Some(starts_at));
    ndb::notify(c, users, &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

/// Members a date poll put on its event's list (going, waitlisted or maybe).
pub async fn poll_scheduled(
    c: &mut Conn,
    gid: i64,
    event_id: i64,
    actor: i64,
    users: &[i64],
    now: i64,
) -> R<()> {
    if users.is_empty() {
        return Ok(());
    }
    let ev: Option<(String, i64)> =
        sqlx::query_as(&crate::db::sql("SELECT title, starts_at FROM events WHERE id = ?"))
            .bind(event_id)
            .fetch_optional(&mut *c)
            .await?;
    let Some((title, starts_at)) = ev else { return Ok(()) };
    let d = Draft::new(K::PollScheduled, Some(actor), Some(gid), T::Event)
        .id(event_id)
        .text(&title)
        .until(Some(starts_at));
    ndb::notify(c, users, &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

pub async fn join_requested(
    c: &mut Conn,
    gid: i64,
    request_id: i64,
    actor: i64,
    message: &str,
    now: i64,
) -> R<()> {
    let mods = ndb::group_members(c, gid, true).await?;
    let d =
        Draft::new(K::NewJoinRequest, Some(actor), Some(gid), T::JoinRequest).id(request_id).text(message);
    ndb::notify(c, &mods, &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

pub async fn join_decided(
    c: &mut Conn,
    gid: i64,
    user: i64,
    username: &str,
    approved: bool,
    actor: i64,
    now: i64,
) -> R<()> {
    let kind = if approved { K::JoinApproved } else { K::JoinDenied };
    let mut d = Draft::new(kind, Some(actor), Some(gid), T::Member);
    d.target_username = Some(username.to_string());
    ndb::notify(c, &[user], &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

pub async fn role_changed(
    c: &mut Conn,
    gid: i64,
    user: i64,
    username: &str,
    role: Role,
    actor: i64,
    now: i64,
) -> R<()> {
    let mut d = Draft::new(K::RoleChanged, Some(actor), Some(gid), T::Member);
    d.target_username = Some(username.to_string());
    d.role = Some(role);
    ndb::notify(c, &[user], &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

#[allow(clippy::too_many_arguments)]
pub async fn sanctioned(
    c: &mut Conn,
    gid: i64,
    user: i64,
    username: &str,
    kind: SanctionKind,
    until: Option<i64>,
    reason: &str,
    actor: i64,
    now: i64,
) -> R<()> {
    let mut d = Draft::new(K::Sanctioned, Some(actor), Some(gid), T::Member).text(reason).until(until);
    d.target_username = Some(username.to_string());
    d.sanction = Some(kind);
    ndb::notify(c, &[user], &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

pub async fn report_filed(c: &mut Conn, gid: i64, item_id: i64, actor: i64, reason: &str, now: i64) -> R<()> {
    let mods = ndb::group_members(c, gid, true).await?;
    let d = Draft::new(K::NewReport, Some(actor), Some(gid), T::Report).id(item_id).text(reason);
    ndb::notify(c, &mods, &d, NewPostRule::AllOnly, now).await.map(|_| ())
}

/// Writes the reminders that are due: 24 hours before (unless the event is within the hour
/// already) and 1 hour before, for going and maybe. Runs from the scheduler; the dedupe key
/// makes each reminder exist once per member and event, whatever restarts or servers run it.
pub async fn due_reminders(c: &mut Conn, now: i64) -> R<usize> {
    let mut n = 0;
    for (tag, from, to) in [("r1", 0, 3600), ("r24", 3600, 24 * 3600)] {
        let rows = ndb::due_reminders(c, now + from, to - from, tag).await?;
        for (eid, gid, title, starts_at, uid) in rows {
            let mut d = Draft::new(K::EventReminder, None, Some(gid), T::Event)
                .id(eid)
                .text(&title)
                .until(Some(starts_at));
            d.dedupe = Some(format!("{tag}:{eid}"));
            n += ndb::notify(c, &[uid], &d, NewPostRule::AllOnly, now).await?.len();
        }
    }
    Ok(n)
}
