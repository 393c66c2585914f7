//! The app's route table as data: the one way to build an in-app link ([`Route::href`],
//! [`Route::href_with`]), and the check that a "return to" address after login points inside the
//! app (no open redirects). The router in `app.rs` is written from the same list of patterns; a
//! test below holds the two together.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::api::encode_component;

/// Every page the app has. The router in `app.rs` mirrors this list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Discover,
    GroupFeed { slug: String },
    GroupEvents { slug: String },
    GroupMembers { slug: String },
    GroupAbout { slug: String },
    GroupMod { slug: String },
    GroupPolls { slug: String },
    NewPoll { slug: String },
    Poll { slug: String, poll: String },
    Post { slug: String, post: String },
    Event { slug: String, event: String },
    Profile { username: String },
    Calendar,
    Notifications,
    Drafts,
    Settings,
    Login,
    Signup,
    NewGroup,
    NotFound,
}

/// The path patterns the router serves, in the router's own syntax.
pub const PATTERNS: &[&str] = &[
    "/",
    "/discover",
    "/g/:slug",
    "/g/:slug/events",
    "/g/:slug/members",
    "/g/:slug/about",
    "/g/:slug/mod",
    "/g/:slug/polls",
    "/g/:slug/polls/new",
    "/g/:slug/polls/:poll",
    "/g/:slug/p/:post",
    "/g/:slug/e/:event",
    "/u/:username",
    "/calendar",
    "/notifications",
    "/drafts",
    "/settings",
    "/login",
    "/signup",
    "/new-group",
];

