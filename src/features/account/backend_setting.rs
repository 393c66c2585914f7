use leptos::prelude::*;

use crate::core::backend::use_backend;
use crate::tr;
use crate::ui::form::FormState;

/// Lets a member point this build at another compatible backend, or return to the default.
#[component]
pub fn BackendSetting() -> impl IntoView {
    let Some(backend) = use_backend() else {
        return ().into_any();
    };
    let input = RwSignal::new(backend.base.get_untracked());
    let form = FormState::new();
    let shown = |base: String| {
        if base.is_empty() { tr!("account-backend-this-site") } else { base }
    };
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match backend.set_override(&input.get_untracked()) {
            Ok(()) => form.succeed(tr!("account-backend-saved")),
            Err(e) => form.complain(e),
        }
    };
    let reset = move |_| {
        backend.reset();
        input.set(backend.base.get_untracked());
        form.succeed(tr!("account-backend-reset-done"));
    };
    view! {
        <form class="backend-setting" on:submit=save novalidate>
            <h2>{tr!("account-backend-heading")}</h2>
            <p>
                {move || {
                    let (current, default) = (shown(backend.base.get()), shown(backend.default_base()));
                    if backend.is_overridden() {
                        tr!("account-backend-where-override", current = current, default = default)
                    } else {
                        tr!("account-backend-where", current = current, default = default)
                    }
                }}
            </p>
            <label for="backend-url">{tr!("account-backend-address")}</label>
            <input
                id="backend-url"
                type="url"
                inputmode="url"
                placeholder="https://api.example.org"
                prop:value=move || input.get()
                on:input:target=move |ev| input.set(ev.target().value())
                aria-describedby="backend-help backend-message"
            />
            <p id="backend-help" class="help">
                {tr!("account-backend-help")}
            </p>
            <p id="backend-message" class="form-message" role="status">
                {move || {
                    form.message
                        .get()
                        .map(|(ok, text)| {
                            view! {
                                <span class:ok=ok class:error=!ok>
                                    {text}
                                </span>
                            }
                        })
                }}
            </p>
            <div class="actions">
                <button type="submit">{tr!("account-backend-use")}</button>
                <button type="button" class="secondary" on:click=reset>
                    {tr!("account-backend-reset")}
                </button>
            </div>
        </form>
    }
    .into_any()
}
