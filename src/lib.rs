//! Kith: a client for micro-communities, compiled to WebAssembly.
//!
//! `app` holds the router; `pages` one module per route; `components` the pieces pages are made
//! of; `api` the REST client; `storage` browser storage; plain logic sits in modules that
//! `cargo test` runs natively.

pub mod api;
pub mod app;
pub mod backend;
pub mod components;
pub mod config;
pub mod drafts;
pub mod filters;
pub mod format;
pub mod markdown;
pub mod notices;
pub mod pages;
pub mod pwa;
pub mod routes;
pub mod session;
pub mod storage;
pub mod theme;
pub mod thread;
pub mod virtual_list;

/// Starts the app in the page's `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(app::App);
    pwa::register_service_worker();
}
