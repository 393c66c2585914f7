//! Member profiles: `/u/:username` shows a member's name, bio and interests, the groups the
//! viewer shares with them, and their recent posts and comments where the viewer may read them,
//! with a way to report the member to a shared group's moderators. Author names link here.
//! End-to-end tests: tests/e2e/first_hour.spec.js ("member profiles").

pub mod api;
pub mod profile_page;
