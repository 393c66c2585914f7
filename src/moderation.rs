//! The moderation tools' plain logic, tested natively: which tab and mod-log filters the URL
//! holds, sanction ends from presets, remaining-time wording, which actions a report allows,
//! and the group-health charts drawn as SVG markup.

use kith_api::time::{format_rfc3339, parse_rfc3339};
use kith_api::{ModLogKind, ModLogQuery, ReportAction, ReportContext, ReportTarget};

use crate::api::encode_component;
use crate::format::count;

/// The tabs of `/g/:slug/mod`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ModTab {
    #[default]
    Reports,
    Requests,
    Members,
    Guidelines,
    Log,
    Health,
}

impl ModTab {
    pub const ALL: [ModTab; 6] =
        [ModTab::Reports, ModTab::Requests, ModTab::Members, ModTab::Guidelines, ModTab::Log, ModTab::Health];

    pub fn as_str(self) -> &'static str {
        match self {
            ModTab::Reports => "reports",
            ModTab::Requests => "requests",
            ModTab::Members => "members",
            ModTab::Guidelines => "guidelines",
            ModTab::Log => "log",
            ModTab::Health => "health",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ModTab::Reports => "Reports",
            ModTab::Requests => "Join requests",
            ModTab::Members => "Members",
            ModTab::Guidelines => "Guidelines",
            ModTab::Log => "Log",
            ModTab::Health => "Health",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Filters of the moderation log. Dates are `YYYY-MM-DD` (UTC), both inclusive.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LogFilters {
    pub actor: String,
    pub kind: Option<ModLogKind>,
    /// `post`, `member`… optionally with `:id`, e.g. `member:carol`.
    pub target: String,
    pub from: String,
    pub to: String,
}

/// What `/g/:slug/mod` shows: the tab, and that tab's own state. Only the current tab's
/// parameters are kept, so equal views compare equal.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModView {
    pub tab: ModTab,
    /// Reports tab: the resolved items instead of the open ones.
    pub resolved: bool,
    pub log: LogFilters,
}

const TARGET_KINDS: [&str; 7] = ["post", "comment", "member", "join_request", "group", "resource", "event"];

/// Unix seconds of 00:00 UTC on a `YYYY-MM-DD` date.
pub fn day_start(date: &str) -> Option<i64> {
    (date.len() == 10).then(|| parse_rfc3339(&format!("{date}T00:00:00Z"))).flatten()
}

fn valid_target(t: &str) -> bool {
    let (kind, id) = t.split_once(':').unwrap_or((t, "x"));
    TARGET_KINDS.contains(&kind)
        && (1..=80).contains(&id.len())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl ModView {
    /// Reads the view from query pairs; returns the names of parameters that were ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> (ModView, Vec<String>) {
        let mut v = ModView::default();
        let mut ignored = Vec::new();
        for (k, raw) in pairs {
            let s = raw.trim();
            if s.is_empty() {
                continue;
            }
            let ok = match k {
                "tab" => ModTab::parse(s).map(|t| v.tab = t).is_some(),
                "status" => matches!(s, "open" | "resolved").then(|| v.resolved = s == "resolved").is_some(),
                "actor" => kith_api::validate::username_problem(s)
                    .is_none()
                    .then(|| v.log.actor = s.into())
                    .is_some(),
                "kind" => ModLogKind::parse(s).map(|x| v.log.kind = Some(x)).is_some(),
                "target" => valid_target(s).then(|| v.log.target = s.into()).is_some(),
                "from" => day_start(s).map(|_| v.log.from = s.into()).is_some(),
                "to" => day_start(s).map(|_| v.log.to = s.into()).is_some(),
                _ => true, // someone else's parameter
            };
            if !ok {
                ignored.push(k.to_string());
            }
        }
        if !v.log.from.is_empty() && !v.log.to.is_empty() && v.log.to < v.log.from {
            v.log.to.clear();
            ignored.push("to".into());
        }
        if v.tab != ModTab::Reports {
            v.resolved = false;
        }
        if v.tab != ModTab::Log {
            v.log = LogFilters::default();
        }
        (v, ignored)
    }

    /// The query string (with `?`, or empty for the default view).
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if self.tab != ModTab::Reports {
            pairs.push(("tab", self.tab.as_str().into()));
        }
        if self.tab == ModTab::Reports && self.resolved {
            pairs.push(("status", "resolved".into()));
        }
        if self.tab == ModTab::Log {
            let l = &self.log;
            for (k, v) in [("actor", &l.actor), ("target", &l.target), ("from", &l.from), ("to", &l.to)] {
                if !v.is_empty() {
                    pairs.push((k, v.clone()));
                }
            }
            if let Some(kind) = l.kind {
                pairs.push(("kind", kind.as_str().into()));
            }
        }
        let body: Vec<String> =
            pairs.into_iter().map(|(k, v)| format!("{k}={}", encode_component(&v))).collect();
        if body.is_empty() { String::new() } else { format!("?{}", body.join("&")) }
    }

