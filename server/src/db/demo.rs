//! The demo seed's writes: whole tables in batches, with the ids the seed chose, and the
//! flags it sets without the version bump a moderator's change carries.

use kith_api::{ModLogKind, Role, RsvpStatus};

use super::content::PostFlag;
use super::{Conn, join_list};

pub struct UserSeed {
    pub id: i64,
    pub username: String,
    pub display_name: String,
    pub interests: Vec<String>,
    pub created_at: i64,
}

pub struct GroupSeed<'a> {
    pub id: i64,
    pub slug: &'a str,
    pub name: &'a str,
    pub purpose: &'a str,
    pub guidelines: &'a str,
    pub topics: &'a [&'a str],
    pub region: &'a str,
    pub visibility: &'a str,
    pub archived: bool,
    pub member_count: i64,
    pub created_by: i64,
    pub created_at: i64,
}

pub struct MemberSeed {
    pub user_id: i64,
    pub role: Role,
    pub joined_at: i64,
}

pub struct PostSeed {
    pub id: i64,
    pub group_id: i64,
    pub author_id: i64,
    pub title: String,
    pub body: String,
    pub created_at: i64,
    pub comment_count: i64,
    pub reaction_count: i64,
}

pub struct CommentSeed {
    pub id: i64,
    pub post_id: i64,
    pub group_id: i64,
    pub parent_id: Option<i64>,
    pub depth: i64,
    pub author_id: i64,
    pub body: &'static str,
    pub created_at: i64,
}

/// A reaction to a post or (in `comment_reactions`) a comment.
pub struct ReactionSeed {
    pub target_id: i64,
    pub user_id: i64,
    pub kind: &'static str,
    pub group_id: i64,
    pub created_at: i64,
}

pub struct EventSeed {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub all_day: bool,
    pub time_zone: &'static str,
    pub location: Option<String>,
    pub online_url: Option<String>,
    pub capacity: Option<i64>,
    pub cancelled: bool,
    pub created_by: i64,
    pub created_at: i64,
}

pub struct RsvpSeed {
    pub event_id: i64,
    pub user_id: i64,
    pub group_id: i64,
    pub status: RsvpStatus,
    pub responded_at: i64,
    pub waitlist_seq: Option<i64>,
}

/// A report item; `resolution` is (action, reason, moderator, when) once resolved.
pub struct ReportItemSeed<'a> {
    pub id: i64,
    pub group_id: i64,
    pub target_kind: &'a str,
    pub target_id: i64,
    pub report_count: i64,
    pub first_reported_at: i64,
    pub last_reported_at: i64,
    pub resolution: Option<(&'a str, &'a str, i64, i64)>,
}

pub struct LogSeed {
    pub group_id: i64,
    pub actor_id: i64,
    pub kind: ModLogKind,
    pub target_kind: String,
    pub target_id: String,
    pub label: String,
    pub reason: String,
    pub created_at: i64,
}

#[derive(Clone, Copy)]
enum V<'a> {
    I(i64),
    O(Option<i64>),
    T(&'a str),
    OT(Option<&'a str>),
}

/// Inserts rows in batches of multi-row VALUES (portable SQL).
async fn insert_many(
    c: &mut Conn,
    table: &str,
    cols: &[&str],
    rows: &[Vec<V<'_>>],
) -> Result<(), sqlx::Error> {
    let per = (900 / cols.len()).max(1);
    for chunk in rows.chunks(per) {
        let one = format!("({})", vec!["?"; cols.len()].join(", "));
        let sql =
            format!("INSERT INTO {table} ({}) VALUES {}", cols.join(", "), vec![one; chunk.len()].join(", "));
        let sql = crate::db::sql(&sql);
        let mut q = sqlx::query(&sql);
        for row in chunk {
            for v in row {
                q = match *v {
                    V::I(i) => q.bind(i),
                    V::O(o) => q.bind(o),
                    V::T(t) => q.bind(t),
                    V::OT(t) => q.bind(t),
                };
            }
        }
        q.execute(&mut *c).await?;
    }
    Ok(())
}

/// Users, all with the same password hash.
pub async fn users(c: &mut Conn, users: &[UserSeed], password_hash: &str) -> Result<(), sqlx::Error> {
    let interests: Vec<String> = users.iter().map(|u| join_list(&u.interests)).collect();
    let rows: Vec<Vec<V>> = users
        .iter()
        .zip(&interests)
        .map(|(u, i)| {
            vec![
                V::I(u.id),
                V::T(&u.username),
                V::T(&u.display_name),
                V::T(password_hash),
                V::T(i),
                V::I(1),
                V::I(u.created_at),
            ]
        })
        .collect();
    let cols = ["id", "username", "display_name", "password_hash", "interests", "version", "created_at"];
    insert_many(c, "users", &cols, &rows).await
}

/// A group and its members.
pub async fn group(c: &mut Conn, g: &GroupSeed<'_>, members: &[MemberSeed]) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO groups (id, slug, name, purpose, guidelines, topics, region, visibility, archived, \
         member_count, created_by, created_at, last_activity_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
    ))
    .bind(g.id)
    .bind(g.slug)
    .bind(g.name)
    .bind(g.purpose)
    .bind(g.guidelines)
    .bind(g.topics.join(","))
    .bind(g.region)
    .bind(g.visibility)
    .bind(g.archived as i64)
    .bind(g.member_count)
    .bind(g.created_by)
    .bind(g.created_at)
    .bind(g.created_at)
    .execute(&mut *c)
    .await?;
    let rows: Vec<Vec<V>> = members
        .iter()
        .map(|m| vec![V::I(g.id), V::I(m.user_id), V::T(m.role.as_str()), V::I(m.joined_at)])
        .collect();
    insert_many(c, "memberships", &["group_id", "user_id", "role", "joined_at"], &rows).await
}

