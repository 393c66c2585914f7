//! The moderation log: filters by actor, kind, target and dates, held in the URL; paged.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use kith_api::ModLogKind;

use super::mod_view::{LogFilters, ModTab, ModView};
use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::tr;
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
                let names = ignored.join(&tr!("mod-list-separator"));
                problem.set(Some(tr!("mod-log-check-filters", names = names)));
            }
        }
    };
    let list = Paged::new(move |cursor| {
        let (s, q) = (slug.clone(), filters.to_api(cursor));
        async move { api.modlog(&s, &q).await }
    });
    view! {
        <form class="log-filters" role="search" aria-label=tr!("mod-log-filter-label") on:submit=apply novalidate>
            <TextField
                id="log-actor"
                label=tr!("mod-log-moderator")
                value=actor
                placeholder=tr!("mod-log-moderator-placeholder")
            />
            <div class="field">
                <label for="log-kind">{tr!("mod-log-action")}</label>
                <select id="log-kind" on:change:target=move |ev| kind.set(ev.target().value())>
                    <option value="">{tr!("mod-log-any-action")}</option>
                    {ModLogKind::ALL
                        .map(|k| {
                            view! {
                                <option value=k.as_str() selected=kind.get_untracked() == k.as_str()>
                                    {tr!("mod-log-kind", kind = k.as_str())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <TextField
                id="log-target"
                label=tr!("mod-log-target")
                value=target
                placeholder=tr!("mod-log-target-placeholder")
            />
            <TextField id="log-from" label=tr!("mod-log-from") value=from kind="date" />
            <TextField id="log-to" label=tr!("mod-log-to") value=to kind="date" />
            <div class="actions">
                <button type="submit">{tr!("mod-log-apply")}</button>
                {filtered.then(|| view! { <a class="button secondary" href=clear_href>{tr!("mod-log-clear")}</a> })}
            </div>
            <p class="field-error" role="alert">{move || problem.get()}</p>
        </form>
        <ol class="log-list" aria-label=tr!("mod-log-list")>
            <For each=move || list.items.get() key=|e| e.id let(e)>
                <li class="log-entry">
                    <time datetime=e.created_at.clone()>{ago_rfc3339(now_secs(), &e.created_at)}</time>
                    " "
                    <span class="log-what">
                        {tr!(
                            "mod-log-entry",
                            kind = e.kind.as_str(),
                            actor = &e.actor.display_name,
                            target = &e.target.label,
                        )}
                    </span>
                    {(!e.reason.is_empty())
                        .then(|| view! { <span class="muted">" — " <span dir="auto">{e.reason.clone()}</span></span> })}
                </li>
            </For>
        </ol>
        <PagedStatus
            list
            empty=if filtered { tr!("mod-log-none-filtered") } else { tr!("mod-log-none") }
            more_label=tr!("mod-log-more")
        />
    }
}
