use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::LoginRequest;

use crate::core::api::use_api;
use crate::core::route_table::{Route, safe_return_to};
use crate::core::session::use_session;
use crate::tr;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::page_frame::PageFrame;
use crate::ui::text_field::TextField;

/// Log in, then return to where the member was (`?return_to=`).
#[component]
pub fn LoginPage() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let navigate = use_navigate();
    let query = use_query_map();
    let return_to =
        Signal::derive(move || safe_return_to(&query.with(|q| q.get("return_to").unwrap_or_default())));

    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let remember = RwSignal::new(true);
    let form = FormState::new();

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if form.is_busy() {
            return;
        }
        let body = LoginRequest {
            username: username.get_untracked().trim().to_lowercase(),
            password: password.get_untracked(),
            remember: remember.get_untracked(),
        };
        if body.username.is_empty() || body.password.is_empty() {
            return form.complain(tr!("account-login-missing"));
        }
        form.begin();
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api.login(&body).await {
                Ok(t) => {
                    session.start(t, body.remember);
                    navigate(&return_to.get_untracked(), Default::default());
                }
                Err(e) => {
                    form.fail(&e);
                    form.done();
                }
            }
        });
    };

    view! {
        <PageFrame title=tr!("account-login-title") class="narrow">
            <Show when=move || session.is_logged_in()>
                <p class="notice">
                    {move || tr!("account-login-already", name = session.username().unwrap_or_default())}
                </p>
            </Show>
            <form class="stack" on:submit=submit novalidate>
                <TextField id="login-username" label=tr!("account-username") value=username autocomplete="username" required=true />
                <TextField
                    id="login-password"
                    label=tr!("account-password")
                    value=password
                    kind="password"
                    autocomplete="current-password"
                    required=true
                />
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || remember.get()
                        on:change:target=move |ev| remember.set(ev.target().checked())
                    />
                    {tr!("account-login-remember")}
                </label>
                <FormFooter form label=tr!("account-login-submit") busy_label=tr!("account-login-busy") />
            </form>
            <p>
                {tr!("account-login-new-here")}
                " "
                <a href=move || Route::Signup.href_with(&[("return_to", &return_to.get())])>
                    {tr!("account-login-create-link")}
                </a>
                "."
            </p>
        </PageFrame>
    }
}
