use leptos::prelude::*;

use kith_api::MePatch;
use kith_api::validate::validate_me_patch;

use crate::core::api::use_api;
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::account::problems::{localize_in_place, localized};
use crate::tr;
use crate::ui::form::{FormMessage, FormState};
use crate::ui::text_field::TextField;
use crate::ui::topic_picker::TopicPicker;

/// Display name and interests (interests drive recommendations).
#[component]
pub fn ProfileSettings() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let display_name = RwSignal::new(String::new());
    let interests = RwSignal::new(Vec::<String>::new());
    let bio = RwSignal::new(String::new());
    let loaded = RwSignal::new(false);
    // Fill the form once the profile is known (it may arrive after the page opens).
    Effect::new(move |_| {
        if loaded.get_untracked() {
            return;
        }
        if let Some(me) = session.me.get() {
            display_name.set(me.display_name);
            interests.set(me.interests);
            bio.set(me.bio);
            loaded.set(true);
        }
    });
    let form = FormState::new();
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let Some(etag) = session.me.with_untracked(|m| m.as_ref().map(|m| m.etag.clone())) else { return };
        let patch = MePatch {
            display_name: Some(display_name.get_untracked().trim().to_string()),
            interests: Some(interests.get_untracked()),
            bio: Some(bio.get_untracked().trim().to_string()),
        };
        let problems = localized(validate_me_patch(&patch));
        if !problems.is_empty() {
            return form.errors.set(problems);
        }
        form.begin();
        leptos::task::spawn_local(async move {
            match api.patch_me(&etag, &patch).await {
                Ok(me) => {
                    session.me.set(Some(me));
                    form.succeed(tr!("account-profile-saved"));
                }
                Err(e) => {
                    if e.code() == kith_api::codes::PRECONDITION_FAILED {
                        // Changed on another device: reload the profile, keep the form.
                        api.refresh_me();
                    }
                    form.fail(&e);
                    form.errors.try_update(|errors| localize_in_place(errors));
                }
            }
            form.done();
        });
    };
    view! {
        <Show
            when=move || session.is_logged_in()
            fallback=|| {
                view! {
                    <p class="muted">
                        <a href=login_returning_to(&Route::Settings.href())>{tr!("account-profile-login-link")}</a>
                        {tr!("account-profile-login-rest")}
                    </p>
                }
            }
        >
            <form class="stack profile-settings" on:submit=save novalidate>
                <h2>{tr!("account-profile-heading")}</h2>
                <TextField id="display-name" label=tr!("account-display-name") value=display_name error=form.error("/display_name") />
                <TopicPicker selected=interests legend=tr!("account-interests") max=10 id="interests" error=form.error("/interests") />
                <div class="field" class:has-error=move || form.error("/bio").with(Option::is_some)>
                    <label for="bio">{tr!("account-profile-bio")}</label>
                    <textarea
                        id="bio"
                        rows="3"
                        aria-describedby="bio-help bio-error"
                        aria-invalid=move || form.error("/bio").with(Option::is_some).then_some("true")
                        prop:value=move || bio.get()
                        on:input:target=move |ev| bio.set(ev.target().value())
                    ></textarea>
                    <p id="bio-help" class="help">
                        {move || tr!("account-profile-bio-help", count = bio.with(|b| b.chars().count()), max = 500)}
                    </p>
                    <p id="bio-error" class="field-error" role="alert">{move || form.error("/bio").get()}</p>
                </div>
                <FormMessage form polite=true />
                <div class="actions">
                    <button type="submit" disabled=move || form.busy.get() || !loaded.get()>{tr!("account-profile-save")}</button>
                </div>
            </form>
        </Show>
    }
}
