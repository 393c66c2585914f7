//! Time zones in the browser: the IANA zones the browser knows, through `Intl.DateTimeFormat`,
//! so the bundle carries no zone database. Unknown zones are reported, never thrown.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::features::events::calendar::Zone;

/// A zone backed by an `Intl.DateTimeFormat` that prints wall-clock parts in that zone.
pub struct BrowserZone {
    pub name: String,
    dtf: JsValue,
    format: js_sys::Function,
}

thread_local! {
    static CACHE: RefCell<HashMap<String, Option<Rc<BrowserZone>>>> = RefCell::new(HashMap::new());
}

/// The zone of this name, if the browser knows it (cached).
pub fn zone(name: &str) -> Option<Rc<BrowserZone>> {
    if let Some(hit) = CACHE.with(|c| c.borrow().get(name).cloned()) {
        return hit;
    }
    let made = make(name).map(Rc::new);
    CACHE.with(|c| c.borrow_mut().insert(name.to_string(), made.clone()));
    made
}

pub fn zone_known(name: &str) -> bool {
    !name.is_empty() && name.len() < 64 && zone(name).is_some()
}

fn make(name: &str) -> Option<BrowserZone> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: js_sys::Function = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.dyn_into().ok()?;
    let opts = Object::new();
    for (k, v) in [
        ("timeZone", name),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "numeric"),
        ("minute", "numeric"),
        ("second", "numeric"),
    ] {
        Reflect::set(&opts, &k.into(), &v.into()).ok()?;
    }
    // Reflect.construct reports a RangeError for an unknown zone as an Err, not a trap.
    let args = Array::of2(&JsValue::from_str("en-US"), &opts);
    let dtf = Reflect::construct(&ctor, &args).ok()?;
    let format: js_sys::Function = Reflect::get(&dtf, &"formatToParts".into()).ok()?.dyn_into().ok()?;
    Some(BrowserZone { name: name.to_string(), dtf, format })
}

impl Zone for BrowserZone {
    fn offset(&self, utc: i64) -> i64 {
        let date = js_sys::Date::new(&JsValue::from_f64(utc as f64 * 1000.0));
        let Ok(parts) = self.format.call1(&self.dtf, &date) else { return 0 };
        let Ok(parts) = parts.dyn_into::<Array>() else { return 0 };
        let mut v = [0i64; 6];
        for p in parts.iter() {
            let kind = Reflect::get(&p, &"type".into()).ok().and_then(|x| x.as_string()).unwrap_or_default();
            let value: i64 = Reflect::get(&p, &"value".into())
                .ok()
                .and_then(|x| x.as_string())
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            let i = match kind.as_str() {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                "second" => 5,
                _ => continue,
            };
            v[i] = value;
        }
        if v[1] == 0 || v[2] == 0 {
            return 0;
        }
        let days = kith_api::time::days_from_civil(v[0], v[1] as u32, v[2] as u32);
        let local = days * 86_400 + v[3] * 3600 + v[4] * 60 + v[5];
        local - utc
    }
}

/// The browser's own zone name (e.g. `Europe/Berlin`), or `UTC`.
pub fn browser_zone_name() -> String {
    let found = (|| {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let ctor: js_sys::Function = Reflect::get(&intl, &"DateTimeFormat".into()).ok()?.dyn_into().ok()?;
        let dtf = Reflect::construct(&ctor, &Array::new()).ok()?;
        let resolved: js_sys::Function =
            Reflect::get(&dtf, &"resolvedOptions".into()).ok()?.dyn_into().ok()?;
        let opts = resolved.call0(&dtf).ok()?;
        Reflect::get(&opts, &"timeZone".into()).ok()?.as_string()
    })();
    found.filter(|z| zone_known(z)).unwrap_or_else(|| "UTC".into())
}

/// Every zone the browser supports, for the event form's zone picker.
pub fn supported_zones() -> Vec<String> {
    (|| {
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let f: js_sys::Function = Reflect::get(&intl, &"supportedValuesOf".into()).ok()?.dyn_into().ok()?;
        let list: Array = f.call1(&intl, &"timeZone".into()).ok()?.dyn_into().ok()?;
        Some(list.iter().filter_map(|v| v.as_string()).collect::<Vec<_>>())
    })()
    .unwrap_or_default()
}
