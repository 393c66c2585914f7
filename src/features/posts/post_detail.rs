use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_post_patch};
use kith_api::{Post, PostPatch};

use crate::core::api::use_api;
use crate::core::route_table::Route;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::{CancelEdit, DraftStatus};
use crate::features::moderation::remove_in_place::{Moderated, Removable, RemoveInPlace};
use crate::features::moderation::report_button::ReportButton;
use crate::features::posts::problems;
use crate::features::posts::reaction_bar::{ReactionBar, ReactionTarget};
use crate::features::posts::title::is_tombstone;
use crate::tr;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::markdown_view::MarkdownView;
use crate::ui::text_field::TextField;

/// A whole post: body, reactions, and the author's and moderators' actions.
#[component]
pub fn PostDetail(post: RwSignal<Post>) -> impl IntoView {
    let api = use_api();
    let editing = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let p = post.get_untracked();
    let id = p.id;
    let body = Signal::derive(move || post.with(|p| p.body.clone()));

    let delete = move |_| {
        error.set(None);
        let etag = post.with_untracked(|p| p.etag.clone());
        leptos::task::spawn_local(async move {
            match api.delete_post(id, &etag).await {
                Ok(()) => post.update(|p| {
                    // As the server now shows it: a tombstone without title or text.
                    p.deleted = true;
                    p.title.clear();
                    p.body.clear();
                }),
                Err(e) => error.set(Some(e.user_message())),
            }
            confirming.set(false);
        });
    };
    let moderate = move |action: &'static str| {
        error.set(None);
        leptos::task::spawn_local(async move {
            match api.moderate_post(id, action).await {
                Ok(p) => post.set(p),
                Err(e) => error.set(Some(e.user_message())),
            }
        });
    };

    view! {
        <article class="post-detail">
            <p class="meta">
                <a href=Route::feed(&p.group.slug).href() dir="auto">{p.group.name.clone()}</a>
                " · " <a class="author" href=Route::profile(&p.author.username).href() dir="auto">{p.author.display_name.clone()}</a> " · "
                <time datetime=p.created_at.clone()>{ago_rfc3339(now_secs(), &p.created_at)}</time>
                {move || post.with(|p| p.edited_at.is_some()).then(|| format!(" · {}", tr!("posts-edited")))}
            </p>
            <div class="badges">
                {move || post.with(|p| p.pinned).then(|| view! { <span class="badge pinned">{tr!("posts-badge-pinned")}</span> })}
                {move || post.with(|p| p.locked).then(|| view! { <span class="badge locked">{tr!("posts-badge-locked-closed")}</span> })}
                {move || post.with(|p| p.removed).then(|| view! { <span class="badge removed">{tr!("posts-badge-removed")}</span> })}
            </div>
            <Show
                when=move || editing.get()
                fallback=move || {
                    view! {
                        <Show
                            when=move || post.with(|p| !(p.deleted || (p.removed && p.body.is_empty())))
                            fallback=move || {
                                view! {
                                    <p class="muted">
                                        {move || if post.with(|p| p.deleted) { tr!("posts-deleted-text") } else { tr!("posts-removed-text") }}
                                    </p>
                                }
                            }
                        >
                            <div class="post-body">
                                <MarkdownView source=body top_heading=2 />
                            </div>
                        </Show>
                    }
                }
            >
                <PostEditor post=post on_done=Callback::new(move |_| editing.set(false)) />
            </Show>
            // While the post is being edited, its actions wait (the editor has its own buttons).
            <footer class="post-actions" hidden=move || editing.get()>
                // Nothing left to react to once the post is deleted or removed (a memo, so a
                // reaction's own update does not redraw the bar).
                {
                    let gone = Memo::new(move |_| post.with(|p| p.deleted || is_tombstone(p)));
                    move || {
                        (!gone.get())
                            .then(|| {
                                let (reactions, can_react) =
                                    post.with_untracked(|p| (p.reactions.clone(), p.permissions.can_react));
                                view! { <ReactionBar target=ReactionTarget::Post(id) reactions enabled=can_react /> }
                            })
                    }
                }
                {move || {
                    let (perms, gone) = post.with(|p| (p.permissions.clone(), p.deleted));
                    (!gone)
                        .then(|| {
                            view! {
                                {perms.can_edit.then(|| view! { <button type="button" class="link" on:click=move |_| editing.set(true)>{tr!("posts-action-edit")}</button> })}
                                {perms.can_delete.then(|| view! { <button type="button" class="link danger-link" on:click=move |_| confirming.set(true)>{tr!("posts-action-delete")}</button> })}
                                {perms.can_moderate.then(|| view! {
                                    <button type="button" class="link" on:click=move |_| moderate(if post.with_untracked(|p| p.pinned) { "unpin" } else { "pin" })>
                                        {move || if post.with(|p| p.pinned) { tr!("posts-action-unpin") } else { tr!("posts-action-pin") }}
                                    </button>
                                    <button type="button" class="link" on:click=move |_| moderate(if post.with_untracked(|p| p.locked) { "unlock" } else { "lock" })>
                                        {move || if post.with(|p| p.locked) { tr!("posts-action-unlock") } else { tr!("posts-action-lock") }}
                                    </button>
                                    <RemoveInPlace
                                        target=Removable::Post(id)
                                        removed=Signal::derive(move || post.with(|p| p.removed))
                                        on_done=Callback::new(move |m| if let Moderated::Post(p) = m { post.set(p) })
                                    />
                                })}
                            }
                        })
                }}
                <ReportButton target=kith_api::ReportTarget::Post { id } author=p.author.username.clone() />
            </footer>
            <Show when=move || confirming.get()>
                <div class="confirm card" role="alertdialog" aria-label=tr!("posts-delete-question")>
                    <p>{tr!("posts-delete-explain")}</p>
                    <button type="button" class="danger" on:click=delete>{tr!("posts-delete-confirm")}</button>
                    <button type="button" class="secondary" on:click=move |_| confirming.set(false)>{tr!("posts-delete-keep")}</button>
                </div>
            </Show>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </article>
    }
}

