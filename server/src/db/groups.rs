//! Groups, memberships, join requests, bans, resources and the activity aggregates.

use std::collections::{HashMap, HashSet};

use kith_api::{Role, UserRef, Visibility, WeeklyActivity};
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use super::users::role_of;
use super::{Conn, join_list, placeholders, split_list};

#[derive(Clone, Debug)]
pub struct GroupRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub purpose: String,
    pub guidelines: String,
    pub topics: Vec<String>,
    pub region: String,
    pub visibility: Visibility,
    pub archived: bool,
    pub member_count: i64,
    pub created_at: i64,
    pub last_activity_at: i64,
    pub version: i64,
}

#[derive(Clone, Copy, Debug)]
pub struct MemberInfo {
    pub role: Role,
    pub muted_until: Option<i64>,
}

const GROUP_COLS: &str = "id, slug, name, purpose, guidelines, topics, region, visibility, archived, \
    member_count, created_at, last_activity_at, version";

fn group_row(r: &SqliteRow) -> GroupRow {
    GroupRow {
        id: r.get("id"),
        slug: r.get("slug"),
        name: r.get("name"),
        purpose: r.get("purpose"),
        guidelines: r.get("guidelines"),
        topics: split_list(&r.get::<String, _>("topics")),
        region: r.get("region"),
        visibility: Visibility::parse(&r.get::<String, _>("visibility")).unwrap_or_default(),
        archived: r.get::<i64, _>("archived") != 0,
        member_count: r.get("member_count"),
        created_at: r.get("created_at"),
        last_activity_at: r.get("last_activity_at"),
        version: r.get("version"),
    }
}

pub async fn by_slug(c: &mut Conn, slug: &str) -> Result<Option<GroupRow>, sqlx::Error> {
    let r = sqlx::query(&format!("SELECT {GROUP_COLS} FROM groups WHERE slug = ?"))
        .bind(slug)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(group_row))
}

pub async fn by_id(c: &mut Conn, id: i64) -> Result<Option<GroupRow>, sqlx::Error> {
    let r = sqlx::query(&format!("SELECT {GROUP_COLS} FROM groups WHERE id = ?"))
        .bind(id)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(group_row))
}

/// Groups by id, in no particular order.
pub async fn by_ids(c: &mut Conn, ids: &[i64]) -> Result<Vec<GroupRow>, sqlx::Error> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!("SELECT {GROUP_COLS} FROM groups WHERE id IN ({})", placeholders(ids.len()));
    let mut q = sqlx::query(&sql);
    for id in ids {
        q = q.bind(*id);
    }
    Ok(q.fetch_all(c).await?.iter().map(group_row).collect())
}

/// The lowercased keys discovery searches and sorts by: (search text, name, region).
pub fn keys(name: &str, purpose: &str, topics: &[String], region: &str) -> (String, String, String) {
    (
        format!("{} {} {}", name.to_lowercase(), purpose.to_lowercase(), topics.join(" ")),
        name.to_lowercase(),
        region.trim().to_lowercase(),
    )
}

async fn write_keys(c: &mut Conn, g: &GroupRow) -> Result<(), sqlx::Error> {
    let (search, name, region) = keys(&g.name, &g.purpose, &g.topics, &g.region);
    sqlx::query("UPDATE groups SET search_text = ?, name_key = ?, region_key = ? WHERE id = ?")
        .bind(search)
        .bind(name)
        .bind(region)
        .bind(g.id)
        .execute(c)
        .await?;
    Ok(())
}

/// Fills in the discovery keys of groups written before they existed.
pub async fn fill_keys(c: &mut Conn) -> Result<usize, sqlx::Error> {
    let rows = sqlx::query(&format!("SELECT {GROUP_COLS} FROM groups WHERE search_text IS NULL"))
        .fetch_all(&mut *c)
        .await?;
    for r in &rows {
        write_keys(c, &group_row(r)).await?;
    }
    Ok(rows.len())
}

/// How discovery orders groups; the sort key and id of the last item continue a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiscoverOrder {
    Active,
    New,
    Members,
    Name,
    /// Most shared interests, then most recently active.
    Recommended,
}

