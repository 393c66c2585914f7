//! What a careless or hostile client must not get away with: leaks through group health,
//! sanctions that do not stop edits, titles that cannot be taken down, anonymous writes into
//! the idempotency store, repeated reports, control and direction-override characters,
//! cacheable private answers, absurd event dates, endless comment threads, and sessions that
//! cannot be ended from elsewhere.

use kith_api::*;
use serde_json::{Value, json};

use super::client::Http;
use super::world::{self, PASSWORD, User, World, from_now};
use super::{Outcome, Suite};

fn post(h: &Http, by: Option<&User>, id: i64) -> Outcome<Post> {
    world::get_json(h, by, &format!("/posts/{id}"))
}

fn feed_ids(h: &Http, by: &User, slug: &str) -> Outcome<Vec<i64>> {
    let list: Vec<Post> = world::list(h, Some(by), &format!("/groups/{slug}/posts"))?;
    Ok(list.iter().map(|p| p.id).collect())
}

fn mute(h: &Http, by: &User, slug: &str, who: &User) -> Outcome<()> {
    h.post(format!("/groups/{slug}/members/{}/sanction", who.username))
        .by(by)
        .json(&SanctionRequest {
            kind: SanctionKind::Mute,
            until: Some(from_now(3600)),
            reason: "conformance: cooling down".into(),
        })
        .send()?
        .expect(204)?;
    Ok(())
}

fn ban(h: &Http, by: &User, slug: &str, who: &User) -> Outcome<()> {
    h.post(format!("/groups/{slug}/members/{}/sanction", who.username))
        .by(by)
        .json(&SanctionRequest { kind: SanctionKind::Ban, until: None, reason: "conformance: spam".into() })
        .send()?
        .expect(204)?;
    Ok(())
}

/// A patch of a post with its current ETag.
fn patch_post(h: &Http, by: &User, p: &Post, title: &str) -> Outcome<super::client::Resp> {
    h.patch(format!("/posts/{}", p.id))
        .by(by)
        .if_match(&p.etag)
        .json(&PostPatch { title: Some(title.into()), body: None })
        .send()
}

fn login(h: &Http, username: &str, password: &str) -> Outcome<super::client::Resp> {
    h.post("/auth/login")
        .json(&LoginRequest { username: username.into(), password: password.into(), remember: false })
        .send()
}

pub fn run(s: &Suite, w: &World) {
    health_overlaps(s, w);
    sanctions(s, w);
    takedowns(s, w);
    anonymous_keys(s, w);
    reports_count_once(s, w);
    hostile_text(s, w);
    private_answers(s, w);
    event_dates(s, w);
    thread_depth(s, w);
    sessions(s, w);
}

/// Group health names only groups whose members the caller may know about.
fn health_overlaps(s: &Suite, w: &World) {
    let h = &s.http;
    let Some((a, visible, hidden)) = s.setup("hardening", || {
        let leader = w.user(h, "hleader")?;
        let other = w.user(h, "hother")?;
        let member = w.user(h, "hmember")?;
        let a = w.group_with(h, "ha", Visibility::Public, &leader, &[&member])?;
        let b = w.group_with(h, "hb", Visibility::Public, &other, &[&member])?;
        let x = w.group_with(h, "hx", Visibility::Private, &other, &[&member])?;
        let u = w.group_with(h, "hu", Visibility::Unlisted, &other, &[&member])?;
        Ok(((leader, a), b.slug, vec![x.slug, u.slug]))
    }) else {
        return;
    };
    let (leader, a) = a;
    s.check("hardening/health-overlaps-hide-private-and-unlisted-groups", || {
        let health: GroupHealth =
            h.get(format!("/groups/{}/health", a.slug)).by(&leader).send()?.expect_json(200)?;
        let named: Vec<&str> = health.overlaps.iter().map(|o| o.slug.as_str()).collect();
        ensure!(named.contains(&visible.as_str()), "the public group sharing a member is missing: {named:?}");
        for slug in &hidden {
            ensure!(
                !named.contains(&slug.as_str()),
                "group health names {slug}, a private or unlisted group the caller is not in: {named:?}"
            );
        }
        Ok(())
    });
}

