//! iCalendar (RFC 5545) exports of one event and of a group's calendar.

use kith_api::time::{days_from_civil, days_in_month, parse_rfc3339};
use kith_api::*;

use super::client::Resp;
use super::world::{self, World};
use super::{Outcome, Suite, need};

/// Unfolds content lines (a CRLF followed by a space or tab continues the line).
pub(super) fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split("\r\n") {
        if let Some(rest) = raw.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.push_str(rest);
            continue;
        }
        lines.push(raw.to_string());
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Unix seconds of the last Sunday of a month at 01:00 UTC (EU summer-time switches).
fn last_sunday_0100(y: i64, m: u32) -> i64 {
    let last = days_from_civil(y, m, days_in_month(y, m));
    let weekday = (last + 4).rem_euclid(7); // 0 = Sunday
    (last - weekday) * 86_400 + 3600
}

/// Europe/Berlin's UTC offset at a UTC instant.
fn berlin_offset(t: i64) -> i64 {
    let (y, _, _) = kith_api::time::civil_from_days(t.div_euclid(86_400));
    if t >= last_sunday_0100(y, 3) && t < last_sunday_0100(y, 10) { 7200 } else { 3600 }
}

/// The instant a `DTSTART` line names (UTC `…Z`, or a local time with TZID Europe/Berlin or
/// UTC).
pub(super) fn dtstart(line: &str) -> Outcome<i64> {
    let (params, value) = line.rsplit_once(':').ok_or_else(|| format!("malformed {line:?}"))?;
    let b = value.as_bytes();
    ensure!(b.len() >= 15 && b[8] == b'T', "DTSTART value {value:?} is not a date-time");
    let iso = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &value[0..4],
        &value[4..6],
        &value[6..8],
        &value[9..11],
        &value[11..13],
        &value[13..15]
    );
    let t = parse_rfc3339(&iso).ok_or_else(|| format!("DTSTART value {value:?} is not a date-time"))?;
    if value.ends_with('Z') {
        return Ok(t);
    }
    if params.contains("TZID=Europe/Berlin") {
        return Ok(t - berlin_offset(t - 3600));
    }
    if params.contains("TZID=UTC") || params.contains("TZID=Etc/UTC") {
        return Ok(t);
    }
    Err(format!("cannot interpret {line:?} (expected UTC or TZID=Europe/Berlin)"))
}

fn calendar(r: Resp) -> Outcome<String> {
    let r = r.expect(200)?;
    ensure!(
        r.media_type() == "text/calendar",
        "Content-Type is {:?}, expected text/calendar",
        r.header("content-type").unwrap_or("none")
    );
    Ok(r.text())
}

