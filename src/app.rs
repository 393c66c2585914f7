//! The root component: loads the runtime configuration, then sets up the shared contexts and
//! the router with every route of the product.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::chunks::{
    CalendarRoute, DraftsRoute, EventRoute, GroupAboutRoute, GroupEventsRoute, GroupMembersRoute,
    GroupModRoute, GroupPollsRoute, LoginRoute, NewGroupRoute, NewPollRoute, NotificationsRoute, PollRoute,
    PostRoute, ProfileRoute, SettingsRoute, SignupRoute,
};
use crate::core::api::{self, provide_api};
use crate::core::backend::provide_backend;
use crate::core::config::AppConfig;
use crate::core::connectivity::provide_connectivity;
use crate::core::notices::provide_notices;
use crate::core::session::provide_session;
use crate::core::theme::provide_theme;
use crate::features::discover::discover_page::DiscoverPage;
use crate::features::drafts::autosave::provide_drafts;
use crate::features::drafts::outbox::provide_outbox;
use crate::features::posts::{group_feed_page::GroupFeedPage, home_page::HomePage};
use crate::tr;
use crate::ui::config_error::ConfigErrorPage;
use crate::ui::not_found_page::NotFoundPage;
use crate::ui::notice_area::NoticeArea;
use crate::ui::offline_banner::OfflineBanner;
use crate::ui::session_expired::SessionExpiredBanner;
use crate::ui::site_footer::SiteFooter;
use crate::ui::site_header::SiteHeader;
use crate::ui::skip_link::SkipLink;
use crate::ui::update_banner::UpdateBanner;

/// The router's table, written once: each pattern becomes a `<Route>` and an entry of
/// [`ROUTER_PATTERNS`], which a test holds equal to the route list of `core::route_table`.
macro_rules! router_table {
    ($($pattern:tt => $page:ident),* $(,)?) => {
        /// The patterns the router serves, in its order.
        pub const ROUTER_PATTERNS: &[&str] = &[$($pattern),*];

        /// Every route of the product; anything else is the not-found page.
        fn routes() -> impl IntoView {
            view! {
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    $(<Route path=path!($pattern) view=$page />)*
                </Routes>
            }
        }
    };
}

router_table! {
    "/" => HomePage,
    "/discover" => DiscoverPage,
    "/g/:slug" => GroupFeedPage,
    "/g/:slug/events" => GroupEventsRoute,
    "/g/:slug/members" => GroupMembersRoute,
    "/g/:slug/about" => GroupAboutRoute,
    "/g/:slug/mod" => GroupModRoute,
    "/g/:slug/polls" => GroupPollsRoute,
    "/g/:slug/polls/new" => NewPollRoute,
    "/g/:slug/polls/:poll" => PollRoute,
    "/g/:slug/p/:post" => PostRoute,
    "/g/:slug/e/:event" => EventRoute,
    "/u/:username" => ProfileRoute,
    "/calendar" => CalendarRoute,
    "/notifications" => NotificationsRoute,
    "/drafts" => DraftsRoute,
    "/settings" => SettingsRoute,
    "/login" => LoginRoute,
    "/signup" => SignupRoute,
    "/new-group" => NewGroupRoute,
}

/// The whole app: configuration first, then the shell.
#[component]
pub fn App() -> impl IntoView {
    provide_notices();
    provide_theme();
    crate::core::pwa::provide_updates();
    let config = LocalResource::new(api::load_config);
    view! {
        <Suspense fallback=|| view! { <p class="boot" role="status">{tr!("core-loading")}</p> }>
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
    crate::features::groups::membership::provide_memberships(session);
    let conn = provide_connectivity();
    let api = provide_api(backend, session, conn);
    provide_outbox(api);
    crate::features::notifications::live::provide_live(api, session);
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
    // The header and footer paint first; the page is built in the next task, so starting the app
    // is not one long task (its space is held meanwhile, as while a chunk loads).
    let page_ready = RwSignal::new(false);
    crate::ui::reveal::after_paint(move || page_ready.set(true));
    // A member's live updates (a chunk) load at their first touch, key or scroll, or after 10 s:
    // the first page is not held up by them, and visitors never load them. The bell's count is
    // fetched at once meanwhile.
    let live_ready = RwSignal::new(false);
    crate::features::notifications::live::when_settled(move || live_ready.set(true));
    view! {
        <Router>
            <SkipLink />
            <crate::features::notifications::live::OpenFromPush />
            <SiteHeader />
            <NoticeArea />
            <SessionExpiredBanner />
            <OfflineBanner />
            <UpdateBanner />
            <Show when=move || page_ready.get() fallback=crate::ui::lazy_page::PagePlaceholder>
                {routes()}
            </Show>
            <SiteFooter />
            // One connection per member (another login replaces it), made while online: its
            // chunk cannot load offline, and coming back online reconnects at once.
            {move || {
                session
                    .username()
                    .filter(|_| live_ready.get() && conn.online.get())
                    .map(|_| view! { <crate::chunks::LiveConnectionPart /> })
            }}
        </Router>
    }
}

/// index.html shows a static placeholder until the app renders; remove it once we do.
fn remove_boot_placeholder() {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("boot")) {
        el.remove();
    }
}
