//! What stands under a paged list (`core::paging::Paged`): the loading placeholder, the error with
//! a retry, the empty message, and "Show more".

use leptos::prelude::*;

use crate::core::paging::{LoadState, Paged};
use crate::tr;
use crate::ui::loading::{LoadError, SkeletonList};

/// Under a list: loading placeholder, error with retry, the empty message, "Show more".
#[component]
pub fn PagedStatus<T: Send + Sync + 'static>(
    list: Paged<T>,
    /// Said when the list has no items at all.
    #[prop(optional, into)]
    empty: String,
    /// Shown instead of `empty` when the empty list deserves more than a sentence (links).
    #[prop(optional, into)]
    empty_view: Option<ViewFn>,
    /// The "Show more" button's label ("Show more" unless given).
    #[prop(optional, into)]
    more_label: Option<String>,
    /// Placeholder rows while the first page loads (2 unless given).
    #[prop(optional)]
    skeleton_rows: Option<usize>,
    /// What the placeholder announces ("Loading…" unless given).
    #[prop(optional, into)]
    loading_label: Option<String>,
    /// The list asks for more as the reader scrolls (a `VirtualFeed`): no "Show more" button.
    #[prop(optional)]
    scrolls: bool,
) -> impl IntoView {
    let empty_view = StoredValue::new(empty_view);
    let empty = StoredValue::new(empty);
    let loading_label = StoredValue::new(loading_label);
    let more_label = more_label.unwrap_or_else(|| tr!("ui-show-more"));
    let skeleton = move || match loading_label.get_value() {
        Some(label) => view! { <SkeletonList rows=skeleton_rows.unwrap_or(2) label=label /> }.into_any(),
        None => view! { <SkeletonList rows=skeleton_rows.unwrap_or(2) /> }.into_any(),
    };
    view! {
        {move || match list.state.get() {
            LoadState::Failed(error) => {
                let retry = Callback::new(move |_| list.retry());
                view! { <LoadError error retry /> }.into_any()
            }
            LoadState::Loading if list.is_empty() => skeleton(),
            LoadState::Idle if list.is_empty() => match empty_view.get_value() {
                Some(v) => v.run(),
                None if empty.with_value(String::is_empty) => ().into_any(),
                None => view! { <p class="empty">{empty.get_value()}</p> }.into_any(),
            },
            _ => ().into_any(),
        }}
        <Show when=move || !scrolls && list.has_more()>
            <button type="button" class="secondary" disabled=move || list.loading() on:click=move |_| list.load_more()>
                {more_label.clone()}
            </button>
        </Show>
    }
}
