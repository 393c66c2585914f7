//! The permission matrix: every moderation endpoint refused to a plain member and to a
//! logged-in outsider (403) and to an anonymous caller (401), and the owner-only ones refused
//! to moderators; then a check that none of the refused requests changed anything.

use kith_api::*;
use serde_json::{Value, json};

use super::client::Http;
use super::world::{self, User, World, from_now};
use super::{Outcome, Suite};

/// One protected endpoint: the request a permitted caller would send.
struct Entry {
    name: &'static str,
    method: &'static str,
    path: String,
    body: Option<Value>,
    if_match: Option<String>,
}

fn entry(name: &'static str, method: &'static str, path: String) -> Entry {
    Entry { name, method, path, body: None, if_match: None }
}

impl Entry {
    fn body(mut self, v: Value) -> Self {
        self.body = Some(v);
        self
    }
    fn if_match(mut self, etag: &str) -> Self {
        self.if_match = Some(etag.to_string());
        self
    }
    fn send(&self, h: &Http, user: Option<&User>) -> Outcome<super::client::Resp> {
        let mut call = h.request(self.method, &self.path).by_opt(user);
        if let Some(e) = &self.if_match {
            call = call.if_match(e);
        }
        if let Some(b) = &self.body {
            call = call.json(b);
        }
        call.send()
    }
}

struct Fixture {
    group: Group,
    post: Post,
    comment: Comment,
    resource: ShelfItem,
    event: Event,
    item: ReportItem,
    request_id: i64,
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(fx) = s.setup("permissions", || {
        let group =
            w.group_with(h, "matrix", Visibility::Public, &w.owner, &[&w.moderator, &w.alice, &w.bob])?;
        let slug = group.slug.clone();
        world::set_role(h, &w.owner, &slug, &w.moderator.username, Role::Moderator)?;
        let post = world::create_post(h, &w.alice, &slug, &w.title("Matrix post"))?;
        let comment = world::create_comment(h, &w.bob, post.id, "Matrix comment", None)?;
        let resource: ShelfItem = h
            .post(format!("/groups/{slug}/resources"))
            .by(&w.owner)
            .json(&NewShelfItem {
                title: "Matrix resource".into(),
                url: "https://example.org/matrix".into(),
                ..Default::default()
            })
            .send()?
            .expect_json(201)?;
        let event = world::create_event(h, &w.owner, &slug, &w.new_event("Matrix event", 100, Some(5)))?;
        world::report(h, &w.bob, ReportTarget::Post { id: post.id }, "Matrix report")?;
        let item =
            world::get_json::<Page<ReportItem>>(h, Some(&w.owner), &format!("/groups/{slug}/reports"))?
                .items
                .into_iter()
                .find(|i| i.target == ReportTarget::Post { id: post.id })
                .ok_or("the matrix report is not in the queue")?;
        world::join(h, &w.carol, &w.private.slug)?;
        let request_id = world::request_id(h, &w.owner, &w.private.slug, w.carol.id)?;
        let group = world::get_json(h, Some(&w.owner), &format!("/groups/{slug}"))?;
        Ok(Fixture { group, post, comment, resource, event, item, request_id })
    }) else {
        return;
    };
    let slug = &fx.group.slug;
    let private = &w.private.slug;
    let bob = &w.bob.username;
    let reason = json!({ "reason": "permission matrix" });
    let table = vec![
        entry("list-reports", "GET", format!("/groups/{slug}/reports")),
        entry("resolve-report", "POST", format!("/groups/{slug}/reports/{}/resolve", fx.item.id))
            .if_match(&fx.item.etag)
            .body(json!({ "action": "dismiss", "reason": "permission matrix" })),
        entry("modlog", "GET", format!("/groups/{slug}/modlog")),
        entry("health", "GET", format!("/groups/{slug}/health")),
        entry("list-bans", "GET", format!("/groups/{slug}/bans")),
        entry("list-join-requests", "GET", format!("/groups/{private}/join-requests")),
        entry(
            "approve-join-request",
            "POST",
            format!("/groups/{private}/join-requests/{}/approve", fx.request_id),
        )
        .body(json!({})),
        entry("deny-join-request", "POST", format!("/groups/{private}/join-requests/{}/deny", fx.request_id))
            .body(json!({})),
        entry("sanction-member", "POST", format!("/groups/{slug}/members/{bob}/sanction"))
            .body(json!({ "kind": "mute", "until": from_now(86_400), "reason": "permission matrix" })),
        entry("unmute-member", "POST", format!("/groups/{slug}/members/{bob}/unmute")).body(reason.clone()),
        entry("unban-member", "POST", format!("/groups/{slug}/members/{bob}/unban")).body(reason.clone()),
        entry("set-role", "POST", format!("/groups/{slug}/members/{bob}/role"))
            .body(json!({ "role": "moderator" })),
        entry("pin-post", "POST", format!("/posts/{}/pin", fx.post.id)),
        entry("unpin-post", "POST", format!("/posts/{}/unpin", fx.post.id)),
        entry("lock-post", "POST", format!("/posts/{}/lock", fx.post.id)),
        entry("unlock-post", "POST", format!("/posts/{}/unlock", fx.post.id)),
        entry("remove-post", "POST", format!("/posts/{}/remove", fx.post.id)).body(reason.clone()),
        entry("restore-post", "POST", format!("/posts/{}/restore", fx.post.id)).body(reason.clone()),
        entry("remove-comment", "POST", format!("/comments/{}/remove", fx.comment.id)).body(reason.clone()),
        entry("restore-comment", "POST", format!("/comments/{}/restore", fx.comment.id)).body(reason.clone()),
        entry("create-resource", "POST", format!("/groups/{slug}/resources"))
            .body(json!({ "title": "Forbidden", "url": "https://example.org/no" })),
        entry("patch-resource", "PATCH", format!("/resources/{}", fx.resource.id))
            .if_match(&fx.resource.etag)
            .body(json!({ "title": "Forbidden" })),
        entry("delete-resource", "DELETE", format!("/resources/{}", fx.resource.id))
            .if_match(&fx.resource.etag),
        entry("create-event", "POST", format!("/groups/{slug}/events"))
            .body(serde_json::to_value(w.new_event("Forbidden event", 120, None)).unwrap_or_default()),
        entry("patch-event", "PATCH", format!("/events/{}", fx.event.id))
            .if_match(&fx.event.etag)
            .body(json!({ "title": "Forbidden" })),
        entry("cancel-event", "POST", format!("/events/{}/cancel", fx.event.id)).body(reason.clone()),
        entry("patch-group", "PATCH", format!("/groups/{slug}"))
            .if_match(&fx.group.etag)
            .body(json!({ "guidelines": "Forbidden" })),
        entry("archive-group", "POST", format!("/groups/{slug}/archive")),
    ];
    let callers: [(&str, Option<&User>); 3] =
        [("member", Some(&w.alice)), ("outsider", Some(&w.outsider)), ("anonymous", None)];
    for e in &table {
        for (who, user) in callers {
            let status = if user.is_some() { 403 } else { 401 };
            s.check(&format!("permissions/{}-{who}-{status}", e.name), || {
                let r = e.send(h, user)?;
                if user.is_some() {
                    r.expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
                } else {
                    r.expect_problem(401, codes::UNAUTHORIZED)?;
                }
                Ok(())
            });
        }
    }

