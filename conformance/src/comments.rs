//! Threaded comments: creating, replying, order, editing and deleting.

use kith_api::*;

use super::client::{ensure_each_once, get_with_etag, walk};
use super::world::{self, World};
use super::{Suite, need};

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some((post, other)) = s.setup("comments", || {
        Ok((
            world::create_post(h, &w.alice, &w.public.slug, &w.title("Discuss"))?,
            world::create_post(h, &w.alice, &w.public.slug, &w.title("Elsewhere"))?,
        ))
    }) else {
        return;
    };
    let list = format!("/posts/{}/comments", post.id);
    let body = |b: &str, parent_id: Option<i64>| NewComment { body: b.into(), parent_id };

    let top = s.check_value("comments/create-201", || {
        let c: Comment = h.post(&list).by(&w.bob).json(&body("First!", None)).send()?.expect_json(201)?;
        ensure!(c.post_id == post.id, "post_id is {}", c.post_id);
        ensure!(c.parent_id.is_none(), "parent_id is {:?}", c.parent_id);
        ensure!(c.author.id == w.bob.id, "author is {:?}", c.author);
        ensure!(c.body == "First!", "body is {:?}", c.body);
        ensure!(!c.deleted && !c.removed, "a new comment is deleted or removed");
        ensure!(c.permissions.can_edit, "the author may not edit: {:?}", c.permissions);
        Ok(c)
    });
    let reply = s.check_value("comments/reply-201", || {
        let t = need(&top, "comments/create-201")?;
        let c: Comment =
            h.post(&list).by(&w.alice).json(&body("A reply.", Some(t.id))).send()?.expect_json(201)?;
        ensure!(c.parent_id == Some(t.id), "parent_id is {:?}", c.parent_id);
        Ok(c)
    });
    s.check("comments/parent-from-other-post-422", || {
        let foreign = world::create_comment(h, &w.bob, other.id, "On another post.", None)?;
        h.post(&list)
            .by(&w.alice)
            .json(&body("Wrong thread.", Some(foreign.id)))
            .send()?
            .expect_invalid(&["/parent_id"])?;
        Ok(())
    });
    s.check("comments/create-invalid-422", || {
        h.post(&list).by(&w.bob).json(&body("  ", None)).send()?.expect_invalid(&["/body"])?;
        Ok(())
    });
    s.check("comments/create-anonymous-401", || {
        h.post(&list).json(&body("Anonymous", None)).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("comments/create-non-member-403", || {
        h.post(&list)
            .by(&w.outsider)
            .json(&body("Outsider", None))
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        Ok(())
    });
    let more = s.setup("comments", || {
        let mut ids = Vec::new();
        for (i, u) in [&w.carol, &w.dave, &w.bob, &w.alice].iter().enumerate() {
            ids.push(world::create_comment(h, u, post.id, &format!("Comment {i}"), None)?.id);
        }
        Ok(ids)
    });
    s.check("comments/list-oldest-first", || {
        let t = need(&top, "comments/create-201")?;
        let r = need(&reply, "comments/reply-201")?;
        let more = need(&more, "creating comments")?;
        let page: Page<Comment> = h.get(&list).query("limit", 100).send()?.expect_json(200)?;
        let got: Vec<i64> = page.items.iter().map(|c| c.id).collect();
        let mut want = vec![t.id, r.id];
        want.extend(more);
        ensure!(got == want, "comments come in order {got:?}, expected oldest first {want:?}");
        Ok(())
    });
    s.check("comments/post-counts-comments", || {
        need(&more, "creating comments")?;
        let p: Post = world::get_json(h, None, &format!("/posts/{}", post.id))?;
        ensure!(p.comment_count == 6, "comment_count is {}, expected 6", p.comment_count);
        Ok(())
    });
    s.check("comments/paging-walk", || {
        need(&more, "creating comments")?;
        let all: Vec<Comment> = walk(h, &list, &[], None, 2)?;
        let ids: Vec<i64> = all.iter().map(|c| c.id).collect();
        ensure_each_once(&ids, &[], "comments")?;
        ensure!(ids.len() == 6, "paging with limit 2 gave {} comments, expected 6", ids.len());
        ensure!(ids.windows(2).all(|p| p[0] < p[1]), "pages are not oldest first: {ids:?}");
        Ok(())
    });

    let t_id = top.as_ref().map(|c| c.id).unwrap_or(0);
    let path = format!("/comments/{t_id}");
    s.check("comments/get-200-with-etag", || {
        need(&top, "comments/create-201")?;
        let c: Comment = get_with_etag(h, &path, None, |c: &Comment| &c.etag)?;
        ensure!(c.body == "First!", "body is {:?}", c.body);
        Ok(())
    });
    s.check("comments/get-unknown-404", || {
        h.get("/comments/987654321").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    let patch = |b: &str| CommentPatch { body: b.into() };
    s.check("comments/patch-without-if-match-428", || {
        need(&top, "comments/create-201")?;
        h.patch(&path)
            .by(&w.bob)
            .json(&patch("No precondition"))
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("comments/patch-by-other-403", || {
        let t = need(&top, "comments/create-201")?;
        h.patch(&path)
            .by(&w.alice)
            .if_match(&t.etag)
            .json(&patch("Not mine"))
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("comments/patch-invalid-422", || {
        let t = need(&top, "comments/create-201")?;
        h.patch(&path).by(&w.bob).if_match(&t.etag).json(&patch("")).send()?.expect_invalid(&["/body"])?;
        Ok(())
    });
    let edited = s.check_value("comments/patch-own-200", || {
        let t = need(&top, "comments/create-201")?;
        let c: Comment = h
            .patch(&path)
            .by(&w.bob)
            .if_match(&t.etag)
            .json(&patch("First! (edited)"))
            .send()?
            .expect_json(200)?;
        ensure!(c.body == "First! (edited)", "body is {:?}", c.body);
        ensure!(c.edited_at.is_some(), "edited_at is null after an edit");
        ensure!(c.etag != t.etag, "the etag did not change");
        Ok(c)
    });
    s.check("comments/patch-stale-etag-412-unchanged", || {
        let t = need(&top, "comments/create-201")?;
        need(&edited, "comments/patch-own-200")?;
        h.patch(&path)
            .by(&w.bob)
            .if_match(&t.etag)
            .json(&patch("Lost update"))
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let now: Comment = world::get_json(h, None, &path)?;
        ensure!(now.body == "First! (edited)", "the refused change was written: {:?}", now.body);
        Ok(())
    });
    s.check("comments/delete-without-if-match-428", || {
        need(&top, "comments/create-201")?;
        h.delete(&path).by(&w.bob).send()?.expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("comments/delete-by-other-403", || {
        let e = need(&edited, "comments/patch-own-200")?;
        h.delete(&path).by(&w.alice).if_match(&e.etag).send()?.expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    let deleted = s.check("comments/delete-own-204-soft", || {
        let e = need(&edited, "comments/patch-own-200")?;
        h.delete(&path).by(&w.bob).if_match(&e.etag).send()?.expect(204)?;
        let now: Comment = world::get_json(h, None, &path)?;
        ensure!(now.deleted, "deleted is false after deleting");
        ensure!(now.body.is_empty(), "a deleted comment still has a body: {:?}", now.body);
        Ok(())
    });
    s.check("comments/replies-survive-parent-delete", || {
        let r = need(&reply, "comments/reply-201")?;
        ensure!(deleted, "depends on comments/delete-own-204-soft, which failed");
        let page: Page<Comment> = h.get(&list).query("limit", 100).send()?.expect_json(200)?;
        let c = page.items.iter().find(|c| c.id == r.id).ok_or("the reply vanished with its parent")?;
        ensure!(c.body == "A reply." && !c.deleted, "the reply changed: {c:?}");
        ensure!(page.items.iter().any(|c| c.id == t_id), "the deleted parent left the thread");
        Ok(())
    });
}
