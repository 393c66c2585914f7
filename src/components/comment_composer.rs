use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_new_comment};
use kith_api::{Comment, NewComment};

use crate::api::use_api;
use crate::components::draft_status::DraftStatus;
use crate::components::markdown_editor::MarkdownEditor;
use crate::components::relogin_form::ReloginForm;
use crate::drafts::use_draft;
use crate::storage::outbox::Pending;

/// A comment or a reply, in place: autosaved, sent once, kept until the server accepts it.
#[component]
pub fn CommentComposer(
    post_id: i64,
    /// The comment being replied to, if any.
    parent_id: Option<i64>,
    /// Where to resume the draft (the post's address).
    #[prop(into)]
    url: String,
    #[prop(into)] post_title: String,
    on_sent: Callback<Comment>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let api = use_api();
    let outbox = crate::outbox::use_outbox();
    let title = StoredValue::new(post_title.clone());
    let slug = StoredValue::new(url.split('/').nth(2).unwrap_or_default().to_string());
    let body = RwSignal::new(String::new());
    let context = format!("comment:{post_id}:{}", parent_id.map_or("root".to_string(), |p| p.to_string()));
    let label = if parent_id.is_some() {
        format!("Reply in “{post_title}”")
    } else {
        format!("Comment on “{post_title}”")
    };
    let draft = use_draft(context, label, url, vec![("body", body)]);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let relogin = RwSignal::new(false);
    let id = format!("comment-body-{post_id}-{}", parent_id.unwrap_or(0));

    let submit = Callback::new(move |_: ()| {
        if busy.get_untracked() {
            return;
        }
        let c = NewComment { body: body.get_untracked(), parent_id };
        if let Some(p) = validate_new_comment(&c).into_iter().next() {
            error.set(Some(p.detail));
            return;
        }
        error.set(None);
        relogin.set(false);
        busy.set(true);
        draft.flush();
        let key = draft.idempotency_key();
        let sending = draft.sending();
        leptos::task::spawn_local(async move {
            let result = api.create_comment(post_id, &c, Some(&key)).await;
            // The member may have moved on meanwhile: the draft still learns the outcome.
            sending.finish(&result);
            if !sending.composer_open() {
                return;
            }
            match result {
                Ok(created) => on_sent.run(created),
                Err(e) if crate::outbox::offline_error(&e) => {
                    outbox.add(
                        key.clone(),
                        Pending::Comment {
                            slug: slug.get_value(),
                            post_id,
                            parent_id,
                            post_title: title.get_value(),
                            body: c.body.clone(),
                        },
                    );
                    draft.clear();
                    if let Some(cancel) = on_cancel {
                        cancel.run(());
                    }
                }
                Err(e) => {
                    relogin.set(e.needs_login());
                    // "/parent_id": the reply would nest deeper than the backend allows (or its
                    // comment is gone); the server's sentence says what to do instead.
                    let field = e.field_error("/body").or_else(|| e.field_error("/parent_id"));
                    error.set(Some(field.unwrap_or_else(|| e.user_message())));
                }
            }
            busy.set(false);
        });
    });

    view! {
        <form
            class="comment-composer"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit.run(());
            }
        >
            <MarkdownEditor
                value=body
                label=if parent_id.is_some() { "Your reply" } else { "Add a comment" }
                id=id
                rows=3
                max_chars=LIMITS.max_comment_body as usize
                error=Signal::derive(move || error.get())
            />
            <DraftStatus draft=draft />
            <Show when=move || relogin.get()>
                <ReloginForm on_done=submit />
            </Show>
            <div class="actions">
                <button type="submit" disabled=move || busy.get()>
                    {move || match (busy.get(), parent_id.is_some()) {
                        (true, _) => "Sending…",
                        (false, true) => "Reply",
                        (false, false) => "Comment",
                    }}
                </button>
                {on_cancel
                    .map(|c| {
                        view! {
                            <button type="button" class="secondary" on:click=move |_| c.run(())>
                                "Cancel"
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}
