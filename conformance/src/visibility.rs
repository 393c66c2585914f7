//! Who may read what: public, unlisted and private groups, for members, outsiders and
//! anonymous callers; private content never leaks into others' feeds and event lists.

use kith_api::time::format_rfc3339;
use kith_api::*;

use super::Suite;
use super::world::{self, World, now};

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let private = &w.private.slug;
    let Some((post, comment, event)) = s.setup("visibility", || {
        let p = world::create_post(h, &w.alice, private, &w.title("Members only"))?;
        let c = world::create_comment(h, &w.alice, p.id, "Only members see this.", None)?;
        let e = world::create_event(h, &w.owner, private, &w.new_event(&w.title("Closed meetup"), 30, None))?;
        world::create_post(h, &w.alice, &w.unlisted.slug, &w.title("Unlisted hello"))?;
        Ok((p, c, e))
    }) else {
        return;
    };

    s.check("visibility/private-card-readable-by-outsider", || {
        let g: Group = world::get_json(h, Some(&w.outsider), &format!("/groups/{private}"))?;
        ensure!(g.my_role.is_none(), "my_role is {:?}", g.my_role);
        ensure!(g.visibility == Visibility::Private, "visibility is {:?}", g.visibility);
        Ok(())
    });
    s.check("visibility/private-card-readable-anonymously", || {
        world::get_json::<Group>(h, None, &format!("/groups/{private}"))?;
        Ok(())
    });

    // Lists of a private group: 403 members_only for a logged-in outsider; anonymous callers
    // get 401 or the same 403.
    let lists = [
        ("posts", format!("/groups/{private}/posts")),
        ("events", format!("/groups/{private}/events")),
        ("members", format!("/groups/{private}/members")),
        ("resources", format!("/groups/{private}/resources")),
    ];
    for (what, path) in &lists {
        s.check(&format!("visibility/private-{what}-outsider-403"), || {
            h.get(path).by(&w.outsider).send()?.expect_problem(403, codes::MEMBERS_ONLY)?;
            Ok(())
        });
        s.check(&format!("visibility/private-{what}-anonymous-denied"), || {
            h.get(path)
                .send()?
                .expect_problem_in(&[401, 403], &[codes::UNAUTHORIZED, codes::MEMBERS_ONLY])?;
            Ok(())
        });
        s.check(&format!("visibility/private-{what}-member-200"), || {
            h.get(path).by(&w.alice).send()?.expect(200)?;
            Ok(())
        });
    }
    // Single items of a private group: 403 members_only, or 404 as if absent.
    let items = [
        ("post", format!("/posts/{}", post.id)),
        ("post-comments", format!("/posts/{}/comments", post.id)),
        ("comment", format!("/comments/{}", comment.id)),
        ("event", format!("/events/{}", event.id)),
        ("event-attendees", format!("/events/{}/attendees", event.id)),
    ];
    for (what, path) in &items {
        s.check(&format!("visibility/private-{what}-outsider-denied"), || {
            h.get(path)
                .by(&w.outsider)
                .send()?
                .expect_problem_in(&[403, 404], &[codes::MEMBERS_ONLY, codes::NOT_FOUND])?;
            Ok(())
        });
    }
    s.check("visibility/private-items-readable-by-member", || {
        for (_, path) in &items {
            h.get(path).by(&w.alice).send()?.expect(200)?;
        }
        Ok(())
    });
    s.check("visibility/private-post-not-in-others-feeds", || {
        for u in [&w.outsider, &w.bob] {
            let page: Page<Post> = h.get("/feed").by(u).query("limit", 100).send()?.expect_json(200)?;
            ensure!(
                page.items.iter().all(|p| p.id != post.id),
                "{}'s feed shows a post of a private group they are not in",
                u.username
            );
        }
        let page: Page<Post> = h.get("/feed").by(&w.alice).query("limit", 100).send()?.expect_json(200)?;
        ensure!(page.items.iter().any(|p| p.id == post.id), "the member's feed lacks the private post");
        Ok(())
    });
    s.check("visibility/private-event-not-in-others-events", || {
        let (from, to) = (format_rfc3339(now()), format_rfc3339(now() + 7 * 86_400));
        for u in [&w.outsider, &w.bob] {
            let page: Page<Event> = h
                .get("/events")
                .by(u)
                .query("from", &from)
                .query("to", &to)
                .query("limit", 100)
                .send()?
                .expect_json(200)?;
            ensure!(
                page.items.iter().all(|e| e.id != event.id),
                "{}'s /events shows an event of a private group they are not in",
                u.username
            );
        }
        Ok(())
    });
    s.check("visibility/private-content-not-reportable-by-outsider", || {
        h.post("/reports")
            .by(&w.outsider)
            .json(&NewReport {
                target: ReportTarget::Post { id: post.id },
                reason: "I cannot even see this".into(),
            })
            .send()?
            .expect_problem_in(&[403, 404], &[codes::MEMBERS_ONLY, codes::NOT_FOUND, codes::FORBIDDEN])?;
        Ok(())
    });

    // Public and unlisted groups are readable by anyone.
    s.check("visibility/public-readable-anonymously", || {
        for path in [
            format!("/groups/{}", w.public.slug),
            format!("/groups/{}/posts", w.public.slug),
            format!("/groups/{}/members", w.public.slug),
            format!("/groups/{}/events", w.public.slug),
            format!("/groups/{}/resources", w.public.slug),
        ] {
            h.get(&path).send()?.expect(200)?;
        }
        Ok(())
    });
    s.check("visibility/unlisted-readable-anonymously", || {
        for path in [
            format!("/groups/{}", w.unlisted.slug),
            format!("/groups/{}/posts", w.unlisted.slug),
            format!("/groups/{}/members", w.unlisted.slug),
        ] {
            h.get(&path).send()?.expect(200)?;
        }
        let page: Page<Post> =
            h.get(format!("/groups/{}/posts", w.unlisted.slug)).send()?.expect_json(200)?;
        ensure!(!page.items.is_empty(), "the unlisted group's posts are hidden");
        Ok(())
    });
    s.check("visibility/unlisted-readable-by-outsider", || {
        h.get(format!("/groups/{}/posts", w.unlisted.slug)).by(&w.outsider).send()?.expect(200)?;
        Ok(())
    });
}
