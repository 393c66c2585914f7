use leptos::prelude::*;

use crate::backend::use_backend;

/// Lets a member point this build at another compatible backend, or return to the default.
#[component]
pub fn BackendSetting() -> impl IntoView {
    let Some(backend) = use_backend() else {
        return ().into_any();
    };
    let input = RwSignal::new(backend.base.get_untracked());
    let message = RwSignal::new(None::<(bool, String)>);
    let shown = |base: String| {
        if base.is_empty() { "this site".to_string() } else { base }
    };
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match backend.set_override(&input.get_untracked()) {
            Ok(()) => message.set(Some((true, "Saved. Requests now go to the new backend.".into()))),
            Err(e) => message.set(Some((false, e))),
        }
    };
    let reset = move |_| {
        backend.reset();
        input.set(backend.base.get_untracked());
        message.set(Some((true, "Back to this site's default backend.".into())));
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
                    message
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
