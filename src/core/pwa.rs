//! Progressive web app plumbing: the service worker, and noticing a new deployment so the
//! member can reload into it (the old worker keeps serving its own, consistent build until then).

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

/// Whether a newer build is installed and waiting.
#[derive(Clone, Copy)]
pub struct Updates {
    pub ready: RwSignal<bool>,
}

fn supported() -> Option<web_sys::ServiceWorkerContainer> {
    let window = web_sys::window()?;
    let nav = window.navigator();
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    (has && window.is_secure_context()).then(|| nav.service_worker())
}

/// Registers `/sw.js` and watches for updates.
pub fn provide_updates() -> Updates {
    let u = Updates { ready: RwSignal::new(false) };
    provide_context(u);
    let Some(container) = supported() else { return u };
    let ready = u.ready;
    leptos::task::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.register("/sw.js")).await else { return };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else { return };
        let controlled = move || supported().is_some_and(|c| c.controller().is_some());
        if reg.waiting().is_some() && controlled() {
            ready.set(true);
        }
        let reg2 = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = reg2.installing() else { return };
            let w = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // A worker installed while another controls the page is an update.
                if w.state() == ServiceWorkerState::Installed && controlled() {
                    ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // Look for a new deployment when the member comes back to the tab, and hourly.
        let reg3 = reg.clone();
        let check = Closure::<dyn Fn()>::new(move || {
            let _ = reg3.update();
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_interval_with_callback_and_timeout_and_arguments_0(
                check.as_ref().unchecked_ref(),
                3_600_000,
            );
            if let Some(doc) = w.document() {
                let _ =
                    doc.add_event_listener_with_callback("visibilitychange", check.as_ref().unchecked_ref());
            }
        }
        check.forget();
        // After a new worker takes over from an old one, load the page from it. The first
        // worker claiming an uncontrolled page is no update: that page already runs its build.
        let had_controller = std::cell::Cell::new(controlled());
        let reload = Closure::<dyn Fn()>::new(move || {
            if !had_controller.replace(true) {
                return;
            }
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
    });
    u
}

impl Updates {
    /// Switches to the waiting build: the new worker takes over and the page reloads.
    pub fn apply(&self) {
        let Some(container) = supported() else {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
            return;
        };
        leptos::task::spawn_local(async move {
            let reg = match container.ready() {
                Ok(p) => {
                    JsFuture::from(p).await.ok().and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
                }
                Err(_) => None,
            };
            match reg.and_then(|r| r.waiting()) {
                Some(worker) => {
                    let msg = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&msg, &"type".into(), &"SKIP_WAITING".into());
                    let _ = worker.post_message(&msg);
                }
                None => {
                    if let Some(w) = web_sys::window() {
                        let _ = w.location().reload();
                    }
                }
            }
        });
    }
}
