use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kith_api::validate::{LIMITS, validate_comment_body};
use kith_api::{Comment, PageParams, Post};

use crate::core::api::{ApiError, use_api};
use crate::core::paging::fetch_all;
use crate::core::route_table::Route;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::CancelEdit;
use crate::features::drafts::pending_items::{PendingItems, PendingScope};
use crate::features::moderation::remove_in_place::{Moderated, Removable, RemoveInPlace};
use crate::features::moderation::report_button::ReportButton;
use crate::features::posts::comment_composer::CommentComposer;
use crate::features::posts::problems;
use crate::features::posts::reaction_bar::{ReactionBar, ReactionTarget};
use crate::features::posts::thread::{
    VISUAL_LEVELS, Window, can_nest_reply, children_index, depth_of, descendants, parents,
    parse_thread_param, window,
};
use crate::tr;
use crate::ui::focus_by_id;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::loading::{LoadError, SkeletonList};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::markdown_view::MarkdownView;

/// How many pages of comments a discussion loads at most, and how many comments a page has.
const COMMENT_PAGES: usize = 20;
const COMMENTS_PER_PAGE: u32 = 100;

/// What every comment in a thread shares.
#[derive(Clone, Copy)]
struct ThreadCtx {
    comments: RwSignal<Vec<Comment>>,
    index: Memo<HashMap<Option<i64>, Vec<i64>>>,
    parents: Memo<HashMap<i64, Option<i64>>>,
    /// What this page shows: the whole discussion, or one comment's sub-thread.
    window: Memo<Window>,
    /// How deep replies may nest on this backend.
    max_depth: RwSignal<u32>,
    post_id: i64,
    post_title: StoredValue<String>,
    slug: StoredValue<String>,
    can_comment: bool,
}

impl ThreadCtx {
    fn get(&self, id: i64) -> Option<Comment> {
        self.comments.with(|c| c.iter().find(|c| c.id == id).cloned())
    }
    fn kids(&self, parent: Option<i64>) -> Vec<(i64, String)> {
        let ids = self.index.with(|i| i.get(&parent).cloned().unwrap_or_default());
        self.keyed(ids)
    }
    fn keyed(&self, ids: Vec<i64>) -> Vec<(i64, String)> {
        self.comments.with(|all| {
            ids.into_iter()
                .filter_map(|id| all.iter().find(|c| c.id == id).map(|c| (c.id, c.etag.clone())))
                .collect()
        })
    }
    fn replace(&self, c: Comment) {
        self.comments.update(|all| {
            if let Some(x) = all.iter_mut().find(|x| x.id == c.id) {
                *x = c;
            } else {
                all.push(c);
            }
        });
    }
    /// The post's address: the whole discussion.
    fn href(&self) -> String {
        Route::post(&self.slug.get_value(), self.post_id).href()
    }
    /// The address of a comment's sub-thread.
    fn thread_href(&self, id: i64) -> String {
        Route::post(&self.slug.get_value(), self.post_id).href_with(&[("thread", &id.to_string())])
    }
}

