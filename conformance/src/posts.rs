//! Posts: creating, reading, group feeds and their order, the home feed, editing, deleting,
//! pinning and locking.

use kith_api::*;

use super::client::{Http, get_with_etag};
use super::world::{self, User, World};
use super::{Outcome, Suite, need};

/// Ids of `ours` in the order the list gives them.
fn order(h: &Http, user: Option<&User>, path: &str, sort: &str, ours: &[i64]) -> Outcome<Vec<i64>> {
    let page: Page<Post> =
        h.get(path).by_opt(user).query("sort", sort).query("limit", 100).send()?.expect_json(200)?;
    Ok(page.items.iter().map(|p| p.id).filter(|id| ours.contains(id)).collect())
}

/// An RFC 3339 time in UTC, as the contract promises (`2026-11-27T18:00:00Z`).
fn utc(t: &str) -> Outcome<()> {
    ensure!(
        kith_api::time::parse_rfc3339(t).is_some() && t.ends_with('Z'),
        "{t:?} is not an RFC 3339 time in UTC"
    );
    Ok(())
}

fn feed_ids(h: &Http, user: &User) -> Outcome<Vec<i64>> {
    let page: Page<Post> = h.get("/feed").by(user).query("limit", 100).send()?.expect_json(200)?;
    Ok(page.items.iter().map(|p| p.id).collect())
}

