use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kith_api::Post;

use crate::chunks::{LazyFirstSteps, LazyVisitorWelcome};
use crate::core::route_table::Route;
use crate::core::session::use_session;
use crate::features::posts::post_feed::{FeedSource, PostFeed};
use crate::features::posts::sort_tabs::{SortTabs, sort_from_query};
use crate::tr;
use crate::ui::page_frame::PageFrame;

/// The home feed across the member's groups; a welcome for visitors; discovery prompts for
/// members without groups.
#[component]
pub fn HomePage() -> impl IntoView {
    let session = use_session();
    let query = use_query_map();
    let sort = Memo::new(move |_| sort_from_query(query.with(|q| q.get("sort"))));
    let no_groups = move || session.me.with(|m| m.as_ref().is_some_and(|m| m.memberships.is_empty()));
    view! {
        <PageFrame title=Signal::derive(move || if session.is_logged_in() { tr!("posts-home-title-member") } else { tr!("posts-home-title-visitor") })>
            <Show
                when=move || session.is_logged_in()
                fallback=|| {
                    view! {
                        <section class="welcome card">
                            <p class="lead">
                                {tr!("posts-welcome-lead")}
                            </p>
                            <div class="actions">
                                <a class="button" href=Route::Discover.href()>
                                    {tr!("posts-welcome-discover")}
                                </a>
                                <a class="button secondary" href=Route::Signup.href()>
                                    {tr!("posts-welcome-sign-up")}
                                </a>
                                <a class="button secondary" href=Route::Login.href()>
                                    {tr!("posts-welcome-log-in")}
                                </a>
                            </div>
                        </section>
                        <LazyVisitorWelcome />
                    }
                }
            >
                // A member without groups gets suggestions, not empty tabs over an empty feed.
                <Show when=move || !no_groups() fallback=|| view! { <LazyFirstSteps /> }>
                    <SortTabs base=Route::Home current=sort />
                    {move || {
                        let s = sort.get();
                        let items = RwSignal::new(Vec::<Post>::new());
                        view! {
                            <PostFeed
                                source=FeedSource::Home
                                sort=s
                                items=items
                                empty=|| {
                                    view! {
                                        <div class="empty">
                                            <p>{tr!("posts-home-empty")}</p>
                                            <p><a href=Route::Discover.href()>{tr!("posts-home-empty-discover")}</a></p>
                                        </div>
                                    }
                                }
                            />
                        }
                    }}
                </Show>
            </Show>
        </PageFrame>
    }
}
