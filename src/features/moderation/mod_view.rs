//! What `/g/:slug/mod` shows, held in the URL: the tab, the reports tab's open/resolved switch and
//! the moderation log's filters. Unknown or malformed parameters are dropped and reported, never
//! trusted. Tested natively below.

use kith_api::ModLogKind;
use kith_api::ModLogQuery;
use kith_api::time::{format_rfc3339, parse_rfc3339};

use crate::core::api::encode_component;
use crate::core::route_table::Route;

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

    /// The tab's name, as its link and its heading show it.
    pub fn label(self) -> String {
        match self {
            ModTab::Reports => crate::tr!("mod-tab-reports"),
            ModTab::Requests => crate::tr!("mod-tab-requests"),
            ModTab::Members => crate::tr!("mod-tab-members"),
            ModTab::Guidelines => crate::tr!("mod-tab-guidelines"),
            ModTab::Log => crate::tr!("mod-tab-log"),
            ModTab::Health => crate::tr!("mod-tab-health"),
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
        format!("{}{}", Route::moderation(slug).href(), self.to_query_string())
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
