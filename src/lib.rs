//! Kith: a client for micro-communities, compiled to WebAssembly.
//!
//! `app` holds the router, `chunks` which pages load on demand; `core` what every feature stands on (REST client, storage, session,
//! connectivity, the route table…); `ui` shared widgets without feature knowledge; `features` one
//! folder per feature with its pages, components, plain logic and endpoints. Plain logic is
//! tested natively (`cargo test`), components in the browser (tests/browser_*.rs).

// `ApiError` carries the server's problem details by value. On wasm32 it stays under the lint's
// threshold; on 64-bit hosts (native tests) its strings are twice as wide. Errors are rare and
// off hot paths, so boxing them would only add indirection.
#![allow(clippy::result_large_err)]

pub mod app;
pub mod chunks;
pub mod core;
pub mod features;
pub mod ui;

/// Starts the app in the page's `<body>`, once the member's language is loaded (its catalog is
/// usually on its way before the wasm is: index.html's early script asks for it).
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    wasm_bindgen_futures::spawn_local(async {
        core::i18n::start().await;
        leptos::mount::mount_to_body(app::App);
    });
    #[cfg(not(target_arch = "wasm32"))]
    leptos::mount::mount_to_body(app::App);
}
