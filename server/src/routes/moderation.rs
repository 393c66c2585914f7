//! Reports, the per-group queue, resolving, and the moderation log.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate;
use kith_api::{
    ContextComment, ContextPost, GroupRef, ModLogEntry, ModLogKind, ModLogTarget, NewReport, Page,
    ReportAction, ReportContext, ReportEntry, ReportItem, ReportReceipt, ReportStatus, ReportTarget,
    Resolution, ResolveRequest, codes, may_sanction,
};

use super::posts::load_post;
use super::{GroupCtx, path_id, with_etag};
use crate::db::content::{self as cdb, PostFlag};
use crate::db::memberships as msdb;
use crate::db::moderation::{self as mdb, ItemRow, ModLogFilter};
use crate::db::{self, Conn, users as udb};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::extract::{Auth, IfMatch, JsonBody, Qs};
use crate::http::limits::Create;

pub async fn create(
    State(st): State<AppState>,
    Auth(uid): Auth,
    JsonBody(body): JsonBody<NewReport>,
) -> ApiResult<Response> {
    check(validate::validate_new_report(&body))?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let (ctx, kind, target) = match &body.target {
        ReportTarget::Post { id } => {
            let (p, ctx) = load_post(w.conn(), &id.to_string(), Some(uid)).await?;
            (ctx, "post", p.id)
        }
        ReportTarget::Comment { id } => {
            let cm = cdb::comment(w.conn(), *id).await?.ok_or_else(|| ApiError::not_found("comment"))?;
            let (_, ctx) = load_post(w.conn(), &cm.post_id.to_string(), Some(uid)).await?;
            (ctx, "comment", cm.id)
        }
        ReportTarget::Member { group, username } => {
            let ctx = GroupCtx::load(w.conn(), group, Some(uid)).await?;
            ctx.require_read()?;
            let u =
                udb::user_by_name(w.conn(), username).await?.ok_or_else(|| ApiError::not_found("member"))?;
            if msdb::membership(w.conn(), ctx.g.id, u.id).await?.is_none() {
                return Err(ApiError::not_found("member"));
            }
            (ctx, "member", u.id)
        }
    };
    // A sanction covers reports too: the banned and the muted cannot flood the queue.
    if msdb::active_ban(w.conn(), ctx.g.id, uid, now).await?.is_some() {
        return Err(ApiError::new(StatusCode::FORBIDDEN, codes::BANNED, "You are banned from this group."));
    }
    if ctx.muted(now) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            codes::MUTED,
            "You are muted in this group and cannot report until the mute ends.",
        ));
    }
    st.guard.create(uid, Create::Report).await?;
    let (item_id, n, new) =
        mdb::add_report(w.conn(), ctx.g.id, kind, target, uid, body.reason.trim(), now).await?;
    // Moderators hear once per queue item, not for every further report on it.
    if new {
        crate::notify::report_filed(w.conn(), ctx.g.id, item_id, uid, body.reason.trim(), now).await?;
    }
    w.commit().await?;
    let status = if new { StatusCode::CREATED } else { StatusCode::OK };
    Ok((status, Json(ReportReceipt { item_id, report_count: n as u32 })).into_response())
}

pub fn item_etag(i: &ItemRow) -> String {
    format!("\"q{}-v{}\"", i.id, i.version)
}

fn action_of(s: &str) -> ReportAction {
    match s {
        "remove" => ReportAction::Remove,
        "restore" => ReportAction::Restore,
        "lock" => ReportAction::Lock,
        "ban" => ReportAction::Ban,
        _ => ReportAction::Dismiss,
    }
}

fn action_str(a: ReportAction) -> &'static str {
    match a {
        ReportAction::Remove => "remove",
        ReportAction::Restore => "restore",
        ReportAction::Lock => "lock",
        ReportAction::Ban => "ban",
        ReportAction::Dismiss => "dismiss",
    }
}

async fn context_comment(c: &mut Conn, id: i64) -> ApiResult<Option<(ContextComment, i64, Option<i64>)>> {
    Ok(cdb::comment(c, id).await?.map(|cm| {
        (
            ContextComment {
                id: cm.id,
                body: cm.body.clone(),
                author: cm.author.clone(),
                created_at: format_rfc3339(cm.created_at),
                removed: cm.removed,
            },
            cm.post_id,
            cm.parent_id,
        )
    }))
}

async fn context_post(c: &mut Conn, id: i64) -> ApiResult<Option<ContextPost>> {
    Ok(cdb::post(c, id).await?.map(|p| ContextPost {
        id: p.id,
        title: p.title.clone(),
        body: p.body.clone(),
        author: p.author.clone(),
        created_at: format_rfc3339(p.created_at),
        removed: p.removed,
        locked: p.locked,
    }))
}

