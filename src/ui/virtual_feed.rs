//! A windowed, infinitely scrolling feed: a 10,000-post feed keeps a bounded number of DOM nodes.
//!
//! The page scrolls, not an inner box. On window `scroll` and `resize` (passive listeners) the
//! feed reads where its top is in the viewport; [`RowHeights::window`] turns that into the rows to
//! render, plus the viewport and an overscan on each side, between two spacers standing in for
//! the rest. A `ResizeObserver` measures each rendered row (now and whenever it changes size,
//! say when an image loads) and feeds the height back, keyed by the item's key, so the spacers
//! converge on the real heights and survive appends and refreshes. Rows must not have vertical
//! margins (style/main.css gives them none), as measuring uses their border boxes.
//!
//! Markup follows the WAI-ARIA feed pattern: `role="feed"` with one focusable `article` per row
//! carrying `aria-posinset` and `aria-setsize` (-1 while more may come), `aria-busy` while a page
//! loads; Page Down / Page Up move between rows. Tab works too: focusing a row scrolls it into
//! view, and the window follows the scroll.
//!
//! ```ignore
//! view! {
//!     <VirtualFeed
//!         items=posts            // RwSignal<Vec<Post>>, pages appended as they arrive
//!         key=|p: &Post| p.id
//!         row=|p: Post| view! { <PostCard post=p /> }.into_any()
//!         has_more=has_more
//!         loading=loading
//!         on_need_more=Callback::new(move |()| load_next_page())
//!         estimated_row_height=160.0
//!         label="Posts in Gardening"
//!     />
//! }
//! ```

use std::collections::HashMap;
use std::hash::Hash;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::tr;
use crate::ui::virtual_list::{RowHeights, valid_height};

/// Events on which the feed re-reads its position in the viewport.
const EVENTS: [&str; 2] = ["scroll", "resize"];

