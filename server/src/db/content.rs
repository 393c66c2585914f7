//! Posts, comments and reactions.

use std::collections::HashMap;

use kith_api::{GroupRef, ReactionCount, ReactionKind, UserRef};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, placeholders, user_in};

#[derive(Clone, Debug)]
pub struct PostRow {
    pub id: i64,
    pub group_id: i64,
    pub group: GroupRef,
    pub group_archived: bool,
    pub author: UserRef,
    pub title: String,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub pinned: bool,
    pub locked: bool,
    pub removed: bool,
    pub deleted: bool,
    pub comment_count: i64,
    pub version: i64,
}

const POST_SELECT: &str = "SELECT p.id, p.group_id, g.slug, g.name AS gname, g.archived, \
    u.id AS uid, u.username, u.display_name, p.title, p.body, p.created_at, p.edited_at, \
    p.pinned, p.locked, p.removed, p.deleted, p.comment_count, p.version \
    FROM posts p JOIN groups g ON g.id = p.group_id JOIN users u ON u.id = p.author_id";

fn post_row(r: &AnyRow) -> PostRow {
    PostRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        group: GroupRef { slug: r.get("slug"), name: r.get("gname") },
        group_archived: r.get::<i64, _>("archived") != 0,
        author: user_in(r, "uid"),
        title: r.get("title"),
        body: r.get("body"),
        created_at: r.get("created_at"),
        edited_at: r.get("edited_at"),
        pinned: r.get::<i64, _>("pinned") != 0,
        locked: r.get::<i64, _>("locked") != 0,
        removed: r.get::<i64, _>("removed") != 0,
        deleted: r.get::<i64, _>("deleted") != 0,
        comment_count: r.get("comment_count"),
        version: r.get("version"),
    }
}

pub async fn post(c: &mut Conn, id: i64) -> Result<Option<PostRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("{POST_SELECT} WHERE p.id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(post_row))
}

/// Posts by id, in the order of `ids`.
pub async fn posts_by_ids(c: &mut Conn, ids: &[i64]) -> Result<Vec<PostRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!("{POST_SELECT} WHERE p.id IN ({})", placeholders(ids.len()));
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    let rows = q.fetch_all(c).await?;
    let mut by: HashMap<i64, PostRow> = rows.iter().map(post_row).map(|p| (p.id, p)).collect();
    Ok(ids.iter().filter_map(|id| by.remove(id)).collect())
}

/// The order of a keyset page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyOrder {
    /// created_at desc, id desc.
    New,
    /// reactions + comments desc, id desc.
    Top,
}

/// Leaves out tombstones nobody needs: a deleted post without comments, and a removed one
/// without comments except in the groups of `mods` (where moderators still see it).
fn tombstones_clause(mods: &[i64]) -> String {
    let removed_hidden = if mods.is_empty() {
        "p.removed = 1".to_string()
    } else {
        format!("(p.removed = 1 AND p.group_id NOT IN ({}))", placeholders(mods.len()))
    };
    format!(" AND NOT (p.comment_count = 0 AND (p.deleted = 1 OR {removed_hidden}))")
}

/// The posts of a feed over `gids`, optionally only pinned or only unpinned ones, without
/// needless tombstones: the condition and its arguments, in order.
fn feed_filter(gids: &[i64], mods: &[i64], pinned: Option<bool>) -> (String, Vec<i64>) {
    let mut sql = if gids.len() == 1 {
        "p.group_id = ?".to_string()
    } else {
        format!("p.group_id IN ({})", placeholders(gids.len()))
    };
    let mut args = gids.to_vec();
    if let Some(p) = pinned {
        sql.push_str(" AND p.pinned = ?");
        args.push(p as i64);
    }
    sql.push_str(&tombstones_clause(mods));
    args.extend_from_slice(mods);
    (sql, args)
}

