//! Browser tests of the shell's components, mounted into a real DOM in headless Chromium.
#![cfg(target_arch = "wasm32")]

use kith::core::config::ConfigError;
use kith::core::notices::{NoticeKind, use_notices};
use kith::features::account::theme_picker::ThemePicker;
use kith::ui::config_error::ConfigErrorPage;
use kith::ui::notice_area::NoticeArea;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// A fresh container in the body for one test.
fn container() -> web_sys::HtmlElement {
    let el = document().create_element("div").expect("div").unchecked_into::<web_sys::HtmlElement>();
    document().body().expect("body").append_child(&el).expect("append");
    el
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .expect("valid selector")
        .unwrap_or_else(|| panic!("{selector} not found"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

#[wasm_bindgen_test]
async fn choosing_dark_sets_the_document_theme_and_remembers_it() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("kith.theme").unwrap();
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || view! { <ThemePicker /> });
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("data-theme"), None);

    click(&root, "input[value=dark]");
    leptos::task::tick().await;
    assert_eq!(html.get_attribute("data-theme").as_deref(), Some("dark"));
    assert_eq!(storage.get_item("kith.theme").unwrap().as_deref(), Some("dark"));

    click(&root, "input[value=system]");
    leptos::task::tick().await;
    assert_eq!(html.get_attribute("data-theme"), None);
    assert_eq!(storage.get_item("kith.theme").unwrap().as_deref(), Some("system"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_config_error_page_says_what_is_wrong_and_how_to_fix_it() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <ConfigErrorPage error=ConfigError::Malformed("it ends too early (line 1, column 9)".into()) /> }
    });
    leptos::task::tick().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Kith cannot start"), "{text}");
    assert!(text.contains("config.json is not valid: it ends too early (line 1, column 9)."), "{text}");
    assert!(text.contains("\"api_base\""), "{text}");
    let alert = root.query_selector("[role=alert]").unwrap();
    assert!(alert.is_some(), "the message is announced");
    root.remove();
}

#[wasm_bindgen_test]
async fn notices_show_and_dismiss() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        let n = use_notices();
        n.push(NoticeKind::Warning, "Storage is full");
        view! { <NoticeArea /> }
    });
    leptos::task::tick().await;
    assert!(root.text_content().unwrap_or_default().contains("Storage is full"));
    click(&root, ".notice button");
    leptos::task::tick().await;
    assert!(!root.text_content().unwrap_or_default().contains("Storage is full"));
    root.remove();
}
