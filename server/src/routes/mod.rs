//! Request handlers, one module per resource. They check permissions and input, then call
//! `crate::db` for every query.

pub mod auth;
pub mod comments;
pub mod events;
pub mod groups;
pub mod health;
pub mod ics;
pub mod membership;
pub mod moderation;
pub mod notifications;
pub mod polls;
pub mod posts;
pub mod series;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use kith_api::{Comment, Event, Group, Me, Post, ReportItem, Role, ShelfItem, Visibility, codes, validate};
use serde::Serialize;

use crate::db::Conn;
use crate::db::groups::{self as gdb, GroupRow};
use crate::db::memberships::{self as msdb, MemberInfo};
use crate::error::{ApiError, ApiResult, check};

/// A wire type that carries its own ETag.
pub trait Tagged: Serialize {
    fn etag(&self) -> &str;
}

macro_rules! tagged {
    ($($t:ty),*) => {
        $(impl Tagged for $t {
            fn etag(&self) -> &str {
                &self.etag
            }
        })*
    };
}

tagged!(Comment, Event, kith_api::Poll, Group, Me, Post, ReportItem, ShelfItem);

/// A JSON body with its `ETag` header.
pub fn with_etag<T: Tagged>(status: StatusCode, body: &T) -> Response {
    let mut resp = (status, Json(body)).into_response();
    if let Ok(v) = HeaderValue::from_str(body.etag()) {
        resp.headers_mut().insert(header::ETAG, v);
    }
    resp
}

/// Checks an optional note (a message, a reason) of at most 500 characters.
pub fn check_note(pointer: &str, text: &str, label: &str) -> ApiResult<()> {
    let mut errors = Vec::new();
    validate::text(&mut errors, pointer, text, 0, 500, label);
    check(errors)
}

pub fn no_content() -> Response {
    StatusCode::NO_CONTENT.into_response()
}

/// Parses a numeric path id; anything else names no resource (404).
pub fn path_id(s: &str, what: &str) -> ApiResult<i64> {
    s.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| ApiError::not_found(what))
}

/// A group as seen by the caller.
pub struct GroupCtx {
    pub g: GroupRow,
    pub uid: Option<i64>,
    pub member: Option<MemberInfo>,
}

impl GroupCtx {
    pub async fn load(c: &mut Conn, slug: &str, uid: Option<i64>) -> ApiResult<GroupCtx> {
        let g = gdb::by_slug(&mut *c, slug).await?.ok_or_else(|| ApiError::not_found("group"))?;
        Self::with(c, g, uid).await
    }

    pub async fn load_id(c: &mut Conn, gid: i64, uid: Option<i64>) -> ApiResult<GroupCtx> {
        let g = gdb::by_id(&mut *c, gid).await?.ok_or_else(|| ApiError::not_found("group"))?;
        Self::with(c, g, uid).await
    }

    async fn with(c: &mut Conn, g: GroupRow, uid: Option<i64>) -> ApiResult<GroupCtx> {
        let member = match uid {
            Some(u) => msdb::membership(c, g.id, u).await?,
            None => None,
        };
        Ok(GroupCtx { g, uid, member })
    }

    pub fn role(&self) -> Option<Role> {
        self.member.map(|m| m.role)
    }
    pub fn is_member(&self) -> bool {
        self.member.is_some()
    }
    pub fn can_read(&self) -> bool {
        self.g.visibility != Visibility::Private || self.is_member()
    }
    /// 403 `members_only` for private content.
    pub fn require_read(&self) -> ApiResult<()> {
        if self.can_read() { Ok(()) } else { Err(ApiError::members_only()) }
    }
    pub fn can_moderate(&self) -> bool {
        self.role().is_some_and(Role::can_moderate)
    }
    pub fn muted(&self, now: i64) -> bool {
        self.member.and_then(|m| m.muted_until).is_some_and(|t| t > now)
    }
    pub fn require_writable(&self) -> ApiResult<()> {
        if self.g.archived { Err(ApiError::archived()) } else { Ok(()) }
    }
    /// The caller's id when they are a member (401 anonymous, 403 otherwise).
    pub fn require_member(&self) -> ApiResult<i64> {
        let uid = self.uid.ok_or_else(ApiError::unauthorized)?;
        self.require_read()?;
        if self.is_member() { Ok(uid) } else { Err(ApiError::forbidden("Join the group first.")) }
    }
    pub fn require_moderator(&self) -> ApiResult<i64> {
        let uid = self.uid.ok_or_else(ApiError::unauthorized)?;
        if self.can_moderate() {
            Ok(uid)
        } else {
            Err(ApiError::forbidden("Only the group's moderators and owners may do this."))
        }
    }
    /// A member's id for new content in the group: 401/403 as for members, 409 when archived,
    /// then 403 `muted` while a mute lasts (`verb`: what they cannot do, e.g. "post").
    pub fn require_contributor(&self, now: i64, verb: &str) -> ApiResult<i64> {
        let uid = self.require_member()?;
        self.require_writable()?;
        if self.muted(now) {
            return Err(ApiError::new(
                StatusCode::FORBIDDEN,
                codes::MUTED,
                format!("You are muted in this group and cannot {verb} until the mute ends."),
            ));
        }
        Ok(uid)
    }
    /// A moderator's id for a change to the group: 403 for others, then 409 when archived.
    pub fn require_moderating(&self) -> ApiResult<i64> {
        let uid = self.require_moderator()?;
        self.require_writable()?;
        Ok(uid)
    }
    pub fn require_owner(&self) -> ApiResult<i64> {
        let uid = self.uid.ok_or_else(ApiError::unauthorized)?;
        if self.role() == Some(Role::Owner) {
            Ok(uid)
        } else {
            Err(ApiError::forbidden("Only the group's owners may do this."))
        }
    }
}