/// One keyset page of a feed (see [`feed_filter`]) after the (key, id) of the previous
/// page's last post. Returns the posts and their keys.
#[allow(clippy::too_many_arguments)]
pub async fn posts_page(
    c: &mut Conn,
    gids: &[i64],
    mods: &[i64],
    pinned: Option<bool>,
    order: KeyOrder,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<(i64, PostRow)>, sqlx::Error> {
    if gids.is_empty() {
        return Ok(Vec::new());
    }
    let key = match order {
        KeyOrder::New => "p.created_at",
        KeyOrder::Top => "(p.reaction_count + p.comment_count)",
    };
    let (filter, args) = feed_filter(gids, mods, pinned);
    let mut sql = format!(
        "{} WHERE {filter}",
        POST_SELECT.replacen("SELECT ", &format!("SELECT {key} AS sort_key, "), 1)
    );
    if after.is_some() {
        sql.push_str(&format!(" AND ({key} < ? OR ({key} = ? AND p.id < ?))"));
    }
    sql.push_str(&format!(" ORDER BY {key} DESC, p.id DESC LIMIT ?"));
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query(&sql);
    for a in args {
        q = q.bind(a);
    }
    if let Some((k, id)) = after {
        q = q.bind(k).bind(k).bind(id);
    }
    let rows = q.bind(limit).fetch_all(c).await?;
    Ok(rows.iter().map(|r| (r.get::<i64, _>("sort_key"), post_row(r))).collect())
}

/// (id, created_at, reactions, comments) of a feed's posts (see [`feed_filter`]) for ranking
/// by hotness.
pub async fn hot_candidates(
    c: &mut Conn,
    gids: &[i64],
    mods: &[i64],
    pinned: Option<bool>,
) -> Result<Vec<(i64, i64, i64, i64)>, sqlx::Error> {
    if gids.is_empty() {
        return Ok(Vec::new());
    }
    let (filter, args) = feed_filter(gids, mods, pinned);
    let sql =
        format!("SELECT p.id, p.created_at, p.reaction_count, p.comment_count FROM posts p WHERE {filter}");
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query_as(&sql);
    for a in args {
        q = q.bind(a);
    }
    q.fetch_all(c).await
}

pub async fn insert_post(
    c: &mut Conn,
    gid: i64,
    author: i64,
    title: &str,
    body: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO posts (group_id, author_id, title, body, created_at, version) VALUES (?, ?, ?, ?, ?, 1) RETURNING id",
    ))
    .bind(gid)
    .bind(author)
    .bind(title)
    .bind(body)
    .bind(now)
    .fetch_one(&mut *c)
    .await?;
    super::groups::touch_activity(c, gid, now).await?;
    Ok(r)
}

pub async fn edit_post(c: &mut Conn, id: i64, title: &str, body: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE posts SET title = ?, body = ?, edited_at = ?, version = version + 1 WHERE id = ?",
    ))
    .bind(title)
    .bind(body)
    .bind(now)
    .bind(id)
    .execute(c)
    .await?;
    Ok(())
}

/// Flags a post may carry.
#[derive(Clone, Copy, Debug)]
pub enum PostFlag {
    Pinned,
    Locked,
    Removed,
    Deleted,
}

impl PostFlag {
    pub fn column(self) -> &'static str {
        match self {
            PostFlag::Pinned => "pinned",
            PostFlag::Locked => "locked",
            PostFlag::Removed => "removed",
            PostFlag::Deleted => "deleted",
        }
    }
}

pub async fn set_post_flag(c: &mut Conn, id: i64, flag: PostFlag, on: bool) -> Result<(), sqlx::Error> {
    let col = flag.column();
    sqlx::query(&crate::db::sql(&format!("UPDATE posts SET {col} = ?, version = version + 1 WHERE id = ?")))
        .bind(on as i64)
        .bind(id)
        .execute(&mut *c)
        .await?;
    if matches!(flag, PostFlag::Deleted) && on {
        sqlx::query(&crate::db::sql("UPDATE posts SET title = '', body = '' WHERE id = ?"))
            .bind(id)
            .execute(c)
            .await?;
    }
    Ok(())
}

/// Reaction counts of posts (`comment = false`) or comments, with the caller's own.
pub async fn reactions(
    c: &mut Conn,
    comment: bool,
    ids: &[i64],
    me: Option<i64>,
) -> Result<HashMap<i64, Vec<ReactionCount>>, sqlx::Error> {
    let mut out: HashMap<i64, Vec<ReactionCount>> = ids
        .iter()
        .map(|id| {
            (
                *id,
                ReactionKind::ALL.iter().map(|k| ReactionCount { kind: *k, count: 0, mine: false }).collect(),
            )
        })
        .collect();
    if ids.is_empty() {
        return Ok(out);
    }
    let (table, col) =
        if comment { ("comment_reactions", "comment_id") } else { ("post_reactions", "post_id") };
    let sql = format!(
        "SELECT {col}, kind, COUNT(*), SUM(CASE WHEN user_id = ? THEN 1 ELSE 0 END) FROM {table} \
         WHERE {col} IN ({}) GROUP BY {col}, kind",
        placeholders(ids.len())
    );
    let sql = crate::db::sql(&sql);
    let mut q = sqlx::query_as::<_, (i64, String, i64, i64)>(&sql).bind(me.unwrap_or(0));
    for id in ids {
        q = q.bind(*id);
    }
    for (id, kind, n, mine) in q.fetch_all(c).await? {
        if let (Some(list), Some(k)) = (out.get_mut(&id), ReactionKind::parse(&kind))
            && let Some(rc) = list.iter_mut().find(|r| r.kind == k)
        {
            rc.count = n as u32;
            rc.mine = mine > 0;
        }
    }
    Ok(out)
}

