//! Validation rules shared by the app (checks before sending) and the reference server (422
//! with pointers), so both say the same thing about the same input.

use crate::auth::{MePatch, PasswordChange, RegisterRequest};
use crate::common::FieldError;
use crate::events::{EventPatch, NewEvent};
use crate::groups::{GroupPatch, NewGroup, NewShelfItem, SanctionKind, SanctionRequest, ShelfItemPatch};
use crate::meta::Limits;
use crate::moderation::{ModerationReason, NewReport, ReportAction, ResolveRequest};
use crate::posts::{NewComment, NewPost, PostPatch};
use crate::time::parse_rfc3339;

/// The limits of the reference backend, also the app's defaults before `/meta` answers.
pub const LIMITS: Limits = Limits {
    max_body_bytes: 64 * 1024,
    max_page_size: 100,
    default_page_size: 20,
    max_post_title: 200,
    max_post_body: 20_000,
    max_comment_body: 5_000,
    max_group_name: 60,
    max_group_purpose: 280,
    max_guidelines: 10_000,
    max_event_title: 120,
    max_event_description: 10_000,
    max_report_reason: 500,
    max_comment_depth: 16,
};

/// The topics groups may carry and members may follow.
pub const TOPICS: &[&str] = &[
    "hiking",
    "cycling",
    "running",
    "climbing",
    "cooking",
    "baking",
    "gardening",
    "books",
    "writing",
    "photography",
    "music",
    "film",
    "boardgames",
    "videogames",
    "languages",
    "tech",
    "crafts",
    "parenting",
    "volunteering",
    "birdwatching",
    "astronomy",
    "history",
];

/// Longest event, so absurd ranges are refused (and calendars stay drawable).
pub const MAX_EVENT_DAYS: i64 = 31;

