//! The problems of an event and its repeat rule in the member's language. The rules are shared
//! with the server (`kith_api::validate`, `kith_api::recur`), which words them in English; the
//! form (and the server's 422 field errors, which say the same) shows them through the catalog
//! instead. A problem this module does not know is shown as it came. Tested natively below.

use crate::tr;

/// The field a shared rule names ("The title …"), as the catalog's selectors know it.
fn field_of(what: &str) -> Option<&'static str> {
    Some(match what {
        "The title" => "title",
        "The location" => "location",
        _ => return None,
    })
}

fn number(s: &str) -> Option<u32> {
    s.parse().ok()
}

/// One problem's text in the member's language (English stays word for word what the rules say).
pub fn localized_detail(detail: &str) -> Option<String> {
    let fixed = match detail {
        "The title is required." => tr!("events-problem-title-required"),
        "The description cannot contain control characters (line breaks and tabs are fine)." => {
            tr!("events-problem-description-chars")
        }
        "The start is not a valid date and time." => tr!("events-problem-start-invalid"),
        "The end is not a valid date and time." => tr!("events-problem-end-invalid"),
        "The start must be between 1970 and the end of 2199." => tr!("events-problem-start-range"),
        "The end must be between 1970 and the end of 2199." => tr!("events-problem-end-range"),
        "The end must be after the start." => tr!("events-problem-end-before-start"),
        "Capacity must be at least 1 (leave it empty for no limit)." => tr!("events-problem-capacity"),
        "Use a link that starts with http:// or https://." => tr!("events-problem-link-scheme"),
        "The link has no host." => tr!("events-problem-link-host"),
        "A link cannot contain spaces." => tr!("events-problem-link-spaces"),
        "The link is too long." => tr!("events-problem-link-long"),
        "At most 7 weekdays." => tr!("events-problem-too-many-days"),
        "A weekday is MO, TU, WE, TH, FR, SA or SU, numbered -5 to 5 for monthly rules (1TH, -1FR)." => {
            tr!("events-problem-bad-day")
        }
        "Numbered weekdays (like 1TH) only go with monthly rules." => tr!("events-problem-numbered-monthly"),
        "This weekday is listed twice." => tr!("events-problem-day-twice"),
        "Give either an end date or a number of dates, not both." => tr!("events-problem-count-and-until"),
        "The end date must be an RFC 3339 time." => tr!("events-problem-until-format"),
        "The end date must be between 1970 and 2199." => tr!("events-problem-until-range"),
        "The end date is before the first date." => tr!("events-problem-until-before"),
        _ => return other_detail(detail),
    };
    Some(fixed)
}

/// The problems with numbers or names in them.
fn other_detail(detail: &str) -> Option<String> {
    if let Some(what) =
        detail.strip_suffix(" cannot contain control characters, line breaks or text-direction overrides.")
    {
        return Some(tr!("events-problem-line-chars", field = field_of(what)?));
    }
    if let Some((what, rest)) = detail.split_once(" can have at most ") {
        if let Some(max) = rest.strip_suffix(" characters.").filter(|_| what == "The description") {
            return Some(tr!("events-problem-description-long", max = number(max)?));
        }
        let field = field_of(what)?;
        let (max, count) = rest.strip_suffix(").")?.split_once(" characters (it has ")?;
        return Some(tr!(
            "events-problem-too-long",
            field = field,
            max = number(max)?,
            count = number(count)?
        ));
    }
    if let Some(days) =
        detail.strip_prefix("An event can last at most ").and_then(|r| r.strip_suffix(" days."))
    {
        return Some(tr!("events-problem-event-days", days = number(days)?));
    }
    if let Some(zone) = detail.strip_prefix('"').and_then(|r| r.strip_suffix("\" is not a known time zone."))
    {
        return Some(tr!("events-problem-unknown-zone", zone = zone));
    }
    if let Some(max) =
        detail.strip_prefix("The interval must be between 1 and ").and_then(|r| r.strip_suffix('.'))
    {
        return Some(tr!("events-problem-interval", max = number(max)?));
    }
    if let Some(max) =
        detail.strip_prefix("The number of dates must be between 1 and ").and_then(|r| r.strip_suffix('.'))
    {
        return Some(tr!("events-problem-count-range", max = number(max)?));
    }
    None
}

