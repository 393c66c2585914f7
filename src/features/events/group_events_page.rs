use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::{Event, Group};

use crate::chunks::LazyEventForm;
use crate::core::api::use_api;
use crate::core::route_table::{Route, param};
use crate::features::events::calendar_view::{CalendarSource, EventCalendar};
use crate::features::events::event_form::EventFormMode;
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::tr;

/// A group's events: month, week or agenda, with a form for organisers.
#[component]
pub fn GroupEventsPage() -> impl IntoView {
    let slug = param("slug");
    let query = use_query_map();
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Events
            suffix=tr!("events-tab-title")
            content=move |g: Group| {
                let can_manage = g.my_role.is_some_and(|r| r.can_moderate()) && !g.archived;
                let creating = RwSignal::new(query.with_untracked(|q| q.get("new").is_some()) && can_manage);
                let navigate = use_navigate();
                let on_saved = Callback::new(move |e: Event| navigate(&Route::event(&e.group.slug, e.id).href(), Default::default()));
                let api = use_api();
                let calendar_url = api.group_calendar_url(&g.slug);
                let private = g.visibility == kith_api::Visibility::Private;
                let slug = g.slug.clone();
                let form_mode = EventFormMode::Create { slug: g.slug.clone(), group_name: g.name.clone() };
                view! {
                    {can_manage.then(|| view! {
                        <Show
                            when=move || creating.get()
                            fallback=move || view! { <button type="button" on:click=move |_| creating.set(true)>{tr!("events-new")}</button> }
                        >
                            <section class="card" aria-labelledby="new-event-heading">
                                <h2 id="new-event-heading">{tr!("events-new")}</h2>
                                <LazyEventForm
                                    mode=form_mode.clone()
                                    on_saved=on_saved
                                    on_cancel=Callback::new(move |_| creating.set(false))
                                />
                            </section>
                        </Show>
                    })}
                    // A group's Events tab leads with what is coming up; the month is one click away.
                    <EventCalendar
                        source=CalendarSource::Group(slug.clone())
                        base=Route::events(&slug)
                        default_view=crate::features::events::calendar::View::Agenda
                    />
                    <SubscribeLink url=calendar_url private=private />
                }
            }
        />
    }
}

/// The group's calendar as a subscription link, with a copy button.
#[component]
fn SubscribeLink(url: String, private: bool) -> impl IntoView {
    let copied = RwSignal::new(None::<String>);
    let url = StoredValue::new(url);
    let copy = move |_| {
        let text = url.get_value();
        let Some(w) = web_sys::window() else { return };
        let promise = w.navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
            copied.set(Some(if ok { tr!("events-copied") } else { tr!("events-copy-failed") }));
        });
    };
    if private {
        return view! {
            <p class="muted subscribe">{tr!("events-subscribe-private")}</p>
        }
        .into_any();
    }
    view! {
        <div class="subscribe">
            <label for="calendar-url">{tr!("events-subscribe")}</label>
            <div class="row">
                <input id="calendar-url" type="text" readonly prop:value=url.get_value() on:focus:target=move |ev| ev.target().select() />
                <button type="button" class="secondary" on:click=copy>{tr!("events-copy-link")}</button>
            </div>
            <p class="help" role="status">{move || copied.get()}</p>
        </div>
    }
    .into_any()
}
