use leptos::prelude::*;

use crate::core::backend::use_backend;
use crate::tr;

/// The `main` landmark of every page, with its one `h1`; also titles the browser tab.
#[component]
pub fn PageFrame(
    #[prop(into)] title: Signal<String>,
    /// Extra class on `main`, for page-specific layout.
    #[prop(optional, into)]
    class: String,
    children: Children,
) -> impl IntoView {
    let community = use_backend().map(|b| b.community_name()).unwrap_or_else(|| tr!("app-name"));
    Effect::new(move |_| {
        let t = title.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            doc.set_title(&format!("{t} · {community}"));
        }
    });
    view! {
        <main id="main" tabindex="-1" class=format!("page {class}")>
            // Titles are often member content (a group's or a post's name): their own direction.
            <h1 dir="auto">{move || title.get()}</h1>
            {children()}
        </main>
    }
}
