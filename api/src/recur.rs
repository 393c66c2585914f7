//! Recurring events: the RFC 5545 subset people use (`FREQ=DAILY|WEEKLY|MONTHLY`, `INTERVAL`,
//! `BYDAY` with the nth weekday of a month, `COUNT`, `UNTIL`), expanded over civil days so the
//! app can preview dates without a time-zone database; the server turns the local dates into
//! instants in the event's zone.

use serde::{Deserialize, Serialize};

use crate::common::FieldError;
use crate::time::{civil_from_days, days_from_civil, days_in_month, parse_rfc3339};

/// How often a series repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Freq {
    Daily,
    Weekly,
    Monthly,
}

impl Freq {
    pub fn as_rfc(self) -> &'static str {
        match self {
            Freq::Daily => "DAILY",
            Freq::Weekly => "WEEKLY",
            Freq::Monthly => "MONTHLY",
        }
    }
}

fn one() -> u32 {
    1
}

/// A recurrence rule (RFC 5545 `RRULE` subset). The dates are those the rule gives on or after
/// the event's start, at the start's local time in the event's `time_zone` (a 19:00 Berlin
/// meetup stays at 19:00 Berlin across daylight-saving changes). A local time a clock change
/// skips moves forward by the gap; a repeated one is the first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recurrence {
    pub freq: Freq,
    /// Every `interval` days, weeks or months: 1–99.
    #[serde(default = "one")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 99, default = 1))]
    pub interval: u32,
    /// Weekdays `MO`…`SU`, at most 7 and no repeats. With `monthly` they may be numbered:
    /// `1TH` is the first Thursday of the month, `-1FR` the last Friday (−5…5, not 0); a month
    /// without a 5th Thursday has no `5TH` date. `daily` and `weekly` take unnumbered days only.
    /// Empty: the start's weekday (`weekly`), the start's day of the month (`monthly`; months
    /// without that day are skipped), every day (`daily`).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 7, inline = false))]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<crate::recur::ByDay>))]
    pub by_day: Vec<String>,
    /// Number of dates, 1–730 (skipped dates count). Not together with `until`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 730))]
    pub count: Option<u32>,
    /// RFC 3339: the last date starts no later than this; not before the event's start, not
    /// after 2199-12-31T23:59:59Z. Not together with `count`. Absent with `count` absent: the
    /// series runs on (the server lists its dates up to 400 days ahead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime, pattern = "^(19[7-9][0-9]|2[01][0-9]{2})-"))]
    pub until: Option<String>,
}

/// A `BYDAY` entry: an optional ordinal (−5…5, not 0) and a weekday code.
#[cfg(feature = "openapi")]
#[derive(utoipa::ToSchema)]
#[schema(pattern = "^(-?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$", example = "1TH")]
pub struct ByDay(#[allow(dead_code)] String);

/// Most dates a count may ask for.
pub const MAX_COUNT: u32 = 730;
/// Largest interval.
pub const MAX_INTERVAL: u32 = 99;

const CODES: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

/// A weekday (0 = Monday) with an ordinal in the month (0 = every such weekday).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayNum {
    pub ordinal: i8,
    pub weekday: u8,
}

impl WeekdayNum {
    pub fn parse(s: &str) -> Option<WeekdayNum> {
        if s.len() < 2 || !s.is_ascii() {
            return None;
        }
        let (num, code) = s.split_at(s.len() - 2);
        let weekday = CODES.iter().position(|c| *c == code)? as u8;
        let ordinal = if num.is_empty() {
            0
        } else {
            if num.starts_with('+') || num.len() > 2 {
                return None;
            }
            let n: i8 = num.parse().ok()?;
            if n == 0 || !(-5..=5).contains(&n) {
                return None;
            }
            n
        };
        Some(WeekdayNum { ordinal, weekday })
    }

    pub fn code(self) -> String {
        if self.ordinal == 0 {
            CODES[self.weekday as usize].to_string()
        } else {
            format!("{}{}", self.ordinal, CODES[self.weekday as usize])
        }
    }
}

/// Monday = 0 … Sunday = 6 of a day number (1970-01-01 was a Thursday).
pub fn weekday_of(day: i64) -> u8 {
    (day + 3).rem_euclid(7) as u8
}

/// A checked rule, ready to expand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub freq: Freq,
    pub interval: u32,
    pub by_day: Vec<WeekdayNum>,
    pub count: Option<u32>,
    /// Unix seconds, inclusive.
    pub until: Option<i64>,
}

