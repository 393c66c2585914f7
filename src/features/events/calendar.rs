//! Calendar maths as plain functions: dates as day numbers, weeks by locale, month grids, time
//! zones through a small trait (the browser's Intl in the app, the IANA database in tests), and
//! which days an event covers — across midnight, several days, daylight-saving changes and
//! all-day events.

use kith_api::time::{civil_from_days, days_from_civil, days_in_month};

use crate::core::i18n::intl::{self, Style};
use crate::tr;

pub use crate::ui::format::{clock, hhmm};

/// Days since 1970-01-01 (a civil date, no zone).
pub type Day = i64;

const SECS_PER_DAY: i64 = 86_400;

/// `YYYY-MM-DD` to a day; years 1900–2200 only, so absurd input is refused.
pub fn parse_date(s: &str) -> Option<Day> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| s.get(r)?.parse::<u32>().ok();
    let (y, m, d) = (num(0..4)? as i64, num(5..7)?, num(8..10)?);
    if !(1900..=2200).contains(&y) || !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

pub fn format_date(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(day: Day) -> u32 {
    (day + 3).rem_euclid(7) as u32
}

/// The first day of the week, 0 = Monday … 6 = Sunday: `intl::week_start()` in the app, so
/// the grids follow the member's locale; the pure functions take it as a parameter.
pub type WeekStart = u32;

pub const MONDAY: WeekStart = 0;
pub const SUNDAY: WeekStart = 6;

pub fn start_of_week(day: Day, ws: WeekStart) -> Day {
    day - ((weekday(day) + 7 - ws % 7) % 7) as i64
}

/// Short weekday names in display order (the member's language).
pub fn weekday_names(ws: WeekStart) -> Vec<String> {
    (0..7).map(|i| intl::weekday_short((ws + i) % 7)).collect()
}

/// A number in the locale's digits, without grouping (years: "2026", not "2,026").
pub fn digits(n: i64) -> String {
    n.to_string()
        .chars()
        .map(|c| c.to_digit(10).map_or_else(|| c.to_string(), |d| intl::number(d as f64)))
        .collect()
}

/// "Friday 27 Nov 2026" (in the member's language).
pub fn long_date(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    tr!(
        "events-long-date",
        weekday = intl::weekday_long(weekday(day)),
        day = d,
        month = intl::month_short(m),
        year = digits(y)
    )
}

/// "Fri 27 Nov 2026" (in the member's language).
pub fn short_date(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    tr!(
        "events-short-date",
        weekday = intl::weekday_short(weekday(day)),
        day = d,
        month = intl::month_short(m),
        year = digits(y)
    )
}

pub fn first_of_month(day: Day) -> Day {
    let (y, m, _) = civil_from_days(day);
    days_from_civil(y, m, 1)
}

/// The same day of another month, clamped to its length (31 Jan + 1 month = 28/29 Feb).
pub fn add_months(day: Day, months: i64) -> Day {
    let (y, m, d) = civil_from_days(day);
    let total = y * 12 + (m as i64 - 1) + months;
    let (ny, nm) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
    days_from_civil(ny, nm, d.min(days_in_month(ny, nm)))
}

/// The days of a month view: whole weeks covering the month (5 or 6 rows of 7).
pub fn month_grid(day: Day, ws: WeekStart) -> Vec<Day> {
    let first = first_of_month(day);
    let (y, m, _) = civil_from_days(first);
    let last = first + days_in_month(y, m) as i64 - 1;
    let start = start_of_week(first, ws);
    let end = start_of_week(last, ws) + 6;
    (start..=end).collect()
}

/// "December 2026" (in the member's language).
pub fn month_title(day: Day) -> String {
    intl::format(Style::MonthYear, first_of_month(day) * SECS_PER_DAY)
}

/// A time zone: its offset from UTC at an instant.
pub trait Zone {
    /// Seconds to add to UTC to get local time at `utc` (Unix seconds).
    fn offset(&self, utc: i64) -> i64;
}

/// A zone with a constant offset (UTC, or a fallback when a zone is unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedZone(pub i64);

impl Zone for FixedZone {
    fn offset(&self, _utc: i64) -> i64 {
        self.0
    }
}

/// Local wall-clock seconds (as if UTC) of an instant.
pub fn to_local(z: &dyn Zone, utc: i64) -> i64 {
    utc + z.offset(utc)
}

/// The instant of a local wall-clock time. In an overlap (clocks turned back) the earlier
/// instant; in a gap (clocks turned forward) the time is moved forward by the gap, as clocks do.
pub fn local_to_utc(z: &dyn Zone, local: i64) -> i64 {
    let before = z.offset(local - SECS_PER_DAY);
    let after = z.offset(local + SECS_PER_DAY);
    let candidates = [local - before, local - after];
    let mut valid: Vec<i64> = candidates.iter().copied().filter(|t| to_local(z, *t) == local).collect();
    valid.sort_unstable();
    match valid.first() {
        Some(t) => *t,
        None => local - before,
    }
}

/// The local day an instant falls on.
pub fn day_of(z: &dyn Zone, utc: i64) -> Day {
    to_local(z, utc).div_euclid(SECS_PER_DAY)
}

/// The instant a local day starts (not always 00:00 on a daylight-saving day, never missing).
pub fn day_start(z: &dyn Zone, day: Day) -> i64 {
    local_to_utc(z, day * SECS_PER_DAY)
}

/// Length of a local day in hours (23, 24 or 25 around daylight-saving changes).
pub fn day_hours(z: &dyn Zone, day: Day) -> i64 {
    (day_start(z, day + 1) - day_start(z, day)) / 3600
}

/// The first and last local days an event covers. Timed events are placed in the viewer's
/// zone, ending just before their end instant (an event ending at midnight does not spill into
/// the next day); all-day events keep their dates in their own zone wherever they are viewed.
pub fn event_days(viewer: &dyn Zone, own: &dyn Zone, start: i64, end: i64, all_day: bool) -> (Day, Day) {
    let z = if all_day { own } else { viewer };
    let first = day_of(z, start);
    let last = day_of(z, end.max(start + 1) - 1);
    (first, last.max(first))
}

/// For each of `days`, the indices of the events on it (in the given order, which should be by
/// start). `spans` are from [`event_days`].
pub fn layout(days: &[Day], spans: &[(Day, Day)]) -> Vec<Vec<usize>> {
    days.iter()
        .map(|d| spans.iter().enumerate().filter(|(_, (a, b))| a <= d && d <= b).map(|(i, _)| i).collect())
        .collect()
}

/// Minutes of a day on the week grid: wall-clock time, 00:00 to 24:00, whatever the day's length.
pub const DAY_MINUTES: i32 = 1440;

/// The shortest block on the week grid, so a 15-minute event is still something to click.
pub const MIN_BLOCK_MINUTES: i32 = 30;

/// The hour the week grid opens at when the week has no timed events.
pub const DEFAULT_FIRST_HOUR: i32 = 8;

/// An event to lay out on the week grid: its instants and the local days it covers (from
/// [`event_days`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekItem {
    pub start: i64,
    pub end: i64,
    pub all_day: bool,
    pub days: (Day, Day),
}