/// The earliest and latest instants an event may start or end at (1970-01-01 and the end of
/// 2199), so every time the API stores it can also parse and write as a calendar line.
pub const EARLIEST_EVENT_TIME: i64 = 0;
pub const LATEST_EVENT_TIME: i64 = 7_258_118_399;

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Characters a single-line field (a name, a title, a place) refuses: control characters
/// (C0, DEL, C1: NUL, BEL, line breaks, tabs …), the line and paragraph separators, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make
/// `"\u{202E}ecilA"` read as "Alice".
pub fn forbidden_in_line(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters multi-line text (Markdown, descriptions, reasons) refuses: control characters
/// other than tab, line feed and carriage return.
pub fn forbidden_in_text(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// A single-line field: its length (trimmed for the minimum) and no forbidden characters.
pub fn line(errs: &mut Vec<FieldError>, pointer: &str, value: &str, min: usize, max: usize, what: &str) {
    let before = errs.len();
    length(errs, pointer, value, min, max, what);
    if errs.len() == before && value.chars().any(forbidden_in_line) {
        errs.push(FieldError::new(
            pointer,
            format!("{what} cannot contain control characters, line breaks or text-direction overrides."),
        ));
    }
}

/// Multi-line text: its length and no control characters but tab and line breaks.
pub fn text(errs: &mut Vec<FieldError>, pointer: &str, value: &str, min: usize, max: usize, what: &str) {
    let before = errs.len();
    if min == 0 {
        if chars(value) > max {
            errs.push(FieldError::new(pointer, format!("{what} can have at most {max} characters.")));
        }
    } else {
        length(errs, pointer, value, min, max, what);
    }
    if errs.len() == before && value.chars().any(forbidden_in_text) {
        errs.push(FieldError::new(
            pointer,
            format!("{what} cannot contain control characters (line breaks and tabs are fine)."),
        ));
    }
}

fn length(errs: &mut Vec<FieldError>, pointer: &str, value: &str, min: usize, max: usize, what: &str) {
    let n = chars(value.trim());
    if n < min {
        if min == 1 {
            errs.push(FieldError::new(pointer, format!("{what} is required.")));
        } else {
            errs.push(FieldError::new(pointer, format!("{what} needs at least {min} characters.")));
        }
    } else if chars(value) > max {
        errs.push(FieldError::new(
            pointer,
            format!("{what} can have at most {max} characters (it has {}).", chars(value)),
        ));
    }
}

/// Usernames: 3–32 of `a-z`, `0-9`, `_`, `-`.
pub fn username_problem(u: &str) -> Option<String> {
    let n = chars(u);
    if !(3..=32).contains(&n) {
        return Some("A username has 3 to 32 characters.".into());
    }
    if !u.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-') {
        return Some("A username uses only lowercase letters, digits, _ and -.".into());
    }
    None
}

pub fn validate_register(r: &RegisterRequest) -> Vec<FieldError> {
    let mut e = Vec::new();
    if let Some(p) = username_problem(&r.username) {
        e.push(FieldError::new("/username", p));
    }
    let n = chars(&r.password);
    if n < 8 {
        e.push(FieldError::new("/password", "A password needs at least 8 characters."));
    } else if n > 200 {
        e.push(FieldError::new("/password", "A password can have at most 200 characters."));
    }
    if let Some(d) = &r.display_name {
        line(&mut e, "/display_name", d, 1, 60, "The display name");
    }
    topics_field(&mut e, "/interests", &r.interests, 0, 10);
    e
}

pub fn validate_password_change(p: &PasswordChange) -> Vec<FieldError> {
    let mut e = Vec::new();
    if p.current_password.is_empty() {
        e.push(FieldError::new("/current_password", "Enter your current password."));
    }
    let n = chars(&p.new_password);
    if n < 8 {
        e.push(FieldError::new("/new_password", "A password needs at least 8 characters."));
    } else if n > 200 {
        e.push(FieldError::new("/new_password", "A password can have at most 200 characters."));
    }
    e
}

pub fn validate_me_patch(p: &MePatch) -> Vec<FieldError> {
    let mut e = Vec::new();
    if let Some(d) = &p.display_name {
        line(&mut e, "/display_name", d, 1, 60, "The display name");
    }
    if let Some(i) = &p.interests {
        topics_field(&mut e, "/interests", i, 0, 10);
    }
    if let Some(b) = &p.bio {
        text(&mut e, "/bio", b, 0, 500, "The bio");
    }
    e
}

fn topics_field(e: &mut Vec<FieldError>, pointer: &str, topics: &[String], min: usize, max: usize) {
    if topics.len() < min {
        e.push(FieldError::new(
            pointer,
            format!("Choose at least {min} topic{}.", if min == 1 { "" } else { "s" }),
        ));
    }
    if topics.len() > max {
        e.push(FieldError::new(pointer, format!("Choose at most {max} topics.")));
    }
    for (i, t) in topics.iter().enumerate() {
        if !TOPICS.contains(&t.as_str()) {
            e.push(FieldError::new(format!("{pointer}/{i}"), format!("\"{t}\" is not a known topic.")));
        }
    }
    let mut seen = topics.to_vec();
    seen.sort();
    seen.dedup();
    if seen.len() != topics.len() {
        e.push(FieldError::new(pointer, "A topic is listed twice."));
    }
}

/// Turns a group name into a slug candidate: lowercase ASCII words joined by `-`, with Latin
/// letters transliterated rather than dropped ("Müggelsee" → `mueggelsee`, "Straße" →
/// `strasse`, "Café" → `cafe`).
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let ascii = transliterate(c);
        if let Some(s) = ascii {
            out.push_str(s);
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            out.truncate(40);
            break;
        }
    }
    out.trim_matches('-').to_string()
}

/// The ASCII spelling of a lowercase Latin letter with a diacritic (German umlauts as `ae`,
/// `oe`, `ue`, as Germans write them without the dots).
fn transliterate(c: char) -> Option<&'static str> {
    Some(match c {
        'ä' | 'æ' => "ae",
        'ö' | 'œ' => "oe",
        'ü' => "ue",
        'ß' => "ss",
        'à' | 'á' | 'â' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ø' | 'ō' | 'ő' => "o",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'þ' => "th",
        _ => return None,
    })
}

/// The `n`th alternative to a derived address that is taken (`n` from 2): `name-2`, `name-3`…,
/// still at most 40 characters.
pub fn slug_alternative(base: &str, n: u32) -> String {
    let suffix = format!("-{n}");
    let mut head: String = base.chars().take(40 - suffix.len()).collect();
    while head.ends_with('-') {
        head.pop();
    }
    head + &suffix
}

pub fn slug_problem(s: &str) -> Option<String> {
    let ok_chars = s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !(3..=40).contains(&s.len()) || !ok_chars || s.starts_with('-') || s.ends_with('-') || s.contains("--")
    {
        return Some("A group address has 3 to 40 lowercase letters, digits or single dashes.".into());
    }
    None
}