/// Toggles a reaction; true when it was added.
pub async fn toggle_reaction(
    c: &mut Conn,
    comment: bool,
    target: i64,
    user: i64,
    kind: ReactionKind,
    gid: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let (table, col) =
        if comment { ("comment_reactions", "comment_id") } else { ("post_reactions", "post_id") };
    let r = sqlx::query(&crate::db::sql(&format!(
        "DELETE FROM {table} WHERE {col} = ? AND user_id = ? AND kind = ?"
    )))
    .bind(target)
    .bind(user)
    .bind(kind.as_str())
    .execute(&mut *c)
    .await?;
    let added = r.rows_affected() == 0;
    if added {
        sqlx::query(&crate::db::sql(&format!(
            "INSERT INTO {table} ({col}, user_id, kind, group_id, created_at) VALUES (?, ?, ?, ?, ?)"
        )))
        .bind(target)
        .bind(user)
        .bind(kind.as_str())
        .bind(gid)
        .bind(now)
        .execute(&mut *c)
        .await?;
    }
    if !comment {
        sqlx::query(&crate::db::sql("UPDATE posts SET reaction_count = reaction_count + ? WHERE id = ?"))
            .bind(if added { 1 } else { -1 })
            .bind(target)
            .execute(c)
            .await?;
    }
    Ok(added)
}

#[derive(Clone, Debug)]
pub struct CommentRow {
    pub id: i64,
    pub post_id: i64,
    pub parent_id: Option<i64>,
    pub depth: i64,
    pub author: UserRef,
    pub body: String,
    pub created_at: i64,
    pub edited_at: Option<i64>,
    pub removed: bool,
    pub deleted: bool,
    pub version: i64,
}

const COMMENT_SELECT: &str = "SELECT c.id, c.post_id, c.parent_id, c.depth, u.id AS uid, \
    u.username, u.display_name, c.body, c.created_at, c.edited_at, c.removed, c.deleted, c.version \
    FROM comments c JOIN users u ON u.id = c.author_id";

fn comment_row(r: &AnyRow) -> CommentRow {
    CommentRow {
        id: r.get("id"),
        post_id: r.get("post_id"),
        parent_id: r.get("parent_id"),
        depth: r.get("depth"),
        author: user_in(r, "uid"),
        body: r.get("body"),
        created_at: r.get("created_at"),
        edited_at: r.get("edited_at"),
        removed: r.get::<i64, _>("removed") != 0,
        deleted: r.get::<i64, _>("deleted") != 0,
        version: r.get("version"),
    }
}

pub async fn comment(c: &mut Conn, id: i64) -> Result<Option<CommentRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("{COMMENT_SELECT} WHERE c.id = ?")))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(comment_row))
}

/// Comments of a post, oldest first, after (created_at, id).
pub async fn comments_page(
    c: &mut Conn,
    post_id: i64,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<CommentRow>, sqlx::Error> {
    let (ac, ai) = after.unwrap_or((i64::MIN, i64::MIN));
    let rows = sqlx::query(&crate::db::sql(&format!(
        "{COMMENT_SELECT} WHERE c.post_id = ? AND (c.created_at > ? OR (c.created_at = ? AND c.id > ?)) \
         ORDER BY c.created_at, c.id LIMIT ?"
    )))
    .bind(post_id)
    .bind(ac)
    .bind(ac)
    .bind(ai)
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows.iter().map(comment_row).collect())
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_comment(
    c: &mut Conn,
    post_id: i64,
    gid: i64,
    parent_id: Option<i64>,
    depth: i64,
    author: i64,
    body: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO comments (post_id, group_id, parent_id, depth, author_id, body, created_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
    ))
    .bind(post_id)
    .bind(gid)
    .bind(parent_id)
    .bind(depth)
    .bind(author)
    .bind(body)
    .bind(now)
    .fetch_one(&mut *c)
    .await?;
    sqlx::query(&crate::db::sql("UPDATE posts SET comment_count = comment_count + 1 WHERE id = ?"))
        .bind(post_id)
        .execute(&mut *c)
        .await?;
    super::groups::touch_activity(c, gid, now).await?;
    Ok(r)
}

