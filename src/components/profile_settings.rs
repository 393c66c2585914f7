use leptos::prelude::*;

use kith_api::MePatch;
use kith_api::validate::validate_me_patch;

use crate::api::use_api;
use crate::components::text_field::TextField;
use crate::components::topic_picker::TopicPicker;
use crate::session::use_session;

/// Display name and interests (interests drive recommendations).
#[component]
pub fn ProfileSettings() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let display_name = RwSignal::new(String::new());
    let interests = RwSignal::new(Vec::<String>::new());
    let loaded = RwSignal::new(false);
    // Fill the form once the profile is known (it may arrive after the page opens).
    Effect::new(move |_| {
        if loaded.get_untracked() {
            return;
        }
        if let Some(me) = session.me.get() {
            display_name.set(me.display_name);
            interests.set(me.interests);
            loaded.set(true);
        }
    });
    let message = RwSignal::new(None::<(bool, String)>);
    let name_error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(etag) = session.me.with_untracked(|m| m.as_ref().map(|m| m.etag.clone())) else { return };
        let patch = MePatch {
            display_name: Some(display_name.get_untracked().trim().to_string()),
            interests: Some(interests.get_untracked()),
        };
        let problems = validate_me_patch(&patch);
        if let Some(p) = problems.first() {
            name_error.set(Some(p.detail.clone()));
            return;
        }
        name_error.set(None);
        busy.set(true);
        leptos::task::spawn_local(async move {
            match api.patch_me(&etag, &patch).await {
                Ok(me) => {
                    session.me.set(Some(me));
                    message.set(Some((true, "Saved. Recommendations now follow these interests.".into())));
                }
                Err(e) => {
                    if e.code() == kith_api::codes::PRECONDITION_FAILED {
                        // Changed on another device: reload the profile, keep the form.
                        api.refresh_me();
                    }
                    message.set(Some((false, e.user_message())));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <Show
            when=move || session.is_logged_in()
            fallback=|| view! { <p class="muted"><a href="/login?return_to=/settings">"Log in"</a> " to edit your profile and interests."</p> }
        >
            <form class="stack profile-settings" on:submit=save novalidate>
                <h2>"Profile"</h2>
                <TextField id="display-name" label="Display name" value=display_name error=Signal::derive(move || name_error.get()) />
                <TopicPicker selected=interests legend="Interests" max=10 id="interests" />
                <p class="form-message" class:ok=move || message.get().is_some_and(|m| m.0) class:error=move || message.get().is_some_and(|m| !m.0) role="status">
                    {move || message.get().map(|m| m.1)}
                </p>
                <div class="actions">
                    <button type="submit" disabled=move || busy.get() || !loaded.get()>"Save profile"</button>
                </div>
            </form>
        </Show>
    }
}
