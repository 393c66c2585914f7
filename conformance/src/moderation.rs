//! Reports, the queue with context, resolving with each action, the moderation log and the
//! health report.

use kith_api::time::{days_from_civil, parse_rfc3339};
use kith_api::*;

use super::client::{Http, Resp, ensure_each_once, walk};
use super::world::{self, User, World, from_now, now};
use super::{Outcome, Suite, need};

fn queue(h: &Http, by: &User, slug: &str, status: Option<&str>) -> Outcome<Vec<ReportItem>> {
    let mut call = h.get(format!("/groups/{slug}/reports")).by(by).query("limit", 100);
    if let Some(st) = status {
        call = call.query("status", st);
    }
    Ok(call.send()?.expect_json::<Page<ReportItem>>(200)?.items)
}

fn item_for(h: &Http, by: &User, slug: &str, target: &ReportTarget) -> Outcome<ReportItem> {
    queue(h, by, slug, None)?
        .into_iter()
        .find(|i| i.target == *target)
        .ok_or_else(|| format!("no open queue item for {target:?}"))
}

fn resolve(h: &Http, by: &User, slug: &str, item: &ReportItem, action: ReportAction) -> Outcome<Resp> {
    h.post(format!("/groups/{slug}/reports/{}/resolve", item.id))
        .by(by)
        .if_match(&item.etag)
        .json(&ResolveRequest { action, reason: format!("conformance: {action:?}"), ban_until: None })
        .send()
}

fn modlog(h: &Http, by: &User, slug: &str, query: &[(&str, String)]) -> Outcome<Vec<ModLogEntry>> {
    walk(h, &format!("/groups/{slug}/modlog"), query, Some(by), 100)
}

struct Fixture {
    group: Group,
    remove_me: Post,
    lock_me: Post,
    dismiss_me: Post,
    parent: Comment,
    rude: Comment,
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(fx) = s.setup("moderation", || {
        let group = w.group_with(
            h,
            "modq",
            Visibility::Public,
            &w.owner,
            &[&w.moderator, &w.alice, &w.bob, &w.carol, &w.dave],
        )?;
        world::set_role(h, &w.owner, &group.slug, &w.moderator.username, Role::Moderator)?;
        let remove_me = world::create_post(h, &w.alice, &group.slug, &w.title("Spam offer"))?;
        let lock_me = world::create_post(h, &w.alice, &group.slug, &w.title("Heated thread"))?;
        let dismiss_me = world::create_post(h, &w.alice, &group.slug, &w.title("Fine post"))?;
        let parent = world::create_comment(h, &w.bob, dismiss_me.id, "An opinion.", None)?;
        let rude = world::create_comment(h, &w.alice, dismiss_me.id, "A rude reply.", Some(parent.id))?;
        Ok(Fixture { group, remove_me, lock_me, dismiss_me, parent, rude })
    }) else {
        return;
    };
    let slug = &fx.group.slug;
    let m = &w.moderator;
    let post_target = ReportTarget::Post { id: fx.remove_me.id };
    let comment_target = ReportTarget::Comment { id: fx.rude.id };
    let member_target = ReportTarget::Member { group: slug.clone(), username: w.dave.username.clone() };

