use leptos::prelude::*;

use kith_api::LoginRequest;

use crate::core::api::use_api;
use crate::core::session::use_session;
use crate::tr;
use crate::ui::form::FormState;

/// Logging in again without leaving the page, when a write found the session over; `on_done`
/// then retries what the member was doing (their text is in its draft all along).
#[component]
pub fn ReloginForm(on_done: Callback<()>) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let username = RwSignal::new(session.last_username.get_untracked().unwrap_or_default());
    let password = RwSignal::new(String::new());
    let form = FormState::new();
    let id = format!("relogin-{}", (js_sys::Math::random() * 1e9) as u32);
    let (user_id, pass_id) = (format!("{id}-user"), format!("{id}-pass"));
    let submit = move || {
        if form.is_busy() {
            return;
        }
        let body = LoginRequest {
            username: username.get_untracked().trim().to_lowercase(),
            password: password.get_untracked(),
            remember: true,
        };
        form.begin();
        leptos::task::spawn_local(async move {
            match api.login(&body).await {
                Ok(t) => {
                    session.start(t, true);
                    password.set(String::new());
                    on_done.run(());
                }
                Err(e) => form.fail(&e),
            }
            form.done();
        });
    };
    view! {
        <div class="relogin card" role="group" aria-label=tr!("ui-log-in-again")>
            <p>{tr!("ui-relogin-text")}</p>
            <div class="row">
                <div class="field">
                    <label for=user_id.clone()>{tr!("ui-relogin-username")}</label>
                    <input
                        id=user_id
                        type="text"
                        autocomplete="username"
                        prop:value=move || username.get()
                        on:input:target=move |ev| username.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for=pass_id.clone()>{tr!("ui-relogin-password")}</label>
                    <input
                        id=pass_id
                        type="password"
                        autocomplete="current-password"
                        prop:value=move || password.get()
                        on:input:target=move |ev| password.set(ev.target().value())
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                submit();
                            }
                        }
                    />
                </div>
            </div>
            <p class="field-error" role="alert">{move || form.text()}</p>
            <button type="button" disabled=move || form.busy.get() on:click=move |_| submit()>
                {move || if form.busy.get() { tr!("ui-relogin-busy") } else { tr!("ui-relogin-submit") }}
            </button>
        </div>
    }
}
