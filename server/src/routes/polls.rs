//! Date polls: propose dates, answer yes / if need be / no, turn the winner into an event.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::{
    FieldError, GroupRef, NewPoll, Page, Poll, PollOption, PollToEvent, PollVoter, PollVotes, RsvpChoice,
    RsvpStatus, codes, validate,
};

use super::events::{insert_new_event, rsvp_outcome};
use super::{GroupCtx, path_id, with_etag};
use crate::db::polls::{self as pdb, PollRow};
use crate::db::{self, Conn, events as edb};
use crate::domain::calendar::zone_known;
use crate::error::{ApiError, ApiResult, check};
use crate::http::AppState;
use crate::http::extract::{Auth, Caller, JsonBody, Qs};
use crate::http::limits::Create;

pub fn etag(p: &PollRow) -> String {
    format!("\"p{}-v{}\"", p.id, p.version)
}

async fn to_poll(c: &mut Conn, p: &PollRow, ctx: &GroupCtx, uid: Option<i64>) -> ApiResult<Poll> {
    let opts = pdb::options(&mut *c, p.id).await?;
    let mine = match uid {
        Some(u) => pdb::my_answers(&mut *c, p.id, u).await?,
        None => Default::default(),
    };
    let open = p.event_id.is_none() && !ctx.g.archived;
    Ok(Poll {
        id: p.id,
        group: GroupRef { slug: ctx.g.slug.clone(), name: ctx.g.name.clone() },
        title: p.title.clone(),
        description: p.description.clone(),
        time_zone: p.time_zone.clone(),
        options: opts
            .iter()
            .map(|o| PollOption {
                id: o.id,
                starts_at: format_rfc3339(o.starts_at),
                ends_at: format_rfc3339(o.ends_at),
                yes: o.yes as u32,
                if_need_be: o.if_need_be as u32,
                no: o.no as u32,
                my_answer: mine.get(&o.id).copied(),
            })
            .collect(),
        voter_count: pdb::voter_count(&mut *c, p.id).await? as u32,
        created_by: p.created_by.clone(),
        created_at: format_rfc3339(p.created_at),
        event_id: p.event_id,
        can_vote: open && ctx.role().is_some(),
        can_manage: open && ctx.can_moderate(),
        etag: etag(p),
    })
}

async fn load(c: &mut Conn, id: &str, uid: Option<i64>) -> ApiResult<(PollRow, GroupCtx)> {
    let id = path_id(id, "poll")?;
    let p = pdb::get(&mut *c, id).await?.ok_or_else(|| ApiError::not_found("poll"))?;
    let ctx = GroupCtx::load_id(c, p.group_id, uid).await?;
    ctx.require_read()?;
    Ok((p, ctx))
}

pub async fn list(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, caller.id()).await?;
    ctx.require_read()?;
    let pager = st.pager(format!("polls:{}", ctx.g.id));
    let after = pager.after(qs.cursor())?;
    let rows = pdb::of_group(&mut c, ctx.g.id, after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |p| (p.event_id.is_some() as i64, p.id));
    let mut items = Vec::with_capacity(rows.len());
    for p in &rows {
        items.push(to_poll(&mut c, p, &ctx, caller.id()).await?);
    }
    Ok(Json(Page { items, next_cursor }).into_response())
}

pub async fn create(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
    JsonBody(body): JsonBody<NewPoll>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let ctx = GroupCtx::load(w.conn(), &slug, Some(uid)).await?;
    ctx.require_contributor(now, "start polls")?;
    if !ctx.can_moderate() && !ctx.g.members_can_poll {
        return Err(ApiError::forbidden("In this group, moderators and owners start date polls."));
    }
    check(validate::validate_new_poll(&body, zone_known))?;
    st.guard.create(uid, Create::Event).await?;
    let options: Vec<(i64, i64)> = body
        .options
        .iter()
        .filter_map(|o| Some((parse_rfc3339(&o.starts_at)?, parse_rfc3339(&o.ends_at)?)))
        .collect();
    let id = pdb::insert(
        w.conn(),
        ctx.g.id,
        body.title.trim(),
        &body.description,
        &body.time_zone,
        uid,
        now,
        &options,
    )
    .await?;
    crate::db::groups::touch_activity(w.conn(), ctx.g.id, now).await?;
    let p = pdb::get(w.conn(), id).await?.ok_or_else(ApiError::internal)?;
    let out = to_poll(w.conn(), &p, &ctx, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &out))
}