fn group_fields(
    e: &mut Vec<FieldError>,
    name: Option<&str>,
    purpose: Option<&str>,
    guidelines: Option<&str>,
    topics: Option<&[String]>,
    region: Option<&str>,
) {
    let l = LIMITS;
    if let Some(v) = name {
        line(e, "/name", v, 3, l.max_group_name as usize, "The name");
    }
    if let Some(v) = purpose {
        text(e, "/purpose", v, 10, l.max_group_purpose as usize, "The purpose");
    }
    if let Some(v) = guidelines {
        text(e, "/guidelines", v, 0, l.max_guidelines as usize, "The guidelines");
    }
    if let Some(t) = topics {
        topics_field(e, "/topics", t, 1, 5);
    }
    if let Some(v) = region {
        line(e, "/region", v, 2, 40, "The region");
    }
}

pub fn validate_new_group(g: &NewGroup) -> Vec<FieldError> {
    let mut e = Vec::new();
    group_fields(
        &mut e,
        Some(&g.name),
        Some(&g.purpose),
        Some(&g.guidelines),
        Some(&g.topics),
        Some(&g.region),
    );
    if let Some(s) = &g.slug
        && let Some(p) = slug_problem(s)
    {
        e.push(FieldError::new("/slug", p));
    }
    if g.slug.is_none() && chars(g.name.trim()) >= 3 && slug_problem(&slugify(&g.name)).is_some() {
        e.push(FieldError::new(
            "/slug",
            "The name has too few latin letters or digits for an address; choose one.",
        ));
    }
    e
}

pub fn validate_group_patch(p: &GroupPatch) -> Vec<FieldError> {
    let mut e = Vec::new();
    group_fields(
        &mut e,
        p.name.as_deref(),
        p.purpose.as_deref(),
        p.guidelines.as_deref(),
        p.topics.as_deref(),
        p.region.as_deref(),
    );
    e
}

pub fn validate_new_post(p: &NewPost) -> Vec<FieldError> {
    let mut e = Vec::new();
    line(&mut e, "/title", &p.title, 1, LIMITS.max_post_title as usize, "The title");
    text(&mut e, "/body", &p.body, 1, LIMITS.max_post_body as usize, "The post");
    e
}

pub fn validate_post_patch(p: &PostPatch) -> Vec<FieldError> {
    let mut e = Vec::new();
    if let Some(t) = &p.title {
        line(&mut e, "/title", t, 1, LIMITS.max_post_title as usize, "The title");
    }
    if let Some(b) = &p.body {
        text(&mut e, "/body", b, 1, LIMITS.max_post_body as usize, "The post");
    }
    e
}

pub fn validate_comment_body(body: &str) -> Vec<FieldError> {
    let mut e = Vec::new();
    text(&mut e, "/body", body, 1, LIMITS.max_comment_body as usize, "The comment");
    e
}

pub fn validate_new_comment(c: &NewComment) -> Vec<FieldError> {
    validate_comment_body(&c.body)
}

/// Only absolute http and https links are allowed anywhere user content has a URL.
pub fn http_url_problem(url: &str) -> Option<String> {
    let u = url.trim();
    let rest = u.strip_prefix("https://").or_else(|| u.strip_prefix("http://"));
    match rest {
        None => Some("Use a link that starts with http:// or https://.".into()),
        Some(r) if r.is_empty() || r.starts_with('/') => Some("The link has no host.".into()),
        Some(_) if u.chars().any(|c| c.is_whitespace() || c.is_control()) => {
            Some("A link cannot contain spaces.".into())
        }
        Some(_) if chars(u) > 2000 => Some("The link is too long.".into()),
        Some(_) => None,
    }
}

pub fn validate_new_shelf_item(s: &NewShelfItem) -> Vec<FieldError> {
    let mut e = Vec::new();
    line(&mut e, "/title", &s.title, 1, 120, "The title");
    if let Some(p) = http_url_problem(&s.url) {
        e.push(FieldError::new("/url", p));
    }
    text(&mut e, "/description", &s.description, 0, 2000, "The description");
    tags_field(&mut e, &s.tags);
    e
}