    // Owner-only actions, refused to moderators.
    let owner_only = [
        entry("set-role", "POST", format!("/groups/{slug}/members/{bob}/role"))
            .body(json!({ "role": "moderator" })),
        entry("archive-group", "POST", format!("/groups/{slug}/archive")),
        entry("rename-group", "PATCH", format!("/groups/{slug}"))
            .if_match(&fx.group.etag)
            .body(json!({ "name": "Renamed by a moderator" })),
        entry("sanction-owner", "POST", format!("/groups/{slug}/members/{}/sanction", w.owner.username))
            .body(json!({ "kind": "ban", "reason": "permission matrix" })),
    ];
    for e in &owner_only {
        s.check(&format!("permissions/{}-moderator-403", e.name), || {
            e.send(h, Some(&w.moderator))?.expect_problem(403, codes::FORBIDDEN)?;
            Ok(())
        });
    }

    s.check("permissions/refused-requests-changed-nothing", || {
        let mut changed = Vec::new();
        let g: Group = world::get_json(h, Some(&w.owner), &format!("/groups/{slug}"))?;
        if g.archived || g.guidelines != fx.group.guidelines || g.name != fx.group.name {
            changed.push("the group");
        }
        let p: Post = world::get_json(h, Some(&w.owner), &format!("/posts/{}", fx.post.id))?;
        if p.pinned || p.locked || p.removed {
            changed.push("the post (pinned, locked or removed)");
        }
        let c: Comment = world::get_json(h, Some(&w.owner), &format!("/comments/{}", fx.comment.id))?;
        if c.removed {
            changed.push("the comment (removed)");
        }
        let shelf: Vec<ShelfItem> = world::list(h, None, &format!("/groups/{slug}/resources"))?;
        if shelf.len() != 1 || shelf[0].title != fx.resource.title {
            changed.push("the resources shelf");
        }
        let ev: Event = world::get_json(h, Some(&w.owner), &format!("/events/{}", fx.event.id))?;
        if ev.cancelled || ev.title != fx.event.title {
            changed.push("the event");
        }
        let events: Vec<Event> = world::list(h, None, &format!("/groups/{slug}/events"))?;
        if events.iter().any(|e| e.title == "Forbidden event") {
            changed.push("the group's events (one was created)");
        }
        let members: Vec<Member> = world::list(h, Some(&w.owner), &format!("/groups/{slug}/members"))?;
        let b = members.iter().find(|m| m.user.id == w.bob.id);
        if !b.is_some_and(|m| m.role == Role::Member && m.muted_until.is_none()) {
            changed.push("bob's membership (role or mute)");
        }
        let queue: Page<ReportItem> = world::get_json(h, Some(&w.owner), &format!("/groups/{slug}/reports"))?;
        if !queue.items.iter().any(|i| i.id == fx.item.id && i.status == ReportStatus::Open) {
            changed.push("the report queue (the item was resolved)");
        }
        if world::request_id(h, &w.owner, private, w.carol.id).is_err() {
            changed.push("the join request (approved or denied)");
        }
        ensure!(changed.is_empty(), "refused requests changed {}", changed.join(", "));
        Ok(())
    });
}
