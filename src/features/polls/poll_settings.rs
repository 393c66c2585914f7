//! The group's setting for date polls (owners): may every member start one, or only moderators
//! and owners?

use leptos::prelude::*;

use kith_api::{Group, GroupPatch, Role};

use crate::core::api::{ApiError, use_api};
use crate::tr;

/// A checkbox saved as soon as it changes (with `If-Match`); nothing for anyone but owners.
#[component]
pub fn PollPermissionSetting(group: Group) -> impl IntoView {
    if group.my_role != Some(Role::Owner) {
        return ().into_any();
    }
    let api = use_api();
    let slug = StoredValue::new(group.slug.clone());
    let etag = StoredValue::new(group.etag.clone());
    let on = RwSignal::new(group.members_can_poll);
    let busy = RwSignal::new(false);
    let outcome = RwSignal::new(None::<(bool, String)>);
    let change = move |wanted: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        outcome.set(None);
        on.set(wanted);
        leptos::task::spawn_local(async move {
            let patch = GroupPatch { members_can_poll: Some(wanted), ..Default::default() };
            let s = slug.get_value();
            let mut result = api.patch_group(&s, &etag.get_value(), &patch).await;
            // Someone else changed the group meanwhile: this setting is independent of theirs,
            // so it is applied to their version.
            if matches!(result, Err(ApiError::Stale(_)))
                && let Ok(g) = api.get_group(&s).await
            {
                result = api.patch_group(&s, &g.etag, &patch).await;
            }
            match result {
                Ok(g) => {
                    etag.try_set_value(g.etag.clone());
                    on.try_set(g.members_can_poll);
                    let text = if g.members_can_poll {
                        tr!("polls-setting-saved-all")
                    } else {
                        tr!("polls-setting-saved-leaders")
                    };
                    outcome.try_set(Some((true, text)));
                }
                Err(e) => {
                    on.try_set(!wanted);
                    outcome.try_set(Some((false, e.user_message())));
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <section class="poll-setting" aria-labelledby="poll-setting-heading">
            <h3 id="poll-setting-heading">{tr!("polls-setting-heading")}</h3>
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || on.get()
                    disabled=move || busy.get()
                    aria-describedby="poll-setting-help"
                    on:change:target=move |ev| change(ev.target().checked())
                />
                {tr!("polls-setting-label")}
            </label>
            <p id="poll-setting-help" class="help">{tr!("polls-setting-help")}</p>
            <p
                class="form-message"
                class:ok=move || outcome.with(|o| o.as_ref().is_some_and(|o| o.0))
                class:error=move || outcome.with(|o| o.as_ref().is_some_and(|o| !o.0))
                role="status"
            >
                {move || outcome.with(|o| o.as_ref().map(|o| o.1.clone()))}
            </p>
        </section>
    }
    .into_any()
}