pub fn validate_shelf_item_patch(s: &ShelfItemPatch) -> Vec<FieldError> {
    let mut e = Vec::new();
    if let Some(t) = &s.title {
        line(&mut e, "/title", t, 1, 120, "The title");
    }
    if let Some(u) = &s.url
        && let Some(p) = http_url_problem(u)
    {
        e.push(FieldError::new("/url", p));
    }
    if let Some(d) = &s.description {
        text(&mut e, "/description", d, 0, 2000, "The description");
    }
    if let Some(t) = &s.tags {
        tags_field(&mut e, t);
    }
    e
}

fn tags_field(e: &mut Vec<FieldError>, tags: &[String]) {
    if tags.len() > 8 {
        e.push(FieldError::new("/tags", "At most 8 tags."));
    }
    for (i, t) in tags.iter().enumerate() {
        if chars(t.trim()) == 0 || chars(t) > 30 {
            e.push(FieldError::new(format!("/tags/{i}"), "A tag has 1 to 30 characters."));
        } else {
            line(e, &format!("/tags/{i}"), t, 1, 30, "A tag");
        }
    }
}

/// Event fields, with the zone check supplied by the caller (the server knows the IANA
/// database; the app asks the browser).
pub fn validate_new_event(ev: &NewEvent, zone_known: impl Fn(&str) -> bool) -> Vec<FieldError> {
    let mut e = Vec::new();
    line(&mut e, "/title", &ev.title, 1, LIMITS.max_event_title as usize, "The title");
    text(
        &mut e,
        "/description",
        &ev.description,
        0,
        LIMITS.max_event_description as usize,
        "The description",
    );
    event_times(&mut e, &ev.starts_at, &ev.ends_at);
    if !zone_known(&ev.time_zone) {
        e.push(FieldError::new("/time_zone", format!("\"{}\" is not a known time zone.", ev.time_zone)));
    }
    event_place(&mut e, ev.location.as_deref(), ev.online_url.as_deref());
    if ev.capacity == Some(0) {
        e.push(FieldError::new("/capacity", "Capacity must be at least 1 (leave it empty for no limit)."));
    }
    e
}

/// Checks a patch against the event it changes (times are checked as they will be).
pub fn validate_event_patch(
    p: &EventPatch,
    current_starts_at: &str,
    current_ends_at: &str,
    zone_known: impl Fn(&str) -> bool,
) -> Vec<FieldError> {
    let mut e = Vec::new();
    if let Some(t) = &p.title {
        line(&mut e, "/title", t, 1, LIMITS.max_event_title as usize, "The title");
    }
    if let Some(d) = &p.description {
        text(&mut e, "/description", d, 0, LIMITS.max_event_description as usize, "The description");
    }
    if p.starts_at.is_some() || p.ends_at.is_some() {
        let s = p.starts_at.as_deref().unwrap_or(current_starts_at);
        let en = p.ends_at.as_deref().unwrap_or(current_ends_at);
        event_times(&mut e, s, en);
    }
    if let Some(z) = &p.time_zone
        && !zone_known(z)
    {
        e.push(FieldError::new("/time_zone", format!("\"{z}\" is not a known time zone.")));
    }
    event_place(
        &mut e,
        p.location.as_ref().and_then(|l| l.as_deref()),
        p.online_url.as_ref().and_then(|u| u.as_deref()),
    );
    if p.capacity == Some(Some(0)) {
        e.push(FieldError::new("/capacity", "Capacity must be at least 1 (leave it empty for no limit)."));
    }
    e
}

fn event_times(e: &mut Vec<FieldError>, starts: &str, ends: &str) {
    times_at(e, "", starts, ends);
}

fn times_at(e: &mut Vec<FieldError>, at: &str, starts: &str, ends: &str) {
    let s = parse_rfc3339(starts);
    let en = parse_rfc3339(ends);
    let sp = format!("{at}/starts_at");
    let ep = format!("{at}/ends_at");
    if s.is_none() {
        e.push(FieldError::new(&sp, "The start is not a valid date and time."));
    }
    if en.is_none() {
        e.push(FieldError::new(&ep, "The end is not a valid date and time."));
    }
    let range = EARLIEST_EVENT_TIME..=LATEST_EVENT_TIME;
    if s.is_some_and(|t| !range.contains(&t)) {
        e.push(FieldError::new(&sp, "The start must be between 1970 and the end of 2199."));
    }
    if en.is_some_and(|t| !range.contains(&t)) {
        e.push(FieldError::new(&ep, "The end must be between 1970 and the end of 2199."));
    }
    if let (Some(s), Some(en)) = (s, en) {
        if en <= s {
            e.push(FieldError::new(&ep, "The end must be after the start."));
        } else if en - s > MAX_EVENT_DAYS * 86_400 {
            e.push(FieldError::new(&ep, format!("An event can last at most {MAX_EVENT_DAYS} days.")));
        }
    }
}