struct SanctionFixture {
    slug: String,
    owner: User,
    muted: User,
    banned: User,
    waiting: User,
    muted_post: Post,
    muted_comment: Comment,
    banned_post: Post,
    banned_comment: Comment,
    event: Event,
}

/// Mutes and bans stop edits, reactions, RSVPs and reports; a ban releases places.
fn sanctions(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(fx) = s.setup("hardening", || {
        let owner = w.user(h, "sowner")?;
        let muted = w.user(h, "smuted")?;
        let banned = w.user(h, "sbanned")?;
        let waiting = w.user(h, "swaiting")?;
        let g = w.group_with(h, "sanctions", Visibility::Public, &owner, &[&muted, &banned, &waiting])?;
        let muted_post = world::create_post(h, &muted, &g.slug, &w.title("Muted member's post"))?;
        let muted_comment = world::create_comment(h, &muted, muted_post.id, "A comment.", None)?;
        let banned_post = world::create_post(h, &banned, &g.slug, &w.title("Banned member's post"))?;
        let banned_comment = world::create_comment(h, &banned, banned_post.id, "Another.", None)?;
        let event = world::create_event(h, &owner, &g.slug, &w.new_event("One place", 48, Some(1)))?;
        world::rsvp(h, &banned, event.id, RsvpChoice::Going)?;
        let queued = world::rsvp(h, &waiting, event.id, RsvpChoice::Going)?;
        ensure!(queued.status == RsvpStatus::Waitlisted, "the second answer was {:?}", queued.status);
        mute(h, &owner, &g.slug, &muted)?;
        ban(h, &owner, &g.slug, &banned)?;
        Ok(SanctionFixture {
            slug: g.slug,
            owner,
            muted,
            banned,
            waiting,
            muted_post,
            muted_comment,
            banned_post,
            banned_comment,
            event,
        })
    }) else {
        return;
    };
    let muted_code = [codes::MUTED];
    s.check("hardening/muted-member-cannot-edit-post", || {
        patch_post(h, &fx.muted, &fx.muted_post, "Edited while muted")?.expect_problem(403, codes::MUTED)?;
        let p = post(h, None, fx.muted_post.id)?;
        ensure!(p.title == fx.muted_post.title, "the title changed to {:?}", p.title);
        Ok(())
    });
    s.check("hardening/muted-member-cannot-edit-comment", || {
        h.patch(format!("/comments/{}", fx.muted_comment.id))
            .by(&fx.muted)
            .if_match(&fx.muted_comment.etag)
            .json(&CommentPatch { body: "Edited while muted".into() })
            .send()?
            .expect_problem_in(&[403], &muted_code)?;
        Ok(())
    });
    s.check("hardening/muted-member-cannot-react", || {
        h.post(format!("/posts/{}/reactions", fx.muted_post.id))
            .by(&fx.muted)
            .json(&ReactionToggle { kind: ReactionKind::ALL[0] })
            .send()?
            .expect_problem_in(&[403], &muted_code)?;
        h.post(format!("/comments/{}/reactions", fx.muted_comment.id))
            .by(&fx.muted)
            .json(&ReactionToggle { kind: ReactionKind::ALL[0] })
            .send()?
            .expect_problem_in(&[403], &muted_code)?;
        Ok(())
    });
    s.check("hardening/muted-member-cannot-rsvp-but-can-decline", || {
        h.put(format!("/events/{}/rsvp", fx.event.id))
            .by(&fx.muted)
            .json(&RsvpRequest { status: RsvpChoice::Maybe })
            .send()?
            .expect_problem_in(&[403], &muted_code)?;
        world::rsvp(h, &fx.muted, fx.event.id, RsvpChoice::Declined)?;
        Ok(())
    });
    s.check("hardening/muted-member-cannot-report", || {
        h.post("/reports")
            .by(&fx.muted)
            .json(&NewReport {
                target: ReportTarget::Post { id: fx.banned_post.id },
                reason: "Reporting while muted.".into(),
            })
            .send()?
            .expect_problem_in(&[403], &muted_code)?;
        Ok(())
    });
    s.check("hardening/muted-member-sees-no-edit-permission", || {
        let p = post(h, Some(&fx.muted), fx.muted_post.id)?;
        ensure!(!p.permissions.can_edit, "permissions.can_edit is true for a muted author");
        ensure!(!p.permissions.can_react, "permissions.can_react is true for a muted member");
        Ok(())
    });
    s.check("hardening/banned-member-cannot-edit", || {
        patch_post(h, &fx.banned, &fx.banned_post, "Edited after the ban")?.expect_problem_in(&[403], &[])?;
        h.patch(format!("/comments/{}", fx.banned_comment.id))
            .by(&fx.banned)
            .if_match(&fx.banned_comment.etag)
            .json(&CommentPatch { body: "Edited after the ban".into() })
            .send()?
            .expect_problem_in(&[403], &[])?;
        let p = post(h, None, fx.banned_post.id)?;
        ensure!(p.title == fx.banned_post.title, "the title changed to {:?}", p.title);
        Ok(())
    });
    s.check("hardening/banned-member-cannot-report", || {
        h.post("/reports")
            .by(&fx.banned)
            .json(&NewReport {
                target: ReportTarget::Post { id: fx.muted_post.id },
                reason: "Reporting after the ban.".into(),
            })
            .send()?
            .expect_problem(403, codes::BANNED)?;
        Ok(())
    });
    s.check("hardening/ban-releases-places-and-promotes-the-waitlist", || {
        let e: Event = world::get_json(h, Some(&fx.waiting), &format!("/events/{}", fx.event.id))?;
        ensure!(
            e.my_rsvp == Some(RsvpStatus::Going),
            "the waitlisted member is {:?} after the only attendee was banned",
            e.my_rsvp
        );
        ensure!(
            e.going_count == 1 && e.waitlist_count == 0,
            "going {} waitlist {}",
            e.going_count,
            e.waitlist_count
        );
        let list: Vec<Attendee> =
            world::list(h, Some(&fx.owner), &format!("/events/{}/attendees", fx.event.id))?;
        ensure!(
            list.iter().all(|a| a.user.id != fx.banned.id),
            "the banned member is still listed as an attendee"
        );
        let _ = &fx.slug;
        Ok(())
    });
}

