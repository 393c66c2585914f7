//! iCalendar (RFC 5545) feeds: a group's calendar and single events. CRLF line ends, lines
//! folded at 75 octets, TEXT values escaped, times in UTC (all-day events as local dates).

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono_tz::Tz;

use super::GroupCtx;
use crate::db::events::{self as edb, EventRow};
use crate::db::series::{self as sdb, SeriesRow};
use crate::db::{self};
use crate::error::{ApiError, ApiResult};
use crate::http::AppState;
use crate::http::extract::Caller;

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (continuations start with a space), never inside a
/// UTF-8 character, and ends every physical line with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for ch in line.chars() {
        let n = ch.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += n;
    }
    out.push_str("\r\n");
    out
}

fn utc(t: i64) -> String {
    let s = kith_api::time::format_rfc3339(t);
    // 2026-11-27T18:00:00Z → 20261127T180000Z
    s.replace(['-', ':'], "")
}

fn local_date(t: i64, zone: &str) -> String {
    let tz: Tz = zone.parse().unwrap_or(Tz::UTC);
    chrono::DateTime::from_timestamp(t, 0).unwrap_or_default().with_timezone(&tz).format("%Y%m%d").to_string()
}

/// SUMMARY, DESCRIPTION, LOCATION and URL, as single events, series and their dates write them.
fn details(out: &mut String, title: &str, description: &str, location: Option<&str>, url: Option<&str>) {
    let mut line = |s: String| out.push_str(&fold(&s));
    line(format!("SUMMARY:{}", escape(title)));
    if !description.is_empty() {
        // Calendars show descriptions as plain text: Markdown read as sentences, not as marks.
        line(format!("DESCRIPTION:{}", escape(&kith_api::text::plain_text(description))));
    }
    if let Some(l) = location {
        line(format!("LOCATION:{}", escape(l)));
    }
    if let Some(u) = url {
        line(format!("URL:{}", u.trim()));
    }
}

/// One event: a single one (its own UID), or a date of a series that differs from the rule
/// (the series' UID and the date's `RECURRENCE-ID`).
fn vevent(e: &EventRow, uid: &str, recurrence_id: Option<String>, stamp: i64, out: &mut String) {
    let mut line = |s: String| out.push_str(&fold(&s));
    line("BEGIN:VEVENT".into());
    line(format!("UID:{uid}"));
    line(format!("DTSTAMP:{}", utc(stamp)));
    if let Some(r) = recurrence_id {
        line(format!("RECURRENCE-ID{r}"));
    }
    if e.all_day {
        line(format!("DTSTART;VALUE=DATE:{}", local_date(e.starts_at, &e.time_zone)));
        line(format!("DTEND;VALUE=DATE:{}", local_date(e.ends_at, &e.time_zone)));
    } else {
        line(format!("DTSTART:{}", utc(e.starts_at)));
        line(format!("DTEND:{}", utc(e.ends_at)));
    }
    details(out, &e.title, &e.description, e.location.as_deref(), e.online_url.as_deref());
    let mut line = |s: String| out.push_str(&fold(&s));
    line(format!("SEQUENCE:{}", (e.version - 1).max(0)));
    line(format!("STATUS:{}", if e.cancelled { "CANCELLED" } else { "CONFIRMED" }));
    line(format!("CATEGORIES:{}", escape(&e.group.name)));
    alarm(out);
    out.push_str(&fold("END:VEVENT"));
}

/// A reminder an hour before, as Kith's own reminders do.
fn alarm(out: &mut String) {
    for l in ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT1H", "END:VALARM"] {
        out.push_str(&fold(l));
    }
}

/// A local time in the series' zone, `TZID=…:YYYYMMDDTHHMMSS` (or a date for all-day).
fn zoned(t: i64, zone: &str, all_day: bool) -> String {
    let tz: Tz = zone.parse().unwrap_or(Tz::UTC);
    let local = chrono::DateTime::from_timestamp(t, 0).unwrap_or_default().with_timezone(&tz);
    if all_day {
        format!(";VALUE=DATE:{}", local.format("%Y%m%d"))
    } else {
        format!(";TZID={zone}:{}", local.format("%Y%m%dT%H%M%S"))
    }
}

