//! Small wording helpers: relative times and counted nouns.

use kith_api::time::{civil_from_days, parse_rfc3339};

/// "3 members", "1 member".
pub fn count(n: u32, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// How long ago `then` was, both in Unix seconds: "just now", "5 minutes ago", "3 days ago",
/// then a date ("12 Mar 2026").
pub fn ago(now: i64, then: i64) -> String {
    let d = now - then;
    if d < 45 {
        return "just now".into();
    }
    let minutes = (d + 30) / 60;
    if minutes < 60 {
        return format!("{} ago", count(minutes as u32, "minute"));
    }
    let hours = (d + 1800) / 3600;
    if hours < 24 {
        return format!("{} ago", count(hours as u32, "hour"));
    }
    let days = d / 86_400;
    if days < 30 {
        return if days == 1 { "yesterday".into() } else { format!("{days} days ago") };
    }
    date(then)
}

/// A date like "12 Mar 2026" (UTC).
pub fn date(t: i64) -> String {
    let (y, m, d) = civil_from_days(t.div_euclid(86_400));
    format!("{d} {} {y}", kith_api::time::month_short(m))
}

/// `ago` for an RFC 3339 string; an unreadable time reads "some time ago" rather than failing.
pub fn ago_rfc3339(now: i64, then: &str) -> String {
    parse_rfc3339(then).map_or_else(|| "some time ago".into(), |t| ago(now, t))
}

/// The current time in Unix seconds (browser clock).
pub fn now_secs() -> i64 {
    (js_sys::Date::now() / 1000.0) as i64
}

/// How a post is named in headings and links. A post deleted by its author, or removed by a
/// moderator (for members), comes without its title: name it as a tombstone instead of showing
/// an empty heading or link.
pub fn post_title(p: &kith_api::Post) -> String {
    title_or_tombstone(&p.title, p.deleted, p.removed)
}

/// [`post_title`] from its parts (a report's context says `removed` but not `deleted`).
pub fn title_or_tombstone(title: &str, deleted: bool, removed: bool) -> String {
    if !title.trim().is_empty() {
        title.to_string()
    } else if deleted {
        "Deleted post".into()
    } else if removed {
        "Removed by a moderator".into()
    } else {
        "Untitled post".into()
    }
}

/// Whether a post is shown as a tombstone (its title and text are gone).
pub fn is_tombstone(p: &kith_api::Post) -> bool {
    p.title.trim().is_empty() && (p.deleted || p.removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(title: &str, deleted: bool, removed: bool) -> kith_api::Post {
        kith_api::Post {
            id: 1,
            group: kith_api::GroupRef { slug: "hiking".into(), name: "Hiking".into() },
            author: kith_api::UserRef { id: 1, username: "carol".into(), display_name: "Carol".into() },
            title: title.into(),
            body: String::new(),
            created_at: "2026-11-27T10:00:00Z".into(),
            edited_at: None,
            pinned: false,
            locked: false,
            removed,
            deleted,
            comment_count: 2,
            reactions: vec![],
            permissions: kith_api::Permissions::default(),
            etag: "\"p1\"".into(),
        }
    }

    #[test]
    fn posts_without_their_title_are_named_as_tombstones() {
        assert_eq!(post_title(&post("Sunday loop", false, false)), "Sunday loop");
        assert_eq!(post_title(&post("", true, false)), "Deleted post");
        assert_eq!(post_title(&post("", false, true)), "Removed by a moderator");
        assert_eq!(post_title(&post("  ", true, true)), "Deleted post");
        assert!(is_tombstone(&post("", false, true)));
        // A moderator still sees a removed post's title.
        assert_eq!(post_title(&post("Spam", false, true)), "Spam");
        assert!(!is_tombstone(&post("Spam", false, true)));
        assert_eq!(post_title(&post("", false, false)), "Untitled post");
    }

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
        assert_eq!(count(1, "member"), "1 member");
        assert_eq!(count(0, "post"), "0 posts");
    }
}
