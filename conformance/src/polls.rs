//! Date polls: who may start one (`members_can_poll`), options and their validation, answers
//! with tallies, the voters list, and turning a poll into an event (yes → going, waitlisted past
//! capacity; if need be → maybe; the poll closes; voters are told).
//!
//! The area makes two groups owned by `dave`: one where members may not start polls until the
//! owner allows it, and one where `moderator` moderates and alice, bob and carol answer. Dates
//! are in 2027.

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::*;

use super::client::{self, Http, get_with_etag};
use super::world::{self, User, World};
use super::{Outcome, Suite, need};

/// Unix seconds of an RFC 3339 time of this file.
fn t(s: &str) -> i64 {
    parse_rfc3339(s).unwrap_or(0)
}

/// Two-hour options starting at these times.
fn options(starts: &[&str]) -> Vec<NewPollOption> {
    starts
        .iter()
        .map(|s| NewPollOption { starts_at: format_rfc3339(t(s)), ends_at: format_rfc3339(t(s) + 7200) })
        .collect()
}

/// `n` options a day apart from 2027-05-03 19:00 Berlin.
fn days(n: i64) -> Vec<NewPollOption> {
    (0..n)
        .map(|i| {
            let s = t("2027-05-03T17:00:00Z") + i * 86_400;
            NewPollOption { starts_at: format_rfc3339(s), ends_at: format_rfc3339(s + 7200) }
        })
        .collect()
}

fn new_poll(w: &World, what: &str, options: Vec<NewPollOption>) -> NewPoll {
    NewPoll {
        title: w.title(what),
        description: "When suits you? (conformance suite)".into(),
        time_zone: "Europe/Berlin".into(),
        options,
    }
}

fn create(h: &Http, user: &User, slug: &str, p: &NewPoll) -> Outcome<Poll> {
    h.post(format!("/groups/{slug}/polls")).by(user).json(p).send()?.expect_json(201)
}

fn vote(h: &Http, user: &User, poll: i64, answers: &[(i64, PollAnswer)]) -> Outcome<Poll> {
    let body = PollVotes {
        answers: answers
            .iter()
            .map(|(option_id, answer)| PollVote { option_id: *option_id, answer: *answer })
            .collect(),
    };
    h.put(format!("/polls/{poll}/votes"))
        .by(user)
        .json(&body)
        .send()?
        .expect_json(200)
        .map_err(|e| format!("{} answering poll {poll}: {e}", user.username))
}

/// (yes, if_need_be, no) per option.
fn tallies(p: &Poll) -> Vec<(u32, u32, u32)> {
    p.options.iter().map(|o| (o.yes, o.if_need_be, o.no)).collect()
}

