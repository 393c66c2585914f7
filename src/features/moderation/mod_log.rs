//! The moderation log: filters by actor, kind, target and dates, held in the URL; paged.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use kith_api::ModLogKind;

use super::mod_view::{LogFilters, ModTab, ModView};
use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::paged_status::PagedStatus;
use crate::ui::text_field::TextField;

/// One filter set's log (the page builds a new one when the URL's filters change).
#[component]
pub fn ModLog(slug: String, filters: LogFilters) -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let actor = RwSignal::new(filters.actor.clone());
    let kind = RwSignal::new(filters.kind.map_or("", |k| k.as_str()).to_string());
    let target = RwSignal::new(filters.target.clone());
    let from = RwSignal::new(filters.from.clone());
    let to = RwSignal::new(filters.to.clone());
    let problem = RwSignal::new(None::<String>);
    let clear_href = ModView::of(ModTab::Log).href(&slug);
    let filtered = filters.is_filtered();
    let apply = {
        let slug = slug.clone();
        move |ev: web_sys::SubmitEvent| {
            ev.prevent_default();
            let values = [("actor", actor), ("kind", kind), ("target", target), ("from", from), ("to", to)]
                .map(|(k, s)| (k, s.get_untracked().trim().to_lowercase()));
            let pairs = values.iter().map(|(k, v)| (*k, v.as_str())).chain([("tab", "log")]);
            let (view, ignored) = ModView::from_pairs(pairs);
            if ignored.is_empty() {
                problem.set(None);
                navigate(&view.href(&slug), NavigateOptions { scroll: false, ..Default::default() });
            } else {
                problem.set(Some(format!("Check these filters: {}.", ignored.join(", "))));
            }
        }
    };
    let list = Paged::new(move |cursor| {
        let (s, q) = (slug.clone(), filters.to_api(cursor));
        async move { api.modlog(&s, &q).await }
    });
    view! {
        <form class="log-filters" role="search" aria-label="Filter the log" on:submit=apply novalidate>
            <TextField id="log-actor" label="Moderator" value=actor placeholder="username" />
            <div class="field">
                <label for="log-kind">"Action"</label>
                <select id="log-kind" on:change:target=move |ev| kind.set(ev.target().value())>
                    <option value="">"Any action"</option>
                    {ModLogKind::ALL
                        .map(|k| {
                            view! {
                                <option value=k.as_str() selected=kind.get_untracked() == k.as_str()>
                                    {k.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <TextField id="log-target" label="Target" value=target placeholder="member:carol, post…" />
            <TextField id="log-from" label="From" value=from kind="date" />
            <TextField id="log-to" label="To (inclusive)" value=to kind="date" />
            <div class="actions">
                <button type="submit">"Apply filters"</button>
                {filtered.then(|| view! { <a class="button secondary" href=clear_href>"Clear filters"</a> })}
            </div>
            <p class="field-error" role="alert">{move || problem.get()}</p>
        </form>
        <ol class="log-list" aria-label="Moderation log">
            <For each=move || list.items.get() key=|e| e.id let(e)>
                <li class="log-entry">
                    <time datetime=e.created_at.clone()>{ago_rfc3339(now_secs(), &e.created_at)}</time>
                    " " <strong>{e.actor.display_name.clone()}</strong> " " {e.kind.label()} " "
                    <span class="log-target">{e.target.label.clone()}</span>
                    {(!e.reason.is_empty()).then(|| view! { <span class="muted">" — " {e.reason.clone()}</span> })}
                </li>
            </For>
        </ol>
        <PagedStatus
            list
            empty=if filtered { "No entries match these filters." } else { "Nothing in the log yet." }
            more_label="Show older entries"
        />
    }
}
