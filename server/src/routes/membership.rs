//! Membership: join, leave, members, bans, join requests, roles and sanctions.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate;
use kith_api::{
    Ban, JoinDecision, JoinOutcome, JoinRequest, JoinRequestBody, JoinStatus, LiftRequest, Member,
    ModLogKind, Page, Role, RoleChange, SanctionKind, SanctionRequest, UserRef, Visibility, codes,
    may_sanction,
};

use super::groups::group_for;
use super::{GroupCtx, no_content, path_id};
use crate::db::groups::{self as gdb, MemberRow};
use crate::db::{self, moderation as mdb, users as udb};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::cursor;
use crate::http::extract::{Auth, Caller, JsonBody, OptJson, Qs};

pub async fn join(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    OptJson(body): OptJson<JoinRequestBody>,
) -> ApiResult<Response> {
    let message = body.message.unwrap_or_default();
    let mut errors = Vec::new();
    validate::text(&mut errors, "/message", &message, 0, 500, "The message");
    check(errors)?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_writable()?;
    if gdb::active_ban(w.conn(), ctx.g.id, uid, now).await?.is_some() {
        return Err(ApiError::new(StatusCode::FORBIDDEN, codes::BANNED, "You are banned from this group."));
    }
    if ctx.is_member() {
        return Err(ApiError::conflict(codes::CONFLICT, "You are already a member."));
    }
    if gdb::has_request(w.conn(), ctx.g.id, uid).await? {
        return Err(ApiError::conflict(
            codes::CONFLICT,
            "You already asked to join; the moderators will decide.",
        ));
    }
    let status = if ctx.g.visibility == Visibility::Private {
        gdb::add_request(w.conn(), ctx.g.id, uid, message.trim(), now).await?;
        JoinStatus::Pending
    } else {
        gdb::add_member(w.conn(), ctx.g.id, uid, Role::Member, now).await?;
        JoinStatus::Joined
    };
    let group = group_for(w.conn(), ctx.g.id, Some(uid)).await?;
    w.commit().await?;
    Ok(Json(JoinOutcome { status, group }).into_response())
}

pub async fn leave(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    match ctx.role() {
        Some(role) => {
            if role == Role::Owner && gdb::owner_count(w.conn(), ctx.g.id).await? <= 1 {
                return Err(ApiError::conflict(
                    codes::SOLE_OWNER,
                    "You are the group's only owner: make someone else an owner first.",
                ));
            }
            gdb::remove_member(w.conn(), ctx.g.id, uid).await?;
            crate::db::events::release_member(w.conn(), ctx.g.id, uid, db::now()).await?;
        }
        None => {
            if !gdb::delete_request(w.conn(), ctx.g.id, uid).await? {
                return Err(ApiError::conflict(codes::CONFLICT, "You are not a member of this group."));
            }
        }
    }
    w.commit().await?;
    Ok(no_content())
}

fn to_member(m: &MemberRow, show_mute: bool, now: i64) -> Member {
    Member {
        user: m.user.clone(),
        role: m.role,
        joined_at: format_rfc3339(m.joined_at),
        muted_until: if show_mute { m.muted_until.filter(|t| *t > now).map(format_rfc3339) } else { None },
    }
}

pub async fn members(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let role = qs.enumeration(
        "role",
        |s| match s {
            "member" => Some(Role::Member),
            "moderator" => Some(Role::Moderator),
            "owner" => Some(Role::Owner),
            _ => None,
        },
        &["member", "moderator", "owner"],
    )?;
    let q = qs.text("q")?;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, caller.id()).await?;
    ctx.require_read()?;
    let scope = format!(
        "members:{}:{}:{}",
        ctx.g.id,
        role.map(|r| r.as_str()).unwrap_or(""),
        q.as_deref().unwrap_or("")
    );
    let after = match qs.cursor() {
        Some(cur) => {
            let p = cursor::decode(&st.secret, &scope, cur)?;
            Some((cursor::int(&p, 0)?, p.get(1).cloned().unwrap_or_default()))
        }
        None => None,
    };
    let mut rows = gdb::members(&mut c, ctx.g.id, role, q.as_deref(), after, limit + 1).await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let now = db::now();
    let show = ctx.can_moderate();
    let next_cursor = match (more, rows.last()) {
        (true, Some((rank, m))) => {
            Some(cursor::encode(&st.secret, &scope, &[rank.to_string(), m.user.username.clone()]))
        }
        _ => None,
    };
    Ok(Json(Page { items: rows.iter().map(|(_, m)| to_member(m, show, now)).collect(), next_cursor })
        .into_response())
}