/// The event a poll's option becomes, with `capacity`.
fn event_from(w: &World, o: &PollOption, capacity: Option<u32>) -> NewEvent {
    NewEvent {
        title: w.title("Decided"),
        description: "Chosen by a date poll.".into(),
        starts_at: o.starts_at.clone(),
        ends_at: o.ends_at.clone(),
        all_day: false,
        time_zone: "Europe/Berlin".into(),
        location: Some("The park".into()),
        online_url: None,
        capacity,
        recurrence: None,
    }
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let (yes, maybe, no) = (PollAnswer::Yes, PollAnswer::IfNeedBe, PollAnswer::No);

    // Who may start a poll.
    let open = s.check_value("polls/member-cannot-start-by-default-403", || {
        let g = w.group_with(h, "p-open", Visibility::Public, &w.dave, &[&w.alice, &w.moderator])?;
        world::set_role(h, &w.dave, &g.slug, &w.moderator.username, Role::Moderator)?;
        ensure!(!g.members_can_poll, "a new group has members_can_poll on");
        h.post(format!("/groups/{}/polls", g.slug))
            .by(&w.alice)
            .json(&new_poll(w, "Mine", days(2)))
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(g)
    });
    s.check("polls/moderator-cannot-allow-member-polls-403", || {
        let g = need(&open, "polls/member-cannot-start-by-default-403")?;
        let cur: Group =
            get_with_etag(h, &format!("/groups/{}", g.slug), Some(&w.moderator), |g: &Group| &g.etag)?;
        h.patch(format!("/groups/{}", g.slug))
            .by(&w.moderator)
            .if_match(&cur.etag)
            .json(&GroupPatch { members_can_poll: Some(true), ..Default::default() })
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("polls/owner-allows-member-polls", || {
        let g = need(&open, "polls/member-cannot-start-by-default-403")?;
        let path = format!("/groups/{}", g.slug);
        let cur: Group = get_with_etag(h, &path, Some(&w.dave), |g: &Group| &g.etag)?;
        let after: Group = h
            .patch(&path)
            .by(&w.dave)
            .if_match(&cur.etag)
            .json(&GroupPatch { members_can_poll: Some(true), ..Default::default() })
            .send()?
            .expect_json(200)?;
        ensure!(after.members_can_poll, "members_can_poll is false after the owner turned it on");
        let again: Group = world::get_json(h, Some(&w.alice), &path)?;
        ensure!(again.members_can_poll, "GET says members_can_poll false");
        let p = create(h, &w.alice, &g.slug, &new_poll(w, "Mine", days(2)))?;
        ensure!(p.created_by.id == w.alice.id, "created_by is {:?}", p.created_by);
        ensure!(
            !p.can_manage,
            "a member's can_manage on her own poll is true (moderators turn polls into events)"
        );
        Ok(())
    });
    s.check("polls/create-anonymous-401", || {
        let g = need(&open, "polls/member-cannot-start-by-default-403")?;
        h.post(format!("/groups/{}/polls", g.slug))
            .json(&new_poll(w, "Nobody's", days(2)))
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("polls/non-member-cannot-start-403", || {
        let g = need(&open, "polls/member-cannot-start-by-default-403")?;
        h.post(format!("/groups/{}/polls", g.slug))
            .by(&w.outsider)
            .json(&new_poll(w, "Outside", days(2)))
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        Ok(())
    });

    // The main group: dave owns it, moderator moderates, alice, bob and carol answer.
    let Some(g) = s.setup("polls", || {
        let g = w.group_with(
            h,
            "p-main",
            Visibility::Public,
            &w.dave,
            &[&w.moderator, &w.alice, &w.bob, &w.carol],
        )?;
        world::set_role(h, &w.dave, &g.slug, &w.moderator.username, Role::Moderator)?;
        Ok(g)
    }) else {
        return;
    };
    let slug = &g.slug;
    let path = format!("/groups/{slug}/polls");

    let invalid = |name: &str, p: NewPoll, pointers: &'static [&'static str]| {
        s.check(name, || {
            let problem = h
                .post(&path)
                .by(&w.moderator)
                .json(&p)
                .send()?
                .expect_problem(422, codes::VALIDATION_FAILED)?;
            let got: Vec<&str> = problem.errors.iter().map(|e| e.pointer.as_str()).collect();
            ensure!(
                got.iter().any(|g| pointers.contains(g)),
                "expected an error with pointer {}, got pointers {got:?}",
                pointers.join(" or ")
            );
            Ok(())
        });
    };
    invalid("polls/create-one-option-422", new_poll(w, "Lonely", days(1)), &["/options"]);
    invalid("polls/create-eleven-options-422", new_poll(w, "Crowded", days(11)), &["/options"]);
    invalid(
        "polls/create-same-start-twice-422",
        new_poll(w, "Twice", options(&["2027-05-03T17:00:00Z", "2027-05-03T17:00:00Z"])),
        &["/options", "/options/1/starts_at", "/options/1", "/options/0/starts_at"],
    );
    invalid(
        "polls/create-option-end-before-start-422",
        NewPoll {
            options: vec![
                NewPollOption {
                    starts_at: "2027-05-03T17:00:00Z".into(),
                    ends_at: "2027-05-03T16:00:00Z".into(),
                },
                NewPollOption {
                    starts_at: "2027-05-04T17:00:00Z".into(),
                    ends_at: "2027-05-04T19:00:00Z".into(),
                },
            ],
            ..new_poll(w, "Backwards", vec![])
        },
        &["/options/0/ends_at"],
    );

    let made = s.check_value("polls/create-by-moderator-201", || {
        // Given out of order: the poll lists them by start.
        let spec = new_poll(w, "Next meetup", options(&["2027-05-04T17:00:00Z", "2027-05-03T17:00:00Z"]));
        let r = h.post(&path).by(&w.moderator).json(&spec).send()?;
        let etag = r.header("etag").map(str::to_string);
        let p: Poll = r.expect_json(201)?;
        ensure!(
            etag.as_deref() == Some(p.etag.as_str()),
            "ETag header {etag:?} differs from the body's etag"
        );
        ensure!(p.title == spec.title, "title is {:?}", p.title);
        ensure!(p.group.slug == *slug, "group is {:?}", p.group);
        ensure!(p.time_zone == "Europe/Berlin", "time_zone is {:?}", p.time_zone);
        let got: Vec<Option<i64>> = p.options.iter().map(|o| parse_rfc3339(&o.starts_at)).collect();
        ensure!(
            got == [Some(t("2027-05-03T17:00:00Z")), Some(t("2027-05-04T17:00:00Z"))],
            "options start at {:?}, expected 2027-05-03T17:00:00Z then 2027-05-04T17:00:00Z",
            p.options.iter().map(|o| &o.starts_at).collect::<Vec<_>>()
        );
        ensure!(
            p.options.iter().all(|o| parse_rfc3339(&o.ends_at)
                .zip(parse_rfc3339(&o.starts_at))
                .is_some_and(|(e, s)| e - s == 7200)),
            "an option's end is not its start plus two hours"
        );
        ensure!(tallies(&p) == [(0, 0, 0), (0, 0, 0)], "a new poll has tallies {:?}", tallies(&p));
        ensure!(p.options.iter().all(|o| o.my_answer.is_none()), "a new poll has answers");
        ensure!(p.voter_count == 0, "voter_count is {}", p.voter_count);
        ensure!(p.event_id.is_none(), "event_id is {:?}", p.event_id);
        ensure!(
            p.can_vote && p.can_manage,
            "the moderator's can_vote {} can_manage {}",
            p.can_vote,
            p.can_manage
        );
        ensure!(p.created_by.id == w.moderator.id, "created_by is {:?}", p.created_by);
        let other = create(h, &w.moderator, slug, &new_poll(w, "Other", days(2)))?;
        Ok((p, other))
    });
    s.check("polls/get-200-with-etag", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let got: Poll = get_with_etag(h, &format!("/polls/{}", p.id), Some(&w.alice), |p: &Poll| &p.etag)?;
        ensure!(
            got.id == p.id && got.options.len() == 2,
            "GET answers poll {} with {} options",
            got.id,
            got.options.len()
        );
        ensure!(got.can_vote, "a member's can_vote is false");
        ensure!(!got.can_manage, "a plain member's can_manage is true");
        let anon: Poll = world::get_json(h, None, &format!("/polls/{}", p.id))?;
        ensure!(!anon.can_vote, "an anonymous reader's can_vote is true");
        Ok(())
    });
    s.check("polls/get-unknown-404", || {
        h.get("/polls/987654321").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    s.check("polls/list-200", || {
        let (p, other) = need(&made, "polls/create-by-moderator-201")?;
        let list: Vec<Poll> = world::list(h, Some(&w.alice), &path)?;
        let ids: Vec<i64> = list.iter().map(|x| x.id).collect();
        ensure!(
            ids.contains(&p.id) && ids.contains(&other.id),
            "the list {ids:?} lacks poll {} or {}",
            p.id,
            other.id
        );
        Ok(())
    });

    // Answers.
    s.check("polls/vote-non-member-403", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        h.put(format!("/polls/{}/votes", p.id))
            .by(&w.outsider)
            .json(&PollVotes { answers: vec![PollVote { option_id: p.options[0].id, answer: yes }] })
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        Ok(())
    });
    s.check("polls/vote-anonymous-401", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        h.put(format!("/polls/{}/votes", p.id))
            .json(&PollVotes { answers: vec![PollVote { option_id: p.options[0].id, answer: yes }] })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("polls/vote-option-of-another-poll-422", || {
        let (p, other) = need(&made, "polls/create-by-moderator-201")?;
        h.put(format!("/polls/{}/votes", p.id))
            .by(&w.alice)
            .json(&PollVotes { answers: vec![PollVote { option_id: other.options[0].id, answer: yes }] })
            .send()?
            .expect_invalid(&["/answers/0/option_id"])?;
        Ok(())
    });
    s.check("polls/vote-same-option-twice-422", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let o = p.options[0].id;
        h.put(format!("/polls/{}/votes", p.id))
            .by(&w.alice)
            .json(&PollVotes {
                answers: vec![PollVote { option_id: o, answer: yes }, PollVote { option_id: o, answer: no }],
            })
            .send()?
            .expect_invalid(&["/answers/1/option_id"])?;
        let after: Poll = world::get_json(h, Some(&w.alice), &format!("/polls/{}", p.id))?;
        ensure!(after.voter_count == 0, "refused answers were counted: voter_count {}", after.voter_count);
        Ok(())
    });
    let voted = s.check("polls/votes-update-tallies", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let (a, b) = (p.options[0].id, p.options[1].id);
        let r = vote(h, &w.alice, p.id, &[(a, yes), (b, no)])?;
        ensure!(
            r.options[0].my_answer == Some(yes) && r.options[1].my_answer == Some(no),
            "alice's my_answer are {:?}, {:?}",
            r.options[0].my_answer,
            r.options[1].my_answer
        );
        vote(h, &w.carol, p.id, &[(a, yes)])?;
        vote(h, &w.bob, p.id, &[(a, maybe)])?;
        let r = vote(h, &w.dave, p.id, &[(a, no)])?;
        ensure!(
            r.options[0].my_answer == Some(no) && r.options[1].my_answer.is_none(),
            "dave's my_answer are {:?}, {:?}",
            r.options[0].my_answer,
            r.options[1].my_answer
        );
        ensure!(
            tallies(&r) == [(2, 1, 1), (0, 0, 1)],
            "tallies are {:?}, expected [(2, 1, 1), (0, 0, 1)]",
            tallies(&r)
        );
        ensure!(r.voter_count == 4, "voter_count is {}, expected 4", r.voter_count);
        // Options not listed keep their answer.
        let r = vote(h, &w.alice, p.id, &[(b, yes)])?;
        ensure!(
            r.options[0].my_answer == Some(yes) && r.options[1].my_answer == Some(yes),
            "after answering only the second option, alice's answers are {:?}, {:?}",
            r.options[0].my_answer,
            r.options[1].my_answer
        );
        ensure!(
            tallies(&r) == [(2, 1, 1), (1, 0, 0)],
            "tallies are {:?}, expected [(2, 1, 1), (1, 0, 0)]",
            tallies(&r)
        );
        ensure!(r.voter_count == 4, "voter_count is {} after a change of answer", r.voter_count);
        Ok(())
    });
    s.check("polls/voters-aligned-to-options", || {
        ensure!(voted, "depends on polls/votes-update-tallies, which failed");
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let list: Vec<PollVoter> = client::walk(h, &format!("/polls/{}/voters", p.id), &[], Some(&w.bob), 2)?;
        let answers_of = |u: &User| list.iter().find(|v| v.user.id == u.id).map(|v| v.answers.clone());
        ensure!(list.len() == 4, "{} voters listed, expected 4", list.len());
        ensure!(list.iter().all(|v| v.answers.len() == 2), "a voter's answers are not one per option");
        let want = [
            (&w.alice, vec![Some(yes), Some(yes)]),
            (&w.carol, vec![Some(yes), None]),
            (&w.bob, vec![Some(maybe), None]),
            (&w.dave, vec![Some(no), None]),
        ];
        for (u, a) in want {
            ensure!(
                answers_of(u).as_ref() == Some(&a),
                "{}'s answers are {:?}, expected {a:?}",
                u.username,
                answers_of(u)
            );
        }
        Ok(())
    });
    s.check("polls/voters-non-member-403", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        h.get(format!("/polls/{}/voters", p.id))
            .by(&w.outsider)
            .send()?
            .expect_problem_in(&[403], &[codes::MEMBERS_ONLY, codes::FORBIDDEN])?;
        Ok(())
    });
    // The contract documents `GET /polls/{id}/voters` with bearer security only and a 401
    // response ("who can come when" is for members): an anonymous caller is unauthorized.
    s.check("polls/voters-anonymous-401", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        h.get(format!("/polls/{}/voters", p.id)).send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });

    // To an event.
    let to_event = |p: &Poll, user: &User, option_id: i64, event: NewEvent| {
        h.post(format!("/polls/{}/event", p.id)).by(user).json(&PollToEvent { option_id, event }).send()
    };
    s.check("polls/to-event-by-member-403", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        to_event(p, &w.alice, p.options[0].id, event_from(w, &p.options[0], Some(1)))?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("polls/to-event-invalid-event-422", || {
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let mut e = event_from(w, &p.options[0], Some(1));
        e.ends_at = format_rfc3339(t(&e.starts_at) - 3600);
        e.time_zone = "Mars/Olympus_Mons".into();
        to_event(p, &w.moderator, p.options[0].id, e)?
            .expect_invalid(&["/event/ends_at", "/event/time_zone"])?;
        Ok(())
    });
    s.check("polls/to-event-option-of-another-poll-422", || {
        let (p, other) = need(&made, "polls/create-by-moderator-201")?;
        to_event(p, &w.moderator, other.options[0].id, event_from(w, &p.options[0], Some(1)))?
            .expect_invalid(&["/option_id"])?;
        let after: Poll = world::get_json(h, Some(&w.alice), &format!("/polls/{}", p.id))?;
        ensure!(
            after.event_id.is_none(),
            "a refused conversion closed the poll (event_id {:?})",
            after.event_id
        );
        Ok(())
    });
    let event = s.check_value("polls/to-event-by-moderator-201", || {
        ensure!(voted, "depends on polls/votes-update-tallies, which failed");
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let spec = event_from(w, &p.options[0], Some(1));
        let e: Event = to_event(p, &w.moderator, p.options[0].id, spec.clone())?.expect_json(201)?;
        ensure!(e.title == spec.title, "title is {:?}", e.title);
        ensure!(e.group.slug == *slug, "group is {:?}", e.group);
        ensure!(
            parse_rfc3339(&e.starts_at) == parse_rfc3339(&p.options[0].starts_at),
            "the event starts at {}, expected the option's {}",
            e.starts_at,
            p.options[0].starts_at
        );
        // alice and carol said yes (one place: one going, one waitlisted), bob if need be.
        ensure!(
            (e.going_count, e.waitlist_count, e.maybe_count) == (1, 1, 1),
            "(going, waitlisted, maybe) are {:?}, expected (1, 1, 1)",
            (e.going_count, e.waitlist_count, e.maybe_count)
        );
        let status = |u: &User| -> Outcome<Option<RsvpStatus>> {
            Ok(world::get_json::<Event>(h, Some(u), &format!("/events/{}", e.id))?.my_rsvp)
        };
        let mut yes_voters = vec![status(&w.alice)?, status(&w.carol)?];
        yes_voters.sort_by_key(|s| s.map(|s| s.as_str()));
        ensure!(
            yes_voters == [Some(RsvpStatus::Going), Some(RsvpStatus::Waitlisted)],
            "alice and carol (yes) have {yes_voters:?}, expected one going and one waitlisted"
        );
        ensure!(status(&w.bob)? == Some(RsvpStatus::Maybe), "bob (if need be) has {:?}", status(&w.bob)?);
        ensure!(status(&w.dave)?.is_none(), "dave (no) has {:?}", status(&w.dave)?);
        Ok(e)
    });
    s.check("polls/closed-after-event", || {
        let e = need(&event, "polls/to-event-by-moderator-201")?;
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        let after: Poll = world::get_json(h, Some(&w.alice), &format!("/polls/{}", p.id))?;
        ensure!(after.event_id == Some(e.id), "event_id is {:?}, expected {}", after.event_id, e.id);
        ensure!(!after.can_vote, "can_vote is true on a closed poll");
        h.put(format!("/polls/{}/votes", p.id))
            .by(&w.alice)
            .json(&PollVotes { answers: vec![PollVote { option_id: p.options[1].id, answer: no }] })
            .send()?
            .expect_problem(409, codes::CONFLICT)?;
        Ok(())
    });
    s.check("polls/to-event-twice-409", || {
        need(&event, "polls/to-event-by-moderator-201")?;
        let (p, _) = need(&made, "polls/create-by-moderator-201")?;
        to_event(p, &w.moderator, p.options[1].id, event_from(w, &p.options[1], None))?
            .expect_problem(409, codes::CONFLICT)?;
        Ok(())
    });
    s.check("polls/list-open-first", || {
        need(&event, "polls/to-event-by-moderator-201")?;
        let (p, other) = need(&made, "polls/create-by-moderator-201")?;
        let ids: Vec<i64> = world::list::<Poll>(h, Some(&w.alice), &path)?.iter().map(|x| x.id).collect();
        let (closed, open) = (ids.iter().position(|i| *i == p.id), ids.iter().position(|i| *i == other.id));
        ensure!(
            matches!((open, closed), (Some(o), Some(c)) if o < c),
            "the open poll {} is not listed before the closed poll {}: {ids:?}",
            other.id,
            p.id
        );
        Ok(())
    });

    let meta: Option<Meta> = h.get("/meta").send().and_then(|r| r.expect_json(200)).ok();
    if !meta.is_some_and(|m| m.features.iter().any(|f| f == features::NOTIFICATIONS)) {
        println!(
            "SKIP polls/poll-scheduled-notified (the backend does not list the \"notifications\" feature)"
        );
        return;
    }
    s.check("polls/poll-scheduled-notified", || {
        let e = need(&event, "polls/to-event-by-moderator-201")?;
        let q = [("group", slug.to_string())];
        for (u, told) in
            [(&w.alice, true), (&w.carol, true), (&w.bob, true), (&w.dave, false), (&w.moderator, false)]
        {
            let inbox: Vec<Notification> = client::walk(h, "/notifications", &q, Some(u), 100)?;
            let hits: Vec<&Notification> = inbox
                .iter()
                .filter(|n| n.kind == NotificationKind::PollScheduled && n.target.id == Some(e.id))
                .collect();
            let want = usize::from(told);
            ensure!(
                hits.len() == want,
                "{} has {} poll_scheduled about event {}, expected {want}{}",
                u.username,
                hits.len(),
                e.id,
                if told { "" } else { " (they did not say yes or if need be, or made the event)" }
            );
            if let Some(n) = hits.first() {
                ensure!(n.target.kind == TargetType::Event, "the target type is {:?}", n.target.kind);
                ensure!(
                    n.actor.as_ref().is_some_and(|a| a.id == w.moderator.id),
                    "the actor is {:?}, expected {}",
                    n.actor.as_ref().map(|a| &a.username),
                    w.moderator.username
                );
                ensure!(n.group.as_ref().is_some_and(|g| g.slug == *slug), "the group is {:?}", n.group);
            }
        }
        Ok(())
    });
}
