use leptos::prelude::*;

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::{Route, param};
use crate::features::posts::comment_thread::CommentThread;
use crate::features::posts::post_detail::PostDetail;
use crate::tr;
use crate::ui::loading::{LoadError, SkeletonList};
use crate::ui::page_frame::PageFrame;

/// One post with its comments.
#[component]
pub fn PostPage() -> impl IntoView {
    let api = use_api();
    let slug = param("slug");
    let id = param("post");
    let post = LocalResource::new(move || {
        let id = id.get().parse::<i64>().ok();
        async move {
            match id {
                Some(id) => api.get_post(id).await,
                None => Err(ApiError::from_status(404, "")),
            }
        }
    });
    // The post's title as edited on this page, by post id.
    let edited = RwSignal::new(None::<(i64, String)>);
    let title = Signal::derive(move || {
        let shown = id.get().parse::<i64>().ok();
        edited
            .get()
            .filter(|(of, _)| Some(*of) == shown)
            .map(|(_, t)| t)
            .or_else(|| {
                post.get().and_then(|r| r.ok()).map(|p| crate::features::posts::title::post_title(&p))
            })
            .map(|t| tr!("posts-page-title", title = t))
            .unwrap_or_else(|| tr!("posts-page-title-loading"))
    });
    view! {
        <PageFrame title=title class="post-page">
            <p class="breadcrumb">
                <a href=move || Route::feed(&slug.get()).href()>{tr!("posts-back-to-group")}</a>
            </p>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("posts-loading-post") /> }>
                {move || {
                    post.get()
                        .map(|r| match r {
                            Ok(p) => {
                                let sig = RwSignal::new(p.clone());
                                Effect::new(move |_| edited.set(sig.with(|p| Some((p.id, crate::features::posts::title::post_title(p))))));
                                view! {
                                    <PostDetail post=sig />
                                    <CommentThread post=p />
                                }
                                    .into_any()
                            }
                            Err(ApiError::NotFound(_)) => {
                                view! { <p class="empty">{tr!("posts-not-found")}</p> }.into_any()
                            }
                            Err(error) => {
                                view! { <LoadError error retry=Callback::new(move |_| post.refetch()) /> }.into_any()
                            }
                        })
                }}
            </Suspense>
        </PageFrame>
    }
}
