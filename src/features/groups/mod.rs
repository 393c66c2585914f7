//! Groups: the frame every group page shares (header, joining, tabs), the about page with its
//! resources shelf, the member list, starting a new group, and joining and leaving. End-to-end
//! tests: tests/e2e (discovery_feeds.spec.js, shell.spec.js).

pub mod api;
pub mod group_about_page;
pub mod group_frame;
pub mod group_members_page;
pub mod join_button;
pub mod membership;
pub mod new_group_page;
pub mod problems;
