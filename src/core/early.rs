//! Answers that index.html's inline script started before the wasm had arrived (config.json and
//! the opened route's first API requests), so the first screen does not wait for the download
//! and then for the network in turn. Each answer is used once, by the first request for exactly
//! that URL with exactly that token; anything else (a missing, malformed or failed early answer)
//! means the app asks the server itself, as it would without the script.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A finished early answer: status, body and `Retry-After`.
pub struct EarlyAnswer {
    pub status: u16,
    pub text: String,
    pub retry_after: Option<String>,
}

fn early_object() -> Option<JsValue> {
    let window = web_sys::window()?;
    let early = js_sys::Reflect::get(&window, &JsValue::from_str("__kithEarly")).ok()?;
    early.is_object().then_some(early)
}

/// Removes `key` from `object` and returns what it held.
fn take(object: &JsValue, key: &str) -> Option<JsValue> {
    let key = JsValue::from_str(key);
    let value = js_sys::Reflect::get(object, &key).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(object.unchecked_ref::<js_sys::Object>(), &key);
    Some(value)
}

/// Resolves in a new task: an answer that is already here would otherwise be rendered in the
/// same long task as whatever asked for it (starting the app, rendering the shell), with no paint
/// in between.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let queued = web_sys::window()
            .and_then(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0).ok());
        if queued.is_none() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

async fn settle(promise: JsValue) -> Option<EarlyAnswer> {
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    let answer = JsFuture::from(promise).await.ok()?;
    next_task().await;
    let field = |name: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(name)).ok();
    let status = field("status")?.as_f64()?;
    let text = field("text")?.as_string()?;
    let retry_after = field("retry").and_then(|v| v.as_string());
    (100.0..600.0).contains(&status).then_some(EarlyAnswer { status: status as u16, text, retry_after })
}

/// config.json, if the inline script asked for it.
pub async fn config() -> Option<EarlyAnswer> {
    let promise = take(&early_object()?, "config")?;
    settle(promise).await
}

/// The early answer for a GET of `url` sent with `token`, if there is one.
pub async fn api(url: &str, token: Option<&str>) -> Option<EarlyAnswer> {
    let early = early_object()?;
    let requests = js_sys::Reflect::get(&early, &JsValue::from_str("api")).ok().filter(JsValue::is_object)?;
    let entry = take(&requests, url)?;
    let sent_with = js_sys::Reflect::get(&entry, &JsValue::from_str("token")).ok()?.as_string();
    if sent_with.as_deref() != token {
        return None;
    }
    settle(js_sys::Reflect::get(&entry, &JsValue::from_str("answer")).ok()?).await
}
