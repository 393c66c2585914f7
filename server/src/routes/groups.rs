//! Groups: discovery (search, filters, recommendations), create, read, patch, archive, and
//! the resources shelf.

use std::collections::{HashMap, HashSet};

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::format_rfc3339;
use kith_api::validate;
use kith_api::{
    ActivityFilter, Group, GroupPatch, GroupSort, ModLogKind, NewGroup, NewShelfItem, Page, Role, ShelfItem,
    ShelfItemPatch, SizeBand, Visibility, WeeklyActivity,
};

use super::{GroupCtx, no_content, path_id, with_etag};
use crate::db::groups::{self as gdb, DiscoverAfter, DiscoverOrder, Discovery, GroupRow};
use crate::db::memberships::{self as msdb, MemberInfo};
use crate::db::resources::{self as rdb, ResourceRow};
use crate::db::{self, moderation as mdb};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::extract::{Auth, Caller, IfMatch, JsonBody, Qs};
use crate::http::limits::Create;

pub fn etag(g: &GroupRow) -> String {
    format!("\"g{}-v{}\"", g.id, g.version)
}

/// The wire form of a group for a caller.
pub fn to_group(
    g: &GroupRow,
    activity: WeeklyActivity,
    member: Option<&MemberInfo>,
    pending: bool,
    now: i64,
) -> Group {
    Group {
        id: g.id,
        slug: g.slug.clone(),
        name: g.name.clone(),
        purpose: g.purpose.clone(),
        guidelines: g.guidelines.clone(),
        topics: g.topics.clone(),
        region: g.region.clone(),
        visibility: g.visibility,
        member_count: g.member_count.max(0) as u32,
        created_at: format_rfc3339(g.created_at),
        last_activity_at: format_rfc3339(g.last_activity_at),
        activity,
        archived: g.archived,
        my_role: member.map(|m| m.role),
        my_request_pending: pending,
        my_muted_until: member.and_then(|m| m.muted_until).filter(|t| *t > now).map(format_rfc3339),
        my_notification_level: member.map(|m| m.level),
        members_can_poll: g.members_can_poll,
        recommendation_reason: None,
        etag: etag(g),
    }
}

/// One group for the caller, freshly read.
pub async fn group_for(c: &mut db::Conn, gid: i64, uid: Option<i64>) -> ApiResult<Group> {
    let now = db::now();
    let ctx = GroupCtx::load_id(&mut *c, gid, uid).await?;
    let act = gdb::activity(&mut *c, &[gid], now).await?;
    let pending = match uid {
        Some(u) if ctx.member.is_none() => msdb::has_request(&mut *c, gid, u).await?,
        _ => false,
    };
    Ok(to_group(&ctx.g, act.get(&gid).cloned().unwrap_or_default(), ctx.member.as_ref(), pending, now))
}

/// "hiking and cycling", "a, b and c".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// `GET /regions`: suggestions for discovery's region filter.
pub async fn regions(State(st): State<AppState>, qs: Qs) -> ApiResult<Response> {
    let prefix = qs.text("prefix")?.map(|p| kith_api::text::fold(&p)).unwrap_or_default();
    let mut c = st.db.pool.acquire().await?;
    let rows = gdb::regions(&mut c, &prefix, 20).await?;
    let items = rows
        .into_iter()
        .map(|(region, n)| kith_api::RegionCount { region, groups: u32::try_from(n).unwrap_or(u32::MAX) })
        .collect();
    Ok(axum::Json(kith_api::RegionList { items }).into_response())
}

