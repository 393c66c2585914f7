//! Kith: a client for micro-communities, compiled to WebAssembly.
//!
//! `app` holds the router; `pages` one module per route; `components` the pieces pages are made
//! of; `api` the REST client; `storage` browser storage; plain logic sits in modules that
//! `cargo test` runs natively.

// `ApiError` carries the server's problem details by value. On wasm32 it stays under the lint's
// threshold; on 64-bit hosts (native tests) its strings are twice as wide. Errors are rare and
// off hot paths, so boxing them would only add indirection.
#![allow(clippy::result_large_err)]

pub mod api;
pub mod app;
pub mod backend;
pub mod calendar;
pub mod components;
pub mod config;
pub mod drafts;
pub mod filters;
pub mod format;
pub mod markdown;
pub mod moderation;
pub mod notices;
pub mod offline;
pub mod outbox;
pub mod pages;
pub mod pwa;
pub mod routes;
pub mod session;
pub mod storage;
pub mod theme;
pub mod thread;
pub mod virtual_list;
pub mod zones;

/// Starts the app in the page's `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
}