crate::area_problems!();

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::recur::check_recurrence;
    use kith_api::validate::{LIMITS, http_url_problem, validate_new_event};
    use kith_api::{Freq, NewEvent, Recurrence};

    fn event(f: impl FnOnce(&mut NewEvent)) -> NewEvent {
        let mut e = NewEvent {
            title: "Walk".into(),
            description: String::new(),
            starts_at: "2026-12-03T18:00:00Z".into(),
            ends_at: "2026-12-03T20:00:00Z".into(),
            all_day: false,
            time_zone: "Europe/Berlin".into(),
            location: None,
            online_url: None,
            capacity: None,
            recurrence: None,
        };
        f(&mut e);
        e
    }

    #[test]
    fn every_rule_of_events_and_repeats_reads_the_same_in_english() {
        let known = |z: &str| z == "Europe/Berlin";
        let cases = [
            validate_new_event(&event(|e| e.title = String::new()), known),
            validate_new_event(&event(|e| e.title = "t".repeat(LIMITS.max_event_title as usize + 1)), known),
            validate_new_event(&event(|e| e.title = "a\u{202E}b".into()), known),
            validate_new_event(&event(|e| e.location = Some("a\nb".into())), known),
            validate_new_event(&event(|e| e.location = Some("l".repeat(201))), known),
            validate_new_event(
                &event(|e| e.description = "d".repeat(LIMITS.max_event_description as usize + 1)),
                known,
            ),
            validate_new_event(&event(|e| e.description = "x\u{7}".into()), known),
            validate_new_event(&event(|e| (e.starts_at, e.ends_at) = ("x".into(), "y".into())), known),
            validate_new_event(
                &event(|e| {
                    (e.starts_at, e.ends_at) = ("2300-01-01T00:00:00Z".into(), "2300-01-02T00:00:00Z".into())
                }),
                known,
            ),
            validate_new_event(&event(|e| e.ends_at = "2026-12-03T17:00:00Z".into()), known),
            validate_new_event(&event(|e| e.ends_at = "2027-02-03T17:00:00Z".into()), known),
            validate_new_event(&event(|e| e.time_zone = "Mars/Olympus".into()), known),
            validate_new_event(&event(|e| e.capacity = Some(0)), known),
        ];
        let links = ["ftp://x", "https://", "https://a b", &format!("https://{}", "a".repeat(2001))]
            .map(|u| http_url_problem(u).unwrap());
        let rule = |interval, by_day: &[&str], count, until: Option<&str>| Recurrence {
            freq: Freq::Weekly,
            interval,
            by_day: by_day.iter().map(|s| s.to_string()).collect(),
            count,
            until: until.map(String::from),
        };
        let starts = kith_api::time::parse_rfc3339("2026-12-03T18:00:00Z");
        let rules = [
            rule(0, &[], None, None),
            rule(1, &["MO", "TU", "WE", "TH", "FR", "SA", "SU", "MO"], None, None),
            rule(1, &["XX", "1TH", "MO", "MO"], Some(0), None),
            rule(1, &[], Some(3), Some("garbage")),
            rule(1, &[], None, Some("2300-01-01T00:00:00Z")),
            rule(1, &[], None, Some("2026-12-01T00:00:00Z")),
        ]
        .map(|r| check_recurrence(&r, starts, "/recurrence").unwrap_err());
        let mut seen = 0;
        let details = cases.into_iter().chain(rules).flatten().map(|p| p.detail).chain(links);
        for detail in details {
            // Natively numbers are written without grouping, as the rules write them.
            assert_eq!(localized_detail(&detail).as_deref(), Some(detail.as_str()), "{detail}");
            seen += 1;
        }
        assert!(seen >= 29, "{seen}");
        assert_eq!(localize("Something else.".into()), "Something else.");
    }
}