    /// The page address of this view.
    pub fn href(&self, slug: &str) -> String {
        format!("/g/{slug}/mod{}", self.to_query_string())
    }

    /// The view of a tab with its defaults.
    pub fn of(tab: ModTab) -> ModView {
        ModView { tab, ..Default::default() }
    }
}

impl LogFilters {
    pub fn is_filtered(&self) -> bool {
        *self != LogFilters::default()
    }

    /// The API query for one page; the `to` date counts whole (the API's bound is exclusive).
    pub fn to_api(&self, cursor: Option<String>) -> ModLogQuery {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_string());
        ModLogQuery {
            actor: opt(&self.actor),
            kind: self.kind,
            target: opt(&self.target),
            from: day_start(&self.from).map(format_rfc3339),
            to: day_start(&self.to).map(|t| format_rfc3339(t + 86_400)),
            limit: Some(25),
            cursor,
        }
    }
}

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

/// The actions that make sense for a queue item, in the order the queue offers them.
pub fn actions_for(target: &ReportTarget, ctx: &ReportContext) -> Vec<ReportAction> {
    let post = ctx.post.as_ref();
    let (removed, locked) = match target {
        ReportTarget::Member { .. } => return vec![ReportAction::Ban, ReportAction::Dismiss],
        ReportTarget::Post { .. } => (post.is_some_and(|p| p.removed), post.is_some_and(|p| p.locked)),
        ReportTarget::Comment { .. } => {
            (ctx.comment.as_ref().is_some_and(|c| c.removed), post.is_some_and(|p| p.locked))
        }
    };
    let mut out = vec![if removed { ReportAction::Restore } else { ReportAction::Remove }];
    if !locked {
        out.push(ReportAction::Lock);
    }
    out.extend([ReportAction::Ban, ReportAction::Dismiss]);
    out
}

/// A button's words for an action.
pub fn action_label(a: ReportAction) -> &'static str {
    match a {
        ReportAction::Remove => "Remove",
        ReportAction::Restore => "Restore",
        ReportAction::Lock => "Lock post",
        ReportAction::Ban => "Ban",
        ReportAction::Dismiss => "Dismiss",
    }
}

/// What an action did, for messages and resolved items.
pub fn action_done(a: ReportAction) -> &'static str {
    match a {
        ReportAction::Remove => "Removed",
        ReportAction::Restore => "Restored",
        ReportAction::Lock => "Locked",
        ReportAction::Ban => "Banned",
        ReportAction::Dismiss => "Dismissed",
    }
}

/// The first `n` characters of member text, on one line.
pub fn excerpt(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        format!("{}…", flat.chars().take(n).collect::<String>().trim_end())
    }
}

// ---- group health ----------------------------------------------------------------------------

