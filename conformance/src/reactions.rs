//! Reactions on posts and comments: a toggle per user and kind.

use kith_api::*;

use super::client::Http;
use super::world::{self, User, World};
use super::{Outcome, Suite};

fn toggle(h: &Http, user: &User, path: &str, kind: ReactionKind) -> Outcome<Reactions> {
    h.post(path).by(user).json(&ReactionToggle { kind }).send()?.expect_json(200)
}

/// (count, mine) of one kind; an absent kind counts 0.
fn of(list: &[ReactionCount], kind: ReactionKind) -> (u32, bool) {
    list.iter().find(|c| c.kind == kind).map(|c| (c.count, c.mine)).unwrap_or((0, false))
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some((post, comment)) = s.setup("reactions", || {
        let p = world::create_post(h, &w.alice, &w.public.slug, &w.title("React to me"))?;
        let c = world::create_comment(h, &w.bob, p.id, "React to this comment too.", None)?;
        Ok((p, c))
    }) else {
        return;
    };
    let post_path = format!("/posts/{}/reactions", post.id);
    let comment_path = format!("/comments/{}/reactions", comment.id);
    let on = s.check("reactions/post-toggle-on-200", || {
        let r = toggle(h, &w.bob, &post_path, ReactionKind::Like)?;
        ensure!(of(&r.reactions, ReactionKind::Like) == (1, true), "after one like: {:?}", r.reactions);
        Ok(())
    });
    s.check("reactions/others-see-count-not-mine", || {
        ensure!(on, "depends on reactions/post-toggle-on-200, which failed");
        let p: Post = world::get_json(h, Some(&w.carol), &format!("/posts/{}", post.id))?;
        ensure!(of(&p.reactions, ReactionKind::Like) == (1, false), "carol sees {:?}", p.reactions);
        let p: Post = world::get_json(h, Some(&w.bob), &format!("/posts/{}", post.id))?;
        ensure!(of(&p.reactions, ReactionKind::Like) == (1, true), "bob sees {:?}", p.reactions);
        Ok(())
    });
    s.check("reactions/counts-add-up-across-users", || {
        ensure!(on, "depends on reactions/post-toggle-on-200, which failed");
        let r = toggle(h, &w.carol, &post_path, ReactionKind::Like)?;
        ensure!(
            of(&r.reactions, ReactionKind::Like) == (2, true),
            "after a second user's like: {:?}",
            r.reactions
        );
        let r = toggle(h, &w.carol, &post_path, ReactionKind::Like)?;
        ensure!(
            of(&r.reactions, ReactionKind::Like) == (1, false),
            "after carol's toggle off: {:?}",
            r.reactions
        );
        Ok(())
    });
    s.check("reactions/post-toggle-off-200", || {
        ensure!(on, "depends on reactions/post-toggle-on-200, which failed");
        let r = toggle(h, &w.bob, &post_path, ReactionKind::Like)?;
        ensure!(of(&r.reactions, ReactionKind::Like) == (0, false), "after toggling off: {:?}", r.reactions);
        Ok(())
    });
    s.check("reactions/kinds-are-independent", || {
        toggle(h, &w.dave, &post_path, ReactionKind::Celebrate)?;
        let r = toggle(h, &w.dave, &post_path, ReactionKind::Insightful)?;
        ensure!(
            of(&r.reactions, ReactionKind::Celebrate) == (1, true)
                && of(&r.reactions, ReactionKind::Insightful) == (1, true),
            "two kinds by one user: {:?}",
            r.reactions
        );
        Ok(())
    });
    s.check("reactions/comment-toggle-200", || {
        let r = toggle(h, &w.alice, &comment_path, ReactionKind::Laugh)?;
        ensure!(of(&r.reactions, ReactionKind::Laugh) == (1, true), "after one laugh: {:?}", r.reactions);
        let c: Comment = world::get_json(h, Some(&w.alice), &format!("/comments/{}", comment.id))?;
        ensure!(of(&c.reactions, ReactionKind::Laugh) == (1, true), "GET shows {:?}", c.reactions);
        let r = toggle(h, &w.alice, &comment_path, ReactionKind::Laugh)?;
        ensure!(of(&r.reactions, ReactionKind::Laugh) == (0, false), "after toggling off: {:?}", r.reactions);
        Ok(())
    });
    s.check("reactions/unknown-kind-4xx", || {
        h.post(&post_path)
            .by(&w.bob)
            .json(&serde_json::json!({ "kind": "outrage" }))
            .send()?
            .expect_problem_in(&[400, 422], &[codes::MALFORMED_REQUEST, codes::VALIDATION_FAILED])?;
        Ok(())
    });
    s.check("reactions/anonymous-401", || {
        h.post(&post_path)
            .json(&ReactionToggle { kind: ReactionKind::Like })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("reactions/non-member-403", || {
        h.post(&post_path)
            .by(&w.outsider)
            .json(&ReactionToggle { kind: ReactionKind::Like })
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        Ok(())
    });
}