pub async fn list(State(st): State<AppState>, caller: Caller, qs: Qs) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let topic = qs.text("topic")?;
    // A prefix of the region, without regard to case or accents ("mun" finds München).
    let region = qs.text("region")?.map(|r| kith_api::text::fold(&r)).filter(|r| !r.is_empty());
    let q = qs.text("q")?.map(|s| s.to_lowercase());
    let vis = qs.enumeration("visibility", Visibility::parse, &["public", "private", "unlisted"])?;
    let size = qs.enumeration("size", SizeBand::parse, &["small", "medium", "large"])?;
    let activity = qs.enumeration("activity", ActivityFilter::parse, &["week", "month", "quiet"])?;
    let sort =
        qs.enumeration("sort", GroupSort::parse, &["active", "new", "members", "name"])?.unwrap_or_default();
    let recommended = qs.boolean("recommended")?.unwrap_or(false);
    if let Some(t) = &topic
        && !validate::TOPICS.contains(&t.as_str())
    {
        return Err(ApiError::invalid_query("/query/topic", format!("{t:?} is not a known topic.")));
    }
    if recommended && caller.id().is_none() {
        return Err(ApiError::unauthorized());
    }
    let order = if recommended {
        DiscoverOrder::Recommended
    } else {
        match sort {
            GroupSort::Active => DiscoverOrder::Active,
            GroupSort::New => DiscoverOrder::New,
            GroupSort::Members => DiscoverOrder::Members,
            GroupSort::Name => DiscoverOrder::Name,
        }
    };
    let scope = format!(
        "groups:{}:{}:{}:{}:{}:{}:{}:{}:{}",
        caller.id().unwrap_or(0),
        q.as_deref().unwrap_or(""),
        topic.as_deref().unwrap_or(""),
        region.as_deref().unwrap_or(""),
        vis.map(|v| v.as_str()).unwrap_or(""),
        size.map(|v| v.as_str()).unwrap_or(""),
        activity.map(|v| v.as_str()).unwrap_or(""),
        sort.as_str(),
        recommended
    );
    let pager = st.pager(scope);
    let after = match order {
        DiscoverOrder::Recommended => {
            pager.after(qs.cursor())?.map(|(s, t, id)| DiscoverAfter::Scored(s, t, id))
        }
        DiscoverOrder::Name => pager.after(qs.cursor())?.map(|(k, id)| DiscoverAfter::Text(k, id)),
        _ => pager.after(qs.cursor())?.map(|(k, id)| DiscoverAfter::Number(k, id)),
    };
    let now = db::now();
    let mut c = st.db.pool.acquire().await?;
    let (mine, pending) = match caller.id() {
        Some(u) => (msdb::memberships_of(&mut c, u).await?, msdb::pending_of(&mut c, u).await?),
        None => (HashMap::new(), HashSet::new()),
    };
    let interests = match caller.id() {
        Some(u) if recommended => db::users::interests(&mut c, u).await?,
        _ => Vec::new(),
    };
    let query = Discovery {
        viewer: caller.id(),
        words: q
            .as_deref()
            .map(|q| q.split_whitespace().take(8).map(String::from).collect())
            .unwrap_or_default(),
        topic,
        region,
        visibility: vis,
        members: size.map(SizeBand::bounds),
        active_since: activity.map(|a| match a {
            ActivityFilter::Week => Ok(now - 7 * 86_400),
            ActivityFilter::Month => Ok(now - 30 * 86_400),
            ActivityFilter::Quiet => Err(now - 30 * 86_400),
        }),
        interests: interests.clone(),
        order: Some(order),
        after,
        limit: limit + 1,
    };
    let rows = gdb::discover(&mut c, &query).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |(g, score)| match order {
        DiscoverOrder::Recommended => {
            vec![score.to_string(), g.last_activity_at.to_string(), g.id.to_string()]
        }
        DiscoverOrder::Name => vec![g.name.to_lowercase(), g.id.to_string()],
        DiscoverOrder::New => vec![g.created_at.to_string(), g.id.to_string()],
        DiscoverOrder::Members => vec![g.member_count.to_string(), g.id.to_string()],
        DiscoverOrder::Active => vec![g.last_activity_at.to_string(), g.id.to_string()],
    });
    let ids: Vec<i64> = rows.iter().map(|(g, _)| g.id).collect();
    let act = gdb::activity(&mut c, &ids, now).await?;
    let items: Vec<Group> = rows
        .iter()
        .map(|(g, _)| {
            let mut out = to_group(
                g,
                act.get(&g.id).cloned().unwrap_or_default(),
                mine.get(&g.id),
                pending.contains(&g.id),
                now,
            );
            if recommended {
                let overlap: Vec<String> =
                    interests.iter().filter(|i| g.topics.contains(i)).cloned().collect();
                out.recommendation_reason = Some(format!("Because you follow {}", and_list(&overlap)));
            }
            out
        })
        .collect();
    Ok(axum::Json(Page { items, next_cursor }).into_response())
}

