use leptos::prelude::*;

use kith_api::Post;

use crate::core::route_table::Route;
use crate::features::posts::reaction_bar::{ReactionBar, ReactionTarget};
use crate::features::posts::title::{is_tombstone, post_title};
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::markdown::excerpt;

/// A post in a feed; a post by a member the reader blocked is folded until asked for.
#[component]
pub fn PostCard(
    post: Post,
    /// Show the group's name (home feed).
    #[prop(optional)]
    show_group: bool,
) -> impl IntoView {
    if !post.author_blocked {
        return view! { <PostCardBody post show_group /> }.into_any();
    }
    let shown = RwSignal::new(false);
    let post = StoredValue::new(post);
    view! {
        {move || {
            if shown.get() {
                view! { <PostCardBody post=post.get_value() show_group /> }.into_any()
            } else {
                view! {
                    <div class="post-card card">
                        <p class="blocked-content">
                            {tr!("posts-blocked-post")}
                            " "
                            <button type="button" class="link" on:click=move |_| shown.set(true)>{tr!("posts-show-it")}</button>
                        </p>
                    </div>
                }
                    .into_any()
            }
        }}
    }
    .into_any()
}

/// A post in a feed: title, who and where, an excerpt, reactions and the comment count.
#[component]
fn PostCardBody(
    post: Post,
    /// Show the group's name (home feed).
    #[prop(optional)]
    show_group: bool,
) -> impl IntoView {
    let href = Route::post(&post.group.slug, post.id).href();
    let gone = post.deleted || (post.removed && post.body.is_empty());
    let text = if post.deleted {
        tr!("posts-deleted-text")
    } else if post.removed {
        if post.body.is_empty() {
            tr!("posts-removed-text")
        } else {
            tr!("posts-removed-excerpt", excerpt = excerpt(&post.body, 200))
        }
    } else {
        excerpt(&post.body, 280)
    };
    let can_react = post.permissions.can_react;
    // A deleted or removed post without its title still leads to its discussion.
    let title = post_title(&post);
    let tombstone = is_tombstone(&post);
    view! {
        <div class="post-card card">
            <header>
                <h3 class:tombstone=tombstone>
                    <a href=href.clone() dir="auto">{title}</a>
                </h3>
                <div class="badges">
                    {post.pinned.then(|| view! { <span class="badge pinned">{tr!("posts-badge-pinned")}</span> })}
                    {post.locked.then(|| view! { <span class="badge locked">{tr!("posts-badge-locked")}</span> })}
                </div>
            </header>
            <p class="meta">
                <a class="author" href=Route::profile(&post.author.username).href() dir="auto">{post.author.display_name.clone()}</a>
                {show_group
                    .then(|| {
                        view! {
                            " "
                            {tr!("posts-card-in")}
                            " "
                            <a href=Route::feed(&post.group.slug).href() dir="auto">{post.group.name.clone()}</a>
                        }
                    })}
                " · "
                <time datetime=post.created_at.clone()>{ago_rfc3339(now_secs(), &post.created_at)}</time>
                {post.edited_at.is_some().then(|| format!(" · {}", tr!("posts-edited")))}
            </p>
            <p class="excerpt" class:muted=gone dir="auto">{text}</p>
            <footer>
                // A deleted or removed post keeps only the way to its discussion: nothing left
                // to react to (moderators still see a removed post's text, to judge a restore).
                {(!(post.deleted || post.removed)).then(|| view! {
                    <ReactionBar target=ReactionTarget::Post(post.id) reactions=post.reactions.clone() enabled=can_react />
                })}
                <a class="comments-link" href=format!("{href}#comments")>
                    {tr!("posts-comment-count", count = post.comment_count)}
                </a>
            </footer>
        </div>
    }
}
