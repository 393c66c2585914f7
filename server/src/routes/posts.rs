//! Posts: group feeds (pinned first), the home feed, create, read, edit, delete, pin, lock,
//! reactions. Feed pages are cached per caller until the next write.

use std::collections::HashMap;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kith_api::time::format_rfc3339;
use kith_api::validate;
use kith_api::{
    ModLogKind, ModerationReason, NewPost, Page, Permissions, Post, PostPatch, PostSort, ReactionKind,
    ReactionToggle, Reactions, codes,
};

use super::moderation::set_removed;
use super::{GroupCtx, no_content, path_id, with_etag};
use crate::db::content::{self as cdb, KeyOrder, PostFlag, PostRow};
use crate::db::memberships::{self as msdb, MemberInfo};
use crate::db::{self, Conn, moderation as mdb};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::cursor::{self, Pager};
use crate::http::extract::{Auth, Caller, IfMatch, JsonBody, Qs};
use crate::http::limits::Create;

/// What the caller is in one group, for permission checks on its content.
#[derive(Clone, Copy, Debug)]
pub struct Viewer {
    pub uid: Option<i64>,
    pub member: Option<MemberInfo>,
    pub archived: bool,
}

impl Viewer {
    pub fn moderates(&self) -> bool {
        self.member.is_some_and(|m| m.role.can_moderate())
    }
    pub fn muted(&self, now: i64) -> bool {
        self.member.and_then(|m| m.muted_until).is_some_and(|t| t > now)
    }
}

/// The state of a piece of content the permissions depend on.
#[derive(Clone, Copy, Debug, Default)]
pub struct ContentState {
    pub author_id: i64,
    pub locked: bool,
    pub removed: bool,
    pub deleted: bool,
}

/// What a viewer may do with a post or comment (for a comment, `locked` is its post's).
/// Sanctions reach everything but deleting one's own words: a muted member cannot edit, react
/// or comment; a banned one is no longer a member and can do none of it.
pub fn permissions(v: &Viewer, s: &ContentState, now: i64) -> Permissions {
    let member = v.member.is_some();
    let open = !v.archived && !s.deleted && !s.removed;
    let mine = v.uid == Some(s.author_id);
    let heard = member && !v.muted(now);
    Permissions {
        can_edit: mine && open && heard,
        can_delete: mine && !v.archived && !s.deleted,
        can_moderate: v.moderates() && !v.archived,
        can_comment: heard && open && (!s.locked || v.moderates()),
        can_react: heard && open,
    }
}

pub fn etag(p: &PostRow) -> String {
    format!("\"p{}-v{}\"", p.id, p.version)
}

pub fn to_post(p: &PostRow, reactions: Vec<kith_api::ReactionCount>, v: &Viewer, now: i64) -> Post {
    // Deleted and removed posts keep neither title nor body in public (moderators see removed
    // ones, marked as removed), so a phone number or an insult in a title can be taken down.
    let hide = p.deleted || (p.removed && !v.moderates());
    Post {
        id: p.id,
        group: p.group.clone(),
        author: p.author.clone(),
        title: if hide { String::new() } else { p.title.clone() },
        body: if hide { String::new() } else { p.body.clone() },
        created_at: format_rfc3339(p.created_at),
        edited_at: p.edited_at.map(format_rfc3339),
        pinned: p.pinned,
        locked: p.locked,
        removed: p.removed,
        deleted: p.deleted,
        comment_count: p.comment_count.max(0) as u32,
        reactions,
        permissions: permissions(
            v,
            &ContentState {
                author_id: p.author.id,
                locked: p.locked,
                removed: p.removed,
                deleted: p.deleted,
            },
            now,
        ),
        author_blocked: false,
        etag: etag(p),
    }
}

/// Full posts for a caller given their memberships by group.
pub async fn build_posts(
    c: &mut Conn,
    rows: &[PostRow],
    uid: Option<i64>,
    members: &HashMap<i64, MemberInfo>,
    now: i64,
) -> ApiResult<Vec<Post>> {
    let ids: Vec<i64> = rows.iter().map(|p| p.id).collect();
    let mut reactions = cdb::reactions(c, false, &ids, uid).await?;
    let blocked = match uid {
        Some(u) => crate::db::notifications::blocked_ids(c, u).await?,
        None => Default::default(),
    };
    Ok(rows
        .iter()
        .map(|p| {
            let v = Viewer { uid, member: members.get(&p.group_id).copied(), archived: p.group_archived };
            let mut out = to_post(p, reactions.remove(&p.id).unwrap_or_default(), &v, now);
            out.author_blocked = blocked.contains(&p.author.id);
            out
        })
        .collect())
}

