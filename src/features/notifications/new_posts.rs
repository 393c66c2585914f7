use leptos::prelude::*;

use kith_api::Post;

use crate::features::notifications::live::use_live;
use crate::features::notifications::text::new_posts_label;

/// Above an open feed: "3 new posts · show" from the live stream, instead of the feed jumping under
/// the reader. `group` is the feed's group (`None`: the home feed, every group of the member).
/// Posts already in the feed (the member's own, put on top by the composer) are not counted.
#[component]
pub fn NewPostsBanner(
    group: Option<String>,
    items: RwSignal<Vec<Post>>,
    /// Loads the feed again from the top.
    on_show: Callback<()>,
) -> impl IntoView {
    let Some(live) = use_live() else { return ().into_any() };
    // Only what arrives from now on.
    let since = RwSignal::new(live.new_posts.with_untracked(|v| v.iter().map(|p| p.id).max().unwrap_or(0)));
    let fresh = Memo::new(move |_| {
        let after = since.get();
        live.new_posts.with(|v| {
            v.iter()
                .filter(|p| p.id > after)
                .filter(|p| group.as_deref().is_none_or(|g| g == p.group))
                .filter(|p| items.with(|list| !list.iter().any(|x| x.id == p.id)))
                .count()
        })
    });
    let show = move |_| {
        since.set(live.new_posts.with_untracked(|v| v.iter().map(|p| p.id).max().unwrap_or(0)));
        on_show.run(());
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    view! {
        <div class="new-posts" role="status">
            {move || {
                let n = fresh.get();
                (n > 0).then(|| view! {
                    <button type="button" class="new-posts-button" on:click=show>
                        {new_posts_label(n)}
                    </button>
                })
            }}
        </div>
    }
    .into_any()
}
