//! Drafts and the outbox: every composer's fields autosaved in browser storage until the server
//! accepts them, and writes made offline kept in order and sent once the connection is back, each
//! with its Idempotency-Key. No endpoints of its own: the outbox sends through the posts',
//! events' and polls' `api.rs`. Native tests: `draft_store`, `outbox_store`, `outbox`;
//! end-to-end: tests/e2e (drafts.spec.js, offline.spec.js, polls.spec.js).

pub mod autosave;
pub mod draft_status;
pub mod draft_store;
pub mod drafts_page;
pub mod outbox;
pub mod outbox_store;
pub mod pending_items;
