//! Mutes and bans: their end from a preset or a date, and the time left in words. Tested
//! natively below.

use kith_api::time::{format_rfc3339, parse_rfc3339};

use super::mod_view::day_start;
use crate::ui::format::count;

/// How long a mute or ban lasts.
pub const EXPIRY_CHOICES: [(&str, &str); 5] = [
    ("1d", "1 day"),
    ("7d", "1 week"),
    ("30d", "30 days"),
    ("permanent", "Until lifted (bans only)"),
    ("custom", "Until a date…"),
];

/// The end to send for an expiry choice: RFC 3339 UTC, or `None` for a ban until lifted.
/// A custom `YYYY-MM-DD` date ends at 00:00 UTC that day. Errors are for the moderator.
pub fn expiry_until(choice: &str, custom: &str, now: i64, ban: bool) -> Result<Option<String>, &'static str> {
    let days = match choice {
        "1d" => 1,
        "7d" => 7,
        "30d" => 30,
        "permanent" if ban => return Ok(None),
        "permanent" => return Err("A mute needs an end: choose a length or a date."),
        _ => {
            let t = day_start(custom.trim()).ok_or("Choose the date the sanction ends.")?;
            if t <= now {
                return Err("The end date must be in the future.");
            }
            if t > now + 5 * 365 * 86_400 {
                return Err("The end date is too far away (at most five years).");
            }
            return Ok(Some(format_rfc3339(t)));
        }
    };
    Ok(Some(format_rfc3339(now + days * 86_400)))
}

/// Time left until `until` ("3 more days", "5 more hours", "10 more minutes"); `None` when over.
pub fn remaining(now: i64, until: i64) -> Option<String> {
    let d = until - now;
    if d <= 0 {
        return None;
    }
    let (n, unit) = if d < 3600 {
        ((d + 59) / 60, "more minute")
    } else if d < 2 * 86_400 {
        ((d + 1800) / 3600, "more hour")
    } else {
        ((d + 43_200) / 86_400, "more day")
    };
    Some(count(n as u32, unit))
}

/// "muted for 2 more days" / "banned until lifted"; `None` when the sanction is over.
pub fn sanction_status(verb: &str, now: i64, until: Option<&str>) -> Option<String> {
    match until {
        None => Some(format!("{verb} until lifted")),
        Some(u) => remaining(now, parse_rfc3339(u)?).map(|r| format!("{verb} for {r}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_presets_and_custom_dates() {
        let now = 1_795_802_400; // 2026-11-27T18:00:00Z
        assert_eq!(expiry_until("1d", "", now, false), Ok(Some("2026-11-28T18:00:00Z".into())));
        assert_eq!(expiry_until("7d", "", now, true), Ok(Some("2026-12-04T18:00:00Z".into())));
        assert_eq!(expiry_until("30d", "", now, true), Ok(Some("2026-12-27T18:00:00Z".into())));
        assert_eq!(expiry_until("permanent", "", now, true), Ok(None));
        assert!(expiry_until("permanent", "", now, false).is_err());
        assert_eq!(expiry_until("custom", "2027-01-15", now, false), Ok(Some("2027-01-15T00:00:00Z".into())));
        assert!(expiry_until("custom", "2026-11-27", now, true).is_err());
        assert!(expiry_until("custom", "", now, true).is_err());
        assert!(expiry_until("custom", "2040-01-01", now, true).is_err());
    }

    #[test]
    fn remaining_time_reads_naturally() {
        let now = 1_800_000_000;
        assert_eq!(remaining(now, now + 3 * 86_400).as_deref(), Some("3 more days"));
        assert_eq!(remaining(now, now + 86_400 + 3600).as_deref(), Some("25 more hours"));
        assert_eq!(remaining(now, now + 3600).as_deref(), Some("1 more hour"));
        assert_eq!(remaining(now, now + 61).as_deref(), Some("2 more minutes"));
        assert_eq!(remaining(now, now + 30).as_deref(), Some("1 more minute"));
        assert_eq!(remaining(now, now), None);
        let until = format_rfc3339(now + 2 * 86_400);
        assert_eq!(sanction_status("muted", now, Some(&until)).as_deref(), Some("muted for 2 more days"));
        assert_eq!(sanction_status("banned", now, None).as_deref(), Some("banned until lifted"));
        assert_eq!(sanction_status("banned", now, Some("2000-01-01T00:00:00Z")), None);
    }
}