/// Deleted and removed posts keep no public title; a deleted post without comments leaves the
/// feed.
fn takedowns(s: &Suite, w: &World) {
    let h = &s.http;
    let Some((slug, owner, author, reader)) = s.setup("hardening", || {
        let owner = w.user(h, "towner")?;
        let author = w.user(h, "tauthor")?;
        let reader = w.user(h, "treader")?;
        let g = w.group_with(h, "takedown", Visibility::Public, &owner, &[&author, &reader])?;
        Ok((g.slug, owner, author, reader))
    }) else {
        return;
    };
    let delete = |p: &Post| -> Outcome<()> {
        h.delete(format!("/posts/{}", p.id)).by(&author).if_match(&p.etag).send()?.expect(204)?;
        Ok(())
    };
    s.check("hardening/deleted-post-keeps-no-title", || {
        let p = world::create_post(h, &author, &slug, "Call me on 555 0100 (phone number in a title)")?;
        world::create_comment(h, &reader, p.id, "Please don't post numbers.", None)?;
        delete(&p)?;
        for who in [None, Some(&reader), Some(&owner)] {
            let got = post(h, who, p.id)?;
            ensure!(got.deleted, "deleted is false");
            ensure!(
                got.title.is_empty() && got.body.is_empty(),
                "the deleted post still shows {:?}",
                got.title
            );
        }
        let feed: Vec<Post> = world::list(h, Some(&reader), &format!("/groups/{slug}/posts"))?;
        let tomb = feed.iter().find(|x| x.id == p.id);
        ensure!(tomb.is_some(), "a deleted post with comments left the feed (its thread would be lost)");
        ensure!(tomb.is_some_and(|t| t.title.is_empty()), "the feed still shows the deleted title");
        Ok(())
    });
    s.check("hardening/deleted-post-without-comments-leaves-feed", || {
        let p = world::create_post(h, &author, &slug, &w.title("Posted by mistake"))?;
        ensure!(feed_ids(h, &reader, &slug)?.contains(&p.id), "the new post is not in the feed");
        delete(&p)?;
        ensure!(!feed_ids(h, &reader, &slug)?.contains(&p.id), "the deleted post is still in the feed");
        Ok(())
    });
    s.check("hardening/removed-post-title-hidden-but-moderators-see-it", || {
        let p = world::create_post(h, &author, &slug, "An insult in the title")?;
        world::create_comment(h, &reader, p.id, "That's not OK.", None)?;
        let receipt = world::report(h, &reader, ReportTarget::Post { id: p.id }, "Insulting title.")?;
        let items: Page<ReportItem> =
            h.get(format!("/groups/{slug}/reports")).by(&owner).send()?.expect_json(200)?;
        let item =
            items.items.iter().find(|i| i.id == receipt.item_id).ok_or("the report is not in the queue")?;
        h.post(format!("/groups/{slug}/reports/{}/resolve", item.id))
            .by(&owner)
            .if_match(&item.etag)
            .json(&ResolveRequest { action: ReportAction::Remove, reason: "Insult.".into(), ban_until: None })
            .send()?
            .expect(200)?;
        let public = post(h, Some(&reader), p.id)?;
        ensure!(public.removed, "removed is false");
        ensure!(public.title.is_empty(), "members still see the removed title {:?}", public.title);
        let modview = post(h, Some(&owner), p.id)?;
        ensure!(modview.removed && modview.title == p.title, "the moderator sees {:?}", modview.title);
        Ok(())
    });
}