/// A post's comments as threads: collapse and expand, reply in place, edit and delete one's own.
/// Threads nest up to [`VISUAL_LEVELS`] levels; deeper replies continue on the same page
/// focused on one comment (`?thread=<id>`), which Back and Forward and links follow.
#[component]
pub fn CommentThread(post: Post) -> impl IntoView {
    let api = use_api();
    let query = use_query_map();
    let comments = RwSignal::new(Vec::<Comment>::new());
    let index = Memo::new(move |_| comments.with(|c| children_index(c)));
    let focus = Memo::new(move |_| query.with(|q| parse_thread_param(q.get("thread").as_deref())));
    let ctx = ThreadCtx {
        comments,
        index,
        parents: Memo::new(move |_| index.with(parents)),
        window: Memo::new(move |_| index.with(|i| window(i, focus.get(), VISUAL_LEVELS))),
        max_depth: RwSignal::new(LIMITS.max_comment_depth),
        post_id: post.id,
        post_title: StoredValue::new(crate::features::posts::title::post_title(&post)),
        slug: StoredValue::new(post.group.slug.clone()),
        can_comment: post.permissions.can_comment,
    };
    // The backend's nesting limit (the reference backend's until it answers).
    leptos::task::spawn_local_scoped_with_cancellation(async move {
        let limits = api.limits().await;
        ctx.max_depth.try_set(limits.max_comment_depth);
    });
    let loaded = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    // The discussion is longer than the app loads at once: said, not hidden.
    let cut_short = RwSignal::new(false);
    let post_id = post.id;
    let load = Callback::new(move |_: ()| {
        error.set(None);
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            // Threads of a micro-community are small: fetch every page, up to a sane limit.
            let all = fetch_all(COMMENT_PAGES, |cursor| {
                let page = PageParams { limit: Some(COMMENTS_PER_PAGE), cursor };
                async move { api.list_comments(post_id, &page).await }
            })
            .await;
            error.set(all.error);
            cut_short.set(all.cut_short);
            comments.set(all.items);
            loaded.set(true);
        });
    });
    load.run(());
    let locked = post.locked;
    let on_sent = Callback::new(move |c: Comment| ctx.replace(c));
    // A comment sent from the outbox later joins the thread.
    let outbox = crate::features::drafts::outbox::use_outbox();
    Effect::new(move |_| {
        if let Some(crate::features::drafts::outbox::Delivered::Comment(c)) = outbox.delivered.get()
            && c.post_id == post_id
        {
            ctx.replace(c);
        }
    });
    // Following "Continue this thread" (or Back to it) puts the keyboard on the thread's first
    // comment; going back to the whole discussion puts it on the comments' heading.
    Effect::new(move |shown: Option<Option<Option<i64>>>| {
        let f = focus.get();
        if !loaded.get() {
            return None;
        }
        match (f, shown.flatten()) {
            (Some(id), before) if before != Some(Some(id)) => focus_by_id(format!("comment-{id}")),
            (None, Some(Some(_))) => focus_by_id("comments-heading"),
            _ => {}
        }
        Some(f)
    });
    // A link to one comment (`#comment-12`, from the inbox, a push or a profile) lands on it
    // once the comments are in: the router's own jump comes before they are.
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if !loaded.get() {
            return;
        }
        if let Some(id) = hash.strip_prefix("#comment-").filter(|s| s.bytes().all(|b| b.is_ascii_digit())) {
            let id = format!("comment-{id}");
            request_animation_frame(move || {
                if let Some(el) =
                    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id))
                {
                    el.scroll_into_view();
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            });
        }
    });
    let focused_exists = move || focus.get().is_some_and(|id| ctx.parents.with(|p| p.contains_key(&id)));
    view! {
        <section class="comments" id="comments" aria-labelledby="comments-heading">
            <h2 id="comments-heading" tabindex="-1">
                {move || tr!("posts-comment-count", count = comments.with(Vec::len))}
            </h2>
            {locked.then(|| view! { <p class="notice">{tr!("posts-comments-locked")}</p> })}
            <Show when=move || focus.get().is_some()>
                <nav class="thread-focus" aria-label=tr!("posts-thread-nav")>
                    <p>
                        <a href=move || ctx.href()>{tr!("posts-thread-back")}</a>
                        {move || {
                            let up = focus.get().and_then(|id| ctx.parents.with(|p| p.get(&id).copied().flatten()));
                            up.map(|parent| {
                                view! {
                                    " · "
                                    <a href=ctx.thread_href(parent)>{tr!("posts-thread-up")}</a>
                                }
                            })
                        }}
                    </p>
                    <p class="muted">{tr!("posts-thread-one")}</p>
                </nav>
            </Show>
            {(ctx.can_comment && !locked)
                .then(|| {
                    view! {
                        <Show when=move || focus.get().is_none()>
                            <CommentComposer
                                post_id=post_id
                                parent_id=None
                                slug=ctx.slug.get_value()
                                post_title=ctx.post_title.get_value()
                                on_sent=on_sent
                            />
                        </Show>
                    }
                })}
            <PendingItems scope=PendingScope::Comments(post_id) />
            {move || error.get().map(|error| view! { <LoadError error retry=load /> })}
            <Show when=move || cut_short.get()>
                <p class="notice" role="status">
                    {tr!("posts-comments-cut", count = COMMENT_PAGES * COMMENTS_PER_PAGE as usize)}
                </p>
            </Show>
            <Show when=move || loaded.get() fallback=|| view! { <SkeletonList rows=2 label=tr!("posts-comments-loading") /> }>
                {move || match focus.get() {
                    None => view! {
                        <Show when=move || ctx.index.with(|i| i.get(&None).is_some_and(|v| !v.is_empty()))
                            fallback=|| view! { <p class="empty">{tr!("posts-comments-empty")}</p> }>
                            <ul class="thread" role="list">
                                <For each=move || ctx.kids(None) key=|k| k.clone() let((id, _etag))>
                                    <CommentItem ctx=ctx id=id level=0 />
                                </For>
                            </ul>
                        </Show>
                    }
                    .into_any(),
                    Some(root) => view! {
                        <Show when=focused_exists
                            fallback=|| view! { <p class="empty">{tr!("posts-thread-missing")}</p> }>
                            <ul class="thread" role="list">
                                <For each=move || ctx.keyed(vec![root]) key=|k| k.clone() let((id, _etag))>
                                    <CommentItem ctx=ctx id=id level=0 />
                                </For>
                            </ul>
                        </Show>
                    }
                    .into_any(),
                }}
            </Show>
        </section>
    }
}

