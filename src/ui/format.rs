//! Small wording helpers: relative times, dates and times of day in the member's locale, and
//! text cut to one line.

use kith_api::time::parse_rfc3339;

/// How long ago `then` was, both in Unix seconds, in the member's language: "just now",
/// "5 minutes ago", "3 days ago" (`Intl.RelativeTimeFormat`), then a date ("12 Mar 2026").
pub fn ago(now: i64, then: i64) -> String {
    use crate::core::i18n::intl::relative;
    let d = now - then;
    if d < 45 {
        return crate::tr!("time-just-now");
    }
    let minutes = (d + 30) / 60;
    if minutes < 60 {
        return relative(-minutes, "minute");
    }
    let hours = (d + 1800) / 3600;
    if hours < 24 {
        return relative(-hours, "hour");
    }
    let days = d / 86_400;
    if days < 30 {
        return relative(-days, "day");
    }
    date(then)
}

/// A date like "12 Mar 2026" (UTC), in the member's locale.
pub fn date(t: i64) -> String {
    crate::core::i18n::intl::format(crate::core::i18n::intl::Style::Date, t)
}

/// `ago` for an RFC 3339 string; an unreadable time reads "some time ago" rather than failing.
pub fn ago_rfc3339(now: i64, then: &str) -> String {
    parse_rfc3339(then).map_or_else(|| crate::tr!("time-some-time-ago"), |t| ago(now, t))
}

/// `HH:MM` of local wall-clock seconds, for machine use (form values, `datetime=`).
pub fn hhmm(local: i64) -> String {
    let s = local.rem_euclid(86_400);
    format!("{:02}:{:02}", s / 3600, s % 3600 / 60)
}

/// The time of day of local wall-clock seconds as the member reads it: "14:30", or "2:30 PM"
/// where the locale says so.
pub fn clock(local: i64) -> String {
    crate::core::i18n::intl::format(crate::core::i18n::intl::Style::Time, local.rem_euclid(86_400))
}

/// The first `n` characters of member text on one line (whitespace collapsed), with "…" when cut.
pub fn one_line(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        format!("{}…", flat.chars().take(n).collect::<String>().trim_end())
    }
}

/// The browser's offset from UTC at Unix time `t`, in seconds (its daylight saving included):
/// add it to `t` for local wall-clock seconds.
pub fn local_offset_secs(t: i64) -> i64 {
    let ms = wasm_bindgen::JsValue::from_f64(t as f64 * 1000.0);
    -(js_sys::Date::new(&ms).get_timezone_offset() as i64) * 60
}

/// The current time in Unix seconds (browser clock).
pub fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times_read_naturally() {
        let now = 1_800_000_000;
        assert_eq!(ago(now, now - 10), "just now");
        assert_eq!(ago(now, now - 60), "1 minute ago");
        assert_eq!(ago(now, now - 60 * 5), "5 minutes ago");
        assert_eq!(ago(now, now - 3600 * 3), "3 hours ago");
        assert_eq!(ago(now, now - 86_400 - 5), "yesterday");
        assert_eq!(ago(now, now - 86_400 * 4), "4 days ago");
        assert_eq!(ago(now, 1_795_802_400 - 86_400 * 60), "28 Sep 2026");
        assert_eq!(ago_rfc3339(now, "garbage"), "some time ago");
    }
}
