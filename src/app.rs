//! The root component: loads the runtime configuration, then sets up the shared contexts and
//! the router with every route of the product.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::api::{self, provide_api};
use crate::backend::provide_backend;
use crate::components::config_error::ConfigErrorPage;
use crate::components::notice_area::NoticeArea;
use crate::components::offline_banner::OfflineBanner;
use crate::components::session_expired::SessionExpiredBanner;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::SkipLink;
use crate::config::AppConfig;
use crate::drafts::provide_drafts;
use crate::notices::provide_notices;
use crate::offline::provide_connectivity;
use crate::outbox::provide_outbox;
use crate::pages::{
    calendar::CalendarPage, discover::DiscoverPage, drafts::DraftsPage, event::EventPage,
    group_about::GroupAboutPage, group_events::GroupEventsPage, group_feed::GroupFeedPage,
    group_members::GroupMembersPage, group_mod::GroupModPage, home::HomePage, login::LoginPage,
    new_group::NewGroupPage, not_found::NotFoundPage, post::PostPage, settings::SettingsPage,
    signup::SignupPage,
};
use crate::session::provide_session;
use crate::theme::provide_theme;

/// The whole app: configuration first, then the shell.
#[component]
pub fn App() -> impl IntoView {
    provide_notices();
    provide_theme();
    crate::pwa::provide_updates();
    let config = LocalResource::new(api::load_config);
    view! {
        <Suspense fallback=|| view! { <p class="boot" role="status">"Loading…"</p> }>
            {move || {
                config
                    .get()
                    .map(|loaded| match loaded {
                        Ok(cfg) => view! { <Shell config=cfg /> }.into_any(),
                        Err(error) => view! { <ConfigErrorPage error /> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

/// Header, notices, the routed page and the footer.
#[component]
fn Shell(config: AppConfig) -> impl IntoView {
    let backend = provide_backend(config);
    let session = provide_session(backend);
    let conn = provide_connectivity();
    let api = provide_api(backend, session, conn);
    provide_outbox(api);
    provide_drafts(backend, session);
    // Load (or refresh) the member's profile whenever a stored session is found without one.
    Effect::new(move |_| {
        if session.current.with(Option::is_some) && session.me.with_untracked(Option::is_none) {
            leptos::task::spawn_local(async move {
                if let Ok(me) = api.me().await {
                    session.me.set(Some(me));
                }
            });
        }
    });
    remove_boot_placeholder();
    view! {
        <Router>
            <SkipLink />
            <SiteHeader />
            <NoticeArea />
            <SessionExpiredBanner />
            <OfflineBanner />
            <crate::pwa::UpdateBanner />
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/discover") view=DiscoverPage />
                <Route path=path!("/g/:slug") view=GroupFeedPage />
                <Route path=path!("/g/:slug/events") view=GroupEventsPage />
                <Route path=path!("/g/:slug/members") view=GroupMembersPage />
                <Route path=path!("/g/:slug/about") view=GroupAboutPage />
                <Route path=path!("/g/:slug/mod") view=GroupModPage />
                <Route path=path!("/g/:slug/p/:post") view=PostPage />
                <Route path=path!("/g/:slug/e/:event") view=EventPage />
                <Route path=path!("/calendar") view=CalendarPage />
                <Route path=path!("/drafts") view=DraftsPage />
                <Route path=path!("/settings") view=SettingsPage />
                <Route path=path!("/login") view=LoginPage />
                <Route path=path!("/signup") view=SignupPage />
                <Route path=path!("/new-group") view=NewGroupPage />
            </Routes>
            <SiteFooter />
        </Router>
    }
}

/// index.html shows a static placeholder until the app renders; remove it once we do.
fn remove_boot_placeholder() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}