/// A `VTIMEZONE` for a zone the series name in `TZID`s, with the zone's clock rules of `year`
/// as yearly observances (`BYMONTH` and the nth or last weekday), as RFC 5545 asks of every
/// `TZID` used. A zone without clock changes gets one `STANDARD` observance.
pub fn vtimezone(zone: &str, year: i32) -> String {
    use chrono::{Datelike, Offset, TimeZone, Timelike};
    let tz: Tz = zone.parse().unwrap_or(Tz::UTC);
    let offset_at = |t: i64| {
        tz.offset_from_utc_datetime(&chrono::DateTime::from_timestamp(t, 0).unwrap_or_default().naive_utc())
            .fix()
            .local_minus_utc()
    };
    let hhmm = |secs: i32| {
        let sign = if secs < 0 { '-' } else { '+' };
        let a = secs.unsigned_abs();
        format!("{sign}{:02}{:02}", a / 3600, a % 3600 / 60)
    };
    let y0 = chrono::NaiveDate::from_ymd_opt(year, 1, 1)
        .map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().timestamp())
        .unwrap_or(0);
    // Transitions of the year, found hour by hour and narrowed to the second.
    let mut changes = Vec::new();
    let mut prev = offset_at(y0);
    let mut t = y0;
    while t < y0 + 366 * 86_400 {
        let next = offset_at(t + 3600);
        if next != prev {
            let (mut lo, mut hi) = (t, t + 3600);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if offset_at(mid) == prev { lo = mid } else { hi = mid }
            }
            changes.push((hi, prev, next));
            prev = next;
        }
        t += 3600;
    }
    let mut out = String::new();
    let mut line = |l: String| out.push_str(&fold(&l));
    line("BEGIN:VTIMEZONE".into());
    line(format!("TZID:{zone}"));
    if changes.is_empty() {
        line("BEGIN:STANDARD".into());
        line("DTSTART:19700101T000000".into());
        line(format!("TZOFFSETFROM:{}", hhmm(prev)));
        line(format!("TZOFFSETTO:{}", hhmm(prev)));
        line("END:STANDARD".into());
    }
    for (at, from, to) in changes {
        // The wall time the change happens at, on the clock before it.
        let local = chrono::DateTime::from_timestamp(at + from as i64, 0).unwrap_or_default().naive_utc();
        let d = local.date();
        let days = kith_api::time::days_in_month(d.year() as i64, d.month());
        let nth = if d.day() + 7 > days { -1 } else { (d.day() as i32 - 1) / 7 + 1 };
        let wd = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][d.weekday().num_days_from_monday() as usize];
        let kind = if to > from { "DAYLIGHT" } else { "STANDARD" };
        line(format!("BEGIN:{kind}"));
        // The observance's first onset: the same rule in 1970.
        let m = d.month();
        let first = kith_api::time::days_from_civil(1970, m, 1);
        let wdn = d.weekday().num_days_from_monday() as i64;
        let off = (wdn - kith_api::recur::weekday_of(first) as i64).rem_euclid(7);
        let len = kith_api::time::days_in_month(1970, m) as i64;
        let day = if nth < 0 { off + 1 + (len - 1 - off) / 7 * 7 } else { off + 1 + 7 * (nth as i64 - 1) };
        line(format!(
            "DTSTART:1970{m:02}{day:02}T{:02}{:02}{:02}",
            local.hour(),
            local.minute(),
            local.second()
        ));
        line(format!("TZOFFSETFROM:{}", hhmm(from)));
        line(format!("TZOFFSETTO:{}", hhmm(to)));
        line(format!("RRULE:FREQ=YEARLY;BYMONTH={};BYDAY={nth}{wd}", d.month()));
        line(format!("END:{kind}"));
    }
    line("END:VTIMEZONE".into());
    out
}

/// A series as one `VEVENT` with `RRULE` and `EXDATE`, and its dates that differ from the rule
/// (moved, edited or cancelled on their own) as `RECURRENCE-ID` overrides of the same `UID`.
fn vseries(s: &SeriesRow, group: &str, rows: &[&EventRow], skipped: &[i64], stamp: i64, out: &mut String) {
    let uid = format!("series-{}@kith", s.id);
    let z = &s.time_zone;
    let mut master = |l: String| out.push_str(&fold(&l));
    master("BEGIN:VEVENT".into());
    master(format!("UID:{uid}"));
    master(format!("DTSTAMP:{}", utc(stamp)));
    let first_end = s
        .dates_between(s.starts_at, s.starts_at + 1)
        .first()
        .map(|d| d.1)
        .unwrap_or(s.starts_at + s.duration);
    master(format!("DTSTART{}", zoned(s.starts_at, z, s.all_day)));
    master(format!("DTEND{}", zoned(first_end, z, s.all_day)));
    let mut rule = s.rule();
    // A paused series ends at its last planned date.
    if s.paused {
        rule.count = None;
        rule.until = Some(rows.iter().filter_map(|e| e.occurrence_start).max().unwrap_or(s.starts_at));
    }
    master(format!("RRULE:{}", rule.to_rrule()));
    for t in skipped {
        master(format!("EXDATE{}", zoned(*t, z, s.all_day)));
    }
    details(out, &s.title, &s.description, s.location.as_deref(), s.online_url.as_deref());
    let mut master = |l: String| out.push_str(&fold(&l));
    master("STATUS:CONFIRMED".into());
    master(format!("CATEGORIES:{}", escape(group)));
    alarm(out);
    out.push_str(&fold("END:VEVENT"));
    for e in rows {
        let Some(occ) = e.occurrence_start else { continue };
        let follows = !e.detached
            && !e.cancelled
            && e.starts_at == occ
            && e.title == s.title
            && e.description == s.description
            && e.location == s.location
            && e.online_url == s.online_url;
        if follows {
            continue;
        }
        vevent(e, &uid, Some(zoned(occ, z, s.all_day)), stamp, out);
    }
}