/// The wire form of a queue item, with its reports and context.
pub async fn to_item(c: &mut Conn, i: &ItemRow, group: &GroupRef) -> ApiResult<ReportItem> {
    let mut ctx = ReportContext { post: None, comment: None, parent_comment: None, member: None };
    let target = match i.target_kind.as_str() {
        "post" => {
            ctx.post = context_post(c, i.target_id).await?;
            ctx.member = ctx.post.as_ref().map(|p| p.author.clone());
            ReportTarget::Post { id: i.target_id }
        }
        "comment" => {
            if let Some((cm, post_id, parent)) = context_comment(c, i.target_id).await? {
                ctx.member = Some(cm.author.clone());
                ctx.comment = Some(cm);
                ctx.post = context_post(c, post_id).await?;
                if let Some(p) = parent {
                    ctx.parent_comment = context_comment(c, p).await?.map(|x| x.0);
                }
            }
            ReportTarget::Comment { id: i.target_id }
        }
        _ => {
            let u = udb::user_ref(&mut *c, i.target_id).await?;
            let username = u.as_ref().map(|u| u.username.clone()).unwrap_or_default();
            ctx.member = u;
            ReportTarget::Member { group: group.slug.clone(), username }
        }
    };
    let reports = mdb::reports_of(c, i.id)
        .await?
        .into_iter()
        .map(|(reporter, reason, at)| ReportEntry { reporter, reason, created_at: format_rfc3339(at) })
        .collect();
    let resolution = match (&i.resolution_action, i.resolved_by, i.resolved_at) {
        (Some(a), Some(by), Some(at)) => Some(Resolution {
            action: action_of(a),
            reason: i.resolution_reason.clone().unwrap_or_default(),
            by: udb::user_ref(&mut *c, by).await?.ok_or_else(ApiError::internal)?,
            at: format_rfc3339(at),
        }),
        _ => None,
    };
    Ok(ReportItem {
        id: i.id,
        group: group.clone(),
        target,
        status: if i.open { ReportStatus::Open } else { ReportStatus::Resolved },
        report_count: i.report_count as u32,
        reports,
        context: ctx,
        first_reported_at: format_rfc3339(i.first_reported_at),
        last_reported_at: format_rfc3339(i.last_reported_at),
        resolution,
        etag: item_etag(i),
    })
}

pub async fn list(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let status = qs
        .enumeration(
            "status",
            |s| match s {
                "open" => Some(ReportStatus::Open),
                "resolved" => Some(ReportStatus::Resolved),
                _ => None,
            },
            &["open", "resolved"],
        )?
        .unwrap_or(ReportStatus::Open);
    let open = status == ReportStatus::Open;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, Some(uid)).await?;
    ctx.require_moderator()?;
    let pager = st.pager(format!("reports:{}:{open}", ctx.g.id));
    let before = pager.after(qs.cursor())?;
    let rows = mdb::items(&mut c, ctx.g.id, open, before, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |r| r.id);
    let group = GroupRef { slug: ctx.g.slug.clone(), name: ctx.g.name.clone() };
    let mut items = Vec::with_capacity(rows.len());
    for r in &rows {
        items.push(to_item(&mut c, r, &group).await?);
    }
    Ok(Json(Page { items, next_cursor }).into_response())
}

fn not_for_members() -> ApiError {
    ApiError::field("/action", "This action applies to posts and comments, not to members.")
}

/// How a comment is named in the mod log: the start of its text.
pub(super) fn comment_label(body: &str) -> String {
    body.chars().take(60).collect()
}

/// Hides (`remove`) or shows again a post or a comment (`kind`), and logs it with the reason:
/// the one way the report queue and the in-place actions on posts and comments both do it.
#[allow(clippy::too_many_arguments)]
pub(super) async fn set_removed(
    c: &mut Conn,
    gid: i64,
    uid: i64,
    kind: &str,
    id: i64,
    label: &str,
    remove: bool,
    reason: &str,
    now: i64,
) -> ApiResult<()> {
    let log_kind = match (kind, remove) {
        ("post", true) => ModLogKind::PostRemoved,
        ("post", false) => ModLogKind::PostRestored,
        ("comment", true) => ModLogKind::CommentRemoved,
        ("comment", false) => ModLogKind::CommentRestored,
        _ => return Err(not_for_members()),
    };
    if kind == "post" {
        cdb::set_post_flag(&mut *c, id, PostFlag::Removed, remove).await?;
    } else {
        cdb::set_comment_flag(&mut *c, id, false, remove).await?;
    }
    mdb::log(c, gid, uid, log_kind, kind, &id.to_string(), label, reason, now).await?;
    Ok(())
}