/// Checks a rule against the series' start (Unix seconds, if valid); errors point under
/// `prefix` (e.g. `/recurrence`).
pub fn check_recurrence(
    r: &Recurrence,
    starts_at: Option<i64>,
    prefix: &str,
) -> Result<Rule, Vec<FieldError>> {
    let mut e = Vec::new();
    if r.interval == 0 || r.interval > MAX_INTERVAL {
        e.push(FieldError::new(
            format!("{prefix}/interval"),
            format!("The interval must be between 1 and {MAX_INTERVAL}."),
        ));
    }
    let mut by_day = Vec::new();
    if r.by_day.len() > 7 {
        e.push(FieldError::new(format!("{prefix}/by_day"), "At most 7 weekdays."));
    }
    for (i, s) in r.by_day.iter().enumerate().take(7) {
        match WeekdayNum::parse(s) {
            None => e.push(FieldError::new(
                format!("{prefix}/by_day/{i}"),
                "A weekday is MO, TU, WE, TH, FR, SA or SU, numbered -5 to 5 for monthly rules (1TH, -1FR).",
            )),
            Some(w) if w.ordinal != 0 && r.freq != Freq::Monthly => e.push(FieldError::new(
                format!("{prefix}/by_day/{i}"),
                "Numbered weekdays (like 1TH) only go with monthly rules.",
            )),
            Some(w) if by_day.contains(&w) => {
                e.push(FieldError::new(format!("{prefix}/by_day/{i}"), "This weekday is listed twice."))
            }
            Some(w) => by_day.push(w),
        }
    }
    if let Some(c) = r.count
        && (c == 0 || c > MAX_COUNT)
    {
        e.push(FieldError::new(
            format!("{prefix}/count"),
            format!("The number of dates must be between 1 and {MAX_COUNT}."),
        ));
    }
    let mut until = None;
    if let Some(u) = &r.until {
        if r.count.is_some() {
            e.push(FieldError::new(
                format!("{prefix}/until"),
                "Give either an end date or a number of dates, not both.",
            ));
        }
        match parse_rfc3339(u) {
            None => {
                e.push(FieldError::new(format!("{prefix}/until"), "The end date must be an RFC 3339 time."))
            }
            Some(t)
                if !(crate::validate::EARLIEST_EVENT_TIME..=crate::validate::LATEST_EVENT_TIME)
                    .contains(&t) =>
            {
                e.push(FieldError::new(
                    format!("{prefix}/until"),
                    "The end date must be between 1970 and 2199.",
                ))
            }
            Some(t) if starts_at.is_some_and(|s| t < s) => {
                e.push(FieldError::new(format!("{prefix}/until"), "The end date is before the first date."))
            }
            Some(t) => until = Some(t),
        }
    }
    if e.is_empty() {
        Ok(Rule { freq: r.freq, interval: r.interval, by_day, count: r.count, until })
    } else {
        Err(e)
    }
}

/// Day numbers after the last one any rule expands to (2200-01-01).
pub fn last_day() -> i64 {
    days_from_civil(2200, 1, 1)
}

impl Rule {
    /// The rule's days on or after `start_day`, in order, up to 2199 (`COUNT` and `UNTIL` are the
    /// caller's: `UNTIL` needs the zone). Bounded: it stops after 2199 even for rules that
    /// rarely match.
    pub fn days(&self, start_day: i64) -> Days<'_> {
        Days { rule: self, start: start_day, period: 0, buf: Vec::new(), pos: 0, done: false }
    }

    /// The first `n` days (counting `count`), for previews.
    pub fn first_days(&self, start_day: i64, n: usize) -> Vec<i64> {
        let cap = self.count.map(|c| c as usize).unwrap_or(usize::MAX);
        self.days(start_day).take(n.min(cap)).collect()
    }

    /// `FREQ=…;…` as in an `RRULE` line, with `UNTIL` in UTC (`20261231T235959Z`).
    pub fn to_rrule(&self) -> String {
        let mut s = format!("FREQ={}", self.freq.as_rfc());
        if self.interval > 1 {
            s.push_str(&format!(";INTERVAL={}", self.interval));
        }
        if !self.by_day.is_empty() {
            let days: Vec<String> = self.by_day.iter().map(|w| w.code()).collect();
            s.push_str(&format!(";BYDAY={}", days.join(",")));
        }
        if let Some(c) = self.count {
            s.push_str(&format!(";COUNT={c}"));
        }
        if let Some(u) = self.until {
            s.push_str(&format!(";UNTIL={}", crate::time::format_ics_utc(u)));
        }
        s
    }

    /// Plain English, e.g. "Every 2 weeks on Tuesday and Thursday".
    pub fn describe(&self, start_day: i64) -> String {
        let n = self.interval;
        let every =
            |one: &str, many: &str| if n == 1 { format!("Every {one}") } else { format!("Every {n} {many}") };
        let names = |ws: &[WeekdayNum]| -> String {
            let v: Vec<String> = ws
                .iter()
                .map(|w| {
                    let day = crate::time::WEEKDAYS[w.weekday as usize];
                    match w.ordinal {
                        0 => day.to_string(),
                        -1 => format!("the last {day}"),
                        k if k < 0 => format!("the {} last {day}", ordinal_word(-k)),
                        k => format!("the {} {day}", ordinal_word(k)),
                    }
                })
                .collect();
            join_and(&v)
        };
        let (_, _, dom) = civil_from_days(start_day);
        match self.freq {
            Freq::Daily if self.by_day.is_empty() => every("day", "days"),
            Freq::Daily => format!("{} on {}", every("day", "days"), names(&self.by_day)),
            Freq::Weekly => {
                let days = if self.by_day.is_empty() {
                    vec![WeekdayNum { ordinal: 0, weekday: weekday_of(start_day) }]
                } else {
                    self.by_day.clone()
                };
                format!("{} on {}", every("week", "weeks"), names(&days))
            }
            Freq::Monthly if self.by_day.is_empty() => format!("{} on day {dom}", every("month", "months")),
            Freq::Monthly => format!("{} on {}", every("month", "months"), names(&self.by_day)),
        }
    }
}

