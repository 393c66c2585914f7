//! Accounts and sessions, the caller's profile, and `/meta`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use kith_api::time::format_rfc3339;
use kith_api::validate::{self, LIMITS, TOPICS};
use kith_api::{
    ActivityKind, LoginRequest, MePatch, Meta, PasswordChange, Profile, ProfileActivity, ReactionKind,
    RegisterRequest, SessionToken, codes,
};
use rand::RngCore;
use std::sync::LazyLock;

use super::{no_content, with_etag};
use crate::db::{self, content as cdb, memberships as msdb, users as udb};
use crate::domain::passwords::{hash_password, new_token, verify_password};
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::extract::{Auth, Caller, IfMatch, JsonBody, Token, token_hash};
use crate::http::limits::ClientAddr;

pub const SHORT_SESSION: i64 = 12 * 3600;
pub const LONG_SESSION: i64 = 30 * 86_400;

/// A password's hash, in the bounded hashing pool.
async fn hashed(st: &AppState, password: &str) -> ApiResult<String> {
    let pw = password.to_string();
    st.guard.hashing.run(move || hash_password(&pw)).await?.map_err(|_| ApiError::internal())
}

/// A hash of a password nobody knows: unknown usernames are checked against it, so refusing
/// them costs the same time as refusing a wrong password.
static DECOY: LazyLock<String> = LazyLock::new(|| {
    let mut b = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut b);
    hash_password(&URL_SAFE_NO_PAD.encode(b)).unwrap_or_default()
});

fn invalid_credentials() -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, codes::INVALID_CREDENTIALS, "The username or password is wrong.")
}

/// Checks a password against a user's hash (or the decoy when there is no such user) in the
/// bounded hashing pool.
async fn password_matches(st: &AppState, password: &str, hash: Option<String>) -> ApiResult<bool> {
    let pw = password.to_string();
    st.guard
        .hashing
        .run(move || {
            let known = hash.is_some();
            let h = hash.unwrap_or_else(|| DECOY.clone());
            verify_password(&pw, &h) && known
        })
        .await
}

async fn open_session(w: &mut db::WriteTx, uid: i64, remember: bool) -> ApiResult<SessionToken> {
    let now = db::now();
    let token = new_token();
    let exp = now + if remember { LONG_SESSION } else { SHORT_SESSION };
    udb::create_session(w.conn(), &token_hash(&token), uid, exp, now).await?;
    let me = udb::me(w.conn(), uid, now).await?.ok_or_else(ApiError::internal)?;
    Ok(SessionToken { token, expires_at: format_rfc3339(exp), me })
}

pub async fn register(
    State(st): State<AppState>,
    ClientAddr(addr): ClientAddr,
    JsonBody(body): JsonBody<RegisterRequest>,
) -> ApiResult<Response> {
    check(validate::validate_register(&body))?;
    st.guard.register(addr).await?;
    {
        let mut c = st.db.pool.acquire().await?;
        if udb::username_exists(&mut c, &body.username).await? {
            return Err(taken(&body.username));
        }
    }
    let hash = hashed(&st, &body.password).await?;
    let mut w = st.db.write().await?;
    if udb::username_exists(w.conn(), &body.username).await? {
        return Err(taken(&body.username));
    }
    let display = body
        .display_name
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .unwrap_or(&body.username)
        .to_string();
    let now = db::now();
    let uid = udb::insert_user(w.conn(), &body.username, &display, &hash, &body.interests, now).await?;
    let s = open_session(&mut w, uid, false).await?;
    w.commit().await?;
    Ok((StatusCode::CREATED, Json(s)).into_response())
}

fn taken(u: &str) -> ApiError {
    ApiError::conflict(codes::USERNAME_TAKEN, format!("The username {u:?} is taken."))
}

pub async fn login(
    State(st): State<AppState>,
    ClientAddr(addr): ClientAddr,
    JsonBody(body): JsonBody<LoginRequest>,
) -> ApiResult<Response> {
    if body.password.chars().count() > 200 || body.username.chars().count() > 64 {
        return Err(invalid_credentials());
    }
    // No account's name has a NUL character, and PostgreSQL cannot even compare one: such a
    // name takes the same way as any unknown name.
    let mut body = body;
    body.username = body.username.replace('\0', "\u{FFFD}");
    let attempt = st.guard.login_attempt(&body.username, addr).await?;
    let row = udb::login_row(&st.db.pool, &body.username).await?;
    let (uid, hash) = match row {
        Some((uid, hash)) => (Some(uid), Some(hash)),
        None => (None, None),
    };
    let ok = password_matches(&st, &body.password, hash).await?;
    let Some(uid) = uid.filter(|_| ok) else {
        return Err(invalid_credentials());
    };
    st.guard.login_succeeded(attempt, &body.username, addr).await?;
    let mut w = st.db.write().await?;
    let s = open_session(&mut w, uid, body.remember).await?;
    w.commit().await?;
    Ok(Json(s).into_response())
}

pub async fn logout(State(st): State<AppState>, Auth(_): Auth, Token(token): Token) -> ApiResult<Response> {
    let hash = token_hash(&token);
    let mut w = st.db.write().await?;
    udb::delete_session(w.conn(), &hash).await?;
    w.commit().await?;
    st.forget_session(&hash);
    Ok(no_content())
}