impl WeekItem {
    /// All-day events and those lasting a day or more go in the strip above the hours.
    pub fn in_strip(&self) -> bool {
        self.all_day || self.end - self.start >= SECS_PER_DAY
    }
}

/// A timed event's block on one day of the week grid: wall-clock minutes from that day's midnight
/// (`top`, `height`, within 0..=[`DAY_MINUTES`]) and its column among the events it overlaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Index into the items laid out.
    pub item: usize,
    pub top: i32,
    pub height: i32,
    pub column: u32,
    pub columns: u32,
    /// The event began on an earlier day.
    pub from_before: bool,
    /// The event goes on past this day.
    pub goes_on: bool,
}

/// A bar in the all-day strip: week days `first..=last` (0–6) on row `row`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bar {
    pub item: usize,
    pub first: usize,
    pub last: usize,
    pub row: usize,
    /// The event began before this week.
    pub from_before: bool,
    /// The event goes on after this week.
    pub goes_on: bool,
}

/// A week on the time grid: the strip's bars (and how many rows they need), and each day's blocks
/// in order of time.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeekLayout {
    pub bars: Vec<Bar>,
    pub rows: usize,
    pub days: Vec<Vec<Block>>,
}

impl WeekLayout {
    /// The hour to show first: that of the earliest event starting this week (not the small
    /// hours an event from the night before runs into), else the earliest block's, else
    /// [`DEFAULT_FIRST_HOUR`].
    pub fn first_hour(&self) -> i32 {
        let earliest = |starts: bool| {
            self.days.iter().flatten().filter(|b| !starts || !b.from_before).map(|b| b.top / 60).min()
        };
        earliest(true).or_else(|| earliest(false)).unwrap_or(DEFAULT_FIRST_HOUR)
    }
}

