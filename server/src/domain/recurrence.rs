//! A series' dates as instants: the rule's civil days (kith_api::recur) at the start's local
//! time in the series' zone, so a 19:00 Berlin meetup stays at 19:00 Berlin across
//! daylight-saving changes.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use chrono_tz::Tz;
use kith_api::recur::Rule;
use kith_api::time::days_from_civil;

/// Upper bound on the dates one expansion produces, whatever the rule.
pub const MAX_EXPANSION: usize = 1_000;

/// A series' shape: the rule, its first local start and how long each date lasts.
#[derive(Clone, Debug)]
pub struct Shape {
    pub rule: Rule,
    pub tz: Tz,
    /// Local start of the series (its first date is the rule's first day on or after it).
    pub start_local: NaiveDateTime,
    /// Seconds each date lasts (timed events).
    pub duration: i64,
    /// All-day: each date spans this many local days from midnight.
    pub all_day_days: Option<i64>,
}

/// The instant of a local time: a time skipped by a clock change moves forward by the gap
/// (the offset before the change applies, as RFC 5545 says); a repeated time is the first.
pub fn local_to_utc(tz: Tz, t: NaiveDateTime) -> i64 {
    if let Some((shift, t2)) =
        in_table_year(tz, t.year()).and_then(|(days, c)| Some((days * 86_400, t.with_year(c)?)))
    {
        return table_local_to_utc(tz, t2) + shift;
    }
    table_local_to_utc(tz, t)
}

fn table_local_to_utc(tz: Tz, t: NaiveDateTime) -> i64 {
    match tz.from_local_datetime(&t) {
        chrono::LocalResult::Single(x) => x.timestamp(),
        chrono::LocalResult::Ambiguous(a, b) => a.timestamp().min(b.timestamp()),
        chrono::LocalResult::None => {
            let before = tz.offset_from_utc_datetime(&(t - chrono::Duration::hours(26))).fix();
            t.and_utc().timestamp() - before.local_minus_utc() as i64
        }
    }
}

/// The local wall time of an instant.
pub fn utc_to_local(tz: Tz, t: i64) -> NaiveDateTime {
    let utc = chrono::DateTime::from_timestamp(t, 0).unwrap_or_default();
    if let Some((days, _)) = in_table_year(tz, utc.year()) {
        return utc_to_local(tz, t - days * 86_400) + chrono::Duration::days(days);
    }
    utc.with_timezone(&tz).naive_local()
}

/// The last year chrono-tz's tables hold clock changes for: after 2099 each zone would keep
/// its last offset all year (Berlin on winter time, Sydney on summer time), though events run
/// to 2199 and today's rules go on (as in the zone's POSIX TZ rule that tzdata ends with).
const LAST_TABLE_YEAR: i32 = 2099;

/// For a year past the tables, in a zone that still changes clocks in their last year: the
/// number of days to shift by and the latest year of the tables with the same calendar (leap
/// or not, the same weekday on January 1), where the rules put every clock change on the same
/// date and time. (Morocco's changes around Ramadan end in 2087: no shift, its last offset
/// holds. Palestine's predicted changes run to 2086, so Gaza and Hebron may be an hour off on a
/// few days of a year after 2099.)
fn in_table_year(tz: Tz, y: i32) -> Option<(i64, i32)> {
    if y <= LAST_TABLE_YEAR {
        return None;
    }
    let offset = |m| {
        let t = NaiveDate::from_ymd_opt(LAST_TABLE_YEAR, m, 15)?.and_time(NaiveTime::MIN);
        Some(tz.offset_from_utc_datetime(&t).fix())
    };
    if offset(1) == offset(7) {
        return None; // no daylight-saving time (any more): the last offset holds
    }
    let key = |y: i32| {
        let jan1 = NaiveDate::from_ymd_opt(y, 1, 1)?;
        Some((jan1.weekday(), NaiveDate::from_ymd_opt(y, 2, 29).is_some()))
    };
    let want = key(y)?;
    let c = (LAST_TABLE_YEAR - 27..=LAST_TABLE_YEAR).rev().find(|&c| key(c) == Some(want))?;
    Some((days_from_civil(y as i64, 1, 1) - days_from_civil(c as i64, 1, 1), c))
}

fn day_number(d: NaiveDate) -> i64 {
    days_from_civil(d.year() as i64, d.month(), d.day())
}

