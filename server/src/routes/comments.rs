//! Comments: list (oldest first), create (replies via `parent_id`), read, edit, delete, react.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::format_rfc3339;
use kith_api::validate::{self, LIMITS};
use kith_api::{
    Comment, CommentPatch, ModerationReason, NewComment, Page, ReactionCount, ReactionToggle, codes,
};

use super::moderation::{comment_label, set_removed};
use super::posts::{ContentState, Viewer, load_post, permissions, toggle_reaction};
use super::{GroupCtx, no_content, path_id, with_etag};
use crate::db::content::{self as cdb, CommentRow, PostRow};
use crate::db::{self, Conn};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::extract::{Auth, Caller, IfMatch, JsonBody, Qs};
use crate::http::limits::Create;

pub fn etag(c: &CommentRow) -> String {
    format!("\"c{}-v{}\"", c.id, c.version)
}

pub fn to_comment(
    c: &CommentRow,
    post: &PostRow,
    reactions: Vec<ReactionCount>,
    v: &Viewer,
    now: i64,
) -> Comment {
    let hide = c.deleted || (c.removed && !v.moderates());
    let mut perms = permissions(
        v,
        &ContentState { author_id: c.author.id, locked: post.locked, removed: c.removed, deleted: c.deleted },
        now,
    );
    // Replying needs the post to be open too.
    if post.deleted || post.removed {
        perms.can_comment = false;
    }
    Comment {
        id: c.id,
        post_id: c.post_id,
        parent_id: c.parent_id,
        depth: c.depth.max(1) as u32,
        author: c.author.clone(),
        body: if hide { String::new() } else { c.body.clone() },
        created_at: format_rfc3339(c.created_at),
        edited_at: c.edited_at.map(format_rfc3339),
        removed: c.removed,
        deleted: c.deleted,
        reactions,
        permissions: perms,
        author_blocked: false,
        etag: etag(c),
    }
}

fn viewer(ctx: &GroupCtx) -> Viewer {
    Viewer { uid: ctx.uid, member: ctx.member, archived: ctx.g.archived }
}

async fn build(c: &mut Conn, rows: &[CommentRow], post: &PostRow, ctx: &GroupCtx) -> ApiResult<Vec<Comment>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let mut r = cdb::reactions(c, true, &ids, ctx.uid).await?;
    let v = viewer(ctx);
    let now = db::now();
    let blocked = match ctx.uid {
        Some(u) => crate::db::notifications::blocked_ids(c, u).await?,
        None => Default::default(),
    };
    Ok(rows
        .iter()
        .map(|cm| {
            let mut out = to_comment(cm, post, r.remove(&cm.id).unwrap_or_default(), &v, now);
            out.author_blocked = blocked.contains(&cm.author.id);
            out
        })
        .collect())
}

pub async fn list(
    State(st): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let (post, ctx) = load_post(&mut c, &id, caller.id()).await?;
    let pager = st.pager(format!("comments:{}", post.id));
    let after = pager.after(qs.cursor())?;
    let rows = cdb::comments_page(&mut c, post.id, after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |r| (r.created_at, r.id));
    let items = build(&mut c, &rows, &post, &ctx).await?;
    Ok(Json(Page { items, next_cursor }).into_response())
}

async fn comment_for(c: &mut Conn, id: i64, uid: Option<i64>) -> ApiResult<Comment> {
    let (cm, post, ctx) = load_comment(c, &id.to_string(), uid).await?;
    let mut v = build(c, &[cm], &post, &ctx).await?;
    v.pop().ok_or_else(ApiError::internal)
}

async fn load_comment(
    c: &mut Conn,
    id: &str,
    uid: Option<i64>,
) -> ApiResult<(CommentRow, PostRow, GroupCtx)> {
    let id = path_id(id, "comment")?;
    let cm = cdb::comment(&mut *c, id).await?.ok_or_else(|| ApiError::not_found("comment"))?;
    let (post, ctx) = load_post(c, &cm.post_id.to_string(), uid).await?;
    Ok((cm, post, ctx))
}

