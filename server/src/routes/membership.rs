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
use super::{GroupCtx, check_note, no_content, path_id};
use crate::db::memberships::{self as msdb, MemberRow};
use crate::db::{self, moderation as mdb, users as udb};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::extract::{Auth, Caller, JsonBody, OptJson, Qs};

pub async fn join(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    OptJson(body): OptJson<JoinRequestBody>,
) -> ApiResult<Response> {
    let message = body.message.unwrap_or_default();
    check_note("/message", &message, "The message")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_writable()?;
    if msdb::active_ban(w.conn(), ctx.g.id, uid, now).await?.is_some() {
        return Err(ApiError::new(StatusCode::FORBIDDEN, codes::BANNED, "You are banned from this group."));
    }
    if ctx.is_member() {
        return Err(ApiError::conflict(codes::CONFLICT, "You are already a member."));
    }
    if msdb::has_request(w.conn(), ctx.g.id, uid).await? {
        return Err(ApiError::conflict(
            codes::CONFLICT,
            "You already asked to join; the moderators will decide.",
        ));
    }
    let status = if ctx.g.visibility == Visibility::Private {
        let rid = msdb::add_request(w.conn(), ctx.g.id, uid, message.trim(), now).await?;
        crate::notify::join_requested(w.conn(), ctx.g.id, rid, uid, message.trim(), now).await?;
        JoinStatus::Pending
    } else {
        msdb::add_member(w.conn(), ctx.g.id, uid, Role::Member, now).await?;
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
            if role == Role::Owner && msdb::owner_count(w.conn(), ctx.g.id).await? <= 1 {
                return Err(ApiError::conflict(
                    codes::SOLE_OWNER,
                    "You are the group's only owner: make someone else an owner first.",
                ));
            }
            msdb::remove_member(w.conn(), ctx.g.id, uid).await?;
            crate::db::events::release_member(w.conn(), ctx.g.id, uid, db::now()).await?;
        }
        None => {
            if !msdb::delete_request(w.conn(), ctx.g.id, uid).await? {
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
    let pager = st.pager(format!(
        "members:{}:{}:{}",
        ctx.g.id,
        role.map(|r| r.as_str()).unwrap_or(""),
        q.as_deref().unwrap_or("")
    ));
    let after = pager.after(qs.cursor())?;
    let rows = msdb::members(&mut c, ctx.g.id, role, q.as_deref(), after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |(rank, m)| (*rank, m.user.username.clone()));
    let now = db::now();
    let show = ctx.can_moderate();
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
    let pager = st.pager(format!("bans:{}", ctx.g.id));
    let after = pager.after(qs.cursor())?;
    let rows = msdb::bans(&mut c, ctx.g.id, db::now(), after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |b| (b.created_at, b.user.id));
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
    let pager = st.pager(format!("joinreq:{}", ctx.g.id));
    let after = pager.after(qs.cursor())?;
    let rows = msdb::join_requests(&mut c, ctx.g.id, after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |r| r.id);
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
    check_note("/message", message.as_deref().unwrap_or(""), "The message")?;
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), slug, Some(uid)).await?;
    let me = ctx.require_moderating()?;
    let (_, requester) = msdb::join_request(w.conn(), ctx.g.id, id)
        .await?
        .ok_or_else(|| ApiError::not_found("join request"))?;
    let user = udb::user_ref(w.conn(), requester).await?.ok_or_else(|| ApiError::not_found("user"))?;
    msdb::delete_request(w.conn(), ctx.g.id, requester).await?;
    let reason = message.unwrap_or_default();
    if approve {
        if msdb::membership(w.conn(), ctx.g.id, requester).await?.is_none() {
            msdb::add_member(w.conn(), ctx.g.id, requester, Role::Member, now).await?;
        }
        mdb::log_member(w.conn(), ctx.g.id, me, ModLogKind::JoinApproved, &user.username, &reason, now)
            .await?;
        crate::notify::join_decided(w.conn(), ctx.g.id, requester, &user.username, true, me, now).await?;
        let m = msdb::membership(w.conn(), ctx.g.id, requester).await?.ok_or_else(ApiError::internal)?;
        w.commit().await?;
        Ok(Json(Member { user, role: m.role, joined_at: format_rfc3339(now), muted_until: None })
            .into_response())
    } else {
        mdb::log_member(w.conn(), ctx.g.id, me, ModLogKind::JoinDenied, &user.username, &reason, now).await?;
        crate::notify::join_decided(w.conn(), ctx.g.id, requester, &user.username, false, me, now).await?;
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
        msdb::membership(w.conn(), ctx.g.id, user.id).await?.ok_or_else(|| ApiError::not_found("member"))?;
    if m.role == Role::Owner && body.role != Role::Owner && msdb::owner_count(w.conn(), ctx.g.id).await? <= 1
    {
        return Err(ApiError::conflict(
            codes::SOLE_OWNER,
            "The group needs at least one owner: make someone else an owner first.",
        ));
    }
    if m.role != body.role {
        msdb::set_role(w.conn(), ctx.g.id, user.id, body.role).await?;
        let reason = format!("{} → {}", m.role.as_str(), body.role.as_str());
        mdb::log_member(w.conn(), ctx.g.id, uid, ModLogKind::RoleChanged, &user.username, &reason, now)
            .await?;
        crate::notify::role_changed(w.conn(), ctx.g.id, user.id, &user.username, body.role, uid, now).await?;
    }
    let rows = msdb::members(w.conn(), ctx.g.id, None, Some(&user.username), None, 100).await?;
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
    let target = msdb::membership(w.conn(), ctx.g.id, user.id).await?;
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
            msdb::set_mute(w.conn(), ctx.g.id, user.id, until).await?;
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
            msdb::put_ban(w.conn(), ctx.g.id, user.id, until, body.reason.trim(), uid, now).await?;
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
    crate::notify::sanctioned(
        w.conn(),
        ctx.g.id,
        user.id,
        &user.username,
        body.kind,
        until,
        body.reason.trim(),
        uid,
        now,
    )
    .await?;
    w.commit().await?;
    Ok(no_content())
}

pub async fn unmute(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, username)): Path<(String, String)>,
    OptJson(body): OptJson<LiftRequest>,
) -> ApiResult<Response> {
    lift(&st, uid, &slug, &username, body.reason, SanctionKind::Mute).await
}

