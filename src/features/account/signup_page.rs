use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::RegisterRequest;
use kith_api::validate::validate_register;

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::{Route, safe_return_to};
use crate::core::session::use_session;
use crate::ui::error_summary::{ErrorSummary, SummaryField};
use crate::ui::form::{FormFooter, FormState};
use crate::ui::page_frame::PageFrame;
use crate::ui::text_field::TextField;

/// Where the error summary sends the member for each field's problem.
const SIGNUP_FIELDS: &[SummaryField] = &[
    ("/username", "signup-username", "Username"),
    ("/display_name", "signup-display-name", "Display name"),
    ("/password", "signup-password", "Password"),
    ("/interests", "signup-interests", "Interests"),
];
use crate::ui::topic_picker::TopicPicker;

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
    let form = FormState::new();

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if form.is_busy() {
            return;
        }
        let name = display_name.get_untracked().trim().to_string();
        let body = RegisterRequest {
            username: username.get_untracked().trim().to_string(),
            password: password.get_untracked(),
            display_name: (!name.is_empty()).then_some(name),
            interests: interests.get_untracked(),
        };
        if form.refuse(validate_register(&body), "Some fields need attention.") {
            return;
        }
        form.begin();
        let navigate = navigate.clone();
        let return_to = safe_return_to(&query.with_untracked(|q| q.get("return_to").unwrap_or_default()));
        leptos::task::spawn_local(async move {
            match api.register(&body).await {
                Ok(t) => {
                    session.start(t, true);
                    let to = if return_to == Route::Home.href() { Route::Discover.href() } else { return_to };
                    navigate(&to, Default::default());
                }
                Err(e) => {
                    form.fail(&e);
                    if let ApiError::Conflict(_) = e {
                        form.errors
                            .set(vec![kith_api::FieldError::new("/username", "That username is taken.")]);
                    }
                    form.done();
                }
            }
        });
    };

    view! {
        <PageFrame title="Sign up" class="narrow">
            <form class="stack" on:submit=submit novalidate>
                <ErrorSummary form fields=SIGNUP_FIELDS />
                <p class="help required-note">"Fields marked " <span class="req">"*"</span> " are required."</p>
                <TextField
                    id="signup-username"
                    label="Username"
                    value=username
                    autocomplete="username"
                    required=true
                    help="3 to 32 lowercase letters, digits, _ or -. Others see it."
                    error=form.error("/username")
                />
                <TextField
                    id="signup-display-name"
                    label="Display name"
                    value=display_name
                    autocomplete="name"
                    help="How your name appears beside your posts."
                    error=form.error("/display_name")
                />
                <TextField
                    id="signup-password"
                    label="Password"
                    value=password
                    kind="password"
                    autocomplete="new-password"
                    required=true
                    help="At least 8 characters."
                    error=form.error("/password")
                />
                <TopicPicker
                    selected=interests
                    legend="What are you into? We suggest groups from this"
                    max=10
                    id="signup-interests"
                    error=form.error("/interests")
                />
                <FormFooter form label="Create account" busy_label="Creating your account…" />
            </form>
            <Show when=move || session.is_logged_in()>
                <p class="muted">"You are already logged in; signing up creates a second account."</p>
            </Show>
            <p>"Already have an account? " <a href=Route::Login.href()>"Log in"</a> "."</p>
        </PageFrame>
    }
}
