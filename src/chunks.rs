//! Code per route, grouped by where visitors go. The main module holds the shell (router,
//! header, session, API client, storage, offline support) and the pages most visits start on:
//! home, discover and a group's feed, about and members pages. Every other group of pages is a
//! chunk, fetched the first time one of its pages opens; index.html preloads it, alongside the
//! main module, when the app is opened on such a page, and the service worker keeps every chunk
//! after the first visit.
//!
//! Why not a chunk per page: each chunk is compressed on its own and the code the chunks share
//! becomes many small shared chunks, so finer splitting costs more bytes than it saves (measured:
//! a chunk for the landing pages too made `/g/:slug` 436 KB instead of 369 KB, brotli).
//!
//! In the release build (`--cfg kith_split`) each loader is a split point of `wasm-split-cli`;
//! in every other build (tests, lints) it is an ordinary function, and the app is one module.

use leptos::prelude::*;

use crate::tr;

use crate::ui::lazy_page::{ChunkError, LazyPage, LoadPage, PageFn};

/// `Route(loader) => Page` entries of one chunk: a loader per page (named, because split points
/// are exported by name), and a route component rendering it. With `(part)` after the chunk's
/// name, the components render a part of a page instead (no space held while it loads); with
/// `(texts: NAME, …)`, the loader adds the English only those pages use (build.rs `LAZY_GROUPS`).
macro_rules! chunk {
    ($chunk:ident (part): $($route:ident($load:ident) => $page:path),* $(,)?) => {
        chunk!(@each $chunk, true, [], $($route($load) => $page),*);
    };
    ($chunk:ident (texts: $($texts:ident),+): $($route:ident($load:ident) => $page:path),* $(,)?) => {
        chunk!(@each $chunk, false, [$($texts),+], $($route($load) => $page),*);
    };
    ($chunk:ident: $($route:ident($load:ident) => $page:path),* $(,)?) => {
        chunk!(@each $chunk, false, [], $($route($load) => $page),*);
    };
    (@add [$($group:ident),*]) => {
        $(crate::core::i18n::add_english(crate::core::i18n::lazy::$group);)*
    };
    (@each $chunk:ident, $part:expr, $texts:tt, $($route:ident($load:ident) => $page:path),*) => {
        $(
            /// The route's page (or part of a page), from its chunk.
            #[component]
            pub fn $route() -> impl IntoView {
                #[cfg(kith_split)]
                #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
                fn $load() -> Result<PageFn, ChunkError> {
                    chunk!(@add $texts);
                    Ok(|| $page().into_any())
                }
                #[cfg(not(kith_split))]
                async fn $load() -> Result<PageFn, ChunkError> {
                    chunk!(@add $texts);
                    Ok(|| $page().into_any())
                }
                let loader: LoadPage = || Box::pin($load());
                view! { <LazyPage load=loader part=$part /> }
            }
        )*
    };
}

chunk! { events (texts: EVENTS):
    GroupEventsRoute(load_group_events_page) => crate::features::events::group_events_page::GroupEventsPage,
    EventRoute(load_event_page) => crate::features::events::event_page::EventPage,
    CalendarRoute(load_calendar_page) => crate::features::events::calendar_page::CalendarPage,
}

chunk! { moderation (texts: MODERATION):
    GroupModRoute(load_group_mod_page) => crate::features::moderation::group_mod_page::GroupModPage,
}

chunk! { post:
    PostRoute(load_post_page) => crate::features::posts::post_page::PostPage,
}

chunk! { account (texts: ACCOUNT):
    LoginRoute(load_login_page) => crate::features::account::login_page::LoginPage,
    SignupRoute(load_signup_page) => crate::features::account::signup_page::SignupPage,
    SettingsRoute(load_settings_page) => crate::features::account::settings_page::SettingsPage,
}

chunk! { group_more:
    GroupAboutRoute(load_group_about_page) => crate::features::groups::group_about_page::GroupAboutPage,
    GroupMembersRoute(load_group_members_page) => crate::features::groups::group_members_page::GroupMembersPage,
}

// Notifications but the bell's signals: the inbox page, and the live connection a member's
// pages load once they have settled.
chunk! { notify:
    NotificationsRoute(load_notifications_page) => crate::features::notifications::notifications_page::NotificationsPage,
}

chunk! { notify (part):
    LiveConnectionPart(load_live_connection) => crate::features::notifications::stream::LiveConnection,
}

chunk! { profile (texts: PROFILES):
    ProfileRoute(load_profile_page) => crate::features::profiles::profile_page::ProfilePage,
}

// Date polls: a group's list, the new poll form and the poll page with its results.
chunk! { polls (texts: POLLS, EVENTS):
    GroupPollsRoute(load_group_polls_page) => crate::features::polls::group_polls_page::GroupPollsPage,
    NewPollRoute(load_new_poll_page) => crate::features::polls::new_poll_page::NewPollPage,
    PollRoute(load_poll_page) => crate::features::polls::poll_page::PollPage,
}