/// Editing one's own post: its own draft, and `If-Match` so a concurrent change is not
/// overwritten (the member keeps their text and is told).
#[component]
fn PostEditor(post: RwSignal<Post>, on_done: Callback<()>) -> impl IntoView {
    let api = use_api();
    let p = post.get_untracked();
    let title = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let draft = use_draft(
        format!("edit-post:{}", p.id),
        tr!("posts-edit-draft-label", title = &p.title),
        Route::post(&p.group.slug, p.id).href(),
        vec![("title", title), ("body", body)],
    );
    if title.get_untracked().is_empty() && body.get_untracked().is_empty() {
        title.set(p.title.clone());
        body.set(p.body.clone());
    }
    let form = FormState::new();
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let patch = PostPatch {
            title: Some(title.get_untracked().trim().to_string()),
            body: Some(body.get_untracked()),
        };
        let found = problems::localized(validate_post_patch(&patch));
        if !found.is_empty() {
            return form.errors.set(found);
        }
        let (id, etag) = post.with_untracked(|p| (p.id, p.etag.clone()));
        let request = async move { api.patch_post(id, &etag, &patch).await };
        draft.submit(form, request, move |result| match result {
            Ok(updated) => {
                post.try_set(updated);
                on_done.run(());
            }
            Err(e) => {
                form.fail(&e);
                form.errors.try_update(|errors| problems::localize_in_place(errors));
            }
        });
    };
    view! {
        <form class="stack post-editor" on:submit=save novalidate>
            <TextField id="edit-title" label=tr!("posts-field-title") value=title required=true maxlength=LIMITS.max_post_title error=form.error("/title") />
            <MarkdownEditor value=body label=tr!("posts-field-post") id="edit-body" rows=10 max_chars=LIMITS.max_post_body as usize error=form.error("/body") />
            <DraftStatus draft=draft />
            <FormFooter form label=tr!("posts-edit-save")>
                <CancelEdit draft on_done />
            </FormFooter>
        </form>
    }
}
