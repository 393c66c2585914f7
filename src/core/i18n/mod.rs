//! The member's language: every text the app shows comes from a Fluent catalog through [`tr!`],
//! and numbers, plurals, dates and relative times from the browser's `Intl`.
//!
//! English is compiled in (build.rs joins `locales/en/*.ftl`); German and Arabic are fetched
//! when chosen (index.html's early script starts the request while the wasm downloads, and the
//! service worker keeps them for offline starts). The language is picked once at start, before
//! the first render: changing it in Settings stores the choice and reloads, so no view has to
//! re-render its texts.

#[cfg(test)]
mod catalog_check;
pub mod fluent;
pub mod intl;

use std::cell::RefCell;
use std::rc::Rc;

pub use fluent::Arg;
use fluent::Catalog;

/// The English catalog, the source every other language is checked against.
pub const ENGLISH: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang {
    pub code: &'static str,
    /// Its own name, as the language picker shows it.
    pub name: &'static str,
    pub rtl: bool,
}

/// The languages members can choose, in the picker's order.
pub const LANGS: &[Lang] = &[
    Lang { code: "en", name: "English", rtl: false },
    Lang { code: "de", name: "Deutsch", rtl: false },
    Lang { code: "ar", name: "العربية", rtl: true },
];

/// The pseudo-locale: English with every message accented, stretched 40 % and wrapped in
/// ⟦ ⟧, so tests see any text that bypasses the catalog and any layout that cannot grow.
pub const PSEUDO: Lang = Lang { code: "en-XA", name: "Pseudo", rtl: false };

/// Where the member's choice is remembered (index.html's early script reads it too).
pub const STORAGE_KEY: &str = "kith.lang";

/// The language to use: the stored choice when it is one we have, else the first of the
/// browser's languages we have, else English.
pub fn negotiate(stored: Option<&str>, browser: &[String]) -> Lang {
    if let Some(s) = stored {
        if s == PSEUDO.code {
            return PSEUDO;
        }
        if let Some(l) = LANGS.iter().find(|l| l.code == s) {
            return *l;
        }
    }
    browser
        .iter()
        .find_map(|tag| {
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
            LANGS.iter().find(|l| l.code == primary).copied()
        })
        .unwrap_or(LANGS[0])
}

/// The tag `Intl` formats with: the browser's own tag when it is the same language (so an
/// `en-GB` or `de-AT` browser keeps its regional dates and week start), else the language.
pub fn intl_tag(lang: Lang, browser: &[String]) -> String {
    if lang == PSEUDO {
        return "en".into();
    }
    browser
        .iter()
        .find(|tag| tag.split(['-', '_']).next().is_some_and(|p| p.eq_ignore_ascii_case(lang.code)))
        .map(|t| t.replace('_', "-"))
        .unwrap_or_else(|| lang.code.to_string())
}

struct State {
    lang: Lang,
    catalog: Rc<Catalog>,
    english: Rc<Catalog>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn parse_english() -> Catalog {
    Catalog::parse(ENGLISH).0
}

fn with_state<R>(f: impl FnOnce(&State) -> R) -> R {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let st = s.get_or_insert_with(|| {
            let en = Rc::new(parse_english());
            State { lang: LANGS[0], catalog: en.clone(), english: en }
        });
        f(st)
    })
}

/// Makes `lang` current with its catalog's text (`None` for English or the pseudo-locale, which
/// are built from the compiled-in English). A message missing from a fetched catalog falls back
/// to English, so an incomplete deployment still shows every text.
pub fn install(lang: Lang, text: Option<&str>) {
    let english = with_state(|s| s.english.clone());
    let catalog = if lang == PSEUDO {
        let mut c = (*english).clone();
        c.map_text(&pseudo_text);
        Rc::new(c)
    } else {
        match text {
            Some(t) if lang.code != "en" => Rc::new(Catalog::parse(t).0),
            _ => english.clone(),
        }
    };
    STATE.with(|s| *s.borrow_mut() = Some(State { lang, catalog, english }));
}

/// The current language.
pub fn lang() -> Lang {
    with_state(|s| s.lang)
}

/// A message's text in the current language. Use [`tr!`] rather than calling this directly.
pub fn text(id: &str, args: &[(&str, Arg)]) -> String {
    with_state(|s| {
        let loc = intl::current();
        let out = s
            .catalog
            .format(id, args, &*loc, s.lang.rtl)
            .or_else(|| s.english.format(id, args, &*loc, false))
            .unwrap_or_else(|| id.to_string());
        if s.lang == PSEUDO { pseudo_wrap(&out) } else { out }
    })
}

/// Accents Latin letters, so text that skipped the catalog stands out next to text that did not.
fn pseudo_text(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'a' => 'á',
            'e' => 'é',
            'i' => 'í',
            'o' => 'ö',
            'u' => 'ü',
            'c' => 'ç',
            'n' => 'ñ',
            'A' => 'Å',
            'E' => 'É',
            'O' => 'Ö',
            'U' => 'Ü',
            _ => c,
        })
        .collect()
}

/// Wraps a whole message in ⟦ ⟧ and stretches it by 40 % of its length (German and Finnish
/// texts run that much longer than English).
fn pseudo_wrap(s: &str) -> String {
    let n = s.chars().filter(|c| !c.is_whitespace()).count();
    let extra = (n * 2).div_ceil(5);
    let mut out = String::with_capacity(s.len() + extra * 2 + 8);
    out.push('⟦');
    out.push_str(s);
    if extra > 0 {
        out.push(' ');
        out.extend(std::iter::repeat_n('·', extra.saturating_sub(1)));
    }
    out.push('⟧');
    out
}

