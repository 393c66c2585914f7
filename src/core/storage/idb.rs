//! A small async key-value store on IndexedDB, for saved copies of what the member has read
//! (offline reading). Every failure (IndexedDB disabled, quota, a blocked upgrade) is an `Err`,
//! never a panic, and the app works on without it.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "kith";
const STORE: &str = "saved";

/// Turns an IndexedDB request into a future of its result.
async fn finish(req: &IdbRequest) -> Result<JsValue, JsValue> {
    let req2 = req.clone();
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let ok_req = req2.clone();
        let ok = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::UNDEFINED));
        });
        let fail = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        req2.set_onsuccess(Some(ok.unchecked_ref()));
        req2.set_onerror(Some(fail.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let factory = window.indexed_db()?.ok_or(JsValue::NULL)?;
    let req = factory.open_with_u32(DB_NAME, 1)?;
    let upgrade = Closure::once_into_js({
        let req = req.clone();
        move || {
            if let Ok(db) = req.result().and_then(|r| r.dyn_into::<IdbDatabase>())
                && !db.object_store_names().contains(STORE)
            {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    finish(&req).await?.dyn_into::<IdbDatabase>()
}

/// Stores a string under a key (replacing what was there).
pub async fn put(key: &str, value: &str) -> Result<(), JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE)?;
    let req = store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
    finish(&req).await.map(|_| ())
}

/// The string under a key, if any.
pub async fn get(key: &str) -> Result<Option<String>, JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE)?;
    let store = tx.object_store(STORE)?;
    let req = store.get(&JsValue::from_str(key))?;
    Ok(finish(&req).await?.as_string())
}

/// Every key (to trim the store).
pub async fn keys() -> Result<Vec<String>, JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE)?;
    let store = tx.object_store(STORE)?;
    let req = store.get_all_keys()?;
    let arr: js_sys::Array = finish(&req).await?.dyn_into()?;
    Ok(arr.iter().filter_map(|k| k.as_string()).collect())
}

pub async fn delete(key: &str) -> Result<(), JsValue> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(STORE)?;
    let req = store.delete(&JsValue::from_str(key))?;
    finish(&req).await.map(|_| ())
}

/// Whether a JS value looks like a quota error (for a clearer message).
pub fn is_quota_error(e: &JsValue) -> bool {
    Reflect::get(e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .is_some_and(|n| n == "QuotaExceededError")
}