pub async fn edit_comment(c: &mut Conn, id: i64, body: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE comments SET body = ?, edited_at = ?, version = version + 1 WHERE id = ?",
    ))
    .bind(body)
    .bind(now)
    .bind(id)
    .execute(c)
    .await?;
    Ok(())
}

/// Sets `removed` or (with `deleted = true`) deletes a comment, emptying its body.
pub async fn set_comment_flag(c: &mut Conn, id: i64, deleted: bool, on: bool) -> Result<(), sqlx::Error> {
    let sql = if deleted {
        "UPDATE comments SET deleted = ?, body = '', version = version + 1 WHERE id = ?"
    } else {
        "UPDATE comments SET removed = ?, version = version + 1 WHERE id = ?"
    };
    sqlx::query(&crate::db::sql(sql)).bind(on as i64).bind(id).execute(c).await?;
    Ok(())
}

/// A post (`comment_id` none) or a comment of a member, for their profile.
#[derive(Clone, Debug)]
pub struct ActivityRow {
    pub post_id: i64,
    pub comment_id: Option<i64>,
    pub group: GroupRef,
    /// The post's title.
    pub title: String,
    pub body: String,
    pub created_at: i64,
}

/// Which groups' content a viewer may see on a profile: public groups, and the viewer's own
/// (none when anonymous: a NULL viewer matches no membership).
const VIEWER_READS: &str = "(g.visibility = 'public' \
    OR EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = g.id AND m.user_id = ?))";

/// The newest `limit` posts and comments of `author` that `viewer` may read (see
/// [`VIEWER_READS`]), newest first, without deleted or removed ones and without comments on
/// deleted or removed posts. Within one second (times have no finer grain) the newer post
/// goes first, and a comment goes before the post it is on.
pub async fn recent_activity(
    c: &mut Conn,
    author: i64,
    viewer: Option<i64>,
    limit: i64,
) -> Result<Vec<ActivityRow>, sqlx::Error> {
    let posts = sqlx::query(&crate::db::sql(&format!(
        "SELECT p.id, p.title, p.body, p.created_at, g.slug, g.name AS gname \
         FROM posts p JOIN groups g ON g.id = p.group_id \
         WHERE p.author_id = ? AND p.deleted = 0 AND p.removed = 0 AND {VIEWER_READS} \
         ORDER BY p.created_at DESC, p.id DESC LIMIT ?"
    )))
    .bind(author)
    .bind(viewer)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?;
    let comments = sqlx::query(&crate::db::sql(&format!(
        "SELECT c.id, c.post_id, p.title, c.body, c.created_at, g.slug, g.name AS gname \
         FROM comments c JOIN posts p ON p.id = c.post_id JOIN groups g ON g.id = c.group_id \
         WHERE c.author_id = ? AND c.deleted = 0 AND c.removed = 0 \
         AND p.deleted = 0 AND p.removed = 0 AND {VIEWER_READS} \
         ORDER BY c.created_at DESC, c.post_id DESC, c.id DESC LIMIT ?"
    )))
    .bind(author)
    .bind(viewer)
    .bind(limit)
    .fetch_all(&mut *c)
    .await?;
    let row = |r: &AnyRow, post_id: i64, comment_id: Option<i64>| ActivityRow {
        post_id,
        comment_id,
        group: GroupRef { slug: r.get("slug"), name: r.get("gname") },
        title: r.get("title"),
        body: r.get("body"),
        created_at: r.get("created_at"),
    };
    let mut out: Vec<ActivityRow> = posts
        .iter()
        .map(|r| row(r, r.get("id"), None))
        .chain(comments.iter().map(|r| row(r, r.get("post_id"), Some(r.get("id")))))
        .collect();
    // A post's `None` sorts below its comments' `Some`: reversed, comments go first.
    out.sort_by_key(|a| std::cmp::Reverse((a.created_at, a.post_id, a.comment_id)));
    out.truncate(usize::try_from(limit).unwrap_or(0));
    Ok(out)
}