/// The hot score: (reactions + 2·comments + 1) / (age in hours + 2)^1.5.
pub fn hot_score(reactions: i64, comments: i64, age_seconds: i64) -> f64 {
    let age_h = age_seconds.max(0) as f64 / 3600.0;
    (reactions + 2 * comments + 1) as f64 / (age_h + 2.0).powf(1.5)
}

/// Where a feed page starts.
#[derive(Clone, Debug, PartialEq)]
enum Pos {
    Start,
    Pinned(i64, i64),
    Main(Option<(i64, i64)>),
    Hot { snap: i64, offset: i64 },
}

fn decode_pos(pager: &Pager, cur: Option<&str>) -> ApiResult<Pos> {
    let Some(p) = pager.after::<Vec<String>>(cur)? else { return Ok(Pos::Start) };
    match p.first().map(String::as_str) {
        Some("p") => Ok(Pos::Pinned(cursor::int(&p, 1)?, cursor::int(&p, 2)?)),
        Some("n") if p.len() == 1 => Ok(Pos::Main(None)),
        Some("n") => Ok(Pos::Main(Some((cursor::int(&p, 1)?, cursor::int(&p, 2)?)))),
        Some("h") => Ok(Pos::Hot { snap: cursor::int(&p, 1)?, offset: cursor::int(&p, 2)?.max(0) }),
        _ => Err(ApiError::invalid_cursor()),
    }
}

fn encode_pos(pager: &Pager, pos: &Pos) -> String {
    let parts: Vec<String> = match pos {
        Pos::Start => vec!["n".into()],
        Pos::Pinned(k, id) => vec!["p".into(), k.to_string(), id.to_string()],
        Pos::Main(None) => vec!["n".into()],
        Pos::Main(Some((k, id))) => vec!["n".into(), k.to_string(), id.to_string()],
        Pos::Hot { snap, offset } => vec!["h".into(), snap.to_string(), offset.to_string()],
    };
    pager.cursor(&parts)
}

/// One feed page over `gids`: pinned posts first when `pinned_first`, then the rest in `sort`.
/// Returns the rows and where the next page starts.
#[allow(clippy::too_many_arguments)]
async fn feed_page(
    c: &mut Conn,
    gids: &[i64],
    mods: &[i64],
    pinned_first: bool,
    sort: PostSort,
    pos: Pos,
    limit: i64,
    now: i64,
) -> ApiResult<(Vec<PostRow>, Option<Pos>)> {
    let mut items: Vec<PostRow> = Vec::new();
    let mut pos = pos;
    if pinned_first && matches!(pos, Pos::Start | Pos::Pinned(..)) {
        let after = match pos {
            Pos::Pinned(k, id) => Some((k, id)),
            _ => None,
        };
        let rows = cdb::posts_page(c, gids, mods, Some(true), KeyOrder::New, after, limit + 1).await?;
        if rows.len() as i64 > limit {
            let rows: Vec<(i64, PostRow)> = rows.into_iter().take(limit as usize).collect();
            let last = rows.last().map(|(k, p)| (*k, p.id)).unwrap_or((0, 0));
            return Ok((rows.into_iter().map(|(_, p)| p).collect(), Some(Pos::Pinned(last.0, last.1))));
        }
        items.extend(rows.into_iter().map(|(_, p)| p));
        pos = Pos::Start;
    }
    let filter = if pinned_first { Some(false) } else { None };
    let remaining = limit - items.len() as i64;
    match sort {
        PostSort::New | PostSort::Top => {
            let order = if sort == PostSort::New { KeyOrder::New } else { KeyOrder::Top };
            let after = match pos {
                Pos::Main(a) => a,
                Pos::Start => None,
                _ => return Err(ApiError::invalid_cursor()),
            };
            if remaining == 0 {
                let any = cdb::posts_page(c, gids, mods, filter, order, after, 1).await?;
                let next = (!any.is_empty()).then_some(Pos::Main(after));
                return Ok((items, next));
            }
            let rows = cdb::posts_page(c, gids, mods, filter, order, after, remaining + 1).await?;
            let more = rows.len() as i64 > remaining;
            let rows: Vec<(i64, PostRow)> = rows.into_iter().take(remaining as usize).collect();
            let next = if more { rows.last().map(|(k, p)| Pos::Main(Some((*k, p.id)))) } else { None };
            items.extend(rows.into_iter().map(|(_, p)| p));
            Ok((items, next))
        }
        PostSort::Hot => {
            let (snap, offset) = match pos {
                Pos::Hot { snap, offset } => (snap, offset),
                Pos::Start => (now, 0),
                _ => return Err(ApiError::invalid_cursor()),
            };
            let mut cands = cdb::hot_candidates(c, gids, mods, filter).await?;
            cands.sort_by(|a, b| {
                let sa = hot_score(a.2, a.3, snap - a.1);
                let sb = hot_score(b.2, b.3, snap - b.1);
                sb.total_cmp(&sa).then(b.0.cmp(&a.0))
            });
            let ids: Vec<i64> =
                cands.iter().skip(offset as usize).take(remaining.max(0) as usize).map(|x| x.0).collect();
            let more = (offset + remaining) < cands.len() as i64;
            items.extend(cdb::posts_by_ids(c, &ids).await?);
            let next = more.then_some(Pos::Hot { snap, offset: offset + remaining });
            Ok((items, next))
        }
    }
}

