//! Browser tests of Markdown rendering and editing: hostile documents must yield inert DOM.
#![cfg(target_arch = "wasm32")]

use kith::ui::markdown::LINK_REL;
use kith::ui::markdown_editor::MarkdownEditor;
use kith::ui::markdown_view::MarkdownView;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
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

/// Every element under `el`, in document order.
fn descendants(el: &web_sys::Element, out: &mut Vec<web_sys::Element>) {
    let mut child = el.first_element_child();
    while let Some(c) = child {
        out.push(c.clone());
        descendants(&c, out);
        child = c.next_element_sibling();
    }
}

fn all(root: &web_sys::Element) -> Vec<web_sys::Element> {
    let mut out = Vec::new();
    descendants(root, &mut out);
    out
}

fn count(root: &web_sys::Element, tag: &str) -> usize {
    all(root).iter().filter(|e| e.tag_name().eq_ignore_ascii_case(tag)).count()
}

fn find(root: &web_sys::Element, selector: &str) -> web_sys::Element {
    root.query_selector(selector).expect("valid selector").unwrap_or_else(|| panic!("{selector} not found"))
}

const HOSTILE: &str = r#"# Club news

- first item
- second item

<script>alert(1)</script>

Inline <img src=x onerror=alert(1)> and <a href="javascript:alert(1)" onclick="alert(1)">raw link</a>.

<iframe src="https://evil.example"></iframe>

<object data="x"></object><embed src="x"><svg onload="alert(1)"></svg><style>body{display:none}</style>