/// Anonymous requests do not share (or fill) an idempotency key space, and a login answer (a
/// token) is never replayed.
fn anonymous_keys(s: &Suite, w: &World) {
    let h = &s.http;
    let key = w.key();
    s.check("hardening/anonymous-keys-are-not-shared", || {
        let a = w.name("anona");
        let b = w.name("anonb");
        for name in [&a, &b] {
            h.post("/auth/register")
                .idempotency_key(&key)
                .json(&RegisterRequest {
                    username: name.clone(),
                    password: PASSWORD.into(),
                    display_name: None,
                    interests: vec![],
                })
                .send()?
                .expect(201)?;
        }
        Ok(())
    });
    s.check("hardening/login-answers-are-never-replayed", || {
        let u = w.user(h, "replay")?;
        let send = || {
            h.post("/auth/login")
                .idempotency_key(&key)
                .json(&LoginRequest {
                    username: u.username.clone(),
                    password: PASSWORD.into(),
                    remember: false,
                })
                .send()
        };
        let (first, second) = (send()?, send()?);
        ensure!(second.header("idempotent-replayed").is_none(), "the second login was a replay");
        let (t1, t2): (SessionToken, SessionToken) = (first.expect_json(200)?, second.expect_json(200)?);
        ensure!(t1.token != t2.token, "two logins with one Idempotency-Key got the same token");
        Ok(())
    });
}

/// One reporter counts once per target.
fn reports_count_once(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("hardening/repeated-report-counts-once", || {
        let p = world::create_post(h, &w.carol, &w.public.slug, &w.title("Reported over and over"))?;
        let target = ReportTarget::Post { id: p.id };
        let first = world::report(h, &w.dave, target.clone(), "Spam.")?;
        let mut last = first.clone();
        for i in 0..3 {
            let r = h
                .post("/reports")
                .by(&w.dave)
                .json(&NewReport { target: target.clone(), reason: format!("Spam, again ({i}).") })
                .send()?;
            ensure!(r.status == 200 || r.status == 201, "a repeated report answered {}", r.summary());
            last = r.json()?;
        }
        ensure!(last.item_id == first.item_id, "the repeats opened item {}", last.item_id);
        ensure!(last.report_count == 1, "one reporter counted {} times", last.report_count);
        let other = world::report(h, &w.bob, target, "Spam indeed.")?;
        ensure!(other.report_count == 2, "a second reporter made the count {}", other.report_count);
        Ok(())
    });
}