/// A rounded-up axis maximum (1, 2 or 5 × 10ⁿ), at least 1.
pub fn nice_max(max: u32) -> u32 {
    let mut step = 1u32;
    loop {
        for m in [1, 2, 5] {
            let v = step.saturating_mul(m);
            if v >= max || v == u32::MAX {
                return v;
            }
        }
        step = step.saturating_mul(10);
    }
}

/// "7 Sep" for a `YYYY-MM-DD` week start (the text itself when unreadable).
pub fn short_date(d: &str) -> String {
    day_start(d).map_or_else(
        || d.to_string(),
        |t| crate::format::date(t).rsplit_once(' ').map_or(String::new(), |x| x.0.to_string()),
    )
}

/// One sentence describing a weekly series, for screen readers.
pub fn chart_summary(label: &str, values: &[u32], weeks: &[String]) -> String {
    let (Some(first), Some(last)) = (weeks.first(), values.last()) else {
        return format!("{label}: no data.");
    };
    let (peak_i, peak) =
        values.iter().enumerate().max_by_key(|(i, v)| (**v, usize::MAX - i)).unwrap_or((0, &0));
    let total: u32 = values.iter().sum();
    format!(
        "{label} per week, {} weeks from {}: {total} in all, highest {peak} (week of {}), this week so far {last}.",
        values.len(),
        short_date(first),
        short_date(weeks.get(peak_i).map_or("", String::as_str)),
    )
}

const W: u32 = 360;
const H: u32 = 150;
const LEFT: u32 = 30;
const TOP: u32 = 10;
const BOTTOM: u32 = 128;

/// A bar chart of weekly values as SVG markup: numbers, dates and the summary only, so it is safe
/// to insert as markup. Presentation attributes and classes, never `style` (the CSP forbids it).
pub fn bar_chart_svg(label: &str, values: &[u32], weeks: &[String]) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('"', "&quot;");
    let max = nice_max(values.iter().copied().max().unwrap_or(0));
    let plot_h = BOTTOM - TOP;
    let n = values.len().max(1) as u32;
    let slot = (W - LEFT - 4) as f64 / n as f64;
    let y_of = |v: u32| BOTTOM as f64 - v as f64 * plot_h as f64 / max as f64;
    let mut s = format!(
        r#"<svg viewBox="0 0 {W} {H}" class="chart" role="img" aria-label="{}" focusable="false"><title>{0}</title>"#,
        esc(&chart_summary(label, values, weeks))
    );
    // Gridlines at 0, the top and (for even tops) halfway.
    let half = max.is_multiple_of(2).then_some(max / 2);
    for v in [Some(0), half, Some(max)].into_iter().flatten() {
        let y = y_of(v);
        s += &format!(
            r#"<line class="grid" x1="{LEFT}" x2="{}" y1="{y:.1}" y2="{y:.1}"/><text class="tick" x="{}" y="{:.1}" text-anchor="end">{v}</text>"#,
            W - 2,
            LEFT - 4,
            y + 4.0
        );
    }
    for (i, v) in values.iter().enumerate() {
        let x = LEFT as f64 + i as f64 * slot + slot * 0.15;
        let y = y_of(*v);
        let week = weeks.get(i).map_or(String::new(), |w| short_date(w));
        let class = if i + 1 == values.len() { "bar partial" } else { "bar" };
        s += &format!(
            r#"<rect class="{class}" x="{x:.1}" y="{y:.1}" width="{:.1}" height="{:.1}"><title>{}: {v}</title></rect>"#,
            slot * 0.7,
            BOTTOM as f64 - y,
            esc(&week)
        );
    }
    let ends = [(0usize, "start"), (values.len().saturating_sub(1), "end")];
    for (i, anchor) in ends {
        if let Some(w) = weeks.get(i) {
            let x = if anchor == "start" { LEFT } else { W - 2 };
            s += &format!(
                r#"<text class="tick" x="{x}" y="{}" text-anchor="{anchor}">{}</text>"#,
                H - 4,
                esc(&short_date(w))
            );
        }
    }
    s + "</svg>"
}