fn date_of(day: i64) -> Option<NaiveDate> {
    let (y, m, d) = kith_api::time::civil_from_days(day);
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

impl Shape {
    /// The dates (start, end) whose start is in [from, to), in order: the walk starts at the
    /// series' first date (so `COUNT` counts from there) and `UNTIL` applies; only dates in the
    /// window are converted and kept, at most [`MAX_EXPANSION`]. The server plans series with
    /// exactly this, and tests/recur checks it against python-dateutil.
    pub fn dates(&self, from: i64, to: i64) -> Vec<(i64, i64)> {
        self.walk(from, to, MAX_EXPANSION)
    }

    /// The first date whose start is at or after `from` (what a new series starts on).
    pub fn first(&self, from: i64) -> Option<(i64, i64)> {
        self.walk(from, i64::MAX / 4, 1).pop()
    }

    /// [`Shape::dates`], stopping after `limit` dates.
    fn walk(&self, from: i64, to: i64, limit: usize) -> Vec<(i64, i64)> {
        let start_day = day_number(self.start_local.date());
        let time = if self.all_day_days.is_some() { NaiveTime::MIN } else { self.start_local.time() };
        let cap = self.rule.count.map(|c| c as usize).unwrap_or(usize::MAX);
        // A day's local start is within a day or so of its UTC midnight: a cheap pre-filter.
        let from_day = from.div_euclid(86_400) - 2;
        let to_day = to.div_euclid(86_400) + 2;
        let mut out = Vec::new();
        for day in self.rule.days(start_day).take(cap) {
            if day > to_day {
                break;
            }
            if day < from_day {
                continue;
            }
            let Some(date) = date_of(day) else { break };
            let s = local_to_utc(self.tz, date.and_time(time));
            if self.rule.until.is_some_and(|u| s > u) {
                break;
            }
            if s < from {
                continue;
            }
            if s >= to || out.len() >= limit {
                break;
            }
            let e = match self.all_day_days {
                Some(n) => date_of(day + n.max(1))
                    .map(|d| local_to_utc(self.tz, d.and_time(NaiveTime::MIN)))
                    .unwrap_or(s + 86_400),
                None => s + self.duration.max(60),
            };
            out.push((s, e));
        }
        out
    }
}

/// The hidden `kith-server expand-rules` command, for the check against an independent RFC 5545
/// implementation (tests/recur): each input line is `{"recurrence": …, "start_local":
/// "2026-03-29T02:30:00", "time_zone": "Europe/Berlin", "duration": 3600, "from": RFC 3339,
/// "to": RFC 3339}`; each output line `{"starts": [RFC 3339 UTC, …]}` (the starts of
/// [`Shape::dates`] from `from` to `to`) or `{"error": [field errors]}`.
pub fn expand_lines(input: impl std::io::BufRead, mut out: impl std::io::Write) -> std::io::Result<()> {
    for line in input.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let answer = match expand_one(&line) {
            Ok(starts) => serde_json::json!({ "starts": starts }),
            Err(e) => serde_json::json!({ "error": e }),
        };
        writeln!(out, "{answer}")?;
    }
    out.flush()
}

#[derive(serde::Deserialize)]
struct ExpandCase {
    recurrence: serde_json::Value,
    start_local: String,
    time_zone: String,
    #[serde(default)]
    duration: i64,
    from: String,
    to: String,
}

