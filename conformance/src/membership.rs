//! Joining, requests to join private groups, leaving, roles, mutes and bans.

use kith_api::*;

use super::client::Http;
use super::world::{self, User, World, from_now};
use super::{Outcome, Suite, need};

fn group_as(h: &Http, user: &User, slug: &str) -> Outcome<Group> {
    world::get_json(h, Some(user), &format!("/groups/{slug}"))
}

fn members(h: &Http, user: &User, slug: &str) -> Outcome<Vec<Member>> {
    world::list(h, Some(user), &format!("/groups/{slug}/members"))
}

fn sanction(
    h: &Http,
    by: &User,
    slug: &str,
    username: &str,
    kind: SanctionKind,
    until: Option<String>,
) -> Outcome<super::client::Resp> {
    h.post(format!("/groups/{slug}/members/{username}/sanction"))
        .by(by)
        .json(&SanctionRequest { kind, until, reason: "conformance check".into() })
        .send()
}

struct Fixture {
    /// Public, owned by the world's owner.
    open: Group,
    /// Private, owned by the world's owner.
    closed: Group,
    joiner: User,
    second: User,
    /// A post by the owner in `open`, for comment checks.
    post: Post,
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(fx) = s.setup("membership", || {
        let open = world::create_group(h, &w.owner, &w.new_group("open", Visibility::Public))?;
        let closed = world::create_group(h, &w.owner, &w.new_group("closed", Visibility::Private))?;
        let post = world::create_post(h, &w.owner, &open.slug, &w.title("Welcome"))?;
        Ok(Fixture { open, closed, joiner: w.user(h, "joiner")?, second: w.user(h, "second")?, post })
    }) else {
        return;
    };
    let (open, closed) = (&fx.open.slug, &fx.closed.slug);
    let joiner = &fx.joiner;
    let second = &fx.second;

