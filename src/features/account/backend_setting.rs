use leptos::prelude::*;

use crate::core::backend::use_backend;
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
        if base.is_empty() { "this site".to_string() } else { base }
    };
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match backend.set_override(&input.get_untracked()) {
            Ok(()) => form.succeed("Saved. Requests now go to the new backend."),
            Err(e) => form.complain(e),
        }
    };
    let reset = move |_| {
        backend.reset();
        input.set(backend.base.get_untracked());
        form.succeed("Back to this site's default backend.");
    };
    view! {
        <form class="backend-setting" on:submit=save novalidate>
            <h2>"Backend"</h2>
            <p>
                "Requests go to " <strong>{move || shown(backend.base.get())}</strong>
                {move || backend.is_overridden().then_some(" (your override)")}
                ". The default is " {shown(backend.default_base())} "."
            </p>
            <label for="backend-url">"Backend address"</label>
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
                "An http(s) address of any Kith-compatible backend. Leave empty for this site."
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
                <button type="submit">"Use this backend"</button>
                <button type="button" class="secondary" on:click=reset>
                    "Reset to default"
                </button>
            </div>
        </form>
    }
    .into_any()
}