fn json_bytes(body: Bytes) -> Response {
    let mut resp = (StatusCode::OK, body).into_response();
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    resp
}

fn sort_of(qs: &Qs) -> ApiResult<PostSort> {
    Ok(qs.enumeration("sort", PostSort::parse, &["new", "hot", "top"])?.unwrap_or_default())
}

pub async fn group_feed(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    RawQuery(raw): RawQuery,
    qs: Qs,
) -> ApiResult<Response> {
    let key = format!("g/{slug}?{}", raw.unwrap_or_default());
    let cache_user = caller.id().unwrap_or(0);
    let generation = st.cache.generation().await;
    if let Some(hit) = st.cache.get(cache_user, &key, generation) {
        return Ok(json_bytes(hit.body));
    }
    let limit = qs.limit()?;
    let sort = sort_of(&qs)?;
    let now = db::now();
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, caller.id()).await?;
    ctx.require_read()?;
    let pager = st.pager(format!("gposts:{}:{}", ctx.g.id, sort.as_str()));
    let pos = decode_pos(&pager, qs.cursor())?;
    let mods: Vec<i64> = if ctx.can_moderate() { vec![ctx.g.id] } else { Vec::new() };
    let (rows, next) = feed_page(&mut c, &[ctx.g.id], &mods, true, sort, pos, limit, now).await?;
    let members: HashMap<i64, MemberInfo> = ctx.member.map(|m| (ctx.g.id, m)).into_iter().collect();
    let items = build_posts(&mut c, &rows, caller.id(), &members, now).await?;
    let page = Page { items, next_cursor: next.map(|p| encode_pos(&pager, &p)) };
    let body = Bytes::from(serde_json::to_vec(&page).map_err(|_| ApiError::internal())?);
    st.cache.put(cache_user, key, generation, body.clone());
    Ok(json_bytes(body))
}

pub async fn home_feed(
    State(st): State<AppState>,
    Auth(uid): Auth,
    RawQuery(raw): RawQuery,
    qs: Qs,
) -> ApiResult<Response> {
    let key = format!("feed?{}", raw.unwrap_or_default());
    let generation = st.cache.generation().await;
    if let Some(hit) = st.cache.get(uid, &key, generation) {
        return Ok(json_bytes(hit.body));
    }
    let limit = qs.limit()?;
    let sort = sort_of(&qs)?;
    let now = db::now();
    let mut c = st.db.pool.acquire().await?;
    let members = msdb::memberships_of(&mut c, uid).await?;
    let mut gids: Vec<i64> = members.keys().copied().collect();
    gids.sort_unstable();
    let pager = st.pager(format!("feed:{uid}:{}", sort.as_str()));
    let pos = decode_pos(&pager, qs.cursor())?;
    let mut mods: Vec<i64> = members.iter().filter(|(_, m)| m.role.can_moderate()).map(|(g, _)| *g).collect();
    mods.sort_unstable();
    let (rows, next) = feed_page(&mut c, &gids, &mods, false, sort, pos, limit, now).await?;
    let items = build_posts(&mut c, &rows, Some(uid), &members, now).await?;
    let page = Page { items, next_cursor: next.map(|p| encode_pos(&pager, &p)) };
    let body = Bytes::from(serde_json::to_vec(&page).map_err(|_| ApiError::internal())?);
    st.cache.put(uid, key, generation, body.clone());
    Ok(json_bytes(body))
}

/// A post with the caller's view of its group (403 `members_only` for private groups).
pub async fn load_post(c: &mut Conn, id: &str, uid: Option<i64>) -> ApiResult<(PostRow, GroupCtx)> {
    let id = path_id(id, "post")?;
    let p = cdb::post(&mut *c, id).await?.ok_or_else(|| ApiError::not_found("post"))?;
    let ctx = GroupCtx::load_id(c, p.group_id, uid).await?;
    ctx.require_read()?;
    Ok((p, ctx))
}