/// A whole calendar: single events, and each series once (with its overrides).
pub fn calendar(name: &str, events: &[EventRow], series: &[(SeriesRow, Vec<i64>)], stamp: i64) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Kith//kith-server 0.1.0//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(l));
    }
    out.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(name))));
    // One VTIMEZONE per zone the series' TZIDs name (all-day series use dates, no TZID).
    let mut zones: Vec<(&str, i32)> = Vec::new();
    for (s, _) in series.iter().filter(|(s, _)| !s.all_day) {
        if !zones.iter().any(|(z, _)| *z == s.time_zone) {
            let year = chrono::Datelike::year(&crate::domain::recurrence::utc_to_local(s.tz(), s.starts_at));
            zones.push((&s.time_zone, year));
        }
    }
    for (z, year) in zones {
        out.push_str(&vtimezone(z, year));
    }
    for e in events.iter().filter(|e| e.series_id.is_none()) {
        vevent(e, &format!("event-{}@kith", e.id), None, stamp, &mut out);
    }
    for (s, skipped) in series {
        let rows: Vec<&EventRow> = events.iter().filter(|e| e.series_id == Some(s.id)).collect();
        let group = rows.first().map(|e| e.group.name.as_str()).unwrap_or(name);
        vseries(s, group, &rows, skipped, stamp, &mut out);
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

fn ics_response(body: String, filename: &str) -> Response {
    let mut resp = (StatusCode::OK, body).into_response();
    let h = resp.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    if let Ok(v) = HeaderValue::from_str(&format!("inline; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    resp
}

pub async fn group_calendar(
    State(st): State<AppState>,
    caller: Caller,
    Path(slug): Path<String>,
) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let ctx = GroupCtx::load(&mut c, &slug, caller.id()).await?;
    ctx.require_read()?;
    let events = edb::all_of_group(&mut c, ctx.g.id).await?;
    let mut sids: Vec<i64> = events.iter().filter_map(|e| e.series_id).collect();
    sids.sort_unstable();
    sids.dedup();
    let mut series = Vec::new();
    for (_, s) in sdb::by_ids(&mut c, &sids).await?.into_iter().collect::<std::collections::BTreeMap<_, _>>()
    {
        let skipped = sdb::skips(&mut c, s.id).await?;
        series.push((s, skipped));
    }
    Ok(ics_response(calendar(&ctx.g.name, &events, &series, db::now()), &format!("{}.ics", ctx.g.slug)))
}

pub async fn event_ics(st: &AppState, caller: Caller, id: i64) -> ApiResult<Response> {
    let mut c = st.db.pool.acquire().await?;
    let e = edb::event(&mut c, id).await?.ok_or_else(|| ApiError::not_found("event"))?;
    let ctx = GroupCtx::load_id(&mut c, e.group_id, caller.id()).await?;
    ctx.require_read()?;
    // One date of a series on its own: a plain event.
    let mut single = e.clone();
    single.series_id = None;
    Ok(ics_response(
        calendar(&e.title, std::slice::from_ref(&single), &[], db::now()),
        &format!("event-{}.ics", e.id),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r\n"), "a\\,b\\;c\\\\d\\ne\\n");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "ä".repeat(60));
        let folded = fold(&line);
        assert!(folded.ends_with("\r\n"));
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold("SHORT"), "SHORT\r\n");
    }

    #[test]
    fn time_zones_carry_their_yearly_clock_rules() {
        let berlin = vtimezone("Europe/Berlin", 2026);
        assert!(berlin.contains("BEGIN:DAYLIGHT\r\nDTSTART:19700329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), "{berlin}");
        assert!(berlin.contains("BEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), "{berlin}");
        let ny = vtimezone("America/New_York", 2027);
        assert!(ny.contains("DTSTART:19700308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"), "{ny}");
        let tokyo = vtimezone("Asia/Tokyo", 2027);
        assert!(
            tokyo.contains("TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900") && !tokyo.contains("RRULE"),
            "{tokyo}"
        );
    }

    #[test]
    fn times_are_utc_basic_format_and_all_day_uses_local_dates() {
        assert_eq!(utc(1_795_802_400), "20261127T180000Z");
        // 2026-07-09T22:00:00Z is July 10 in Berlin.
        let t = kith_api::time::parse_rfc3339("2026-07-09T22:00:00Z").unwrap();
        assert_eq!(local_date(t, "Europe/Berlin"), "20260710");
        assert_eq!(local_date(t, "America/New_York"), "20260709");
    }
}