/// "42%".
pub fn percent(rate: f64) -> String {
    format!("{:.0}%", (rate.clamp(0.0, 1.0) * 100.0).round())
}

/// Discussion prompts to revive a quiet group, the first about its main topic.
pub fn discussion_prompts(topics: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(t) = topics.first() {
        out.push(format!("What got you into {t}, and what keeps you at it?"));
    }
    out.push("What should our next meetup be? Share your ideas".into());
    out.push("Introduce yourself: what would you like to get out of this group?".into());
    out
}

/// The group feed with the composer opened on a prompt.
pub fn prompt_href(slug: &str, prompt: &str) -> String {
    format!("/g/{slug}?prompt={}", encode_component(prompt))
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::{ContextComment, ContextPost, UserRef};

    fn parse(pairs: &[(&str, &str)]) -> (ModView, Vec<String>) {
        ModView::from_pairs(pairs.iter().copied())
    }

    #[test]
    fn views_round_trip_through_the_query_string() {
        let v = ModView {
            tab: ModTab::Log,
            resolved: false,
            log: LogFilters {
                actor: "bob".into(),
                kind: Some(ModLogKind::PostRemoved),
                target: "member:carol".into(),
                from: "2026-11-01".into(),
                to: "2026-11-30".into(),
            },
        };
        let qs = v.to_query_string();
        assert_eq!(
            qs,
            "?tab=log&actor=bob&target=member%3Acarol&from=2026-11-01&to=2026-11-30&kind=post_removed"
        );
        let pairs: Vec<(String, String)> = qs[1..]
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (k.to_string(), v.replace("%3A", ":"))
            })
            .collect();
        let (back, ignored) = ModView::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(back, v);
        assert!(ignored.is_empty());
        assert_eq!(ModView::default().href("hiking"), "/g/hiking/mod");
        assert_eq!(
            ModView { resolved: true, ..Default::default() }.href("hiking"),
            "/g/hiking/mod?status=resolved"
        );
        assert_eq!(ModView::of(ModTab::Health).href("x"), "/g/x/mod?tab=health");
    }

    #[test]
    fn garbage_is_ignored_and_reported_and_other_tabs_drop_log_filters() {
        let (v, ignored) = parse(&[
            ("tab", "log"),
            ("actor", "<script>"),
            ("kind", "nuked"),
            ("target", "planet:1"),
            ("from", "2026-02-30"),
            ("to", "yesterday"),
            ("status", "maybe"),
            ("utm", "x"),
        ]);
        assert_eq!(v, ModView::of(ModTab::Log));
        assert_eq!(ignored, ["actor", "kind", "target", "from", "to", "status"]);
        let (v, ignored) = parse(&[("tab", "secret"), ("actor", "bob"), ("status", "resolved")]);
        assert_eq!(v, ModView { resolved: true, ..Default::default() });
        assert_eq!(ignored, ["tab"]);
        let (v, ignored) = parse(&[("tab", "log"), ("from", "2026-11-10"), ("to", "2026-11-01")]);
        assert_eq!((v.log.from.as_str(), v.log.to.as_str()), ("2026-11-10", ""));
        assert_eq!(ignored, ["to"]);
    }

    #[test]
    fn log_filters_become_an_api_query_with_a_whole_last_day() {
        let f = LogFilters { from: "2026-11-01".into(), to: "2026-11-30".into(), ..Default::default() };
        let q = f.to_api(Some("c".into()));
        assert_eq!(q.from.as_deref(), Some("2026-11-01T00:00:00Z"));
        assert_eq!(q.to.as_deref(), Some("2026-12-01T00:00:00Z"));
        assert_eq!((q.actor, q.target, q.cursor.as_deref()), (None, None, Some("c")));
        assert!(f.is_filtered() && !LogFilters::default().is_filtered());
    }

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

    #[test]
    fn queue_actions_fit_the_target() {
        let u = UserRef { id: 1, username: "x".into(), display_name: "X".into() };
        let post = |removed, locked| ContextPost {
            id: 1,
            title: "t".into(),
            body: "b".into(),
            author: u.clone(),
            created_at: String::new(),
            removed,
            locked,
        };
        let ctx = |p: ContextPost, c: Option<bool>| ReportContext {
            post: Some(p),
            comment: c.map(|removed| ContextComment {
                id: 2,
                body: "c".into(),
                author: u.clone(),
                created_at: String::new(),
                removed,
            }),
            parent_comment: None,
            member: Some(u.clone()),
        };
        use ReportAction::*;
        let p = ReportTarget::Post { id: 1 };
        assert_eq!(actions_for(&p, &ctx(post(false, false), None)), [Remove, Lock, Ban, Dismiss]);
        assert_eq!(actions_for(&p, &ctx(post(true, true), None)), [Restore, Ban, Dismiss]);
        let c = ReportTarget::Comment { id: 2 };
        assert_eq!(actions_for(&c, &ctx(post(false, true), Some(true))), [Restore, Ban, Dismiss]);
        let m = ReportTarget::Member { group: "g".into(), username: "x".into() };
        assert_eq!(
            actions_for(&m, &ReportContext { post: None, comment: None, parent_comment: None, member: None }),
            [Ban, Dismiss]
        );
        assert_eq!(excerpt("a  b\n\nc", 10), "a b c");
        use kith_api::Role::{self, *};
        let allowed: Vec<(Role, Role)> = [Owner, Moderator, Member]
            .into_iter()
            .flat_map(|a| [Owner, Moderator, Member].map(|t| (a, t)))
            .filter(|(a, t)| kith_api::may_sanction(Some(*a), Some(*t)))
            .collect();
        assert_eq!(allowed, [(Owner, Moderator), (Owner, Member), (Moderator, Member)]);
        assert_eq!(excerpt("abcdef ghij", 7), "abcdef…");
    }

    #[test]
    fn charts_scale_to_a_round_maximum_and_describe_themselves() {
        assert_eq!(
            [0, 1, 2, 3, 6, 11, 20, 21, 99, 101].map(nice_max),
            [1, 1, 2, 5, 10, 20, 20, 50, 100, 200]
        );
        let weeks: Vec<String> = ["2026-09-07", "2026-09-14", "2026-09-21"].map(String::from).to_vec();
        let svg = bar_chart_svg("Posts", &[2, 5, 1], &weeks);
        assert!(svg.starts_with(r#"<svg viewBox="0 0 360 150" class="chart" role="img" aria-label="Posts per week, 3 weeks from 7 Sep: 8 in all, highest 5 (week of 14 Sep), this week so far 1.""#));
        assert_eq!(svg.matches("<rect").count(), 3);
        assert_eq!(svg.matches("bar partial").count(), 1);
        assert!(!svg.contains("style"));
        // The tallest bar reaches the top of the plot when the maximum is round.
        assert!(svg.contains(r#"y="10.0" width="#));
        assert!(bar_chart_svg("<x>", &[], &[]).contains("&lt;x>: no data."));
        // Axis labels: 0 and the top, plus the middle when it is a whole number.
        assert_eq!(bar_chart_svg("P", &[1], &weeks[..1]).matches(r#"class="tick""#).count(), 2 + 2);
        assert_eq!(bar_chart_svg("P", &[2, 0], &weeks[..2]).matches(r#"class="tick""#).count(), 3 + 2);
        assert_eq!(percent(0.4249), "42%");
        assert_eq!(percent(3.0), "100%");
    }

    #[test]
    fn prompts_link_to_the_composer() {
        let p = discussion_prompts(&["hiking".into()]);
        assert!(p[0].contains("hiking"));
        assert_eq!(prompt_href("hiking", "Hi & bye?"), "/g/hiking?prompt=Hi%20%26%20bye%3F");
    }
}
