//! The app's features, one folder each: its pages (named for their route, `*_page.rs`), its
//! components, its plain logic with native tests beside it, and its endpoints in `api.rs`.
//! Features stand on `core` and `ui`, and use each other's public pieces where the product
//! joins them (a report button under a post, the guidelines beside the composer).

pub mod account;
pub mod discover;
pub mod drafts;
pub mod events;
pub mod groups;
pub mod moderation;
pub mod notifications;
pub mod polls;
pub mod posts;
pub mod profiles;