pub fn run(s: &Suite, w: &World) {
    let h = &s.http;
    let description = "A long description so that the line must be folded: ".repeat(3);
    let Some((event, private_event)) = s.setup("ics", || {
        let mut spec = w.new_event(&w.title("Star gazing"), 72, Some(10));
        spec.description = description.clone();
        let e = world::create_event(h, &w.moderator, &w.public.slug, &spec)?;
        let p = world::create_event(
            h,
            &w.owner,
            &w.private.slug,
            &w.new_event(&w.title("Secret meeting"), 72, None),
        )?;
        Ok((e, p))
    }) else {
        return;
    };
    let path = format!("/events/{}.ics", event.id);
    let text = s.check_value("ics/event-200-text-calendar", || calendar(h.get(&path).send()?));
    s.check("ics/description-is-plain-text", || {
        let mut spec = w.new_event(&w.title("Night walk"), 96, None);
        spec.description = "**Bring** a torch!\n\n- warm socks\n- [the map](https://example.org/map)".into();
        let e = world::create_event(h, &w.moderator, &w.public.slug, &spec)?;
        let t = calendar(h.get(format!("/events/{}.ics", e.id)).send()?)?;
        let line =
            unfold(&t).into_iter().find(|l| l.starts_with("DESCRIPTION:")).ok_or("no DESCRIPTION line")?;
        ensure!(
            line == "DESCRIPTION:Bring a torch! warm socks. the map",
            "{line:?} is not the description as plain text (DESCRIPTION:Bring a torch! warm socks. the map)"
        );
        Ok(())
    });
    s.check("ics/event-lines-end-crlf", || {
        let t = need(&text, "ics/event-200-text-calendar")?;
        ensure!(t.ends_with("\r\n"), "the calendar does not end with CRLF");
        let bare =
            t.char_indices().filter(|(i, c)| *c == '\n' && (*i == 0 || t.as_bytes()[i - 1] != b'\r')).count();
        ensure!(bare == 0, "{bare} line(s) end with a bare LF instead of CRLF");
        Ok(())
    });
    s.check("ics/event-structure", || {
        let t = need(&text, "ics/event-200-text-calendar")?;
        let lines = unfold(t);
        ensure!(
            lines.first().map(String::as_str) == Some("BEGIN:VCALENDAR"),
            "the first line is {:?}",
            lines.first()
        );
        ensure!(
            lines.last().map(String::as_str) == Some("END:VCALENDAR"),
            "the last line is {:?}",
            lines.last()
        );
        for want in ["VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT"] {
            ensure!(lines.iter().any(|l| l == want), "no {want} line");
        }
        for prefix in ["PRODID", "UID", "DTSTAMP", "DTSTART", "DTEND"] {
            ensure!(lines.iter().any(|l| l.starts_with(prefix)), "no {prefix} property");
        }
        let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
        ensure!(events == 1, "{events} VEVENTs in a one-event export");
        Ok(())
    });
    s.check("ics/event-dtstart-matches-api", || {
        let t = need(&text, "ics/event-200-text-calendar")?;
        let lines = unfold(t);
        let line = lines.iter().find(|l| l.starts_with("DTSTART")).ok_or("no DTSTART")?;
        let got = dtstart(line)?;
        let want = parse_rfc3339(&event.starts_at).ok_or("starts_at does not parse")?;
        ensure!(got == want, "{line} is not the API's starts_at {}", event.starts_at);
        Ok(())
    });
    s.check("ics/event-summary-is-title", || {
        let t = need(&text, "ics/event-200-text-calendar")?;
        let want = format!("SUMMARY:{}", event.title);
        ensure!(unfold(t).contains(&want), "no line {want:?}");
        Ok(())
    });
    s.check("ics/long-lines-folded-75-octets", || {
        let t = need(&text, "ics/event-200-text-calendar")?;
        let long: Vec<&str> = t.split("\r\n").filter(|l| l.len() > 75).collect();
        ensure!(
            long.is_empty(),
            "{} line(s) exceed 75 octets (RFC 5545 §3.1 folds them), e.g. {:?}",
            long.len(),
            long.first().map(|l| super::client::snippet(l, 90))
        );
        Ok(())
    });
    s.check("ics/group-calendar-200", || {
        let t = calendar(h.get(format!("/groups/{}/calendar.ics", w.public.slug)).send()?)?;
        let lines = unfold(&t);
        ensure!(
            lines.first().map(String::as_str) == Some("BEGIN:VCALENDAR"),
            "the first line is {:?}",
            lines.first()
        );
        ensure!(lines.iter().any(|l| l == "VERSION:2.0"), "no VERSION:2.0");
        let want = format!("SUMMARY:{}", event.title);
        ensure!(lines.contains(&want), "the group calendar lacks {want:?}");
        ensure!(t.split('\n').all(|l| l.is_empty() || l.ends_with('\r')), "lines do not end with CRLF");
        Ok(())
    });
    s.check("ics/private-group-calendar-outsider-403", || {
        h.get(format!("/groups/{}/calendar.ics", w.private.slug))
            .by(&w.outsider)
            .send()?
            .expect_problem(403, codes::MEMBERS_ONLY)?;
        Ok(())
    });
    s.check("ics/private-group-calendar-member-200", || {
        let t = calendar(h.get(format!("/groups/{}/calendar.ics", w.private.slug)).by(&w.alice).send()?)?;
        let want = format!("SUMMARY:{}", private_event.title);
        ensure!(unfold(&t).contains(&want), "the member's calendar lacks {want:?}");
        Ok(())
    });
    s.check("ics/private-event-outsider-403", || {
        h.get(format!("/events/{}.ics", private_event.id))
            .by(&w.outsider)
            .send()?
            .expect_problem_in(&[403, 404], &[codes::MEMBERS_ONLY, codes::NOT_FOUND])?;
        Ok(())
    });
    s.check("ics/unknown-event-404", || {
        h.get("/events/987654321.ics").send()?.expect_problem(404, codes::NOT_FOUND)?;
        Ok(())
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_and_reads_dtstart() {
        let text = "BEGIN:VCALENDAR\r\nSUMMARY:a long\r\n  title\r\nEND:VCALENDAR\r\n";
        assert_eq!(unfold(text), ["BEGIN:VCALENDAR", "SUMMARY:a long title", "END:VCALENDAR"]);
        let t = parse_rfc3339("2026-12-01T18:00:00Z").unwrap();
        assert_eq!(dtstart("DTSTART:20261201T180000Z").unwrap(), t);
        assert_eq!(dtstart("DTSTART;TZID=Europe/Berlin:20261201T190000").unwrap(), t);
        let summer = parse_rfc3339("2026-07-01T18:00:00Z").unwrap();
        assert_eq!(dtstart("DTSTART;TZID=Europe/Berlin:20260701T200000").unwrap(), summer);
        assert!(dtstart("DTSTART;VALUE=DATE:20261201").is_err());
    }
}
