//! Mutes and bans: their end from a preset or a date, and the time left in words. Tested
//! natively below.

use kith_api::time::{format_rfc3339, parse_rfc3339};

use super::mod_view::day_start;
use crate::tr;

/// How long a mute or ban lasts: the picker's values, in its order.
pub const EXPIRY_CHOICES: [&str; 5] = ["1d", "7d", "30d", "permanent", "custom"];

/// An expiry choice's words ("1 day", "1 week"…).
pub fn expiry_label(choice: &str) -> String {
    match choice {
        "1d" => tr!("mod-expiry-days", count = 1u32),
        "7d" => tr!("mod-expiry-weeks", count = 1u32),
        "30d" => tr!("mod-expiry-days", count = 30u32),
        "permanent" => tr!("mod-expiry-permanent"),
        _ => tr!("mod-expiry-custom"),
    }
}

/// The end to send for an expiry choice: RFC 3339 UTC, or `None` for a ban until lifted.
/// A custom `YYYY-MM-DD` date ends at 00:00 UTC that day. Errors are for the moderator.
pub fn expiry_until(choice: &str, custom: &str, now: i64, ban: bool) -> Result<Option<String>, String> {
    let days = match choice {
        "1d" => 1,
        "7d" => 7,
        "30d" => 30,
        "permanent" if ban => return Ok(None),
        "permanent" => return Err(tr!("mod-expiry-mute-needs-end")),
        _ => {
            let t = day_start(custom.trim()).ok_or_else(|| tr!("mod-expiry-choose-date"))?;
            if t <= now {
                return Err(tr!("mod-expiry-past"));
            }
            if t > now + 5 * 365 * 86_400 {
                return Err(tr!("mod-expiry-too-far"));
            }
            return Ok(Some(format_rfc3339(t)));
        }
    };
    Ok(Some(format_rfc3339(now + days * 86_400)))
}

/// A mute or a ban.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sanction {
    Mute,
    Ban,
}

/// The unit time left is said in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Minute,
    Hour,
    Day,
}

/// Time left until `until`, rounded to the unit that reads naturally (`None` when over):
/// minutes under an hour, hours under two days, then days.
pub fn remaining(now: i64, until: i64) -> Option<(u32, Unit)> {
    let d = until - now;
    if d <= 0 {
        return None;
    }
    let (n, unit) = if d < 3600 {
        ((d + 59) / 60, Unit::Minute)
    } else if d < 2 * 86_400 {
        ((d + 1800) / 3600, Unit::Hour)
    } else {
        ((d + 43_200) / 86_400, Unit::Day)
    };
    Some((n as u32, unit))
}

/// "muted for 2 more days" / "banned until lifted"; `None` when the sanction is over.
pub fn sanction_status(kind: Sanction, now: i64, until: Option<&str>) -> Option<String> {
    let Some(u) = until else {
        return Some(match kind {
            Sanction::Mute => tr!("mod-muted-until-lifted"),
            Sanction::Ban => tr!("mod-banned-until-lifted"),
        });
    };
    let (count, unit) = remaining(now, parse_rfc3339(u)?)?;
    Some(match (kind, unit) {
        (Sanction::Mute, Unit::Minute) => tr!("mod-muted-minutes", count = count),
        (Sanction::Mute, Unit::Hour) => tr!("mod-muted-hours", count = count),
        (Sanction::Mute, Unit::Day) => tr!("mod-muted-days", count = count),
        (Sanction::Ban, Unit::Minute) => tr!("mod-banned-minutes", count = count),
        (Sanction::Ban, Unit::Hour) => tr!("mod-banned-hours", count = count),
        (Sanction::Ban, Unit::Day) => tr!("mod-banned-days", count = count),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_presets_and_custom_dates() {
        let now = 1_795_802_400; // 2026-11-27T18:00:00Z
        assert_eq!(expiry_until("1d", "", now, false), Ok(Some("2026-11-28T18:00:00Z".into())));
        assert_eq!(EXPIRY_CHOICES.map(expiry_label)[..3], ["1 day", "1 week", "30 days"]);
        assert_eq!(
            expiry_until("custom", "2026-11-27", now, true),
            Err("The end date must be in the future.".into())
        );
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
        let status = |kind, secs: i64| sanction_status(kind, now, Some(&format_rfc3339(now + secs)));
        use Sanction::*;
        assert_eq!(status(Mute, 3 * 86_400).as_deref(), Some("muted for 3 more days"));
        assert_eq!(status(Ban, 86_400 + 3600).as_deref(), Some("banned for 25 more hours"));
        assert_eq!(status(Mute, 3600).as_deref(), Some("muted for 1 more hour"));
        assert_eq!(status(Ban, 61).as_deref(), Some("banned for 2 more minutes"));
        assert_eq!(status(Mute, 30).as_deref(), Some("muted for 1 more minute"));
        assert_eq!(status(Mute, 0), None);
        assert_eq!(remaining(now, now + 2 * 86_400), Some((2, Unit::Day)));
        assert_eq!(status(Mute, 2 * 86_400).as_deref(), Some("muted for 2 more days"));
        assert_eq!(sanction_status(Ban, now, None).as_deref(), Some("banned until lifted"));
        assert_eq!(sanction_status(Ban, now, Some("2000-01-01T00:00:00Z")), None);
    }
}