/// Where a discovery page continues: the last item's keys.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiscoverAfter {
    Number(i64, i64),
    Text(String, i64),
    Scored(i64, i64, i64),
}

/// A discovery query: every filter runs in SQL, and only one page is read.
#[derive(Clone, Debug, Default)]
pub struct Discovery {
    pub viewer: Option<i64>,
    pub words: Vec<String>,
    pub topic: Option<String>,
    pub region: Option<String>,
    pub visibility: Option<Visibility>,
    pub members: Option<(i64, i64)>,
    /// Last activity at or after (`Ok`) or before (`Err`) this time.
    pub active_since: Option<Result<i64, i64>>,
    /// For recommendations: the viewer's interests.
    pub interests: Vec<String>,
    pub order: Option<DiscoverOrder>,
    pub after: Option<DiscoverAfter>,
    pub limit: i64,
}

/// Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`.
fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// One page of discovery: groups with their recommendation score (0 unless recommended).
pub async fn discover(c: &mut Conn, d: &Discovery) -> Result<Vec<(GroupRow, i64)>, sqlx::Error> {
    enum Arg {
        I(i64),
        S(String),
    }
    let mut args: Vec<Arg> = Vec::new();
    let has_topic = "(',' || g.topics || ',') LIKE ? ESCAPE '\\'";
    let mut score = String::from("0");
    for i in &d.interests {
        score.push_str(&format!(" + CASE WHEN {has_topic} THEN 1 ELSE 0 END"));
        args.push(Arg::S(format!("%,{},%", like_escape(i))));
    }
    let order = d.order.unwrap_or(DiscoverOrder::Active);
    let (key, text_key) = match order {
        DiscoverOrder::Active | DiscoverOrder::Recommended => ("g.last_activity_at", false),
        DiscoverOrder::New => ("g.created_at", false),
        DiscoverOrder::Members => ("g.member_count", false),
        DiscoverOrder::Name => ("g.name_key", true),
    };
    let cols = GROUP_COLS.split(", ").map(|c| format!("g.{c}")).collect::<Vec<_>>().join(", ");
    let mut sql = format!(
        "SELECT * FROM (SELECT {cols}, ({score}) AS score, {key} AS sort_key FROM groups g \
         WHERE g.archived = 0"
    );
    let viewer = d.viewer.unwrap_or(0);
    sql.push_str(
        " AND (g.visibility <> 'unlisted' OR g.id IN (SELECT group_id FROM memberships WHERE user_id = ?))",
    );
    args.push(Arg::I(viewer));
    if order == DiscoverOrder::Recommended {
        sql.push_str(" AND g.id NOT IN (SELECT group_id FROM memberships WHERE user_id = ?)");
        args.push(Arg::I(viewer));
    }
    if let Some(t) = &d.topic {
        sql.push_str(&format!(" AND {has_topic}"));
        args.push(Arg::S(format!("%,{},%", like_escape(t))));
    }
    if let Some(r) = &d.region {
        sql.push_str(" AND g.region_key = ?");
        args.push(Arg::S(r.clone()));
    }
    if let Some(v) = d.visibility {
        sql.push_str(" AND g.visibility = ?");
        args.push(Arg::S(v.as_str().to_string()));
    }
    if let Some((lo, hi)) = d.members {
        sql.push_str(" AND g.member_count >= ? AND g.member_count <= ?");
        args.push(Arg::I(lo));
        args.push(Arg::I(hi));
    }
    match d.active_since {
        Some(Ok(t)) => {
            sql.push_str(" AND g.last_activity_at >= ?");
            args.push(Arg::I(t));
        }
        Some(Err(t)) => {
            sql.push_str(" AND g.last_activity_at < ?");
            args.push(Arg::I(t));
        }
        None => {}
    }
    for w in &d.words {
        sql.push_str(" AND g.search_text LIKE ? ESCAPE '\\'");
        args.push(Arg::S(format!("%{}%", like_escape(w))));
    }
    sql.push_str(") x");
    let mut clauses = Vec::new();
    if order == DiscoverOrder::Recommended {
        clauses.push("x.score > 0".to_string());
    }
    match &d.after {
        Some(DiscoverAfter::Scored(sc, la, id)) if order == DiscoverOrder::Recommended => {
            clauses.push(
                "(x.score < ? OR (x.score = ? AND (x.sort_key < ? OR (x.sort_key = ? AND x.id > ?))))".into(),
            );
            args.extend([Arg::I(*sc), Arg::I(*sc), Arg::I(*la), Arg::I(*la), Arg::I(*id)]);
        }
        Some(DiscoverAfter::Text(k, id)) if text_key => {
            clauses.push("(x.sort_key > ? OR (x.sort_key = ? AND x.id > ?))".into());
            args.extend([Arg::S(k.clone()), Arg::S(k.clone()), Arg::I(*id)]);
        }
        Some(DiscoverAfter::Number(k, id)) if !text_key && order != DiscoverOrder::Recommended => {
            clauses.push("(x.sort_key < ? OR (x.sort_key = ? AND x.id > ?))".into());
            args.extend([Arg::I(*k), Arg::I(*k), Arg::I(*id)]);
        }
        _ => {}
    }
    if !clauses.is_empty() {
        sql.push_str(" WHERE ");
        sql.push_str(&clauses.join(" AND "));
    }
    sql.push_str(match order {
        DiscoverOrder::Recommended => " ORDER BY x.score DESC, x.sort_key DESC, x.id",
        DiscoverOrder::Name => " ORDER BY x.sort_key, x.id",
        _ => " ORDER BY x.sort_key DESC, x.id",
    });
    sql.push_str(" LIMIT ?");
    args.push(Arg::I(d.limit));
    let mut q = sqlx::query(&sql);
    for a in args {
        q = match a {
            Arg::I(v) => q.bind(v),
            Arg::S(v) => q.bind(v),
        };
    }
    let rows = q.fetch_all(c).await?;
    Ok(rows.iter().map(|r| (group_row(r), r.get::<i64, _>("score"))).collect())
}