    // Reporting.
    let first = s.check_value("moderation/report-post-201", || {
        let r = world::report(h, &w.bob, post_target.clone(), "This is spam.")?;
        ensure!(r.report_count == 1, "report_count is {}", r.report_count);
        Ok(r)
    });
    let early_etag = item_for(h, m, slug, &post_target).ok().map(|i| i.etag);
    s.check("moderation/report-same-target-joins-item", || {
        let f = need(&first, "moderation/report-post-201")?;
        let r = world::report(h, &w.carol, post_target.clone(), "Spam, clearly.")?;
        ensure!(
            r.item_id == f.item_id,
            "the second report opened item {} instead of joining {}",
            r.item_id,
            f.item_id
        );
        ensure!(r.report_count == 2, "report_count is {}", r.report_count);
        Ok(())
    });
    s.check("moderation/report-comment-201", || {
        world::report(h, &w.bob, comment_target.clone(), "Rude and personal.")?;
        Ok(())
    });
    s.check("moderation/report-member-201", || {
        world::report(h, &w.bob, member_target.clone(), "Keeps harassing people.")?;
        Ok(())
    });
    s.check("moderation/report-invalid-422", || {
        h.post("/reports")
            .by(&w.bob)
            .json(&NewReport { target: ReportTarget::Post { id: fx.lock_me.id }, reason: "x".into() })
            .send()?
            .expect_invalid(&["/reason"])?;
        Ok(())
    });
    s.check("moderation/report-anonymous-401", || {
        h.post("/reports")
            .json(&NewReport { target: post_target.clone(), reason: "Anonymous report".into() })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("moderation/report-unknown-target-404", || {
        h.post("/reports")
            .by(&w.bob)
            .json(&NewReport {
                target: ReportTarget::Post { id: 987_654_321 },
                reason: "Does not exist".into(),
            })
            .send()?
            .expect_problem_in(&[404, 422], &[codes::NOT_FOUND, codes::VALIDATION_FAILED])?;
        Ok(())
    });

    // The queue.
    let item = s.check_value("moderation/queue-shows-post-with-context", || {
        let f = need(&first, "moderation/report-post-201")?;
        let i = item_for(h, m, slug, &post_target)?;
        ensure!(i.id == f.item_id, "the item id is {}, the receipt said {}", i.id, f.item_id);
        ensure!(i.status == ReportStatus::Open, "status is {:?}", i.status);
        ensure!(
            i.report_count == 2 && i.reports.len() == 2,
            "report_count {} with {} reports",
            i.report_count,
            i.reports.len()
        );
        ensure!(i.group.slug == *slug, "group is {:?}", i.group);
        let reporters: Vec<i64> = i.reports.iter().map(|r| r.reporter.id).collect();
        ensure!(
            reporters.contains(&w.bob.id) && reporters.contains(&w.carol.id),
            "reporters are {reporters:?}"
        );
        let p = i.context.post.as_ref().ok_or("context.post is null")?;
        ensure!(p.id == fx.remove_me.id && p.title == fx.remove_me.title, "context.post is {p:?}");
        ensure!(
            parse_rfc3339(&i.first_reported_at) <= parse_rfc3339(&i.last_reported_at),
            "first_reported_at is after last_reported_at"
        );
        ensure!(i.resolution.is_none(), "an open item has a resolution");
        Ok(i)
    });
    s.check("moderation/queue-shows-comment-with-context", || {
        let i = item_for(h, m, slug, &comment_target)?;
        let c = i.context.comment.as_ref().ok_or("context.comment is null")?;
        ensure!(c.id == fx.rude.id && c.body == fx.rude.body, "context.comment is {c:?}");
        ensure!(
            i.context.post.as_ref().is_some_and(|p| p.id == fx.dismiss_me.id),
            "context.post is not the comment's post"
        );
        ensure!(
            i.context.parent_comment.as_ref().is_some_and(|p| p.id == fx.parent.id),
            "context.parent_comment is not the replied-to comment: {:?}",
            i.context.parent_comment
        );
        Ok(())
    });
    s.check("moderation/queue-shows-member-with-context", || {
        let i = item_for(h, m, slug, &member_target)?;
        ensure!(
            i.context.member.as_ref().is_some_and(|u| u.id == w.dave.id),
            "context.member is {:?}",
            i.context.member
        );
        Ok(())
    });
    s.check("moderation/queue-readable-by-owner", || {
        let items = queue(h, &w.owner, slug, None)?;
        ensure!(items.len() >= 3, "the owner sees {} items", items.len());
        Ok(())
    });

    // Resolving.
    s.check("moderation/resolve-without-if-match-428", || {
        let i = need(&item, "moderation/queue-shows-post-with-context")?;
        h.post(format!("/groups/{slug}/reports/{}/resolve", i.id))
            .by(m)
            .json(&ResolveRequest {
                action: ReportAction::Dismiss,
                reason: "no precondition".into(),
                ban_until: None,
            })
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("moderation/resolve-stale-etag-412", || {
        let i = need(&item, "moderation/queue-shows-post-with-context")?;
        let old = need(&early_etag, "listing the queue after the first report")?;
        ensure!(*old != i.etag, "the item's etag did not change when a second report joined it");
        let stale = ReportItem { etag: old.clone(), ..i.clone() };
        resolve(h, m, slug, &stale, ReportAction::Dismiss)?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let now = item_for(h, m, slug, &post_target)?;
        ensure!(now.status == ReportStatus::Open, "the item was resolved despite the 412");
        Ok(())
    });
    s.check("moderation/resolve-invalid-422", || {
        let i = need(&item, "moderation/queue-shows-post-with-context")?;
        h.post(format!("/groups/{slug}/reports/{}/resolve", i.id))
            .by(m)
            .if_match(&i.etag)
            .json(&ResolveRequest { action: ReportAction::Remove, reason: "x".into(), ban_until: None })
            .send()?
            .expect_invalid(&["/reason"])?;
        Ok(())
    });
    let removed = s.check_value("moderation/resolve-remove-200", || {
        let i = need(&item, "moderation/queue-shows-post-with-context")?;
        let r: ReportItem = resolve(h, m, slug, i, ReportAction::Remove)?.expect_json(200)?;
        ensure!(r.status == ReportStatus::Resolved, "status is {:?}", r.status);
        let res = r.resolution.as_ref().ok_or("resolution is null")?;
        ensure!(res.action == ReportAction::Remove, "resolution.action is {:?}", res.action);
        ensure!(res.by.id == m.id, "resolution.by is {:?}", res.by);
        Ok(r)
    });
    let post_path = format!("/posts/{}", fx.remove_me.id);
    s.check("moderation/removed-post-hidden-from-members", || {
        need(&removed, "moderation/resolve-remove-200")?;
        let p: Post = world::get_json(h, Some(&w.bob), &post_path)?;
        ensure!(p.removed, "removed is false");
        ensure!(p.body.is_empty(), "members still see the body {:?}", p.body);
        Ok(())
    });
    s.check("moderation/removed-post-visible-to-moderators", || {
        need(&removed, "moderation/resolve-remove-200")?;
        let p: Post = world::get_json(h, Some(m), &post_path)?;
        ensure!(p.removed, "removed is false");
        ensure!(p.body == fx.remove_me.body, "the moderator sees body {:?}", p.body);
        Ok(())
    });
    s.check("moderation/resolve-again-412-already-handled", || {
        let r = need(&removed, "moderation/resolve-remove-200")?;
        resolve(h, m, slug, r, ReportAction::Dismiss)?.expect_problem(412, codes::ALREADY_HANDLED)?;
        Ok(())
    });
    s.check("moderation/queue-filter-status", || {
        let r = need(&removed, "moderation/resolve-remove-200")?;
        let open = queue(h, m, slug, Some("open"))?;
        ensure!(open.iter().all(|i| i.id != r.id), "a resolved item is in status=open");
        let default = queue(h, m, slug, None)?;
        ensure!(default.iter().all(|i| i.id != r.id), "a resolved item is in the default (open) queue");
        let done = queue(h, m, slug, Some("resolved"))?;
        ensure!(done.iter().any(|i| i.id == r.id), "the resolved item is not in status=resolved");
        ensure!(done.iter().all(|i| i.status == ReportStatus::Resolved), "status=resolved lists open items");
        Ok(())
    });
    s.check("moderation/resolve-restore-200", || {
        need(&removed, "moderation/resolve-remove-200")?;
        world::report(h, &w.carol, post_target.clone(), "Removed by mistake?")?;
        let i = item_for(h, m, slug, &post_target)?;
        resolve(h, m, slug, &i, ReportAction::Restore)?.expect_json::<ReportItem>(200)?;
        let p: Post = world::get_json(h, Some(&w.bob), &post_path)?;
        ensure!(!p.removed, "removed is still true");
        ensure!(p.body == fx.remove_me.body, "members see body {:?}", p.body);
        Ok(())
    });
    s.check("moderation/resolve-lock-200", || {
        let target = ReportTarget::Post { id: fx.lock_me.id };
        world::report(h, &w.bob, target.clone(), "Getting out of hand.")?;
        let i = item_for(h, m, slug, &target)?;
        resolve(h, m, slug, &i, ReportAction::Lock)?.expect_json::<ReportItem>(200)?;
        let p: Post = world::get_json(h, Some(&w.bob), &format!("/posts/{}", fx.lock_me.id))?;
        ensure!(p.locked, "locked is false");
        h.post(format!("/posts/{}/comments", fx.lock_me.id))
            .by(&w.bob)
            .json(&NewComment { body: "One more thing".into(), parent_id: None })
            .send()?
            .expect_problem(403, codes::LOCKED)?;
        Ok(())
    });
    s.check("moderation/resolve-dismiss-200", || {
        let target = ReportTarget::Post { id: fx.dismiss_me.id };
        world::report(h, &w.bob, target.clone(), "I just disagree.")?;
        let i = item_for(h, m, slug, &target)?;
        let r: ReportItem = resolve(h, m, slug, &i, ReportAction::Dismiss)?.expect_json(200)?;
        ensure!(r.status == ReportStatus::Resolved, "status is {:?}", r.status);
        ensure!(
            r.resolution.as_ref().is_some_and(|x| x.action == ReportAction::Dismiss),
            "resolution is {:?}",
            r.resolution
        );
        let p: Post = world::get_json(h, Some(&w.bob), &format!("/posts/{}", fx.dismiss_me.id))?;
        ensure!(!p.removed && !p.locked && !p.body.is_empty(), "a dismissed report changed the post");
        Ok(())
    });
    s.check("moderation/resolve-remove-comment-200", || {
        let i = item_for(h, m, slug, &comment_target)?;
        resolve(h, m, slug, &i, ReportAction::Remove)?.expect_json::<ReportItem>(200)?;
        let c: Comment = world::get_json(h, Some(&w.bob), &format!("/comments/{}", fx.rude.id))?;
        ensure!(c.removed, "removed is false");
        ensure!(c.body.is_empty(), "members still see the body {:?}", c.body);
        Ok(())
    });
    s.check("moderation/resolve-ban-member-200", || {
        let i = item_for(h, m, slug, &member_target)?;
        resolve(h, m, slug, &i, ReportAction::Ban)?.expect_json::<ReportItem>(200)?;
        let g: Group = world::get_json(h, Some(&w.dave), &format!("/groups/{slug}"))?;
        ensure!(g.my_role.is_none(), "the banned member's my_role is {:?}", g.my_role);
        let bans: Vec<Ban> = world::list(h, Some(m), &format!("/groups/{slug}/bans"))?;
        ensure!(bans.iter().any(|b| b.user.id == w.dave.id), "the ban is not listed");
        h.post(format!("/groups/{slug}/join"))
            .by(&w.dave)
            .json(&JoinRequestBody::default())
            .send()?
            .expect_problem(403, codes::BANNED)?;
        Ok(())
    });

    // The moderation log.
    let log = s.check_value("moderation/modlog-lists-actions-newest-first", || {
        let entries = modlog(h, m, slug, &[])?;
        let kinds: Vec<ModLogKind> = entries.iter().map(|e| e.kind).collect();
        for want in [
            ModLogKind::PostRemoved,
            ModLogKind::PostRestored,
            ModLogKind::PostLocked,
            ModLogKind::ReportDismissed,
            ModLogKind::CommentRemoved,
            ModLogKind::MemberBanned,
            ModLogKind::RoleChanged,
        ] {
            ensure!(kinds.contains(&want), "no {} entry; kinds are {kinds:?}", want.as_str());
        }
        let times: Vec<i64> = entries.iter().map(|e| parse_rfc3339(&e.created_at).unwrap_or(0)).collect();
        ensure!(times.windows(2).all(|p| p[0] >= p[1]), "entries are not newest first");
        ensure!(entries.iter().all(|e| e.group.slug == *slug), "entries of another group");
        Ok(entries)
    });
    s.check("moderation/modlog-filter-kind", || {
        need(&log, "moderation/modlog-lists-actions-newest-first")?;
        let e = modlog(h, m, slug, &[("kind", "post_removed".into())])?;
        ensure!(!e.is_empty(), "kind=post_removed is empty");
        ensure!(e.iter().all(|x| x.kind == ModLogKind::PostRemoved), "kind=post_removed lists other kinds");
        Ok(())
    });
    s.check("moderation/modlog-filter-actor", || {
        need(&log, "moderation/modlog-lists-actions-newest-first")?;
        let e = modlog(h, m, slug, &[("actor", m.username.clone())])?;
        ensure!(!e.is_empty(), "actor={} is empty", m.username);
        ensure!(e.iter().all(|x| x.actor.id == m.id), "actor={} lists other actors", m.username);
        ensure!(
            e.iter().all(|x| x.kind != ModLogKind::RoleChanged),
            "the owner's role change is listed under the moderator"
        );
        Ok(())
    });
    s.check("moderation/modlog-filter-target", || {
        need(&log, "moderation/modlog-lists-actions-newest-first")?;
        let id = fx.remove_me.id.to_string();
        let e = modlog(h, m, slug, &[("target", format!("post:{id}"))])?;
        ensure!(e.len() >= 2, "target=post:{id} lists {} entries, expected removal and restoration", e.len());
        ensure!(
            e.iter().all(|x| x.target.kind == "post" && x.target.id == id),
            "target=post:{id} lists other targets"
        );
        let e = modlog(h, m, slug, &[("target", "member".into())])?;
        ensure!(!e.is_empty(), "target=member is empty");
        ensure!(e.iter().all(|x| x.target.kind == "member"), "target=member lists other kinds");
        Ok(())
    });
    s.check("moderation/modlog-filter-time-range", || {
        need(&log, "moderation/modlog-lists-actions-newest-first")?;
        let future = modlog(h, m, slug, &[("from", from_now(3600))])?;
        ensure!(future.is_empty(), "from=in an hour lists {} entries", future.len());
        let past = modlog(h, m, slug, &[("to", kith_api::time::format_rfc3339(w.started - 3600))])?;
        ensure!(past.is_empty(), "to=before the run lists {} entries", past.len());
        let all = modlog(
            h,
            m,
            slug,
            &[("from", kith_api::time::format_rfc3339(w.started - 60)), ("to", from_now(3600))],
        )?;
        ensure!(!all.is_empty(), "a range around the run is empty");
        Ok(())
    });
    s.check("moderation/modlog-unknown-kind-400", || {
        h.get(format!("/groups/{slug}/modlog"))
            .by(m)
            .query("kind", "post_vaporized")
            .send()?
            .expect_problem(400, codes::INVALID_QUERY)?;
        Ok(())
    });
    s.check("moderation/modlog-paging-walk", || {
        let all = need(&log, "moderation/modlog-lists-actions-newest-first")?;
        let paged: Vec<ModLogEntry> = walk(h, &format!("/groups/{slug}/modlog"), &[], Some(m), 2)?;
        let ids: Vec<i64> = paged.iter().map(|e| e.id).collect();
        let want: Vec<i64> = all.iter().map(|e| e.id).collect();
        ensure_each_once(&ids, &want, "modlog")?;
        ensure!(ids.len() == want.len(), "paging gave {} entries, one page gave {}", ids.len(), want.len());
        Ok(())
    });

    // Health.
    s.check("moderation/health-200", || {
        let g: Group = world::get_json(h, Some(m), &format!("/groups/{slug}"))?;
        let health: GroupHealth = h.get(format!("/groups/{slug}/health")).by(m).send()?.expect_json(200)?;
        ensure!(health.weeks.len() == 12, "{} weeks, expected 12", health.weeks.len());
        let days: Vec<i64> = health
            .weeks
            .iter()
            .map(|wk| {
                let b = wk.week_start.as_bytes();
                let num =
                    |r: std::ops::Range<usize>| wk.week_start.get(r).and_then(|x| x.parse::<i64>().ok());
                match (b.len(), num(0..4), num(5..7), num(8..10)) {
                    (10, Some(y), Some(mo), Some(d)) => days_from_civil(y, mo as u32, d as u32),
                    _ => i64::MIN,
                }
            })
            .collect();
        ensure!(days.iter().all(|d| *d != i64::MIN), "a week_start is not YYYY-MM-DD");
        ensure!(days.iter().all(|d| (d + 3).rem_euclid(7) == 0), "a week_start is not a Monday");
        ensure!(days.windows(2).all(|p| p[1] - p[0] == 7), "weeks are not consecutive, oldest first");
        let today = now().div_euclid(86_400);
        let last = days[11];
        ensure!(today >= last && today < last + 7, "the last week is not the current one");
        ensure!(
            health.member_count == g.member_count,
            "member_count {} differs from the group's {}",
            health.member_count,
            g.member_count
        );
        ensure!(
            (0.0..=1.0).contains(&health.engagement_rate),
            "engagement_rate is {}",
            health.engagement_rate
        );
        ensure!(
            health.days_since_last_activity == Some(0),
            "days_since_last_activity is {:?} in an active group",
            health.days_since_last_activity
        );
        let this_week = &health.weeks[11];
        ensure!(this_week.posts >= 3, "this week's posts are {}", this_week.posts);
        Ok(())
    });
}
