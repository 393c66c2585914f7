use leptos::prelude::*;

use crate::components::page_frame::PageFrame;
use crate::pages::param;

#[component]
pub fn PostPage() -> impl IntoView {
    let post = param("post");
    view! {
        <PageFrame title=Signal::derive(move || format!("Post {}", post.get()))>
            <p>"The post and its comments."</p>
        </PageFrame>
    }
}