/// One comment with its replies down to the page's last level (so this nests at most
/// [`VISUAL_LEVELS`] deep, however deep the thread is); below that, a link continues the thread.
#[component]
fn CommentItem(ctx: ThreadCtx, id: i64, level: usize) -> AnyView {
    let api = use_api();
    let Some(c) = ctx.get(id) else { return ().into_any() };
    let collapsed = RwSignal::new(false);
    let replying = RwSignal::new(false);
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let hidden = Memo::new(move |_| ctx.index.with(|i| descendants(i, id)));
    // Replies not shown on this page (behind "Continue this thread").
    let continues = Memo::new(move |_| ctx.window.with(|w| w.row(id).map_or(0, |r| r.continues)));
    let reported = c.depth;
    let depth = Memo::new(move |_| ctx.parents.with(|p| depth_of(p, id, reported)));
    let may_reply = move || can_nest_reply(depth.get(), ctx.max_depth.get());
    let gone = c.deleted || (c.removed && c.body.is_empty());
    // A blocked member's words are folded away; the reader may still open them.
    let blocked_author = c.author_blocked;
    let revealed = RwSignal::new(false);
    let text = if c.deleted {
        tr!("posts-comment-deleted")
    } else if c.removed && c.body.is_empty() {
        tr!("posts-comment-removed")
    } else {
        c.body.clone()
    };
    let etag = StoredValue::new(c.etag.clone());
    let delete = move |_| {
        error.set(None);
        leptos::task::spawn_local(async move {
            match api.delete_comment(id, &etag.get_value()).await {
                Ok(()) => {
                    if let Some(mut c) = ctx.get(id) {
                        c.deleted = true;
                        c.body.clear();
                        c.etag.push('x');
                        ctx.replace(c);
                    }
                }
                Err(e) => error.set(Some(e.user_message())),
            }
        });
    };
    let perms = c.permissions.clone();
    let on_reply = Callback::new(move |new: Comment| {
        ctx.replace(new);
        replying.set(false);
        collapsed.set(false);
    });
    let body = StoredValue::new(text);
    let nests_here = level + 1 < VISUAL_LEVELS;
    view! {
        <li class="comment" data-level=level>
            <article id=format!("comment-{id}") tabindex="-1" aria-label=tr!("posts-comment-label", name = &c.author.display_name)>
                <header class="meta">
                    <button
                        type="button"
                        class="link toggle"
                        aria-expanded=move || (!collapsed.get()).to_string()
                        aria-label=move || if collapsed.get() { tr!("posts-thread-expand") } else { tr!("posts-thread-collapse") }
                        on:click=move |_| collapsed.update(|x| *x = !*x)
                    >
                        {move || if collapsed.get() { "[+]" } else { "[–]" }}
                    </button>
                    <strong><a class="author" href=Route::profile(&c.author.username).href() dir="auto">{c.author.display_name.clone()}</a></strong>
                    " · "
                    <time datetime=c.created_at.clone()>{ago_rfc3339(now_secs(), &c.created_at)}</time>
                    {c.edited_at.is_some().then(|| format!(" · {}", tr!("posts-edited")))}
                    {(c.removed && !gone).then(|| view! { " · " <span class="badge removed">{tr!("posts-badge-removed")}</span> })}
                    <Show when=move || { collapsed.get() && hidden.get() > 0 }>
                        <span class="muted">{move || format!(" · {}", tr!("posts-replies-hidden", count = hidden.get()))}</span>
                    </Show>
                </header>
                <Show when=move || !collapsed.get()>
                    <Show
                        when=move || editing.get()
                        fallback=move || {
                            if blocked_author && !revealed.get() {
                                return view! {
                                    <p class="blocked-content">
                                        {tr!("posts-blocked-comment")}
                                        " "
                                        <button type="button" class="link" on:click=move |_| revealed.set(true)>{tr!("posts-show-it")}</button>
                                    </p>
                                }
                                    .into_any();
                            }
                            view! {
                                <div class="comment-body" class:muted=gone>
                                    <MarkdownView source=Signal::derive(move || body.get_value()) />
                                </div>
                            }
                                .into_any()
                        }
                    >
                        <CommentEditor ctx=ctx id=id on_done=Callback::new(move |_| editing.set(false)) />
                    </Show>
                    <footer class="comment-actions" hidden=move || editing.get()>
                        <ReactionBar
                            target=ReactionTarget::Comment(id)
                            reactions=c.reactions.clone()
                            enabled=perms.can_react && !gone
                        />
                        {(ctx.can_comment && !gone)
                            .then(|| {
                                view! {
                                    <Show
                                        when=may_reply
                                        fallback=move || {
                                            view! {
                                                <span class="muted reply-limit">
                                                    {move || tr!("posts-reply-limit", max = ctx.max_depth.get())}
                                                </span>
                                            }
                                        }
                                    >
                                        <button type="button" class="link" on:click=move |_| replying.set(true)>
                                            {tr!("posts-action-reply")}
                                        </button>
                                    </Show>
                                }
                            })}
                        {(perms.can_edit && !gone)
                            .then(|| {
                                view! {
                                    <button type="button" class="link" on:click=move |_| editing.set(true)>
                                        {tr!("posts-action-edit")}
                                    </button>
                                }
                            })}
                        {(perms.can_delete && !gone)
                            .then(|| {
                                view! {
                                    <button type="button" class="link danger-link" on:click=delete>
                                        {tr!("posts-action-delete")}
                                    </button>
                                }
                            })}
                        {(perms.can_moderate && !c.deleted)
                            .then(|| {
                                view! {
                                    <RemoveInPlace
                                        target=Removable::Comment(id)
                                        removed=c.removed
                                        on_done=Callback::new(move |m| if let Moderated::Comment(c) = m { ctx.replace(c) })
                                    />
                                }
                            })}
                        {(!gone).then(|| view! { <ReportButton target=kith_api::ReportTarget::Comment { id } author=c.author.username.clone() /> })}
                        <span class="field-error" role="alert">{move || error.get()}</span>
                    </footer>
                    <Show when=move || replying.get()>
                        <CommentComposer
                            post_id=ctx.post_id
                            parent_id=Some(id)
                            slug=ctx.slug.get_value()
                            post_title=ctx.post_title.get_value()
                            on_sent=on_reply
                            on_cancel=Callback::new(move |_| replying.set(false))
                        />
                    </Show>
                    {if nests_here {
                        view! {
                            <ul class="thread replies" role="list">
                                <For each=move || ctx.kids(Some(id)) key=|k| k.clone() let((kid, _etag))>
                                    <CommentItem ctx=ctx id=kid level=level + 1 />
                                </For>
                            </ul>
                        }
                        .into_any()
                    } else {
                        view! {
                            <Show when=move || { continues.get() > 0 }>
                                <p class="continue-thread">
                                    <a href=ctx.thread_href(id)>
                                        {tr!("posts-thread-continue")} <span aria-hidden="true" class="flip-rtl">" →"</span>
                                    </a>
                                    <span class="muted">{move || format!(" {}", tr!("posts-more-replies", count = continues.get()))}</span>
                                </p>
                            </Show>
                        }
                        .into_any()
                    }}
                </Show>
            </article>
        </li>
    }
    .into_any()
}

