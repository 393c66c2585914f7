use leptos::prelude::*;
use leptos_router::components::A;

use crate::backend::use_backend;

/// The top bar: community name, main navigation and account links; on narrow screens the
/// navigation folds behind a menu button.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let name = use_backend().map(|b| b.community_name()).unwrap_or_else(|| "Kith".into());
    let open = RwSignal::new(false);
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href="/">
                    <img src="/icons/icon-192.png" alt="" width="28" height="28" />
                    <span>{name}</span>
                </a>
                <button
                    class="menu-toggle"
                    type="button"
                    aria-controls="site-nav"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "Menu"
                </button>
                <nav
                    id="site-nav"
                    class="site-nav"
                    class:open=move || open.get()
                    aria-label="Main"
                    // Following a link closes the folded menu.
                    on:click=move |_| open.set(false)
                >
                    <A href="/" exact=true>
                        "Home"
                    </A>
                    <A href="/discover">"Discover"</A>
                    <A href="/calendar">"Calendar"</A>
                    <A href="/drafts">"Drafts"</A>
                    <A href="/new-group">"New group"</A>
                    <A href="/settings">"Settings"</A>
                    <A href="/login">"Log in"</A>
                </nav>
            </div>
        </header>
    }
}
