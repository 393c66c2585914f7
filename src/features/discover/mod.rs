//! Discover: finding groups by search, filters and sort held in the URL, and groups recommended
//! from the member's interests. Native tests: `filters`; in the browser: tests/e2e
//! (discovery_feeds.spec.js).

pub mod api;
pub mod discover_page;
pub mod filters;
pub mod group_card;
pub mod welcome;
