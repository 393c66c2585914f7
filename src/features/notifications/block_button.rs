use leptos::prelude::*;

use crate::core::api::use_api;
use crate::tr;

/// Blocks or unblocks a member: their posts and comments fold away for the blocker, and they
/// no longer cause notifications. Asks before blocking.
#[component]
pub fn BlockButton(username: String, #[prop(into)] blocked: RwSignal<bool>) -> impl IntoView {
    let api = use_api();
    let confirming = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let name = StoredValue::new(username);
    let act = move |block: bool| {
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let u = name.get_value();
            let r = if block { api.block(&u).await } else { api.unblock(&u).await };
            busy.set(false);
            confirming.set(false);
            match r {
                Ok(()) => blocked.set(block),
                Err(e) => error.set(Some(e.user_message())),
            }
        });
    };
    view! {
        <div class="block-member">
            {move || {
                if blocked.get() {
                    view! {
                        <p>{tr!("notif-blocked-text")}</p>
                        <button type="button" class="secondary" disabled=move || busy.get() on:click=move |_| act(false)>
                            {tr!("notif-unblock")}
                        </button>
                    }
                        .into_any()
                } else if confirming.get() {
                    view! {
                        <p role="alert">{tr!("notif-block-confirm", username = name.get_value())}</p>
                        <button type="button" class="danger" disabled=move || busy.get() on:click=move |_| act(true)>
                            {tr!("notif-block")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                            {tr!("notif-cancel")}
                        </button>
                    }
                        .into_any()
                } else {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| confirming.set(true)>
                            {tr!("notif-block-member")}
                        </button>
                    }
                        .into_any()
                }
            }}
            {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        </div>
    }
}

/// Settings → the members the caller has blocked, each with "Unblock".
#[component]
pub fn BlockedMembers() -> impl IntoView {
    let api = use_api();
    let list = LocalResource::new(move || async move { api.blocks().await });
    view! {
        <section class="settings-section" aria-labelledby="blocked-heading">
            <h2 id="blocked-heading">{tr!("notif-blocked-heading")}</h2>
            <Suspense fallback=|| view! { <p>{tr!("notif-blocked-loading")}</p> }>
                {move || {
                    list.get().map(|r| match r {
                        Ok(b) if b.items.is_empty() => {
                            view! { <p>{tr!("notif-blocked-none")}</p> }.into_any()
                        }
                        Ok(b) => view! {
                            <ul class="blocked-list">
                                {b.items.into_iter().map(|u| {
                                    let blocked = RwSignal::new(true);
                                    view! {
                                        <li>
                                            <a href=crate::core::route_table::Route::profile(&u.username).href() dir="auto">{u.display_name.clone()}</a>
                                            " (@" <span dir="auto">{u.username.clone()}</span> ")"
                                            <BlockButton username=u.username.clone() blocked />
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <p class="error">{e.user_message()}</p> }.into_any(),
                    })
                }}
            </Suspense>
        </section>
    }
}
