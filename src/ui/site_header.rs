use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::core::api::use_api;
use crate::core::backend::use_backend;
use crate::core::route_table::Route;
use crate::core::session::use_session;
use crate::features::notifications::bell::NotificationBell;
use crate::tr;

/// The top bar: community name, main navigation and account links; on narrow screens the
/// navigation folds behind a menu button.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let name = use_backend().map(|b| b.community_name()).unwrap_or_else(|| tr!("app-name"));
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
                    <span dir="auto">{name}</span>
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
                    {tr!("ui-header-menu")}
                </button>
                <nav
                    id="site-nav"
                    class="site-nav"
                    class:open=move || open.get()
                    aria-label=tr!("ui-header-nav-label")
                    // Following a link closes the folded menu.
                    on:click=move |_| open.set(false)
                >
                    <A href=Route::Home.href() exact=true>
                        {tr!("ui-nav-home")}
                    </A>
                    <A href=Route::Discover.href()>{tr!("ui-nav-discover")}</A>
                    <A href=Route::Calendar.href()>{tr!("ui-nav-calendar")}</A>
                    // Writing needs an account: visitors are not offered it (a member whose session
                    // ran out still reaches the drafts page).
                    <Show when=move || session.is_logged_in() || session.expired.get()>
                        <A href=Route::Drafts.href()>{tr!("ui-nav-drafts")}</A>
                    </Show>
                    <Show when=move || session.is_logged_in()>
                        <A href=Route::NewGroup.href()>{tr!("ui-nav-new-group")}</A>
                    </Show>
                    <A href=Route::Settings.href()>{tr!("ui-nav-settings")}</A>
                    <Show
                        when=move || session.is_logged_in()
                        fallback=|| {
                            view! {
                                <A href=Route::Login.href()>{tr!("ui-nav-log-in")}</A>
                                <A href=Route::Signup.href()>{tr!("ui-nav-sign-up")}</A>
                            }
                        }
                    >
                        // The member's display name once the profile is in, the username until then.
                        <span class="who" dir="auto">
                            {move || {
                                session
                                    .me
                                    .with(|m| m.as_ref().map(|m| m.display_name.clone()))
                                    .or_else(|| session.username())
                                    .unwrap_or_default()
                            }}
                        </span>
                        <button type="button" class="secondary small" on:click=logout>
                            {tr!("ui-nav-log-out")}
                        </button>
                    </Show>
                </nav>
            </div>
        </header>
    }
}