/// Control characters and bidi overrides are refused in single-line fields; text arrives in
/// Unicode Normalization Form C.
fn hostile_text(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("hardening/display-name-bidi-override-422", || {
        let name = w.name("bidi");
        h.post("/auth/register")
            .json(&json!({"username": name, "password": PASSWORD, "display_name": "\u{202E}ecilA"}))
            .send()?
            .expect_invalid(&["/display_name"])?;
        let me = &w.alice;
        let current: Me = world::get_json(h, Some(me), "/me")?;
        h.patch("/me")
            .by(me)
            .if_match(&current.etag)
            .json(&json!({"display_name": "Al\u{2066}ice"}))
            .send()?
            .expect_invalid(&["/display_name"])?;
        Ok(())
    });
    s.check("hardening/control-characters-in-names-and-titles-422", || {
        let mut g = w.new_group("ctl", Visibility::Public);
        g.name = "Null\u{0}Group".into();
        h.post("/groups").by(&w.alice).json(&g).send()?.expect_invalid(&["/name"])?;
        g.name = "Two\nLines".into();
        g.region = "Bell\u{7}town".into();
        h.post("/groups").by(&w.alice).json(&g).send()?.expect_invalid(&["/name", "/region"])?;
        let posts = format!("/groups/{}/posts", w.public.slug);
        for title in ["Bell \u{7} title", "Line\nbreak", "Tab\tbed", "Over\u{202D}ride", "Sep\u{2028}arator"]
        {
            h.post(&posts)
                .by(&w.alice)
                .json(&NewPost { title: title.into(), body: "Body.".into() })
                .send()?
                .expect_invalid(&["/title"])
                .map_err(|e| format!("title {title:?}: {e}"))?;
        }
        h.post(&posts)
            .by(&w.alice)
            .json(&NewPost { title: "Fine title".into(), body: "A NUL \u{0} in the body.".into() })
            .send()?
            .expect_invalid(&["/body"])?;
        Ok(())
    });
    s.check("hardening/text-is-normalized-to-nfc", || {
        let decomposed = format!("Cafe\u{301} {}", w.next());
        let p: Post = h
            .post(format!("/groups/{}/posts", w.public.slug))
            .by(&w.alice)
            .json(&NewPost {
                title: decomposed.clone(),
                body: "Multi-line text keeps\nits line breaks.".into(),
            })
            .send()?
            .expect_json(201)?;
        ensure!(p.title.starts_with("Caf\u{e9} "), "the title came back as {:?}", p.title);
        ensure!(p.body.contains('\n'), "the body lost its line break");
        Ok(())
    });
}

/// Private answers tell caches not to keep them, and nothing is sniffed.
fn private_answers(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("hardening/private-answers-are-not-stored-by-caches", || {
        let paths = [
            ("/me".to_string(), &w.alice),
            (format!("/groups/{}/posts", w.private.slug), &w.alice),
            ("/feed".to_string(), &w.alice),
            (format!("/groups/{}/join-requests", w.private.slug), &w.owner),
            (format!("/groups/{}/reports", w.public.slug), &w.owner),
        ];
        for (path, who) in paths {
            let r = h.get(&path).by(who).send()?.expect(200)?;
            let cc = r.header("cache-control").unwrap_or("").to_ascii_lowercase();
            ensure!(cc.contains("no-store"), "GET {path} has Cache-Control {cc:?}, expected no-store");
            let sniff = r.header("x-content-type-options").unwrap_or("").to_ascii_lowercase();
            ensure!(sniff == "nosniff", "GET {path} has X-Content-Type-Options {sniff:?}");
        }
        Ok(())
    });
}