/// Lays out the week starting on `week` in the viewer's zone: timed events become blocks on each
/// day they touch (cut at midnight), placed by wall-clock time (on a 23- or 25-hour day the hour
/// lines stay those of the clock), at least [`MIN_BLOCK_MINUTES`] tall, with overlapping blocks
/// side by side — each group of blocks that overlap one another, directly or through others,
/// shares its width between as many columns as it needs, each block in the first column free
/// when it starts. All-day events and events of a day or more are bars in the strip on top.
pub fn week_layout(viewer: &dyn Zone, week: Day, items: &[WeekItem]) -> WeekLayout {
    let last_day = week + 6;
    // The strip: bars by first day, longer first, each on the first row free from its first day.
    let mut bars: Vec<Bar> = items
        .iter()
        .enumerate()
        .filter(|(_, it)| it.in_strip() && it.days.1 >= week && it.days.0 <= last_day)
        .map(|(item, it)| Bar {
            item,
            first: (it.days.0.max(week) - week) as usize,
            last: (it.days.1.min(last_day) - week) as usize,
            row: 0,
            from_before: it.days.0 < week,
            goes_on: it.days.1 > last_day,
        })
        .collect();
    bars.sort_by_key(|b| (b.first, std::cmp::Reverse(b.last), b.item));
    let mut row_ends: Vec<usize> = Vec::new();
    for bar in &mut bars {
        bar.row = match row_ends.iter().position(|end| *end < bar.first) {
            Some(r) => r,
            None => {
                row_ends.push(0);
                row_ends.len() - 1
            }
        };
        row_ends[bar.row] = bar.last;
    }
    let days = (week..=last_day)
        .map(|day| {
            let (start_of_day, start_of_next) = (day_start(viewer, day), day_start(viewer, day + 1));
            let minute = |t: i64| ((to_local(viewer, t) - day * SECS_PER_DAY).div_euclid(60)) as i32;
            let mut blocks: Vec<Block> = items
                .iter()
                .enumerate()
                .filter(|(_, it)| !it.in_strip() && it.days.0 <= day && day <= it.days.1)
                .map(|(item, it)| {
                    let from_before = it.start < start_of_day;
                    let goes_on = it.end > start_of_next;
                    let top = if from_before { 0 } else { minute(it.start) }
                        .clamp(0, DAY_MINUTES - MIN_BLOCK_MINUTES);
                    let bottom =
                        if goes_on { DAY_MINUTES } else { minute(it.end.max(it.start)).min(DAY_MINUTES) };
                    let height = (bottom - top).max(MIN_BLOCK_MINUTES);
                    Block { item, top, height, column: 0, columns: 1, from_before, goes_on }
                })
                .collect();
            blocks.sort_by_key(|b| (b.top, std::cmp::Reverse(b.height), b.item));
            pack_columns(&mut blocks);
            blocks
        })
        .collect();
    WeekLayout { bars, rows: row_ends.len(), days }
}

/// Columns for blocks sorted by top: clusters of (transitively) overlapping blocks, each block in
/// the first column whose last block has ended, every block of a cluster as wide as its share.
fn pack_columns(blocks: &mut [Block]) {
    let mut column_ends: Vec<i32> = Vec::new();
    let mut cluster_from = 0;
    let mut cluster_end = i32::MIN;
    for i in 0..blocks.len() {
        let (top, bottom) = (blocks[i].top, blocks[i].top + blocks[i].height);
        if top >= cluster_end {
            let columns = column_ends.len().max(1) as u32;
            blocks[cluster_from..i].iter_mut().for_each(|b| b.columns = columns);
            column_ends.clear();
            cluster_from = i;
        }
        let column = match column_ends.iter().position(|end| *end <= top) {
            Some(c) => c,
            None => {
                column_ends.push(bottom);
                column_ends.len() - 1
            }
        };
        column_ends[column] = bottom;
        cluster_end = if cluster_from == i { bottom } else { cluster_end.max(bottom) };
        blocks[i].column = column as u32;
    }
    let columns = column_ends.len().max(1) as u32;
    blocks[cluster_from..].iter_mut().for_each(|b| b.columns = columns);
}

/// Parses a `datetime-local` input value (`YYYY-MM-DDTHH:MM`, optional `:SS`) to local seconds.
pub fn parse_datetime_local(s: &str) -> Option<i64> {
    let (date, time) = s.split_once('T')?;
    let day = parse_date(date)?;
    let mut parts = time.split(':');
    let h: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let sec: i64 = parts.next().map_or(Some(0), |x| x.parse().ok())?;
    if parts.next().is_some() || !(0..24).contains(&h) || !(0..60).contains(&m) || !(0..60).contains(&sec) {
        return None;
    }
    Some(day * SECS_PER_DAY + h * 3600 + m * 60 + sec)
}