pub async fn post_for(c: &mut Conn, id: i64, uid: Option<i64>) -> ApiResult<Post> {
    let (p, ctx) = load_post(c, &id.to_string(), uid).await?;
    let members: HashMap<i64, MemberInfo> = ctx.member.map(|m| (ctx.g.id, m)).into_iter().collect();
    let mut v = build_posts(c, &[p], uid, &members, db::now()).await?;
    v.pop().ok_or_else(ApiError::internal)
}

pub async fn create(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    JsonBody(body): JsonBody<NewPost>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_contributor(now, "post")?;
    check(validate::validate_new_post(&body))?;
    st.guard.create(uid, Create::Post).await?;
    let id = cdb::insert_post(w.conn(), ctx.g.id, uid, body.title.trim(), &body.body, now).await?;
    crate::notify::post_created(w.conn(), ctx.g.id, &ctx.g.slug, id, uid, body.title.trim(), &body.body, now)
        .await?;
    let p = post_for(w.conn(), id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &p))
}

pub async fn get(State(st): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let (p, _) = load_post(&mut c, &id, caller.id()).await?;
    let p = post_for(&mut c, p.id, caller.id()).await?;
    Ok(with_etag(StatusCode::OK, &p))
}

pub async fn patch(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    if_match: IfMatch,
    JsonBody(body): JsonBody<PostPatch>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (p, ctx) = load_post(w.conn(), &id, Some(uid)).await?;
    if p.author.id != uid {
        return Err(ApiError::forbidden("Only the author may edit a post."));
    }
    ctx.require_contributor(now, "edit posts")?;
    if p.deleted || p.removed {
        return Err(ApiError::conflict(
            codes::CONFLICT,
            "The post was deleted or removed and cannot be edited.",
        ));
    }
    if_match.check(&etag(&p))?;
    check(validate::validate_post_patch(&body))?;
    let title = body.title.as_deref().map(str::trim).unwrap_or(&p.title);
    let text = body.body.as_deref().unwrap_or(&p.body);
    cdb::edit_post(w.conn(), p.id, title, text, now).await?;
    let out = post_for(w.conn(), p.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn delete(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    if_match: IfMatch,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let (p, ctx) = load_post(w.conn(), &id, Some(uid)).await?;
    if p.author.id != uid {
        return Err(ApiError::forbidden(
            "Only the author may delete a post; moderators remove posts through reports.",
        ));
    }
    ctx.require_writable()?;
    if p.deleted {
        return Err(ApiError::not_found("post"));
    }
    if_match.check(&etag(&p))?;
    cdb::set_post_flag(w.conn(), p.id, PostFlag::Deleted, true).await?;
    w.commit().await?;
    Ok(no_content())
}

async fn moderate(
    st: &AppState,
    uid: i64,
    id: &str,
    flag: PostFlag,
    on: bool,
    kind: ModLogKind,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (p, ctx) = load_post(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    cdb::set_post_flag(w.conn(), p.id, flag, on).await?;
    mdb::log(w.conn(), ctx.g.id, uid, kind, "post", &p.id.to_string(), &p.title, "", now).await?;
    let out = post_for(w.conn(), p.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

/// `POST /posts/{id}/remove`: a moderator hides a post where they read it, with a reason for
/// the mod log. Already removed: answered as it is, nothing logged twice.
pub async fn remove(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ModerationReason>,
) -> ApiResult<Response> {
    remove_or_restore(&st, uid, &id, &body, true).await
}

/// `POST /posts/{id}/restore`: shows a removed post again.
pub async fn restore(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ModerationReason>,
) -> ApiResult<Response> {
    remove_or_restore(&st, uid, &id, &body, false).await
}

async fn remove_or_restore(
    st: &AppState,
    uid: i64,
    id: &str,
    body: &ModerationReason,
    remove: bool,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (p, ctx) = load_post(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    check(validate::validate_moderation_reason(body))?;
    if p.deleted {
        return Err(ApiError::conflict(codes::CONFLICT, "Its author deleted this post."));
    }
    if p.removed != remove {
        let reason = body.reason.trim();
        set_removed(w.conn(), ctx.g.id, uid, "post", p.id, &p.title, remove, reason, now).await?;
    }
    let out = post_for(w.conn(), p.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn pin(State(st): State<AppState>, Auth(uid): Auth, Path(id): Path<String>) -> ApiResult<Response> {
    moderate(&st, uid, &id, PostFlag::Pinned, true, ModLogKind::PostPinned).await
}
pub async fn unpin(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    moderate(&st, uid, &id, PostFlag::Pinned, false, ModLogKind::PostUnpinned).await
}
pub async fn lock(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    moderate(&st, uid, &id, PostFlag::Locked, true, ModLogKind::PostLocked).await
}
pub async fn unlock(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
) -> ApiResult<Response> {
    moderate(&st, uid, &id, PostFlag::Locked, false, ModLogKind::PostUnlocked).await
}

pub async fn react(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ReactionToggle>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (p, ctx) = load_post(w.conn(), &id, Some(uid)).await?;
    ctx.require_contributor(now, "react")?;
    if p.deleted || p.removed {
        return Err(ApiError::conflict(codes::CONFLICT, "The post was deleted or removed."));
    }
    toggle_reaction(w, false, p.id, ctx.g.id, uid, body.kind, now).await
}

/// Toggles the caller's reaction to a post or (`comment`) a comment, and answers with the
/// counts it has now.
pub async fn toggle_reaction(
    mut w: db::WriteTx,
    comment: bool,
    id: i64,
    gid: i64,
    uid: i64,
    kind: ReactionKind,
    now: i64,
) -> ApiResult<Response> {
    cdb::toggle_reaction(w.conn(), comment, id, uid, kind, gid, now).await?;
    let mut r = cdb::reactions(w.conn(), comment, &[id], Some(uid)).await?;
    w.commit().await?;
    Ok(Json(Reactions { reactions: r.remove(&id).unwrap_or_default() }).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::Role;

    fn viewer(role: Option<Role>, muted_until: Option<i64>, archived: bool) -> Viewer {
        Viewer {
            uid: Some(7),
            member: role.map(|role| MemberInfo { role, muted_until, level: Default::default() }),
            archived,
        }
    }

    #[test]
    fn permission_matrix() {
        let now = 1_000;
        let theirs = ContentState { author_id: 9, ..Default::default() };
        let mine = ContentState { author_id: 7, ..Default::default() };
        // Outsiders may do nothing.
        let out = permissions(&viewer(None, None, false), &theirs, now);
        assert_eq!(out, Permissions::default());
        let anon = Viewer { uid: None, member: None, archived: false };
        assert_eq!(permissions(&anon, &theirs, now), Permissions::default());
        // Members comment and react; authors edit and delete their own.
        let m = permissions(&viewer(Some(Role::Member), None, false), &theirs, now);
        assert!(m.can_comment && m.can_react && !m.can_edit && !m.can_moderate);
        let m = permissions(&viewer(Some(Role::Member), None, false), &mine, now);
        assert!(m.can_edit && m.can_delete);
        // Muted members neither comment, react nor edit (but may delete their own); an
        // expired mute is no mute.
        let m = permissions(&viewer(Some(Role::Member), Some(now + 60), false), &theirs, now);
        assert!(!m.can_comment && !m.can_react);
        let m = permissions(&viewer(Some(Role::Member), Some(now + 60), false), &mine, now);
        assert!(!m.can_edit && m.can_delete);
        // Banned (no longer a member): their own post cannot be edited either.
        let b = permissions(&viewer(None, None, false), &mine, now);
        assert!(!b.can_edit && b.can_delete);
        let m = permissions(&viewer(Some(Role::Member), Some(now - 60), false), &theirs, now);
        assert!(m.can_comment);
        // Locked posts: moderators are exempt.
        let locked = ContentState { locked: true, ..theirs };
        assert!(!permissions(&viewer(Some(Role::Member), None, false), &locked, now).can_comment);
        let md = permissions(&viewer(Some(Role::Moderator), None, false), &locked, now);
        assert!(md.can_comment && md.can_moderate);
        // Deleted content and archived groups are read-only.
        let deleted = ContentState { deleted: true, ..mine };
        let d = permissions(&viewer(Some(Role::Member), None, false), &deleted, now);
        assert!(!d.can_edit && !d.can_delete && !d.can_comment && !d.can_react);
        let a = permissions(&viewer(Some(Role::Owner), None, true), &mine, now);
        assert_eq!(a, Permissions::default());
    }

    #[test]
    fn hot_decays_with_age_and_grows_with_engagement() {
        assert!(hot_score(10, 5, 3600) > hot_score(10, 5, 48 * 3600));
        assert!(hot_score(10, 5, 3600) > hot_score(1, 0, 3600));
        assert!((hot_score(0, 0, 0) - 1.0 / 2f64.powf(1.5)).abs() < 1e-9);
    }
}
