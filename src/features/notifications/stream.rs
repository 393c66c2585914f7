//! The `live` chunk: keeps [`Live`] filled while a member is logged in. The stream is opened
//! with a single-use ticket (never the token in a URL) and reopened after an error with a new
//! ticket and the last event's id, so nothing is missed; while it cannot be opened the count is
//! polled instead. Also sets the app badge.

use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{EventSource, MessageEvent};

use kith_api::{StreamPost, UnreadCount};

use crate::core::api::{Api, ApiError, use_api};
use crate::features::notifications::live::{Live, use_live};

/// Most items kept of what arrived live (the inbox page loads the rest).
const KEEP: usize = 50;
/// The count is polled this often while no stream is open.
const POLL_MS: i32 = 60_000;

struct Open {
    source: EventSource,
    done: js_sys::Function,
    _listeners: Vec<Closure<dyn FnMut(MessageEvent)>>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CURRENT: RefCell<Option<Open>> = const { RefCell::new(None) };
}

fn close_current() {
    if let Some(open) = CURRENT.with(|c| c.borrow_mut().take()) {
        open.source.close();
        let _ = open.done.call0(&wasm_bindgen::JsValue::NULL);
    }
}

/// Mounted (from its chunk) while a member is logged in: connects, and disconnects when
/// unmounted (logout).
#[component]
pub fn LiveConnection() -> impl IntoView {
    let api = use_api();
    let session = crate::core::session::use_session();
    let Some(live) = use_live() else { return };
    let epoch = live.generation.get_value().wrapping_add(1);
    live.generation.set_value(epoch);
    leptos::task::spawn_local(run(api, live, epoch));
    Effect::new(move |_| set_app_badge(live.unread.get()));
    on_cleanup(move || {
        if let Some(g) = live.generation.try_get_value() {
            live.generation.set_value(g.wrapping_add(1));
        }
        close_current();
        // Logged out: no count on the icon (going offline keeps it).
        if session.username_untracked().is_none() {
            set_app_badge(0);
        }
    });
}
async fn run(api: Api, live: Live, epoch: u32) {
    let mut backoff = 2_000;
    loop {
        if !live.current(epoch) {
            return;
        }
        refresh_count(api, live).await;
        match api.stream_ticket().await {
            Ok(t) => {
                let url = api.stream_url(&t.ticket, live.last_event.get_value());
                if let Some(closed) = open(url, live, epoch) {
                    let _ = wasm_bindgen_futures::JsFuture::from(closed).await;
                    if !live.current(epoch) {
                        return;
                    }
                    // A stream that ran a while ended normally (its lifetime): reopen at once.
                    backoff = 2_000;
                }
            }
            // A backend without a stream, or a session that ended: poll (the session's own
            // handling shows an expired login).
            Err(ApiError::NotFound(_)) => backoff = POLL_MS,
            Err(_) => backoff = (backoff * 2).min(POLL_MS),
        }
        sleep(backoff).await;
    }
}

async fn refresh_count(api: Api, live: Live) {
    if let Ok(UnreadCount { count }) = api.unread_count().await {
        live.unread.set(count);
    }
}

/// Opens the stream; the promise resolves when it closes (an error, the server ending it, or a
/// logout).
fn open(url: String, live: Live, epoch: u32) -> Option<js_sys::Promise> {
    let source = EventSource::new(&url).ok()?;
    let mut done: Option<js_sys::Function> = None;
    let closed = js_sys::Promise::new(&mut |resolve, _| done = Some(resolve));
    let done = done?;
    let remember = move |ev: &MessageEvent| {
        if let Ok(id) = ev.last_event_id().parse::<i64>() {
            live.last_event.set_value(Some(id));
        }
    };
    let mut listeners = Vec::new();
    let on_notification = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        remember(&ev);
        let Some(text) = ev.data().as_string() else { return };
        let Ok(id) = ev.last_event_id().parse::<i64>() else { return };
        if live.current(epoch) {
            live.arrived.update(|v| {
                if !v.iter().any(|x| x.0 == id) {
                    v.push((id, text));
                }
                let extra = v.len().saturating_sub(KEEP);
                v.drain(..extra);
            });
        }
    });
    let on_count = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(text) = ev.data().as_string() else { return };
        if let Ok(UnreadCount { count }) = serde_json::from_str::<UnreadCount>(&text)
            && live.current(epoch)
        {
            live.unread.set(count);
        }
    });
    let on_post = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        remember(&ev);
        let Some(text) = ev.data().as_string() else { return };
        let Ok(p) = serde_json::from_str::<StreamPost>(&text) else { return };
        if live.current(epoch) {
            live.new_posts.update(|v| {
                if !v.iter().any(|x| x.id == p.id) {
                    v.push(p);
                }
                let extra = v.len().saturating_sub(200);
                v.drain(..extra);
            });
        }
    });
    let on_comment = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| remember(&ev));
    for (name, f) in [
        ("notification", on_notification),
        ("unread_count", on_count),
        ("post_created", on_post),
        ("comment_created", on_comment),
    ] {
        let _ = source.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        listeners.push(f);
    }
    // The browser would retry with the same (spent) ticket: close, and let `run` reopen.
    let spent = source.clone();
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
        spent.close();
        // Not from inside this listener: closing drops it.
        set_timeout(close_current, std::time::Duration::ZERO);
    });
    source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    close_current();
    CURRENT.with(|c| {
        *c.borrow_mut() = Some(Open { source, done, _listeners: listeners, _on_error: on_error });
    });
    Some(closed)
}

async fn sleep(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(p).await;
}

/// The unread count on the installed app's icon, where the browser supports it.
fn set_app_badge(n: u32) {
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    let name = if n == 0 { "clearAppBadge" } else { "setAppBadge" };
    let Ok(f) = js_sys::Reflect::get(&nav, &name.into()) else { return };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else { return };
    let result = if n == 0 { f.call0(&nav) } else { f.call1(&nav, &wasm_bindgen::JsValue::from(n)) };
    // The promise rejects where badges are not allowed; nothing to do then.
    if let Ok(p) = result.and_then(|p| p.dyn_into::<js_sys::Promise>()) {
        leptos::task::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(p).await;
        });
    }
}