fn moderate(h: &Http, w: &World, id: i64, action: &str) -> Outcome<Post> {
    h.post(format!("/posts/{id}/{action}")).by(&w.moderator).send()?.expect_json(200)
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(g) = s.setup("posts", || {
        let g = w.group_with(h, "posts", Visibility::Public, &w.owner, &[&w.alice, &w.bob, &w.moderator])?;
        world::set_role(h, &w.owner, &g.slug, &w.moderator.username, Role::Moderator)?;
        Ok(g)
    }) else {
        return;
    };
    let slug = &g.slug;
    let list = format!("/groups/{slug}/posts");

    let title1 = w.title("First post");
    let p1 = s.check_value("posts/create-201", || {
        let p: Post = h
            .post(&list)
            .by(&w.alice)
            .json(&NewPost { title: title1.clone(), body: "Hello **world**.".into() })
            .send()?
            .expect_json(201)?;
        ensure!(p.title == title1, "title is {:?}", p.title);
        ensure!(p.body == "Hello **world**.", "body is {:?}", p.body);
        ensure!(p.group.slug == *slug, "group is {:?}", p.group);
        ensure!(p.author.id == w.alice.id, "author is {:?}", p.author);
        ensure!(
            !p.pinned && !p.locked && !p.removed && !p.deleted,
            "a new post is pinned, locked, removed or deleted: {p:?}"
        );
        ensure!(p.comment_count == 0, "comment_count is {}", p.comment_count);
        ensure!(p.edited_at.is_none(), "edited_at is set on a new post");
        ensure!(
            p.permissions.can_edit && p.permissions.can_delete,
            "the author may not edit: {:?}",
            p.permissions
        );
        ensure!(!p.etag.is_empty(), "etag is empty");
        Ok(p)
    });
    s.check("posts/times-rfc3339-utc", || {
        let p = need(&p1, "posts/create-201")?;
        utc(&p.created_at)?;
        let e: Event = world::create_event(h, &w.owner, slug, &w.new_event(&w.title("Times"), 10, None))?;
        utc(&e.starts_at)?;
        utc(&e.ends_at)?;
        utc(&e.created_at)?;
        let g: Group = world::get_json(h, None, &format!("/groups/{slug}"))?;
        utc(&g.created_at)?;
        utc(&g.last_activity_at)?;
        Ok(())
    });
    s.check("posts/create-anonymous-401", || {
        h.post(&list)
            .json(&NewPost { title: "Anonymous".into(), body: "Nobody".into() })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("posts/create-non-member-403", || {
        h.post(&list)
            .by(&w.outsider)
            .json(&NewPost { title: "Outsider".into(), body: "Not a member".into() })
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        Ok(())
    });
    s.check("posts/create-invalid-422", || {
        h.post(&list)
            .by(&w.alice)
            .json(&NewPost { title: "   ".into(), body: String::new() })
            .send()?
            .expect_invalid(&["/title", "/body"])?;
        Ok(())
    });
    s.check("posts/create-title-too-long-422", || {
        h.post(&list)
            .by(&w.alice)
            .json(&NewPost { title: "t".repeat(w.limits.max_post_title as usize + 1), body: "Fine".into() })
            .send()?
            .expect_invalid(&["/title"])?;
        Ok(())
    });

    let p1_id = p1.as_ref().map(|p| p.id).unwrap_or(0);
    let path1 = format!("/posts/{p1_id}");
    s.check("posts/get-200-with-etag", || {
        need(&p1, "posts/create-201")?;
        let p: Post = get_with_etag(h, &path1, Some(&w.bob), |p: &Post| &p.etag)?;
        ensure!(p.title == title1, "title is {:?}", p.title);
        Ok(())
    });
    s.check("posts/get-anonymous-200", || {
        need(&p1, "posts/create-201")?;
        world::get_json::<Post>(h, None, &path1)?;
        Ok(())
    });
    s.check("posts/get-unknown-404", || {
        h.get("/posts/987654321").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("posts/permissions-reflect-role", || {
        need(&p1, "posts/create-201")?;
        let p: Post = world::get_json(h, Some(&w.bob), &path1)?;
        let pm = &p.permissions;
        ensure!(!pm.can_edit && !pm.can_delete && !pm.can_moderate, "another member's permissions: {pm:?}");
        ensure!(pm.can_comment && pm.can_react, "another member cannot comment or react: {pm:?}");
        let p: Post = world::get_json(h, Some(&w.moderator), &path1)?;
        ensure!(p.permissions.can_moderate, "a moderator's can_moderate is false");
        Ok(())
    });

    // Order: p1 < p2 < p3 by creation.
    let more = s.setup("posts", || {
        let p2 = world::create_post(h, &w.alice, slug, &w.title("Second post"))?;
        let p3 = world::create_post(h, &w.bob, slug, &w.title("Third post"))?;
        Ok((p2.id, p3.id))
    });
    let ids = match (&p1, more) {
        (Some(p1), Some((p2, p3))) => Some([p1.id, p2, p3]),
        _ => None,
    };
    s.check("posts/list-new-newest-first", || {
        let [a, b, c] = *need(&ids, "creating three posts")?;
        let got = order(h, None, &list, "new", &[a, b, c])?;
        ensure!(got == [c, b, a], "sort=new gave {got:?}, expected {:?}", [c, b, a]);
        Ok(())
    });
    s.check("posts/list-hot-and-top-200", || {
        let ours = *need(&ids, "creating three posts")?;
        for sort in ["hot", "top"] {
            let got = order(h, None, &list, sort, &ours)?;
            ensure!(got.len() == 3, "sort={sort} lists {} of our 3 posts", got.len());
        }
        Ok(())
    });
    s.check("posts/list-top-most-engaged-first", || {
        let [a, b, c] = *need(&ids, "creating three posts")?;
        for u in [&w.bob, &w.moderator] {
            h.post(format!("/posts/{a}/reactions"))
                .by(u)
                .json(&ReactionToggle { kind: ReactionKind::Love })
                .send()?
                .expect(200)?;
        }
        world::create_comment(h, &w.bob, a, "Engaging!", None)?;
        let got = order(h, None, &list, "top", &[a, b, c])?;
        ensure!(
            got.first() == Some(&a),
            "sort=top gave {got:?}; the post with 2 reactions and a comment ({a}) is not first"
        );
        Ok(())
    });
    s.check("posts/list-unknown-sort-400", || {
        h.get(&list).query("sort", "loudest").send()?.expect_problem(400, codes::INVALID_QUERY)?;
        Ok(())
    });

    // Pin, lock.
    let pinned = s.check("posts/pin-200", || {
        let [_, b, _] = *need(&ids, "creating three posts")?;
        let p = moderate(h, w, b, "pin")?;
        ensure!(p.pinned, "pinned is false after pinning");
        Ok(())
    });
    s.check("posts/pinned-first-in-group-feed", || {
        let [a, b, c] = *need(&ids, "creating three posts")?;
        ensure!(pinned, "depends on posts/pin-200, which failed");
        for sort in ["new", "top"] {
            let got = order(h, None, &list, sort, &[a, b, c])?;
            ensure!(got.first() == Some(&b), "sort={sort} gave {got:?}; the pinned post {b} is not first");
        }
        Ok(())
    });
    s.check("posts/unpin-200", || {
        let [a, b, c] = *need(&ids, "creating three posts")?;
        let p = moderate(h, w, b, "unpin")?;
        ensure!(!p.pinned, "pinned is true after unpinning");
        let got = order(h, None, &list, "new", &[a, b, c])?;
        ensure!(got == [c, b, a], "after unpinning sort=new gave {got:?}");
        Ok(())
    });
    let locked = s.check("posts/lock-200", || {
        let [_, _, c] = *need(&ids, "creating three posts")?;
        let p = moderate(h, w, c, "lock")?;
        ensure!(p.locked, "locked is false after locking");
        Ok(())
    });
    s.check("posts/locked-comment-403", || {
        let [_, _, c] = *need(&ids, "creating three posts")?;
        ensure!(locked, "depends on posts/lock-200, which failed");
        h.post(format!("/posts/{c}/comments"))
            .by(&w.alice)
            .json(&NewComment { body: "Can I still comment?".into(), parent_id: None })
            .send()?
            .expect_problem(403, codes::LOCKED)?;
        Ok(())
    });
    s.check("posts/unlock-200", || {
        let [_, _, c] = *need(&ids, "creating three posts")?;
        let p = moderate(h, w, c, "unlock")?;
        ensure!(!p.locked, "locked is true after unlocking");
        world::create_comment(h, &w.alice, c, "Open again.", None)?;
        Ok(())
    });

    // Removing and restoring where one reads, without a report.
    let slug_r = g.slug.clone();
    let target = s.setup("posts", || {
        let p = world::create_post(h, &w.alice, &slug_r, &w.title("To remove in place"))?;
        let c = world::create_comment(h, &w.bob, p.id, "A comment to remove in place", None)?;
        Ok((p.id, c.id))
    });
    let log_of = |kind: &str, id: i64| -> Outcome<Vec<ModLogEntry>> {
        let page: Page<ModLogEntry> = h
            .get(format!("/groups/{}/modlog", g.slug))
            .by(&w.moderator)
            .query("kind", kind)
            .query("limit", 100)
            .send()?
            .expect_json(200)?;
        Ok(page.items.into_iter().filter(|e| e.target.id == id.to_string()).collect())
    };
    let reason = |r: &str| ModerationReason { reason: r.into() };
    s.check("posts/remove-without-reason-422", || {
        let (p, _) = *need(&target, "creating the post to remove")?;
        h.post(format!("/posts/{p}/remove"))
            .by(&w.moderator)
            .json(&reason(" "))
            .send()?
            .expect_problem(422, codes::VALIDATION_FAILED)?;
        Ok(())
    });
    let removed = s.check("posts/remove-in-place-200", || {
        let (p, _) = *need(&target, "creating the post to remove")?;
        let out: Post = h
            .post(format!("/posts/{p}/remove"))
            .by(&w.moderator)
            .json(&reason("Off topic here"))
            .send()?
            .expect_json(200)?;
        ensure!(out.removed, "removed is false in the answer");
        let seen: Post = world::get_json(h, Some(&w.bob), &format!("/posts/{p}"))?;
        ensure!(
            seen.removed && seen.title.is_empty() && seen.body.is_empty(),
            "a member still sees the removed post's title or text"
        );
        let log = log_of("post_removed", p)?;
        ensure!(
            log.len() == 1 && log[0].reason == "Off topic here" && log[0].actor.id == w.moderator.id,
            "the mod log has {log:?}, not one post_removed entry with the reason and the moderator"
        );
        Ok(())
    });
    s.check("posts/remove-again-logs-nothing", || {
        let (p, _) = *need(&target, "creating the post to remove")?;
        ensure!(removed, "depends on posts/remove-in-place-200, which failed");
        let out: Post = h
            .post(format!("/posts/{p}/remove"))
            .by(&w.moderator)
            .json(&reason("Once more"))
            .send()?
            .expect_json(200)?;
        ensure!(out.removed, "removed is false");
        ensure!(log_of("post_removed", p)?.len() == 1, "a second removal was logged");
        Ok(())
    });
    s.check("posts/restore-in-place-200", || {
        let (p, _) = *need(&target, "creating the post to remove")?;
        ensure!(removed, "depends on posts/remove-in-place-200, which failed");
        let out: Post = h
            .post(format!("/posts/{p}/restore"))
            .by(&w.moderator)
            .json(&reason("Fine after all"))
            .send()?
            .expect_json(200)?;
        ensure!(!out.removed, "removed is still true");
        let seen: Post = world::get_json(h, Some(&w.bob), &format!("/posts/{p}"))?;
        ensure!(!seen.removed && !seen.title.is_empty(), "a member does not see the restored post");
        ensure!(log_of("post_restored", p)?.len() == 1, "the restore is not in the mod log once");
        Ok(())
    });
    s.check("posts/remove-comment-in-place-200", || {
        let (_, c) = *need(&target, "creating the comment to remove")?;
        let out: Comment = h
            .post(format!("/comments/{c}/remove"))
            .by(&w.moderator)
            .json(&reason("Rude reply"))
            .send()?
            .expect_json(200)?;
        ensure!(out.removed, "removed is false in the answer");
        let seen: Comment = world::get_json(h, Some(&w.alice), &format!("/comments/{c}"))?;
        ensure!(seen.removed && seen.body.is_empty(), "a member still sees the removed comment's text");
        ensure!(log_of("comment_removed", c)?.len() == 1, "the removal is not in the mod log once");
        let back: Comment = h
            .post(format!("/comments/{c}/restore"))
            .by(&w.moderator)
            .json(&reason("Apologised"))
            .send()?
            .expect_json(200)?;
        ensure!(!back.removed, "removed is still true after restoring");
        ensure!(log_of("comment_restored", c)?.len() == 1, "the restore is not in the mod log once");
        Ok(())
    });
    s.check("posts/remove-deleted-409", || {
        let p = world::create_post(h, &w.alice, &g.slug, &w.title("Deleted before removal"))?;
        h.delete(format!("/posts/{}", p.id)).by(&w.alice).if_match(&p.etag).send()?.expect(204)?;
        h.post(format!("/posts/{}/remove", p.id))
            .by(&w.moderator)
            .json(&reason("Too late"))
            .send()?
            .expect_problem(409, codes::CONFLICT)?;
        Ok(())
    });

    // The home feed.
    s.check("posts/feed-contains-my-groups", || {
        let ours = *need(&ids, "creating three posts")?;
        let feed = feed_ids(h, &w.alice)?;
        for id in ours {
            ensure!(feed.contains(&id), "alice's feed lacks post {id} of her group");
        }
        Ok(())
    });
    s.check("posts/feed-excludes-other-groups", || {
        let ours = *need(&ids, "creating three posts")?;
        for u in [&w.outsider, &w.carol] {
            let feed = feed_ids(h, u)?;
            ensure!(
                ours.iter().all(|id| !feed.contains(id)),
                "{}'s feed shows posts of a group they are not in",
                u.username
            );
        }
        Ok(())
    });
    s.check("posts/feed-anonymous-401", || {
        h.get("/feed").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });

    // Editing and deleting.
    let own = s.setup("posts", || world::create_post(h, &w.alice, slug, &w.title("Editable")));
    let own_path = own.as_ref().map(|p| format!("/posts/{}", p.id)).unwrap_or_default();
    let patch = |title: &str| PostPatch { title: Some(title.into()), body: None };
    s.check("posts/patch-without-if-match-428", || {
        need(&own, "creating a post")?;
        h.patch(&own_path)
            .by(&w.alice)
            .json(&patch("No precondition"))
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("posts/patch-by-other-403", || {
        let p = need(&own, "creating a post")?;
        h.patch(&own_path)
            .by(&w.bob)
            .if_match(&p.etag)
            .json(&patch("Not mine"))
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("posts/patch-invalid-422", || {
        let p = need(&own, "creating a post")?;
        h.patch(&own_path)
            .by(&w.alice)
            .if_match(&p.etag)
            .json(&patch(""))
            .send()?
            .expect_invalid(&["/title"])?;
        Ok(())
    });
    let edited = s.check_value("posts/patch-own-200", || {
        let p = need(&own, "creating a post")?;
        let e: Post = h
            .patch(&own_path)
            .by(&w.alice)
            .if_match(&p.etag)
            .json(&patch("Edited title"))
            .send()?
            .expect_json(200)?;
        ensure!(e.title == "Edited title", "title is {:?}", e.title);
        ensure!(e.body == p.body, "the body changed although absent from the patch");
        ensure!(e.edited_at.is_some(), "edited_at is null after an edit");
        ensure!(e.etag != p.etag, "the etag did not change");
        Ok(e)
    });
    s.check("posts/patch-stale-etag-412-unchanged", || {
        let old = need(&own, "creating a post")?;
        need(&edited, "posts/patch-own-200")?;
        h.patch(&own_path)
            .by(&w.alice)
            .if_match(&old.etag)
            .json(&patch("Lost update"))
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let now: Post = world::get_json(h, None, &own_path)?;
        ensure!(now.title == "Edited title", "the refused change was written: {:?}", now.title);
        Ok(())
    });
    s.check("posts/delete-without-if-match-428", || {
        need(&own, "creating a post")?;
        h.delete(&own_path).by(&w.alice).send()?.expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("posts/delete-by-other-403", || {
        let e = need(&edited, "posts/patch-own-200")?;
        h.delete(&own_path).by(&w.bob).if_match(&e.etag).send()?.expect_problem(403, codes::FORBIDDEN)?;
        let now: Post = world::get_json(h, None, &own_path)?;
        ensure!(!now.deleted, "the post was deleted by someone else");
        Ok(())
    });
    let deleted = s.check("posts/delete-own-204-soft", || {
        let e = need(&edited, "posts/patch-own-200")?;
        h.delete(&own_path).by(&w.alice).if_match(&e.etag).send()?.expect(204)?;
        let now: Post = world::get_json(h, Some(&w.bob), &own_path)?;
        ensure!(now.deleted, "deleted is false after deleting");
        ensure!(now.body.is_empty(), "a deleted post still has a body: {:?}", now.body);
        Ok(())
    });
    s.check("posts/deleted-without-comments-leaves-the-feed", || {
        let e = need(&edited, "posts/patch-own-200")?;
        ensure!(deleted, "depends on posts/delete-own-204-soft, which failed");
        let page: Page<Post> = h.get(&list).query("limit", 100).send()?.expect_json(200)?;
        ensure!(
            page.items.iter().all(|p| p.id != e.id),
            "a deleted post nobody answered is still in the group feed"
        );
        Ok(())
    });
}