chunk! { writing:
    NewGroupRoute(load_new_group_page) => crate::features::groups::new_group_page::NewGroupPage,
    DraftsRoute(load_drafts_page) => crate::features::drafts::drafts_page::DraftsPage,
}

/// Builds the post composer; lives in the `compose` chunk with the Markdown editor and drafts UI.
pub type ComposerFn = fn(kith_api::Group, Option<String>, Callback<kith_api::Post>) -> AnyView;

/// The composer's view; reached only through the loader below, so the split build puts it
/// (and everything only it uses) in the `compose` chunk.
fn post_composer(
    group: kith_api::Group,
    prompt: Option<String>,
    on_posted: Callback<kith_api::Post>,
) -> AnyView {
    use crate::features::posts::post_composer::PostComposer;
    view! { <PostComposer group prompt on_posted /> }.into_any()
}

#[cfg(kith_split)]
#[leptos::wasm_split::wasm_split(compose, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_post_composer() -> Result<ComposerFn, ChunkError> {
    Ok(post_composer)
}
#[cfg(not(kith_split))]
async fn load_post_composer() -> Result<ComposerFn, ChunkError> {
    Ok(post_composer)
}

/// The composer of a group's feed, for members only: its code (the Markdown editor, drafts)
/// comes in a chunk, so visitors never download it. Until it is there, a stand-in of the same
/// size holds its place.
#[component]
pub fn LazyPostComposer(
    group: kith_api::Group,
    prompt: Option<String>,
    on_posted: Callback<kith_api::Post>,
) -> impl IntoView {
    let part = LocalResource::new(load_post_composer);
    let stand_in = || {
        view! {
            <section class="composer card" aria-busy="true">
                <h2 class="composer-title">{tr!("core-composer-title")}</h2>
                <button type="button" class="secondary" disabled>
                    {tr!("core-composer-start")}
                </button>
            </section>
        }
    };
    view! {
        <Suspense fallback=stand_in>
            {move || {
                part.get()
                    .map(|loaded| match loaded {
                        Ok(build) => build(group.clone(), prompt.clone(), on_posted),
                        Err(ChunkError) => {
                            view! {
                                <p class="notice warning" role="alert">
                                    {tr!("core-composer-download-failed")}
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// Builds the event form (create or edit); lives in the `writing` chunk (with the forms for new
/// groups and the drafts page) with the recurrence controls and their preview, which only
/// leaders opening the form need. Not a chunk of its own: each chunk splits the code the chunks
/// share into more, smaller shared files, which every route then pays for.
pub type EventFormFn = fn(
    crate::features::events::event_form::EventFormMode,
    Callback<kith_api::Event>,
    Callback<()>,
) -> AnyView;

fn event_form(
    mode: crate::features::events::event_form::EventFormMode,
    on_saved: Callback<kith_api::Event>,
    on_cancel: Callback<()>,
) -> AnyView {
    use crate::features::events::event_form::EventForm;
    view! { <EventForm mode on_saved on_cancel /> }.into_any()
}

#[cfg(kith_split)]
#[leptos::wasm_split::wasm_split(writing, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_event_form() -> Result<EventFormFn, ChunkError> {
    Ok(event_form)
}
#[cfg(not(kith_split))]
async fn load_event_form() -> Result<EventFormFn, ChunkError> {
    Ok(event_form)
}

/// The event form, fetched when a leader opens it. No `Suspense` of its own: the form's own
/// resources (the series it edits) must not make a boundary here drop and rebuild it while it
/// saves; until the chunk is there, a line says it is coming.
#[component]
pub fn LazyEventForm(
    mode: crate::features::events::event_form::EventFormMode,
    on_saved: Callback<kith_api::Event>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let part = LocalResource::new(load_event_form);
    move || match part.get() {
        None => view! { <p class="muted" aria-busy="true">{tr!("core-event-form-loading")}</p> }.into_any(),
        // Untracked: signals the form reads while it is built must not rebuild it.
        Some(Ok(build)) => untrack(|| build(mode.clone(), on_saved, on_cancel)),
        Some(Err(ChunkError)) => view! {
            <p class="notice warning" role="alert">
                {tr!("core-event-form-download-failed")}
            </p>
        }
        .into_any(),
    }
}

// Active groups and coming events under the visitors' welcome on `/`, and suggestions for a
// member without groups instead of an empty feed: parts of the home page, in their own chunk.
chunk! { welcome (part):
    LazyVisitorWelcome(load_visitor_welcome) => crate::features::discover::welcome::VisitorWelcome,
    LazyFirstSteps(load_first_steps) => crate::features::discover::welcome::FirstSteps,
}
