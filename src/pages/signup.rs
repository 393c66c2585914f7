use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::RegisterRequest;
use kith_api::validate::validate_register;

use crate::api::{ApiError, use_api};
use crate::components::page_frame::PageFrame;
use crate::components::text_field::TextField;
use crate::components::topic_picker::TopicPicker;
use crate::routes::safe_return_to;
use crate::session::use_session;

/// Create an account; interests chosen here drive recommendations.
#[component]
pub fn SignupPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();

    let username = RwSignal::new(String::new());
    let display_name = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let interests = RwSignal::new(Vec::<String>::new());
    let errors = RwSignal::new(Vec::<kith_api::FieldError>::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let err = move |p: &'static str| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.pointer == p || x.pointer.starts_with(&format!("{p}/")))
                    .map(|x| x.detail.clone())
            })
        })
    };

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let name = display_name.get_untracked().trim().to_string();
        let body = RegisterRequest {
            username: username.get_untracked().trim().to_string(),
            password: password.get_untracked(),
            display_name: (!name.is_empty()).then_some(name),
            interests: interests.get_untracked(),
        };
        let problems = validate_register(&body);
        if !problems.is_empty() {
            errors.set(problems);
            message.set(Some("Some fields need attention.".into()));
            return;
        }
        errors.set(Vec::new());
        message.set(None);
        busy.set(true);
        let navigate = navigate.clone();
        let return_to = safe_return_to(&query.with_untracked(|q| q.get("return_to").unwrap_or_default()));
        leptos::task::spawn_local(async move {
            match api.register(&body).await {
                Ok(t) => {
                    session.start(t, true);
                    let to = if return_to == "/" { "/discover".to_string() } else { return_to };
                    navigate(&to, Default::default());
                }
                Err(e) => {
                    if let ApiError::Conflict(_) = e {
                        errors.set(vec![kith_api::FieldError::new("/username", "That username is taken.")]);
                    } else {
                        errors.set(e.field_errors().to_vec());
                    }
                    message.set(Some(e.user_message()));
                    busy.set(false);
                }
            }
        });
    };

    view! {
        <PageFrame title="Sign up" class="narrow">
            <form class="stack" on:submit=submit novalidate>
                <TextField
                    id="signup-username"
                    label="Username"
                    value=username
                    autocomplete="username"
                    required=true
                    help="3 to 32 lowercase letters, digits, _ or -. Others see it."
                    error=err("/username")
                />
                <TextField
                    id="signup-display-name"
                    label="Display name"
                    value=display_name
                    autocomplete="name"
                    help="How your name appears beside your posts."
                    error=err("/display_name")
                />
                <TextField
                    id="signup-password"
                    label="Password"
                    value=password
                    kind="password"
                    autocomplete="new-password"
                    required=true
                    help="At least 8 characters."
                    error=err("/password")
                />
                <TopicPicker
                    selected=interests
                    legend="What are you into? We suggest groups from this"
                    max=10
                    id="signup-interests"
                    error=err("/interests")
                />
                <p class="form-message error" role="alert">
                    {move || message.get()}
                </p>
                <div class="actions">
                    <button type="submit" disabled=move || busy.get()>
                        {move || if busy.get() { "Creating your account…" } else { "Create account" }}
                    </button>
                </div>
            </form>
            <Show when=move || session.is_logged_in()>
                <p class="muted">"You are already logged in; signing up creates a second account."</p>
            </Show>
            <p>"Already have an account? " <a href="/login">"Log in"</a> "."</p>
        </PageFrame>
    }
}