/// Ends every session of the account, this one included (a lost phone, a shared computer).
pub async fn logout_all(State(st): State<AppState>, Auth(uid): Auth) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    udb::delete_sessions_of(w.conn(), uid, None).await?;
    w.commit().await?;
    st.forget_user_sessions(uid, None);
    Ok(no_content())
}

/// Changes the password after checking the current one (throttled like a login); every other
/// session of the account ends.
pub async fn change_password(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Token(token): Token,
    ClientAddr(addr): ClientAddr,
    JsonBody(body): JsonBody<PasswordChange>,
) -> ApiResult<Response> {
    let (username, hash) = {
        let mut c = st.db.pool.acquire().await?;
        udb::password_hash(&mut c, uid).await?.ok_or_else(ApiError::session_ended)?
    };
    check(validate::validate_password_change(&body))?;
    let attempt = st.guard.login_attempt(&username, addr).await?;
    if body.current_password.chars().count() > 200
        || !password_matches(&st, &body.current_password, Some(hash)).await?
    {
        return Err(ApiError::field("/current_password", "The current password is wrong."));
    }
    st.guard.login_succeeded(attempt, &username, addr).await?;
    let new_hash = hashed(&st, &body.new_password).await?;
    let keep = token_hash(&token);
    let mut w = st.db.write().await?;
    udb::set_password_hash(w.conn(), uid, &new_hash).await?;
    udb::delete_sessions_of(w.conn(), uid, Some(&keep)).await?;
    w.commit().await?;
    st.forget_user_sessions(uid, Some(&keep));
    Ok(no_content())
}

pub async fn me(State(st): State<AppState>, Auth(uid): Auth) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let me = udb::me(&mut c, uid, db::now()).await?.ok_or_else(ApiError::session_ended)?;
    Ok(with_etag(StatusCode::OK, &me))
}

pub async fn patch_me(
    State(st): State<AppState>,
    Auth(uid): Auth,
    if_match: IfMatch,
    JsonBody(body): JsonBody<MePatch>,
) -> ApiResult<Response> {
    let mut w = st.db.write().await?;
    let v = udb::me_version(w.conn(), uid).await?;
    if_match.check(&udb::me_etag(uid, v))?;
    check(validate::validate_me_patch(&body))?;
    udb::update_me(
        w.conn(),
        uid,
        body.display_name.as_deref().map(str::trim),
        body.interests.as_deref(),
        body.bio.as_deref().map(str::trim),
    )
    .await?;
    let me = udb::me(w.conn(), uid, db::now()).await?.ok_or_else(ApiError::internal)?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &me))
}

/// How many posts and comments a profile lists.
pub const PROFILE_RECENT: i64 = 10;

/// How long a profile's excerpts are, in characters.
pub const PROFILE_EXCERPT: usize = 200;

/// `GET /users/{username}`: a member as the caller may see them. Anyone may ask; the groups
/// shared with the caller and the content of groups the caller may read.
pub async fn profile(
    State(st): State<AppState>,
    caller: Caller,
    Path(username): Path<String>,
) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let (user, bio, interests, created_at) =
        udb::profile_row(&mut c, &username).await?.ok_or_else(|| ApiError::not_found("member"))?;
    let shared_groups = match caller.id() {
        Some(me) => msdb::shared_groups(&mut c, me, user.id).await?,
        None => Vec::new(),
    };
    let recent = cdb::recent_activity(&mut c, user.id, caller.id(), PROFILE_RECENT)
        .await?
        .into_iter()
        .map(|a| ProfileActivity {
            kind: if a.comment_id.is_some() { ActivityKind::Comment } else { ActivityKind::Post },
            group: a.group,
            post_id: a.post_id,
            comment_id: a.comment_id,
            title: a.title,
            excerpt: kith_api::text::excerpt(&a.body, PROFILE_EXCERPT),
            created_at: format_rfc3339(a.created_at),
        })
        .collect();
    let profile =
        Profile { user, bio, interests, joined_at: format_rfc3339(created_at), shared_groups, recent };
    Ok(Json(profile).into_response())
}

pub fn meta_doc(vapid_public_key: Option<String>) -> Meta {
    use kith_api::features as f;
    Meta {
        contract_version: kith_api::CONTRACT_VERSION.to_string(),
        implementation: concat!("kith-server ", env!("CARGO_PKG_VERSION")).to_string(),
        features: [
            f::RECOMMENDATIONS,
            f::REACTIONS,
            f::EVENTS,
            f::WAITLIST,
            f::ICALENDAR,
            f::MODERATION,
            f::HEALTH,
            f::IDEMPOTENCY,
            f::RESOURCES,
            f::NOTIFICATIONS,
            f::STREAM,
        ]
        .iter()
        .chain(vapid_public_key.as_ref().map(|_| &f::PUSH))
        .map(|s| s.to_string())
        .collect(),
        limits: LIMITS,
        reactions: ReactionKind::ALL.iter().map(|k| k.as_str().to_string()).collect(),
        topics: TOPICS.iter().map(|t| t.to_string()).collect(),
        vapid_public_key,
    }
}

pub async fn meta(State(st): State<AppState>) -> Response {
    Json(meta_doc(st.push.as_ref().map(|p| p.keys.public_key_b64url()))).into_response()
}
