//! Groups: rows, discovery (search, filters, recommendations, its keys) and activity.

use std::collections::HashMap;

use kith_api::{Role, Visibility, WeeklyActivity};
use sqlx::Row;
use sqlx::any::AnyRow;

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
    pub members_can_poll: bool,
}

const GROUP_COLS: &str = "id, slug, name, purpose, guidelines, topics, region, visibility, archived, \
    member_count, created_at, last_activity_at, version, members_can_poll";

fn group_row(r: &AnyRow) -> GroupRow {
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
        members_can_poll: r.get::<i64, _>("members_can_poll") != 0,
    }
}

pub async fn by_slug(c: &mut Conn, slug: &str) -> Result<Option<GroupRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("SELECT {GROUP_COLS} FROM groups WHERE slug = ?")))
        .bind(slug)
        .fetch_optional(c)
        .await?;
    Ok(r.as_ref().map(group_row))
}

pub async fn by_id(c: &mut Conn, id: i64) -> Result<Option<GroupRow>, sqlx::Error> {
    let r = sqlx::query(&crate::db::sql(&format!("SELECT {GROUP_COLS} FROM groups WHERE id = ?")))
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
    let sql = crate::db::sql(&sql);
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
        kith_api::text::fold(region),
    )
}

async fn write_keys(c: &mut Conn, g: &GroupRow) -> Result<(), sqlx::Error> {
    let (search, name, region) = keys(&g.name, &g.purpose, &g.topics, &g.region);
    sqlx::query(&crate::db::sql(
        "UPDATE groups SET search_text = ?, name_key = ?, region_key = ? WHERE id = ?",
    ))
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
    let rows =
        sqlx::query(&crate::db::sql(&format!("SELECT {GROUP_COLS} FROM groups WHERE search_text IS NULL")))
            .fetch_all(&mut *c)
            .await?;
    for r in &rows {
        write_keys(c, &group_row(r)).await?;
    }
    Ok(rows.len())
}

/// Regions of listed groups (public and private, not archived) whose folded key starts with
/// `prefix`: each with the spelling most of its groups use and their number.
pub async fn regions(c: &mut Conn, prefix: &str, limit: i64) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let rows = sqlx::query(&crate::db::sql(
        "SELECT region_key, region, COUNT(*) AS n FROM groups \
         WHERE visibility <> 'unlisted' AND archived = 0 AND region_key LIKE ? ESCAPE '\\' \
         GROUP BY region_key, region",
    ))
    .bind(format!("{}%", like_escape(prefix)))
    .fetch_all(c)
    .await?;
    // Per key, the most used spelling (then the first by text); keys by group count.
    let mut by_key: std::collections::BTreeMap<String, (i64, String, i64)> = Default::default();
    for r in &rows {
        let (key, region, n): (String, String, i64) = (r.get("region_key"), r.get("region"), r.get("n"));
        let e = by_key.entry(key).or_insert((0, region.clone(), 0));
        e.0 += n;
        if n > e.2 || (n == e.2 && region < e.1) {
            (e.1, e.2) = (region, n);
        }
    }
    let mut out: Vec<(String, i64)> =
        by_key.into_values().map(|(total, region, _)| (region, total)).collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.truncate(usize::try_from(limit).unwrap_or(20));
    Ok(out)
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
pub fn like_escape(s: &str) -> String {
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
        sql.push_str(" AND g.region_key LIKE ? ESCAPE '\\'");
        args.push(Arg::S(format!("{}%", like_escape(r))));
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
    let sql = crate::db::sql(&sql);
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
    let r: Option<(i64,)> = sqlx::query_as(&crate::db::sql("SELECT id FROM groups WHERE slug = ?"))
        .bind(slug)
        .fetch_optional(c)
        .await?;
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
    let r = sqlx::query_scalar::<_, i64>(&crate::db::sql(
        "INSERT INTO groups (slug, name, purpose, guidelines, topics, region, visibility, archived, \
         member_count, created_by, created_at, last_activity_at, version) \
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 1) RETURNING id",
    ))
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
    .fetch_one(&mut *c)
    .await?;
    let gid = r;
    let (search, name_key, region_key) = keys(name, purpose, topics, region);
    sqlx::query(&crate::db::sql(
        "UPDATE groups SET search_text = ?, name_key = ?, region_key = ? WHERE id = ?",
    ))
    .bind(search)
    .bind(name_key)
    .bind(region_key)
    .bind(gid)
    .execute(&mut *c)
    .await?;
    super::memberships::add_member(c, gid, owner, Role::Owner, now).await?;
    Ok(gid)
}

/// Writes every field of the row back and bumps the version.
pub async fn update(c: &mut Conn, g: &GroupRow) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE groups SET name = ?, purpose = ?, guidelines = ?, topics = ?, region = ?, \
         visibility = ?, archived = ?, members_can_poll = ?, version = version + 1 WHERE id = ?",
    ))
    .bind(&g.name)
    .bind(&g.purpose)
    .bind(&g.guidelines)
    .bind(join_list(&g.topics))
    .bind(&g.region)
    .bind(g.visibility.as_str())
    .bind(g.archived as i64)
    .bind(g.members_can_poll as i64)
    .bind(g.id)
    .execute(&mut *c)
    .await?;
    write_keys(c, g).await
}

pub async fn touch_activity(c: &mut Conn, gid: i64, at: i64) -> Result<(), sqlx::Error> {
    sqlx::query(&crate::db::sql(
        "UPDATE groups SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?",
    ))
    .bind(at)
    .bind(gid)
    .bind(at)
    .execute(c)
    .await?;
    Ok(())
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
        let sql = crate::db::sql(&sql);
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
    let sql = crate::db::sql(&sql);
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
    let sql = crate::db::sql(&sql);
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
