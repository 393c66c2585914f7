use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::LoginRequest;

use crate::api::use_api;
use crate::components::page_frame::PageFrame;
use crate::components::text_field::TextField;
use crate::routes::safe_return_to;
use crate::session::use_session;

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
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let body = LoginRequest {
            username: username.get_untracked().trim().to_lowercase(),
            password: password.get_untracked(),
            remember: remember.get_untracked(),
        };
        if body.username.is_empty() || body.password.is_empty() {
            error.set(Some("Enter your username and password.".into()));
            return;
        }
        busy.set(true);
        error.set(None);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            match api.login(&body).await {
                Ok(t) => {
                    session.start(t, body.remember);
                    navigate(&return_to.get_untracked(), Default::default());
                }
                Err(e) => {
                    error.set(Some(e.user_message()));
                    busy.set(false);
                }
            }
        });
    };

    view! {
        <PageFrame title="Log in" class="narrow">
            <Show when=move || session.is_logged_in()>
                <p class="notice">
                    "You are logged in as " <strong>{move || session.username()}</strong>
                    ". Logging in again switches account."
                </p>
            </Show>
            <form class="stack" on:submit=submit novalidate>
                <TextField id="login-username" label="Username" value=username autocomplete="username" required=true />
                <TextField
                    id="login-password"
                    label="Password"
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
                    "Remember me on this device"
                </label>
                <p class="form-message error" role="alert">
                    {move || error.get()}
                </p>
                <div class="actions">
                    <button type="submit" disabled=move || busy.get()>
                        {move || if busy.get() { "Logging in…" } else { "Log in" }}
                    </button>
                </div>
            </form>
            <p>
                "New here? "
                <a href=move || {
                    format!("/signup?return_to={}", crate::api::encode_component(&return_to.get()))
                }>"Create an account"</a>
                "."
            </p>
        </PageFrame>
    }
}
