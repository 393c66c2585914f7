use leptos::prelude::*;

use kith_api::PostSort;

use crate::core::route_table::Route;
use crate::tr;

/// New / Hot / Top as links that set `?sort=`, so the choice is in the URL.
#[component]
pub fn SortTabs(base: Route, #[prop(into)] current: Signal<PostSort>) -> impl IntoView {
    let label = |s: PostSort| match s {
        PostSort::New => tr!("posts-sort-new"),
        PostSort::Hot => tr!("posts-sort-hot"),
        PostSort::Top => tr!("posts-sort-top"),
    };
    view! {
        <nav class="sort-tabs" aria-label=tr!("posts-sort-label")>
            {PostSort::ALL
                .into_iter()
                .map(|s| {
                    let href = if s == PostSort::New { base.href() } else { base.href_with(&[("sort", s.as_str())]) };
                    view! {
                        <a href=href aria-current=move || (current.get() == s).then_some("page")>
                            {label(s)}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// Reads `?sort=` (unknown values mean the default).
pub fn sort_from_query(value: Option<String>) -> PostSort {
    value.as_deref().and_then(PostSort::parse).unwrap_or_default()
}