pub async fn create(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<NewComment>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (post, ctx) = load_post(w.conn(), &id, Some(uid)).await?;
    ctx.require_contributor(now, "comment")?;
    if post.locked && !ctx.can_moderate() {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            codes::LOCKED,
            "The post is locked: no new comments.",
        ));
    }
    if post.deleted || post.removed {
        return Err(ApiError::conflict(codes::CONFLICT, "The post was deleted or removed."));
    }
    check(validate::validate_new_comment(&body))?;
    let (depth, parent_author) = match body.parent_id {
        None => (1, None),
        Some(parent) => {
            let parent = cdb::comment(w.conn(), parent).await?.filter(|p| p.post_id == post.id);
            let Some(parent) = parent else {
                return Err(ApiError::field("/parent_id", "The parent must be a comment of the same post."));
            };
            (parent.depth + 1, Some(parent.author.id))
        }
    };
    let max = LIMITS.max_comment_depth as i64;
    if depth > max {
        return Err(ApiError::field(
            "/parent_id",
            format!("Replies nest at most {max} deep; answer a comment higher up the thread."),
        ));
    }
    st.guard.create(uid, Create::Comment).await?;
    let cid =
        cdb::insert_comment(w.conn(), post.id, ctx.g.id, body.parent_id, depth, uid, &body.body, now).await?;
    crate::notify::comment_created(w.conn(), &post, parent_author, cid, uid, &body.body, now).await?;
    let out = comment_for(w.conn(), cid, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &out))
}

pub async fn get(State(st): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let id = path_id(&id, "comment")?;
    let out = comment_for(&mut c, id, caller.id()).await?;
    Ok(with_etag(StatusCode::OK, &out))
}

/// `POST /comments/{id}/remove`: a moderator hides a comment where they read it, with a reason
/// for the mod log (its replies stay). Already removed: answered as it is, nothing logged twice.
pub async fn remove(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ModerationReason>,
) -> ApiResult<Response> {
    remove_or_restore(&st, uid, &id, &body, true).await
}

/// `POST /comments/{id}/restore`: shows a removed comment again.
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
    let (cm, _, ctx) = load_comment(w.conn(), id, Some(uid)).await?;
    ctx.require_moderating()?;
    check(validate::validate_moderation_reason(body))?;
    if cm.deleted {
        return Err(ApiError::conflict(codes::CONFLICT, "Its author deleted this comment."));
    }
    if cm.removed != remove {
        let (label, reason) = (comment_label(&cm.body), body.reason.trim());
        set_removed(w.conn(), ctx.g.id, uid, "comment", cm.id, &label, remove, reason, now).await?;
    }
    let out = comment_for(w.conn(), cm.id, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn patch(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    if_match: IfMatch,
    JsonBody(body): JsonBody<CommentPatch>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (cm, _, ctx) = load_comment(w.conn(), &id, Some(uid)).await?;
    if cm.author.id != uid {
        return Err(ApiError::forbidden("Only the author may edit a comment."));
    }
    ctx.require_contributor(now, "edit comments")?;
    if cm.deleted || cm.removed {
        return Err(ApiError::conflict(
            codes::CONFLICT,
            "The comment was deleted or removed and cannot be edited.",
        ));
    }
    if_match.check(&etag(&cm))?;
    check(validate::validate_comment_body(&body.body))?;
    cdb::edit_comment(w.conn(), cm.id, &body.body, now).await?;
    let out = comment_for(w.conn(), cm.id, Some(uid)).await?;
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
    let (cm, _, ctx) = load_comment(w.conn(), &id, Some(uid)).await?;
    if cm.author.id != uid {
        return Err(ApiError::forbidden(
            "Only the author may delete a comment; moderators remove comments through reports.",
        ));
    }
    ctx.require_writable()?;
    if cm.deleted {
        return Err(ApiError::not_found("comment"));
    }
    if_match.check(&etag(&cm))?;
    cdb::set_comment_flag(w.conn(), cm.id, true, true).await?;
    w.commit().await?;
    Ok(no_content())
}

pub async fn react(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ReactionToggle>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (cm, _, ctx) = load_comment(w.conn(), &id, Some(uid)).await?;
    ctx.require_contributor(now, "react")?;
    if cm.deleted || cm.removed {
        return Err(ApiError::conflict(codes::CONFLICT, "The comment was deleted or removed."));
    }
    toggle_reaction(w, true, cm.id, ctx.g.id, uid, body.kind, now).await
}
