use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::core::api::use_api;
use crate::core::backend::use_backend;
use crate::core::route_table::Route;
use crate::core::session::use_session;
use crate::features::notifications::bell::NotificationBell;

/// The top bar: community name, main navigation and account links; on narrow screens the
/// navigation folds behind a menu button.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let name = use_backend().map(|b| b.community_name()).unwrap_or_else(|| "Kith".into());
    let open = RwSignal::new(false);
    let session = use_session();
    let api = use_api();
    let navigate = StoredValue::new_local(use_navigate());
    let logout = move |_| {
        let navigate = navigate.get_value();
        leptos::task::spawn_local(async move {
            // The session ends on this device whatever the server says; ending it also removes
            // the member's saved copies, so a shared device keeps none.
            let _ = api.logout().await;
            session.end();
            // Asked for, so not news (a token already refused would have raised the banner).
            session.expired.set(false);
            // Off pages that showed the member's own things (composers with their drafts).
            navigate(&Route::Home.href(), Default::default());
        });
    };
    view! {
        <header class="site-header">
            <div class="bar">
                <a class="brand" href=Route::Home.href()>
                    <img src="/icons/icon-192.png" alt="" width="28" height="28" />
                    <span>{name}</span>
                </a>
                // Outside the folding menu, so a phone shows the count too.
                <Show when=move || session.is_logged_in()>
                    <NotificationBell />
                </Show>
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
                    <A href=Route::Home.href() exact=true>
                        "Home"
                    </A>
                    <A href=Route::Discover.href()>"Discover"</A>
                    <A href=Route::Calendar.href()>"Calendar"</A>
                    // Writing needs an account: visitors are not offered it (a member whose session
                    // ran out still reaches the drafts page).
                    <Show when=move || session.is_logged_in() || session.expired.get()>
                        <A href=Route::Drafts.href()>"Drafts"</A>
                    </Show>
                    <Show when=move || session.is_logged_in()>
                        <A href=Route::NewGroup.href()>"New group"</A>
                    </Show>
                    <A href=Route::Settings.href()>"Settings"</A>
                    <Show
                        when=move || session.is_logged_in()
                        fallback=|| {
                            view! {
                                <A href=Route::Login.href()>"Log in"</A>
                                <A href=Route::Signup.href()>"Sign up"</A>
                            }
                        }
                    >
                        // The member's display name once the profile is in, the username until then.
                        <span class="who">
                            {move || {
                                session
                                    .me
                                    .with(|m| m.as_ref().map(|m| m.display_name.clone()))
                                    .or_else(|| session.username())
                                    .unwrap_or_default()
                            }}
                        </span>
                        <button type="button" class="secondary small" on:click=logout>
                            "Log out"
                        </button>
                    </Show>
                </nav>
            </div>
        </header>
    }
}
