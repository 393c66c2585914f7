//! Notifications: who hears about what (every kind, as the recipient and not as a third member
//! who cannot see it or was not addressed), levels, blocking, removed content, read state,
//! idempotent creates, the live stream (`GET /stream`, Server-Sent Events) and push
//! subscriptions. Skipped unless `/meta` lists the `notifications` feature (the stream and push
//! checks need `stream` and `push` too).
//!
//! The area registers its own members and makes a group per check, and reads the inbox with
//! `group=` so that what other checks cause never counts. Members with their own inbox to
//! count (`rea`, `blk`, `strm`) take part in nothing else.

use std::time::{Duration, Instant};

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::*;

use super::client::{self, Http};
use super::sse::{EventStream, SseEvent};
use super::world::{self, User, World, now};
use super::{Outcome, Suite, need};

use NotificationKind as K;
use TargetType as T;

/// The area's members (eight sign-ups).
struct People {
    ann: User,
    ben: User,
    cat: User,
    dan: User,
    /// In no group of the others' private groups; holds the push subscription.
    out: User,
    /// Only for the read-state checks.
    rea: User,
    /// Only for the blocking checks.
    blk: User,
    /// Only for the stream checks.
    strm: User,
}

// ---- helpers -----------------------------------------------------------------------------

/// Every item of the user's inbox, newest first (optionally of one group).
fn inbox_of(h: &Http, u: &User, group: Option<&str>) -> Outcome<Vec<Notification>> {
    let q: Vec<(&str, String)> = group.map(|g| ("group", g.to_string())).into_iter().collect();
    client::walk(h, "/notifications", &q, Some(u), 100)
}

/// The user's items of one group (filtered client-side, so it also works for a private group
/// the user no longer belongs to).
fn inbox(h: &Http, u: &User, slug: &str) -> Outcome<Vec<Notification>> {
    Ok(inbox_of(h, u, None)?
        .into_iter()
        .filter(|n| n.group.as_ref().is_some_and(|g| g.slug == slug))
        .collect())
}

fn unread(h: &Http, u: &User) -> Outcome<u32> {
    let c: UnreadCount = h.get("/notifications/unread-count").by(u).send()?.expect_json(200)?;
    Ok(c.count)
}