/// Event times stay in a range every client can parse and every calendar can hold.
fn event_dates(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("hardening/event-dates-out-of-range-422", || {
        let path = format!("/groups/{}/events", w.public.slug);
        for (start, end, pointer) in [
            ("9999-12-31T20:00:00Z", "9999-12-31T22:00:00Z", "/starts_at"),
            ("2200-01-01T10:00:00Z", "2200-01-01T12:00:00Z", "/starts_at"),
            ("1969-12-31T10:00:00Z", "1969-12-31T12:00:00Z", "/starts_at"),
        ] {
            let mut e = w.new_event("Far away", 24, None);
            e.starts_at = start.into();
            e.ends_at = end.into();
            h.post(&path).by(&w.owner).json(&e).send()?.expect_invalid(&[pointer])?;
        }
        let mut e = w.new_event("All day at the edge", 24, None);
        e.starts_at = "2199-12-31T20:00:00Z".into();
        e.ends_at = "2199-12-31T22:00:00Z".into();
        e.all_day = true;
        e.time_zone = "UTC".into();
        let r = h.post(&path).by(&w.owner).json(&e).send()?;
        if r.status == 201 {
            let ev: Event = r.json()?;
            ensure!(
                kith_api::time::parse_rfc3339(&ev.ends_at).is_some(),
                "the API wrote an end it cannot parse: {:?}",
                ev.ends_at
            );
        } else {
            r.expect_invalid(&[])?;
        }
        Ok(())
    });
}

/// Threads nest to `limits.max_comment_depth` and no deeper.
fn thread_depth(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("hardening/comment-depth-is-capped", || {
        let max = w.limits.max_comment_depth.max(1);
        ensure!(max <= 100, "max_comment_depth is {max}; a cap that high is no cap");
        let p = world::create_post(h, &w.bob, &w.public.slug, &w.title("A long argument"))?;
        let mut parent: Option<Comment> = None;
        for level in 1..=max {
            let c = world::create_comment(
                h,
                &w.bob,
                p.id,
                &format!("Level {level}"),
                parent.as_ref().map(|c| c.id),
            )?;
            ensure!(c.depth == level, "a comment at level {level} says depth {}", c.depth);
            parent = Some(c);
        }
        h.post(format!("/posts/{}/comments", p.id))
            .by(&w.bob)
            .json(&NewComment { body: "One level too deep".into(), parent_id: parent.map(|c| c.id) })
            .send()?
            .expect_invalid(&["/parent_id"])?;
        Ok(())
    });
}

/// Sessions can be ended everywhere, and a password change ends the others.
fn sessions(s: &Suite, w: &World) {
    let h = &s.http;
    let token_works = |t: &str| -> Outcome<bool> { Ok(h.get("/me").bearer(t).send()?.status == 200) };
    s.check("hardening/logout-everywhere-ends-every-session", || {
        let u = w.user(h, "everywhere")?;
        let other: SessionToken = login(h, &u.username, PASSWORD)?.expect_json(200)?;
        ensure!(token_works(&other.token)?, "the second session does not work");
        h.post("/auth/logout-all").bearer(&u.token).send()?.expect(204)?;
        ensure!(!token_works(&u.token)?, "the calling session still works");
        ensure!(!token_works(&other.token)?, "another session still works");
        Ok(())
    });
    s.check("hardening/password-change-checks-the-current-one-and-ends-other-sessions", || {
        let u = w.user(h, "newpass")?;
        let other: SessionToken = login(h, &u.username, PASSWORD)?.expect_json(200)?;
        let change = |current: &str, new: &str| {
            h.post("/me/password")
                .bearer(&u.token)
                .json(&PasswordChange { current_password: current.into(), new_password: new.into() })
                .send()
        };
        change("not-the-password", "another-password-2")?.expect_invalid(&["/current_password"])?;
        change(PASSWORD, "short")?.expect_invalid(&["/new_password"])?;
        change(PASSWORD, "another-password-2")?.expect(204)?;
        ensure!(token_works(&u.token)?, "the session that changed the password ended");
        ensure!(!token_works(&other.token)?, "another session survived the password change");
        login(h, &u.username, PASSWORD)?.expect_problem(401, codes::INVALID_CREDENTIALS)?;
        let v: Value = login(h, &u.username, "another-password-2")?.expect_json(200)?;
        ensure!(v.get("token").is_some(), "no token after logging in with the new password");
        Ok(())
    });
}