pub async fn slug_taken(c: &mut Conn, slug: &str) -> Result<bool, sqlx::Error> {
    let r: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM groups WHERE slug = ?").bind(slug).fetch_optional(c).await?;
    Ok(r.is_some())
}

#[allow(clippy::too_many_arguments)]
pub async fn insert(
    c: &mut Conn,
    slug: &str,
    name: &str,
    purpose: &str,
    guidelines: &str,
    topics: &[String],
    region: &str,
    visibility: Visibility,
    owner: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO groups (slug, name, purpose, guidelines, topics, region, visibility, archived, \
         member_count, created_by, created_at, last_activity_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 1)",
    )
    .bind(slug)
    .bind(name)
    .bind(purpose)
    .bind(guidelines)
    .bind(join_list(topics))
    .bind(region)
    .bind(visibility.as_str())
    .bind(owner)
    .bind(now)
    .bind(now)
    .execute(&mut *c)
    .await?;
    let gid = r.last_insert_rowid();
    let (search, name_key, region_key) = keys(name, purpose, topics, region);
    sqlx::query("UPDATE groups SET search_text = ?, name_key = ?, region_key = ? WHERE id = ?")
        .bind(search)
        .bind(name_key)
        .bind(region_key)
        .bind(gid)
        .execute(&mut *c)
        .await?;
    add_member(c, gid, owner, Role::Owner, now).await?;
    Ok(gid)
}

/// Writes every field of the row back and bumps the version.
pub async fn update(c: &mut Conn, g: &GroupRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE groups SET name = ?, purpose = ?, guidelines = ?, topics = ?, region = ?, \
         visibility = ?, archived = ?, version = version + 1 WHERE id = ?",
    )
    .bind(&g.name)
    .bind(&g.purpose)
    .bind(&g.guidelines)
    .bind(join_list(&g.topics))
    .bind(&g.region)
    .bind(g.visibility.as_str())
    .bind(g.archived as i64)
    .bind(g.id)
    .execute(&mut *c)
    .await?;
    write_keys(c, g).await
}

