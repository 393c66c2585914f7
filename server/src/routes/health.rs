//! Group health for leaders: twelve weekly points, engagement, quietness and overlaps.

use std::collections::{HashMap, HashSet};

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use kith_api::time::civil_from_days;
use kith_api::{GroupHealth, GroupOverlap, Visibility, WeekPoint};

use super::GroupCtx;
use crate::db::groups::GroupRow;
use crate::db::{self, groups as gdb, memberships as msdb, moderation as mdb};
use crate::error::ApiResult;
use crate::http::AppState;
use crate::http::extract::Auth;

pub const QUIET_THRESHOLD: u32 = 3;
const WEEK: i64 = 7 * 86_400;

/// Monday 00:00 UTC of the week holding `t`.
pub fn week_start(t: i64) -> i64 {
    let days = t.div_euclid(86_400);
    // 1970-01-01 was a Thursday: Monday-based weekday = (days + 3) mod 7.
    (days - (days + 3).rem_euclid(7)) * 86_400
}

pub async fn health(
    State(st): State<AppState>,
    Auth(uid): Auth,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let now = db::now();
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, Some(uid)).await?;
    ctx.require_moderator()?;
    let current = week_start(now);
    let first = current - 11 * WEEK;
    let since = first.min(now - 28 * 86_400);
    let raw = mdb::health_raw(&mut c, ctx.g.id, since).await?;
    let bucket =
        |t: i64| -> Option<usize> { (t >= first).then(|| ((t - first) / WEEK) as usize).filter(|i| *i < 12) };
    let mut weeks: Vec<WeekPoint> = (0..12)
        .map(|i| {
            let (y, m, d) = civil_from_days((first + i * WEEK) / 86_400);
            WeekPoint {
                week_start: format!("{y:04}-{m:02}-{d:02}"),
                posts: 0,
                comments: 0,
                active_members: 0,
                new_members: 0,
                rsvps: 0,
            }
        })
        .collect();
    for t in &raw.posts {
        if let Some(i) = bucket(*t) {
            weeks[i].posts += 1;
        }
    }
    for t in &raw.comments {
        if let Some(i) = bucket(*t) {
            weeks[i].comments += 1;
        }
    }
    for t in &raw.joins {
        if let Some(i) = bucket(*t) {
            weeks[i].new_members += 1;
        }
    }
    for t in &raw.rsvps {
        if let Some(i) = bucket(*t) {
            weeks[i].rsvps += 1;
        }
    }
    let mut active: Vec<HashSet<i64>> = vec![HashSet::new(); 12];
    let mut recent: HashSet<i64> = HashSet::new();
    for (u, t) in &raw.activity {
        if let Some(i) = bucket(*t) {
            active[i].insert(*u);
        }
        if *t >= now - 28 * 86_400 {
            recent.insert(*u);
        }
    }
    for (w, a) in weeks.iter_mut().zip(&active) {
        w.active_members = a.len() as u32;
    }
    let member_count = ctx.g.member_count.max(0) as u32;
    let engagement_rate =
        if member_count == 0 { 0.0 } else { (recent.len() as f64 / member_count as f64).min(1.0) };
    let fortnight = now - 14 * 86_400;
    let lately = raw.posts.iter().filter(|t| **t >= fortnight).count()
        + raw.comments.iter().filter(|t| **t >= fortnight).count();
    // Overlaps name only groups whose member lists the caller may read: public ones, and
    // those the caller belongs to. Private and unlisted groups of others stay secret, and so
    // does who is in them.
    let shared = mdb::shared_members(&mut c, ctx.g.id).await?;
    let mine = msdb::memberships_of(&mut c, uid).await?;
    let ids: Vec<i64> = shared.iter().map(|(g, _)| *g).collect();
    let groups: HashMap<i64, GroupRow> =
        gdb::by_ids(&mut c, &ids).await?.into_iter().map(|g| (g.id, g)).collect();
    let mut overlaps: Vec<GroupOverlap> = shared
        .into_iter()
        .filter_map(|(gid, n)| {
            let g = groups.get(&gid).filter(|g| !g.archived)?;
            if g.visibility != Visibility::Public && !mine.contains_key(&gid) {
                return None;
            }
            let topics: Vec<String> = g.topics.iter().filter(|t| ctx.g.topics.contains(t)).cloned().collect();
            (!topics.is_empty() && n > 0).then(|| GroupOverlap {
                slug: g.slug.clone(),
                name: g.name.clone(),
                shared_topics: topics,
                shared_members: n as u32,
                member_count: g.member_count.max(0) as u32,
            })
        })
        .collect();
    overlaps.sort_by(|a, b| b.shared_members.cmp(&a.shared_members).then(a.slug.cmp(&b.slug)));
    overlaps.truncate(5);
    let quiet = (lately as u32) < QUIET_THRESHOLD;
    let mut series_to_pause = Vec::new();
    if quiet {
        for s in crate::db::series::running_of_group(&mut c, ctx.g.id, now).await? {
            series_to_pause.push(super::series::to_series(&mut c, &s, &ctx.g, Some(uid), true, now).await?);
        }
    }
    Ok(Json(GroupHealth {
        weeks,
        member_count,
        engagement_rate,
        days_since_last_activity: raw.last_activity.map(|t| ((now - t).max(0) / 86_400) as u32),
        quiet,
        quiet_threshold: QUIET_THRESHOLD,
        overlaps,
        series_to_pause,
    })
    .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_start_on_monday() {
        // 2026-11-27 is a Friday; its week starts Monday 2026-11-23.
        let t = kith_api::time::parse_rfc3339("2026-11-27T18:00:00Z").unwrap();
        let m = week_start(t);
        assert_eq!(kith_api::time::format_rfc3339(m), "2026-11-23T00:00:00Z");
        assert_eq!(week_start(m), m);
        assert_eq!(week_start(m - 1), m - WEEK);
    }
}
