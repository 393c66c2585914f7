//! Posts: the home and group feeds, a post's page with its threaded comments, reactions, and the
//! post and comment composers. Native tests: `thread` (threading and the visible window),
//! `title`, `reaction_bar`, `problems`; end-to-end: tests/e2e (discovery_feeds.spec.js, drafts.spec.js,
//! session_security.spec.js).

pub mod api;
pub mod comment_composer;
pub mod comment_thread;
pub mod group_feed_page;
pub mod home_page;
pub mod post_card;
pub mod post_composer;
pub mod post_detail;
pub mod post_feed;
pub mod post_page;
pub mod problems;
pub mod reaction_bar;
pub mod sort_tabs;
pub mod thread;
pub mod title;
