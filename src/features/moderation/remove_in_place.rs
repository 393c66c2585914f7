//! "Remove" and "Restore" where a moderator reads a post or a comment: no report needed first.
//! A reason is asked for (it goes to the mod log, like every moderation action).

use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_moderation_reason};
use kith_api::{Comment, ModerationReason, Post};

use super::problems::localized;
use crate::core::api::use_api;
use crate::tr;
use crate::ui::form::FormState;
use crate::ui::text_field::TextField;

/// What is being removed or restored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Removable {
    Post(i64),
    Comment(i64),
}

/// The server's answer: the post or the comment as it is now.
#[derive(Clone, Debug)]
pub enum Moderated {
    Post(Post),
    Comment(Comment),
}

/// The button, then a reason and a confirmation in place.
#[component]
pub fn RemoveInPlace(
    target: Removable,
    /// Whether it is removed now (the button offers the other way).
    #[prop(into)]
    removed: Signal<bool>,
    on_done: Callback<Moderated>,
) -> impl IntoView {
    let api = use_api();
    let open = RwSignal::new(false);
    let reason = RwSignal::new(String::new());
    let form = FormState::new();
    let (what, key) = match target {
        Removable::Post(id) => ("post", format!("post-{id}")),
        Removable::Comment(id) => ("comment", format!("comment-{id}")),
    };
    let field_id = format!("remove-reason-{key}");
    let send = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if form.is_busy() {
            return;
        }
        let text = reason.get_untracked().trim().to_string();
        let problems = validate_moderation_reason(&ModerationReason { reason: text.clone() });
        if !problems.is_empty() {
            return form.errors.set(localized(problems));
        }
        let remove = !removed.get_untracked();
        form.begin();
        leptos::task::spawn_local(async move {
            let answer = match target {
                Removable::Post(id) => api.remove_post(id, remove, text).await.map(Moderated::Post),
                Removable::Comment(id) => api.remove_comment(id, remove, text).await.map(Moderated::Comment),
            };
            match answer {
                Ok(m) => {
                    reason.set(String::new());
                    open.set(false);
                    on_done.run(m);
                }
                Err(e) => form.fail(&e),
            }
            form.done();
        });
    };
    let verb = move || if removed.get() { tr!("mod-action-restore") } else { tr!("mod-action-remove") };
    view! {
        <button
            type="button"
            class="link"
            class:danger-link=move || !removed.get()
            aria-expanded=move || if open.get() { "true" } else { "false" }
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {verb}
            <span class="visually-hidden">" " {tr!("mod-remove-hidden", what = what)}</span>
        </button>
        <Show when=move || open.get()>
            <form class="remove-in-place card" on:submit=send novalidate>
                <TextField
                    id=field_id.clone()
                    label=if removed.get_untracked() { tr!("mod-restore-why", what = what) } else { tr!("mod-remove-why", what = what) }
                    value=reason
                    required=true
                    maxlength=LIMITS.max_report_reason
                    error=form.error("/reason")
                />
                <div class="actions">
                    <button type="submit" class=move || if removed.get() { "small" } else { "danger small" } disabled=move || form.busy.get()>
                        {move || if removed.get() { tr!("mod-restore-what", what = what) } else { tr!("mod-remove-what", what = what) }}
                    </button>
                    <button type="button" class="secondary small" on:click=move |_| open.set(false)>
                        {tr!("mod-cancel")}
                    </button>
                </div>
                <p class="form-message" class:error=move || form.ok() == Some(false) role="status">
                    {move || form.problem().get()}
                </p>
            </form>
        </Show>
    }
}