fn ordinal_word(k: i8) -> &'static str {
    match k {
        1 => "first",
        2 => "second",
        3 => "third",
        4 => "fourth",
        _ => "fifth",
    }
}

fn join_and(v: &[String]) -> String {
    match v.len() {
        0 => String::new(),
        1 => v[0].clone(),
        n => format!("{} and {}", v[..n - 1].join(", "), v[n - 1]),
    }
}

/// Iterator over a rule's days: one period (day, week or month) at a time.
pub struct Days<'a> {
    rule: &'a Rule,
    start: i64,
    period: i64,
    buf: Vec<i64>,
    pos: usize,
    done: bool,
}

impl Days<'_> {
    /// The candidate days of period `k` (sorted, deduplicated).
    fn period_days(&self, k: i64) -> Vec<i64> {
        let r = self.rule;
        let step = r.interval.max(1) as i64;
        let mut out = Vec::new();
        match r.freq {
            Freq::Daily => {
                let d = self.start + k * step;
                if r.by_day.is_empty() || r.by_day.iter().any(|w| w.weekday == weekday_of(d)) {
                    out.push(d);
                }
            }
            Freq::Weekly => {
                let monday = self.start - weekday_of(self.start) as i64 + 7 * k * step;
                if r.by_day.is_empty() {
                    out.push(monday + weekday_of(self.start) as i64);
                } else {
                    out.extend(r.by_day.iter().map(|w| monday + w.weekday as i64));
                }
            }
            Freq::Monthly => {
                let (y, m, d) = civil_from_days(self.start);
                let idx = y * 12 + (m as i64 - 1) + k * step;
                let (y, m) = (idx.div_euclid(12), idx.rem_euclid(12) as u32 + 1);
                let len = days_in_month(y, m);
                let first = days_from_civil(y, m, 1);
                if r.by_day.is_empty() {
                    if d <= len {
                        out.push(days_from_civil(y, m, d));
                    }
                } else {
                    for w in &r.by_day {
                        // Day numbers of this weekday in the month.
                        let off = (w.weekday as i64 - weekday_of(first) as i64).rem_euclid(7);
                        let all: Vec<i64> =
                            (0..5).map(|i| first + off + 7 * i).filter(|x| *x < first + len as i64).collect();
                        match w.ordinal {
                            0 => out.extend(all),
                            o if o > 0 => out.extend(all.get(o as usize - 1)),
                            o => {
                                let i = all.len() as i64 + o as i64;
                                if i >= 0 {
                                    out.push(all[i as usize]);
                                }
                            }
                        }
                    }
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

impl Iterator for Days<'_> {
    type Item = i64;

    fn next(&mut self) -> Option<i64> {
        let end = last_day();
        loop {
            if self.done {
                return None;
            }
            if let Some(d) = self.buf.get(self.pos).copied() {
                self.pos += 1;
                if d >= end {
                    self.done = true;
                    return None;
                }
                if d >= self.start {
                    return Some(d);
                }
                continue;
            }
            // Periods past 2199 end the walk (a period starts no earlier than start + k).
            if self.start + self.period > end {
                self.done = true;
                return None;
            }
            self.buf = self.period_days(self.period);
            self.pos = 0;
            self.period += 1;
        }
    }
}

/// The default `by_day` a preset means for a start day: "every month on the same weekday" is
/// the nth weekday of the start's month (1–5; months without a 5th are skipped, which is why the
/// app also offers [`last_weekday_of`]).
pub fn nth_weekday_of(start_day: i64) -> WeekdayNum {
    let (_, _, d) = civil_from_days(start_day);
    let n = (d as i8 - 1) / 7 + 1;
    WeekdayNum { ordinal: n.min(5), weekday: weekday_of(start_day) }
}

/// The `last` variant of [`nth_weekday_of`] (`-1FR`), offered when the start is in its month's
/// last seven days.
pub fn last_weekday_of(start_day: i64) -> Option<WeekdayNum> {
    let (y, m, d) = civil_from_days(start_day);
    (d + 7 > days_in_month(y, m)).then_some(WeekdayNum { ordinal: -1, weekday: weekday_of(start_day) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(freq: Freq, interval: u32, by_day: &[&str], count: Option<u32>) -> Rule {
        let r = Recurrence {
            freq,
            interval,
            by_day: by_day.iter().map(|s| s.to_string()).collect(),
            count,
            until: None,
        };
        check_recurrence(&r, None, "/recurrence").unwrap()
    }

    fn ymd(day: i64) -> (i64, u32, u32) {
        civil_from_days(day)
    }

    #[test]
    fn weekly_monthly_and_nth_weekdays() {
        let start = days_from_civil(2026, 12, 3); // a Thursday
        let w = rule(Freq::Weekly, 2, &[], None);
        let d: Vec<_> = w.days(start).take(3).map(ymd).collect();
        assert_eq!(d, vec![(2026, 12, 3), (2026, 12, 17), (2026, 12, 31)]);
        let m = rule(Freq::Monthly, 1, &["1TH"], None);
        let d: Vec<_> = m.days(start).take(3).map(ymd).collect();
        assert_eq!(d, vec![(2026, 12, 3), (2027, 1, 7), (2027, 2, 4)]);
        let last = rule(Freq::Monthly, 1, &["-1FR"], None);
        assert_eq!(ymd(last.days(start).next().unwrap()), (2026, 12, 25));
        // The 31st skips 30-day months; the 5th Thursday skips months without one.
        let m31 = rule(Freq::Monthly, 1, &[], None);
        let d: Vec<_> = m31.days(days_from_civil(2027, 1, 31)).take(3).map(ymd).collect();
        assert_eq!(d, vec![(2027, 1, 31), (2027, 3, 31), (2027, 5, 31)]);
        let fifth = rule(Freq::Monthly, 1, &["5TH"], None);
        let d: Vec<_> = fifth.days(days_from_civil(2027, 1, 1)).take(2).map(ymd).collect();
        assert_eq!(d, vec![(2027, 4, 29), (2027, 7, 29)]);
        // Weekly on two days, starting mid-week: the earlier day of the first week is skipped.
        let tt = rule(Freq::Weekly, 1, &["TU", "TH"], None);
        let d: Vec<_> = tt.days(days_from_civil(2026, 12, 2)).take(3).map(ymd).collect();
        assert_eq!(d, vec![(2026, 12, 3), (2026, 12, 8), (2026, 12, 10)]);
        assert_eq!(tt.describe(start), "Every week on Tuesday and Thursday");
        assert_eq!(m.describe(start), "Every month on the first Thursday");
        assert_eq!(rule(Freq::Weekly, 1, &[], Some(5)).to_rrule(), "FREQ=WEEKLY;COUNT=5");
    }

    #[test]
    fn bad_rules_point_at_their_field() {
        let bad = Recurrence {
            freq: Freq::Weekly,
            interval: 0,
            by_day: vec!["1TH".into(), "XX".into()],
            count: Some(100_000),
            until: Some("2020-01-01T00:00:00Z".into()),
        };
        let e = check_recurrence(&bad, parse_rfc3339("2026-01-01T00:00:00Z"), "/recurrence").unwrap_err();
        let ptrs: Vec<&str> = e.iter().map(|f| f.pointer.as_str()).collect();
        assert_eq!(
            ptrs,
            vec![
                "/recurrence/interval",
                "/recurrence/by_day/0",
                "/recurrence/by_day/1",
                "/recurrence/count",
                "/recurrence/until",
                "/recurrence/until"
            ]
        );
    }

    #[test]
    fn walks_stop_in_2199() {
        let r = rule(Freq::Monthly, 99, &["5MO"], None);
        assert!(r.days(days_from_civil(2190, 1, 1)).count() < 3);
    }
}
