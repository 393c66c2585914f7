//! Series of dates: rules expanded in the event's zone (across a daylight-saving change, nth and
//! last weekdays of a month, the 31st), each date an event with its own answers and waitlist,
//! "going to every date", edits of this date, the following dates or every date, skipping,
//! cancelling the rest, pausing and resuming, refused rules, and the group calendar's `RRULE`,
//! `EXDATE`, `RECURRENCE-ID` and `VALARM`.
//!
//! Checks that change a series make their own group (owned by `moderator`, with alice, bob and
//! carol); all dates are in 2027, so none is past.

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::*;

use super::client::{Http, get_with_etag};
use super::ics::{dtstart, unfold};
use super::world::{self, User, World, rsvp};
use super::{Outcome, Suite, need};

/// The first date of the weekly series most checks use: Tuesday 2027-06-01, 19:00 in Berlin.
const WEEKLY_START: &str = "2027-06-01T17:00:00Z";
/// The range every date of the area falls in (365 days: event lists take at most 400).
const FROM: &str = "2027-01-01T00:00:00Z";
const TO: &str = "2028-01-01T00:00:00Z";

/// Unix seconds of an RFC 3339 time of this file.
fn t(s: &str) -> i64 {
    parse_rfc3339(s).unwrap_or(0)
}

fn secs(s: &str) -> Outcome<i64> {
    parse_rfc3339(s).ok_or_else(|| format!("{s:?} is not RFC 3339"))
}

fn rule(freq: Freq, by_day: &[&str], count: Option<u32>) -> Recurrence {
    Recurrence {
        freq,
        interval: 1,
        by_day: by_day.iter().map(|d| d.to_string()).collect(),
        count,
        until: None,
    }
}

/// A series from `starts` by `r`, two hours per date, in Europe/Berlin.
fn series(title: &str, starts: &str, capacity: Option<u32>, r: Recurrence) -> NewEvent {
    let s = t(starts);
    NewEvent {
        title: title.into(),
        description: "A series of the conformance suite.".into(),
        starts_at: format_rfc3339(s),
        ends_at: format_rfc3339(s + 7200),
        all_day: false,
        time_zone: "Europe/Berlin".into(),
        location: Some("The park".into()),
        online_url: None,
        capacity,
        recurrence: Some(r),
    }
}

/// `count` Tuesdays from [`WEEKLY_START`].
fn weekly(w: &World, what: &str, count: u32, capacity: Option<u32>) -> NewEvent {
    series(&w.title(what), WEEKLY_START, capacity, rule(Freq::Weekly, &[], Some(count)))
}

/// A fresh public group owned by `moderator`, with alice, bob and carol.
fn group(h: &Http, w: &World, part: &str) -> Outcome<Group> {
    w.group_with(h, part, Visibility::Public, &w.moderator, &[&w.alice, &w.bob, &w.carol])
}

/// Every event of the group in 2027, earliest first, as `user` sees them.
fn group_dates(h: &Http, user: &User, slug: &str) -> Outcome<Vec<Event>> {
    let page: Page<Event> = h
        .get(format!("/groups/{slug}/events"))
        .by(user)
        .query("from", FROM)
        .query("to", TO)
        .query("limit", 100)
        .send()?
        .expect_json(200)?;
    Ok(page.items)
}

fn of_series(list: &[Event], sid: i64) -> Vec<Event> {
    list.iter().filter(|e| e.series_id == Some(sid)).cloned().collect()
}

/// Creates a series as `moderator`; returns the reply (its first date), the series id and the
/// series' dates as alice lists them.
fn create(h: &Http, w: &World, slug: &str, spec: &NewEvent) -> Outcome<(Event, i64, Vec<Event>)> {
    let first = world::create_event(h, &w.moderator, slug, spec)?;
    let sid = first
        .series_id
        .ok_or_else(|| format!("the reply to creating a series (event {}) has series_id null", first.id))?;
    let all = of_series(&group_dates(h, &w.alice, slug)?, sid);
    Ok((first, sid, all))
}

/// Creates a series and checks it has `n` dates.
fn create_n(h: &Http, w: &World, slug: &str, spec: &NewEvent, n: usize) -> Outcome<(i64, Vec<Event>)> {
    let (_, sid, all) = create(h, w, slug, spec)?;
    ensure!(all.len() == n, "the series has {} dates, expected {n}: {}", all.len(), show(&all));
    Ok((sid, all))
}

fn starts(list: &[Event]) -> Vec<i64> {
    list.iter().map(|e| parse_rfc3339(&e.starts_at).unwrap_or(0)).collect()
}

/// `#id start (series s) [cancelled] [detached]` for messages.
fn show(list: &[Event]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|e| {
            format!(
                "#{} {} (series {}){}{}",
                e.id,
                e.starts_at,
                e.series_id.map(|s| s.to_string()).unwrap_or("-".into()),
                if e.cancelled { " cancelled" } else { "" },
                if e.detached { " detached" } else { "" }
            )
        })
        .collect();
    format!("[{}]", items.join(", "))
}

/// The dates start at exactly these times.
fn same_starts(list: &[Event], want: &[&str], what: &str) -> Outcome<()> {
    let want: Vec<i64> = want.iter().map(|s| t(s)).collect();
    ensure!(
        starts(list) == want,
        "{what}: the dates are {}, expected {:?}",
        show(list),
        want.iter().map(|s| format_rfc3339(*s)).collect::<Vec<_>>()
    );
    Ok(())
}

fn find(list: &[Event], id: i64) -> Option<&Event> {
    list.iter().find(|e| e.id == id)
}

