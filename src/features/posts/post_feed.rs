use leptos::prelude::*;

use kith_api::{Post, PostQuery, PostSort};

use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::features::notifications::new_posts::NewPostsBanner;
use crate::features::posts::post_card::PostCard;
use crate::tr;
use crate::ui::paged_status::PagedStatus;
use crate::ui::virtual_feed::VirtualFeed;

/// Where a feed's posts come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FeedSource {
    Group(String),
    /// Every group the member belongs to.
    Home,
}

/// A cursor-paged, windowed feed that loads the next page as the reader scrolls. `items` belongs
/// to the page, so a composer can put a new post on top (a later page does not repeat it).
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
    let list = Paged::filling(
        items,
        |p: &Post| p.id,
        move |cursor| {
            let q = PostQuery { sort: Some(sort), limit: Some(20), cursor };
            let source = source.get_value();
            async move {
                match source {
                    FeedSource::Group(slug) => api.list_group_posts(&slug, &q).await,
                    FeedSource::Home => api.home_feed(&q).await,
                }
            }
        },
    );

    let group = match source.get_value() {
        FeedSource::Group(slug) => Some(slug),
        FeedSource::Home => None,
    };
    view! {
        <NewPostsBanner group items on_show=Callback::new(move |_| list.reload()) />
        // The cards' titles are h3: this keeps the outline whole under the page's h1.
        <h2 class="visually-hidden">{tr!("posts-feed-label")}</h2>
        <Show when=move || items.with(|v| !v.is_empty())>
            <VirtualFeed
                items=items
                key=|p: &Post| p.id
                row=move |p: Post| view! { <PostCard post=p show_group=home /> }.into_any()
                has_more=Signal::derive(move || list.has_more())
                loading=Signal::derive(move || list.loading())
                on_need_more=Callback::new(move |_| list.load_more())
                estimated_row_height=190.0
                label=tr!("posts-feed-label")
            />
        </Show>
        <PagedStatus list empty_view=empty skeleton_rows=3 loading_label=tr!("posts-feed-loading") scrolls=true />
    }
}