pub async fn bans(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, Some(uid)).await?;
    ctx.require_moderator()?;
    let scope = format!("bans:{}", ctx.g.id);
    let after = match qs.cursor() {
        Some(cur) => {
            let p = cursor::decode(&st.secret, &scope, cur)?;
            Some((cursor::int(&p, 0)?, cursor::int(&p, 1)?))
        }
        None => None,
    };
    let now = db::now();
    let mut rows = gdb::bans(&mut c, ctx.g.id, now, after, limit + 1).await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = match (more, rows.last()) {
        (true, Some(b)) => {
            Some(cursor::encode(&st.secret, &scope, &[b.created_at.to_string(), b.user.id.to_string()]))
        }
        _ => None,
    };
    let items = rows
        .into_iter()
        .map(|b| Ban {
            user: b.user,
            until: b.until.map(format_rfc3339),
            reason: b.reason,
            banned_by: b.by,
            created_at: format_rfc3339(b.created_at),
        })
        .collect();
    Ok(Json(Page { items, next_cursor }).into_response())
}

pub async fn join_requests(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, Some(uid)).await?;
    ctx.require_moderator()?;
    let scope = format!("joinreq:{}", ctx.g.id);
    let after = match qs.cursor() {
        Some(cur) => Some(cursor::int(&cursor::decode(&st.secret, &scope, cur)?, 0)?),
        None => None,
    };
    let mut rows = gdb::join_requests(&mut c, ctx.g.id, after, limit + 1).await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = match (more, rows.last()) {
        (true, Some(r)) => Some(cursor::encode(&st.secret, &scope, &[r.id.to_string()])),
        _ => None,
    };
    let items = rows
        .into_iter()
        .map(|r| JoinRequest {
            id: r.id,
            user: r.user,
            message: r.message,
            created_at: format_rfc3339(r.created_at),
        })
        .collect();
    Ok(Json(Page { items, next_cursor }).into_response())
}

async fn decide(
    st: &AppState,
    uid: i64,
    slug: &str,
    id: &str,
    approve: bool,
    message: Option<String>,
) -> ApiResult<Response> {
    let id = path_id(id, "join request")?;
    let mut errors = Vec::new();
    validate::text(&mut errors, "/message", message.as_deref().unwrap_or(""), 0, 500, "The message");
    check(errors)?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), slug, Some(uid)).await?;
    let me = ctx.require_moderating()?;
    let (_, requester) = gdb::join_request(w.conn(), ctx.g.id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("join request"))?;
    let user = udb::user_ref(w.conn(), requester).await?.ok_or_else(|| ApiError::not_found("user"))?;
    gdb::delete_request(w.conn(), ctx.g.id, requester).await?;
    let reason = message.unwrap_or_default();
    if approve {
        if gdb::membership(w.conn(), ctx.g.id, requester).await?.is_none() {
            gdb::add_member(w.conn(), ctx.g.id, requester, Role::Member, now).await?;
        }
        mdb::log_member(w.conn(), ctx.g.id, me, ModLogKind::JoinApproved, &user.username, &reason, now)
            .await?;
        let m = gdb::membership(w.conn(), ctx.g.id, requester).await?.ok_or_else(ApiError::internal)?;
        w.commit().await?;
        Ok(Json(Member { user, role: m.role, joined_at: format_rfc3339(now), muted_until: None })
            .into_response())
    } else {
        mdb::log_member(w.conn(), ctx.g.id, me, ModLogKind::JoinDenied, &user.username, &reason, now).await?;
        w.commit().await?;
        Ok(no_content())
    }
}

pub async fn approve(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, id)): Path<(String, String)>,
    OptJson(body): OptJson<JoinDecision>,
) -> ApiResult<Response> {
    decide(&st, uid, &slug, &id, true, body.message).await
}

pub async fn deny(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, id)): Path<(String, String)>,
    OptJson(body): OptJson<JoinDecision>,
) -> ApiResult<Response> {
    decide(&st, uid, &slug, &id, false, body.message).await
}

