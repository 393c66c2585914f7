//! Notifications: the bell with the live unread count, the inbox at `/notifications`, the
//! per-group notification level, blocking a member, web push on this device, and "N new
//! posts" above an open feed. Live updates come from the server's event stream
//! ([`live`]); the service worker shows pushes (public/sw.js).
//! End-to-end tests: tests/e2e/notifications.spec.js.

pub mod api;
pub mod bell;
pub mod block_button;
pub mod level_picker;
pub mod live;
pub mod new_posts;
pub mod notifications_page;
pub mod push_settings;
pub mod stream;
pub mod text;
