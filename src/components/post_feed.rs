use leptos::prelude::*;

use kith_api::{Post, PostQuery, PostSort};

use crate::api::{ApiError, use_api};
use crate::components::loading::{LoadError, SkeletonList};
use crate::components::post_card::PostCard;
use crate::components::virtual_feed::VirtualFeed;

/// Where a feed's posts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedSource {
    Group(String),
    /// Every group the member belongs to.
    Home,
}

/// A cursor-paged, windowed feed. `items` belongs to the page, so a composer can put a new
/// post on top.
#[component]
pub fn PostFeed(
    source: FeedSource,
    sort: PostSort,
    items: RwSignal<Vec<Post>>,
    /// What to show when there are no posts at all.
    #[prop(into)]
    empty: ViewFn,
) -> impl IntoView {
    let api = use_api();
    let home = source == FeedSource::Home;
    let source = StoredValue::new(source);
    let cursor = StoredValue::new(None::<String>);
    let has_more = RwSignal::new(true);
    let loading = RwSignal::new(false);
    let started = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);

    let load = Callback::new(move |_: ()| {
        if loading.get_untracked() || !has_more.get_untracked() {
            return;
        }
        loading.set(true);
        error.set(None);
        let q = PostQuery { sort: Some(sort), limit: Some(20), cursor: cursor.get_value() };
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let r = match source.get_value() {
                FeedSource::Group(slug) => api.list_group_posts(&slug, &q).await,
                FeedSource::Home => api.home_feed(&q).await,
            };
            match r {
                Ok(page) => {
                    items.update(|v| {
                        for p in page.items {
                            if !v.iter().any(|x| x.id == p.id) {
                                v.push(p);
                            }
                        }
                    });
                    has_more.set(page.next_cursor.is_some());
                    cursor.set_value(page.next_cursor);
                    started.set(true);
                }
                Err(ApiError::Aborted) => {}
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    });
    items.set(Vec::new());
    load.run(());

    view! {
        // The cards' titles are h3: this keeps the outline whole under the page's h1.
        <h2 class="visually-hidden">"Posts"</h2>
        <Show when=move || !started.get() && error.with(Option::is_none)>
            <SkeletonList rows=3 label="Loading posts…" />
        </Show>
        <Show when=move || started.get() && items.with(Vec::is_empty)>
            {empty.run()}
        </Show>
        <Show when=move || items.with(|v| !v.is_empty())>
            <VirtualFeed
                items=items
                key=|p: &Post| p.id
                row=move |p: Post| view! { <PostCard post=p show_group=home /> }.into_any()
                has_more=has_more
                loading=loading
                on_need_more=load
                estimated_row_height=190.0
                label="Posts"
            />
        </Show>
        {move || error.get().map(|error| view! { <LoadError error retry=load /> })}
    }
}