    let joined = s.check("membership/join-public-joined", || {
        let out = world::join(h, joiner, open)?;
        ensure!(out.status == JoinStatus::Joined, "status is {:?}", out.status);
        ensure!(out.group.my_role == Some(Role::Member), "my_role is {:?}", out.group.my_role);
        ensure!(out.group.member_count == 2, "member_count is {}", out.group.member_count);
        Ok(())
    });
    s.check("membership/join-again-409", || {
        ensure!(joined, "depends on membership/join-public-joined, which failed");
        h.post(format!("/groups/{open}/join"))
            .by(joiner)
            .json(&JoinRequestBody::default())
            .send()?
            .expect_problem(409, codes::CONFLICT)?;
        Ok(())
    });
    s.check("membership/join-anonymous-401", || {
        h.post(format!("/groups/{open}/join"))
            .json(&JoinRequestBody::default())
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("membership/join-unlisted-joined", || {
        let out = world::join(h, joiner, &w.unlisted.slug)?;
        ensure!(out.status == JoinStatus::Joined, "status is {:?}", out.status);
        Ok(())
    });
    s.check("membership/members-list-shows-roles", || {
        let list = members(h, joiner, open)?;
        let owner = list.iter().find(|m| m.user.id == w.owner.id);
        ensure!(owner.is_some_and(|m| m.role == Role::Owner), "the owner is missing or not listed as owner");
        let me = list.iter().find(|m| m.user.id == joiner.id);
        ensure!(
            me.is_some_and(|m| m.role == Role::Member && m.user.username == joiner.username),
            "the joiner is missing or not listed as member"
        );
        Ok(())
    });
    s.check("membership/members-filter-role-and-q", || {
        let page: Page<Member> =
            h.get(format!("/groups/{open}/members")).query("role", "owner").send()?.expect_json(200)?;
        ensure!(
            page.items.len() == 1 && page.items[0].user.id == w.owner.id,
            "role=owner listed {:?}",
            page.items.iter().map(|m| &m.user.username).collect::<Vec<_>>()
        );
        let page: Page<Member> =
            h.get(format!("/groups/{open}/members")).query("q", &joiner.username).send()?.expect_json(200)?;
        ensure!(
            page.items.iter().any(|m| m.user.id == joiner.id),
            "q={} does not find the joiner",
            joiner.username
        );
        ensure!(
            page.items.iter().all(|m| m.user.id != w.owner.id),
            "q={} also lists the owner",
            joiner.username
        );
        Ok(())
    });

    // Private group: request, list, approve, deny, withdraw.
    let pending = s.check("membership/join-private-pending", || {
        let out = h
            .post(format!("/groups/{closed}/join"))
            .by(joiner)
            .json(&JoinRequestBody { message: Some("Please let me in.".into()) })
            .send()?
            .expect_json::<JoinOutcome>(200)?;
        ensure!(out.status == JoinStatus::Pending, "status is {:?}", out.status);
        ensure!(out.group.my_role.is_none(), "my_role is {:?}", out.group.my_role);
        ensure!(out.group.my_request_pending, "my_request_pending is false");
        Ok(())
    });
    s.check("membership/join-private-again-409", || {
        ensure!(pending, "depends on membership/join-private-pending, which failed");
        h.post(format!("/groups/{closed}/join"))
            .by(joiner)
            .json(&JoinRequestBody::default())
            .send()?
            .expect_problem(409, codes::CONFLICT)?;
        Ok(())
    });
    s.check("membership/me-lists-pending-request", || {
        let me: Me = h.get("/me").by(joiner).send()?.expect_json(200)?;
        ensure!(
            me.pending_requests.iter().any(|p| p == closed),
            "pending_requests is {:?}",
            me.pending_requests
        );
        Ok(())
    });
    let request = s.check_value("membership/join-requests-listed-for-moderators", || {
        let list: Vec<JoinRequest> =
            world::list(h, Some(&w.owner), &format!("/groups/{closed}/join-requests"))?;
        let r =
            list.into_iter().find(|r| r.user.id == joiner.id).ok_or("the joiner's request is not listed")?;
        ensure!(r.message == "Please let me in.", "message is {:?}", r.message);
        Ok(r)
    });
    s.check("membership/approve-200", || {
        let r = need(&request, "membership/join-requests-listed-for-moderators")?;
        let m: Member = h
            .post(format!("/groups/{closed}/join-requests/{}/approve", r.id))
            .by(&w.owner)
            .json(&JoinDecision { message: Some("Welcome!".into()) })
            .send()?
            .expect_json(200)?;
        ensure!(m.user.id == joiner.id && m.role == Role::Member, "approve returned {m:?}");
        let g = group_as(h, joiner, closed)?;
        ensure!(g.my_role == Some(Role::Member), "afterwards my_role is {:?}", g.my_role);
        ensure!(!g.my_request_pending, "afterwards my_request_pending is still true");
        Ok(())
    });
    s.check("membership/approve-unknown-404", || {
        h.post(format!("/groups/{closed}/join-requests/987654321/approve"))
            .by(&w.owner)
            .json(&JoinDecision::default())
            .send()?
            .expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("membership/deny-204", || {
        world::join(h, second, closed)?;
        let id = world::request_id(h, &w.owner, closed, second.id)?;
        h.post(format!("/groups/{closed}/join-requests/{id}/deny"))
            .by(&w.owner)
            .json(&JoinDecision { message: Some("Not this time.".into()) })
            .send()?
            .expect(204)?;
        let g = group_as(h, second, closed)?;
        ensure!(g.my_role.is_none(), "after a denial my_role is {:?}", g.my_role);
        ensure!(!g.my_request_pending, "after a denial my_request_pending is true");
        let list: Vec<JoinRequest> =
            world::list(h, Some(&w.owner), &format!("/groups/{closed}/join-requests"))?;
        ensure!(list.iter().all(|r| r.user.id != second.id), "the denied request is still listed");
        Ok(())
    });
    s.check("membership/withdraw-request-204", || {
        world::join(h, &w.dave, closed)?;
        h.post(format!("/groups/{closed}/leave")).by(&w.dave).send()?.expect(204)?;
        let g = group_as(h, &w.dave, closed)?;
        ensure!(!g.my_request_pending, "my_request_pending is still true after withdrawing");
        let list: Vec<JoinRequest> =
            world::list(h, Some(&w.owner), &format!("/groups/{closed}/join-requests"))?;
        ensure!(list.iter().all(|r| r.user.id != w.dave.id), "the withdrawn request is still listed");
        Ok(())
    });

    // Leaving and roles.
    s.check("membership/leave-204", || {
        ensure!(joined, "depends on membership/join-public-joined, which failed");
        h.post(format!("/groups/{open}/leave")).by(joiner).send()?.expect(204)?;
        let g = group_as(h, joiner, open)?;
        ensure!(g.my_role.is_none(), "after leaving my_role is {:?}", g.my_role);
        ensure!(g.member_count == 1, "after leaving member_count is {}", g.member_count);
        world::join(h, joiner, open)?;
        Ok(())
    });
    s.check("membership/sole-owner-cannot-leave-409", || {
        h.post(format!("/groups/{open}/leave"))
            .by(&w.owner)
            .send()?
            .expect_problem(409, codes::SOLE_OWNER)?;
        Ok(())
    });
    s.check("membership/sole-owner-cannot-step-down-409", || {
        h.post(format!("/groups/{open}/members/{}/role", w.owner.username))
            .by(&w.owner)
            .json(&RoleChange { role: Role::Member })
            .send()?
            .expect_problem(409, codes::SOLE_OWNER)?;
        Ok(())
    });
    let promoted = s.check("membership/set-role-by-owner-200", || {
        world::join(h, second, open)?;
        let m = world::set_role(h, &w.owner, open, &second.username, Role::Moderator)?;
        ensure!(m.role == Role::Moderator, "role is {:?}", m.role);
        let g = group_as(h, second, open)?;
        ensure!(g.my_role == Some(Role::Moderator), "afterwards my_role is {:?}", g.my_role);
        Ok(())
    });
    s.check("membership/set-role-by-moderator-403", || {
        ensure!(promoted, "depends on membership/set-role-by-owner-200, which failed");
        h.post(format!("/groups/{open}/members/{}/role", joiner.username))
            .by(second)
            .json(&RoleChange { role: Role::Moderator })
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("membership/moderator-cannot-sanction-owner-403", || {
        ensure!(promoted, "depends on membership/set-role-by-owner-200, which failed");
        sanction(h, second, open, &w.owner.username, SanctionKind::Mute, Some(from_now(86_400)))?
            .expect_problem(403, codes::FORBIDDEN)?;
        let g = group_as(h, &w.owner, open)?;
        ensure!(g.my_muted_until.is_none(), "the owner got muted");
        Ok(())
    });

    // Mutes.
    s.check("membership/mute-needs-until-422", || {
        sanction(h, &w.owner, open, &joiner.username, SanctionKind::Mute, None)?
            .expect_invalid(&["/until"])?;
        Ok(())
    });
    s.check("membership/sanction-until-in-past-422", || {
        sanction(h, &w.owner, open, &joiner.username, SanctionKind::Ban, Some(from_now(-3600)))?
            .expect_invalid(&["/until"])?;
        Ok(())
    });
    let muted = s.check("membership/mute-204", || {
        sanction(h, &w.owner, open, &joiner.username, SanctionKind::Mute, Some(from_now(86_400)))?
            .expect(204)?;
        let g = group_as(h, joiner, open)?;
        ensure!(g.my_muted_until.is_some(), "my_muted_until is null after a mute");
        let me: Me = h.get("/me").by(joiner).send()?.expect_json(200)?;
        let m = me.memberships.iter().find(|m| &m.group_slug == open);
        ensure!(m.is_some_and(|m| m.muted_until.is_some()), "GET /me shows no muted_until for the group");
        Ok(())
    });
    let need_mute = || -> Outcome<()> {
        ensure!(muted, "depends on membership/mute-204, which failed");
        Ok(())
    };
    s.check("membership/muted-cannot-post-403", || {
        need_mute()?;
        h.post(format!("/groups/{open}/posts"))
            .by(joiner)
            .json(&NewPost { title: "Muted".into(), body: "I should not be able to post.".into() })
            .send()?
            .expect_problem(403, codes::MUTED)?;
        Ok(())
    });
    s.check("membership/muted-cannot-comment-403", || {
        need_mute()?;
        h.post(format!("/posts/{}/comments", fx.post.id))
            .by(joiner)
            .json(&NewComment { body: "Muted comment".into(), parent_id: None })
            .send()?
            .expect_problem(403, codes::MUTED)?;
        Ok(())
    });
    s.check("membership/muted-cannot-react-403", || {
        need_mute()?;
        h.post(format!("/posts/{}/reactions", fx.post.id))
            .by(joiner)
            .json(&ReactionToggle { kind: ReactionKind::Like })
            .send()?
            .expect_problem(403, codes::MUTED)?;
        Ok(())
    });
    s.check("membership/muted-cannot-rsvp-403", || {
        need_mute()?;
        let e = world::create_event(h, &w.owner, open, &w.new_event(&w.title("Muted RSVP"), 30, None))?;
        h.put(format!("/events/{}/rsvp", e.id))
            .by(joiner)
            .json(&RsvpRequest { status: RsvpChoice::Going })
            .send()?
            .expect_problem(403, codes::MUTED)?;
        Ok(())
    });
    s.check("membership/unmute-204", || {
        need_mute()?;
        h.post(format!("/groups/{open}/members/{}/unmute", joiner.username))
            .by(&w.owner)
            .json(&LiftRequest::default())
            .send()?
            .expect(204)?;
        let g = group_as(h, joiner, open)?;
        ensure!(g.my_muted_until.is_none(), "my_muted_until is still set");
        world::create_post(h, joiner, open, &w.title("Unmuted"))?;
        Ok(())
    });

    // Bans.
    let banned = s.check("membership/ban-204-removes-member", || {
        sanction(h, &w.owner, open, &joiner.username, SanctionKind::Ban, None)?.expect(204)?;
        let g = group_as(h, joiner, open)?;
        ensure!(g.my_role.is_none(), "after a ban my_role is {:?}", g.my_role);
        let list = members(h, &w.owner, open)?;
        ensure!(list.iter().all(|m| m.user.id != joiner.id), "the banned user is still a member");
        Ok(())
    });
    s.check("membership/bans-list-shows-ban", || {
        ensure!(banned, "depends on membership/ban-204-removes-member, which failed");
        let bans: Vec<Ban> = world::list(h, Some(&w.owner), &format!("/groups/{open}/bans"))?;
        let b = bans.iter().find(|b| b.user.id == joiner.id).ok_or("the ban is not listed")?;
        ensure!(b.until.is_none(), "until is {:?} for a ban until lifted", b.until);
        ensure!(b.banned_by.id == w.owner.id, "banned_by is {:?}", b.banned_by);
        Ok(())
    });
    s.check("membership/banned-cannot-rejoin-403", || {
        ensure!(banned, "depends on membership/ban-204-removes-member, which failed");
        h.post(format!("/groups/{open}/join"))
            .by(joiner)
            .json(&JoinRequestBody::default())
            .send()?
            .expect_problem(403, codes::BANNED)?;
        Ok(())
    });
    s.check("membership/unban-204-allows-rejoin", || {
        ensure!(banned, "depends on membership/ban-204-removes-member, which failed");
        h.post(format!("/groups/{open}/members/{}/unban", joiner.username))
            .by(&w.owner)
            .json(&LiftRequest { reason: Some("second chance".into()) })
            .send()?
            .expect(204)?;
        let bans: Vec<Ban> = world::list(h, Some(&w.owner), &format!("/groups/{open}/bans"))?;
        ensure!(bans.iter().all(|b| b.user.id != joiner.id), "the ban is still listed");
        let out = world::join(h, joiner, open)?;
        ensure!(out.status == JoinStatus::Joined, "rejoining gave {:?}", out.status);
        Ok(())
    });

    // Sanctions against moderators: owners only.
    let two_moderators =
        promoted && world::set_role(h, &w.owner, open, &joiner.username, Role::Moderator).is_ok();
    s.check("membership/moderator-cannot-sanction-moderator-403", || {
        ensure!(two_moderators, "depends on promoting two moderators, which failed");
        sanction(h, second, open, &joiner.username, SanctionKind::Mute, Some(from_now(86_400)))?
            .expect_problem(403, codes::FORBIDDEN)?;
        let g = group_as(h, joiner, open)?;
        ensure!(g.my_muted_until.is_none(), "the moderator got muted by another moderator");
        Ok(())
    });
    s.check("membership/owner-can-sanction-moderator-204", || {
        ensure!(two_moderators, "depends on promoting two moderators, which failed");
        sanction(h, &w.owner, open, &joiner.username, SanctionKind::Mute, Some(from_now(3600)))?
            .expect(204)?;
        let g = group_as(h, joiner, open)?;
        ensure!(g.my_muted_until.is_some(), "the owner's mute of a moderator did not take");
        Ok(())
    });
}