/// Formats local seconds for a `datetime-local` input.
pub fn format_datetime_local(local: i64) -> String {
    format!("{}T{}", format_date(local.div_euclid(SECS_PER_DAY)), hhmm(local))
}

/// A calendar view.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Month,
    Week,
    Agenda,
}

impl View {
    pub const ALL: [View; 3] = [View::Month, View::Week, View::Agenda];
    pub fn as_str(self) -> &'static str {
        match self {
            View::Month => "month",
            View::Week => "week",
            View::Agenda => "agenda",
        }
    }
    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str() == s)
    }
    /// The days this view shows around `day`.
    pub fn days(self, day: Day, ws: WeekStart) -> Vec<Day> {
        match self {
            View::Month => month_grid(day, ws),
            View::Week => {
                let s = start_of_week(day, ws);
                (s..s + 7).collect()
            }
            View::Agenda => (day..day + 30).collect(),
        }
    }
    /// The date the previous / next button goes to.
    pub fn step(self, day: Day, forward: bool) -> Day {
        let sign = if forward { 1 } else { -1 };
        match self {
            View::Month => add_months(first_of_month(day), sign),
            View::Week => day + 7 * sign,
            View::Agenda => day + 30 * sign,
        }
    }
}

/// The view and date of a calendar URL, with what was wrong with it (to tell the member);
/// without a view, `default` (a group's calendar leads with what is coming up).
pub fn read_view_query(
    view: Option<&str>,
    date: Option<&str>,
    today: Day,
    default: View,
) -> (View, Day, Vec<String>) {
    let mut notes = Vec::new();
    let v = match view {
        None | Some("") => default,
        Some(s) => View::parse(s).unwrap_or_else(|| {
            notes.push(tr!("events-bad-view", value = s, view = default.as_str()));
            default
        }),
    };
    let d = match date {
        None | Some("") => today,
        Some(s) => parse_date(s).unwrap_or_else(|| {
            notes.push(tr!("events-bad-date", value = s));
            today
        }),
    };
    (v, d, notes)
}