fn expand_one(line: &str) -> Result<Vec<String>, Vec<kith_api::FieldError>> {
    use kith_api::FieldError;
    use kith_api::time::{format_rfc3339, parse_rfc3339};
    let bad = |pointer: &str, detail: String| vec![FieldError::new(pointer, detail)];
    let case: ExpandCase = serde_json::from_str(line).map_err(|e| bad("/", e.to_string()))?;
    let r: kith_api::Recurrence =
        serde_json::from_value(case.recurrence).map_err(|e| bad("/recurrence", e.to_string()))?;
    let tz: Tz = case.time_zone.parse().map_err(|_| bad("/time_zone", "Not an IANA time zone.".into()))?;
    let start_local = NaiveDateTime::parse_from_str(&case.start_local, "%Y-%m-%dT%H:%M:%S")
        .map_err(|e| bad("/start_local", e.to_string()))?;
    let from = parse_rfc3339(&case.from).ok_or_else(|| bad("/from", "Not an RFC 3339 time.".into()))?;
    let to = parse_rfc3339(&case.to).ok_or_else(|| bad("/to", "Not an RFC 3339 time.".into()))?;
    let rule = kith_api::recur::check_recurrence(&r, Some(local_to_utc(tz, start_local)), "/recurrence")?;
    let shape = Shape { rule, tz, start_local, duration: case.duration, all_day_days: None };
    Ok(shape.dates(from, to).into_iter().map(|(s, _)| format_rfc3339(s)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::recur::{Freq, Recurrence, check_recurrence};
    use kith_api::time::{format_rfc3339, parse_rfc3339};

    #[test]
    fn a_berlin_evening_stays_at_seven_across_the_clock_change() {
        let r = Recurrence { freq: Freq::Weekly, interval: 1, by_day: vec![], count: Some(3), until: None };
        let shape = Shape {
            rule: check_recurrence(&r, None, "").unwrap(),
            tz: "Europe/Berlin".parse().unwrap(),
            start_local: NaiveDate::from_ymd_opt(2026, 3, 19).unwrap().and_hms_opt(19, 0, 0).unwrap(),
            duration: 7200,
            all_day_days: None,
        };
        let d: Vec<String> =
            shape.dates(i64::MIN / 4, i64::MAX / 4).iter().map(|(s, _)| format_rfc3339(*s)).collect();
        // CET (UTC+1) until March 29, CEST (UTC+2) after.
        assert_eq!(d, vec!["2026-03-19T18:00:00Z", "2026-03-26T18:00:00Z", "2026-04-02T17:00:00Z"]);
        // 02:30 on the day clocks jump from 02:00 to 03:00 is 03:30 CEST.
        let gap = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap().and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(local_to_utc(shape.tz, gap), parse_rfc3339("2026-03-29T01:30:00Z").unwrap());
    }

    #[test]
    fn clock_changes_go_on_after_2099() {
        // chrono-tz's tables stop in 2099; the rules of today go on (as zoneinfo's do).
        let at = |y, m, d, h, mi| NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, mi, 0).unwrap();
        let cases = [
            ("Europe/Berlin", at(2150, 7, 1, 12, 0), "2150-07-01T10:00:00Z", at(2150, 7, 1, 12, 0)),
            // Skipped by the clock change: forward by the gap.
            ("Europe/Berlin", at(2150, 3, 29, 2, 30), "2150-03-29T01:30:00Z", at(2150, 3, 29, 3, 30)),
            ("Australia/Sydney", at(2150, 7, 1, 12, 0), "2150-07-01T02:00:00Z", at(2150, 7, 1, 12, 0)),
            ("Australia/Sydney", at(2150, 1, 1, 12, 0), "2150-01-01T01:00:00Z", at(2150, 1, 1, 12, 0)),
            // Repeated: the first.
            ("America/New_York", at(2199, 11, 3, 1, 30), "2199-11-03T05:30:00Z", at(2199, 11, 3, 1, 30)),
        ];
        for (zone, local, utc, back) in cases {
            let tz: Tz = zone.parse().unwrap();
            let t = local_to_utc(tz, local);
            assert_eq!(format_rfc3339(t), utc, "{zone} {local}");
            assert_eq!(utc_to_local(tz, t), back, "{zone} {utc}");
        }
    }

    #[test]
    fn expand_rules_answers_each_line() {
        let input = concat!(
            r#"{"recurrence":{"freq":"weekly","count":2},"start_local":"2026-03-22T02:30:00","#,
            r#""time_zone":"Europe/Berlin","from":"2026-01-01T00:00:00Z","to":"2027-01-01T00:00:00Z"}"#,
            "\n",
            r#"{"recurrence":{"freq":"secondly"},"start_local":"2026-03-22T02:30:00","#,
            r#""time_zone":"Europe/Berlin","from":"2026-01-01T00:00:00Z","to":"2027-01-01T00:00:00Z"}"#,
            "\n"
        );
        let mut out = Vec::new();
        expand_lines(input.as_bytes(), &mut out).unwrap();
        let lines: Vec<serde_json::Value> =
            String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines[0]["starts"], serde_json::json!(["2026-03-22T01:30:00Z", "2026-03-29T01:30:00Z"]));
        assert_eq!(lines[1]["error"][0]["pointer"], "/recurrence");
    }
}
