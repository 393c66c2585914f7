use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_new_post};
use kith_api::{FieldError, Group, NewPost, Post};

use crate::api::use_api;
use crate::components::draft_status::DraftStatus;
use crate::components::markdown_editor::MarkdownEditor;
use crate::components::mod_guidelines::GuidelinesNote;
use crate::components::relogin_form::ReloginForm;
use crate::components::text_field::TextField;
use crate::drafts::{DraftState, use_draft};
use crate::storage::outbox::Pending;

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
    let outbox = crate::outbox::use_outbox();
    let guidelines = StoredValue::new(group.guidelines.clone());
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let draft = use_draft(
        format!("post:{}", group.slug),
        format!("New post in {}", group.name),
        format!("/g/{}", group.slug),
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
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    let relogin = RwSignal::new(false);
    let err = move |p: &'static str| {
        Signal::derive(move || errors.with(|e| e.iter().find(|x| x.pointer == p).map(|x| x.detail.clone())))
    };

    let submit = Callback::new(move |_: ()| {
        if busy.get_untracked() {
            return;
        }
        let post = NewPost { title: title.get_untracked().trim().to_string(), body: body.get_untracked() };
        let problems = validate_new_post(&post);
        if !problems.is_empty() {
            errors.set(problems);
            message.set(Some((false, "Some fields need attention.".into())));
            return;
        }
        errors.set(Vec::new());
        message.set(None);
        relogin.set(false);
        busy.set(true);
        draft.flush();
        let key = draft.idempotency_key();
        let sending = draft.sending();
        leptos::task::spawn_local(async move {
            let result = api.create_post(&slug.get_value(), &post, Some(&key)).await;
            // The member may have moved on meanwhile: the draft still learns the outcome.
            sending.finish(&result);
            if !sending.composer_open() {
                return;
            }
            match result {
                Ok(created) => {
                    message.set(Some((true, "Posted.".into())));
                    open.set(false);
                    on_posted.run(created);
                }
                Err(e) if crate::outbox::offline_error(&e) => {
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
                    message.set(Some((true, "You are offline: the post waits in your outbox and is sent when you are back online.".into())));
                }
                Err(e) => {
                    relogin.set(e.needs_login());
                    errors.set(e.field_errors().to_vec());
                    message.set(Some((false, e.user_message())));
                }
            }
            busy.set(false);
        });
    });

    view! {
        <section class="composer card" aria-labelledby="composer-heading">
            <h2 id="composer-heading" class="composer-title">
                "Write a post"
            </h2>
            <Show
                when=move || open.get()
                fallback=move || {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| open.set(true)>
                            "Start a new post…"
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
                        label="Title"
                        value=title
                        required=true
                        maxlength=LIMITS.max_post_title
                        error=err("/title")
                    />
                    <MarkdownEditor
                        value=body
                        label="Post"
                        id="post-body"
                        rows=6
                        max_chars=LIMITS.max_post_body as usize
                        error=err("/body")
                        placeholder="Share something with the group…"
                    />
                    <DraftStatus draft=draft />
                    <Show when=move || relogin.get()>
                        <ReloginForm on_done=submit />
                    </Show>
                    <p class="form-message" class:error=move || message.get().is_some_and(|m| !m.0) role="alert">
                        {move || message.get().map(|m| m.1)}
                    </p>
                    <div class="actions">
                        <button type="submit" disabled=move || busy.get()>
                            {move || if busy.get() { "Posting…" } else { "Post" }}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| open.set(false)>
                            "Hide"
                        </button>
                    </div>
                    <p class="help">
                        "Please keep to the " <a href=move || format!("/g/{}/about", slug.get_value())>"group's guidelines"</a> "."
                    </p>
                    <GuidelinesNote text=guidelines.get_value() summary="Read the guidelines here" />
                </form>
            </Show>
        </section>
    }
}
