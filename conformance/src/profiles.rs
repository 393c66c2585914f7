//! Members' profiles (`GET /users/{username}`) and the caller's bio (`PATCH /me`): what a
//! profile shows depends on the caller, and private or unlisted groups' content never leaks.

use std::collections::BTreeSet;

use kith_api::time::parse_rfc3339;
use kith_api::*;

use super::client::Http;
use super::world::{self, User, World, now};
use super::{Outcome, Suite};

/// The profile of `username` as `caller` (anonymous when `None`) sees it.
fn profile(h: &Http, caller: Option<&User>, username: &str) -> Outcome<Profile> {
    world::get_json(h, caller, &format!("/users/{username}"))
}

/// The ids of the posts (not comments) in a profile's recent activity.
fn post_ids(p: &Profile) -> BTreeSet<i64> {
    p.recent.iter().filter(|a| a.kind == ActivityKind::Post).map(|a| a.post_id).collect()
}

/// The ids of the comments in a profile's recent activity.
fn comment_ids(p: &Profile) -> BTreeSet<i64> {
    p.recent.iter().filter_map(|a| a.comment_id).collect()
}

fn slugs(groups: &[GroupRef]) -> Vec<&str> {
    groups.iter().map(|g| g.slug.as_str()).collect()
}

/// `me/`: the caller's bio.
pub fn run_me(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(u) = s.setup("me", || w.user(h, "bio")) else {
        return;
    };
    let me = |u: &User| -> Outcome<Me> { h.get("/me").by(u).send()?.expect_json(200) };
    let patch_bio = |bio: &str| -> Outcome<super::client::Resp> {
        let before = me(&u)?;
        h.patch("/me")
            .by(&u)
            .if_match(&before.etag)
            .json(&MePatch { bio: Some(bio.into()), ..Default::default() })
            .send()
    };
    let bio = "Hiking on weekends.\nCoffee after, always.";
    let set = s.check("me/bio-patch-200", || {
        let before = me(&u)?;
        ensure!(before.bio.is_empty(), "a new member's bio is {:?}, not empty", before.bio);
        let after: Me = patch_bio(bio)?.expect_json(200)?;
        ensure!(after.bio == bio, "the answer's bio is {:?}", after.bio);
        ensure!(after.etag != before.etag, "the etag did not change");
        ensure!(
            after.display_name == before.display_name && after.interests == before.interests,
            "a bio-only patch changed other fields: {after:?}"
        );
        let again = me(&u)?;
        ensure!(again.bio == bio, "GET /me afterwards shows bio {:?}", again.bio);
        let p = profile(h, None, &u.username)?;
        ensure!(p.bio == bio, "GET /users/{} shows bio {:?}", u.username, p.bio);
        Ok(())
    });
    s.check("me/bio-too-long-422", || {
        let before = me(&u)?;
        patch_bio(&"b".repeat(501))?.expect_invalid(&["/bio"])?;
        let after = me(&u)?;
        ensure!(after.bio == before.bio, "the refused bio was written: {:?}", after.bio);
        Ok(())
    });
    s.check("me/bio-empty-removes-it-200", || {
        ensure!(set, "depends on me/bio-patch-200, which failed");
        let after: Me = patch_bio("")?.expect_json(200)?;
        ensure!(after.bio.is_empty(), "the bio is still {:?}", after.bio);
        let p = profile(h, None, &u.username)?;
        ensure!(p.bio.is_empty(), "the profile still shows bio {:?}", p.bio);
        Ok(())
    });
}

/// What the profiles area works with: a member (`author`) who owns a private, a public and an
/// unlisted group and posts in each; `fellow` belongs to the private group only (and to the
/// world's public group, which the author is not in).
struct Fixture {
    author: User,
    fellow: User,
    private: Group,
    public: Group,
    unlisted: Group,
    /// The author's posts in each group.
    in_private: Post,
    in_public: Post,
    in_unlisted: Post,
    /// The author's comment on `in_public`.
    comment: Comment,
}