fn show(list: &[Notification]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|n| {
            format!(
                "#{} {} {:?}/{} by {}",
                n.id,
                n.kind.as_str(),
                n.target.kind,
                n.target.id.map(|i| i.to_string()).or_else(|| n.target.username.clone()).unwrap_or_default(),
                n.actor.as_ref().map(|a| a.username.as_str()).unwrap_or("-")
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

fn about(n: &Notification, ty: TargetType, id: i64) -> bool {
    n.target.kind == ty && n.target.id == Some(id)
}

/// Exactly one item of `kind` about the target, and nothing else about it.
fn expect_one(
    list: &[Notification],
    who: &User,
    kind: NotificationKind,
    ty: TargetType,
    id: i64,
) -> Outcome<Notification> {
    let hits: Vec<&Notification> = list.iter().filter(|n| about(n, ty, id)).collect();
    ensure!(
        hits.len() == 1 && hits[0].kind == kind,
        "{} should have exactly one {} about {ty:?} {id}, has {} (the inbox: {})",
        who.username,
        kind.as_str(),
        show(&hits.iter().map(|n| (*n).clone()).collect::<Vec<_>>()),
        show(list)
    );
    Ok(hits[0].clone())
}

/// No item matches.
fn expect_none(
    list: &[Notification],
    who: &User,
    what: &str,
    pred: impl Fn(&Notification) -> bool,
) -> Outcome<()> {
    let hits: Vec<Notification> = list.iter().filter(|n| pred(n)).cloned().collect();
    ensure!(hits.is_empty(), "{} should have no notification {what}, has {}", who.username, show(&hits));
    Ok(())
}

fn same_time(a: Option<&str>, b: &str) -> bool {
    match (a.and_then(parse_rfc3339), parse_rfc3339(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// Checks an item's actor, group, target and excerpt.
fn shape(
    n: &Notification,
    actor: Option<&User>,
    g: &Group,
    ty: TargetType,
    id: Option<i64>,
    post_id: Option<i64>,
    excerpt: &str,
) -> Outcome<()> {
    let k = n.kind.as_str();
    match (actor, &n.actor) {
        (None, None) => {}
        (Some(u), Some(a)) => ensure!(
            a.id == u.id && a.username == u.username,
            "the {k}'s actor is {}, expected {}",
            a.username,
            u.username
        ),
        (want, got) => {
            return Err(format!(
                "the {k}'s actor is {:?}, expected {:?}",
                got.as_ref().map(|a| &a.username),
                want.map(|u| &u.username)
            ));
        }
    }
    ensure!(
        n.group.as_ref().is_some_and(|x| x.slug == g.slug && x.name == g.name),
        "the {k}'s group is {:?}, expected {} ({})",
        n.group,
        g.slug,
        g.name
    );
    ensure!(n.target.kind == ty, "the {k}'s target type is {:?}, expected {ty:?}", n.target.kind);
    ensure!(n.target.id == id, "the {k}'s target id is {:?}, expected {id:?}", n.target.id);
    match (ty, post_id) {
        (T::Comment, Some(p)) => {
            ensure!(
                n.target.post_id == Some(p),
                "the {k}'s target post_id is {:?}, expected {p}",
                n.target.post_id
            )
        }
        _ => ensure!(
            n.target.post_id.is_none() || n.target.post_id == post_id,
            "the {k}'s target post_id is {:?}, expected none",
            n.target.post_id
        ),
    }
    ensure!(n.excerpt.chars().count() <= 140, "the {k}'s excerpt has more than 140 characters");
    ensure!(
        n.excerpt.starts_with(excerpt),
        "the {k}'s excerpt is {:?}, expected it to start with {excerpt:?}",
        n.excerpt
    );
    ensure!(n.read_at.is_none(), "a new {k} has read_at {:?}", n.read_at);
    ensure!(
        parse_rfc3339(&n.created_at).is_some(),
        "the {k}'s created_at {:?} is not RFC 3339",
        n.created_at
    );
    Ok(())
}

fn post_with(h: &Http, u: &User, slug: &str, title: &str, body: &str) -> Outcome<Post> {
    h.post(format!("/groups/{slug}/posts"))
        .by(u)
        .json(&NewPost { title: title.into(), body: body.into() })
        .send()?
        .expect_json(201)
        .map_err(|e| format!("{} posting in {slug}: {e}", u.username))
}

fn set_level(h: &Http, u: &User, slug: &str, level: NotificationLevel) -> Outcome<()> {
    let b: NotificationLevelBody = h
        .put(format!("/groups/{slug}/notification-level"))
        .by(u)
        .json(&NotificationLevelBody { level })
        .send()?
        .expect_json(200)?;
    ensure!(b.level == level, "PUT notification-level {} answered {:?}", level.as_str(), b.level);
    Ok(())
}

fn event_at(title: &str, starts: i64, capacity: Option<u32>) -> NewEvent {
    NewEvent {
        title: title.into(),
        description: "An event of the conformance suite's notification checks.".into(),
        starts_at: format_rfc3339(starts),
        ends_at: format_rfc3339(starts + 3600),
        all_day: false,
        time_zone: "Europe/Berlin".into(),
        location: Some("The park".into()),
        online_url: None,
        capacity,
        recurrence: None,
    }
}

fn ticket(h: &Http, u: &User) -> Outcome<StreamTicket> {
    let t: StreamTicket = h.post("/stream/ticket").by(u).send()?.expect_json(201)?;
    ensure!(!t.ticket.is_empty(), "the ticket is empty");
    let exp = parse_rfc3339(&t.expires_at).ok_or(format!("expires_at {:?} is not RFC 3339", t.expires_at))?;
    ensure!(exp > now() - 5, "the ticket expires at {} (in the past)", t.expires_at);
    Ok(t)
}

fn notification_of(ev: &SseEvent) -> Option<Notification> {
    serde_json::from_str(&ev.data).ok()
}

// ---- the area ----------------------------------------------------------------------------

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let meta: Meta = match h.get("/meta").send().and_then(|r| r.expect_json(200)) {
        Ok(m) => m,
        Err(e) => {
            s.setup::<()>("notifications", || Err(format!("GET /meta: {e}")));
            return;
        }
    };
    let has = |f: &str| meta.features.iter().any(|x| x == f);
    if !has(features::NOTIFICATIONS) {
        println!("SKIP notifications/* (the backend does not list the \"notifications\" feature)");
        return;
    }
    let Some(p) = s.setup("notifications", || {
        Ok(People {
            ann: w.user(h, "n-ann")?,
            ben: w.user(h, "n-ben")?,
            cat: w.user(h, "n-cat")?,
            dan: w.user(h, "n-dan")?,
            out: w.user(h, "n-out")?,
            rea: w.user(h, "n-rea")?,
            blk: w.user(h, "n-blk")?,
            strm: w.user(h, "n-strm")?,
        })
    }) else {
        return;
    };
    let p = &p;

    kinds(s, w, p);
    levels(s, w, p);
    blocking(s, w, p);
    removed(s, w, p);
    read_state(s, w, p);
    idempotency(s, w, p);
    if has(features::STREAM) {
        stream(s, w, p);
    } else {
        println!("SKIP notifications/stream-* (the backend does not list the \"stream\" feature)");
    }
    if has(features::PUSH) {
        push(s, p, &meta);
    } else {
        println!("SKIP notifications/push-* (the backend does not list the \"push\" feature)");
    }
}

/// Every kind, as its recipient and not as a third member.
fn kinds(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (ann, ben, cat, dan, out) = (&p.ann, &p.ben, &p.cat, &p.dan, &p.out);

    // Reminders are written by the server's loop: schedule one first and look last.
    let reminder = s.check_value("notifications/event-reminder-scheduled", || {
        let g = w.group_with(h, "n-remind", Visibility::Public, ben, &[cat, dan])?;
        let e = world::create_event(h, ben, &g.slug, &event_at(&w.title("Soon"), now() + 1800, None))?;
        world::rsvp(h, cat, e.id, RsvpChoice::Going)?;
        Ok((g, e, Instant::now()))
    });

    s.check("notifications/post-reply", || {
        let g = w.group_with(h, "n-reply", Visibility::Public, ann, &[ben, cat])?;
        let post = world::create_post(h, ann, &g.slug, &w.title("Reply to me"))?;
        let c = world::create_comment(h, ben, post.id, "Nice post, thanks for sharing it.", None)?;
        let n = expect_one(&inbox(h, ann, &g.slug)?, ann, K::PostReply, T::Comment, c.id)?;
        shape(&n, Some(ben), &g, T::Comment, Some(c.id), Some(post.id), "Nice post")?;
        expect_none(&inbox(h, cat, &g.slug)?, cat, "about ben's comment (cat was not addressed)", |n| {
            about(n, T::Comment, c.id)
        })?;
        expect_none(&inbox(h, ben, &g.slug)?, ben, "about his own comment", |n| about(n, T::Comment, c.id))
    });

    s.check("notifications/comment-reply", || {
        let g = w.group_with(h, "n-thread", Visibility::Public, cat, &[ann, ben, dan])?;
        let post = world::create_post(h, cat, &g.slug, &w.title("A thread"))?;
        let top = world::create_comment(h, ann, post.id, "My first thought.", None)?;
        let reply = world::create_comment(h, ben, post.id, "Replying to your thought.", Some(top.id))?;
        let n = expect_one(&inbox(h, ann, &g.slug)?, ann, K::CommentReply, T::Comment, reply.id)?;
        shape(&n, Some(ben), &g, T::Comment, Some(reply.id), Some(post.id), "Replying to your thought")?;
        expect_none(&inbox(h, dan, &g.slug)?, dan, "about a reply to someone else", |n| {
            about(n, T::Comment, reply.id) || about(n, T::Comment, top.id)
        })?;
        expect_none(&inbox(h, ben, &g.slug)?, ben, "about his own reply", |n| about(n, T::Comment, reply.id))
    });

    let private = s.check_value("notifications/mention-in-private-post-not-outsiders-or-emails", || {
        let g = w.group_with(h, "n-mention", Visibility::Private, ann, &[ben, cat])?;
        let title = w.title("Plans");
        let body = format!(
            "Hello @{} and @{}! Mail me at x@{}.org if you cannot come.",
            ben.username, out.username, cat.username
        );
        let post = post_with(h, ann, &g.slug, &title, &body)?;
        let n = expect_one(&inbox(h, ben, &g.slug)?, ben, K::Mention, T::Post, post.id)?;
        shape(&n, Some(ann), &g, T::Post, Some(post.id), Some(post.id), &title)?;
        expect_none(
            &inbox(h, cat, &g.slug)?,
            cat,
            "of kind mention (x@name.org is an e-mail address)",
            |n| n.kind == K::Mention,
        )?;
        let c = world::create_comment(
            h,
            ann,
            post.id,
            &format!("Also @{} and @{}.", out.username, cat.username),
            None,
        )?;
        let n = expect_one(&inbox(h, cat, &g.slug)?, cat, K::Mention, T::Comment, c.id)?;
        shape(&n, Some(ann), &g, T::Comment, Some(c.id), Some(post.id), "Also @")?;
        expect_none(&inbox(h, out, &g.slug)?, out, "from a private group he is not a member of", |_| true)?;
        Ok((g, post))
    });
    s.check("notifications/private-group-items-hidden-after-leaving", || {
        let (g, post) = need(&private, "notifications/mention-in-private-post-not-outsiders-or-emails")?;
        h.post(format!("/groups/{}/leave", g.slug)).by(ben).send()?.expect(204)?;
        let list = inbox(h, ben, &g.slug)?;
        expect_none(&list, ben, "about a private group's post after leaving it", |n| {
            about(n, T::Post, post.id)
        })?;
        ensure!(
            list.iter().any(|n| n.kind == K::JoinApproved),
            "the join_approved about his own standing should stay: {}",
            show(&list)
        );
        Ok(())
    });

    s.check("notifications/mention-in-comment", || {
        let g = w.group_with(h, "n-mention2", Visibility::Public, ben, &[ann, cat, dan])?;
        let post = world::create_post(h, ann, &g.slug, &w.title("Question"))?;
        let text = format!("Thanks @{} and @{}, what do you think?", cat.username, ann.username);
        let c = world::create_comment(h, dan, post.id, &text, None)?;
        let n = expect_one(&inbox(h, cat, &g.slug)?, cat, K::Mention, T::Comment, c.id)?;
        shape(&n, Some(dan), &g, T::Comment, Some(c.id), Some(post.id), "Thanks @")?;
        // The post's author hears once (a reply that also mentions her).
        expect_one(&inbox(h, ann, &g.slug)?, ann, K::PostReply, T::Comment, c.id)?;
        expect_none(&inbox(h, ben, &g.slug)?, ben, "about a comment that does not address him", |n| {
            about(n, T::Comment, c.id)
        })
    });

    let join = s.check_value("notifications/new-join-request-for-moderators", || {
        let g = w.group_with(h, "n-join", Visibility::Private, ann, &[ben])?;
        h.post(format!("/groups/{}/join", g.slug))
            .by(dan)
            .json(&JoinRequestBody { message: Some("Let me in, please.".into()) })
            .send()?
            .expect_json::<JoinOutcome>(200)?;
        let rid = world::request_id(h, ann, &g.slug, dan.id)?;
        let list = inbox(h, ann, &g.slug)?;
        let dans: Vec<&Notification> = list
            .iter()
            .filter(|n| n.kind == K::NewJoinRequest && n.actor.as_ref().is_some_and(|a| a.id == dan.id))
            .collect();
        ensure!(dans.len() == 1, "ann should have one new_join_request by dan, has {}", show(&list));
        shape(dans[0], Some(dan), &g, T::JoinRequest, Some(rid), None, "Let me in, please.")?;
        expect_none(&inbox(h, ben, &g.slug)?, ben, "of kind new_join_request (he is no moderator)", |n| {
            n.kind == K::NewJoinRequest
        })?;
        Ok((g, rid))
    });
    s.check("notifications/join-approved", || {
        let (g, rid) = need(&join, "notifications/new-join-request-for-moderators")?;
        h.post(format!("/groups/{}/join-requests/{rid}/approve", g.slug))
            .by(ann)
            .json(&JoinDecision { message: Some("Welcome!".into()) })
            .send()?
            .expect(200)?;
        let list = inbox(h, dan, &g.slug)?;
        let n = list
            .iter()
            .find(|n| n.kind == K::JoinApproved)
            .ok_or(format!("dan has no join_approved: {}", show(&list)))?;
        shape(n, Some(ann), g, T::Member, None, None, "")?;
        ensure!(
            n.target.username.as_deref() == Some(dan.username.as_str()),
            "target.username is {:?}",
            n.target.username
        );
        expect_none(&inbox(h, ben, &g.slug)?, ben, "about dan's approval", |n| {
            n.target.username.as_deref() == Some(dan.username.as_str())
        })?;
        expect_none(&inbox(h, out, &g.slug)?, out, "from this group", |_| true)
    });
    s.check("notifications/join-denied", || {
        let (g, _) = need(&join, "notifications/new-join-request-for-moderators")?;
        world::join(h, cat, &g.slug)?;
        let rid = world::request_id(h, ann, &g.slug, cat.id)?;
        let list = inbox(h, ann, &g.slug)?;
        ensure!(
            list.iter().any(|n| n.kind == K::NewJoinRequest
                && n.target.id == Some(rid)
                && n.actor.as_ref().is_some_and(|a| a.id == cat.id)),
            "ann has no new_join_request by cat about request {rid}: {}",
            show(&list)
        );
        h.post(format!("/groups/{}/join-requests/{rid}/deny", g.slug))
            .by(ann)
            .json(&JoinDecision { message: Some("Not this time.".into()) })
            .send()?
            .expect(204)?;
        // Not a member, yet the decision about her own request is hers to see.
        let list = inbox(h, cat, &g.slug)?;
        let n = list
            .iter()
            .find(|n| n.kind == K::JoinDenied)
            .ok_or(format!("cat has no join_denied: {}", show(&list)))?;
        shape(n, Some(ann), g, T::Member, None, None, "")?;
        ensure!(
            n.target.username.as_deref() == Some(cat.username.as_str()),
            "target.username is {:?}",
            n.target.username
        );
        expect_none(&list, cat, "of kind join_approved", |n| n.kind == K::JoinApproved)
    });

    s.check("notifications/join-request-target-ids-identify-one-request", || {
        let (g, _) = need(&join, "notifications/new-join-request-for-moderators")?;
        // Ben's (approved), dan's (approved) and cat's (denied) requests: three requests, three
        // ids. An id that a later request takes over would open someone else's request.
        let list = inbox(h, ann, &g.slug)?;
        let asks: Vec<&Notification> = list.iter().filter(|n| n.kind == K::NewJoinRequest).collect();
        ensure!(asks.len() == 3, "ann should have three new_join_request items, has {}", show(&list));
        let mut ids: Vec<Option<i64>> = asks.iter().map(|n| n.target.id).collect();
        ids.sort_unstable();
        ids.dedup();
        ensure!(
            ids.len() == 3,
            "three different join requests share target ids: {} (a decided request's id was given to a \
             later request)",
            show(&asks.iter().map(|n| (*n).clone()).collect::<Vec<_>>())
        );
        Ok(())
    });

    let standing = s.check_value("notifications/role-changed", || {
        let g = w.group_with(h, "n-standing", Visibility::Private, dan, &[ann, ben, cat])?;
        world::set_role(h, dan, &g.slug, &ben.username, Role::Moderator)?;
        let list = inbox(h, ben, &g.slug)?;
        let n = list
            .iter()
            .find(|n| n.kind == K::RoleChanged)
            .ok_or(format!("ben has no role_changed: {}", show(&list)))?;
        shape(n, Some(dan), &g, T::Member, None, None, "")?;
        ensure!(n.role == Some(Role::Moderator), "role is {:?}, expected moderator", n.role);
        ensure!(
            n.target.username.as_deref() == Some(ben.username.as_str()),
            "target.username is {:?}",
            n.target.username
        );
        expect_none(&inbox(h, cat, &g.slug)?, cat, "of kind role_changed", |n| n.kind == K::RoleChanged)?;
        Ok(g)
    });
    s.check("notifications/sanctioned-mute-with-until", || {
        let g = need(&standing, "notifications/role-changed")?;
        let until = world::from_now(86_400);
        h.post(format!("/groups/{}/members/{}/sanction", g.slug, cat.username))
            .by(dan)
            .json(&SanctionRequest {
                kind: SanctionKind::Mute,
                until: Some(until.clone()),
                reason: "Cool down a little.".into(),
            })
            .send()?
            .expect(204)?;
        let list = inbox(h, cat, &g.slug)?;
        let n = list
            .iter()
            .find(|n| n.kind == K::Sanctioned)
            .ok_or(format!("cat has no sanctioned: {}", show(&list)))?;
        shape(n, Some(dan), g, T::Member, None, None, "")?;
        ensure!(n.sanction == Some(SanctionKind::Mute), "sanction is {:?}, expected mute", n.sanction);
        ensure!(same_time(n.until.as_deref(), &until), "until is {:?}, expected {until}", n.until);
        expect_none(&inbox(h, ann, &g.slug)?, ann, "of kind sanctioned (cat's mute)", |n| {
            n.kind == K::Sanctioned
        })
    });
    s.check("notifications/sanctioned-ban-visible-after-leaving", || {
        let g = need(&standing, "notifications/role-changed")?;
        h.post(format!("/groups/{}/members/{}/sanction", g.slug, ann.username))
            .by(dan)
            .json(&SanctionRequest { kind: SanctionKind::Ban, until: None, reason: "Repeated spam.".into() })
            .send()?
            .expect(204)?;
        // No longer a member of this private group, but the ban is about her own standing.
        let list = inbox(h, ann, &g.slug)?;
        let n = list
            .iter()
            .find(|n| n.kind == K::Sanctioned)
            .ok_or(format!("ann has no sanctioned: {}", show(&list)))?;
        shape(n, Some(dan), g, T::Member, None, None, "")?;
        ensure!(n.sanction == Some(SanctionKind::Ban), "sanction is {:?}, expected ban", n.sanction);
        ensure!(n.until.is_none(), "until is {:?} for a ban without end", n.until);
        ensure!(
            n.target.username.as_deref() == Some(ann.username.as_str()),
            "target.username is {:?}",
            n.target.username
        );
        Ok(())
    });

    s.check("notifications/new-post-at-all-and-after-quiet-at-default", || {
        let g = w.group_with(h, "n-newpost", Visibility::Public, ann, &[ben, cat, dan])?;
        set_level(h, ben, &g.slug, NotificationLevel::All)?;
        set_level(h, dan, &g.slug, NotificationLevel::Mentions)?;
        // A brand-new group's first post comes after silence: `default` hears it too.
        let first = world::create_post(h, ann, &g.slug, &w.title("First"))?;
        let n = expect_one(&inbox(h, ben, &g.slug)?, ben, K::NewPost, T::Post, first.id)?;
        shape(&n, Some(ann), &g, T::Post, Some(first.id), Some(first.id), &first.title)?;
        expect_one(&inbox(h, cat, &g.slug)?, cat, K::NewPost, T::Post, first.id)
            .map_err(|e| format!("the first post of a new group (after silence) at level default: {e}"))?;
        expect_none(&inbox(h, dan, &g.slug)?, dan, "of kind new_post at level mentions", |n| {
            n.kind == K::NewPost
        })?;
        expect_none(&inbox(h, out, &g.slug)?, out, "from a group he is not in", |_| true)?;
        expect_none(&inbox(h, ann, &g.slug)?, ann, "about her own post", |n| about(n, T::Post, first.id))?;
        let second = world::create_post(h, ann, &g.slug, &w.title("Second"))?;
        expect_one(&inbox(h, ben, &g.slug)?, ben, K::NewPost, T::Post, second.id)?;
        expect_none(&inbox(h, cat, &g.slug)?, cat, "about a post right after another at level default", |n| {
            about(n, T::Post, second.id)
        })
    });

    s.check("notifications/new-event", || {
        let g = w.group_with(h, "n-newevent", Visibility::Public, ben, &[ann, cat, dan])?;
        set_level(h, dan, &g.slug, NotificationLevel::Mentions)?;
        let e = world::create_event(h, ben, &g.slug, &w.new_event(&w.title("Picnic"), 72, None))?;
        let n = expect_one(&inbox(h, ann, &g.slug)?, ann, K::NewEvent, T::Event, e.id)?;
        shape(&n, Some(ben), &g, T::Event, Some(e.id), None, &e.title)?;
        ensure!(
            same_time(n.until.as_deref(), &e.starts_at),
            "until is {:?}, expected the start {}",
            n.until,
            e.starts_at
        );
        expect_one(&inbox(h, cat, &g.slug)?, cat, K::NewEvent, T::Event, e.id)?;
        expect_none(&inbox(h, dan, &g.slug)?, dan, "of kind new_event at level mentions", |n| {
            n.kind == K::NewEvent
        })?;
        expect_none(&inbox(h, ben, &g.slug)?, ben, "about his own event", |n| about(n, T::Event, e.id))
    });

    let changed = s.check_value("notifications/event-changed-for-those-who-answered", || {
        let g = w.group_with(h, "n-evchange", Visibility::Public, cat, &[ann, ben, dan])?;
        let e = world::create_event(h, cat, &g.slug, &w.new_event(&w.title("Hike"), 48, None))?;
        world::rsvp(h, ann, e.id, RsvpChoice::Going)?;
        world::rsvp(h, ben, e.id, RsvpChoice::Maybe)?;
        let path = format!("/events/{}", e.id);
        let cur: Event = world::get_json(h, Some(cat), &path)?;
        let retitled: Event = h
            .patch(&path)
            .by(cat)
            .if_match(&cur.etag)
            .json(&EventPatch { title: Some(w.title("Hike, renamed")), ..Default::default() })
            .send()?
            .expect_json(200)?;
        expect_none(&inbox(h, ann, &g.slug)?, ann, "of kind event_changed after a new title only", |n| {
            n.kind == K::EventChanged
        })?;
        let start = parse_rfc3339(&e.starts_at).ok_or("the event's starts_at is not RFC 3339")? + 3600;
        let moved: Event = h
            .patch(&path)
            .by(cat)
            .if_match(&retitled.etag)
            .json(&EventPatch {
                starts_at: Some(format_rfc3339(start)),
                ends_at: Some(format_rfc3339(start + 2 * 3600)),
                ..Default::default()
            })
            .send()?
            .expect_json(200)?;
        for u in [ann, ben] {
            let list = inbox(h, u, &g.slug)?;
            let hits: Vec<&Notification> = list.iter().filter(|n| n.kind == K::EventChanged).collect();
            ensure!(hits.len() == 1, "{} should have one event_changed, has {}", u.username, show(&list));
            let n = hits[0];
            shape(n, Some(cat), &g, T::Event, Some(e.id), None, "Hike")?;
            ensure!(
                same_time(n.until.as_deref(), &moved.starts_at),
                "until is {:?}, expected the new start {}",
                n.until,
                moved.starts_at
            );
        }
        expect_none(&inbox(h, dan, &g.slug)?, dan, "of kind event_changed (he did not answer)", |n| {
            n.kind == K::EventChanged
        })?;
        expect_none(&inbox(h, cat, &g.slug)?, cat, "about her own change", |n| n.kind == K::EventChanged)?;
        Ok((g, e))
    });
    s.check("notifications/event-cancelled", || {
        let (g, e) = need(&changed, "notifications/event-changed-for-those-who-answered")?;
        h.post(format!("/events/{}/cancel", e.id))
            .by(cat)
            .json(&CancelRequest { reason: Some("Storm warning".into()) })
            .send()?
            .expect(200)?;
        for u in [ann, ben] {
            let list = inbox(h, u, &g.slug)?;
            let hits: Vec<&Notification> = list.iter().filter(|n| n.kind == K::EventCancelled).collect();
            ensure!(hits.len() == 1, "{} should have one event_cancelled, has {}", u.username, show(&list));
            shape(hits[0], Some(cat), g, T::Event, Some(e.id), None, "Hike")?;
        }
        expect_none(&inbox(h, dan, &g.slug)?, dan, "of kind event_cancelled (he did not answer)", |n| {
            n.kind == K::EventCancelled
        })
    });

    s.check("notifications/waitlist-promoted-without-actor", || {
        let g = w.group_with(h, "n-waitlist", Visibility::Public, dan, &[ann, ben, cat])?;
        let e = world::create_event(h, dan, &g.slug, &w.new_event(&w.title("One seat"), 30, Some(1)))?;
        world::rsvp(h, ann, e.id, RsvpChoice::Going)?;
        let o = world::rsvp(h, ben, e.id, RsvpChoice::Going)?;
        ensure!(o.status == RsvpStatus::Waitlisted, "ben should be waitlisted, is {:?}", o.status);
        expect_none(&inbox(h, ben, &g.slug)?, ben, "of kind waitlist_promoted yet", |n| {
            n.kind == K::WaitlistPromoted
        })?;
        world::rsvp(h, ann, e.id, RsvpChoice::Declined)?;
        let list = inbox(h, ben, &g.slug)?;
        let hits: Vec<&Notification> = list.iter().filter(|n| n.kind == K::WaitlistPromoted).collect();
        ensure!(hits.len() == 1, "ben should have one waitlist_promoted, has {}", show(&list));
        // Who freed the place stays private.
        shape(hits[0], None, &g, T::Event, Some(e.id), None, "One seat")?;
        ensure!(
            same_time(hits[0].until.as_deref(), &e.starts_at),
            "until is {:?}, expected {}",
            hits[0].until,
            e.starts_at
        );
        expect_none(&inbox(h, ann, &g.slug)?, ann, "of kind waitlist_promoted", |n| {
            n.kind == K::WaitlistPromoted
        })?;
        expect_none(&inbox(h, cat, &g.slug)?, cat, "of kind waitlist_promoted", |n| {
            n.kind == K::WaitlistPromoted
        })
    });

    s.check("notifications/new-report-for-moderators", || {
        let g = w.group_with(h, "n-report", Visibility::Public, ben, &[cat, ann, dan])?;
        world::set_role(h, ben, &g.slug, &cat.username, Role::Moderator)?;
        let post = world::create_post(h, ann, &g.slug, &w.title("Buy now"))?;
        let receipt = world::report(h, dan, ReportTarget::Post { id: post.id }, "Spam link in the post.")?;
        for m in [ben, cat] {
            let n = expect_one(&inbox(h, m, &g.slug)?, m, K::NewReport, T::Report, receipt.item_id)?;
            shape(&n, Some(dan), &g, T::Report, Some(receipt.item_id), None, "Spam link in the post.")?;
        }
        expect_none(&inbox(h, ann, &g.slug)?, ann, "of kind new_report (she is no moderator)", |n| {
            n.kind == K::NewReport
        })?;
        expect_none(&inbox(h, dan, &g.slug)?, dan, "of kind new_report (his own report)", |n| {
            n.kind == K::NewReport
        })
    });

    s.check("notifications/event-reminder", || {
        let (g, e, since) = need(&reminder, "notifications/event-reminder-scheduled")?;
        let deadline = *since + Duration::from_secs(15);
        let n = loop {
            let list = inbox(h, cat, &g.slug)?;
            if let Some(n) = list.iter().find(|n| n.kind == K::EventReminder) {
                break n.clone();
            }
            ensure!(
                Instant::now() < deadline,
                "no event_reminder within 15 s of an RSVP to an event starting in 30 minutes: {}",
                show(&list)
            );
            std::thread::sleep(Duration::from_millis(250));
        };
        shape(&n, None, g, T::Event, Some(e.id), None, "Soon")?;
        ensure!(
            same_time(n.until.as_deref(), &e.starts_at),
            "until is {:?}, expected the start {}",
            n.until,
            e.starts_at
        );
        expect_none(&inbox(h, dan, &g.slug)?, dan, "of kind event_reminder (he did not answer)", |n| {
            n.kind == K::EventReminder
        })
    });
    s.check("notifications/event-reminder-once", || {
        let (g, _, since) = need(&reminder, "notifications/event-reminder-scheduled")?;
        // Let the server's loop run a few more times.
        let wait = Duration::from_secs(5).saturating_sub(since.elapsed());
        std::thread::sleep(wait);
        let list = inbox(h, cat, &g.slug)?;
        let n = list.iter().filter(|n| n.kind == K::EventReminder).count();
        ensure!(n == 1, "cat should have exactly one event_reminder, has {}", show(&list));
        Ok(())
    });
}

/// Nobody hears about their own actions; levels.
fn levels(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (ann, ben, cat, dan, out) = (&p.ann, &p.ben, &p.cat, &p.dan, &p.out);

    s.check("notifications/nobody-hears-their-own-actions", || {
        let g = w.group_with(h, "n-self", Visibility::Public, ann, &[ben])?;
        let me = format!("@{}", ann.username);
        let post = post_with(h, ann, &g.slug, &w.title("Note to self"), &format!("Remember this, {me}."))?;
        let c = world::create_comment(h, ann, post.id, &format!("And this, {me}."), None)?;
        world::create_comment(h, ann, post.id, "Replying to myself.", Some(c.id))?;
        let e = world::create_event(h, ann, &g.slug, &w.new_event(&w.title("My event"), 40, None))?;
        world::rsvp(h, ann, e.id, RsvpChoice::Going)?;
        let cur: Event = world::get_json(h, Some(ann), &format!("/events/{}", e.id))?;
        h.patch(format!("/events/{}", e.id))
            .by(ann)
            .if_match(&cur.etag)
            .json(&EventPatch { location: Some(Some("Elsewhere".into())), ..Default::default() })
            .send()?
            .expect(200)?;
        let list = inbox(h, ann, &g.slug)?;
        ensure!(list.is_empty(), "ann has notifications about her own actions: {}", show(&list));
        expect_one(&inbox(h, ben, &g.slug)?, ben, K::NewEvent, T::Event, e.id)
            .map_err(|e| format!("(the actions did notify others) {e}"))?;
        Ok(())
    });

    s.check("notifications/level-endpoint", || {
        let g = w.group_with(h, "n-levels", Visibility::Public, cat, &[dan])?;
        let path = format!("/groups/{}/notification-level", g.slug);
        let mine = |u: Option<&User>| -> Outcome<Option<NotificationLevel>> {
            let g: Group = world::get_json(h, u, &format!("/groups/{}", g.slug))?;
            Ok(g.my_notification_level)
        };
        ensure!(
            mine(Some(dan))? == Some(NotificationLevel::Default),
            "a new member's level is {:?}",
            mine(Some(dan))?
        );
        ensure!(mine(Some(out))?.is_none(), "a non-member's my_notification_level is {:?}", mine(Some(out))?);
        ensure!(mine(None)?.is_none(), "an anonymous caller's my_notification_level is {:?}", mine(None)?);
        for level in [
            NotificationLevel::All,
            NotificationLevel::Mentions,
            NotificationLevel::Muted,
            NotificationLevel::Default,
        ] {
            set_level(h, dan, &g.slug, level)?;
            ensure!(
                mine(Some(dan))? == Some(level),
                "after PUT {} my_notification_level is {:?}",
                level.as_str(),
                mine(Some(dan))?
            );
        }
        set_level(h, dan, &g.slug, NotificationLevel::Mentions)?;
        ensure!(
            mine(Some(cat))? == Some(NotificationLevel::Default),
            "dan's level changed cat's: {:?}",
            mine(Some(cat))?
        );
        h.put(&path)
            .by(out)
            .json(&NotificationLevelBody { level: NotificationLevel::All })
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        h.put(&path)
            .json(&NotificationLevelBody { level: NotificationLevel::All })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        h.put(&path)
            .by(dan)
            .json(&serde_json::json!({ "level": "loud" }))
            .send()?
            .expect_problem(422, codes::VALIDATION_FAILED)?;
        h.put(&path)
            .by(dan)
            .json(&serde_json::json!({}))
            .send()?
            .expect_problem_in(&[400, 422], &[codes::MALFORMED_REQUEST, codes::VALIDATION_FAILED])?;
        h.put(format!("/groups/{}-nope/notification-level", g.slug))
            .by(dan)
            .json(&NotificationLevelBody { level: NotificationLevel::All })
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        ensure!(
            mine(Some(dan))? == Some(NotificationLevel::Mentions),
            "a refused PUT changed the level to {:?}",
            mine(Some(dan))?
        );
        Ok(())
    });

    s.check("notifications/level-muted-hears-only-personal-kinds", || {
        let g = w.group_with(h, "n-muted", Visibility::Public, ann, &[ben, cat])?;
        let mine = world::create_post(h, ben, &g.slug, &w.title("Ben's post"))?;
        set_level(h, ben, &g.slug, NotificationLevel::Muted)?;
        post_with(h, ann, &g.slug, &w.title("Hey"), &format!("Hey @{}, look.", ben.username))?;
        world::create_comment(h, ann, mine.id, &format!("Good one, @{}.", ben.username), None)?;
        let e = world::create_event(h, ann, &g.slug, &w.new_event(&w.title("Muted picnic"), 50, None))?;
        let list = inbox(h, ben, &g.slug)?;
        ensure!(list.is_empty(), "at level muted ben still hears: {}", show(&list));
        expect_one(&inbox(h, cat, &g.slug)?, cat, K::NewEvent, T::Event, e.id)?;
        world::set_role(h, ann, &g.slug, &ben.username, Role::Moderator)?;
        let list = inbox(h, ben, &g.slug)?;
        ensure!(
            list.len() == 1 && list[0].kind == K::RoleChanged,
            "at level muted ben should hear only his role change, has {}",
            show(&list)
        );
        Ok(())
    });

    s.check("notifications/level-mentions-hears-mentions-and-replies-only", || {
        let g = w.group_with(h, "n-mentions", Visibility::Public, ben, &[cat, ann])?;
        let mine = world::create_post(h, cat, &g.slug, &w.title("Cat's post"))?;
        set_level(h, cat, &g.slug, NotificationLevel::Mentions)?;
        let e = world::create_event(h, ben, &g.slug, &w.new_event(&w.title("Quiet picnic"), 60, None))?;
        let plain = world::create_post(h, ben, &g.slug, &w.title("Plain news"))?;
        let named =
            post_with(h, ben, &g.slug, &w.title("Named"), &format!("What do you say, @{}?", cat.username))?;
        let c = world::create_comment(h, ann, mine.id, "A reply to cat's post.", None)?;
        let list = inbox(h, cat, &g.slug)?;
        expect_one(&list, cat, K::Mention, T::Post, named.id)?;
        expect_one(&list, cat, K::PostReply, T::Comment, c.id)?;
        expect_none(&list, cat, "of kind new_event at level mentions", |n| about(n, T::Event, e.id))?;
        expect_none(&list, cat, "of kind new_post at level mentions", |n| {
            n.kind == K::NewPost || about(n, T::Post, plain.id)
        })?;
        ensure!(list.len() == 2, "at level mentions cat has {}", show(&list));
        Ok(())
    });
}

fn blocking(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (blk, ben, cat) = (&p.blk, &p.ben, &p.cat);
    struct Fx {
        g: Group,
        post: Post,
        by_ben: Comment,
        by_cat: Comment,
        before: u32,
    }
    let fx = s.check_value("notifications/block-hides-existing-notifications", || {
        let g = w.group_with(h, "n-block", Visibility::Public, blk, &[ben, cat])?;
        let post = world::create_post(h, blk, &g.slug, &w.title("Blocker's post"))?;
        let by_ben = world::create_comment(h, ben, post.id, "A comment by ben.", None)?;
        let by_cat = world::create_comment(h, cat, post.id, "A comment by cat.", None)?;
        let list = inbox(h, blk, &g.slug)?;
        expect_one(&list, blk, K::PostReply, T::Comment, by_ben.id)?;
        expect_one(&list, blk, K::PostReply, T::Comment, by_cat.id)?;
        let before = unread(h, blk)?;
        for _ in 0..2 {
            h.post(format!("/me/blocks/{}", ben.username)).by(blk).send()?.expect(204)?;
        }
        let blocks: BlockList = h.get("/me/blocks").by(blk).send()?.expect_json(200)?;
        let names: Vec<&str> = blocks.items.iter().map(|u| u.username.as_str()).collect();
        ensure!(
            names == [ben.username.as_str()],
            "GET /me/blocks lists {names:?} after blocking ben (twice)"
        );
        let list = inbox(h, blk, &g.slug)?;
        expect_none(&list, blk, "by the member he blocked", |n| about(n, T::Comment, by_ben.id))?;
        expect_one(&list, blk, K::PostReply, T::Comment, by_cat.id)?;
        let after = unread(h, blk)?;
        ensure!(
            after + 1 == before,
            "the unread count went from {before} to {after} when one unread item's actor was blocked"
        );
        Ok(Fx { g, post, by_ben, by_cat, before })
    });
    let during = s.check_value("notifications/blocked-member-does-not-notify", || {
        let f = need(&fx, "notifications/block-hides-existing-notifications")?;
        let c = world::create_comment(h, ben, f.post.id, &format!("Hello again @{}.", blk.username), None)?;
        let q = post_with(h, ben, &f.g.slug, &w.title("By ben"), &format!("Listen, @{}!", blk.username))?;
        let list = inbox(h, blk, &f.g.slug)?;
        expect_none(&list, blk, "from the member he blocked", |n| {
            about(n, T::Comment, c.id) || about(n, T::Post, q.id)
        })?;
        Ok((c, q))
    });
    s.check("notifications/author-blocked-on-posts-and-comments", || {
        let f = need(&fx, "notifications/block-hides-existing-notifications")?;
        let (_, q) = need(&during, "notifications/blocked-member-does-not-notify")?;
        let seen: Post = world::get_json(h, Some(blk), &format!("/posts/{}", q.id))?;
        ensure!(seen.author_blocked, "the blocker sees author_blocked false on the blocked member's post");
        let other: Post = world::get_json(h, Some(cat), &format!("/posts/{}", q.id))?;
        ensure!(!other.author_blocked, "another member sees author_blocked true");
        let own: Post = world::get_json(h, Some(blk), &format!("/posts/{}", f.post.id))?;
        ensure!(!own.author_blocked, "the blocker's own post has author_blocked true");
        let comments: Vec<Comment> = world::list(h, Some(blk), &format!("/posts/{}/comments", f.post.id))?;
        let flag = |id: i64| comments.iter().find(|c| c.id == id).map(|c| c.author_blocked);
        ensure!(
            flag(f.by_ben.id) == Some(true),
            "ben's comment has author_blocked {:?} for the blocker",
            flag(f.by_ben.id)
        );
        ensure!(flag(f.by_cat.id) == Some(false), "cat's comment has author_blocked {:?}", flag(f.by_cat.id));
        let one: Comment = world::get_json(h, Some(blk), &format!("/comments/{}", f.by_ben.id))?;
        ensure!(
            one.author_blocked,
            "GET /comments/{} shows author_blocked false to the blocker",
            f.by_ben.id
        );
        let feed: Vec<Post> = world::list(h, Some(blk), &format!("/groups/{}/posts", f.g.slug))?;
        let in_feed = feed.iter().find(|x| x.id == q.id).map(|x| x.author_blocked);
        ensure!(
            in_feed == Some(true),
            "the group's feed shows the blocked member's post with author_blocked {in_feed:?}"
        );
        Ok(())
    });
    s.check("notifications/block-errors", || {
        h.post(format!("/me/blocks/{}", blk.username))
            .by(blk)
            .send()?
            .expect_problem(422, codes::VALIDATION_FAILED)?;
        h.post(format!("/me/blocks/{}-nobody", blk.username))
            .by(blk)
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        h.post(format!("/me/blocks/{}", ben.username)).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        h.get("/me/blocks").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("notifications/unblock-restores", || {
        let f = need(&fx, "notifications/block-hides-existing-notifications")?;
        h.delete(format!("/me/blocks/{}", ben.username)).by(blk).send()?.expect(204)?;
        let blocks: BlockList = h.get("/me/blocks").by(blk).send()?.expect_json(200)?;
        ensure!(blocks.items.is_empty(), "GET /me/blocks still lists {:?}", blocks.items);
        let list = inbox(h, blk, &f.g.slug)?;
        expect_one(&list, blk, K::PostReply, T::Comment, f.by_ben.id)
            .map_err(|e| format!("after unblocking, the older notification should be back: {e}"))?;
        if let Some((c, q)) = &during {
            expect_none(&list, blk, "about what ben did while blocked", |n| {
                about(n, T::Comment, c.id) || about(n, T::Post, q.id)
            })?;
            let seen: Post = world::get_json(h, Some(blk), &format!("/posts/{}", q.id))?;
            ensure!(!seen.author_blocked, "author_blocked is still true after unblocking");
        }
        let count = unread(h, blk)?;
        ensure!(
            count == f.before,
            "the unread count is {count} after unblocking, expected {} again",
            f.before
        );
        Ok(())
    });
}

fn removed(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (ann, ben, cat) = (&p.ann, &p.ben, &p.cat);
    s.check("notifications/removed-content-hides-mentions", || {
        let g = w.group_with(h, "n-removed", Visibility::Public, ann, &[ben, cat])?;
        let host = world::create_post(h, ann, &g.slug, &w.title("Host"))?;
        let post =
            post_with(h, ben, &g.slug, &w.title("Look"), &format!("Look at this, @{}.", cat.username))?;
        let c = world::create_comment(h, ben, host.id, &format!("See this, @{}.", cat.username), None)?;
        let list = inbox(h, cat, &g.slug)?;
        expect_one(&list, cat, K::Mention, T::Post, post.id)?;
        expect_one(&list, cat, K::Mention, T::Comment, c.id)?;
        let before = unread(h, cat)?;
        h.post(format!("/posts/{}/remove", post.id))
            .by(ann)
            .json(&ModerationReason { reason: "Off topic here.".into() })
            .send()?
            .expect(200)?;
        h.post(format!("/comments/{}/remove", c.id))
            .by(ann)
            .json(&ModerationReason { reason: "Off topic here.".into() })
            .send()?
            .expect(200)?;
        let list = inbox(h, cat, &g.slug)?;
        expect_none(&list, cat, "about removed content", |n| {
            about(n, T::Post, post.id) || about(n, T::Comment, c.id)
        })?;
        expect_one(&list, cat, K::NewPost, T::Post, host.id)
            .map_err(|e| format!("(the notification about content that stays) {e}"))?;
        let after = unread(h, cat)?;
        ensure!(
            after + 2 == before,
            "the unread count went from {before} to {after}; two unread mentions were removed"
        );
        // Restored content shows its notification again.
        h.post(format!("/posts/{}/restore", post.id))
            .by(ann)
            .json(&ModerationReason { reason: "Fine after all.".into() })
            .send()?
            .expect(200)?;
        expect_one(&inbox(h, cat, &g.slug)?, cat, K::Mention, T::Post, post.id)
            .map_err(|e| format!("after the post was restored: {e}"))?;
        // Deleted by its author: hidden too.
        let gone = post_with(h, ben, &g.slug, &w.title("Oops"), &format!("Wrong group, @{}.", cat.username))?;
        expect_one(&inbox(h, cat, &g.slug)?, cat, K::Mention, T::Post, gone.id)?;
        h.delete(format!("/posts/{}", gone.id)).by(ben).if_match(&gone.etag).send()?.expect(204)?;
        expect_none(&inbox(h, cat, &g.slug)?, cat, "about a post its author deleted", |n| {
            about(n, T::Post, gone.id)
        })?;
        Ok(())
    });
}

fn read_state(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (rea, ann) = (&p.rea, &p.ann);
    struct Fx {
        g1: Group,
        g2: Group,
        /// rea's six items, newest first.
        ids: Vec<i64>,
    }
    let fx = s.check_value("notifications/inbox-newest-first-and-unread-count", || {
        let g1 = w.group_with(h, "n-read1", Visibility::Public, rea, &[ann])?;
        let g2 = w.group_with(h, "n-read2", Visibility::Public, rea, &[ann])?;
        let p1 = world::create_post(h, rea, &g1.slug, &w.title("Read one"))?;
        let p2 = world::create_post(h, rea, &g2.slug, &w.title("Read two"))?;
        for i in 1..=5 {
            world::create_comment(h, ann, p1.id, &format!("Comment number {i}."), None)?;
        }
        world::create_comment(h, ann, p2.id, "Comment in the second group.", None)?;
        let list = inbox_of(h, rea, None)?;
        ensure!(list.len() == 6, "rea should have six notifications, has {}", show(&list));
        ensure!(list.windows(2).all(|x| x[0].id > x[1].id), "the inbox is not newest first: {}", show(&list));
        ensure!(
            list[0].group.as_ref().is_some_and(|x| x.slug == g2.slug),
            "the newest item is not the last comment's"
        );
        ensure!(list.iter().all(|n| n.kind == K::PostReply && n.read_at.is_none()), "{}", show(&list));
        let count = unread(h, rea)?;
        ensure!(count == 6, "unread-count is {count}, expected 6");
        Ok(Fx { g1, g2, ids: list.iter().map(|n| n.id).collect() })
    });
    s.check("notifications/inbox-paging-with-cursor", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let items: Vec<Notification> = client::walk(h, "/notifications", &[], Some(rea), 4)?;
        let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
        client::ensure_each_once(&ids, &f.ids, "paging /notifications by 4")?;
        let items: Vec<Notification> = client::walk(h, "/notifications", &[], Some(rea), 1)?;
        let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
        ensure!(ids == f.ids, "paging one by one gives {ids:?}, expected {:?} (newest first)", f.ids);
        Ok(())
    });
    s.check("notifications/inbox-group-filter", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let one = inbox_of(h, rea, Some(&f.g1.slug))?;
        ensure!(
            one.len() == 5 && one.iter().all(|n| n.group.as_ref().is_some_and(|x| x.slug == f.g1.slug)),
            "group={} lists {}",
            f.g1.slug,
            show(&one)
        );
        let two = inbox_of(h, rea, Some(&f.g2.slug))?;
        ensure!(two.len() == 1 && two[0].id == f.ids[0], "group={} lists {}", f.g2.slug, show(&two));
        h.get("/notifications")
            .by(rea)
            .query("group", format!("{}-nope", f.g1.slug))
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("notifications/mark-read-by-ids", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let c: UnreadCount = h
            .post("/notifications/read")
            .by(rea)
            .json(&MarkRead { ids: Some(vec![f.ids[0]]), up_to: None })
            .send()?
            .expect_json(200)?;
        ensure!(c.count == 5, "marking one of six read answered count {}", c.count);
        ensure!(unread(h, rea)? == 5, "unread-count is {} after marking one of six read", unread(h, rea)?);
        let list = inbox_of(h, rea, None)?;
        let first = list.iter().find(|n| n.id == f.ids[0]).ok_or("the read item vanished")?;
        ensure!(
            first.read_at.as_deref().and_then(parse_rfc3339).is_some(),
            "read_at is {:?} after marking it read",
            first.read_at
        );
        ensure!(
            list.iter().filter(|n| n.read_at.is_some()).count() == 1,
            "more than one item is read: {}",
            show(&list)
        );
        // Twice is harmless.
        let c: UnreadCount = h
            .post("/notifications/read")
            .by(rea)
            .json(&MarkRead { ids: Some(vec![f.ids[0]]), up_to: None })
            .send()?
            .expect_json(200)?;
        ensure!(c.count == 5, "marking the same item again answered count {}", c.count);
        Ok(())
    });
    s.check("notifications/unread-only-filter", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let items: Vec<Notification> =
            client::walk(h, "/notifications", &[("unread_only", "true".into())], Some(rea), 100)?;
        let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
        ensure!(ids == f.ids[1..], "unread_only=true lists {ids:?}, expected {:?}", &f.ids[1..]);
        Ok(())
    });
    s.check("notifications/mark-read-up-to", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        // The three oldest become read; ids[1] and ids[2] stay unread.
        let c: UnreadCount = h
            .post("/notifications/read")
            .by(rea)
            .json(&MarkRead { ids: None, up_to: Some(f.ids[3]) })
            .send()?
            .expect_json(200)?;
        ensure!(c.count == 2, "up_to the fourth newest answered count {}, expected 2", c.count);
        let items: Vec<Notification> =
            client::walk(h, "/notifications", &[("unread_only", "true".into())], Some(rea), 100)?;
        let ids: Vec<i64> = items.iter().map(|n| n.id).collect();
        ensure!(ids == f.ids[1..3], "unread items are {ids:?}, expected {:?}", &f.ids[1..3]);
        Ok(())
    });
    s.check("notifications/mark-read-bad-bodies-422", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let post = |body: serde_json::Value| h.post("/notifications/read").by(rea).json(&body).send();
        post(serde_json::json!({ "ids": [f.ids[1]], "up_to": f.ids[1] }))?
            .expect_problem(422, codes::VALIDATION_FAILED)?;
        post(serde_json::json!({}))?.expect_problem(422, codes::VALIDATION_FAILED)?;
        post(serde_json::json!({ "ids": [] }))?.expect_invalid(&["/ids"])?;
        let many: Vec<i64> = (1..=101).collect();
        post(serde_json::json!({ "ids": many }))?.expect_invalid(&["/ids"])?;
        post(serde_json::json!({ "up_to": 0 }))?.expect_invalid(&["/up_to"])?;
        ensure!(unread(h, rea)? == 2, "a refused body changed the unread count to {}", unread(h, rea)?);
        Ok(())
    });
    s.check("notifications/mark-read-ignores-others-ids", || {
        need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let theirs = inbox_of(h, ann, None)?;
        let target = theirs
            .iter()
            .find(|n| n.read_at.is_none())
            .ok_or(format!("ann has no unread item: {}", show(&theirs)))?;
        let c: UnreadCount = h
            .post("/notifications/read")
            .by(rea)
            .json(&MarkRead { ids: Some(vec![target.id]), up_to: None })
            .send()?
            .expect_json(200)?;
        ensure!(c.count == 2, "marking someone else's item answered rea's count {}", c.count);
        let again = inbox_of(h, ann, None)?;
        let still = again.iter().find(|n| n.id == target.id).ok_or("ann's item vanished")?;
        ensure!(still.read_at.is_none(), "another member marked ann's item {} read", target.id);
        Ok(())
    });
    s.check("notifications/mark-read-all-up-to-newest", || {
        let f = need(&fx, "notifications/inbox-newest-first-and-unread-count")?;
        let c: UnreadCount = h
            .post("/notifications/read")
            .by(rea)
            .json(&MarkRead { ids: None, up_to: Some(f.ids[0]) })
            .send()?
            .expect_json(200)?;
        ensure!(c.count == 0, "up_to the newest answered count {}", c.count);
        let items: Vec<Notification> =
            client::walk(h, "/notifications", &[("unread_only", "true".into())], Some(rea), 100)?;
        ensure!(items.is_empty(), "unread_only=true still lists {}", show(&items));
        Ok(())
    });
    s.check("notifications/anonymous-401", || {
        h.get("/notifications").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        h.get("/notifications/unread-count").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        h.post("/notifications/read")
            .json(&MarkRead { ids: None, up_to: Some(1) })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
}

fn idempotency(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (cat, ben, dan) = (&p.cat, &p.ben, &p.dan);
    s.check("notifications/idempotent-retry-notifies-once", || {
        let g = w.group_with(h, "n-idem", Visibility::Public, cat, &[ben, dan])?;
        let key = w.key();
        let body = NewPost { title: w.title("Retried"), body: format!("Are you there, @{}?", ben.username) };
        let mut ids = Vec::new();
        for _ in 0..2 {
            let p: Post = h
                .post(format!("/groups/{}/posts", g.slug))
                .by(cat)
                .idempotency_key(&key)
                .json(&body)
                .send()?
                .expect_json(201)?;
            ids.push(p.id);
        }
        ensure!(ids[0] == ids[1], "the retried post has another id: {ids:?}");
        expect_one(&inbox(h, ben, &g.slug)?, ben, K::Mention, T::Post, ids[0])?;
        let key = w.key();
        let body = NewComment { body: "Yes, I am here.".into(), parent_id: None };
        let mut cids = Vec::new();
        for _ in 0..2 {
            let c: Comment = h
                .post(format!("/posts/{}/comments", ids[0]))
                .by(dan)
                .idempotency_key(&key)
                .json(&body)
                .send()?
                .expect_json(201)?;
            cids.push(c.id);
        }
        ensure!(cids[0] == cids[1], "the retried comment has another id: {cids:?}");
        expect_one(&inbox(h, cat, &g.slug)?, cat, K::PostReply, T::Comment, cids[0])?;
        Ok(())
    });
}

fn stream(s: &Suite, w: &World, p: &People) {
    let h = &s.http;
    let (strm, ann) = (&p.strm, &p.ann);
    s.check("notifications/stream-ticket-required-401", || {
        h.get("/stream").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        h.get("/stream").query("ticket", "not-a-ticket").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        h.get("/stream").by(strm).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        // The session token is no ticket (it must never sit in a URL).
        h.get("/stream").query("ticket", &strm.token).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        h.post("/stream/ticket").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("notifications/stream-ticket-single-use", || {
        let t = ticket(h, strm)?;
        let mut st = EventStream::open(h, &t.ticket, None, false)?;
        st.wait_for(Duration::from_secs(3), "the first unread_count", |e| e.event == "unread_count")?;
        st.close();
        h.get("/stream").query("ticket", &t.ticket).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    struct Fx {
        g: Group,
        post: Post,
        last: i64,
        replied: i64,
    }
    let fx = s.check_value("notifications/stream-notification-within-1s", || {
        let g = w.group_with(h, "n-stream", Visibility::Public, ann, &[strm])?;
        let post = world::create_post(h, strm, &g.slug, &w.title("Live"))?;
        let t = ticket(h, strm)?;
        let mut st = EventStream::open(h, &t.ticket, None, false)?;
        let first =
            st.wait_for(Duration::from_secs(3), "the first unread_count", |e| e.event == "unread_count")?;
        let count = first.json()?;
        ensure!(
            count.get("count").and_then(|c| c.as_u64()).is_some(),
            "unread_count data is {:?}",
            first.data
        );
        ensure!(first.id.is_none(), "unread_count has an id ({:?}); it is not resumable", first.id);
        let t0 = Instant::now();
        let c = world::create_comment(h, ann, post.id, "Live reply.", None)?;
        let ev = st.wait_for(Duration::from_secs(3), "the notification of the reply", |e| {
            e.event == "notification" && notification_of(e).is_some_and(|n| about(&n, T::Comment, c.id))
        })?;
        let took = ev.at.duration_since(t0);
        ensure!(
            took <= Duration::from_secs(1),
            "the notification arrived {} ms after the action (more than 1 s)",
            took.as_millis()
        );
        ensure!(ev.num_id().is_some(), "the notification event has no numeric id: {:?}", ev.id);
        let n = notification_of(&ev).ok_or("the notification's data is not a Notification")?;
        shape(&n, Some(ann), &g, T::Comment, Some(c.id), Some(post.id), "Live reply.")?;
        ensure!(n.kind == K::PostReply, "kind is {:?}", n.kind);
        let cc = st.wait_for(Duration::from_secs(2), "comment_created", |e| e.event == "comment_created")?;
        let data: StreamComment =
            serde_json::from_str(&cc.data).map_err(|e| format!("comment_created data {:?}: {e}", cc.data))?;
        ensure!(
            data.id == c.id && data.post_id == post.id && data.group == g.slug,
            "comment_created data is {data:?}"
        );
        // Reading elsewhere updates this stream's badge.
        h.post("/notifications/read")
            .by(strm)
            .json(&MarkRead { ids: None, up_to: Some(n.id) })
            .send()?
            .expect_json::<UnreadCount>(200)?;
        st.wait_for(Duration::from_secs(2), "unread_count 0 after marking everything read", |e| {
            e.event == "unread_count" && e.json().ok().and_then(|v| v.get("count")?.as_u64()) == Some(0)
        })?;
        st.drain(Duration::from_millis(150));
        let last = st.last_id().ok_or("no event had an id")?;
        Ok(Fx { g, post, last, replied: c.id })
    });
    let fx = s.check_value("notifications/stream-post-created-for-members", || {
        let f = need(&fx, "notifications/stream-notification-within-1s")?;
        let t = ticket(h, strm)?;
        let mut st = EventStream::open(h, &t.ticket, None, false)?;
        st.wait_for(Duration::from_secs(3), "the first unread_count", |e| e.event == "unread_count")?;
        let other = w.group_with(h, "n-stream-x", Visibility::Private, ann, &[])?;
        let hidden = world::create_post(h, ann, &other.slug, &w.title("Not for the stream"))?;
        let post = world::create_post(h, ann, &f.g.slug, &w.title("Fresh"))?;
        let ev = st.wait_for(Duration::from_secs(2), "post_created", |e| {
            e.event == "post_created" && e.json().ok().and_then(|v| v.get("id")?.as_i64()) == Some(post.id)
        })?;
        let leaked: Vec<String> = st
            .seen
            .iter()
            .filter(|e| e.event == "post_created" && e.data.contains(&other.slug))
            .map(SseEvent::summary)
            .collect();
        ensure!(
            leaked.is_empty(),
            "a post in a private group the member is not in reached his stream: {leaked:?} (post {})",
            hidden.id
        );
        let data: StreamPost =
            serde_json::from_str(&ev.data).map_err(|e| format!("post_created data {:?}: {e}", ev.data))?;
        ensure!(
            data.id == post.id && data.group == f.g.slug,
            "post_created data is {data:?}, expected {} in {}",
            post.id,
            f.g.slug
        );
        ensure!(ev.num_id().is_some(), "post_created has no numeric id");
        ensure!(
            st.seen.iter().all(|e| !(e.event == "notification"
                && notification_of(e).is_some_and(|n| about(&n, T::Comment, f.replied)))),
            "a stream opened without Last-Event-ID replayed an old notification"
        );
        st.drain(Duration::from_millis(150));
        let last = st.last_id().unwrap_or(f.last).max(f.last);
        Ok(Fx { g: f.g.clone(), post: f.post.clone(), last, replied: f.replied })
    });
    s.check("notifications/stream-resume-with-last-event-id", || {
        let f = need(&fx, "notifications/stream-post-created-for-members")?;
        // Disconnected (no stream open): two replies.
        let a = world::create_comment(h, ann, f.post.id, "Missed one.", None)?;
        let b = world::create_comment(h, ann, f.post.id, "Missed two.", None)?;
        for (how, as_query) in [("the Last-Event-ID header", false), ("the last_event_id parameter", true)] {
            let t = ticket(h, strm)?;
            let mut st = EventStream::open(h, &t.ticket, Some(&f.last.to_string()), as_query)?;
            for c in [a.id, b.id] {
                st.wait_for(
                    Duration::from_secs(3),
                    &format!("the missed notification of comment {c} (resuming with {how})"),
                    |e| {
                        e.event == "notification"
                            && notification_of(e).is_some_and(|n| about(&n, T::Comment, c))
                    },
                )?;
            }
            st.drain(Duration::from_millis(100));
            let old: Vec<String> = st
                .seen
                .iter()
                .filter(|e| e.num_id().is_some_and(|i| i <= f.last))
                .map(SseEvent::summary)
                .collect();
            ensure!(old.is_empty(), "resuming after {} with {how} replayed older events: {old:?}", f.last);
            let replays: Vec<i64> = st
                .seen
                .iter()
                .filter(|e| e.event == "comment_created")
                .filter_map(|e| e.json().ok()?.get("id")?.as_i64())
                .collect();
            ensure!(
                replays.contains(&a.id) && replays.contains(&b.id),
                "comment_created events replayed: {replays:?}"
            );
            let ids: Vec<i64> = st.seen.iter().filter_map(SseEvent::num_id).collect();
            ensure!(ids.windows(2).all(|x| x[0] < x[1]), "replayed ids are not increasing: {ids:?}");
            st.close();
        }
        Ok(())
    });
}

fn push(s: &Suite, p: &People, meta: &Meta) {
    let h = &s.http;
    let out = &p.out;
    const UA_PUBLIC: &str =
        "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    const AUTH: &str = "BTBZMqHH6r4Tts7J_aSIgg";
    let endpoint = "https://push.example.invalid/abc";
    let sub = |endpoint: &str, p256dh: &str, auth: &str| PushSubscriptionBody {
        endpoint: endpoint.into(),
        expiration_time: None,
        keys: PushKeys { p256dh: p256dh.into(), auth: auth.into() },
    };
    s.check("notifications/push-vapid-key-in-meta", || {
        let k = meta.vapid_public_key.as_deref().ok_or("meta lists push but has no vapid_public_key")?;
        ensure!(
            k.len() == 87
                && k.starts_with('B')
                && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "vapid_public_key {k:?} is not an uncompressed P-256 point in unpadded base64url"
        );
        Ok(())
    });
    let subscribed = s.check("notifications/push-subscribe-201", || {
        for _ in 0..2 {
            h.post("/push/subscriptions")
                .by(out)
                .json(&sub(endpoint, UA_PUBLIC, AUTH))
                .send()?
                .expect(201)?;
        }
        h.post("/push/subscriptions")
            .json(&sub(endpoint, UA_PUBLIC, AUTH))
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("notifications/push-bad-subscription-422", || {
        let bad_point = format!("B{}", "A".repeat(86));
        let cases: Vec<(PushSubscriptionBody, &str)> = vec![
            (sub("ftp://push.example.invalid/abc", UA_PUBLIC, AUTH), "/endpoint"),
            (sub("not a url", UA_PUBLIC, AUTH), "/endpoint"),
            (sub(endpoint, "@@@", AUTH), "/keys/p256dh"),
            (sub(endpoint, &UA_PUBLIC[..40], AUTH), "/keys/p256dh"),
            (sub(endpoint, &bad_point, AUTH), "/keys/p256dh"),
            (sub(endpoint, UA_PUBLIC, "not base64!"), "/keys/auth"),
            (sub(endpoint, UA_PUBLIC, "BTBZMqHH6r4Tts7J_aSI"), "/keys/auth"),
        ];
        for (body, pointer) in cases {
            h.post("/push/subscriptions")
                .by(out)
                .json(&body)
                .send()?
                .expect_invalid(&[pointer])
                .map_err(|e| format!("{body:?}: {e}"))?;
        }
        Ok(())
    });
    s.check("notifications/push-unsubscribe-204", || {
        ensure!(subscribed, "depends on notifications/push-subscribe-201, which failed");
        h.delete("/push/subscriptions")
            .by(out)
            .json(&PushEndpoint { endpoint: endpoint.into() })
            .send()?
            .expect(204)?;
        h.delete("/push/subscriptions")
            .by(out)
            .json(&PushEndpoint { endpoint: endpoint.into() })
            .send()?
            .expect(204)?;
        Ok(())
    });
}
