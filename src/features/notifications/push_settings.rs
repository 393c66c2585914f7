use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use kith_api::PushSubscriptionBody;

use crate::core::api::use_api;
use crate::tr;

/// Where push on this device stands.
#[derive(Clone, Debug, PartialEq)]
enum PushState {
    Checking,
    /// The browser has no push (or no service worker, or the page is not secure).
    Unsupported,
    /// The backend sends no pushes.
    NoServer,
    /// The member said no in the browser's prompt; only the browser's settings can undo it.
    Denied,
    Off,
    On,
    Busy,
}

fn js_err(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| tr!("notif-push-browser-refused"))
}

/// base64url (padding optional) to bytes; `None` on anything else.
pub fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.trim_end_matches('=').bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

fn supported() -> bool {
    let Some(w) = web_sys::window() else { return false };
    let has = |o: &JsValue, k: &str| js_sys::Reflect::has(o, &JsValue::from_str(k)).unwrap_or(false);
    w.is_secure_context()
        && has(&w, "PushManager")
        && has(&w, "Notification")
        && has(&w.navigator(), "serviceWorker")
}

async fn registration() -> Result<web_sys::ServiceWorkerRegistration, String> {
    let w = web_sys::window().ok_or_else(|| tr!("notif-push-unavailable"))?;
    let ready = w.navigator().service_worker().ready().map_err(js_err)?;
    let reg = JsFuture::from(ready).await.map_err(js_err)?;
    reg.dyn_into::<web_sys::ServiceWorkerRegistration>().map_err(|_| "no service worker".to_string())
}

async fn current_subscription() -> Result<Option<web_sys::PushSubscription>, String> {
    let reg = registration().await?;
    let pm = reg.push_manager().map_err(js_err)?;
    let sub = JsFuture::from(pm.get_subscription().map_err(js_err)?).await.map_err(js_err)?;
    Ok(sub.dyn_into::<web_sys::PushSubscription>().ok())
}

async fn subscribe(key: &[u8]) -> Result<PushSubscriptionBody, String> {
    let reg = registration().await?;
    let pm = reg.push_manager().map_err(js_err)?;
    let opts = web_sys::PushSubscriptionOptionsInit::new();
    let _ = js_sys::Reflect::set(&opts, &"userVisibleOnly".into(), &JsValue::TRUE);
    let _ =
        js_sys::Reflect::set(&opts, &"applicationServerKey".into(), &js_sys::Uint8Array::from(key).into());
    let sub = JsFuture::from(pm.subscribe_with_options(&opts).map_err(js_err)?).await.map_err(js_err)?;
    let json = js_sys::JSON::stringify(&sub).map_err(js_err)?;
    let text = json.as_string().unwrap_or_default();
    serde_json::from_str(&text).map_err(|_| tr!("notif-push-unreadable"))
}

/// Settings → "Notifications on this device": web push, asked for only after a click.
#[component]
pub fn PushSettings() -> impl IntoView {
    let api = use_api();
    let state = RwSignal::new(PushState::Checking);
    let error = RwSignal::new(None::<String>);
    let key = StoredValue::new(None::<Vec<u8>>);
    leptos::task::spawn_local(async move {
        let meta = api.meta().await.ok();
        let k = meta.and_then(|m| m.vapid_public_key).and_then(|k| b64url_decode(&k));
        let s = if k.is_none() {
            PushState::NoServer
        } else if !supported() {
            PushState::Unsupported
        } else if web_sys::Notification::permission() == web_sys::NotificationPermission::Denied {
            PushState::Denied
        } else {
            match current_subscription().await {
                Ok(Some(_)) => PushState::On,
                _ => PushState::Off,
            }
        };
        key.set_value(k);
        state.set(s);
    });
    let turn_on = move |_| {
        state.set(PushState::Busy);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result: Result<(), String> = async {
                let asked = web_sys::Notification::request_permission().map_err(js_err)?;
                let answer = JsFuture::from(asked).await.map_err(js_err)?;
                if answer.as_string().as_deref() != Some("granted") {
                    return Err("denied".into());
                }
                let k = key.get_value().ok_or_else(|| tr!("notif-push-unavailable"))?;
                let body = subscribe(&k).await?;
                api.subscribe_push(&body).await.map_err(|e| e.user_message())
            }
            .await;
            match result {
                Ok(()) => state.set(PushState::On),
                Err(e) if e == "denied" => state.set(PushState::Denied),
                Err(e) => {
                    state.set(PushState::Off);
                    error.set(Some(tr!("notif-push-turn-on-failed", error = e)));
                }
            }
        });
    };
    let turn_off = move |_| {
        state.set(PushState::Busy);
        error.set(None);
        leptos::task::spawn_local(async move {
            if let Ok(Some(sub)) = current_subscription().await {
                let endpoint = sub.endpoint();
                if let Ok(p) = sub.unsubscribe() {
                    let _ = JsFuture::from(p).await;
                }
                if let Err(e) = api.unsubscribe_push(&endpoint).await {
                    error.set(Some(tr!("notif-push-server-not-told", error = e.user_message())));
                }
            }
            state.set(PushState::Off);
        });
    };
    view! {
        <section class="settings-section" aria-labelledby="push-heading">
            <h2 id="push-heading">{tr!("notif-push-heading")}</h2>
            {move || match state.get() {
                PushState::Checking => view! { <p>{tr!("notif-push-checking")}</p> }.into_any(),
                PushState::Unsupported => view! {
                    <p>{tr!("notif-push-unsupported")}</p>
                }.into_any(),
                PushState::NoServer => view! {
                    <p>{tr!("notif-push-no-server")}</p>
                }.into_any(),
                PushState::Denied => view! {
                    <p>{tr!("notif-push-denied")}</p>
                }.into_any(),
                PushState::Off => view! {
                    <p>{tr!("notif-push-off")}</p>
                    <button type="button" on:click=turn_on>{tr!("notif-push-turn-on")}</button>
                }.into_any(),
                PushState::On => view! {
                    <p>{tr!("notif-push-on")}</p>
                    <button type="button" class="secondary" on:click=turn_off>{tr!("notif-push-turn-off")}</button>
                }.into_any(),
                PushState::Busy => view! { <p role="status">{tr!("notif-push-working")}</p> }.into_any(),
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::b64url_decode;

    #[test]
    fn decodes_base64url() {
        assert_eq!(b64url_decode("AQID").unwrap(), vec![1, 2, 3]);
        assert_eq!(b64url_decode("-_8").unwrap(), vec![0xfb, 0xff]);
        assert_eq!(b64url_decode("AQ==").unwrap(), vec![1]);
        assert!(b64url_decode("A*").is_none());
    }
}