/// A keyed list of `items` that renders only the rows near the viewport and asks for more
/// (`on_need_more`) when the reader gets within about 1.5 screens of its end, once per approach:
/// again only after `loading` has gone back to false (or the reader has moved away and back).
#[component]
pub fn VirtualFeed<T, K, KF, RF>(
    /// The rows so far, in order; append pages, or replace the whole list to refresh.
    #[prop(into)]
    items: Signal<Vec<T>>,
    /// A stable, unique identity for a row: measured heights follow it.
    key: KF,
    /// Renders one row's content, inside the row's `article`.
    row: RF,
    /// Whether there are more rows to load.
    #[prop(into)]
    has_more: Signal<bool>,
    /// Whether a page is loading; the feed asks for no more meanwhile.
    #[prop(into)]
    loading: Signal<bool>,
    /// Load the next page (and set `loading` until it has arrived).
    on_need_more: Callback<()>,
    /// How tall an unmeasured row is assumed to be, in CSS pixels (default 120).
    #[prop(optional)]
    estimated_row_height: Option<f64>,
    /// The feed's accessible name.
    #[prop(optional, into)]
    label: String,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    K: Eq + Hash + Clone + Send + Sync + 'static,
    KF: Fn(&T) -> K + Clone + Send + Sync + 'static,
    RF: Fn(T) -> AnyView + Clone + Send + Sync + 'static,
{
    let estimate = estimated_row_height.and_then(valid_height).filter(|h| *h > 0.0).unwrap_or(120.0);
    let heights = RwSignal::new({
        let mut h = RowHeights::new(estimate);
        h.resize(items.with_untracked(Vec::len));
        h
    });
    // Measured heights by key: what a rebuild after a refresh or prepend starts from.
    let known = StoredValue::new(HashMap::<K, f64>::new());
    // Where the viewport's top is relative to the feed's top, and the viewport's height.
    let view_port = RwSignal::new((0.0_f64, 0.0_f64));
    let root = NodeRef::<html::Div>::new();

    // Any change to the items re-indexes the heights from `known` (O(n)); keys no longer
    // present are forgotten, so memory follows the list.
    Effect::new({
        let key = key.clone();
        move |ran: Option<()>| {
            items.with(|items| {
                if ran.is_none() && items.len() == heights.with_untracked(RowHeights::len) {
                    return;
                }
                known.update_value(|known| {
                    let mut kept = HashMap::with_capacity(known.len().min(items.len()));
                    let rows = RowHeights::from_known(
                        estimate,
                        items.iter().map(|t| {
                            let k = key(t);
                            let h = known.remove(&k);
                            if let Some(h) = h {
                                kept.insert(k, h);
                            }
                            h
                        }),
                    );
                    *known = kept;
                    heights.set(rows);
                });
            });
        }
    });

    let measure_view_port = move || {
        if let Some(el) = root.try_get_untracked().flatten() {
            let vh = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            view_port.try_set((-el.get_bounding_client_rect().top(), vh));
        }
    };
    root.on_load(move |_| measure_view_port());
    let on_scroll = Closure::<dyn Fn()>::new(measure_view_port);
    let opts = web_sys::AddEventListenerOptions::new();
    opts.set_passive(true);
    for ev in EVENTS {
        let _ = window().add_event_listener_with_callback_and_add_event_listener_options(
            ev,
            on_scroll.as_ref().unchecked_ref(),
            &opts,
        );
    }

    // Rows carry their index in aria-posinset; the DOM and `items` agree whenever observations
    // are delivered (after layout, when effects have settled).
    let on_resize = Closure::<dyn Fn(js_sys::Array)>::new({
        let key = key.clone();
        move |entries: js_sys::Array| {
            let measured: Vec<(usize, f64)> = entries
                .iter()
                .filter_map(|entry| {
                    let target = entry.unchecked_into::<web_sys::ResizeObserverEntry>().target();
                    let pos: usize = target.get_attribute("aria-posinset")?.parse().ok()?;
                    Some((pos.checked_sub(1)?, valid_height(target.get_bounding_client_rect().height())?))
                })
                .collect();
            items.try_with_untracked(|items| {
                known.try_update_value(|known| {
                    for &(i, px) in &measured {
                        if let Some(t) = items.get(i) {
                            known.insert(key(t), px);
                        }
                    }
                });
            });
            heights.try_maybe_update(|h| {
                (measured.iter().fold(false, |changed, &(i, px)| h.set(i, px) | changed), ())
            });
        }
    });
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    let js = StoredValue::new_local((on_scroll, on_resize, observer));
    on_cleanup(move || {
        js.try_with_value(|(on_scroll, _, observer)| {
            for ev in EVENTS {
                let _ = window().remove_event_listener_with_callback(ev, on_scroll.as_ref().unchecked_ref());
            }
            if let Some(o) = observer {
                o.disconnect();
            }
        });
    });

    let win = Memo::new(move |_| {
        let (top, vh) = view_port.get();
        heights.with(|h| h.window(top, vh, (vh / 2.0).max(200.0)))
    });

    // True while the reader is within 1.5 screens of the end and a page may be asked for; the
    // effect fires on each rise, not on every scroll event.
    let want_more = Memo::new(move |_| {
        has_more.get()
            && !loading.get()
            && view_port.with(|&(top, vh)| heights.with(|h| h.total() - (top + vh) <= 1.5 * vh))
    });
    // Asked under the feed's own owner: this effect re-runs as soon as `loading` rises, and
    // work scoped to its run (a cancellable request) would be cancelled before it was sent.
    let owner = Owner::current();
    Effect::new(move |_| {
        if want_more.get() {
            let ask = || untrack(|| on_need_more.run(()));
            match &owner {
                Some(owner) => owner.with(ask),
                None => ask(),
            }
        }
    });

    let set_size = Memo::new(move |_| if has_more.get() { -1 } else { items.with(Vec::len) as i64 });
    let rows = move || {
        let w = win.get();
        items.with(|items| {
            let end = w.end.min(items.len());
            let start = w.start.min(end);
            items[start..end].iter().cloned().enumerate().map(|(j, t)| (start + j, t)).collect::<Vec<_>>()
        })
    };
    // Keyed by position too: a prepend re-renders the window, but aria-posinset stays right.
    let row_key = move |(i, t): &(usize, T)| (key(t), *i);
    let row_view = move |(i, t): (usize, T)| {
        let el = NodeRef::<html::Article>::new();
        el.on_load(move |el| {
            js.try_with_value(|(_, _, observer)| observer.iter().for_each(|o| o.observe(&el)));
        });
        on_cleanup(move || {
            if let Some(el) = el.try_get_untracked().flatten() {
                js.try_with_value(|(_, _, observer)| observer.iter().for_each(|o| o.unobserve(&el)));
            }
        });
        view! {
            <article
                class="vfeed-row"
                tabindex="0"
                node_ref=el
                aria-posinset=i + 1
                aria-setsize=move || set_size.get()
            >
                {row(t)}
            </article>
        }
    };
    // The feed pattern's keys: Page Down / Page Up move focus to the next / previous row.
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let forward = match ev.key().as_str() {
            "PageDown" => true,
            "PageUp" => false,
            _ => return,
        };
        let current = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest(".vfeed-row").ok().flatten());
        let next = current
            .and_then(|c| if forward { c.next_element_sibling() } else { c.previous_element_sibling() });
        if let Some(next) = next.and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()) {
            ev.prevent_default();
            let _ = next.focus();
        }
    };

    view! {
        <div class="vfeed" node_ref=root>
            <div class="vfeed-pad" style:height=move || format!("{}px", win.get().pad_top)></div>
            <div
                class="vfeed-list"
                role="feed"
                aria-label=(!label.is_empty()).then_some(label)
                aria-busy=move || loading.get().to_string()
                on:keydown=on_keydown
            >
                <For each=rows key=row_key children=row_view />
            </div>
            <div class="vfeed-pad" style:height=move || format!("{}px", win.get().pad_bottom)></div>
            <p class="vfeed-status" role="status">
                {move || {
                    if loading.get() {
                        tr!("ui-feed-loading-more")
                    } else if !has_more.get() && items.with(|v| !v.is_empty()) {
                        tr!("ui-feed-caught-up")
                    } else {
                        String::new()
                    }
                }}
            </p>
        </div>
    }
}
