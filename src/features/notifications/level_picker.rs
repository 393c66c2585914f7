use leptos::prelude::*;

use kith_api::{Group, NotificationLevel};

use crate::core::api::use_api;
use crate::features::groups::membership::use_memberships;
use crate::features::notifications::text::{LEVELS, level_label};
use crate::tr;

/// How much a member hears from this group; members only. The choice shows at once and is put
/// back, with the reason, when the server refuses it.
#[component]
pub fn NotificationLevelPicker(group: Group) -> impl IntoView {
    let api = use_api();
    let standing = use_memberships().standing(&group);
    let level = RwSignal::new(group.my_notification_level.unwrap_or_default());
    let error = RwSignal::new(None::<String>);
    let saved = RwSignal::new(false);
    let slug = StoredValue::new(group.slug.clone());
    let id = format!("notify-level-{}", group.slug);
    let id2 = id.clone();
    let change = move |value: String| {
        let Some(new) = NotificationLevel::parse(&value) else { return };
        let before = level.get_untracked();
        level.set(new);
        error.set(None);
        saved.set(false);
        leptos::task::spawn_local(async move {
            match api.set_notification_level(&slug.get_value(), new).await {
                Ok(answer) => {
                    level.set(answer.level);
                    saved.set(true);
                }
                Err(e) => {
                    level.set(before);
                    error.set(Some(e.user_message()));
                }
            }
        });
    };
    view! {
        <Show when=move || standing.with(|s| s.is_member())>
            <div class="notify-level">
                <label for=id.clone()>{tr!("notif-level-label")}</label>
                <select
                    id=id2.clone()
                    prop:value=move || level.get().as_str()
                    on:change:target=move |ev| change(ev.target().value())
                >
                    {LEVELS
                        .iter()
                        .map(|l| view! { <option value=l.as_str()>{level_label(*l)}</option> })
                        .collect_view()}
                </select>
                <span class="status" role="status">
                    {move || saved.get().then(|| tr!("notif-saved"))}
                </span>
                {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
            </div>
        </Show>
    }
}