fn event_as(h: &Http, user: &User, id: i64) -> Outcome<Event> {
    world::get_json(h, Some(user), &format!("/events/{id}"))
}

fn series_as(h: &Http, user: &User, sid: i64) -> Outcome<Series> {
    world::get_json(h, Some(user), &format!("/series/{sid}"))
}

/// `PATCH /events/{id}?scope=…` with the current etag.
fn edit(h: &Http, user: &User, id: i64, scope: &str, p: &EventPatch) -> Outcome<Event> {
    let e: Event = get_with_etag(h, &format!("/events/{id}"), Some(user), |e: &Event| &e.etag)?;
    h.patch(format!("/events/{id}"))
        .by(user)
        .if_match(&e.etag)
        .query("scope", scope)
        .json(p)
        .send()?
        .expect_json(200)
}

/// The rule gives no date at or after `at` (it ends after at most `before` dates, or by an
/// `until` before `at`).
fn ends_before(r: &Recurrence, at: i64, before: u32) -> bool {
    r.count.is_some_and(|c| c <= before) || r.until.as_deref().and_then(parse_rfc3339).is_some_and(|u| u < at)
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let Some(main) = s.setup("series", || group(h, w, "s-main")) else {
        return;
    };
    creating(s, w, &main.slug);
    refused(s, w, &main.slug);
    permissions(s, w, &main.slug);
    answers(s, w);
    edits(s, w, &main.slug);
    removing(s, w);
    calendar(s, w);
}

