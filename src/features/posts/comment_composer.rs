use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_new_comment};
use kith_api::{Comment, NewComment};

use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::features::drafts::outbox_store::Pending;
use crate::features::posts::problems;
use crate::tr;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;

/// A comment or a reply, in place: autosaved, sent once, kept until the server accepts it.
#[component]
pub fn CommentComposer(
    post_id: i64,
    /// The comment being replied to, if any.
    parent_id: Option<i64>,
    /// The post's group, for its address and the outbox.
    #[prop(into)]
    slug: String,
    #[prop(into)] post_title: String,
    on_sent: Callback<Comment>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let api = use_api();
    let outbox = crate::features::drafts::outbox::use_outbox();
    let title = StoredValue::new(post_title.clone());
    let url = Route::post(&slug, post_id).href();
    let slug = StoredValue::new(slug);
    let body = RwSignal::new(String::new());
    let context = format!("comment:{post_id}:{}", parent_id.map_or("root".to_string(), |p| p.to_string()));
    let label = if parent_id.is_some() {
        tr!("posts-reply-draft-label", title = &post_title)
    } else {
        tr!("posts-comment-draft-label", title = &post_title)
    };
    let draft = use_draft(context, label, url, vec![("body", body)]);
    let form = FormState::new();
    let id = format!("comment-body-{post_id}-{}", parent_id.unwrap_or(0));

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let c = NewComment { body: body.get_untracked(), parent_id };
        if let Some(p) = validate_new_comment(&c).into_iter().next() {
            return form.complain(problems::localize(p.detail));
        }
        let key = draft.idempotency_key();
        let request = {
            let (c, key) = (c.clone(), key.clone());
            async move { api.create_comment(post_id, &c, Some(&key)).await }
        };
        draft.submit(form, request, move |result| {
            match result {
                Ok(created) => on_sent.run(created),
                Err(e) if crate::features::drafts::outbox::offline_error(&e) => {
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
                    // "/parent_id": the reply would nest deeper than the backend allows (or its
                    // comment is gone); the server's sentence says what to do instead.
                    let field = e.field_error("/body").or_else(|| e.field_error("/parent_id"));
                    form.fail_saying(&e, field.map(problems::localize).unwrap_or_else(|| e.user_message()));
                }
            }
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
                label=if parent_id.is_some() { tr!("posts-reply-field") } else { tr!("posts-comment-field") }
                id=id
                rows=3
                max_chars=LIMITS.max_comment_body as usize
                error=form.problem()
            />
            <DraftStatus draft=draft />
            <FormFooter
                form
                label=if parent_id.is_some() { tr!("posts-reply-submit") } else { tr!("posts-comment-submit") }
                busy_label=tr!("posts-comment-busy")
                resend=submit
                quiet=true
            >
                {on_cancel
                    .map(|c| {
                        view! {
                            <button type="button" class="secondary" on:click=move |_| c.run(())>
                                {tr!("posts-cancel")}
                            </button>
                        }
                    })}
            </FormFooter>
        </form>
    }
}
