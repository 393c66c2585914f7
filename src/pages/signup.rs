use leptos::prelude::*;

use crate::components::page_frame::PageFrame;

#[component]
pub fn SignupPage() -> impl IntoView {
    view! {
        <PageFrame title="Sign up">
            <p>"Create an account to join groups."</p>
        </PageFrame>
    }
}
