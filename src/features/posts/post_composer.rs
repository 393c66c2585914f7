use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_new_post};
use kith_api::{Group, NewPost, Post};

use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::features::drafts::autosave::{DraftState, use_draft};
use crate::features::drafts::draft_status::DraftStatus;
use crate::features::drafts::outbox_store::Pending;
use crate::features::moderation::guidelines::GuidelinesNote;
use crate::features::posts::problems;
use crate::tr;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::text_field::TextField;

/// Writing a post in a group: autosaved as a draft, checked before sending, sent once even
/// when retried, and kept through any failure until the server has accepted it.
#[component]
pub fn PostComposer(
    group: Group,
    on_posted: Callback<Post>,
    /// Text to start an empty composer with (e.g. a discussion prompt).
    #[prop(optional_no_strip)]
    prompt: Option<String>,
) -> impl IntoView {
    let api = use_api();
    let slug = StoredValue::new(group.slug.clone());
    let group_name = StoredValue::new(group.name.clone());
    let outbox = crate::features::drafts::outbox::use_outbox();
    let guidelines = StoredValue::new(group.guidelines.clone());
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let draft = use_draft(
        format!("post:{}", group.slug),
        tr!("posts-composer-draft-label", group = &group.name),
        Route::feed(&group.slug).href(),
        vec![("title", title), ("body", body)],
    );
    if let Some(p) = prompt
        && title.get_untracked().is_empty()
        && body.get_untracked().is_empty()
    {
        title.set(p);
    }
    let open = RwSignal::new(
        !matches!(draft.state.get_untracked(), DraftState::Empty) || !title.get_untracked().is_empty(),
    );
    let form = FormState::new();
    let message = form.message;

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let post = NewPost { title: title.get_untracked().trim().to_string(), body: body.get_untracked() };
        if form.refuse(problems::localized(validate_new_post(&post)), &tr!("posts-fix-fields")) {
            return;
        }
        let key = draft.idempotency_key();
        let request = {
            let (slug, post, key) = (slug.get_value(), post.clone(), key.clone());
            async move { api.create_post(&slug, &post, Some(&key)).await }
        };
        draft.submit(form, request, move |result| {
            match result {
                Ok(created) => {
                    form.succeed(tr!("posts-composer-posted"));
                    open.set(false);
                    on_posted.run(created);
                }
                Err(e) if crate::features::drafts::outbox::offline_error(&e) => {
                    // No connection: the post waits in the outbox (same key) and goes out later.
                    outbox.add(
                        key.clone(),
                        Pending::Post {
                            slug: slug.get_value(),
                            group_name: group_name.get_value(),
                            title: post.title.clone(),
                            body: post.body.clone(),
                        },
                    );
                    draft.clear();
                    open.set(false);
                    form.succeed(tr!("posts-composer-offline"));
                }
                Err(e) => {
                    form.fail(&e);
                    form.errors.try_update(|errors| problems::localize_in_place(errors));
                }
            }
        });
    });

    view! {
        <section class="composer card" aria-labelledby="composer-heading">
            <h2 id="composer-heading" class="composer-title">
                {tr!("posts-composer-heading")}
            </h2>
            <Show
                when=move || open.get()
                fallback=move || {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| open.set(true)>
                            {tr!("posts-composer-start")}
                        </button>
                        <p class="form-message ok" role="status">{move || message.get().filter(|m| m.0).map(|m| m.1)}</p>
                    }
                }
            >
                <form
                    class="stack"
                    novalidate
                    on:submit=move |ev| {
                        ev.prevent_default();
                        submit.run(());
                    }
                >
                    <TextField
                        id="post-title"
                        label=tr!("posts-field-title")
                        value=title
                        required=true
                        maxlength=LIMITS.max_post_title
                        error=form.error("/title")
                    />
                    <MarkdownEditor
                        value=body
                        label=tr!("posts-field-post")
                        id="post-body"
                        rows=6
                        max_chars=LIMITS.max_post_body as usize
                        error=form.error("/body")
                        placeholder=tr!("posts-composer-placeholder")
                    />
                    <DraftStatus draft=draft />
                    <FormFooter form label=tr!("posts-composer-submit") busy_label=tr!("posts-composer-busy") resend=submit>
                        <button type="button" class="secondary" on:click=move |_| open.set(false)>
                            {tr!("posts-composer-hide")}
                        </button>
                    </FormFooter>
                    <p class="help">
                        {tr!("posts-guidelines-before")}
                        " "
                        <a href=move || Route::about(&slug.get_value()).href()>{tr!("posts-guidelines-link")}</a>
                        "."
                    </p>
                    <GuidelinesNote text=guidelines.get_value() summary=tr!("posts-guidelines-summary") />
                </form>
            </Show>
        </section>
    }
}