pub async fn touch_activity(c: &mut Conn, gid: i64, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE groups SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?")
        .bind(at)
        .bind(gid)
        .bind(at)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn membership(c: &mut Conn, gid: i64, uid: i64) -> Result<Option<MemberInfo>, sqlx::Error> {
    let r: Option<(String, Option<i64>)> =
        sqlx::query_as("SELECT role, muted_until FROM memberships WHERE group_id = ? AND user_id = ?")
            .bind(gid)
            .bind(uid)
            .fetch_optional(c)
            .await?;
    Ok(r.map(|(role, muted_until)| MemberInfo { role: role_of(&role), muted_until }))
}

/// Every membership of a user, by group id.
pub async fn memberships_of(c: &mut Conn, uid: i64) -> Result<HashMap<i64, MemberInfo>, sqlx::Error> {
    let rows: Vec<(i64, String, Option<i64>)> =
        sqlx::query_as("SELECT group_id, role, muted_until FROM memberships WHERE user_id = ?")
            .bind(uid)
            .fetch_all(c)
            .await?;
    Ok(rows.into_iter().map(|(g, r, m)| (g, MemberInfo { role: role_of(&r), muted_until: m })).collect())
}

pub async fn pending_of(c: &mut Conn, uid: i64) -> Result<HashSet<i64>, sqlx::Error> {
    let rows: Vec<(i64,)> =
        sqlx::query_as("SELECT group_id FROM join_requests WHERE user_id = ?").bind(uid).fetch_all(c).await?;
    Ok(rows.into_iter().map(|(g,)| g).collect())
}

pub async fn add_member(c: &mut Conn, gid: i64, uid: i64, role: Role, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO memberships (group_id, user_id, role, joined_at, muted_until) VALUES (?, ?, ?, ?, NULL)",
    )
    .bind(gid)
    .bind(uid)
    .bind(role.as_str())
    .bind(now)
    .execute(&mut *c)
    .await?;
    sqlx::query("UPDATE groups SET member_count = member_count + 1 WHERE id = ?")
        .bind(gid)
        .execute(&mut *c)
        .await?;
    Ok(())
}

pub async fn remove_member(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM memberships WHERE group_id = ? AND user_id = ?")
        .bind(gid)
        .bind(uid)
        .execute(&mut *c)
        .await?;
    if r.rows_affected() > 0 {
        sqlx::query("UPDATE groups SET member_count = member_count - 1 WHERE id = ?")
            .bind(gid)
            .execute(&mut *c)
            .await?;
    }
    Ok(r.rows_affected() > 0)
}

pub async fn set_role(c: &mut Conn, gid: i64, uid: i64, role: Role) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE memberships SET role = ? WHERE group_id = ? AND user_id = ?")
        .bind(role.as_str())
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn set_mute(c: &mut Conn, gid: i64, uid: i64, until: Option<i64>) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE memberships SET muted_until = ? WHERE group_id = ? AND user_id = ?")
        .bind(until)
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn owner_count(c: &mut Conn, gid: i64) -> Result<i64, sqlx::Error> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM memberships WHERE group_id = ? AND role = 'owner'")
            .bind(gid)
            .fetch_one(c)
            .await?;
    Ok(n)
}

/// The end of an active ban (`Some(None)`: until lifted), or `None` when not banned.
pub async fn active_ban(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    now: i64,
) -> Result<Option<Option<i64>>, sqlx::Error> {
    let r: Option<(Option<i64>,)> = sqlx::query_as(
        "SELECT until_at FROM bans WHERE group_id = ? AND user_id = ? AND (until_at IS NULL OR until_at > ?)",
    )
    .bind(gid)
    .bind(uid)
    .bind(now)
    .fetch_optional(c)
    .await?;
    Ok(r.map(|(u,)| u))
}

