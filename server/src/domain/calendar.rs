//! Time zones and all-day events.

use chrono::{NaiveTime, TimeZone};
use chrono_tz::Tz;

pub fn zone_known(z: &str) -> bool {
    z.parse::<Tz>().is_ok()
}

/// All-day events span whole local days: the start moves to local midnight of its day, the
/// end to the local midnight after its last day.
pub fn all_day_bounds(starts: i64, ends: i64, zone: &str) -> (i64, i64) {
    let Ok(tz) = zone.parse::<Tz>() else {
        return (starts, ends);
    };
    let local = |t: i64| chrono::DateTime::from_timestamp(t, 0).unwrap_or_default().with_timezone(&tz);
    let midnight = |d: chrono::NaiveDate| -> i64 {
        let naive = d.and_time(NaiveTime::MIN);
        match tz.from_local_datetime(&naive) {
            chrono::LocalResult::Single(t) => t.timestamp(),
            chrono::LocalResult::Ambiguous(t, _) => t.timestamp(),
            // Midnight skipped by a DST change: take the first instant of the day.
            chrono::LocalResult::None => tz
                .from_utc_datetime(&(naive - chrono::Duration::hours(1)))
                .timestamp()
                .max(tz.from_utc_datetime(&naive).timestamp()),
        }
    };
    let s = local(starts);
    let first = s.date_naive();
    let e = local(ends);
    let last_excl = if e.time() == NaiveTime::MIN {
        e.date_naive()
    } else {
        e.date_naive().succ_opt().unwrap_or(e.date_naive())
    };
    let last_excl = if last_excl <= first { first.succ_opt().unwrap_or(first) } else { last_excl };
    (midnight(first), midnight(last_excl))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::time::{format_rfc3339, parse_rfc3339};

    #[test]
    fn all_day_events_snap_to_local_midnights() {
        // 2026-07-10 10:00 UTC in Berlin (UTC+2) is July 10; the day ends July 11 00:00 local.
        let s = parse_rfc3339("2026-07-10T10:00:00Z").unwrap();
        let e = parse_rfc3339("2026-07-10T12:00:00Z").unwrap();
        let (a, b) = all_day_bounds(s, e, "Europe/Berlin");
        assert_eq!(format_rfc3339(a), "2026-07-09T22:00:00Z");
        assert_eq!(format_rfc3339(b), "2026-07-10T22:00:00Z");
        // Already on midnights: unchanged.
        assert_eq!(all_day_bounds(a, b, "Europe/Berlin"), (a, b));
        assert!(zone_known("America/New_York") && !zone_known("Mars/Olympus"));
    }
}