/// Creating series: the dates a rule gives, in the zone's local time.
fn creating(s: &Suite, w: &World, slug: &str) {
    let h = &s.http;
    let dst = s.check_value("series/weekly-across-dst-keeps-local-time", || {
        // 19:00 in Berlin every Thursday; summer time starts on 2027-03-28.
        let spec =
            series(&w.title("Thursday run"), "2027-03-11T18:00:00Z", None, rule(Freq::Weekly, &[], Some(5)));
        let (first, sid, all) = create(h, w, slug, &spec)?;
        ensure!(
            parse_rfc3339(&first.starts_at) == Some(t("2027-03-11T18:00:00Z")),
            "the reply starts at {}, expected the first date 2027-03-11T18:00:00Z",
            first.starts_at
        );
        same_starts(
            &all,
            &[
                "2027-03-11T18:00:00Z",
                "2027-03-18T18:00:00Z",
                "2027-03-25T18:00:00Z",
                "2027-04-01T17:00:00Z",
                "2027-04-08T17:00:00Z",
            ],
            "19:00 Berlin weekly across the change to summer time",
        )?;
        for e in &all {
            ensure!(
                secs(&e.ends_at)? - secs(&e.starts_at)? == 7200,
                "date #{} runs {}..{}, expected two hours like the first",
                e.id,
                e.starts_at,
                e.ends_at
            );
        }
        Ok((first, sid, all))
    });
    s.check("series/dates-are-events-of-their-own", || {
        let (first, sid, all) = need(&dst, "series/weekly-across-dst-keeps-local-time")?;
        let mut ids: Vec<i64> = all.iter().map(|e| e.id).collect();
        ids.sort_unstable();
        ids.dedup();
        ensure!(ids.len() == all.len(), "the dates share ids: {}", show(all));
        ensure!(all[0].id == first.id, "the reply (#{}) is not the first date {}", first.id, show(all));
        for e in all {
            ensure!(e.series_id == Some(*sid), "date #{} has series_id {:?}", e.id, e.series_id);
            ensure!(
                e.occurrence_start.as_deref().and_then(parse_rfc3339) == parse_rfc3339(&e.starts_at),
                "date #{} has occurrence_start {:?}, expected its start {}",
                e.id,
                e.occurrence_start,
                e.starts_at
            );
            ensure!(!e.detached, "date #{} is detached", e.id);
            ensure!(
                e.recurrence.as_ref().is_some_and(|r| r.freq == Freq::Weekly && r.count == Some(5)),
                "date #{} has recurrence {:?}",
                e.id,
                e.recurrence
            );
        }
        let third = event_as(h, &w.bob, all[2].id)?;
        ensure!(
            third.series_id == Some(*sid) && third.starts_at == all[2].starts_at,
            "GET /events/{} answers series_id {:?} start {}",
            all[2].id,
            third.series_id,
            third.starts_at
        );
        Ok(())
    });
    s.check("series/get-200", || {
        let (first, sid, _) = need(&dst, "series/weekly-across-dst-keeps-local-time")?;
        let x = series_as(h, &w.alice, *sid)?;
        ensure!(x.id == *sid, "id is {}", x.id);
        ensure!(x.group.slug == slug, "group is {:?}", x.group);
        ensure!(x.title == first.title, "title is {:?}, expected {:?}", x.title, first.title);
        ensure!(
            x.recurrence.freq == Freq::Weekly && x.recurrence.count == Some(5) && x.recurrence.interval == 1,
            "recurrence is {:?}",
            x.recurrence
        );
        ensure!(x.time_zone == "Europe/Berlin", "time_zone is {:?}", x.time_zone);
        ensure!(secs(&x.starts_at)? == secs(&first.starts_at)?, "starts_at is {}", x.starts_at);
        ensure!(!x.paused, "a new series is paused");
        ensure!(x.skipped.is_empty(), "skipped is {:?}", x.skipped);
        ensure!(
            x.next_starts_at.as_deref().and_then(parse_rfc3339) == parse_rfc3339(&first.starts_at),
            "next_starts_at is {:?}, expected {}",
            x.next_starts_at,
            first.starts_at
        );
        ensure!(!x.my_every_date, "my_every_date is true before answering");
        ensure!(!x.can_manage, "a plain member's can_manage is true");
        let m = series_as(h, &w.moderator, *sid)?;
        ensure!(m.can_manage, "the group owner's can_manage is false");
        Ok(())
    });
    s.check("series/get-unknown-404", || {
        h.get("/series/987654321").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
    let monthly =
        |name: &str, starts: &'static str, by_day: &'static [&'static str], n: u32, want: &[&str]| {
            s.check(name, || {
                let spec = series(&w.title("Monthly"), starts, None, rule(Freq::Monthly, by_day, Some(n)));
                let (first, _, all) = create(h, w, slug, &spec)?;
                ensure!(
                    parse_rfc3339(&first.starts_at) == Some(t(want[0])),
                    "the reply starts at {}, expected the rule's first date {}",
                    first.starts_at,
                    want[0]
                );
                same_starts(&all, want, &format!("monthly {by_day:?} from {starts}"))
            });
        };
    // 2027-01-01 is a Friday; 19:00 Berlin is 18:00 UTC in winter, 17:00 in summer.
    monthly(
        "series/monthly-first-thursday",
        "2027-01-01T18:00:00Z",
        &["1TH"],
        3,
        &["2027-01-07T18:00:00Z", "2027-02-04T18:00:00Z", "2027-03-04T18:00:00Z"],
    );
    monthly(
        "series/monthly-last-friday",
        "2027-01-01T18:00:00Z",
        &["-1FR"],
        3,
        &["2027-01-29T18:00:00Z", "2027-02-26T18:00:00Z", "2027-03-26T18:00:00Z"],
    );
    monthly(
        "series/monthly-31st-skips-short-months",
        "2027-01-31T18:00:00Z",
        &[],
        4,
        &["2027-01-31T18:00:00Z", "2027-03-31T17:00:00Z", "2027-05-31T17:00:00Z", "2027-07-31T17:00:00Z"],
    );
}

/// Bad rules: 422 pointing at the field, and nothing created.
fn refused(s: &Suite, w: &World, slug: &str) {
    let h = &s.http;
    let path = format!("/groups/{slug}/events");
    let base = weekly(w, "Refused", 4, None);
    let body = |r: serde_json::Value| {
        let mut v = serde_json::to_value(&base).unwrap_or_default();
        v["recurrence"] = r;
        v
    };
    let bad = |name: &str, r: serde_json::Value, pointers: &'static [&'static str]| {
        s.check(name, || {
            let p = h
                .post(&path)
                .by(&w.moderator)
                .json(&body(r))
                .send()?
                .expect_problem(422, codes::VALIDATION_FAILED)?;
            let got: Vec<&str> = p.errors.iter().map(|e| e.pointer.as_str()).collect();
            ensure!(
                got.iter().any(|g| pointers.contains(g)),
                "expected an error with pointer {}, got pointers {got:?}",
                pointers.join(" or ")
            );
            Ok(())
        });
    };
    use serde_json::json;
    bad("series/rule-freq-secondly-422", json!({"freq": "secondly", "count": 4}), &["/recurrence/freq"]);
    bad(
        "series/rule-interval-zero-422",
        json!({"freq": "weekly", "interval": 0, "count": 4}),
        &["/recurrence/interval"],
    );
    bad("series/rule-count-100000-422", json!({"freq": "weekly", "count": 100_000}), &["/recurrence/count"]);
    bad(
        "series/rule-until-before-start-422",
        json!({"freq": "weekly", "until": "2027-05-01T00:00:00Z"}),
        &["/recurrence/until"],
    );
    bad(
        "series/rule-count-and-until-422",
        json!({"freq": "weekly", "count": 4, "until": "2027-12-01T00:00:00Z"}),
        &["/recurrence/count", "/recurrence/until"],
    );
    bad(
        "series/rule-numbered-weekday-weekly-422",
        json!({"freq": "weekly", "by_day": ["1TU"], "count": 4}),
        &["/recurrence/by_day/0"],
    );
    bad(
        "series/rule-unknown-weekday-422",
        json!({"freq": "weekly", "by_day": ["TU", "XX"], "count": 4}),
        &["/recurrence/by_day/1"],
    );
    // Mondays only, from a Tuesday until the Thursday after: no date at all.
    bad(
        "series/rule-giving-no-date-422",
        json!({"freq": "weekly", "by_day": ["MO"], "until": "2027-06-03T17:00:00Z"}),
        &["/recurrence", "/recurrence/by_day", "/recurrence/by_day/0", "/recurrence/until"],
    );
    s.check("series/refused-rules-create-nothing", || {
        let made: Vec<Event> =
            group_dates(h, &w.alice, slug)?.into_iter().filter(|e| e.title == base.title).collect();
        ensure!(made.is_empty(), "refused series left dates behind: {}", show(&made));
        Ok(())
    });
}

/// Members cannot make, skip, pause or edit series; non-members cannot answer every date.
fn permissions(s: &Suite, w: &World, slug: &str) {
    let h = &s.http;
    let target = s.check_value("series/create-201-first-date", || {
        let spec = weekly(w, "Target", 3, Some(5));
        let r = h.post(format!("/groups/{slug}/events")).by(&w.moderator).json(&spec).send()?;
        let etag = r.header("etag").map(str::to_string);
        let e: Event = r.expect_json(201)?;
        ensure!(
            etag.as_deref() == Some(e.etag.as_str()),
            "ETag header {etag:?} differs from the body's etag"
        );
        ensure!(secs(&e.starts_at)? == t(WEEKLY_START), "the reply starts at {}", e.starts_at);
        ensure!(e.capacity == Some(5), "capacity is {:?}", e.capacity);
        ensure!(e.can_manage, "the creator's can_manage is false");
        ensure!(e.series_id.is_some(), "series_id is null");
        ensure!(
            e.recurrence.as_ref().is_some_and(|r| r.count == Some(3)),
            "recurrence is {:?}",
            e.recurrence
        );
        Ok(e)
    });
    s.check("series/member-cannot-create-series-403", || {
        h.post(format!("/groups/{slug}/events"))
            .by(&w.alice)
            .json(&weekly(w, "Not mine to plan", 3, None))
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("series/member-cannot-skip-403", || {
        let e = need(&target, "series/create-201-first-date")?;
        h.post(format!("/events/{}/skip", e.id))
            .by(&w.alice)
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        event_as(h, &w.alice, e.id).map_err(|x| format!("the date is gone after a refused skip: {x}"))?;
        Ok(())
    });
    s.check("series/member-cannot-pause-403", || {
        let e = need(&target, "series/create-201-first-date")?;
        let sid = e.series_id.unwrap_or(0);
        h.put(format!("/series/{sid}/paused"))
            .by(&w.alice)
            .json(&SeriesPause { paused: true })
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        ensure!(!series_as(h, &w.alice, sid)?.paused, "the series is paused after a refused pause");
        Ok(())
    });
    s.check("series/member-cannot-edit-every-date-403", || {
        let e = need(&target, "series/create-201-first-date")?;
        let cur = event_as(h, &w.alice, e.id)?;
        h.patch(format!("/events/{}", e.id))
            .by(&w.alice)
            .if_match(&cur.etag)
            .query("scope", "all")
            .json(&EventPatch { title: Some("Hijacked".into()), ..Default::default() })
            .send()?
            .expect_problem(403, codes::FORBIDDEN)?;
        Ok(())
    });
    s.check("series/non-member-cannot-answer-every-date-403", || {
        let e = need(&target, "series/create-201-first-date")?;
        let sid = e.series_id.unwrap_or(0);
        h.put(format!("/series/{sid}/rsvp"))
            .by(&w.outsider)
            .send()?
            .expect_problem_in(&[403], &[codes::FORBIDDEN, codes::MEMBERS_ONLY])?;
        let after = event_as(h, &w.alice, e.id)?;
        ensure!(after.going_count == 0, "going_count is {} after a refused answer", after.going_count);
        Ok(())
    });
    s.check("series/answer-every-date-anonymous-401", || {
        let e = need(&target, "series/create-201-first-date")?;
        h.put(format!("/series/{}/rsvp", e.series_id.unwrap_or(0)))
            .send()?
            .expect_problem(401, codes::UNAUTHORIZED)?;
        Ok(())
    });
    s.check("series/rule-with-scope-this-422", || {
        let e = need(&target, "series/create-201-first-date")?;
        let cur = event_as(h, &w.moderator, e.id)?;
        h.patch(format!("/events/{}", e.id))
            .by(&w.moderator)
            .if_match(&cur.etag)
            .query("scope", "this")
            .json(&EventPatch { recurrence: Some(rule(Freq::Weekly, &[], Some(2))), ..Default::default() })
            .send()?
            .expect_invalid(&["/recurrence"])?;
        Ok(())
    });
    s.check("series/skip-single-event-409", || {
        let single =
            world::create_event(h, &w.moderator, slug, &w.new_event(&w.title("Once"), 24 * 30, None))?;
        h.post(format!("/events/{}/skip", single.id))
            .by(&w.moderator)
            .send()?
            .expect_problem(409, codes::CONFLICT)?;
        Ok(())
    });
}

/// Answers per date, the waitlist per date, and "going to every date".
fn answers(s: &Suite, w: &World) {
    let h = &s.http;
    s.check("series/rsvp-per-date-waitlist", || {
        let g = group(h, w, "s-cap")?;
        let (_, all) = create_n(h, w, &g.slug, &weekly(w, "Small room", 3, Some(1)), 3)?;
        let (d1, d2, d3) = (all[0].id, all[1].id, all[2].id);
        let o = rsvp(h, &w.alice, d1, RsvpChoice::Going)?;
        ensure!(o.status == RsvpStatus::Going, "alice's going on date 1 got {:?}", o.status);
        let o = rsvp(h, &w.bob, d1, RsvpChoice::Going)?;
        ensure!(
            o.status == RsvpStatus::Waitlisted && o.waitlist_position == Some(1),
            "bob's going on the full date 1 got {:?} at {:?}, expected waitlisted at 1",
            o.status,
            o.waitlist_position
        );
        let o = rsvp(h, &w.bob, d2, RsvpChoice::Going)?;
        ensure!(o.status == RsvpStatus::Going, "bob's going on date 2 (nobody there) got {:?}", o.status);
        let after = group_dates(h, &w.bob, &g.slug)?;
        let counts: Vec<(u32, u32, Option<RsvpStatus>)> = [d1, d2, d3]
            .iter()
            .map(|id| {
                find(&after, *id).map(|e| (e.going_count, e.waitlist_count, e.my_rsvp)).unwrap_or_default()
            })
            .collect();
        ensure!(
            counts == [(1, 1, Some(RsvpStatus::Waitlisted)), (1, 0, Some(RsvpStatus::Going)), (0, 0, None)],
            "(going, waitlist, bob's answer) per date are {counts:?}, expected date 1 full with bob \
             waitlisted, date 2 bob going, date 3 untouched"
        );
        Ok(())
    });

    let every = s.check_value("series/rsvp-every-date-answers-coming-dates", || {
        let g = group(h, w, "s-every")?;
        let (sid, all) = create_n(h, w, &g.slug, &weekly(w, "Every week", 4, Some(1)), 4)?;
        // carol answers date 1 herself; alice takes date 2's only place.
        rsvp(h, &w.carol, all[0].id, RsvpChoice::Going)?;
        rsvp(h, &w.alice, all[1].id, RsvpChoice::Going)?;
        let o: SeriesRsvpOutcome =
            h.put(format!("/series/{sid}/rsvp")).by(&w.carol).send()?.expect_json(200)?;
        ensure!(o.every_date, "every_date is false after PUT");
        ensure!(
            o.dates_changed == 3,
            "dates_changed is {}, expected 3 (dates 2–4; date 1 was answered)",
            o.dates_changed
        );
        let mine: Vec<Option<RsvpStatus>> =
            of_series(&group_dates(h, &w.carol, &g.slug)?, sid).iter().map(|e| e.my_rsvp).collect();
        use RsvpStatus::{Going, Waitlisted};
        ensure!(
            mine == [Some(Going), Some(Waitlisted), Some(Going), Some(Going)],
            "carol's answers are {mine:?}, expected going, waitlisted (date 2 is full), going, going"
        );
        let e = event_as(h, &w.carol, all[3].id)?;
        ensure!(e.my_every_date, "a date's my_every_date is false for carol");
        ensure!(series_as(h, &w.carol, sid)?.my_every_date, "the series' my_every_date is false for carol");
        ensure!(!series_as(h, &w.bob, sid)?.my_every_date, "the series' my_every_date is true for bob");
        Ok((g, sid, all))
    });
    s.check("series/rsvp-every-date-decline-sticks", || {
        let (g, sid, all) = need(&every, "series/rsvp-every-date-answers-coming-dates")?;
        let o = rsvp(h, &w.carol, all[2].id, RsvpChoice::Declined)?;
        ensure!(o.status == RsvpStatus::Declined, "declining date 3 got {:?}", o.status);
        let again: SeriesRsvpOutcome =
            h.put(format!("/series/{sid}/rsvp")).by(&w.carol).send()?.expect_json(200)?;
        ensure!(
            again.dates_changed == 0,
            "answering every date again changed {} dates, expected 0",
            again.dates_changed
        );
        let e = event_as(h, &w.carol, all[2].id)?;
        ensure!(
            e.my_rsvp == Some(RsvpStatus::Declined),
            "date 3 is {:?} for carol, expected declined",
            e.my_rsvp
        );
        ensure!(!group_dates(h, &w.carol, &g.slug)?.is_empty(), "the group lists no dates");
        Ok(())
    });
    s.check("series/unrsvp-every-date-withdraws-only-its-answers", || {
        let (g, sid, all) = need(&every, "series/rsvp-every-date-answers-coming-dates")?;
        let o: SeriesRsvpOutcome =
            h.delete(format!("/series/{sid}/rsvp")).by(&w.carol).send()?.expect_json(200)?;
        ensure!(!o.every_date, "every_date is true after DELETE");
        ensure!(o.dates_changed == 2, "dates_changed is {}, expected 2 (dates 2 and 4)", o.dates_changed);
        let list = of_series(&group_dates(h, &w.carol, &g.slug)?, *sid);
        let mine: Vec<Option<RsvpStatus>> = list.iter().map(|e| e.my_rsvp).collect();
        ensure!(
            mine == [Some(RsvpStatus::Going), None, Some(RsvpStatus::Declined), None],
            "carol's answers are {mine:?}, expected her own (going on date 1, declined on date 3) kept \
             and the series' (dates 2 and 4) withdrawn"
        );
        ensure!(list.iter().all(|e| !e.my_every_date), "a date still says my_every_date");
        ensure!(!series_as(h, &w.carol, *sid)?.my_every_date, "the series still says my_every_date");
        let d2 = find(&list, all[1].id).ok_or("date 2 is gone")?;
        ensure!(
            d2.waitlist_count == 0,
            "date 2's waitlist_count is {} after the withdrawal",
            d2.waitlist_count
        );
        Ok(())
    });
}

/// "This date only", "this and following" and "every date".
fn edits(s: &Suite, w: &World, slug: &str) {
    let h = &s.http;
    s.check("series/edit-this-date-detaches", || {
        let g = group(h, w, "s-this")?;
        let (sid, all) = create_n(h, w, &g.slug, &weekly(w, "Moveable", 4, None), 4)?;
        let d2 = &all[1];
        let s2 = secs(&d2.starts_at)?;
        let e = edit(
            h,
            &w.moderator,
            d2.id,
            "this",
            &EventPatch {
                starts_at: Some(format_rfc3339(s2 + 7200)),
                ends_at: Some(format_rfc3339(s2 + 4 * 3600)),
                location: Some(Some("The lake".into())),
                ..Default::default()
            },
        )?;
        ensure!(e.id == d2.id, "the reply is event {}, expected {}", e.id, d2.id);
        ensure!(e.detached, "the moved date is not detached");
        ensure!(e.series_id == Some(sid), "the moved date has series_id {:?}, expected {sid}", e.series_id);
        ensure!(secs(&e.starts_at)? == s2 + 7200, "the moved date starts at {}", e.starts_at);
        ensure!(
            e.occurrence_start.as_deref().and_then(parse_rfc3339) == Some(s2),
            "occurrence_start is {:?}, expected the date's place in the series {}",
            e.occurrence_start,
            d2.starts_at
        );
        ensure!(e.location.as_deref() == Some("The lake"), "location is {:?}", e.location);
        let after = of_series(&group_dates(h, &w.alice, &g.slug)?, sid);
        for (i, before) in all.iter().enumerate().filter(|(i, _)| *i != 1) {
            let now =
                find(&after, before.id).ok_or_else(|| format!("date {} is gone: {}", i + 1, show(&after)))?;
            ensure!(
                now.starts_at == before.starts_at && now.location == before.location && !now.detached,
                "date {} changed: {} at {:?}, detached {}",
                i + 1,
                now.starts_at,
                now.location,
                now.detached
            );
        }
        Ok(())
    });

    s.check("series/edit-following-splits-series", || {
        let g = group(h, w, "s-follow")?;
        let (old, all) = create_n(h, w, &g.slug, &weekly(w, "Splittable", 5, None), 5)?;
        let d3 = &all[2];
        let s3 = secs(&d3.starts_at)?;
        let e = edit(
            h,
            &w.moderator,
            d3.id,
            "following",
            &EventPatch {
                starts_at: Some(format_rfc3339(s3 + 3600)),
                ends_at: Some(format_rfc3339(s3 + 3 * 3600)),
                location: Some(Some("The hall".into())),
                ..Default::default()
            },
        )?;
        let new = e.series_id.ok_or("the edited date has series_id null")?;
        ensure!(new != old, "the edited date is still in series {old}; `following` splits the series");
        ensure!(e.id == d3.id, "the reply is event {}, expected date 3 ({})", e.id, d3.id);
        ensure!(secs(&e.starts_at)? == s3 + 3600, "date 3 starts at {}, expected an hour later", e.starts_at);
        let after = group_dates(h, &w.alice, &g.slug)?;
        ensure!(after.len() == 5, "the group has {} dates after the split: {}", after.len(), show(&after));
        for (i, before) in all.iter().enumerate() {
            let now = find(&after, before.id)
                .ok_or_else(|| format!("date {} (#{}) lost its id: {}", i + 1, before.id, show(&after)))?;
            let b = secs(&before.starts_at)?;
            let (sid, start, place) = if i < 2 { (old, b, "The park") } else { (new, b + 3600, "The hall") };
            ensure!(
                now.series_id == Some(sid)
                    && secs(&now.starts_at)? == start
                    && now.location.as_deref() == Some(place),
                "date {} is in series {:?} at {} in {:?}, expected series {sid} at {} in {place:?}",
                i + 1,
                now.series_id,
                now.starts_at,
                now.location,
                format_rfc3339(start)
            );
        }
        let o = series_as(h, &w.alice, old)?;
        ensure!(
            ends_before(&o.recurrence, s3, 2),
            "the old series' rule {:?} does not end before date 3 ({})",
            o.recurrence,
            d3.starts_at
        );
        let n = series_as(h, &w.alice, new)?;
        ensure!(secs(&n.starts_at)? == s3 + 3600, "the new series starts at {}", n.starts_at);
        Ok(())
    });

    s.check("series/edit-all-skips-detached-dates", || {
        let g = group(h, w, "s-all")?;
        let (sid, all) = create_n(h, w, &g.slug, &weekly(w, "Renameable", 4, None), 4)?;
        let own = w.title("Own title");
        let every = w.title("Everyone's title");
        edit(
            h,
            &w.moderator,
            all[1].id,
            "this",
            &EventPatch { title: Some(own.clone()), ..Default::default() },
        )?;
        let e = edit(
            h,
            &w.moderator,
            all[0].id,
            "all",
            &EventPatch { title: Some(every.clone()), ..Default::default() },
        )?;
        ensure!(e.title == every, "the reply's title is {:?}", e.title);
        let titles: Vec<String> =
            of_series(&group_dates(h, &w.alice, &g.slug)?, sid).iter().map(|e| e.title.clone()).collect();
        ensure!(
            titles == [every.clone(), own.clone(), every.clone(), every.clone()],
            "titles are {titles:?}, expected the new one everywhere but on the date edited on its own"
        );
        let x = series_as(h, &w.alice, sid)?;
        ensure!(x.title == every, "the series' title is {:?}", x.title);
        Ok(())
    });

    s.check("series/edit-all-new-rule-replans", || {
        let (sid, all) = create_n(h, w, slug, &weekly(w, "Shortened", 4, None), 4)?;
        rsvp(h, &w.bob, all[3].id, RsvpChoice::Going)?;
        edit(
            h,
            &w.moderator,
            all[0].id,
            "all",
            &EventPatch { recurrence: Some(rule(Freq::Weekly, &[], Some(2))), ..Default::default() },
        )?;
        let after = of_series(&group_dates(h, &w.alice, slug)?, sid);
        ensure!(
            find(&after, all[0].id).is_some_and(|e| !e.cancelled)
                && find(&after, all[1].id).is_some_and(|e| !e.cancelled),
            "dates 1 and 2 did not keep their ids: {}",
            show(&after)
        );
        ensure!(
            find(&after, all[2].id).is_none(),
            "date 3 (nobody answered) is still listed: {}",
            show(&after)
        );
        let d4 = event_as(h, &w.bob, all[3].id)
            .map_err(|e| format!("date 4 (bob answered it) should stay, cancelled: {e}"))?;
        ensure!(d4.cancelled, "date 4, which the new rule drops and bob answered, is not cancelled");
        let x = series_as(h, &w.alice, sid)?;
        ensure!(x.recurrence.count == Some(2), "the series' rule is {:?}", x.recurrence);
        Ok(())
    });
}

/// Skipping dates, cancelling the rest, pausing and resuming.
fn removing(s: &Suite, w: &World) {
    let h = &s.http;
    let skip = s.check_value("series/skip-unanswered-204", || {
        let g = group(h, w, "s-skip")?;
        let (sid, all) = create_n(h, w, &g.slug, &weekly(w, "Skippable", 4, None), 4)?;
        let d2 = &all[1];
        h.post(format!("/events/{}/skip", d2.id)).by(&w.moderator).send()?.expect(204)?;
        h.get(format!("/events/{}", d2.id)).by(&w.alice).send()?.expect_problem(404, codes::NOT_FOUND)?;
        let after = of_series(&group_dates(h, &w.alice, &g.slug)?, sid);
        ensure!(find(&after, d2.id).is_none(), "the skipped date is still listed: {}", show(&after));
        ensure!(after.len() == 3, "{} dates are left, expected 3: {}", after.len(), show(&after));
        let x = series_as(h, &w.alice, sid)?;
        let skipped: Vec<i64> = x.skipped.iter().filter_map(|s| parse_rfc3339(s)).collect();
        ensure!(skipped == [secs(&d2.starts_at)?], "skipped is {:?}, expected [{}]", x.skipped, d2.starts_at);
        Ok((g, sid, all))
    });
    s.check("series/skip-answered-200-cancelled", || {
        let (g, sid, all) = need(&skip, "series/skip-unanswered-204")?;
        let d3 = &all[2];
        rsvp(h, &w.alice, d3.id, RsvpChoice::Going)?;
        let e: Event = h.post(format!("/events/{}/skip", d3.id)).by(&w.moderator).send()?.expect_json(200)?;
        ensure!(e.id == d3.id && e.cancelled, "the reply is event {} with cancelled {}", e.id, e.cancelled);
        let after = of_series(&group_dates(h, &w.alice, &g.slug)?, *sid);
        ensure!(
            find(&after, d3.id).is_some_and(|e| e.cancelled),
            "the answered date should stay listed, cancelled: {}",
            show(&after)
        );
        Ok(())
    });
    s.check("series/skip-cancelled-409", || {
        let (_, _, all) = need(&skip, "series/skip-unanswered-204")?;
        h.post(format!("/events/{}/skip", all[2].id))
            .by(&w.moderator)
            .send()?
            .expect_problem(409, codes::EVENT_CANCELLED)?;
        Ok(())
    });

    s.check("series/cancel-following-ends-series", || {
        let g = group(h, w, "s-cancel")?;
        let (old, all) = create_n(h, w, &g.slug, &weekly(w, "Ending", 5, None), 5)?;
        rsvp(h, &w.alice, all[3].id, RsvpChoice::Going)?;
        let e: Event = h
            .post(format!("/events/{}/cancel", all[2].id))
            .by(&w.moderator)
            .query("scope", "following")
            .json(&CancelRequest { reason: Some("The season is over".into()) })
            .send()?
            .expect_json(200)?;
        ensure!(e.cancelled, "date 3 is not cancelled");
        let after = group_dates(h, &w.alice, &g.slug)?;
        for (i, d) in all.iter().enumerate() {
            let now = find(&after, d.id);
            match i {
                0 | 1 => ensure!(
                    now.is_some_and(|e| !e.cancelled && e.series_id == Some(old)),
                    "date {} should be as it was: {}",
                    i + 1,
                    show(&after)
                ),
                2 => ensure!(
                    now.is_some_and(|e| e.cancelled),
                    "date 3 should be listed, cancelled: {}",
                    show(&after)
                ),
                // Date 4 was answered: it stays, cancelled. Date 5 goes (or is cancelled).
                3 => ensure!(
                    now.is_some_and(|e| e.cancelled),
                    "date 4 (answered) should stay, cancelled: {}",
                    show(&after)
                ),
                _ => ensure!(
                    now.is_none_or(|e| e.cancelled),
                    "date {} is still planned: {}",
                    i + 1,
                    show(&after)
                ),
            }
        }
        let x = series_as(h, &w.alice, old)?;
        ensure!(
            ends_before(&x.recurrence, secs(&all[2].starts_at)?, 2),
            "the series' rule {:?} does not end before date 3 ({})",
            x.recurrence,
            all[2].starts_at
        );
        Ok(())
    });

    let paused = s.check_value("series/pause-removes-unanswered-coming-dates", || {
        let g = group(h, w, "s-pause")?;
        let (sid, all) = create_n(h, w, &g.slug, &weekly(w, "Pausable", 6, None), 6)?;
        rsvp(h, &w.alice, all[1].id, RsvpChoice::Going)?;
        let x: Series = h
            .put(format!("/series/{sid}/paused"))
            .by(&w.moderator)
            .json(&SeriesPause { paused: true })
            .send()?
            .expect_json(200)?;
        ensure!(x.paused, "paused is false in the reply");
        let left = of_series(&group_dates(h, &w.alice, &g.slug)?, sid);
        ensure!(
            left.len() == 1 && left[0].id == all[1].id,
            "after pausing, the dates are {}, expected only date 2 (the one alice answered)",
            show(&left)
        );
        ensure!(series_as(h, &w.alice, sid)?.paused, "GET /series says paused false");
        Ok((g, sid, all))
    });
    s.check("series/resume-plans-again", || {
        let (g, sid, all) = need(&paused, "series/pause-removes-unanswered-coming-dates")?;
        let x: Series = h
            .put(format!("/series/{sid}/paused"))
            .by(&w.moderator)
            .json(&SeriesPause { paused: false })
            .send()?
            .expect_json(200)?;
        ensure!(!x.paused, "paused is true in the reply");
        ensure!(
            x.next_starts_at.as_deref().and_then(parse_rfc3339) == Some(t(WEEKLY_START)),
            "next_starts_at is {:?}, expected {WEEKLY_START}",
            x.next_starts_at
        );
        let back = of_series(&group_dates(h, &w.alice, &g.slug)?, *sid);
        ensure!(
            starts(&back) == starts(all),
            "after resuming, the dates are {}, expected {}",
            show(&back),
            show(all)
        );
        let d2 = find(&back, all[1].id).ok_or("date 2 (answered) lost its id")?;
        ensure!(d2.my_rsvp == Some(RsvpStatus::Going), "alice's answer to date 2 is {:?}", d2.my_rsvp);
        Ok(())
    });
}

/// The group calendar: the series once with `RRULE`, a skip as `EXDATE`, a date moved on its own
/// as a `RECURRENCE-ID` override of the same `UID`, and reminders.
fn calendar(s: &Suite, w: &World) {
    let h = &s.http;
    let feed = s.check_value("series/calendar-200", || {
        let g = group(h, w, "s-ics")?;
        let (_, all) = create_n(h, w, &g.slug, &weekly(w, "In the calendar", 4, None), 4)?;
        h.post(format!("/events/{}/skip", all[1].id)).by(&w.moderator).send()?.expect(204)?;
        let s3 = secs(&all[2].starts_at)?;
        edit(
            h,
            &w.moderator,
            all[2].id,
            "this",
            &EventPatch {
                starts_at: Some(format_rfc3339(s3 + 3600)),
                ends_at: Some(format_rfc3339(s3 + 3 * 3600)),
                ..Default::default()
            },
        )?;
        let r = h.get(format!("/groups/{}/calendar.ics", g.slug)).send()?.expect(200)?;
        ensure!(r.media_type() == "text/calendar", "Content-Type is {:?}", r.header("content-type"));
        let lines = unfold(&r.text());
        // VEVENT blocks.
        let mut blocks: Vec<Vec<String>> = Vec::new();
        let mut cur: Option<Vec<String>> = None;
        for l in lines {
            if l == "BEGIN:VEVENT" {
                cur = Some(Vec::new());
            } else if l == "END:VEVENT" {
                blocks.extend(cur.take());
            } else if let Some(b) = cur.as_mut() {
                b.push(l);
            }
        }
        Ok((all, blocks))
    });
    let prop = |b: &[String], name: &str| -> Option<String> {
        b.iter().find(|l| l.starts_with(&format!("{name}:")) || l.starts_with(&format!("{name};"))).cloned()
    };
    let master = |blocks: &[Vec<String>]| -> Outcome<Vec<String>> {
        let m: Vec<&Vec<String>> = blocks.iter().filter(|b| prop(b, "RRULE").is_some()).collect();
        ensure!(m.len() == 1, "{} VEVENTs carry an RRULE, expected the series once", m.len());
        Ok(m[0].clone())
    };
    s.check("series/calendar-rrule", || {
        let (all, blocks) = need(&feed, "series/calendar-200")?;
        let m = master(blocks)?;
        let rrule = prop(&m, "RRULE").unwrap_or_default();
        let parts: Vec<&str> = rrule.trim_start_matches("RRULE:").split(';').collect();
        ensure!(
            parts.contains(&"FREQ=WEEKLY") && parts.contains(&"COUNT=4"),
            "{rrule:?} is not FREQ=WEEKLY with COUNT=4"
        );
        let start = dtstart(&prop(&m, "DTSTART").ok_or("the series has no DTSTART")?)?;
        ensure!(
            start == secs(&all[0].starts_at)?,
            "the series' DTSTART is not its first date {}",
            all[0].starts_at
        );
        Ok(())
    });
    s.check("series/calendar-exdate-after-skip", || {
        let (all, blocks) = need(&feed, "series/calendar-200")?;
        let m = master(blocks)?;
        let mut excluded = Vec::new();
        for l in m.iter().filter(|l| l.starts_with("EXDATE")) {
            let (params, values) = l.split_once(':').ok_or_else(|| format!("malformed {l:?}"))?;
            for v in values.split(',') {
                excluded.push(dtstart(&format!("{params}:{v}"))?);
            }
        }
        let want = secs(&all[1].starts_at)?;
        ensure!(
            excluded == [want],
            "EXDATEs are {excluded:?}, expected the skipped date {}",
            all[1].starts_at
        );
        Ok(())
    });
    s.check("series/calendar-recurrence-id-after-move", || {
        let (all, blocks) = need(&feed, "series/calendar-200")?;
        let m = master(blocks)?;
        let uid = prop(&m, "UID").ok_or("the series has no UID")?;
        let s3 = secs(&all[2].starts_at)?;
        let mut found = false;
        for b in blocks.iter().filter(|b| prop(b, "RECURRENCE-ID").is_some()) {
            let rid = dtstart(&prop(b, "RECURRENCE-ID").unwrap_or_default())?;
            if rid != s3 {
                continue;
            }
            found = true;
            ensure!(
                prop(b, "UID").as_ref() == Some(&uid),
                "the override's UID differs from the series' {uid}"
            );
            let start = dtstart(&prop(b, "DTSTART").ok_or("the override has no DTSTART")?)?;
            ensure!(
                start == s3 + 3600,
                "the override starts at {}, expected an hour later",
                format_rfc3339(start)
            );
        }
        ensure!(found, "no VEVENT with a RECURRENCE-ID of the moved date {}", all[2].starts_at);
        Ok(())
    });
    s.check("series/calendar-valarm", || {
        let (_, blocks) = need(&feed, "series/calendar-200")?;
        let m = master(blocks)?;
        ensure!(m.iter().any(|l| l == "BEGIN:VALARM"), "the series' VEVENT has no VALARM");
        Ok(())
    });
}
