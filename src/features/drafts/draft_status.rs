use leptos::prelude::*;

use crate::features::drafts::autosave::{DraftHandle, DraftState};
use crate::tr;
use crate::ui::format::{ago, now_secs};

/// The line under a composer that says whether the text is safe: saved, restored, or not
/// saved and why.
#[component]
pub fn DraftStatus(draft: DraftHandle) -> impl IntoView {
    // The draft may end (its composer sent and gone) while this line is still being taken
    // down: then it reads as empty instead of touching a disposed signal.
    let state = move || draft.state.try_get().unwrap_or(DraftState::Empty);
    let text = move || match state() {
        DraftState::Empty => String::new(),
        DraftState::Pending => tr!("drafts-status-saving"),
        DraftState::Saved(_) => tr!("drafts-status-saved"),
        DraftState::Restored(at) => {
            tr!("drafts-status-restored", ago = ago(now_secs(), (at / 1000.0) as i64))
        }
        DraftState::FromOtherTab => tr!("drafts-status-other-tab"),
        DraftState::Problem(p) => p,
    };
    let problem = move || matches!(state(), DraftState::Problem(_));
    let discardable = move || matches!(state(), DraftState::Restored(_) | DraftState::Saved(_));
    view! {
        <p class="draft-status" class:warning=problem role="status">
            <span>{text}</span>
            <Show when=discardable>
                " "
                <button type="button" class="link" on:click=move |_| draft.discard()>
                    {tr!("drafts-discard-draft")}
                </button>
            </Show>
        </p>
    }
}

/// Cancels an edit: its draft goes, and the text shown is what was saved before.
#[component]
pub fn CancelEdit(draft: DraftHandle, on_done: Callback<()>) -> impl IntoView {
    view! {
        <button
            type="button"
            class="secondary"
            on:click=move |_| {
                draft.discard();
                on_done.run(());
            }
        >
            {tr!("drafts-cancel")}
        </button>
    }
}
