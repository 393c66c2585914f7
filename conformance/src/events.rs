//! Events: creating with validation, listing by range, RSVPs with capacity and waitlist,
//! editing and cancelling.

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::*;

use super::client::{Http, get_with_etag};
use super::world::{self, User, World, now, rsvp};
use super::{Outcome, Suite, need};

fn event_as(h: &Http, user: &User, id: i64) -> Outcome<Event> {
    world::get_json(h, Some(user), &format!("/events/{id}"))
}

fn range_ids(h: &Http, user: Option<&User>, path: &str, from: i64, to: i64) -> Outcome<Vec<i64>> {
    let page: Page<Event> = h
        .get(path)
        .by_opt(user)
        .query("from", format_rfc3339(from))
        .query("to", format_rfc3339(to))
        .query("limit", 100)
        .send()?
        .expect_json(200)?;
    Ok(page.items.iter().map(|e| e.id).collect())
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let slug = &w.public.slug;
    let create_path = format!("/groups/{slug}/events");
    let spec = w.new_event(&w.title("Night hike"), 48, Some(2));

    let ev = s.check_value("events/create-by-moderator-201", || {
        let e: Event = h.post(&create_path).by(&w.moderator).json(&spec).send()?.expect_json(201)?;
        ensure!(e.title == spec.title, "title is {:?}", e.title);
        ensure!(
            parse_rfc3339(&e.starts_at) == parse_rfc3339(&spec.starts_at)
                && parse_rfc3339(&e.ends_at) == parse_rfc3339(&spec.ends_at),
            "times are {}..{}, asked for {}..{}",
            e.starts_at,
            e.ends_at,
            spec.starts_at,
            spec.ends_at
        );
        ensure!(e.time_zone == "Europe/Berlin", "time_zone is {:?}", e.time_zone);
        ensure!(e.capacity == Some(2), "capacity is {:?}", e.capacity);
        ensure!(e.location == spec.location, "location is {:?}", e.location);
        ensure!(e.group.slug == *slug, "group is {:?}", e.group);
        ensure!(e.created_by.id == w.moderator.id, "created_by is {:?}", e.created_by);
        ensure!(e.going_count == 0 && e.waitlist_count == 0, "counts are not zero");
        ensure!(!e.cancelled, "a new event is cancelled");
        ensure!(e.can_manage, "the creator's can_manage is false");
        Ok(e)
    });
    let early = s.check_value("events/create-by-owner-201", || {
        world::create_event(h, &w.owner, slug, &w.new_event(&w.title("Picnic"), 24, None))
    });
    let invalid = |name: &str, e: NewEvent, pointer: &'static str| {
        s.check(name, || {
            h.post(&create_path).by(&w.moderator).json(&e).send()?.expect_invalid(&[pointer])?;
            Ok(())
        });
    };
    invalid(
        "events/create-end-before-start-422",
        NewEvent {
            ends_at: format_rfc3339(parse_rfc3339(&spec.starts_at).unwrap_or(0) - 3600),
            ..spec.clone()
        },
        "/ends_at",
    );
    invalid(
        "events/create-longer-than-31-days-422",
        NewEvent {
            ends_at: format_rfc3339(parse_rfc3339(&spec.starts_at).unwrap_or(0) + 40 * 86_400),
            ..spec.clone()
        },
        "/ends_at",
    );
    invalid(
        "events/create-unknown-zone-422",
        NewEvent { time_zone: "Mars/Olympus_Mons".into(), ..spec.clone() },
        "/time_zone",
    );
    invalid(
        "events/create-javascript-url-422",
        NewEvent { online_url: Some("javascript:alert(1)".into()), ..spec.clone() },
        "/online_url",
    );
    invalid("events/create-capacity-zero-422", NewEvent { capacity: Some(0), ..spec.clone() }, "/capacity");
    invalid(
        "events/create-garbage-time-422",
        NewEvent { starts_at: "tomorrow evening".into(), ..spec.clone() },
        "/starts_at",
    );

    let id = ev.as_ref().map(|e| e.id).unwrap_or(0);
    let path = format!("/events/{id}");
    s.check("events/get-200-with-etag", || {
        need(&ev, "events/create-by-moderator-201")?;
        let e: Event = get_with_etag(h, &path, Some(&w.alice), |e: &Event| &e.etag)?;
        ensure!(!e.can_manage, "a plain member's can_manage is true");
        ensure!(e.my_rsvp.is_none(), "my_rsvp is {:?} before answering", e.my_rsvp);
        Ok(())
    });
    s.check("events/get-unknown-404", || {
        h.get("/events/987654321").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });

    // Ranges.
    let start = parse_rfc3339(&spec.starts_at).unwrap_or(0);
    s.check("events/list-range-includes-overlapping", || {
        need(&ev, "events/create-by-moderator-201")?;
        let ids = range_ids(h, None, &create_path, start + 3600, start + 86_400)?;
        ensure!(ids.contains(&id), "an event running at `from` is not listed");
        Ok(())
    });
    s.check("events/list-range-excludes-others", || {
        need(&ev, "events/create-by-moderator-201")?;
        let ids = range_ids(h, None, &create_path, start + 3 * 86_400, start + 4 * 86_400)?;
        ensure!(!ids.contains(&id), "an event outside from..to is listed");
        Ok(())
    });
    s.check("events/list-earliest-first", || {
        need(&ev, "events/create-by-moderator-201")?;
        let e = need(&early, "events/create-by-owner-201")?;
        let ids = range_ids(h, None, &create_path, now(), now() + 7 * 86_400)?;
        let ours: Vec<i64> = ids.into_iter().filter(|i| *i == id || *i == e.id).collect();
        ensure!(ours == [e.id, id], "order is {ours:?}, expected the earlier event {} first", e.id);
        Ok(())
    });
    s.check("events/list-to-before-from-400", || {
        h.get(&create_path)
            .query("from", format_rfc3339(start))
            .query("to", format_rfc3339(start - 86_400))
            .send()?
            .expect_problem(400, codes::INVALID_QUERY)?;
        Ok(())
    });
    s.check("events/list-garbage-from-400", || {
        h.get(&create_path)
            .query("from", "next tuesday")
            .send()?
            .expect_problem(400, codes::INVALID_QUERY)?;
        Ok(())
    });
    s.check("events/list-range-over-400-days-400", || {
        h.get(&create_path)
            .query("from", format_rfc3339(start))
            .query("to", format_rfc3339(start + 401 * 86_400))
            .send()?
            .expect_problem(400, codes::INVALID_QUERY)?;
        Ok(())
    });
    s.check("events/my-events-across-groups", || {
        need(&ev, "events/create-by-moderator-201")?;
        let ids = range_ids(h, Some(&w.alice), "/events", now(), now() + 7 * 86_400)?;
        ensure!(ids.contains(&id), "alice's /events lacks an event of her group");
        let ids = range_ids(h, Some(&w.outsider), "/events", now(), now() + 7 * 86_400)?;
        ensure!(!ids.contains(&id), "the outsider's /events shows an event of a group they are not in");
        Ok(())
    });
    s.check("events/my-events-anonymous-401", || {
        h.get("/events").send()?.expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });

    // RSVPs: capacity 2, then a waitlist.
    let going = s.check("events/rsvp-going-200", || {
        need(&ev, "events/create-by-moderator-201")?;
        let o = rsvp(h, &w.alice, id, RsvpChoice::Going)?;
        ensure!(o.status == RsvpStatus::Going, "status is {:?}", o.status);
        ensure!(o.waitlist_position.is_none(), "waitlist_position is {:?}", o.waitlist_position);
        ensure!(o.event.going_count == 1, "going_count is {}", o.event.going_count);
        ensure!(o.event.my_rsvp == Some(RsvpStatus::Going), "event.my_rsvp is {:?}", o.event.my_rsvp);
        Ok(())
    });
    s.check("events/rsvp-repeat-keeps-place", || {
        ensure!(going, "depends on events/rsvp-going-200, which failed");
        let o = rsvp(h, &w.alice, id, RsvpChoice::Going)?;
        ensure!(o.status == RsvpStatus::Going, "status is {:?}", o.status);
        ensure!(o.event.going_count == 1, "going_count is {} after repeating", o.event.going_count);
        Ok(())
    });
    let full = s.check("events/rsvp-full-waitlists-in-order", || {
        ensure!(going, "depends on events/rsvp-going-200, which failed");
        let o = rsvp(h, &w.bob, id, RsvpChoice::Going)?;
        ensure!(o.status == RsvpStatus::Going, "the second going got {:?}", o.status);
        let o = rsvp(h, &w.carol, id, RsvpChoice::Going)?;
        ensure!(
            o.status == RsvpStatus::Waitlisted && o.waitlist_position == Some(1),
            "the third going got {:?} at {:?}, expected waitlisted at 1",
            o.status,
            o.waitlist_position
        );
        let o = rsvp(h, &w.dave, id, RsvpChoice::Going)?;
        ensure!(
            o.status == RsvpStatus::Waitlisted && o.waitlist_position == Some(2),
            "the fourth going got {:?} at {:?}, expected waitlisted at 2",
            o.status,
            o.waitlist_position
        );
        ensure!(
            o.event.going_count == 2 && o.event.waitlist_count == 2,
            "going_count {} waitlist_count {}",
            o.event.going_count,
            o.event.waitlist_count
        );
        let e = event_as(h, &w.dave, id)?;
        ensure!(
            e.my_rsvp == Some(RsvpStatus::Waitlisted) && e.my_waitlist_position == Some(2),
            "GET as dave: my_rsvp {:?} position {:?}",
            e.my_rsvp,
            e.my_waitlist_position
        );
        Ok(())
    });
    s.check("events/attendees-going-then-waitlist", || {
        ensure!(full, "depends on events/rsvp-full-waitlists-in-order, which failed");
        let list: Vec<Attendee> = world::list(h, Some(&w.alice), &format!("{path}/attendees"))?;
        let seq: Vec<(i64, RsvpStatus)> = list.iter().map(|a| (a.user.id, a.status)).collect();
        let rank = |st: RsvpStatus| match st {
            RsvpStatus::Going => 0,
            RsvpStatus::Waitlisted => 1,
            RsvpStatus::Maybe => 2,
            RsvpStatus::Declined => 3,
        };
        ensure!(
            seq.windows(2).all(|p| rank(p[0].1) <= rank(p[1].1)),
            "attendees are not going, then waitlist, then maybe: {seq:?}"
        );
        let waitlist: Vec<i64> =
            list.iter().filter(|a| a.status == RsvpStatus::Waitlisted).map(|a| a.user.id).collect();
        ensure!(waitlist == [w.carol.id, w.dave.id], "the waitlist is {waitlist:?}");
        let positions: Vec<Option<u32>> =
            list.iter().filter(|a| a.status == RsvpStatus::Waitlisted).map(|a| a.waitlist_position).collect();
        ensure!(positions == [Some(1), Some(2)], "waitlist positions are {positions:?}");
        Ok(())
    });
    let promoted = s.check("events/decline-promotes-first-waitlisted", || {
        ensure!(full, "depends on events/rsvp-full-waitlists-in-order, which failed");
        let o = rsvp(h, &w.alice, id, RsvpChoice::Declined)?;
        ensure!(o.status == RsvpStatus::Declined, "status is {:?}", o.status);
        let e = event_as(h, &w.carol, id)?;
        ensure!(e.my_rsvp == Some(RsvpStatus::Going), "carol (first on the waitlist) has {:?}", e.my_rsvp);
        ensure!(e.going_count == 2, "going_count is {}", e.going_count);
        Ok(())
    });
    s.check("events/waitlist-moves-up", || {
        ensure!(promoted, "depends on events/decline-promotes-first-waitlisted, which failed");
        let e = event_as(h, &w.dave, id)?;
        ensure!(
            e.my_rsvp == Some(RsvpStatus::Waitlisted) && e.my_waitlist_position == Some(1),
            "dave has {:?} at {:?}, expected waitlisted at 1",
            e.my_rsvp,
            e.my_waitlist_position
        );
        Ok(())
    });

    // Editing.
    s.check("events/patch-without-if-match-428", || {
        need(&ev, "events/create-by-moderator-201")?;
        h.patch(&path)
            .by(&w.moderator)
            .json(&EventPatch { title: Some("No precondition".into()), ..Default::default() })
            .send()?
            .expect_problem(428, codes::PRECONDITION_REQUIRED)?;
        Ok(())
    });
    s.check("events/patch-invalid-422", || {
        need(&ev, "events/create-by-moderator-201")?;
        let e = event_as(h, &w.moderator, id)?;
        h.patch(&path)
            .by(&w.moderator)
            .if_match(&e.etag)
            .json(&EventPatch { ends_at: Some(format_rfc3339(start - 60)), ..Default::default() })
            .send()?
            .expect_invalid(&["/ends_at"])?;
        Ok(())
    });
    let raised = s.check("events/raising-capacity-promotes", || {
        ensure!(promoted, "depends on events/decline-promotes-first-waitlisted, which failed");
        let e = event_as(h, &w.moderator, id)?;
        let after: Event = h
            .patch(&path)
            .by(&w.moderator)
            .if_match(&e.etag)
            .json(&EventPatch { capacity: Some(Some(3)), ..Default::default() })
            .send()?
            .expect_json(200)?;
        ensure!(after.capacity == Some(3), "capacity is {:?}", after.capacity);
        let d = event_as(h, &w.dave, id)?;
        ensure!(d.my_rsvp == Some(RsvpStatus::Going), "dave has {:?} after the capacity rose", d.my_rsvp);
        ensure!(
            d.going_count == 3 && d.waitlist_count == 0,
            "going {} waitlist {}",
            d.going_count,
            d.waitlist_count
        );
        Ok(())
    });
    s.check("events/patch-stale-etag-412-unchanged", || {
        need(&ev, "events/create-by-moderator-201")?;
        ensure!(raised, "depends on events/raising-capacity-promotes, which failed");
        let old = need(&ev, "events/create-by-moderator-201")?;
        h.patch(&path)
            .by(&w.moderator)
            .if_match(&old.etag)
            .json(&EventPatch { title: Some("Lost update".into()), ..Default::default() })
            .send()?
            .expect_problem(412, codes::PRECONDITION_FAILED)?;
        let e = event_as(h, &w.moderator, id)?;
        ensure!(e.title == spec.title, "the refused change was written: {:?}", e.title);
        Ok(())
    });
    s.check("events/patch-null-clears-absent-keeps", || {
        need(&ev, "events/create-by-moderator-201")?;
        let e = event_as(h, &w.moderator, id)?;
        let after: Event = h
            .patch(&path)
            .by(&w.moderator)
            .if_match(&e.etag)
            .json(&EventPatch {
                location: Some(None),
                online_url: Some(Some("https://meet.example.org/hike".into())),
                ..Default::default()
            })
            .send()?
            .expect_json(200)?;
        ensure!(after.location.is_none(), "location is {:?} after sending null", after.location);
        ensure!(
            after.online_url.as_deref() == Some("https://meet.example.org/hike"),
            "online_url is {:?}",
            after.online_url
        );
        ensure!(after.capacity == e.capacity, "capacity changed although absent: {:?}", after.capacity);
        ensure!(after.title == e.title, "title changed although absent");
        Ok(())
    });
    s.check("events/rsvp-maybe-200", || {
        need(&ev, "events/create-by-moderator-201")?;
        let o = rsvp(h, &w.alice, id, RsvpChoice::Maybe)?;
        ensure!(o.status == RsvpStatus::Maybe, "status is {:?}", o.status);
        ensure!(o.event.maybe_count >= 1, "maybe_count is {}", o.event.maybe_count);
        Ok(())
    });
    s.check("events/rsvp-waitlisted-is-not-a-choice-4xx", || {
        need(&ev, "events/create-by-moderator-201")?;
        h.put(format!("{path}/rsvp"))
            .by(&w.alice)
            .json(&serde_json::json!({ "status": "waitlisted" }))
            .send()?
            .expect_problem_in(&[400, 422], &[codes::MALFORMED_REQUEST, codes::VALIDATION_FAILED])?;
        Ok(())
    });
    s.check("events/rsvp-non-member-403", || {
        need(&ev, "events/create-by-moderator-201")?;
        h.put(format!("{path}/rsvp"))
            .by(&w.outsider)
            .json(&RsvpRequest { status: RsvpChoice::Going })
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        Ok(())
    });
    s.check("events/rsvp-anonymous-401", || {
        need(&ev, "events/create-by-moderator-201")?;
        h.put(format!("{path}/rsvp"))
            .json(&RsvpRequest { status: RsvpChoice::Going })
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });

    // Cancelling.
    let cancelled = s.check("events/cancel-200", || {
        need(&ev, "events/create-by-moderator-201")?;
        let e: Event = h
            .post(format!("{path}/cancel"))
            .by(&w.moderator)
            .json(&CancelRequest { reason: Some("Storm warning".into()) })
            .send()?
            .expect_json(200)?;
        ensure!(e.cancelled, "cancelled is false after cancelling");
        Ok(())
    });
    s.check("events/rsvp-cancelled-409", || {
        ensure!(cancelled, "depends on events/cancel-200, which failed");
        h.put(format!("{path}/rsvp"))
            .by(&w.bob)
            .json(&RsvpRequest { status: RsvpChoice::Maybe })
            .send()?
            .expect_problem(409, codes::EVENT_CANCELLED)?;
        Ok(())
    });
}
