//! Date polls as plain functions: which option does best, how an option's time reads, the new
//! poll form's rows (kept in its draft as one field) and what they become. Native tests below.

use serde::{Deserialize, Serialize};

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::validate::{MAX_POLL_OPTIONS, validate_new_poll};
use kith_api::{FieldError, NewPoll, NewPollOption, PollAnswer, PollOption, Role};

use crate::core::i18n::intl::{Style, format};
use crate::features::events::calendar::{Day, Zone, day_of, local_to_utc, parse_date, to_local};
use crate::tr;
use crate::ui::format::clock;

/// Fewest dates a poll offers.
pub const MIN_OPTIONS: usize = 2;

/// The three answers, in the order the controls show them.
pub const ANSWERS: [PollAnswer; 3] = [PollAnswer::Yes, PollAnswer::IfNeedBe, PollAnswer::No];

/// Whether the caller may start a poll in a group: moderators and owners, or every member when
/// the group allows it; nobody in an archived group.
pub fn may_start_polls(role: Option<Role>, members_can_poll: bool, archived: bool) -> bool {
    !archived && role.is_some_and(|r| r.can_moderate() || members_can_poll)
}

/// What an answer is called beside its control.
pub fn answer_label(a: PollAnswer) -> String {
    match a {
        PollAnswer::Yes => tr!("polls-answer-yes"),
        PollAnswer::IfNeedBe => tr!("polls-answer-if-need-be"),
        PollAnswer::No => tr!("polls-answer-no"),
    }
}

/// A cell of the results table: the mark seen, and the words read out instead.
pub fn answer_mark(a: Option<PollAnswer>) -> (&'static str, String) {
    match a {
        Some(PollAnswer::Yes) => ("✓", tr!("polls-mark-yes")),
        Some(PollAnswer::IfNeedBe) => ("(✓)", tr!("polls-mark-if-need-be")),
        Some(PollAnswer::No) => ("✗", tr!("polls-mark-no")),
        None => ("–", tr!("polls-mark-none")),
    }
}

/// The options that do best: most "yes", then most "if need be". Empty while nobody can come on
/// any of them (no best option to point at).
pub fn best_options(options: &[PollOption]) -> Vec<i64> {
    let score = |o: &PollOption| (o.yes, o.if_need_be);
    let Some(top) = options.iter().map(score).max() else { return Vec::new() };
    if top == (0, 0) {
        return Vec::new();
    }
    options.iter().filter(|o| score(o) == top).map(|o| o.id).collect()
}

/// "3 yes · 1 if need be · 2 no".
pub fn tally_text(o: &PollOption) -> String {
    tr!("polls-tally", yes = o.yes, maybe = o.if_need_be, no = o.no)
}

/// "Fri 27 Nov" (the locale's short weekday, day and month).
fn short_date(day: Day) -> String {
    format(Style::DayMonth, day * 86_400)
}

/// "Friday 27 November 2026" (the locale's full date).
fn long_date(day: Day) -> String {
    format(Style::FullDate, day * 86_400)
}

/// Start and end of an option as Unix seconds; an unreadable time is `None` (never a panic).
pub fn option_span(o: &PollOption) -> Option<(i64, i64)> {
    let s = parse_rfc3339(&o.starts_at)?;
    let e = parse_rfc3339(&o.ends_at)?.max(s);
    Some((s, e))
}

/// "Friday 27 November 2026, 18:00–20:00" in a zone (a catalog message around the locale's
/// date and times); across days "Friday 27 November 2026 22:00 – Saturday 28 November 2026
/// 01:00". An option ending at midnight stays on its day.
pub fn option_when(z: &dyn Zone, starts: i64, ends: i64) -> String {
    let ends = ends.max(starts);
    let (d1, d2) = (day_of(z, starts), day_of(z, (ends - 1).max(starts)));
    let (t1, t2) = (clock(to_local(z, starts)), clock(to_local(z, ends)));
    if d1 == d2 {
        tr!("polls-when-one-day", date = long_date(d1), start = t1, end = t2)
    } else {
        tr!(
            "polls-when-two-days",
            start_date = long_date(d1),
            start = t1,
            end_date = long_date(day_of(z, ends)),
            end = t2
        )
    }
}