/// Most options a date poll offers.
pub const MAX_POLL_OPTIONS: usize = 10;

pub fn validate_new_poll(p: &crate::NewPoll, zone_known: impl Fn(&str) -> bool) -> Vec<FieldError> {
    let mut e = Vec::new();
    line(&mut e, "/title", &p.title, 1, LIMITS.max_event_title as usize, "The title");
    text(&mut e, "/description", &p.description, 0, LIMITS.max_event_description as usize, "The description");
    if !zone_known(&p.time_zone) {
        e.push(FieldError::new("/time_zone", format!("\"{}\" is not a known time zone.", p.time_zone)));
    }
    if p.options.len() < 2 || p.options.len() > MAX_POLL_OPTIONS {
        e.push(FieldError::new("/options", format!("Offer between 2 and {MAX_POLL_OPTIONS} dates.")));
    }
    let mut seen = Vec::new();
    for (i, o) in p.options.iter().enumerate().take(MAX_POLL_OPTIONS) {
        times_at(&mut e, &format!("/options/{i}"), &o.starts_at, &o.ends_at);
        if let Some(s) = parse_rfc3339(&o.starts_at) {
            if seen.contains(&s) {
                e.push(FieldError::new(
                    format!("/options/{i}/starts_at"),
                    "Two options start at the same time.",
                ));
            }
            seen.push(s);
        }
    }
    e
}

pub fn validate_poll_votes(v: &crate::PollVotes) -> Vec<FieldError> {
    let mut e = Vec::new();
    if v.answers.is_empty() || v.answers.len() > MAX_POLL_OPTIONS {
        e.push(FieldError::new("/answers", format!("Give between 1 and {MAX_POLL_OPTIONS} answers.")));
    }
    for (i, a) in v.answers.iter().enumerate() {
        if v.answers[..i].iter().any(|b| b.option_id == a.option_id) {
            e.push(FieldError::new(format!("/answers/{i}/option_id"), "This option is answered twice."));
        }
    }
    e
}

fn event_place(e: &mut Vec<FieldError>, location: Option<&str>, online_url: Option<&str>) {
    if let Some(l) = location {
        line(e, "/location", l, 0, 200, "The location");
    }
    if let Some(u) = online_url
        && let Some(p) = http_url_problem(u)
    {
        e.push(FieldError::new("/online_url", p));
    }
}

pub fn validate_new_report(r: &NewReport) -> Vec<FieldError> {
    let mut e = Vec::new();
    text(&mut e, "/reason", &r.reason, 3, LIMITS.max_report_reason as usize, "The reason");
    e
}

/// `now` is Unix seconds; a ban end must be in the future.
pub fn validate_resolve(r: &ResolveRequest, now: i64) -> Vec<FieldError> {
    let mut e = Vec::new();
    text(&mut e, "/reason", &r.reason, 3, LIMITS.max_report_reason as usize, "The reason");
    if let Some(u) = &r.ban_until {
        if r.action != ReportAction::Ban {
            e.push(FieldError::new("/ban_until", "Only a ban has an end."));
        } else {
            future_time(&mut e, "/ban_until", u, now);
        }
    }
    e
}

/// A removal or restore in place: the same reason rules as resolving a report.
pub fn validate_moderation_reason(r: &ModerationReason) -> Vec<FieldError> {
    let mut e = Vec::new();
    text(&mut e, "/reason", &r.reason, 3, LIMITS.max_report_reason as usize, "The reason");
    e
}

pub fn validate_sanction(s: &SanctionRequest, now: i64) -> Vec<FieldError> {
    let mut e = Vec::new();
    text(&mut e, "/reason", &s.reason, 3, LIMITS.max_report_reason as usize, "The reason");
    match (&s.until, s.kind) {
        (None, SanctionKind::Mute) => e.push(FieldError::new("/until", "A mute needs an end.")),
        (Some(u), _) => future_time(&mut e, "/until", u, now),
        (None, SanctionKind::Ban) => {}
    }
    e
}