[js](javascript:alert(1)) [mixed](JaVaScRiPt:alert(1)) [spaced]( javascript:alert(1))
[entity](&#106;avascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)
[vb](vbscript:msgbox(1)) [rel](../g/x) [slash](/\evil.example) [proto](//evil.example) <javascript:alert(1)>
[ref] and [ref2][ref]

[ref]: javascript:alert(1)

![bad img](javascript:alert(1)) ![svg](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)

[good](https://example.org/?a=1&b=2) <mailto:someone@example.org> ![cat](https://img.example/cat.png)
"#;

#[wasm_bindgen_test]
async fn a_hostile_document_renders_inert() {
    let root = container();
    let _handle =
        leptos::mount::mount_to(root.clone(), || view! { <MarkdownView source=HOSTILE.to_string() /> });
    leptos::task::tick().await;
    let root: web_sys::Element = root.into();
    let elements = all(&root);

    for tag in ["script", "iframe", "object", "embed", "svg", "style", "form", "base", "meta", "link"] {
        assert_eq!(count(&root, tag), 0, "a {tag} element was created");
    }
    for el in &elements {
        let names = el.get_attribute_names();
        for name in names.iter().filter_map(|n| n.as_string()) {
            let lower = name.to_ascii_lowercase();
            assert!(!lower.starts_with("on"), "{} has {name}", el.tag_name());
            assert_ne!(lower, "style", "{} has an inline style", el.tag_name());
        }
    }
    let links: Vec<_> = elements.iter().filter(|e| e.tag_name() == "A").collect();
    assert_eq!(links.len(), 2, "only the safe links remain");
    for a in &links {
        let href = a.get_attribute("href").expect("links have an href");
        let l = href.to_ascii_lowercase();
        assert!(l.starts_with("http:") || l.starts_with("https:") || l.starts_with("mailto:"), "{href}");
        assert_eq!(a.get_attribute("rel").as_deref(), Some(LINK_REL));
    }
    assert_eq!(links[0].get_attribute("target").as_deref(), Some("_blank"));
    for img in elements.iter().filter(|e| e.tag_name() == "IMG") {
        let src = img.get_attribute("src").unwrap_or_default();
        assert!(src.starts_with("https://"), "{src}");
        assert_eq!(img.get_attribute("loading").as_deref(), Some("lazy"));
    }
    assert_eq!(count(&root, "img"), 1);

    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("<script>alert(1)</script>"), "raw HTML shows as text: {text}");
    assert!(text.contains("<img src=x onerror=alert(1)>"));
    assert!(text.contains("<iframe src=\"https://evil.example\"></iframe>"));
    for words in ["js", "mixed", "entity", "data", "bad img", "svg", "raw link"] {
        assert!(text.contains(words), "{words} is kept as text");
    }

    assert_eq!(find(&root, "h3").text_content().as_deref(), Some("Club news"), "# renders as h3");
    assert_eq!(count(&root, "h1") + count(&root, "h2"), 0);
    assert_eq!(count(&root, "ul"), 1);
    assert_eq!(count(&root, "li"), 2);
    assert_eq!(find(&root, "li").text_content().as_deref(), Some("first item"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_view_follows_its_source() {
    let root = container();
    let source = RwSignal::new("# One".to_string());
    let _handle = leptos::mount::mount_to(
        root.clone(),
        move || view! { <MarkdownView source=source class="post-body" /> },
    );
    leptos::task::tick().await;
    assert_eq!(find(&root, ".markdown.post-body h3").text_content().as_deref(), Some("One"));
    source.set("- a\n- b\n\n[x](https://a.example)".into());
    leptos::task::tick().await;
    assert_eq!(count(&root, "h3"), 0);
    assert_eq!(count(&root, "li"), 2);
    assert_eq!(find(&root, "a").get_attribute("rel").as_deref(), Some(LINK_REL));
    source.set("[x](javascript:alert(1))".into());
    leptos::task::tick().await;
    assert_eq!(count(&root, "a"), 0);
    root.remove();
}

fn type_into(textarea: &web_sys::Element, text: &str) {
    js_sys::Reflect::set(textarea, &JsValue::from_str("value"), &JsValue::from_str(text)).expect("set value");
    let event = web_sys::Event::new("input").expect("an input event");
    textarea.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn typing_updates_the_preview_counter_and_validity() {
    let root = container();
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <MarkdownEditor
                value=value
                label="Post"
                id="post-body"
                max_chars=20
                error=error
                placeholder="Say something"
            />
        }
    });
    leptos::task::tick().await;
    let root: web_sys::Element = root.into();
    let textarea = find(&root, "textarea#post-body");
    assert_eq!(find(&root, "label[for=post-body]").text_content().as_deref(), Some("Post"));
    assert_eq!(textarea.get_attribute("placeholder").as_deref(), Some("Say something"));
    let preview_body = find(&root, "#post-body-preview .markdown");
    assert!(preview_body.first_child().is_none(), "empty, so the CSS placeholder shows");

    type_into(&textarea, "# Hello\n\n*hi* <b>x</b>");
    leptos::task::tick().await;
    assert_eq!(value.get_untracked(), "# Hello\n\n*hi* <b>x</b>");
    assert_eq!(find(&root, "#post-body-preview h3").text_content().as_deref(), Some("Hello"));
    assert_eq!(find(&root, "#post-body-preview em").text_content().as_deref(), Some("hi"));
    assert_eq!(count(&find(&root, "#post-body-preview"), "b"), 0);
    assert!(preview_body.first_child().is_some());
    let counter = find(&root, "#post-body-count");
    assert_eq!(counter.text_content().as_deref(), Some("22 / 20 characters"));
    assert!(counter.class_list().contains("error"));
    assert_eq!(textarea.get_attribute("aria-invalid").as_deref(), Some("true"));

    type_into(&textarea, "- a\n- b");
    leptos::task::tick().await;
    assert_eq!(count(&find(&root, "#post-body-preview"), "li"), 2);
    assert_eq!(count(&find(&root, "#post-body-preview"), "h3"), 0);
    assert!(!find(&root, "#post-body-count").class_list().contains("error"));
    assert_eq!(textarea.get_attribute("aria-invalid"), None);
    assert_eq!(textarea.get_attribute("aria-describedby").as_deref(), Some("post-body-hint post-body-count"));

    error.set(Some("The post cannot be empty.".into()));
    leptos::task::tick().await;
    assert_eq!(textarea.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = textarea.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.split(' ').any(|id| id == "post-body-error"), "{described}");
    assert_eq!(find(&root, "#post-body-error").text_content().as_deref(), Some("The post cannot be empty."));

    let write = find(&root, ".md-tabs button:first-child");
    let preview = find(&root, ".md-tabs button:last-child");
    assert_eq!(write.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(preview.get_attribute("aria-pressed").as_deref(), Some("false"));
    preview.unchecked_ref::<web_sys::HtmlElement>().click();
    leptos::task::tick().await;
    assert_eq!(preview.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(write.get_attribute("aria-pressed").as_deref(), Some("false"));
    assert!(find(&root, ".md-editor").class_list().contains("previewing"));
    root.remove();
}
