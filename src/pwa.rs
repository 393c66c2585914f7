//! Progressive web app plumbing: the service worker registration.

use wasm_bindgen::JsValue;

/// Registers `/sw.js` where the browser supports service workers (secure contexts only).
pub fn register_service_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false)
        && window.is_secure_context();
    if supported {
        // The promise's outcome only matters for offline use; a failure leaves the app working.
        let _ = navigator.service_worker().register("/sw.js");
    }
}