fn valid_segment(s: &str) -> bool {
    !s.is_empty() && s.len() <= 80 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

impl Route {
    /// Matches a path (without query or fragment) to a route.
    pub fn parse(path: &str) -> Route {
        let path = path.split(['?', '#']).next().unwrap_or("");
        let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let slug = |s: &str| valid_segment(s).then(|| s.to_string());
        match segs.as_slice() {
            [] => Route::Home,
            ["discover"] => Route::Discover,
            ["calendar"] => Route::Calendar,
            ["notifications"] => Route::Notifications,
            ["drafts"] => Route::Drafts,
            ["settings"] => Route::Settings,
            ["login"] => Route::Login,
            ["signup"] => Route::Signup,
            ["new-group"] => Route::NewGroup,
            ["u", u] => slug(u).map_or(Route::NotFound, |username| Route::Profile { username }),
            ["g", s] => slug(s).map_or(Route::NotFound, |slug| Route::GroupFeed { slug }),
            ["g", s, "events"] => slug(s).map_or(Route::NotFound, |slug| Route::GroupEvents { slug }),
            ["g", s, "members"] => slug(s).map_or(Route::NotFound, |slug| Route::GroupMembers { slug }),
            ["g", s, "about"] => slug(s).map_or(Route::NotFound, |slug| Route::GroupAbout { slug }),
            ["g", s, "mod"] => slug(s).map_or(Route::NotFound, |slug| Route::GroupMod { slug }),
            ["g", s, "polls"] => slug(s).map_or(Route::NotFound, |slug| Route::GroupPolls { slug }),
            ["g", s, "polls", "new"] => slug(s).map_or(Route::NotFound, |slug| Route::NewPoll { slug }),
            ["g", s, "polls", p] => match (slug(s), slug(p)) {
                (Some(slug), Some(poll)) => Route::Poll { slug, poll },
                _ => Route::NotFound,
            },
            ["g", s, "p", p] => match (slug(s), slug(p)) {
                (Some(slug), Some(post)) => Route::Post { slug, post },
                _ => Route::NotFound,
            },
            ["g", s, "e", e] => match (slug(s), slug(e)) {
                (Some(slug), Some(event)) => Route::Event { slug, event },
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// A member's profile.
    pub fn profile(username: &str) -> Route {
        Route::Profile { username: username.into() }
    }

    /// A group's feed.
    pub fn feed(slug: &str) -> Route {
        Route::GroupFeed { slug: slug.into() }
    }

    /// A group's events.
    pub fn events(slug: &str) -> Route {
        Route::GroupEvents { slug: slug.into() }
    }

    /// A group's member list.
    pub fn members(slug: &str) -> Route {
        Route::GroupMembers { slug: slug.into() }
    }

    /// A group's about page.
    pub fn about(slug: &str) -> Route {
        Route::GroupAbout { slug: slug.into() }
    }

    /// A group's moderation tools.
    pub fn moderation(slug: &str) -> Route {
        Route::GroupMod { slug: slug.into() }
    }

    /// A group's date polls.
    pub fn polls(slug: &str) -> Route {
        Route::GroupPolls { slug: slug.into() }
    }

    /// Starting a date poll in a group.
    pub fn new_poll(slug: &str) -> Route {
        Route::NewPoll { slug: slug.into() }
    }

    /// One date poll of a group.
    pub fn poll(slug: &str, id: i64) -> Route {
        Route::Poll { slug: slug.into(), poll: id.to_string() }
    }

    /// One post of a group.
    pub fn post(slug: &str, id: i64) -> Route {
        Route::Post { slug: slug.into(), post: id.to_string() }
    }

    /// One event of a group.
    pub fn event(slug: &str, id: i64) -> Route {
        Route::Event { slug: slug.into(), event: id.to_string() }
    }

    /// The path of this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Discover => "/discover".into(),
            Route::GroupFeed { slug } => format!("/g/{slug}"),
            Route::GroupEvents { slug } => format!("/g/{slug}/events"),
            Route::GroupMembers { slug } => format!("/g/{slug}/members"),
            Route::GroupAbout { slug } => format!("/g/{slug}/about"),
            Route::GroupMod { slug } => format!("/g/{slug}/mod"),
            Route::GroupPolls { slug } => format!("/g/{slug}/polls"),
            Route::NewPoll { slug } => format!("/g/{slug}/polls/new"),
            Route::Poll { slug, poll } => format!("/g/{slug}/polls/{poll}"),
            Route::Post { slug, post } => format!("/g/{slug}/p/{post}"),
            Route::Event { slug, event } => format!("/g/{slug}/e/{event}"),
            Route::Profile { username } => format!("/u/{username}"),
            Route::Calendar => "/calendar".into(),
            Route::Notifications => "/notifications".into(),
            Route::Drafts => "/drafts".into(),
            Route::Settings => "/settings".into(),
            Route::Login => "/login".into(),
            Route::Signup => "/signup".into(),
            Route::NewGroup => "/new-group".into(),
            Route::NotFound => "/404".into(),
        }
    }

    /// The path of this route with query parameters, each value encoded; no `?` when there are
    /// none.
    pub fn href_with(&self, query: &[(&str, &str)]) -> String {
        let mut href = self.href();
        for (i, (k, v)) in query.iter().enumerate() {
            href.push(if i == 0 { '?' } else { '&' });
            href.push_str(k);
            href.push('=');
            href.push_str(&encode_component(v));
        }
        href
    }
}

/// The login page, returning to `here` (a path inside the app) afterwards.
pub fn login_returning_to(here: &str) -> String {
    Route::Login.href_with(&[("return_to", here)])
}

/// A route parameter as a signal; empty when absent.
pub(crate) fn param(name: &'static str) -> Signal<String> {
    let params = use_params_map();
    Signal::derive(move || params.with(|p| p.get(name).unwrap_or_default()))
}

/// Accepts a post-login destination only when it is a path inside the app.
pub fn safe_return_to(candidate: &str) -> String {
    let c = candidate.trim();
    let inside = c.starts_with('/')
        && !c.starts_with("//")
        && !c.contains('\\')
        && !c.chars().any(|ch| ch.is_control());
    if !inside {
        return "/".into();
    }
    match Route::parse(c) {
        Route::NotFound | Route::Login | Route::Signup => "/".into(),
        _ => c.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_routes() -> Vec<Route> {
        let s = || "hiking-club".to_string();
        vec![
            Route::Home,
            Route::Discover,
            Route::GroupFeed { slug: s() },
            Route::GroupEvents { slug: s() },
            Route::GroupMembers { slug: s() },
            Route::GroupAbout { slug: s() },
            Route::GroupMod { slug: s() },
            Route::GroupPolls { slug: s() },
            Route::NewPoll { slug: s() },
            Route::Poll { slug: s(), poll: "3".into() },
            Route::Post { slug: s(), post: "42".into() },
            Route::Event { slug: s(), event: "7".into() },
            Route::Profile { username: "carol".into() },
            Route::Calendar,
            Route::Notifications,
            Route::Drafts,
            Route::Settings,
            Route::Login,
            Route::Signup,
            Route::NewGroup,
        ]
    }

    #[test]
    fn every_route_round_trips() {
        for r in all_routes() {
            assert_eq!(Route::parse(&r.href()), r, "{}", r.href());
        }
    }

    #[test]
    fn the_table_has_one_pattern_per_route() {
        assert_eq!(PATTERNS.len(), all_routes().len());
        for (pattern, route) in PATTERNS.iter().zip(all_routes()) {
            let concrete = pattern
                .replace(":slug", "hiking-club")
                .replace(":post", "42")
                .replace(":event", "7")
                .replace(":poll", "3")
                .replace(":username", "carol");
            assert_eq!(Route::parse(&concrete), route);
        }
    }

    #[test]
    fn the_router_serves_exactly_the_route_list() {
        assert_eq!(crate::app::ROUTER_PATTERNS, PATTERNS);
    }

    #[test]
    fn links_carry_encoded_queries() {
        assert_eq!(Route::post("hiking", 42).href_with(&[("thread", "7")]), "/g/hiking/p/42?thread=7");
        assert_eq!(Route::Discover.href_with(&[]), "/discover");
        assert_eq!(login_returning_to("/g/hiking"), "/login?return_to=%2Fg%2Fhiking");
    }

    #[test]
    fn unknown_paths_and_odd_segments_are_not_found() {
        for p in ["/nope", "/g", "/g/a/b", "/g/a/p", "/g/<script>", "/g/a/p/1/2", "/settings/x"] {
            assert_eq!(Route::parse(p), Route::NotFound, "{p}");
        }
        assert_eq!(Route::parse("/discover?q=x#top"), Route::Discover);
        assert_eq!(Route::parse("/g/hiking/"), Route::GroupFeed { slug: "hiking".into() });
    }

    #[test]
    fn return_to_stays_inside_the_app() {
        assert_eq!(safe_return_to("/g/hiking/events?view=week"), "/g/hiking/events?view=week");
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil",
            "javascript:alert(1)",
            "/login",
            "/nope",
            "",
        ] {
            assert_eq!(safe_return_to(bad), "/", "{bad}");
        }
    }
}