/// The text of a catalog message: `tr!("id")`, or `tr!("id", name = value, count = n)` where a
/// value is a string or a number (numbers are formatted and select plural variants).
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::core::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::core::i18n::text($id, &[$((stringify!($name), $crate::core::i18n::Arg::from($value))),+])
    };
}

/// Picks the language, loads its catalog and sets `<html lang dir>`; the app mounts after it.
#[cfg(target_arch = "wasm32")]
pub async fn start() {
    let browser = intl::browser_languages();
    let stored = stored_choice();
    let lang = negotiate(stored.as_deref(), &browser);
    let text = if lang.code == "en" || lang == PSEUDO { None } else { load::catalog(lang.code).await };
    // A catalog that cannot be had (offline before it was ever cached) leaves the app English.
    let lang = if lang.code != "en" && lang != PSEUDO && text.is_none() { LANGS[0] } else { lang };
    install(lang, text.as_deref());
    intl::set_tag(intl_tag(lang, &browser));
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", if lang == PSEUDO { "en" } else { lang.code });
        let _ = root.set_attribute("dir", if lang.rtl { "rtl" } else { "ltr" });
    }
}

/// Stores the member's choice (`None`: follow the browser) and reloads in it.
#[cfg(target_arch = "wasm32")]
pub fn choose(code: Option<&str>) {
    use crate::core::storage::{KvStore, WebStorage};
    let _ = match code {
        Some(c) => WebStorage::Local.set(STORAGE_KEY, c),
        None => WebStorage::Local.remove(STORAGE_KEY),
    };
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The stored choice, if any (Settings shows "as the browser" otherwise).
#[cfg(target_arch = "wasm32")]
pub fn stored_choice() -> Option<String> {
    use crate::core::storage::{KvStore, WebStorage};
    WebStorage::Local.get(STORAGE_KEY).ok().flatten()
}

#[cfg(target_arch = "wasm32")]
mod load {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;

    /// The catalog's text: the early script's request when it asked for this language, else a
    /// fetch of the URL post-build.mjs wrote into `window.__kithI18n`.
    pub async fn catalog(code: &str) -> Option<String> {
        let window = web_sys::window()?;
        let early = js_sys::Reflect::get(&window, &"__kithEarly".into()).ok();
        if let Some(early) = early.filter(|e| e.is_object()) {
            let lang = js_sys::Reflect::get(&early, &"lang".into()).ok().and_then(|v| v.as_string());
            let promise = js_sys::Reflect::get(&early, &"catalog".into()).ok();
            if let (Some(lang), Some(p)) = (lang, promise) {
                if lang == code {
                    if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
                        if let Ok(v) = JsFuture::from(p).await {
                            if let Some(t) = v.as_string() {
                                return Some(t);
                            }
                        }
                    }
                }
            }
        }
        let urls = js_sys::Reflect::get(&window, &"__kithI18n".into()).ok()?;
        let entry = js_sys::Reflect::get(&urls, &code.into()).ok().filter(|v| v.is_object())?;
        let url = js_sys::Reflect::get(&entry, &"url".into()).ok()?.as_string()?;
        let resp: web_sys::Response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?.dyn_into().ok()?;
        if !resp.ok() {
            return None;
        }
        let text = JsFuture::from(resp.text().ok()?).await.ok()?;
        let _: &JsValue = &text;
        text.as_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_stored_choice_wins_then_the_browser_then_english() {
        assert_eq!(negotiate(Some("ar"), &langs(&["de-DE"])).code, "ar");
        assert_eq!(negotiate(Some("xx"), &langs(&["fr-FR", "de-AT"])).code, "de");
        assert_eq!(negotiate(None, &langs(&["fr", "pt"])).code, "en");
        assert_eq!(negotiate(Some("en-XA"), &[]).code, "en-XA");
        assert_eq!(negotiate(None, &langs(&["AR_eg"])).code, "ar");
    }

    #[test]
    fn formats_follow_the_browsers_region_of_the_same_language() {
        let de = negotiate(Some("de"), &[]);
        assert_eq!(intl_tag(de, &langs(&["en-GB", "de-AT"])), "de-AT");
        assert_eq!(intl_tag(de, &langs(&["en-GB"])), "de");
        assert_eq!(intl_tag(PSEUDO, &langs(&["en-GB"])), "en");
    }

    #[test]
    fn the_pseudo_locale_marks_and_stretches_every_message() {
        install(PSEUDO, None);
        let s = text("app-name", &[]);
        install(LANGS[0], None);
        assert!(s.starts_with('⟦') && s.ends_with('⟧'), "{s}");
        assert!(s.chars().count() >= "Kith".len() * 14 / 10, "{s}");
        assert_eq!(text("app-name", &[]), "Kith");
    }

    #[test]
    fn a_message_missing_from_a_fetched_catalog_falls_back_to_english() {
        install(LANGS[1], Some("other = x\n"));
        let s = text("app-name", &[]);
        install(LANGS[0], None);
        assert_eq!(s, "Kith");
        assert_eq!(text("no-such-message", &[]), "no-such-message");
    }
}