pub async fn get(State(st): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let (p, ctx) = load(&mut c, &id, caller.id()).await?;
    let out = to_poll(&mut c, &p, &ctx, caller.id()).await?;
    Ok(with_etag(StatusCode::OK, &out))
}

fn require_open(p: &PollRow) -> ApiResult<()> {
    match p.event_id {
        Some(_) => Err(ApiError::conflict(codes::CONFLICT, "The poll is closed: it became an event.")),
        None => Ok(()),
    }
}

pub async fn vote(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<PollVotes>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (p, ctx) = load(w.conn(), &id, Some(uid)).await?;
    ctx.require_contributor(now, "answer polls")?;
    require_open(&p)?;
    let mut errs = validate::validate_poll_votes(&body);
    let opts = pdb::options(w.conn(), p.id).await?;
    for (i, a) in body.answers.iter().enumerate() {
        if !opts.iter().any(|o| o.id == a.option_id) {
            errs.push(FieldError::new(format!("/answers/{i}/option_id"), "Not an option of this poll."));
        }
    }
    check(errs)?;
    for a in &body.answers {
        pdb::put_vote(w.conn(), p.id, a.option_id, uid, a.answer, now).await?;
    }
    let out = to_poll(w.conn(), &p, &ctx, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::OK, &out))
}

/// Who can come when: members only.
pub async fn voters(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    qs: Qs,
) -> ApiResult<Response> {
    let limit = qs.limit()?;
    let mut c = st.db.pool.acquire().await?;
    let (p, ctx) = load(&mut c, &id, Some(uid)).await?;
    if ctx.role().is_none() {
        return Err(ApiError::forbidden("Only members see who answered."));
    }
    let pager = st.pager(format!("voters:{}", p.id));
    let after = pager.after(qs.cursor())?;
    let rows = pdb::voters(&mut c, p.id, after, limit + 1).await?;
    let (rows, next_cursor) = pager.page(rows, limit, |(u, _)| (u.username.clone(), u.id));
    let opts = pdb::options(&mut c, p.id).await?;
    let items = rows
        .into_iter()
        .map(|(user, answers)| PollVoter {
            answers: opts.iter().map(|o| answers.get(&o.id).copied()).collect(),
            user,
        })
        .collect();
    Ok(Json(Page { items, next_cursor }).into_response())
}

/// `POST /polls/{id}/event`.
pub async fn to_event(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<PollToEvent>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut w = st.db.write().await?;
    let (p, ctx) = load(w.conn(), &id, Some(uid)).await?;
    ctx.require_moderating()?;
    require_open(&p)?;
    let opts = pdb::options(w.conn(), p.id).await?;
    if !opts.iter().any(|o| o.id == body.option_id) {
        return Err(ApiError::field("/option_id", "Not an option of this poll."));
    }
    let (yes, maybe) = pdb::answerers(w.conn(), p.id, body.option_id).await?;
    // Voters hear once, that they are on the list; the rest of the group hears of a new event.
    let voters: Vec<i64> = yes.iter().chain(maybe.iter()).copied().collect();
    let eid = insert_new_event(w.conn(), &st, ctx.g.id, uid, &body.event, "/event", &voters, now).await?;
    let e = edb::event(w.conn(), eid).await?.ok_or_else(ApiError::internal)?;
    for u in &yes {
        let going = edb::going_count(w.conn(), eid).await?;
        let s = rsvp_outcome(RsvpChoice::Going, None, going, e.capacity);
        edb::put_rsvp(w.conn(), eid, ctx.g.id, *u, s, now).await?;
    }
    for u in &maybe {
        edb::put_rsvp(w.conn(), eid, ctx.g.id, *u, RsvpStatus::Maybe, now).await?;
    }
    let told: Vec<i64> = yes.iter().chain(maybe.iter()).copied().filter(|u| *u != uid).collect();
    crate::notify::poll_scheduled(w.conn(), ctx.g.id, eid, uid, &told, now).await?;
    pdb::close(w.conn(), p.id, eid).await?;
    let out = super::events::event_for(w.conn(), eid, Some(uid)).await?;
    w.commit().await?;
    Ok(with_etag(StatusCode::CREATED, &out))
}