pub async fn resolve(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, id)): Path<(String, String)>,
    if_match: IfMatch,
    JsonBody(body): JsonBody<ResolveRequest>,
) -> ApiResult<Response> {
    let id = path_id(&id, "report")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderating()?;
    let item = mdb::item(w.conn(), id)
        .await?
        .filter(|i| i.group_id == ctx.g.id)
        .ok_or_else(|| ApiError::not_found("report"))?;
    if !item.open {
        return Err(ApiError::new(
            StatusCode::PRECONDITION_FAILED,
            codes::ALREADY_HANDLED,
            "Another moderator already resolved this report.",
        ));
    }
    if_match.check(&item_etag(&item))?;
    check(validate::validate_resolve(&body, now))?;
    let reason = body.reason.trim().to_string();
    let gid = ctx.g.id;
    let tid = item.target_id;
    // The content's author (or the reported member) and a label for the log.
    let (author, label, post_of_comment) = match item.target_kind.as_str() {
        "post" => {
            let p = cdb::post(w.conn(), tid).await?.ok_or_else(|| ApiError::not_found("post"))?;
            (p.author.clone(), p.title.clone(), None)
        }
        "comment" => {
            let cm = cdb::comment(w.conn(), tid).await?.ok_or_else(|| ApiError::not_found("comment"))?;
            (cm.author.clone(), comment_label(&cm.body), Some(cm.post_id))
        }
        _ => {
            let u = udb::user_ref(w.conn(), tid).await?.ok_or_else(|| ApiError::not_found("member"))?;
            let l = u.username.clone();
            (u, l, None)
        }
    };
    let tkind = item.target_kind.clone();
    let tid_s = tid.to_string();
    match body.action {
        ReportAction::Remove | ReportAction::Restore => {
            let remove = body.action == ReportAction::Remove;
            set_removed(w.conn(), gid, uid, &tkind, tid, &label, remove, &reason, now).await?;
        }
        ReportAction::Lock => {
            let post_id = match tkind.as_str() {
                "post" => tid,
                "comment" => post_of_comment.unwrap_or(0),
                _ => return Err(not_for_members()),
            };
            let p = cdb::post(w.conn(), post_id).await?.ok_or_else(|| ApiError::not_found("post"))?;
            cdb::set_post_flag(w.conn(), post_id, PostFlag::Locked, true).await?;
            mdb::log(
                w.conn(),
                gid,
                uid,
                ModLogKind::PostLocked,
                "post",
                &post_id.to_string(),
                &p.title,
                &reason,
                now,
            )
            .await?;
        }
        ReportAction::Ban => {
            let target_role = msdb::membership(w.conn(), gid, author.id).await?.map(|m| m.role);
            if !may_sanction(ctx.role(), target_role) || author.id == uid {
                return Err(ApiError::forbidden(
                    "Moderators may not ban moderators or owners; nobody bans an owner.",
                ));
            }
            let until = body.ban_until.as_deref().and_then(parse_rfc3339);
            msdb::put_ban(w.conn(), gid, author.id, until, &reason, uid, now).await?;
            mdb::log_member(w.conn(), gid, uid, ModLogKind::MemberBanned, &author.username, &reason, now)
                .await?;
        }
        ReportAction::Dismiss => {
            mdb::log(w.conn(), gid, uid, ModLogKind::ReportDismissed, &tkind, &tid_s, &label, &reason, now)
                .await?;
        }
    }
    mdb::resolve(w.conn(), item.id, action_str(body.action), &reason, uid, now).await?;
    let fresh = mdb::item(w.conn(), item.id).await?.ok_or_else(ApiError::internal)?;
    let group = GroupRef { slug: ctx.g.slug.clone(), name: ctx.g.name.clone() };
    let out = to_item(w.conn(), &fresh, &group).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

pub async fn modlog(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let kind_names: Vec<&str> = ModLogKind::ALL.iter().map(|k| k.as_str()).collect();
    let kind = qs.enumeration("kind", ModLogKind::parse, &kind_names)?;
    let from = qs.time("from")?;
    let to = qs.time("to")?;
    let actor_name = qs.text("actor")?;
    let target = qs.text("target")?;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, Some(uid)).await?;
    ctx.require_moderator()?;
    let actor = match &actor_name {
        Some(a) => match udb::user_by_name(&mut *c, a).await? {
            Some(u) => Some(u.id),
            None => Some(-1),
        },
        None => None,
    };
    let (target_kind, target_id) = match &target {
        Some(t) => match t.split_once(':') {
            Some((k, i)) => (Some(k.to_string()), Some(i.to_string())),
            None => (Some(t.clone()), None),
        },
        None => (None, None),
    };
    let filter = ModLogFilter { actor, kind, target_kind, target_id, from, to };
    let pager = st.pager(format!(
        "modlog:{}:{}:{}:{}:{}:{}",
        ctx.g.id,
        actor_name.as_deref().unwrap_or(""),
        kind.map(|k| k.as_str()).unwrap_or(""),
        target.as_deref().unwrap_or(""),
        from.unwrap_or(0),
        to.unwrap_or(0)
    ));
    let before = pager.after(qs.cursor())?;
    let rows = mdb::modlog(&mut c, ctx.g.id, &filter, before, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |r| r.id);
    let group = GroupRef { slug: ctx.g.slug.clone(), name: ctx.g.name.clone() };
    let items = rows
        .into_iter()
        .filter_map(|r| {
            Some(ModLogEntry {
                id: r.id,
                group: group.clone(),
                actor: r.actor,
                kind: ModLogKind::parse(&r.kind)?,
                target: ModLogTarget { kind: r.target_kind, id: r.target_id, label: r.label },
                reason: r.reason,
                created_at: format_rfc3339(r.created_at),
            })
        })
        .collect();
    Ok(Json(Page { items, next_cursor }).into_response())
}