/// The two lines of a results table's column heading: ("Fri 27 Nov", "18:00–20:00"); across
/// days the second reads "18:00 – Sat 28 Nov 01:30".
pub fn option_heading(z: &dyn Zone, starts: i64, ends: i64) -> (String, String) {
    let ends = ends.max(starts);
    let (d1, d2) = (day_of(z, starts), day_of(z, (ends - 1).max(starts)));
    let (t1, t2) = (clock(to_local(z, starts)), clock(to_local(z, ends)));
    if d1 == d2 {
        (short_date(d1), format!("{t1}–{t2}"))
    } else {
        let until = tr!("polls-heading-until", start = t1, end_date = short_date(day_of(z, ends)), end = t2);
        (short_date(d1), until)
    }
}

/// The days a poll's options span, for the list: "Fri 27 Nov – Sat 5 Dec" (one day: just it).
pub fn options_span_text(z: &dyn Zone, options: &[PollOption]) -> Option<String> {
    let days: Vec<Day> = options.iter().filter_map(option_span).map(|(s, _)| day_of(z, s)).collect();
    let (first, last) = (*days.iter().min()?, *days.iter().max()?);
    Some(if first == last {
        short_date(first)
    } else {
        format!("{} – {}", short_date(first), short_date(last))
    })
}

/// One row of the new poll form, as typed: `YYYY-MM-DD`, `HH:MM`, `HH:MM`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowText {
    pub date: String,
    pub start: String,
    pub end: String,
}

impl RowText {
    fn is_blank(&self) -> bool {
        self.date.trim().is_empty() && self.start.trim().is_empty() && self.end.trim().is_empty()
    }
}

/// The rows as the draft keeps them (one text field). Nothing when the form's rows are the
/// untouched blank ones, so an empty form leaves no draft behind.
pub fn encode_rows(rows: &[RowText]) -> String {
    if rows.len() <= MIN_OPTIONS && rows.iter().all(RowText::is_blank) {
        return String::new();
    }
    serde_json::to_string(rows).unwrap_or_default()
}

/// The rows of a draft: between 2 and 10, blank ones when the text is empty or unreadable.
pub fn decode_rows(text: &str) -> Vec<RowText> {
    let mut rows: Vec<RowText> = serde_json::from_str(text).unwrap_or_default();
    rows.truncate(MAX_POLL_OPTIONS);
    while rows.len() < MIN_OPTIONS {
        rows.push(RowText::default());
    }
    rows
}

/// `HH:MM` (as a time input gives it, seconds allowed) to seconds after midnight.
pub fn parse_time(s: &str) -> Option<i64> {
    let mut parts = s.trim().split(':');
    let h: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let sec: i64 = parts.next().map_or(Some(0), |x| x.parse().ok())?;
    if parts.next().is_some() || !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..60).contains(&sec) {
        return None;
    }
    Some(h * 3600 + m * 60 + sec)
}

/// A date and time the form offers as a starting point for a new row: the day after the last
/// row's date, same times.
pub fn next_row(rows: &[RowText]) -> RowText {
    let Some(last) = rows.iter().rev().find(|r| !r.is_blank()) else { return RowText::default() };
    let date = parse_date(last.date.trim())
        .map(|d| crate::features::events::calendar::format_date(d + 1))
        .unwrap_or_default();
    RowText { date, start: last.start.clone(), end: last.end.clone() }
}