pub async fn unban(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path((slug, username)): Path<(String, String)>,
    OptJson(body): OptJson<LiftRequest>,
) -> ApiResult<Response> {
    lift(&st, uid, &slug, &username, body.reason, SanctionKind::Ban).await
}

/// Ends a member's mute or ban before its time, and logs it.
async fn lift(
    st: &AppState,
    uid: i64,
    slug: &str,
    username: &str,
    reason: Option<String>,
    kind: SanctionKind,
) -> ApiResult<Response> {
    let now = db::now();
    check_note("/reason", reason.as_deref().unwrap_or(""), "The reason")?;
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), slug, Some(uid)).await?;
    ctx.require_moderating()?;
    let user = target_user(&mut w, username).await?;
    let logged = match kind {
        SanctionKind::Mute => {
            let target = msdb::membership(w.conn(), ctx.g.id, user.id)
                .await?
                .ok_or_else(|| ApiError::not_found("member"))?;
            if !may_sanction(ctx.role(), Some(target.role)) {
                return Err(ApiError::forbidden("You may not change this member's sanctions."));
            }
            msdb::set_mute(w.conn(), ctx.g.id, user.id, None).await?;
            ModLogKind::MemberUnmuted
        }
        SanctionKind::Ban => {
            if !msdb::lift_ban(w.conn(), ctx.g.id, user.id).await? {
                return Err(ApiError::not_found("ban"));
            }
            ModLogKind::MemberUnbanned
        }
    };
    let reason = reason.unwrap_or_default();
    mdb::log_member(w.conn(), ctx.g.id, uid, logged, &user.username, reason.trim(), now).await?;
    w.commit().await?;
    Ok(no_content())
}