pub async fn posts(c: &mut Conn, posts: &[PostSeed]) -> Result<(), sqlx::Error> {
    let rows: Vec<Vec<V>> = posts
        .iter()
        .map(|p| {
            vec![
                V::I(p.id),
                V::I(p.group_id),
                V::I(p.author_id),
                V::T(&p.title),
                V::T(&p.body),
                V::I(p.created_at),
                V::I(p.comment_count),
                V::I(p.reaction_count),
            ]
        })
        .collect();
    let cols =
        ["id", "group_id", "author_id", "title", "body", "created_at", "comment_count", "reaction_count"];
    insert_many(c, "posts", &cols, &rows).await
}

pub async fn comments(c: &mut Conn, comments: &[CommentSeed]) -> Result<(), sqlx::Error> {
    let rows: Vec<Vec<V>> = comments
        .iter()
        .map(|x| {
            vec![
                V::I(x.id),
                V::I(x.post_id),
                V::I(x.group_id),
                V::O(x.parent_id),
                V::I(x.depth),
                V::I(x.author_id),
                V::T(x.body),
                V::I(x.created_at),
            ]
        })
        .collect();
    let cols = ["id", "post_id", "group_id", "parent_id", "depth", "author_id", "body", "created_at"];
    insert_many(c, "comments", &cols, &rows).await
}

/// Reactions to posts, or to comments when `comment`.
pub async fn reactions(c: &mut Conn, comment: bool, reactions: &[ReactionSeed]) -> Result<(), sqlx::Error> {
    let (table, col) =
        if comment { ("comment_reactions", "comment_id") } else { ("post_reactions", "post_id") };
    let rows: Vec<Vec<V>> = reactions
        .iter()
        .map(|r| vec![V::I(r.target_id), V::I(r.user_id), V::T(r.kind), V::I(r.group_id), V::I(r.created_at)])
        .collect();
    insert_many(c, table, &[col, "user_id", "kind", "group_id", "created_at"], &rows).await
}

pub async fn events(c: &mut Conn, events: &[EventSeed]) -> Result<(), sqlx::Error> {
    let rows: Vec<Vec<V>> = events
        .iter()
        .map(|e| {
            vec![
                V::I(e.id),
                V::I(e.group_id),
                V::T(&e.title),
                V::T(&e.description),
                V::I(e.starts_at),
                V::I(e.ends_at),
                V::I(e.all_day as i64),
                V::T(e.time_zone),
                V::OT(e.location.as_deref()),
                V::OT(e.online_url.as_deref()),
                V::O(e.capacity),
                V::I(e.cancelled as i64),
                V::I(e.created_by),
                V::I(e.created_at),
            ]
        })
        .collect();
    let cols = [
        "id",
        "group_id",
        "title",
        "description",
        "starts_at",
        "ends_at",
        "all_day",
        "time_zone",
        "location",
        "online_url",
        "capacity",
        "cancelled",
        "created_by",
        "created_at",
    ];
    insert_many(c, "events", &cols, &rows).await
}

pub async fn rsvps(c: &mut Conn, rsvps: &[RsvpSeed]) -> Result<(), sqlx::Error> {
    let rows: Vec<Vec<V>> = rsvps
        .iter()
        .map(|r| {
            vec![
                V::I(r.event_id),
                V::I(r.user_id),
                V::I(r.group_id),
                V::T(r.status.as_str()),
                V::I(r.responded_at),
                V::O(r.waitlist_seq),
            ]
        })
        .collect();
    let cols = ["event_id", "user_id", "group_id", "status", "responded_at", "waitlist_seq"];
    insert_many(c, "rsvps", &cols, &rows).await
}

pub async fn report_item(c: &mut Conn, i: &ReportItemSeed<'_>) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "INSERT INTO report_items (id, group_id, target_kind, target_id, status, report_count, first_reported_at, \
         last_reported_at, resolution_action, resolution_reason, resolved_by, resolved_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
    ))
    .bind(i.id)
    .bind(i.group_id)
    .bind(i.target_kind)
    .bind(i.target_id)
    .bind(if i.resolution.is_none() { "open" } else { "resolved" })
    .bind(i.report_count)
    .bind(i.first_reported_at)
    .bind(i.last_reported_at)
    .bind(i.resolution.map(|r| r.0))
    .bind(i.resolution.map(|r| r.1))
    .bind(i.resolution.map(|r| r.2))
    .bind(i.resolution.map(|r| r.3))
    .execute(c)
    .await?;
    Ok(())
}

/// Sets a flag of a post as it was from the start: no version bump.
pub async fn flag_post(c: &mut Conn, id: i64, flag: PostFlag) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(&format!("UPDATE posts SET {} = 1 WHERE id = ?", flag.column())))
        .bind(id)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn remove_comment(c: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql("UPDATE comments SET removed = 1 WHERE id = ?")).bind(id).execute(c).await?;
    Ok(())
}

pub async fn modlog(c: &mut Conn, log: &[LogSeed]) -> Result<(), sqlx::Error> {
    let rows: Vec<Vec<V>> = log
        .iter()
        .map(|l| {
            vec![
                V::I(l.group_id),
                V::I(l.actor_id),
                V::T(l.kind.as_str()),
                V::T(&l.target_kind),
                V::T(&l.target_id),
                V::T(&l.label),
                V::T(&l.reason),
                V::I(l.created_at),
            ]
        })
        .collect();
    let cols =
        ["group_id", "actor_id", "kind", "target_kind", "target_id", "target_label", "reason", "created_at"];
    insert_many(c, "modlog", &cols, &rows).await
}