pub async fn create(
    State(st): State<AppState>,
    Auth(uid): Auth,
    JsonBody(body): JsonBody<NewGroup>,
) -> ApiResult<Response> {
    check(validate::validate_new_group(&body))?;
    st.guard.create(uid, Create::Group).await?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let slug = match &body.slug {
        // An address the creator chose is theirs or a 409.
        Some(chosen) => {
            if gdb::slug_taken(w.conn(), chosen).await? {
                return Err(ApiError::conflict(
                    kith_api::codes::SLUG_TAKEN,
                    format!("The address /g/{chosen} is taken; choose another."),
                ));
            }
            chosen.clone()
        }
        // One made from the name gets a number only when the plain one is taken.
        None => {
            let base = validate::slugify(&body.name);
            let mut slug = base.clone();
            let mut n = 2;
            while gdb::slug_taken(w.conn(), &slug).await? {
                if n > 100 {
                    return Err(ApiError::conflict(
                        kith_api::codes::SLUG_TAKEN,
                        format!("Addresses made from this name are all taken (/g/{base}…); choose one."),
                    ));
                }
                slug = validate::slug_alternative(&base, n);
                n += 1;
            }
            slug
        }
    };
    let gid = gdb::insert(
        w.conn(),
        &slug,
        body.name.trim(),
        body.purpose.trim(),
        &body.guidelines,
        &body.topics,
        body.region.trim(),
        body.visibility,
        uid,
        now,
    )
    .await?;
    let g = group_for(w.conn(), gid, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &g))
}

pub async fn get(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let g = gdb::by_slug(&mut c, &slug).await?.ok_or_else(|| ApiError::not_found("group"))?;
    let g = group_for(&mut c, g.id, caller.id()).await?;
    Ok(with_etag(StatusCode::OK, &g))
}

pub async fn patch(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    if_match: IfMatch,
    JsonBody(body): JsonBody<GroupPatch>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderator()?;
    let owner = ctx.role() == Some(Role::Owner);
    let only_guidelines = body.name.is_none()
        && body.purpose.is_none()
        && body.topics.is_none()
        && body.region.is_none()
        && body.visibility.is_none()
        && body.members_can_poll.is_none();
    if !owner && !only_guidelines {
        return Err(ApiError::forbidden(
            "Moderators may change only the guidelines; owners change the rest.",
        ));
    }
    ctx.require_writable()?;
    if_match.check(&etag(&ctx.g))?;
    check(validate::validate_group_patch(&body))?;
    let mut g = ctx.g.clone();
    if let Some(v) = &body.name {
        g.name = v.trim().to_string();
    }
    if let Some(v) = &body.purpose {
        g.purpose = v.trim().to_string();
    }
    if let Some(v) = &body.guidelines {
        g.guidelines = v.clone();
    }
    if let Some(v) = &body.topics {
        g.topics = v.clone();
    }
    if let Some(v) = &body.region {
        g.region = v.trim().to_string();
    }
    if let Some(v) = body.visibility {
        g.visibility = v;
    }
    if let Some(v) = body.members_can_poll {
        g.members_can_poll = v;
    }
    let kind = if only_guidelines { ModLogKind::GuidelinesUpdated } else { ModLogKind::GroupUpdated };
    save(w, &g, uid, kind).await
}

