//! Calendar maths as plain functions: dates as day numbers, weeks by locale, month grids, time
//! zones through a small trait (the browser's Intl in the app, the IANA database in tests), and
//! which days an event covers — across midnight, several days, daylight-saving changes and
//! all-day events.

use kith_api::time::{civil_from_days, days_from_civil, days_in_month};

pub use crate::ui::format::hhmm;

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

/// The first day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekStart {
    Monday,
    Sunday,
}

/// Regions whose weeks start on Sunday (CLDR); Saturday-first regions are shown from Sunday too.
const SUNDAY_REGIONS: &[&str] = &[
    "AG", "AS", "BD", "BR", "BS", "BT", "BW", "BZ", "CA", "CN", "CO", "DM", "DO", "ET", "GT", "GU", "HK",
    "HN", "ID", "IL", "IN", "JM", "JP", "KE", "KH", "KR", "LA", "MH", "MM", "MO", "MT", "MX", "MZ", "NI",
    "NP", "PA", "PE", "PH", "PK", "PR", "PT", "PY", "SA", "SG", "SV", "TH", "TT", "TW", "UM", "US", "VE",
    "VI", "WS", "YE", "ZA", "ZW", "AE", "AF", "BH", "DJ", "DZ", "EG", "IQ", "IR", "JO", "KW", "LY", "OM",
    "QA", "SD", "SY",
];

/// Week start for a BCP 47 locale such as `en-US` or `de-DE`; a bare language uses its usual
/// region (`en` → US, `ja` → JP), anything else starts on Monday (ISO 8601).
pub fn week_start_for_locale(locale: &str) -> WeekStart {
    let parts: Vec<&str> = locale.split(['-', '_']).collect();
    let region = parts.iter().skip(1).find(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_alphabetic()));
    let region = match region {
        Some(r) => r.to_ascii_uppercase(),
        None => match parts.first().map(|l| l.to_ascii_lowercase()).as_deref() {
            Some("en") => "US".into(),
            Some("ja") => "JP".into(),
            Some("ko") => "KR".into(),
            Some("zh") => "CN".into(),
            Some("he") => "IL".into(),
            Some("pt") => "BR".into(),
            Some("ar") => "SA".into(),
            _ => String::new(),
        },
    };
    if SUNDAY_REGIONS.contains(&region.as_str()) { WeekStart::Sunday } else { WeekStart::Monday }
}

pub fn start_of_week(day: Day, ws: WeekStart) -> Day {
    let wd = weekday(day) as i64;
    match ws {
        WeekStart::Monday => day - wd,
        WeekStart::Sunday => day - (wd + 1) % 7,
    }
}

/// Weekday names in display order.
pub fn weekday_names(ws: WeekStart) -> [&'static str; 7] {
    match ws {
        WeekStart::Monday => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        WeekStart::Sunday => ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
    }
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

/// "December 2026".
pub fn month_title(day: Day) -> String {
    let (y, m, _) = civil_from_days(day);
    format!("{} {y}", kith_api::time::month_name(m))
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
            notes.push(format!("“{s}” is not a calendar view; showing the {}.", default.as_str()));
            default
        }),
    };
    let d = match date {
        None | Some("") => today,
        Some(s) => parse_date(s).unwrap_or_else(|| {
            notes.push(format!("“{s}” is not a date we can show; showing today."));
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
    fn weeks_start_by_locale() {
        assert_eq!(week_start_for_locale("en-US"), WeekStart::Sunday);
        assert_eq!(week_start_for_locale("en"), WeekStart::Sunday);
        assert_eq!(week_start_for_locale("en-GB"), WeekStart::Monday);
        assert_eq!(week_start_for_locale("de-DE"), WeekStart::Monday);
        assert_eq!(week_start_for_locale("de"), WeekStart::Monday);
        assert_eq!(week_start_for_locale("pt-BR"), WeekStart::Sunday);
        assert_eq!(week_start_for_locale("zh-Hant-TW"), WeekStart::Sunday);
        assert_eq!(week_start_for_locale("garbage!"), WeekStart::Monday);
        assert_eq!(start_of_week(d("2026-11-27"), WeekStart::Monday), d("2026-11-23"));
        assert_eq!(start_of_week(d("2026-11-27"), WeekStart::Sunday), d("2026-11-22"));
        assert_eq!(start_of_week(d("2026-11-22"), WeekStart::Sunday), d("2026-11-22"));
    }

    #[test]
    fn month_grids_cover_whole_weeks() {
        let g = month_grid(d("2026-02-10"), WeekStart::Monday);
        assert_eq!((g.len(), g[0], *g.last().unwrap()), (35, d("2026-01-26"), d("2026-03-01")));
        // February 2026 starts on a Sunday: four exact rows when weeks start on Sunday.
        let g = month_grid(d("2026-02-10"), WeekStart::Sunday);
        assert_eq!((g.len(), g[0], *g.last().unwrap()), (28, d("2026-02-01"), d("2026-02-28")));
        let g = month_grid(d("2026-08-01"), WeekStart::Monday);
        assert_eq!(g.len(), 42, "August 2026 needs six rows");
        assert_eq!(add_months(d("2026-01-31"), 1), d("2026-02-28"));
        assert_eq!(add_months(d("2026-12-15"), 1), d("2027-01-15"));
        assert_eq!(add_months(d("2026-01-15"), -1), d("2025-12-15"));
        assert_eq!(month_title(d("2026-11-27")), "November 2026");
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