/// The form's fields turned into a poll, with every problem found (client rules first, then the
/// contract's own checks). Times are local to `zone` (the poll's time zone; `None` when unknown).
pub fn build_poll(
    title: &str,
    description: &str,
    time_zone: &str,
    zone: Option<&dyn Zone>,
    rows: &[RowText],
    zone_known: impl Fn(&str) -> bool,
) -> (NewPoll, Vec<FieldError>) {
    let mut problems = Vec::new();
    let mut broken = Vec::new();
    let mut options = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let day = parse_date(r.date.trim());
        let (start, end) = (parse_time(&r.start), parse_time(&r.end));
        let here = |field: &str| format!("/options/{i}/{field}");
        if day.is_none() {
            problems.push(FieldError::new(here("starts_at"), tr!("polls-choose-date")));
        } else if start.is_none() {
            problems.push(FieldError::new(here("starts_at"), tr!("polls-choose-start")));
        }
        if end.is_none() {
            problems.push(FieldError::new(here("ends_at"), tr!("polls-choose-end")));
        } else if let (Some(s), Some(e)) = (start, end)
            && e <= s
        {
            problems.push(FieldError::new(here("ends_at"), tr!("polls-end-after-start")));
        }
        let at = |secs: Option<i64>| -> Option<String> {
            let (z, d, t) = (zone?, day?, secs?);
            Some(format_rfc3339(local_to_utc(z, d * 86_400 + t)))
        };
        let (s, e) = (at(start), at(end));
        if s.is_none() || e.is_none() {
            broken.push(i);
        }
        options.push(NewPollOption { starts_at: s.unwrap_or_default(), ends_at: e.unwrap_or_default() });
    }
    let poll = NewPoll {
        title: title.trim().to_string(),
        description: description.to_string(),
        time_zone: time_zone.trim().to_string(),
        options,
    };
    for p in validate_new_poll(&poll, zone_known) {
        // Rows that could not be read were reported above in words that fit the form.
        let row = row_of(&p.pointer);
        let unreadable = row.is_some_and(|i| broken.contains(&i));
        if !unreadable && !problems.iter().any(|x| x.pointer == p.pointer) {
            problems.push(p);
        }
    }
    // Each row's problem names its row, so the summary above the form says which date.
    for p in &mut problems {
        if let Some(i) = row_of(&p.pointer) {
            p.detail = tr!("polls-row-problem", n = i + 1, problem = &p.detail);
        }
    }
    (poll, problems)
}

/// The row a pointer like `/options/3/ends_at` is about.
pub fn row_of(pointer: &str) -> Option<usize> {
    pointer.strip_prefix("/options/")?.split('/').next()?.parse().ok()
}

/// The error of one row's field among a form's errors.
pub fn row_error(errors: &[FieldError], row: usize, field: &str) -> Option<String> {
    let p = format!("/options/{row}/{field}");
    errors.iter().find(|e| e.pointer == p).map(|e| e.detail.clone())
}