// The IANA database is a native dev-dependency only (it stays out of the wasm bundle).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use chrono::{Offset, TimeZone};
    use chrono_tz::Tz;

    /// The IANA database, for checking the maths against real daylight-saving rules.
    struct Iana(Tz);
    impl Zone for Iana {
        fn offset(&self, utc: i64) -> i64 {
            self.0
                .offset_from_utc_datetime(&chrono::DateTime::from_timestamp(utc, 0).unwrap().naive_utc())
                .fix()
                .local_minus_utc() as i64
        }
    }
    const BERLIN: Iana = Iana(chrono_tz::Europe::Berlin);
    const NEW_YORK: Iana = Iana(chrono_tz::America::New_York);
    fn d(s: &str) -> Day {
        parse_date(s).unwrap()
    }
    fn utc(s: &str) -> i64 {
        kith_api::time::parse_rfc3339(s).unwrap()
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(format_date(d("2026-11-27")), "2026-11-27");
        for bad in [
            "2026-02-30",
            "26-11-27",
            "2026-13-01",
            "0001-01-01",
            "9999-01-01",
            "2026/11/27",
            "yesterday",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        assert_eq!(weekday(d("2026-11-27")), 4, "a Friday");
    }

    #[test]
    fn weeks_start_on_the_day_given() {
        // Friday 27 Nov 2026.
        assert_eq!(start_of_week(d("2026-11-27"), MONDAY), d("2026-11-23"));
        assert_eq!(start_of_week(d("2026-11-27"), SUNDAY), d("2026-11-22"));
        assert_eq!(start_of_week(d("2026-11-22"), SUNDAY), d("2026-11-22"));
        assert_eq!(start_of_week(d("2026-11-23"), MONDAY), d("2026-11-23"));
        // Saturday (5), as in much of the Arabic-speaking world.
        assert_eq!(start_of_week(d("2026-11-27"), 5), d("2026-11-21"));
        assert_eq!(start_of_week(d("2026-11-28"), 5), d("2026-11-28"));
        assert_eq!(weekday_names(MONDAY).join(" "), "Mon Tue Wed Thu Fri Sat Sun");
        assert_eq!(weekday_names(SUNDAY).join(" "), "Sun Mon Tue Wed Thu Fri Sat");
        assert_eq!(weekday_names(5).join(" "), "Sat Sun Mon Tue Wed Thu Fri");
    }

    #[test]
    fn sunday_start_grids_begin_and_end_right() {
        // November 2026 starts on a Sunday and ends on a Monday: from 1 Nov to Sat 5 Dec.
        let g = month_grid(d("2026-11-27"), SUNDAY);
        assert_eq!((g.len(), g[0], *g.last().unwrap()), (35, d("2026-11-01"), d("2026-12-05")));
        assert_eq!(weekday(g[0]), 6, "every row starts on a Sunday");
        assert!(g.chunks(7).all(|w| weekday(w[0]) == 6 && weekday(w[6]) == 5));
        // From Monday it needs six rows (26 Oct to 6 Dec).
        let g = month_grid(d("2026-11-27"), MONDAY);
        assert_eq!((g.len(), g[0], *g.last().unwrap()), (42, d("2026-10-26"), d("2026-12-06")));
        // The week view of a Wednesday starts on the Sunday before.
        let w = View::Week.days(d("2026-11-25"), SUNDAY);
        assert_eq!((w.len(), w[0], w[6]), (7, d("2026-11-22"), d("2026-11-28")));
        assert_eq!(View::Week.days(d("2026-11-25"), MONDAY)[0], d("2026-11-23"));
    }

    #[test]
    fn month_grids_cover_whole_weeks() {
        let g = month_grid(d("2026-02-10"), MONDAY);
        assert_eq!((g.len(), g[0], *g.last().unwrap()), (35, d("2026-01-26"), d("2026-03-01")));
        // February 2026 starts on a Sunday: four exact rows when weeks start on Sunday.
        let g = month_grid(d("2026-02-10"), SUNDAY);
        assert_eq!((g.len(), g[0], *g.last().unwrap()), (28, d("2026-02-01"), d("2026-02-28")));
        let g = month_grid(d("2026-08-01"), MONDAY);
        assert_eq!(g.len(), 42, "August 2026 needs six rows");
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2026-12-15"), 1), d("2027-01-15"));
        assert_eq!(add_months(d("2026-01-15"), -1), d("2025-12-15"));
        assert_eq!(month_title(d("2026-11-27")), "November 2026");
        assert_eq!(long_date(d("2026-11-27")), "Friday 27 Nov 2026");
        assert_eq!(short_date(d("2026-11-27")), "Fri 27 Nov 2026");
    }

    #[test]
    fn daylight_saving_days_in_berlin_and_new_york() {
        // Berlin springs forward on 29 Mar 2026 (23 h) and falls back on 25 Oct 2026 (25 h).
        assert_eq!(day_hours(&BERLIN, d("2026-03-29")), 23);
        assert_eq!(day_hours(&BERLIN, d("2026-10-25")), 25);
        assert_eq!(day_hours(&BERLIN, d("2026-10-26")), 24);
        // New York: 8 Mar 2026 and 1 Nov 2026.
        assert_eq!(day_hours(&NEW_YORK, d("2026-03-08")), 23);
        assert_eq!(day_hours(&NEW_YORK, d("2026-11-01")), 25);
        // Local midnight is an instant that depends on the season.
        assert_eq!(day_start(&BERLIN, d("2026-07-01")), utc("2026-06-30T22:00:00Z"));
        assert_eq!(day_start(&BERLIN, d("2026-12-01")), utc("2026-11-30T23:00:00Z"));
    }

    #[test]
    fn local_times_in_gaps_and_overlaps() {
        let local = |s: &str| parse_datetime_local(s).unwrap();
        // 02:30 does not exist in Berlin on 29 Mar 2026: it becomes 03:30 CEST (01:30 UTC).
        assert_eq!(local_to_utc(&BERLIN, local("2026-03-29T02:30")), utc("2026-03-29T01:30:00Z"));
        // 02:30 happens twice on 25 Oct 2026: the first (CEST, 00:30 UTC) is chosen.
        assert_eq!(local_to_utc(&BERLIN, local("2026-10-25T02:30")), utc("2026-10-25T00:30:00Z"));
        // New York 01:30 on 1 Nov 2026 happens twice: EDT first (05:30 UTC).
        assert_eq!(local_to_utc(&NEW_YORK, local("2026-11-01T01:30")), utc("2026-11-01T05:30:00Z"));
        // An ordinary time round-trips.
        let t = utc("2026-12-24T17:00:00Z");
        assert_eq!(local_to_utc(&NEW_YORK, to_local(&NEW_YORK, t)), t);
        assert_eq!(hhmm(to_local(&NEW_YORK, t)), "12:00");
    }

    #[test]
    fn events_over_midnight_several_days_and_all_day() {
        // 22:00–02:00 Berlin time spans two days for a Berlin viewer, one for a New York viewer.
        let (s, e) = (utc("2026-12-04T21:00:00Z"), utc("2026-12-05T01:00:00Z"));
        assert_eq!(event_days(&BERLIN, &BERLIN, s, e, false), (d("2026-12-04"), d("2026-12-05")));
        assert_eq!(event_days(&NEW_YORK, &BERLIN, s, e, false), (d("2026-12-04"), d("2026-12-04")));
        // Ending exactly at midnight stays on the first day.
        let (s, e) = (utc("2026-12-04T19:00:00Z"), utc("2026-12-04T23:00:00Z"));
        assert_eq!(event_days(&BERLIN, &BERLIN, s, e, false), (d("2026-12-04"), d("2026-12-04")));
        // A three-day all-day event in Berlin keeps its dates for a New York viewer.
        let (s, e) = (day_start(&BERLIN, d("2026-12-11")), day_start(&BERLIN, d("2026-12-14")));
        assert_eq!(event_days(&NEW_YORK, &BERLIN, s, e, true), (d("2026-12-11"), d("2026-12-13")));
        // A weekend across the October change keeps its two days.
        let (s, e) = (day_start(&BERLIN, d("2026-10-24")), day_start(&BERLIN, d("2026-10-26")));
        assert_eq!(event_days(&BERLIN, &BERLIN, s, e, true), (d("2026-10-24"), d("2026-10-25")));
        // Zero-length and inverted events still occupy their start day.
        assert_eq!(event_days(&BERLIN, &BERLIN, s, s, false), (d("2026-10-24"), d("2026-10-24")));
        assert_eq!(event_days(&BERLIN, &BERLIN, e, s, false), (d("2026-10-26"), d("2026-10-26")));
    }

    #[test]
    fn layout_puts_events_on_every_day_they_cover() {
        let days: Vec<Day> = (d("2026-12-01")..d("2026-12-05")).collect();
        let spans = [
            (d("2026-12-01"), d("2026-12-01")),
            (d("2026-12-02"), d("2026-12-04")),
            (d("2026-11-30"), d("2026-12-02")),
        ];
        assert_eq!(layout(&days, &spans), vec![vec![0, 2], vec![1, 2], vec![1], vec![1]]);
    }

    /// A timed event in the viewer's zone, from two local `datetime-local` times.
    fn timed(z: &dyn Zone, from: &str, to: &str) -> WeekItem {
        let start = local_to_utc(z, parse_datetime_local(from).unwrap());
        let end = local_to_utc(z, parse_datetime_local(to).unwrap());
        WeekItem { start, end, all_day: false, days: event_days(z, z, start, end, false) }
    }
    /// (top, height, column, columns) of each block of week day `i`, by item.
    fn blocks(l: &WeekLayout, i: usize) -> Vec<(usize, i32, i32, u32, u32)> {
        let mut v: Vec<_> =
            l.days[i].iter().map(|b| (b.item, b.top, b.height, b.column, b.columns)).collect();
        v.sort_unstable();
        v
    }
    const UTC: FixedZone = FixedZone(0);
    // Monday 30 Nov 2026 to Sunday 6 Dec 2026.
    fn week() -> Day {
        d("2026-11-30")
    }

    #[test]
    fn week_grid_puts_two_overlapping_events_side_by_side() {
        let items = [
            timed(&UTC, "2026-12-01T09:00", "2026-12-01T11:00"),
            timed(&UTC, "2026-12-01T10:00", "2026-12-01T10:15"),
            timed(&UTC, "2026-12-01T14:00", "2026-12-01T15:00"),
        ];
        let l = week_layout(&UTC, week(), &items);
        assert_eq!(l.days.len(), 7);
        // The 15-minute event is drawn half an hour tall; the afternoon one has the day's width.
        assert_eq!(blocks(&l, 1), vec![(0, 540, 120, 0, 2), (1, 600, 30, 1, 2), (2, 840, 60, 0, 1)]);
        assert!(l.days.iter().enumerate().all(|(i, b)| i == 1 || b.is_empty()));
        assert_eq!((l.bars.len(), l.rows), (0, 0));
        assert_eq!(l.first_hour(), 9);
    }

    #[test]
    fn week_grid_chains_of_overlaps_share_two_columns() {
        // A overlaps B, B overlaps C, A ends before C: C reuses A's column; one cluster of two.
        let items = [
            timed(&UTC, "2026-12-02T09:00", "2026-12-02T11:00"),
            timed(&UTC, "2026-12-02T10:00", "2026-12-02T12:00"),
            timed(&UTC, "2026-12-02T11:30", "2026-12-02T13:00"),
            // Touching is not overlapping: a fresh cluster at full width.
            timed(&UTC, "2026-12-02T13:00", "2026-12-02T14:00"),
        ];
        let l = week_layout(&UTC, week(), &items);
        assert_eq!(
            blocks(&l, 2),
            vec![(0, 540, 120, 0, 2), (1, 600, 120, 1, 2), (2, 690, 90, 0, 2), (3, 780, 60, 0, 1)]
        );
        // Three at once need three columns; minimum heights count as overlap.
        let items = [
            timed(&UTC, "2026-12-02T09:00", "2026-12-02T09:10"),
            timed(&UTC, "2026-12-02T09:20", "2026-12-02T10:00"),
            timed(&UTC, "2026-12-02T09:00", "2026-12-02T10:00"),
        ];
        let l = week_layout(&UTC, week(), &items);
        assert_eq!(blocks(&l, 2), vec![(0, 540, 30, 1, 3), (1, 560, 40, 2, 3), (2, 540, 60, 0, 3)]);
    }

    #[test]
    fn week_grid_cuts_events_at_midnight() {
        // 22:00–02:00 Berlin time: two blocks for a Berlin viewer, one for a New York viewer.
        let items = [timed(&BERLIN, "2026-12-03T22:00", "2026-12-04T02:00")];
        let l = week_layout(&BERLIN, week(), &items);
        assert_eq!(blocks(&l, 3), vec![(0, 1320, 120, 0, 1)]);
        assert_eq!(blocks(&l, 4), vec![(0, 0, 120, 0, 1)]);
        assert_eq!((l.days[3][0].goes_on, l.days[3][0].from_before), (true, false));
        assert_eq!((l.days[4][0].goes_on, l.days[4][0].from_before), (false, true));
        // The grid opens where the event starts, not at the small hours it runs into.
        assert_eq!(l.first_hour(), 22);
        let ny = WeekItem {
            days: event_days(&NEW_YORK, &BERLIN, items[0].start, items[0].end, false),
            ..items[0]
        };
        let l = week_layout(&NEW_YORK, week(), &[ny]);
        assert_eq!(blocks(&l, 3), vec![(0, 960, 240, 0, 1)]);
        // Ending at midnight stays on its day and reaches the bottom; a late event keeps its
        // minimum height inside the day.
        let items = [
            timed(&UTC, "2026-12-05T23:00", "2026-12-06T00:00"),
            timed(&UTC, "2026-12-06T23:55", "2026-12-06T23:59"),
        ];
        let l = week_layout(&UTC, week(), &items);
        assert_eq!(blocks(&l, 5), vec![(0, 1380, 60, 0, 1)]);
        assert_eq!(blocks(&l, 6), vec![(1, DAY_MINUTES - MIN_BLOCK_MINUTES, MIN_BLOCK_MINUTES, 0, 1)]);
        // An event from the week before shows from the top of Monday.
        let l = week_layout(&UTC, week(), &[timed(&UTC, "2026-11-29T20:00", "2026-11-30T03:00")]);
        assert_eq!(blocks(&l, 0), vec![(0, 0, 180, 0, 1)]);
        assert_eq!(l.first_hour(), 0);
    }

    #[test]
    fn week_grid_strip_holds_all_day_and_long_events() {
        let all_day = |from: &str, to: &str| {
            let (s, e) = (day_start(&BERLIN, d(from)), day_start(&BERLIN, d(to) + 1));
            WeekItem { start: s, end: e, all_day: true, days: event_days(&NEW_YORK, &BERLIN, s, e, true) }
        };
        let items = [
            all_day("2026-12-02", "2026-12-02"),
            all_day("2026-11-28", "2026-12-01"),
            all_day("2026-12-01", "2026-12-03"),
            // A timed event of a whole day or more is a bar too, over its days in the viewer's zone.
            timed(&NEW_YORK, "2026-12-05T18:00", "2026-12-08T10:00"),
            all_day("2026-12-20", "2026-12-20"),
            timed(&NEW_YORK, "2026-12-04T09:00", "2026-12-04T10:00"),
        ];
        let l = week_layout(&NEW_YORK, week(), &items);
        let bars: Vec<_> =
            l.bars.iter().map(|b| (b.item, b.first, b.last, b.row, b.from_before, b.goes_on)).collect();
        assert_eq!(
            bars,
            vec![
                (1, 0, 1, 0, true, false),
                (2, 1, 3, 1, false, false),
                (0, 2, 2, 0, false, false),
                (3, 5, 6, 0, false, true),
            ]
        );
        assert_eq!(l.rows, 2);
        // Only the short timed event is a block.
        assert_eq!(l.days.iter().map(Vec::len).sum::<usize>(), 1);
        assert_eq!(blocks(&l, 4), vec![(5, 540, 60, 0, 1)]);
        // Without timed events the grid opens at eight.
        assert_eq!(week_layout(&NEW_YORK, week(), &items[..5]).first_hour(), DEFAULT_FIRST_HOUR);
    }

    #[test]
    fn week_grid_on_daylight_saving_days_follows_the_clock() {
        // Berlin, 29 Mar 2026 (23 h; Monday 23 Mar starts the week): 01:00–04:00 on the clock is
        // two hours long, drawn from the 01:00 line to the 04:00 line.
        let spring = d("2026-03-23");
        let items = [
            timed(&BERLIN, "2026-03-29T01:00", "2026-03-29T04:00"),
            // Across the night into the short day.
            timed(&BERLIN, "2026-03-28T22:00", "2026-03-29T04:00"),
            timed(&BERLIN, "2026-03-29T23:00", "2026-03-30T00:00"),
        ];
        assert_eq!(items[0].end - items[0].start, 2 * 3600);
        let l = week_layout(&BERLIN, spring, &items);
        assert_eq!(blocks(&l, 5), vec![(1, 1320, 120, 0, 1)]);
        assert_eq!(blocks(&l, 6), vec![(0, 60, 180, 1, 2), (1, 0, 240, 0, 2), (2, 1380, 60, 0, 1)]);
        // Berlin, 25 Oct 2026 (25 h): the hour 02:00–03:00 happens twice on the clock.
        let autumn = d("2026-10-19");
        let second_half_hour = WeekItem {
            start: utc("2026-10-25T01:30:00Z"), // 02:30 CET, the second time round
            end: utc("2026-10-25T02:30:00Z"),   // 03:30 CET
            all_day: false,
            days: (d("2026-10-25"), d("2026-10-25")),
        };
        // 02:45 CEST to 02:15 CET: half an hour, though the clock went back.
        let backwards = WeekItem {
            start: utc("2026-10-25T00:45:00Z"),
            end: utc("2026-10-25T01:15:00Z"),
            all_day: false,
            days: (d("2026-10-25"), d("2026-10-25")),
        };
        let whole_evening = timed(&BERLIN, "2026-10-25T20:00", "2026-10-26T00:00");
        let l = week_layout(&BERLIN, autumn, &[second_half_hour, backwards, whole_evening]);
        assert_eq!(
            blocks(&l, 6),
            vec![(0, 150, 60, 0, 2), (1, 165, MIN_BLOCK_MINUTES, 1, 2), (2, 1200, 240, 0, 1)]
        );
        // Every block of either week stays inside the day.
        for l in [week_layout(&BERLIN, spring, &items), l] {
            for b in l.days.iter().flatten() {
                assert!(
                    b.top >= 0 && b.height >= MIN_BLOCK_MINUTES && b.top + b.height <= DAY_MINUTES,
                    "{b:?}"
                );
            }
        }
    }

    #[test]
    fn urls_with_garbage_fall_back_to_today() {
        let today = d("2026-11-27");
        assert_eq!(
            read_view_query(Some("week"), Some("2026-12-24"), today, View::Month),
            (View::Week, d("2026-12-24"), vec![])
        );
        let (v, day, notes) = read_view_query(Some("decade"), Some("2026-99-99"), today, View::Month);
        assert_eq!((v, day, notes.len()), (View::Month, today, 2));
        assert_eq!(read_view_query(None, Some("<script>"), today, View::Month).1, today);
        assert_eq!(read_view_query(None, None, today, View::Agenda).0, View::Agenda);
        assert_eq!(read_view_query(Some("decade"), None, today, View::Agenda).0, View::Agenda);
        assert_eq!(View::Month.step(d("2026-01-31"), true), d("2026-02-01"));
        assert_eq!(View::Week.step(today, false), d("2026-11-20"));
        assert_eq!(parse_datetime_local("2026-12-01T25:00"), None);
        assert_eq!(
            format_datetime_local(parse_datetime_local("2026-12-01T18:30").unwrap()),
            "2026-12-01T18:30"
        );
    }
}