/// Writes a changed group, logs the change and answers with the group.
async fn save(mut w: db::WriteTx, g: &GroupRow, uid: i64, kind: ModLogKind) -> ApiResult<Response> {
    gdb::update(w.conn(), g).await?;
    mdb::log(w.conn(), g.id, uid, kind, "group", &g.slug, &g.name, "", db::now()).await?;
    let out = group_for(w.conn(), g.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn archive(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_owner()?;
    ctx.require_writable()?;
    let mut g = ctx.g.clone();
    g.archived = true;
    save(w, &g, uid, ModLogKind::GroupArchived).await
}

// ---- resources ----------------------------------------------------------------------------

pub fn resource_etag(r: &ResourceRow) -> String {
    format!("\"r{}-v{}\"", r.id, r.version)
}

fn to_item(r: &ResourceRow) -> ShelfItem {
    ShelfItem {
        id: r.id,
        title: r.title.clone(),
        url: r.url.clone(),
        description: r.description.clone(),
        tags: r.tags.clone(),
        added_by: r.added_by.clone(),
        created_at: format_rfc3339(r.created_at),
        etag: resource_etag(r),
    }
}

pub async fn list_resources(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, caller.id()).await?;
    ctx.require_read()?;
    let pager = st.pager(format!("resources:{}", ctx.g.id));
    let after = pager.after(qs.cursor())?;
    let rows = rdb::resources(&mut c, ctx.g.id, after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |r| r.id);
    Ok(axum::Json(Page { items: rows.iter().map(to_item).collect(), next_cursor }).into_response())
}

pub async fn create_resource(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    JsonBody(body): JsonBody<NewShelfItem>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderating()?;
    check(validate::validate_new_shelf_item(&body))?;
    let now = db::now();
    let id = rdb::insert_resource(
        w.conn(),
        ctx.g.id,
        body.title.trim(),
        body.url.trim(),
        &body.description,
        &body.tags,
        uid,
        now,
    )
    .await?;
    log_resource(w.conn(), ctx.g.id, uid, ModLogKind::ResourceAdded, id, body.title.trim(), now).await?;
    let r = rdb::resource(w.conn(), id).await?.ok_or_else(ApiError::internal)?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &to_item(&r)))
}

async fn log_resource(
    c: &mut db::Conn,
    gid: i64,
    uid: i64,
    kind: ModLogKind,
    id: i64,
    title: &str,
    now: i64,
) -> ApiResult<()> {
    Ok(mdb::log(c, gid, uid, kind, "resource", &id.to_string(), title, "", now).await?)
}

async fn resource_ctx(w: &mut db::WriteTx, id: &str, uid: i64) -> ApiResult<(ResourceRow, GroupCtx)> {
    let id = path_id(id, "resource")?;
    let r = rdb::resource(w.conn(), id).await?.ok_or_else(|| ApiError::not_found("resource"))?;
    let ctx = GroupCtx::load_id(w.conn(), r.group_id, Some(uid)).await?;
    if !ctx.can_read() {
        return Err(ApiError::not_found("resource"));
    }
    ctx.require_moderating()?;
    Ok((r, ctx))
}

pub async fn patch_resource(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    if_match: IfMatch,
    JsonBody(body): JsonBody<ShelfItemPatch>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let (mut r, ctx) = resource_ctx(&mut w, &id, uid).await?;
    if_match.check(&resource_etag(&r))?;
    check(validate::validate_shelf_item_patch(&body))?;
    if let Some(v) = &body.title {
        r.title = v.trim().to_string();
    }
    if let Some(v) = &body.url {
        r.url = v.trim().to_string();
    }
    if let Some(v) = &body.description {
        r.description = v.clone();
    }
    if let Some(v) = &body.tags {
        r.tags = v.clone();
    }
    rdb::update_resource(w.conn(), &r).await?;
    log_resource(w.conn(), ctx.g.id, uid, ModLogKind::ResourceUpdated, r.id, &r.title, db::now()).await?;
    let r = rdb::resource(w.conn(), r.id).await?.ok_or_else(ApiError::internal)?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &to_item(&r)))
}

pub async fn delete_resource(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    if_match: IfMatch,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let (r, ctx) = resource_ctx(&mut w, &id, uid).await?;
    if_match.check(&resource_etag(&r))?;
    rdb::delete_resource(w.conn(), r.id).await?;
    log_resource(w.conn(), ctx.g.id, uid, ModLogKind::ResourceRemoved, r.id, &r.title, db::now()).await?;
    w.commit().await?;
    Ok(no_content())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_read_naturally() {
        assert_eq!(and_list(&["hiking".into()]), "hiking");
        assert_eq!(and_list(&["hiking".into(), "cycling".into()]), "hiking and cycling");
        assert_eq!(and_list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
    }
}