/// An event's problem as the poll's event form shows it: the server prefixes its pointers with
/// `/event` (the body's field), the form's own checks do not.
pub fn event_pointer(pointer: &str) -> &str {
    match pointer.strip_prefix("/event") {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest,
        _ => pointer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::events::calendar::FixedZone;

    fn opt(id: i64, yes: u32, maybe: u32, no: u32) -> PollOption {
        PollOption {
            id,
            starts_at: "2026-11-27T17:00:00Z".into(),
            ends_at: "2026-11-27T19:00:00Z".into(),
            yes,
            if_need_be: maybe,
            no,
            my_answer: None,
        }
    }
    fn utc(s: &str) -> i64 {
        parse_rfc3339(s).unwrap()
    }
    fn row(date: &str, start: &str, end: &str) -> RowText {
        RowText { date: date.into(), start: start.into(), end: end.into() }
    }

    #[test]
    fn the_best_option_has_most_yes_then_most_if_need_be() {
        assert_eq!(best_options(&[opt(1, 2, 0, 1), opt(2, 3, 0, 0), opt(3, 1, 5, 0)]), [2]);
        // A tie on yes is broken by if need be; a full tie keeps every one.
        assert_eq!(best_options(&[opt(1, 2, 1, 0), opt(2, 2, 3, 0)]), [2]);
        assert_eq!(best_options(&[opt(1, 2, 1, 0), opt(2, 2, 1, 4)]), [1, 2]);
        // Only if need be still points somewhere; nobody at all points nowhere.
        assert_eq!(best_options(&[opt(1, 0, 1, 0), opt(2, 0, 0, 3)]), [1]);
        assert!(best_options(&[opt(1, 0, 0, 2), opt(2, 0, 0, 0)]).is_empty());
        assert!(best_options(&[]).is_empty());
    }

    #[test]
    fn option_times_read_in_the_viewers_zone() {
        let berlin_winter = FixedZone(3600);
        let (s, e) = (utc("2026-11-27T17:00:00Z"), utc("2026-11-27T19:00:00Z"));
        // (Native builds format dates in fixed English; the browser's Intl words them.)
        assert_eq!(option_when(&berlin_winter, s, e), "Friday, 27 November 2026, 18:00–20:00");
        assert_eq!(option_heading(&berlin_winter, s, e), ("Fri, 27 Nov".into(), "18:00–20:00".into()));
        // Ending at midnight stays on its day; across midnight names both days.
        let midnight = utc("2026-11-27T23:00:00Z");
        assert_eq!(option_when(&berlin_winter, s, midnight), "Friday, 27 November 2026, 18:00–00:00");
        let late = utc("2026-11-28T00:30:00Z");
        assert_eq!(
            option_when(&berlin_winter, s, late),
            "Friday, 27 November 2026 18:00 – Saturday, 28 November 2026 01:30"
        );
        assert_eq!(option_heading(&berlin_winter, s, late).1, "18:00 – Sat, 28 Nov 01:30");
        // The same instant in New York (UTC−5) is the afternoon.
        assert_eq!(option_when(&FixedZone(-5 * 3600), s, e), "Friday, 27 November 2026, 12:00–14:00");
        // An end before the start is read as the start (never a negative span).
        assert_eq!(option_when(&FixedZone(0), e, s), "Friday, 27 November 2026, 19:00–19:00");
    }

    #[test]
    fn unreadable_times_are_skipped_not_trusted() {
        let mut bad = opt(1, 0, 0, 0);
        bad.starts_at = "soon".into();
        assert_eq!(option_span(&bad), None);
        let mut later = opt(2, 0, 0, 0);
        later.starts_at = "2026-12-05T10:00:00Z".into();
        later.ends_at = "2026-12-05T12:00:00Z".into();
        let z = FixedZone(0);
        assert_eq!(
            options_span_text(&z, &[opt(3, 0, 0, 0), bad.clone(), later]).as_deref(),
            Some("Fri, 27 Nov – Sat, 5 Dec")
        );
        assert_eq!(options_span_text(&z, &[opt(3, 0, 0, 0)]).as_deref(), Some("Fri, 27 Nov"));
        assert_eq!(options_span_text(&z, &[bad]), None);
    }

    #[test]
    fn rows_round_trip_through_the_draft_and_blank_forms_leave_none() {
        let blank = decode_rows("");
        assert_eq!(blank, vec![RowText::default(), RowText::default()]);
        assert_eq!(encode_rows(&blank), "");
        let rows = vec![row("2026-11-27", "18:00", "20:00"), row("2026-11-28", "", ""), RowText::default()];
        assert_eq!(decode_rows(&encode_rows(&rows)), rows);
        // Three blank rows are an edit (a row was added); garbage reads as a fresh form.
        assert_ne!(encode_rows(&[RowText::default(), RowText::default(), RowText::default()]), "");
        assert_eq!(decode_rows("{not json"), blank);
        assert_eq!(decode_rows(&serde_json::to_string(&vec![row("a", "b", "c"); 14]).unwrap()).len(), 10);
    }

    #[test]
    fn a_new_row_follows_the_last_filled_one() {
        let rows = vec![row("2026-11-30", "18:00", "20:00"), RowText::default()];
        assert_eq!(next_row(&rows), row("2026-12-01", "18:00", "20:00"));
        assert_eq!(next_row(&[RowText::default()]), RowText::default());
    }

    #[test]
    fn times_parse_strictly() {
        assert_eq!(parse_time("18:30"), Some(66_600));
        assert_eq!(parse_time("00:00:30"), Some(30));
        for bad in ["", "24:00", "7", "12:60", "ab:cd", "1:2:3:4"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_form_becomes_a_poll_in_its_zone_with_its_problems_per_row() {
        let known = |z: &str| z == "Europe/Berlin";
        let z = FixedZone(3600);
        let rows = [row("2026-11-27", "18:00", "20:00"), row("2026-11-28", "10:00", "12:30")];
        let (poll, problems) = build_poll(" Dinner ", "", "Europe/Berlin", Some(&z), &rows, known);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(poll.title, "Dinner");
        assert_eq!(poll.options[0].starts_at, "2026-11-27T17:00:00Z");
        assert_eq!(poll.options[1].ends_at, "2026-11-28T11:30:00Z");

        let rows =
            [row("2026-11-27", "18:00", "17:00"), row("", "", ""), row("2026-11-27", "18:00", "19:00")];
        let (_, problems) = build_poll("", "", "Europe/Berlin", Some(&z), &rows, known);
        let got: Vec<(&str, &str)> =
            problems.iter().map(|p| (p.pointer.as_str(), p.detail.as_str())).collect();
        assert!(got.iter().any(|g| g.0 == "/title"));
        assert!(got.contains(&("/options/0/ends_at", "Date 1: The end must be after the start.")));
        assert!(got.contains(&("/options/1/starts_at", "Date 2: Choose a date.")));
        assert!(got.contains(&("/options/1/ends_at", "Date 2: Choose an end time.")));
        // The contract's own rule: two options may not start together.
        assert!(got.contains(&("/options/2/starts_at", "Date 3: Two options start at the same time.")));
        assert_eq!(row_error(&problems, 1, "ends_at").as_deref(), Some("Date 2: Choose an end time."));

        // An unknown zone is the zone's problem, not every row's.
        let (_, problems) = build_poll("x", "", "Mars/Base", None, &rows[..1], known);
        assert!(problems.iter().any(|p| p.pointer == "/time_zone"));
        assert!(problems.iter().any(|p| p.pointer == "/options"));
        assert!(!problems.iter().any(|p| p.detail.contains("not a valid")));
    }

    #[test]
    fn who_may_start_a_poll() {
        assert!(may_start_polls(Some(Role::Owner), false, false));
        assert!(may_start_polls(Some(Role::Moderator), false, false));
        assert!(!may_start_polls(Some(Role::Member), false, false));
        assert!(may_start_polls(Some(Role::Member), true, false));
        assert!(!may_start_polls(None, true, false));
        assert!(!may_start_polls(Some(Role::Owner), true, true));
    }

    #[test]
    fn event_problems_lose_the_servers_prefix() {
        assert_eq!(event_pointer("/event/title"), "/title");
        assert_eq!(event_pointer("/event"), "");
        assert_eq!(event_pointer("/events/x"), "/events/x");
        assert_eq!(event_pointer("/option_id"), "/option_id");
    }

    #[test]
    fn every_answer_has_a_label_and_a_text_alternative() {
        for a in ANSWERS {
            assert!(!answer_label(a).is_empty());
            assert_eq!(PollAnswer::parse(a.as_str()), Some(a));
        }
        assert_eq!(answer_mark(Some(PollAnswer::IfNeedBe)), ("(✓)", "if need be".to_string()));
        assert_eq!(answer_mark(None).1, "no answer");
        assert_eq!(tally_text(&opt(1, 1, 0, 0)), "1 yes · 0 if need be · 0 no");
    }

    #[test]
    fn counted_messages_read_as_the_english_text_did() {
        assert_eq!(tr!("polls-answers-summary", dates = 3, voters = 1), "3 dates · 1 member has answered");
        assert_eq!(tr!("polls-answers-summary", dates = 2, voters = 0), "2 dates · 0 members have answered");
        assert_eq!(tr!("polls-card-dates", count = 2), "2 dates");
        assert_eq!(tr!("polls-card-answered", count = 1), "1 member answered");
        assert_eq!(
            tr!("polls-event-who", yes = 1, maybe = 2),
            "Answered yes: 1 member marked going (waitlisted past the capacity). Answered if need be: \
             2 members marked maybe. They are told so, and the poll closes."
        );
        assert_eq!(
            tr!("polls-dates-help", min = 2, max = 10, count = 3),
            "Between 2 and 10 dates; 3 so far."
        );
    }

    /// German and Arabic have every English message, with the same values, and nothing more.
    #[test]
    fn the_catalogs_match_in_every_language() {
        use crate::core::i18n::fluent::Catalog;
        macro_rules! catalog {
            ($file:literal) => {
                include_str!(concat!("../../../locales/", $file))
            };
        }
        let parse = |src: &str| {
            let (c, e) = Catalog::parse(src);
            assert!(e.is_empty(), "{e:?}");
            c
        };
        let areas = [
            [catalog!("en/polls.ftl"), catalog!("de/polls.ftl"), catalog!("ar/polls.ftl")],
            [catalog!("en/profiles.ftl"), catalog!("de/profiles.ftl"), catalog!("ar/profiles.ftl")],
        ];
        for [en, de, ar] in areas {
            let en = parse(en);
            let ids: Vec<&str> = en.ids().collect();
            assert!(ids.iter().all(|i| i.starts_with("polls-") || i.starts_with("profiles-")));
            for other in [parse(de), parse(ar)] {
                assert_eq!(other.ids().collect::<Vec<_>>(), ids);
                for id in &ids {
                    assert_eq!(other.vars(id), en.vars(id), "{id}");
                }
            }
        }
    }
}