fn set_up(h: &Http, w: &World) -> Outcome<Fixture> {
    let author = world::register(h, &w.name("pauthor"), &[w.topics[0].clone()])?;
    let fellow = w.user(h, "pfellow")?;
    let private = w.group_with(h, "prof-private", Visibility::Private, &author, &[&fellow])?;
    let public = w.group_with(h, "prof-public", Visibility::Public, &author, &[])?;
    let unlisted = w.group_with(h, "prof-unlisted", Visibility::Unlisted, &author, &[])?;
    world::join(h, &fellow, &w.public.slug)?;
    let in_private = world::create_post(h, &author, &private.slug, &w.title("Private words"))?;
    let in_public = world::create_post(h, &author, &public.slug, &w.title("Public words"))?;
    let in_unlisted = world::create_post(h, &author, &unlisted.slug, &w.title("Unlisted words"))?;
    let comment = world::create_comment(h, &author, in_public.id, "A *comment* of the author.", None)?;
    Ok(Fixture { author, fellow, private, public, unlisted, in_private, in_public, in_unlisted, comment })
}

/// `profiles/`: `GET /users/{username}`.
pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(fx) = s.setup("profiles", || set_up(h, w)) else {
        return;
    };
    let author = fx.author.username.as_str();

    s.check("profiles/get-200", || {
        let p = profile(h, None, author)?;
        ensure!(p.user.id == fx.author.id, "user.id is {}, not {}", p.user.id, fx.author.id);
        ensure!(p.user.username == author, "user.username is {:?}", p.user.username);
        ensure!(p.user.display_name == author, "user.display_name is {:?}", p.user.display_name);
        ensure!(p.bio.is_empty(), "bio is {:?}, not empty", p.bio);
        ensure!(p.interests == [w.topics[0].clone()], "interests are {:?}", p.interests);
        let joined = parse_rfc3339(&p.joined_at)
            .ok_or_else(|| format!("joined_at {:?} is not RFC 3339", p.joined_at))?;
        ensure!(
            joined >= w.started - 60 && joined <= now() + 60,
            "joined_at {} is not when the account was made",
            p.joined_at
        );
        ensure!(p.shared_groups.is_empty(), "an anonymous caller shares groups: {:?}", p.shared_groups);
        let post = p
            .recent
            .iter()
            .find(|a| a.kind == ActivityKind::Post && a.post_id == fx.in_public.id)
            .ok_or_else(|| format!("recent lacks the public post {}: {:?}", fx.in_public.id, p.recent))?;
        ensure!(post.comment_id.is_none(), "a post has comment_id {:?}", post.comment_id);
        ensure!(post.title == fx.in_public.title, "the post's title is {:?}", post.title);
        ensure!(
            post.excerpt == text::excerpt(&fx.in_public.body, 200),
            "the post's excerpt is {:?}",
            post.excerpt
        );
        ensure!(
            post.group.slug == fx.public.slug && post.group.name == fx.public.name,
            "the post's group is {:?}",
            post.group
        );
        ensure!(
            parse_rfc3339(&post.created_at).is_some(),
            "created_at {:?} is not RFC 3339",
            post.created_at
        );
        let c = p
            .recent
            .iter()
            .find(|a| a.comment_id == Some(fx.comment.id))
            .ok_or_else(|| format!("recent lacks the comment {}: {:?}", fx.comment.id, p.recent))?;
        ensure!(c.kind == ActivityKind::Comment, "the comment's kind is {:?}", c.kind);
        ensure!(c.post_id == fx.in_public.id, "the comment's post_id is {}", c.post_id);
        ensure!(c.title == fx.in_public.title, "the comment's title is {:?}, not its post's", c.title);
        ensure!(c.excerpt == "A comment of the author.", "the comment's excerpt is {:?}", c.excerpt);
        ensure!(c.group.slug == fx.public.slug, "the comment's group is {:?}", c.group);
        let mut times = p.recent.iter().map(|a| parse_rfc3339(&a.created_at).unwrap_or(0));
        let mut last = i64::MAX;
        ensure!(
            times.all(|t| std::mem::replace(&mut last, t) >= t),
            "recent is not newest first: {:?}",
            p.recent.iter().map(|a| &a.created_at).collect::<Vec<_>>()
        );
        Ok(())
    });
    s.check("profiles/unknown-404", || {
        h.get(format!("/users/{}", w.name("nobody-here"))).send()?.expect_problem(404, codes::NOT_FOUND)?;
        h.get(format!("/users/{}", w.name("nobody-here")))
            .by(&w.alice)
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("profiles/garbage-token-401", || {
        h.get(format!("/users/{author}"))
            .bearer("not-a-token")
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("profiles/private-group-content-hidden-from-non-members", || {
        let (private, public) = (fx.in_private.id, fx.in_public.id);
        for (who, caller) in [("an outsider", Some(&w.outsider)), ("an anonymous caller", None)] {
            let p = profile(h, caller, author)?;
            let seen = post_ids(&p);
            ensure!(!seen.contains(&private), "{who} sees the post in the private group");
            ensure!(seen.contains(&public), "{who} does not see the post in the public group");
            ensure!(
                p.recent.iter().all(|a| a.group.slug != fx.private.slug),
                "{who} sees content of the private group"
            );
        }
        let p = profile(h, Some(&fx.fellow), author)?;
        let seen = post_ids(&p);
        ensure!(
            seen.contains(&private) && seen.contains(&public),
            "a fellow member of the private group sees posts {seen:?}, not both {private} and {public}"
        );
        let own = post_ids(&profile(h, Some(&fx.author), author)?);
        ensure!(own.contains(&private), "the member does not see their own private post");
        Ok(())
    });
    s.check("profiles/unlisted-group-content-hidden-from-non-members", || {
        let unlisted = fx.in_unlisted.id;
        for (who, caller) in [
            ("an outsider", Some(&w.outsider)),
            ("an anonymous caller", None),
            ("a fellow", Some(&fx.fellow)),
        ] {
            let p = profile(h, caller, author)?;
            ensure!(
                !post_ids(&p).contains(&unlisted)
                    && p.recent.iter().all(|a| a.group.slug != fx.unlisted.slug),
                "{who}, not a member of the unlisted group, sees its content"
            );
        }
        let own = post_ids(&profile(h, Some(&fx.author), author)?);
        ensure!(own.contains(&unlisted), "the member does not see their own post in the unlisted group");
        Ok(())
    });
    s.check("profiles/shared-groups", || {
        let by_fellow = profile(h, Some(&fx.fellow), author)?;
        ensure!(
            slugs(&by_fellow.shared_groups) == [fx.private.slug.as_str()],
            "the fellow shares {:?} with the author, not only {}",
            slugs(&by_fellow.shared_groups),
            fx.private.slug
        );
        let g = &by_fellow.shared_groups[0];
        ensure!(g.name == fx.private.name, "the shared group's name is {:?}", g.name);
        let by_author = profile(h, Some(&fx.author), &fx.fellow.username)?;
        ensure!(
            slugs(&by_author.shared_groups) == [fx.private.slug.as_str()],
            "the author shares {:?} with the fellow",
            slugs(&by_author.shared_groups)
        );
        let outsider = profile(h, Some(&w.outsider), author)?;
        ensure!(outsider.shared_groups.is_empty(), "an outsider shares {:?}", slugs(&outsider.shared_groups));
        let anonymous = profile(h, None, author)?;
        ensure!(
            anonymous.shared_groups.is_empty(),
            "an anonymous caller shares {:?}",
            anonymous.shared_groups
        );
        // Looking at oneself: every group of one's own, by name.
        let own = profile(h, Some(&fx.author), author)?;
        let mut want = [&fx.private, &fx.public, &fx.unlisted];
        want.sort_by(|a, b| a.name.cmp(&b.name));
        let want: Vec<&str> = want.iter().map(|g| g.slug.as_str()).collect();
        ensure!(
            slugs(&own.shared_groups) == want,
            "the author's own profile shares {:?}, not {want:?} (every group, by name)",
            slugs(&own.shared_groups)
        );
        Ok(())
    });
    s.check("profiles/deleted-and-removed-left-out", || {
        let a = &fx.author;
        let slug = &fx.public.slug;
        let reason = ModerationReason { reason: "Not for this group".into() };
        let deleted = world::create_post(h, a, slug, &w.title("Deleted post"))?;
        let removed = world::create_post(h, a, slug, &w.title("Removed post"))?;
        let on_deleted = world::create_comment(h, a, deleted.id, "On a post that goes.", None)?;
        let on_removed = world::create_comment(h, a, removed.id, "On a post taken down.", None)?;
        let gone = world::create_comment(h, a, fx.in_public.id, "A comment that goes.", None)?;
        let taken = world::create_comment(h, a, fx.in_public.id, "A comment taken down.", None)?;
        let before = profile(h, None, &a.username)?;
        ensure!(
            post_ids(&before).contains(&deleted.id) && comment_ids(&before).contains(&taken.id),
            "the new post and comment are not in the profile to begin with"
        );
        let current: Post = world::get_json(h, Some(a), &format!("/posts/{}", deleted.id))?;
        h.delete(format!("/posts/{}", deleted.id)).by(a).if_match(&current.etag).send()?.expect(204)?;
        h.post(format!("/posts/{}/remove", removed.id)).by(a).json(&reason).send()?.expect(200)?;
        h.delete(format!("/comments/{}", gone.id)).by(a).if_match(&gone.etag).send()?.expect(204)?;
        h.post(format!("/comments/{}/remove", taken.id)).by(a).json(&reason).send()?.expect(200)?;
        for (who, caller) in [("anonymous", None), ("the author", Some(a)), ("a member", Some(&fx.fellow))] {
            let p = profile(h, caller, &a.username)?;
            let posts = post_ids(&p);
            let comments = comment_ids(&p);
            let all_posts: BTreeSet<i64> = p.recent.iter().map(|x| x.post_id).collect();
            ensure!(!posts.contains(&deleted.id), "{who} sees the deleted post");
            ensure!(!posts.contains(&removed.id), "{who} sees the removed post");
            ensure!(!comments.contains(&gone.id), "{who} sees the deleted comment");
            ensure!(!comments.contains(&taken.id), "{who} sees the removed comment");
            ensure!(
                !comments.contains(&on_deleted.id) && !all_posts.contains(&deleted.id),
                "{who} sees a comment on the deleted post"
            );
            ensure!(
                !comments.contains(&on_removed.id) && !all_posts.contains(&removed.id),
                "{who} sees a comment on the removed post"
            );
            ensure!(
                posts.contains(&fx.in_public.id) && comments.contains(&fx.comment.id),
                "{who} no longer sees the author's other post and comment"
            );
        }
        Ok(())
    });
    s.check("profiles/recent-at-most-10-newest-first", || {
        let a = &fx.author;
        let mut made = Vec::new();
        for _ in 0..11 {
            made.push(world::create_post(h, a, &fx.public.slug, &w.title("One of many"))?);
        }
        let p = profile(h, None, &a.username)?;
        ensure!(p.recent.len() == 10, "recent has {} items, not 10", p.recent.len());
        let times: Vec<i64> = p.recent.iter().map(|x| parse_rfc3339(&x.created_at).unwrap_or(0)).collect();
        ensure!(times.windows(2).all(|t| t[0] >= t[1]), "recent is not newest first: {times:?}");
        // Whatever was left out is no newer than what is shown (ties within a second aside).
        let oldest_shown = times.last().copied().unwrap_or(0);
        let shown = post_ids(&p);
        for m in made.iter().filter(|m| !shown.contains(&m.id)) {
            let at = parse_rfc3339(&m.created_at).unwrap_or(0);
            ensure!(
                at <= oldest_shown,
                "post {} ({}) is left out although older content is shown",
                m.id,
                m.created_at
            );
        }
        Ok(())
    });
}
