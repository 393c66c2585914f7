use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::time::parse_rfc3339;
use kith_api::{MarkRead, Notification, NotificationQuery, target_path};

use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::notifications::live::use_live;
use crate::features::notifications::text::{by_day, day_heading, headline};
use crate::tr;
use crate::ui::format::{ago_rfc3339, date, local_offset_secs, now_secs};
use crate::ui::page_frame::PageFrame;
use crate::ui::paged_status::PagedStatus;

/// The local day (days since the epoch in the browser's time zone) of a Unix time.
fn local_day(t: i64) -> i64 {
    (t + local_offset_secs(t)).div_euclid(86_400)
}

/// `/notifications`: the member's inbox, newest first and grouped by day; the group filter and
/// "unread only" live in the URL. Items that arrive live are put on top.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let session = use_session();
    view! {
        <PageFrame title=tr!("notif-page-title") class="inbox-page">
            <Show
                when=move || session.is_logged_in()
                fallback=|| {
                    view! {
                        <p class="empty">
                            <a href=login_returning_to(&Route::Notifications.href())>{tr!("notif-login-link")}</a>
                            {tr!("notif-login-rest")}
                        </p>
                    }
                }
            >
                <Inbox />
            </Show>
        </PageFrame>
    }
}

#[component]
fn Inbox() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let live = use_live();
    let query = use_query_map();
    let navigate = StoredValue::new_local(use_navigate());
    let group = Memo::new(move |_| query.with(|q| q.get("group").filter(|s| !s.is_empty())));
    let unread_only = Memo::new(move |_| query.with(|q| q.get("unread").is_some_and(|v| v == "1")));
    let items = RwSignal::new(Vec::<Notification>::new());
    let error = RwSignal::new(None::<String>);
    // What arrives live goes on top, when it fits the filter.
    if let Some(live) = live {
        let seen = StoredValue::new(live.arrived.with_untracked(|v| v.last().map(|n| n.0).unwrap_or(0)));
        Effect::new(move |_| {
            let arrived = live.arrived.get();
            let fresh: Vec<Notification> = arrived
                .into_iter()
                .filter(|(stream_id, _)| *stream_id > seen.get_value())
                .filter_map(|(stream_id, json)| {
                    seen.set_value(seen.get_value().max(stream_id));
                    serde_json::from_str::<Notification>(&json).ok()
                })
                .filter(|n| {
                    group.with_untracked(|g| g.is_none() || n.group.as_ref().map(|x| &x.slug) == g.as_ref())
                })
                .collect();
            if !fresh.is_empty() {
                items.update(|v| {
                    for n in fresh.into_iter() {
                        if !v.iter().any(|x| x.id == n.id) {
                            v.insert(0, n);
                        }
                    }
                });
            }
        });
    }
    let set_query = move |g: Option<String>, u: bool| {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if let Some(g) = g.as_deref() {
            pairs.push(("group", g));
        }
        if u {
            pairs.push(("unread", "1"));
        }
        navigate.get_value()(&Route::Notifications.href_with(&pairs), Default::default());
    };
    let mark = move |body: MarkRead, ids: Option<Vec<i64>>| {
        error.set(None);
        let now = kith_api::time::format_rfc3339(now_secs());
        // Shown read at once; the server's count follows.
        items.update(|v| {
            for n in v.iter_mut() {
                let hit = match (&ids, body.up_to) {
                    (Some(ids), _) => ids.contains(&n.id),
                    (None, Some(up)) => n.id <= up,
                    _ => false,
                };
                if hit && n.read_at.is_none() {
                    n.read_at = Some(now.clone());
                }
            }
        });
        leptos::task::spawn_local(async move {
            match api.mark_read(&body).await {
                Ok(c) => {
                    if let Some(l) = live {
                        l.unread.set(c.count);
                    }
                }
                Err(e) => error.set(Some(e.user_message())),
            }
        });
    };
    let mark_all = move |_| {
        let newest = items.with_untracked(|v| v.iter().map(|n| n.id).max());
        if let Some(up_to) = newest {
            mark(MarkRead { ids: None, up_to: Some(up_to) }, None);
        }
    };
    let any_unread = move || items.with(|v| v.iter().any(|n| n.read_at.is_none()));
    let groups = move || {
        session.me.with(|m| {
            m.as_ref()
                .map(|m| {
                    m.memberships
                        .iter()
                        .map(|x| (x.group_slug.clone(), x.group_name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <div class="inbox-tools">
            <div class="field">
                <label for="inbox-group">{tr!("notif-filter-group")}</label>
                <select
                    id="inbox-group"
                    prop:value=move || group.get().unwrap_or_default()
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        set_query((!v.is_empty()).then_some(v), unread_only.get_untracked());
                    }
                >
                    <option value="">{tr!("notif-all-groups")}</option>
                    {move || {
                        groups()
                            .into_iter()
                            .map(|(slug, name)| {
                                let mine = slug.clone();
                                // Selected here too: the options arrive after the select's value.
                                view! {
                                    <option value=slug dir="auto" selected=move || group.get().as_deref() == Some(mine.as_str())>
                                        {name}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || unread_only.get()
                    on:change:target=move |ev| set_query(group.get_untracked(), ev.target().checked())
                />
                {tr!("notif-unread-only")}
            </label>
            <button type="button" class="secondary" disabled=move || !any_unread() on:click=mark_all>
                {tr!("notif-mark-all-read")}
            </button>
        </div>
        {move || error.get().map(|e| view! { <p class="error" role="alert">{e}</p> })}
        {move || {
            let now = now_secs();
            let today = local_day(now);
            let all = items.get();
            let days: Vec<i64> =
                all.iter().map(|n| parse_rfc3339(&n.created_at).map(local_day).unwrap_or(today)).collect();
            by_day(&days)
                .into_iter()
                .map(|(day, idx)| {
                    let heading = day_heading(day, today, &date(day * 86_400));
                    // The day as a machine date: "2026-11-30".
                    let datetime = kith_api::time::format_rfc3339(day * 86_400).chars().take(10).collect::<String>();
                    let rows = idx
                        .into_iter()
                        .filter_map(|i| all.get(i).cloned())
                        .map(|n| {
                            let id = n.id;
                            let unread = n.read_at.is_none();
                            let href = target_path(&n);
                            let open = move |_| {
                                if unread {
                                    mark(MarkRead { ids: Some(vec![id]), up_to: None }, Some(vec![id]));
                                }
                            };
                            view! {
                                <li class="note" class:unread=unread>
                                    <a href=href on:click=open>
                                        <span class="headline">
                                            {unread.then(|| view! { <span class="visually-hidden">{tr!("notif-unread-marker")} " "</span> })}
                                            {headline(&n)}
                                        </span>
                                        {(!n.excerpt.is_empty()).then(|| view! { <span class="excerpt" dir="auto">{n.excerpt.clone()}</span> })}
                                        <time class="when" datetime=n.created_at.clone()>{ago_rfc3339(now, &n.created_at)}</time>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <section class="inbox-day">
                            <h2><time datetime=datetime>{heading}</time></h2>
                            <ul class="notes">{rows}</ul>
                        </section>
                    }
                })
                .collect_view()
        }}
        // A list of its own for each filter (Back and Forward too).
        {move || {
            let g = group.get();
            let u = unread_only.get();
            view! { <InboxPages items group=g unread_only=u /> }
        }}
    }
}

/// Loads the inbox for one filter into `items`, page by page.
#[component]
fn InboxPages(items: RwSignal<Vec<Notification>>, group: Option<String>, unread_only: bool) -> impl IntoView {
    let api = use_api();
    let list = Paged::filling(
        items,
        |n: &Notification| n.id,
        move |cursor| {
            let q = NotificationQuery {
                limit: Some(30),
                cursor,
                unread_only: unread_only.then_some(true),
                group: group.clone(),
            };
            async move { api.list_notifications(&q).await }
        },
    );
    view! {
        <PagedStatus
            list
            empty=tr!("notif-empty")
            loading_label=tr!("notif-loading")
        />
    }
}