pub async fn put_ban(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    until: Option<i64>,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM bans WHERE group_id = ? AND user_id = ?")
        .bind(gid)
        .bind(uid)
        .execute(&mut *c)
        .await?;
    sqlx::query(
        "INSERT INTO bans (group_id, user_id, until_at, reason, banned_by, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    )
    .bind(gid)
    .bind(uid)
    .bind(until)
    .bind(reason)
    .bind(by)
    .bind(now)
    .execute(&mut *c)
    .await?;
    sqlx::query("DELETE FROM join_requests WHERE group_id = ? AND user_id = ?")
        .bind(gid)
        .bind(uid)
        .execute(&mut *c)
        .await?;
    remove_member(&mut *c, gid, uid).await?;
    super::events::release_member(c, gid, uid, now).await?;
    Ok(())
}

pub async fn lift_ban(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM bans WHERE group_id = ? AND user_id = ?")
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(r.rows_affected() > 0)
}

pub struct BanRow {
    pub user: UserRef,
    pub until: Option<i64>,
    pub reason: String,
    pub by: UserRef,
    pub created_at: i64,
}

/// Active bans, newest first, after (created_at, user id).
pub async fn bans(
    c: &mut Conn,
    gid: i64,
    now: i64,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<BanRow>, sqlx::Error> {
    let (ac, ai) = after.unwrap_or((i64::MAX, i64::MAX));
    let rows = sqlx::query(
        "SELECT b.until_at, b.reason, b.created_at, u.id AS uid, u.username AS uname, \
         u.display_name AS udisp, m.id AS mid, m.username AS mname, m.display_name AS mdisp \
         FROM bans b JOIN users u ON u.id = b.user_id JOIN users m ON m.id = b.banned_by \
         WHERE b.group_id = ? AND (b.until_at IS NULL OR b.until_at > ?) \
         AND (b.created_at < ? OR (b.created_at = ? AND b.user_id < ?)) \
         ORDER BY b.created_at DESC, b.user_id DESC LIMIT ?",
    )
    .bind(gid)
    .bind(now)
    .bind(ac)
    .bind(ac)
    .bind(ai)
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows
        .iter()
        .map(|r| BanRow {
            user: UserRef { id: r.get("uid"), username: r.get("uname"), display_name: r.get("udisp") },
            until: r.get("until_at"),
            reason: r.get("reason"),
            by: UserRef { id: r.get("mid"), username: r.get("mname"), display_name: r.get("mdisp") },
            created_at: r.get("created_at"),
        })
        .collect())
}

pub struct MemberRow {
    pub user: UserRef,
    pub role: Role,
    pub joined_at: i64,
    pub muted_until: Option<i64>,
}

/// Members ordered by role (owners first), then username; after (role rank, username).
pub async fn members(
    c: &mut Conn,
    gid: i64,
    role: Option<Role>,
    q: Option<&str>,
    after: Option<(i64, String)>,
    limit: i64,
) -> Result<Vec<(i64, MemberRow)>, sqlx::Error> {
    let rank = "CASE m.role WHEN 'owner' THEN 0 WHEN 'moderator' THEN 1 ELSE 2 END";
    let mut sql = format!(
        "SELECT {rank} AS rank, u.id, u.username, u.display_name, m.role, m.joined_at, m.muted_until \
         FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.group_id = ?"
    );
    if role.is_some() {
        sql.push_str(" AND m.role = ?");
    }
    if q.is_some() {
        sql.push_str(" AND (LOWER(u.username) LIKE ? OR LOWER(u.display_name) LIKE ?)");
    }
    if after.is_some() {
        sql.push_str(&format!(" AND ({rank} > ? OR ({rank} = ? AND u.username > ?))"));
    }
    sql.push_str(" ORDER BY rank, u.username LIMIT ?");
    let mut query = sqlx::query(&sql).bind(gid);
    if let Some(r) = role {
        query = query.bind(r.as_str());
    }
    if let Some(q) = q {
        let pat = format!("%{}%", q.to_lowercase());
        query = query.bind(pat.clone()).bind(pat);
    }
    if let Some((r, u)) = &after {
        query = query.bind(*r).bind(*r).bind(u.clone());
    }
    let rows = query.bind(limit).fetch_all(c).await?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.get::<i64, _>("rank"),
                MemberRow {
                    user: UserRef {
                        id: r.get("id"),
                        username: r.get("username"),
                        display_name: r.get("display_name"),
                    },
                    role: role_of(&r.get::<String, _>("role")),
                    joined_at: r.get("joined_at"),
                    muted_until: r.get("muted_until"),
                },
            )
        })
        .collect())
}

