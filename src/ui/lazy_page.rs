//! A page whose code is in a chunk of its own: space is held for it while the chunk loads,
//! and a chunk that cannot be loaded (offline before it was ever fetched, a server that lost
//! it) says so and offers to try again, instead of ending the app.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;

use crate::tr;

/// Builds a page's view; the function lives in the page's chunk.
pub type PageFn = fn() -> AnyView;

/// A chunk could not be loaded.
#[derive(Clone, Debug)]
pub struct ChunkError;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkError {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Loads a page's chunk and hands back its view function.
pub type LoadPage = fn() -> Pin<Box<dyn Future<Output = Result<PageFn, ChunkError>>>>;

/// The space of a page that is not built yet: as tall as the screen, so nothing below it moves
/// when the page arrives.
#[component]
pub fn PagePlaceholder() -> impl IntoView {
    view! {
        <main id="main" tabindex="-1" class="page" aria-busy="true">
            <p class="visually-hidden" role="status">{tr!("ui-page-loading")}</p>
        </main>
    }
}

/// Renders the page `load` brings, once its chunk is there. A `part` of a page (not a whole
/// page) holds no space while it loads.
#[component]
pub fn LazyPage(load: LoadPage, #[prop(optional)] part: bool) -> impl IntoView {
    let page = LocalResource::new(load);
    view! {
        <Suspense fallback=move || (!part).then(PagePlaceholder)>
            {move || {
                page.get()
                    .map(|loaded| match loaded {
                        Ok(build) => build(),
                        Err(ChunkError) if part => {
                            view! {
                                <p class="notice warning" role="alert">
                                    {tr!("ui-part-download-failed")}
                                </p>
                            }
                                .into_any()
                        }
                        Err(ChunkError) => {
                            view! {
                                <main id="main" tabindex="-1" class="page">
                                    <h1>{tr!("ui-page-load-failed-title")}</h1>
                                    <div class="card load-error" role="alert">
                                        <p>{tr!("ui-page-load-failed-text")}</p>
                                        <div class="actions">
                                            <button type="button" on:click=move |_| page.refetch()>
                                                {tr!("ui-try-again")}
                                            </button>
                                            <button type="button" class="secondary" on:click=|_| reload()>
                                                {tr!("ui-reload-app")}
                                            </button>
                                        </div>
                                    </div>
                                </main>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// Loads the page again from the server: a deployment that replaced the chunks this copy of the
/// app knows is only reached this way.
fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