fn future_time(e: &mut Vec<FieldError>, pointer: &str, value: &str, now: i64) {
    match parse_rfc3339(value) {
        None => e.push(FieldError::new(pointer, "Not a valid date and time.")),
        Some(t) if t <= now => e.push(FieldError::new(pointer, "The end must be in the future.")),
        Some(t) if t > now + 5 * 366 * 86_400 => e.push(FieldError::new(pointer, "The end is too far away.")),
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::groups::Visibility;
    use crate::time::format_rfc3339;

    #[test]
    fn groups_get_pointers_for_each_bad_field() {
        let g = NewGroup {
            name: "x".into(),
            slug: Some("Bad Slug".into()),
            purpose: "short".into(),
            guidelines: String::new(),
            topics: vec!["nonsense".into()],
            region: "B".into(),
            visibility: Visibility::Public,
        };
        let pointers: Vec<String> = validate_new_group(&g).into_iter().map(|e| e.pointer).collect();
        assert_eq!(pointers, ["/name", "/purpose", "/topics/0", "/region", "/slug"]);
        let ok = NewGroup {
            name: "Trail Runners Leipzig".into(),
            slug: None,
            purpose: "Easy trail runs every weekend.".into(),
            guidelines: String::new(),
            topics: vec!["running".into()],
            region: "Leipzig".into(),
            visibility: Visibility::Public,
        };
        assert!(validate_new_group(&ok).is_empty());
        assert_eq!(slugify(&ok.name), "trail-runners-leipzig");
        assert_eq!(slugify("  Ünïcode -- Club!! "), "uenicode-club");
        assert_eq!(slugify("Müggelsee Sunday Walkers"), "mueggelsee-sunday-walkers");
        assert_eq!(slugify("Straße & Café Łódź"), "strasse-cafe-lodz");
        assert_eq!(slugify("日本語クラブ"), "");
        assert!(slugify(&"ä".repeat(30)).len() <= 40);
        assert_eq!(slug_alternative("mueggelsee-sunday-walkers", 2), "mueggelsee-sunday-walkers-2");
        let long = "a".repeat(39) + "-b";
        assert_eq!(slug_alternative(&slugify(&long), 12), format!("{}-12", "a".repeat(37)));
        assert!(slug_problem(&slug_alternative(&"x-".repeat(20), 3)).is_none());
    }

    #[test]
    fn events_need_order_known_zone_and_http_links() {
        let mut ev = NewEvent {
            title: "Night hike".into(),
            starts_at: "2026-12-01T18:00:00Z".into(),
            ends_at: "2026-12-01T17:00:00Z".into(),
            time_zone: "Mars/Olympus".into(),
            online_url: Some("javascript:alert(1)".into()),
            capacity: Some(0),
            ..Default::default()
        };
        let pointers: Vec<String> =
            validate_new_event(&ev, |z| z == "Europe/Berlin").into_iter().map(|e| e.pointer).collect();
        assert_eq!(pointers, ["/ends_at", "/time_zone", "/online_url", "/capacity"]);
        ev.ends_at = "2026-12-01T21:00:00Z".into();
        ev.time_zone = "Europe/Berlin".into();
        ev.online_url = Some("https://meet.example/x".into());
        ev.capacity = Some(12);
        assert!(validate_new_event(&ev, |z| z == "Europe/Berlin").is_empty());
    }

    #[test]
    fn usernames_and_passwords() {
        let r = RegisterRequest {
            username: "Al".into(),
            password: "short".into(),
            display_name: None,
            interests: vec![],
        };
        assert_eq!(validate_register(&r).len(), 2);
        assert!(username_problem("carol_99").is_none());
        assert!(username_problem("carol 99").is_some());
    }

    #[test]
    fn sanctions_need_future_ends() {
        let now = 1_000_000;
        let s = SanctionRequest { kind: SanctionKind::Mute, until: None, reason: "spam links".into() };
        assert_eq!(validate_sanction(&s, now)[0].pointer, "/until");
        let s = SanctionRequest {
            kind: SanctionKind::Ban,
            until: Some(format_rfc3339(now - 5)),
            reason: "spam".into(),
        };
        assert_eq!(validate_sanction(&s, now)[0].detail, "The end must be in the future.");
        let s = SanctionRequest { kind: SanctionKind::Ban, until: None, reason: "spam".into() };
        assert!(validate_sanction(&s, now).is_empty());
    }
}