pub struct JoinRequestRow {
    pub id: i64,
    pub user: UserRef,
    pub message: String,
    pub created_at: i64,
}

pub async fn join_requests(
    c: &mut Conn,
    gid: i64,
    after: Option<i64>,
    limit: i64,
) -> Result<Vec<JoinRequestRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT j.id, j.message, j.created_at, u.id AS uid, u.username, u.display_name \
         FROM join_requests j JOIN users u ON u.id = j.user_id \
         WHERE j.group_id = ? AND j.id > ? ORDER BY j.id LIMIT ?",
    )
    .bind(gid)
    .bind(after.unwrap_or(0))
    .bind(limit)
    .fetch_all(c)
    .await?;
    Ok(rows
        .iter()
        .map(|r| JoinRequestRow {
            id: r.get("id"),
            user: UserRef {
                id: r.get("uid"),
                username: r.get("username"),
                display_name: r.get("display_name"),
            },
            message: r.get("message"),
            created_at: r.get("created_at"),
        })
        .collect())
}

/// (request id, user id) of a pending request in a group.
pub async fn join_request(c: &mut Conn, gid: i64, id: i64) -> Result<Option<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT id, user_id FROM join_requests WHERE group_id = ? AND id = ?")
        .bind(gid)
        .bind(id)
        .fetch_optional(c)
        .await
}

pub async fn has_request(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r: Option<(i64,)> = sqlx::query_as("SELECT id FROM join_requests WHERE group_id = ? AND user_id = ?")
        .bind(gid)
        .bind(uid)
        .fetch_optional(c)
        .await?;
    Ok(r.is_some())
}

pub async fn add_request(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    message: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO join_requests (group_id, user_id, message, created_at) VALUES (?, ?, ?, ?)")
        .bind(gid)
        .bind(uid)
        .bind(message)
        .bind(now)
        .execute(c)
        .await?;
    Ok(())
}

