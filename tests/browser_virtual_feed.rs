//! Browser tests of the windowed feed: 10,000 rows in a real DOM in headless Chromium, scrolled
//! through by the window, with a bounded number of rows rendered wherever the reader is.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kith::ui::virtual_feed::VirtualFeed;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Every 7th post is three times as tall, as a post with a long excerpt would be.
const TEST_CSS: &str = ".t-short { height: 40px } .t-tall { height: 120px }";
const ESTIMATE: f64 = (6.0 * 40.0 + 120.0) / 7.0;
const AXE: &str = include_str!("../node_modules/axe-core/axe.min.js");

#[derive(Clone, Debug)]
struct Post {
    id: usize,
}

fn win() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn document() -> web_sys::Document {
    win().document().expect("a document")
}

/// A fresh container in the body for one test, with the rows' test styles in place.
fn container() -> web_sys::HtmlElement {
    let doc = document();
    if doc.get_element_by_id("vf-test-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("vf-test-css");
        style.set_text_content(Some(TEST_CSS));
        doc.head().unwrap().append_child(&style).unwrap();
    }
    let el = doc.create_element("div").unwrap().unchecked_into::<web_sys::HtmlElement>();
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn posts(range: std::ops::Range<usize>) -> Vec<Post> {
    range.map(|id| Post { id }).collect()
}

/// What a test sees of a mounted feed, and how it steers it.
struct Feed {
    root: web_sys::HtmlElement,
    items: RwSignal<Vec<Post>>,
    has_more: RwSignal<bool>,
    loading: RwSignal<bool>,
    asked: Arc<AtomicUsize>,
}

/// Mounts a feed of `items`; asking for more counts the request and sets `loading`, as a page
/// would while it fetches.
fn mount(items: Vec<Post>, has_more: bool) -> (Feed, Box<dyn std::any::Any>) {
    let root = container();
    let items = RwSignal::new(items);
    let has_more = RwSignal::new(has_more);
    let loading = RwSignal::new(false);
    let asked = Arc::new(AtomicUsize::new(0));
    let counter = asked.clone();
    let on_need_more = Callback::new(move |()| {
        counter.fetch_add(1, Ordering::SeqCst);
        loading.set(true);
    });
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <VirtualFeed
                items=items
                key=|p: &Post| p.id
                row=|p: Post| {
                    let class = if p.id.is_multiple_of(7) { "t-tall" } else { "t-short" };
                    view! { <div class=class>"Post " {p.id}</div> }.into_any()
                }
                has_more=has_more
                loading=loading
                on_need_more=on_need_more
                estimated_row_height=ESTIMATE
                label="Test posts"
            />
        }
    });
    (Feed { root, items, has_more, loading, asked }, Box::new(handle))
}

impl Feed {
    /// The rendered rows' positions (aria-posinset, from 1), in document order.
    fn positions(&self) -> Vec<usize> {
        let rows = self.root.get_elements_by_tag_name("article");
        (0..rows.length())
            .map(|i| {
                let row = rows.item(i).unwrap();
                let pos: usize = row.get_attribute("aria-posinset").unwrap().parse().unwrap();
                let id = self.items.with_untracked(|v| v[pos - 1].id);
                assert_eq!(row.text_content().unwrap_or_default(), format!("Post {id}"), "row {pos}");
                pos
            })
            .collect()
    }

    fn row(&self, pos: usize) -> Option<web_sys::HtmlElement> {
        let found = self.root.query_selector(&format!("article[aria-posinset='{pos}']")).unwrap();
        found.map(|e| e.unchecked_into())
    }

    /// The document offset of the feed's top.
    fn top(&self) -> f64 {
        self.root.get_bounding_client_rect().top() + win().scroll_y().unwrap()
    }

    fn status(&self) -> String {
        self.root.query_selector("[role=status]").unwrap().unwrap().text_content().unwrap_or_default()
    }

    fn asked(&self) -> usize {
        self.asked.load(Ordering::SeqCst)
    }
}

/// Waits for an animation frame: scroll events and resize observations are delivered then.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        win().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets scrolling, measuring and re-rendering settle.
async fn settle() {
    for _ in 0..4 {
        next_frame().await;
        leptos::task::tick().await;
    }
}

async fn scroll_to(y: f64) {
    win().scroll_to_with_x_and_y(0.0, y);
    settle().await;
}

