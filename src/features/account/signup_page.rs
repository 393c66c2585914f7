use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::RegisterRequest;
use kith_api::validate::validate_register;

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::{Route, safe_return_to};
use crate::core::session::use_session;
use crate::features::account::problems::{localize_in_place, localized};
use crate::tr;
use crate::ui::error_summary::{ErrorSummary, LabelledField};
use crate::ui::form::{FormFooter, FormState};
use crate::ui::page_frame::PageFrame;
use crate::ui::text_field::TextField;
use crate::ui::topic_picker::TopicPicker;

/// Where the error summary sends the member for each field's problem.
fn signup_fields() -> [LabelledField; 4] {
    [
        ("/username", "signup-username", tr!("account-username")),
        ("/display_name", "signup-display-name", tr!("account-display-name")),
        ("/password", "signup-password", tr!("account-password")),
        ("/interests", "signup-interests", tr!("account-interests")),
    ]
}

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
        if form.refuse(localized(validate_register(&body)), &tr!("account-signup-attention")) {
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
                    form.errors.try_update(|errors| localize_in_place(errors));
                    if let ApiError::Conflict(_) = e {
                        form.errors
                            .set(vec![kith_api::FieldError::new("/username", tr!("account-signup-taken"))]);
                    }
                    form.done();
                }
            }
        });
    };

    view! {
        <PageFrame title=tr!("account-signup-title") class="narrow">
            <form class="stack" on:submit=submit novalidate>
                <ErrorSummary form fields=signup_fields() />
                <p class="help required-note">
                    {tr!("account-signup-required-before")} " " <span class="req">"*"</span> " "
                    {tr!("account-signup-required-after")}
                </p>
                <TextField
                    id="signup-username"
                    label=tr!("account-username")
                    value=username
                    autocomplete="username"
                    required=true
                    help=tr!("account-signup-username-help")
                    error=form.error("/username")
                />
                <TextField
                    id="signup-display-name"
                    label=tr!("account-display-name")
                    value=display_name
                    autocomplete="name"
                    help=tr!("account-signup-display-name-help")
                    error=form.error("/display_name")
                />
                <TextField
                    id="signup-password"
                    label=tr!("account-password")
                    value=password
                    kind="password"
                    autocomplete="new-password"
                    required=true
                    help=tr!("account-signup-password-help")
                    error=form.error("/password")
                />
                <TopicPicker
                    selected=interests
                    legend=tr!("account-signup-interests-legend")
                    max=10
                    id="signup-interests"
                    error=form.error("/interests")
                />
                <FormFooter form label=tr!("account-signup-submit") busy_label=tr!("account-signup-busy") />
            </form>
            <Show when=move || session.is_logged_in()>
                <p class="muted">{tr!("account-signup-already")}</p>
            </Show>
            <p>
                {tr!("account-signup-have-account")} " " <a href=Route::Login.href()>{tr!("account-signup-login-link")}</a> "."
            </p>
        </PageFrame>
    }
}
