//! The account: logging in, signing up, and the settings page (profile and interests, password
//! and sessions, theme and language, the backend). Logging in and out themselves are the
//! session's (`core::session`, `core::api`). Native tests: `account_security`, `problems`;
//! end-to-end: tests/e2e (session_security.spec.js, shell.spec.js).

pub mod account_security;
pub mod api;
pub mod backend_setting;
pub mod language_picker;
pub mod login_page;
pub mod problems;
pub mod profile_settings;
pub mod settings_page;
pub mod signup_page;
pub mod theme_picker;