/// Rows are contiguous and few, wherever the reader is.
fn assert_bounded(positions: &[usize], at: &str) {
    assert!(!positions.is_empty() && positions.len() < 80, "{at}: {} rows rendered", positions.len());
    assert!(positions.windows(2).all(|w| w[1] == w[0] + 1), "{at}: contiguous {positions:?}");
    web_sys::console::log_1(&format!("{at}: rows {positions:?}").into());
}

/// Whether the point in the middle of the viewport shows a row (not a spacer's blank).
fn middle_shows_a_row() -> bool {
    let (w, h) =
        (win().inner_width().unwrap().as_f64().unwrap(), win().inner_height().unwrap().as_f64().unwrap());
    let hit = document().element_from_point((w / 2.0) as f32, (h / 2.0) as f32);
    hit.and_then(|e| e.closest("article").ok().flatten()).is_some()
}

#[wasm_bindgen_test]
async fn ten_thousand_rows_render_a_bounded_window_anywhere_and_load_more_at_the_end() {
    // Sizes are set through CSSOM, which a CSP forbidding inline style attributes allows.
    let violations = Rc::new(Cell::new(0));
    let seen = violations.clone();
    let on_violation = Closure::<dyn Fn()>::new(move || seen.set(seen.get() + 1));
    document()
        .add_event_listener_with_callback("securitypolicyviolation", on_violation.as_ref().unchecked_ref())
        .unwrap();
    let meta = document().create_element("meta").unwrap();
    meta.set_attribute("http-equiv", "Content-Security-Policy").unwrap();
    meta.set_attribute("content", "style-src-attr 'none'").unwrap();
    document().head().unwrap().append_child(&meta).unwrap();
    let probe = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&probe).unwrap();
    probe.set_attribute("style", "color: red").unwrap();
    settle().await;
    probe.remove();
    assert!(violations.get() > 0, "the CSP is in force: a style attribute is reported");
    violations.set(0);

    win().scroll_to_with_x_and_y(0.0, 0.0);
    let (feed, handle) = mount(posts(0..10_000), true);
    settle().await;
    let top = feed.top();
    let at_top = feed.positions();
    assert_bounded(&at_top, "top");
    assert_eq!(at_top[0], 1);
    assert_eq!(feed.asked(), 0, "far from the end, nothing is asked for");
    let feed_el = feed.root.query_selector("[role=feed]").unwrap().unwrap();
    assert_eq!(feed_el.get_attribute("aria-label").as_deref(), Some("Test posts"));
    assert_eq!(feed_el.get_attribute("aria-busy").as_deref(), Some("false"));
    let first = feed.row(1).unwrap();
    assert_eq!(first.get_attribute("aria-setsize").as_deref(), Some("-1"));
    assert_eq!(first.get_bounding_client_rect().height(), 120.0);

    // The middle: the rows around post 5000 (by the estimate, nothing above is measured yet).
    scroll_to(top + 5000.0 * ESTIMATE).await;
    let middle = feed.positions();
    assert_bounded(&middle, "middle");
    assert!(middle.contains(&5001), "post 5000 is rendered: {middle:?}");
    assert!(middle_shows_a_row(), "no blank gap in the viewport");
    assert_eq!(feed.asked(), 0);
    // Rendered rows were measured: each tall post shows as tall.
    let tall = middle.iter().find(|p| (*p - 1) % 7 == 0).unwrap();
    assert_eq!(feed.row(*tall).unwrap().get_bounding_client_rect().height(), 120.0);

    // The end: more is asked for, once, and not again while the page loads.
    scroll_to(1e9).await;
    scroll_to(1e9).await;
    let end = feed.positions();
    assert_bounded(&end, "bottom");
    assert_eq!(*end.last().unwrap(), 10_000);
    assert!(middle_shows_a_row(), "no blank gap at the end");
    assert_eq!(feed.asked(), 1);
    assert!(feed.loading.get_untracked());
    assert_eq!(feed.status(), "Loading more…");
    assert_eq!(feed_el.get_attribute("aria-busy").as_deref(), Some("true"));
    for dy in [-300.0, 200.0, -50.0, 1e9] {
        win().scroll_by_with_x_and_y(0.0, dy);
        settle().await;
    }
    assert_eq!(feed.asked(), 1, "scrolling while loading asks for nothing more");

    // The last page arrives: its rows render below, and the end is marked.
    feed.items.update(|v| v.extend(posts(10_000..10_020)));
    feed.has_more.set(false);
    feed.loading.set(false);
    settle().await;
    scroll_to(1e9).await;
    let more = feed.positions();
    assert_bounded(&more, "after the last page");
    assert_eq!(*more.last().unwrap(), 10_020);
    assert_eq!(feed.row(10_020).unwrap().get_attribute("aria-setsize").as_deref(), Some("10020"));
    assert_eq!(feed.asked(), 1, "no more to ask for");
    assert_eq!(feed.status(), "You're all caught up.");
    assert_eq!(violations.get(), 0, "no inline style was blocked");
    document()
        .remove_event_listener_with_callback("securitypolicyviolation", on_violation.as_ref().unchecked_ref())
        .unwrap();

    drop(handle);
    leptos::task::tick().await;
    assert!(feed.root.query_selector("article").unwrap().is_none());
    // Scrolling after unmounting reaches no listener of the feed.
    scroll_to(0.0).await;
    feed.root.remove();
}

