use leptos::prelude::*;

use crate::tr;

/// The first focusable element: jumps keyboard users past the navigation to the page content.
#[component]
pub fn SkipLink() -> impl IntoView {
    let jump = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = main.focus();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=jump>
            {tr!("ui-skip-link")}
        </a>
    }
}