pub async fn set_role(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, username)): Path<(String, String)>,
    JsonBody(body): JsonBody<RoleChange>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_owner()?;
    ctx.require_writable()?;
    let user = udb::user_by_name(w.conn(), &username).await?.ok_or_else(|| ApiError::not_found("member"))?;
    let m =
        gdb::membership(w.conn(), ctx.g.id, user.id).await?.ok_or_else(|| ApiError::not_found("member"))?;
    if m.role == Role::Owner && body.role != Role::Owner && gdb::owner_count(w.conn(), ctx.g.id).await? <= 1 {
        return Err(ApiError::conflict(
            codes::SOLE_OWNER,
            "The group needs at least one owner: make someone else an owner first.",
        ));
    }
    if m.role != body.role {
        gdb::set_role(w.conn(), ctx.g.id, user.id, body.role).await?;
        let reason = format!("{} → {}", m.role.as_str(), body.role.as_str());
        mdb::log_member(w.conn(), ctx.g.id, uid, ModLogKind::RoleChanged, &user.username, &reason, now)
            .await?;
    }
    let rows = gdb::members(w.conn(), ctx.g.id, None, Some(&user.username), None, 100).await?;
    let member = rows
        .iter()
        .find(|(_, r)| r.user.id == user.id)
        .map(|(_, r)| to_member(r, true, now))
        .ok_or_else(ApiError::internal)?;
    w.commit().await?;
    Ok(Json(member).into_response())
}

async fn target_user(w: &mut db::WriteTx, username: &str) -> ApiResult<UserRef> {
    udb::user_by_name(w.conn(), username).await?.ok_or_else(|| ApiError::not_found("member"))
}

pub async fn sanction(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, username)): Path<(String, String)>,
    JsonBody(body): JsonBody<SanctionRequest>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderating()?;
    let user = target_user(&mut w, &username).await?;
    let target = gdb::membership(w.conn(), ctx.g.id, user.id).await?;
    if !may_sanction(ctx.role(), target.map(|m| m.role)) || user.id == uid {
        return Err(ApiError::forbidden(
            "Moderators may not sanction moderators or owners; nobody sanctions an owner.",
        ));
    }
    check(validate::validate_sanction(&body, now))?;
    let until = body.until.as_deref().and_then(parse_rfc3339);
    match body.kind {
        SanctionKind::Mute => {
            if target.is_none() {
                return Err(ApiError::not_found("member"));
            }
            gdb::set_mute(w.conn(), ctx.g.id, user.id, until).await?;
            mdb::log_member(
                w.conn(),
                ctx.g.id,
                uid,
                ModLogKind::MemberMuted,
                &user.username,
                body.reason.trim(),
                now,
            )
            .await?;
        }
        SanctionKind::Ban => {
            gdb::put_ban(w.conn(), ctx.g.id, user.id, until, body.reason.trim(), uid, now).await?;
            mdb::log_member(
                w.conn(),
                ctx.g.id,
                uid,
                ModLogKind::MemberBanned,
                &user.username,
                body.reason.trim(),
                now,
            )
            .await?;
        }
    }
    w.commit().await?;
    Ok(no_content())
}

pub async fn unmute(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, username)): Path<(String, String)>,
    OptJson(body): OptJson<LiftRequest>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut errors = Vec::new();
    validate::text(&mut errors, "/reason", body.reason.as_deref().unwrap_or(""), 0, 500, "The reason");
    check(errors)?;
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderating()?;
    let user = target_user(&mut w, &username).await?;
    let target =
        gdb::membership(w.conn(), ctx.g.id, user.id).await?.ok_or_else(|| ApiError::not_found("member"))?;
    if !may_sanction(ctx.role(), Some(target.role)) {
        return Err(ApiError::forbidden("You may not change this member's sanctions."));
    }
    gdb::set_mute(w.conn(), ctx.g.id, user.id, None).await?;
    let reason = body.reason.unwrap_or_default();
    mdb::log_member(w.conn(), ctx.g.id, uid, ModLogKind::MemberUnmuted, &user.username, reason.trim(), now)
        .await?;
    w.commit().await?;
    Ok(no_content())
}

pub async fn unban(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, username)): Path<(String, String)>,
    OptJson(body): OptJson<LiftRequest>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut errors = Vec::new();
    validate::text(&mut errors, "/reason", body.reason.as_deref().unwrap_or(""), 0, 500, "The reason");
    check(errors)?;
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_moderating()?;
    let user = target_user(&mut w, &username).await?;
    if !gdb::lift_ban(w.conn(), ctx.g.id, user.id).await? {
        return Err(ApiError::not_found("ban"));
    }
    let reason = body.reason.unwrap_or_default();
    mdb::log_member(w.conn(), ctx.g.id, uid, ModLogKind::MemberUnbanned, &user.username, reason.trim(), now)
        .await?;
    w.commit().await?;
    Ok(no_content())
}