#[wasm_bindgen_test]
async fn focus_moving_through_rows_takes_the_window_along() {
    win().scroll_to_with_x_and_y(0.0, 0.0);
    let (feed, handle) = mount(posts(0..10_000), true);
    settle().await;
    // As Tab would: focus each next row in turn; the browser scrolls it into view.
    let mut pos = 1;
    for _ in 0..60 {
        let row = feed.row(pos + 1).unwrap_or_else(|| panic!("row {} follows row {pos}", pos + 1));
        row.focus().unwrap();
        pos += 1;
        settle().await;
    }
    let rendered = feed.positions();
    assert_bounded(&rendered, "after 60 rows of focus");
    assert!(!rendered.contains(&1), "the window moved on: {rendered:?}");
    // Page Down and Page Up move between rows, as the feed pattern has them.
    let press = js_sys::Function::new_with_args(
        "el, key",
        "el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))",
    );
    let focused = || document().active_element().and_then(|e| e.get_attribute("aria-posinset"));
    press.call2(&JsValue::NULL, &feed.row(pos).unwrap(), &"PageDown".into()).unwrap();
    settle().await;
    assert_eq!(focused(), Some((pos + 1).to_string()));
    press.call2(&JsValue::NULL, &feed.row(pos + 1).unwrap(), &"PageUp".into()).unwrap();
    press.call2(&JsValue::NULL, &feed.row(pos).unwrap(), &"PageUp".into()).unwrap();
    settle().await;
    assert_eq!(focused(), Some((pos - 1).to_string()));
    drop(handle);
    feed.root.remove();
}

#[wasm_bindgen_test]
async fn an_empty_feed_asks_for_its_first_page_and_ends_when_there_is_no_more() {
    win().scroll_to_with_x_and_y(0.0, 0.0);
    let (feed, handle) = mount(Vec::new(), true);
    settle().await;
    assert_eq!(feed.asked(), 1);
    assert_eq!(feed.status(), "Loading more…");
    feed.items.set(posts(0..3));
    feed.has_more.set(false);
    feed.loading.set(false);
    settle().await;
    assert_eq!(feed.positions(), vec![1, 2, 3]);
    assert_eq!(feed.status(), "You're all caught up.");
    assert_eq!(feed.asked(), 1);
    // A refresh replaces the rows; the new ones render in their place.
    feed.items.set(posts(100..102));
    settle().await;
    assert_eq!(feed.positions(), vec![1, 2]);
    assert!(feed.root.text_content().unwrap().contains("Post 100"));
    drop(handle);
    feed.root.remove();
}

#[wasm_bindgen_test]
async fn the_feed_passes_axe() {
    js_sys::eval(AXE).unwrap();
    win().scroll_to_with_x_and_y(0.0, 0.0);
    let (feed, handle) = mount(posts(0..200), true);
    settle().await;
    feed.loading.set(true);
    settle().await;
    let run = js_sys::Function::new_with_args(
        "root",
        "return axe.run(root, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], \
         rules: { region: { enabled: false } } }) \
         .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.html).join(' | ')))",
    );
    let promise = run.call1(&JsValue::NULL, &feed.root).unwrap().unchecked_into::<js_sys::Promise>();
    let found = wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    let found: Vec<String> =
        found.unchecked_into::<js_sys::Array>().iter().filter_map(|v| v.as_string()).collect();
    assert!(found.is_empty(), "axe: {found:#?}");
    drop(handle);
    feed.root.remove();
}