/// Editing one's own comment in place, with its own draft and `If-Match`.
#[component]
fn CommentEditor(ctx: ThreadCtx, id: i64, on_done: Callback<()>) -> impl IntoView {
    let api = use_api();
    let original = ctx.get(id);
    let body = RwSignal::new(String::new());
    let draft = use_draft(
        format!("edit-comment:{id}"),
        tr!("posts-edit-comment-draft-label"),
        ctx.href(),
        vec![("body", body)],
    );
    if body.get_untracked().is_empty()
        && let Some(c) = &original
    {
        body.set(c.body.clone());
    }
    let etag = StoredValue::new(original.map(|c| c.etag).unwrap_or_default());
    let form = FormState::new();
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let text = body.get_untracked();
        if let Some(p) = validate_comment_body(&text).into_iter().next() {
            return form.complain(problems::localize(p.detail));
        }
        let etag = etag.get_value();
        let request = async move { api.patch_comment(id, &etag, text).await };
        draft.submit(form, request, move |result| match result {
            Ok(updated) => {
                ctx.replace(updated);
                on_done.run(());
            }
            Err(e) => {
                form.fail(&e);
                form.errors.try_update(|errors| problems::localize_in_place(errors));
            }
        });
    };
    view! {
        <form class="comment-editor" on:submit=save novalidate>
            <MarkdownEditor value=body label=tr!("posts-edit-comment-label") id=format!("edit-comment-{id}") rows=3 error=form.problem() />
            <FormFooter form label=tr!("posts-edit-comment-save") quiet=true>
                <CancelEdit draft on_done />
            </FormFooter>
        </form>
    }
}
