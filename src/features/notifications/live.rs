//! What arrived live for a logged-in member: the unread count (the bell), new notifications and
//! new posts in their groups. These signals live in the first download; the connection that
//! fills them (the event stream, polling, the app badge, opening a clicked push) is the
//! `live` chunk ([`super::stream`]), loaded for members once the page has settled, so
//! visitors never download it and a member's first page is not held up by it.

use leptos::prelude::*;

use kith_api::StreamPost;

use crate::core::api::{Api, Req};
use crate::core::session::Session;

/// `count` of an `UnreadCount` body, read without a JSON parser (this runs in the first
/// download; the stream's chunk parses properly).
pub fn count_of(body: &str) -> Option<u32> {
    let rest = body.split_once("\"count\"")?.1.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// What arrived live; shared through context.
#[derive(Clone, Copy)]
pub struct Live {
    pub unread: RwSignal<u32>,
    /// Notifications from the stream since the app opened, oldest first, as (id, JSON): the
    /// inbox (a chunk) reads them, so the first download carries no notification parser.
    pub arrived: RwSignal<Vec<(i64, String)>>,
    /// Posts made in the member's groups since the app opened, oldest first.
    pub new_posts: RwSignal<Vec<StreamPost>>,
    pub(super) generation: StoredValue<u32>,
    pub(super) last_event: StoredValue<Option<i64>>,
}

/// Sets up the signals; everything resets when the member changes (logout, another login).
pub fn provide_live(api: Api, session: Session) -> Live {
    let live = Live {
        unread: RwSignal::new(0),
        arrived: RwSignal::new(Vec::new()),
        new_posts: RwSignal::new(Vec::new()),
        generation: StoredValue::new(0),
        last_event: StoredValue::new(None),
    };
    provide_context(live);
    Effect::new(move |_| {
        let member = session.username();
        live.unread.set(0);
        live.arrived.set(Vec::new());
        live.new_posts.set(Vec::new());
        live.last_event.set_value(None);
        // The bell's count at once; the stream keeps it live once its chunk is in.
        if member.is_some() {
            leptos::task::spawn_local(async move {
                if let Ok(text) = api.send_text(Req::get("/notifications/unread-count")).await
                    && let Some(n) = count_of(&text)
                {
                    live.unread.set(n);
                }
            });
        }
    });
    live
}

pub fn use_live() -> Option<Live> {
    use_context::<Live>()
}

impl Live {
    pub(super) fn current(&self, epoch: u32) -> bool {
        self.generation.try_get_value() == Some(epoch)
    }
}

#[cfg(test)]
mod tests {
    use super::count_of;

    #[test]
    fn reads_the_count() {
        assert_eq!(count_of(r#"{"count":12}"#), Some(12));
        assert_eq!(count_of(r#"{ "count" : 0 }"#), Some(0));
        assert_eq!(count_of(r#"{"count":"x"}"#), None);
        assert_eq!(count_of("<html>"), None);
    }
}

/// Runs `f` once, at the member's first interaction (pointer, key, scroll) or after 10 s.
pub fn when_settled(f: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    type Once = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;
    let f: Once = Rc::new(RefCell::new(Some(Box::new(f))));
    let fire = {
        let f = f.clone();
        move || {
            if let Some(f) = f.borrow_mut().take() {
                f();
            }
        }
    };
    let fire2 = fire.clone();
    set_timeout(fire2, std::time::Duration::from_secs(10));
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn Fn()>::new(fire);
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_once(true);
    opts.set_passive(true);
    for ev in ["pointerdown", "keydown", "scroll", "touchstart"] {
        let _ = w.add_event_listener_with_callback_and_add_event_listener_options(
            ev,
            cb.as_ref().unchecked_ref(),
            &opts,
        );
    }
    cb.forget();
}

/// Opens the page of a clicked push inside this window (the service worker posts it here
/// instead of opening a second window), whoever is logged in and however early. Only paths
/// inside the app are followed.
#[component]
pub fn OpenFromPush() -> impl IntoView {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::MessageEvent;

    let navigate = leptos_router::hooks::use_navigate();
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = nav.service_worker();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let kind = js_sys::Reflect::get(&data, &"type".into()).ok().and_then(|v| v.as_string());
        if kind.as_deref() != Some("KITH_OPEN") {
            return;
        }
        let url =
            js_sys::Reflect::get(&data, &"url".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let path = crate::core::route_table::safe_return_to(&url);
        navigate(&path, Default::default());
    });
    let _ = container.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    // Lives as long as the app.
    on_message.forget();
}