pub async fn delete_request(c: &mut Conn, gid: i64, uid: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("DELETE FROM join_requests WHERE group_id = ? AND user_id = ?")
        .bind(gid)
        .bind(uid)
        .execute(c)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// Weekly activity of the given groups (all groups when `gids` is empty is not supported:
/// pass the ids).
pub async fn activity(
    c: &mut Conn,
    gids: &[i64],
    now: i64,
) -> Result<HashMap<i64, WeeklyActivity>, sqlx::Error> {
    let mut out: HashMap<i64, WeeklyActivity> =
        gids.iter().map(|g| (*g, WeeklyActivity::default())).collect();
    if gids.is_empty() {
        return Ok(out);
    }
    let week = now - 7 * 86_400;
    let ph = placeholders(gids.len());
    let count = |table: &str| {
        format!(
            "SELECT group_id, COUNT(*) FROM {table} WHERE created_at >= ? AND group_id IN ({ph}) GROUP BY group_id"
        )
    };
    for (i, table) in ["posts", "comments"].iter().enumerate() {
        let sql = count(table);
        let mut q = sqlx::query_as::<_, (i64, i64)>(&sql).bind(week);
        for g in gids {
            q = q.bind(*g);
        }
        for (g, n) in q.fetch_all(&mut *c).await? {
            if let Some(a) = out.get_mut(&g) {
                if i == 0 {
                    a.posts = n as u32;
                } else {
                    a.comments = n as u32;
                }
            }
        }
    }
    let sql = format!(
        "SELECT group_id, COUNT(*) FROM events WHERE starts_at >= ? AND starts_at < ? AND cancelled = 0 \
         AND group_id IN ({ph}) GROUP BY group_id"
    );
    let mut q = sqlx::query_as::<_, (i64, i64)>(&sql).bind(now).bind(now + 30 * 86_400);
    for g in gids {
        q = q.bind(*g);
    }
    for (g, n) in q.fetch_all(&mut *c).await? {
        if let Some(a) = out.get_mut(&g) {
            a.upcoming_events = n as u32;
        }
    }
    let sql = format!(
        "SELECT group_id, COUNT(DISTINCT user_id) FROM ( \
           SELECT group_id, author_id AS user_id FROM posts WHERE created_at >= ? \
           UNION ALL SELECT group_id, author_id FROM comments WHERE created_at >= ? \
           UNION ALL SELECT group_id, user_id FROM post_reactions WHERE created_at >= ? \
           UNION ALL SELECT group_id, user_id FROM comment_reactions WHERE created_at >= ? \
           UNION ALL SELECT group_id, user_id FROM rsvps WHERE responded_at >= ? \
         ) a WHERE group_id IN ({ph}) GROUP BY group_id"
    );
    let mut q = sqlx::query_as::<_, (i64, i64)>(&sql);
    for _ in 0..5 {
        q = q.bind(week);
    }
    for g in gids {
        q = q.bind(*g);
    }
    for (g, n) in q.fetch_all(&mut *c).await? {
        if let Some(a) = out.get_mut(&g) {
            a.active_members = n as u32;
        }
    }
    Ok(out)
}

// ---- resources ------------------------------------------------------------------------------

pub struct ResourceRow {
    pub id: i64,
    pub group_id: i64,
    pub title: String,
    pub url: String,
    pub description: String,
    pub tags: Vec<String>,
    pub added_by: UserRef,
    pub created_at: i64,
    pub version: i64,
}

fn resource_row(r: &SqliteRow) -> ResourceRow {
    ResourceRow {
        id: r.get("id"),
        group_id: r.get("group_id"),
        title: r.get("title"),
        url: r.get("url"),
        description: r.get("description"),
        tags: split_list(&r.get::<String, _>("tags")),
        added_by: UserRef {
            id: r.get("uid"),
            username: r.get("username"),
            display_name: r.get("display_name"),
        },
        created_at: r.get("created_at"),
        version: r.get("version"),
    }
}

const RES_SELECT: &str = "SELECT r.id, r.group_id, r.title, r.url, r.description, r.tags, r.created_at, \
    r.version, u.id AS uid, u.username, u.display_name FROM resources r JOIN users u ON u.id = r.added_by";

pub async fn resources(
    c: &mut Conn,
    gid: i64,
    after: Option<i64>,
    limit: i64,
) -> Result<Vec<ResourceRow>, sqlx::Error> {
    let rows = sqlx::query(&format!("{RES_SELECT} WHERE r.group_id = ? AND r.id > ? ORDER BY r.id LIMIT ?"))
        .bind(gid)
        .bind(after.unwrap_or(0))
        .bind(limit)
        .fetch_all(c)
        .await?;
    Ok(rows.iter().map(resource_row).collect())
}

pub async fn resource(c: &mut Conn, id: i64) -> Result<Option<ResourceRow>, sqlx::Error> {
    let r = sqlx::query(&format!("{RES_SELECT} WHERE r.id = ?")).bind(id).fetch_optional(c).await?;
    Ok(r.as_ref().map(resource_row))
}

#[allow(clippy::too_many_arguments)]
pub async fn insert_resource(
    c: &mut Conn,
    gid: i64,
    title: &str,
    url: &str,
    description: &str,
    tags: &[String],
    by: i64,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let r = sqlx::query(
        "INSERT INTO resources (group_id, title, url, description, tags, added_by, created_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
    )
    .bind(gid)
    .bind(title)
    .bind(url)
    .bind(description)
    .bind(join_list(tags))
    .bind(by)
    .bind(now)
    .execute(c)
    .await?;
    Ok(r.last_insert_rowid())
}

pub async fn update_resource(c: &mut Conn, r: &ResourceRow) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE resources SET title = ?, url = ?, description = ?, tags = ?, version = version + 1 WHERE id = ?",
    )
    .bind(&r.title)
    .bind(&r.url)
    .bind(&r.description)
    .bind(join_list(&r.tags))
    .bind(r.id)
    .execute(c)
    .await?;
    Ok(())
}

pub async fn delete_resource(c: &mut Conn, id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM resources WHERE id = ?").bind(id).execute(c).await?;
    Ok(())
}
