use std::time::Duration;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use kith_api::validate::TOPICS;
use kith_api::{ActivityFilter, GroupQuery, GroupSort, SizeBand, Visibility};

use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::core::route_table::Route;
use crate::core::session::use_session;
use crate::features::discover::filters::DiscoverFilters;
use crate::features::discover::group_card::GroupCard;
use crate::features::groups::membership::use_memberships;
use crate::tr;
use crate::ui::loading::SkeletonList;
use crate::ui::page_frame::PageFrame;
use crate::ui::paged_status::PagedStatus;
use crate::ui::reveal::reveal_in_steps;

/// Find groups: search as you type, filters and sort in the URL, recommendations.
#[component]
pub fn DiscoverPage() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let session = use_session();
    let parsed = Memo::new(move |_| {
        query.with(|q| DiscoverFilters::from_pairs(q.into_iter().map(|(k, v)| (k.as_ref(), v))))
    });
    let filters = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let ignored = Memo::new(move |_| parsed.with(|p| p.1.clone()));

    let go = {
        let navigate = navigate.clone();
        move |f: DiscoverFilters, replace: bool| {
            navigate(
                &format!("{}{}", Route::Discover.href(), f.to_query_string()),
                NavigateOptions { replace, scroll: false, ..Default::default() },
            );
        }
    };

    // Search as you type: the field updates the URL 300 ms after the last keystroke.
    let typed = RwSignal::new(filters.get_untracked().q);
    let search_pause = after_typing();
    Effect::new(move |_| {
        // Back/Forward (or a link) changed the URL: show its words in the field.
        let q = filters.with(|f| f.q.clone());
        if q.trim() != typed.get_untracked().trim() {
            typed.set(q);
        }
    });
    let on_type = {
        let go = go.clone();
        move |value: String| {
            typed.set(value);
            let go = go.clone();
            search_pause(Box::new(move || {
                let mut f = filters.get_untracked();
                let words = typed.get_untracked();
                if f.q.trim() != words.trim() {
                    // A new search is a step Back can undo; refining it replaces that step.
                    let refining = !f.q.trim().is_empty();
                    f.q = words;
                    go(f, refining);
                }
            }));
        }
    };

    let set = {
        let go = go.clone();
        move |change: Box<dyn Fn(&mut DiscoverFilters)>| {
            let mut f = filters.get_untracked();
            change(&mut f);
            go(f, false);
        }
    };
    let set = StoredValue::new_local(set);
    let select = move |name: &'static str, value: String| {
        set.with_value(|set| {
            set(Box::new(move |f: &mut DiscoverFilters| {
                let v = value.clone();
                match name {
                    "topic" => f.topic = TOPICS.contains(&v.as_str()).then_some(v),
                    "visibility" => f.visibility = Visibility::parse(&v),
                    "size" => f.size = SizeBand::parse(&v),
                    "activity" => f.activity = ActivityFilter::parse(&v),
                    "sort" => f.sort = GroupSort::parse(&v).unwrap_or_default(),
                    "region" => f.region = v,
                    _ => {}
                }
            }))
        })
    };
    // The region applies as it is typed too (a prefix, without regard to case or accents),
    // 300 ms after the last keystroke; suggestions come from the regions groups name.
    let region_input = RwSignal::new(filters.get_untracked().region);
    Effect::new(move |_| {
        let r = filters.with(|f| f.region.clone());
        if r.trim() != region_input.get_untracked().trim() {
            region_input.set(r);
        }
    });
    let region_pause = after_typing();
    let on_region = move |value: String| {
        region_input.set(value);
        region_pause(Box::new(move || {
            let typed = region_input.get_untracked();
            if filters.with_untracked(|f| f.region.trim() != typed.trim()) {
                select("region", typed.trim().to_string());
            }
        }));
    };
    let api = crate::core::api::use_api();
    let regions = RwSignal::new(Vec::<String>::new());
    let want_regions = move || {
        if regions.with_untracked(Vec::is_empty) {
            leptos::task::spawn_local(async move {
                if let Ok(list) = api.list_regions(&kith_api::RegionQuery::default()).await {
                    regions.set(list.items.into_iter().map(|r| r.region).collect());
                }
            });
        }
    };
    // On a phone the filters fold away behind one button that says how many are set.
    let filters_open = RwSignal::new(false);
    let filter_count = move || filters.with(DiscoverFilters::filter_count);

    let current = move |name: &'static str| {
        filters.with(|f| match name {
            "topic" => f.topic.clone().unwrap_or_default(),
            "visibility" => f.visibility.map(|v| v.as_str().to_string()).unwrap_or_default(),
            "size" => f.size.map(|v| v.as_str().to_string()).unwrap_or_default(),
            "activity" => f.activity.map(|v| v.as_str().to_string()).unwrap_or_default(),
            "sort" => f.sort.as_str().to_string(),
            _ => String::new(),
        })
    };
    // Each option: its value, its text, and whether the text is data (a topic) rather than ours.
    let options = |name: &'static str| -> Vec<(&'static str, String, bool)> {
        match name {
            "topic" => std::iter::once(("", tr!("discover-topic-any"), false))
                .chain(TOPICS.iter().map(|t| (*t, t.to_string(), true)))
                .collect(),
            "visibility" => vec![
                ("", tr!("discover-visibility-any"), false),
                ("public", tr!("discover-visibility-public"), false),
                ("private", tr!("discover-visibility-private"), false),
            ],
            "size" => vec![
                ("", tr!("discover-size-any"), false),
                ("small", tr!("discover-size-small", max = 15), false),
                ("medium", tr!("discover-size-medium", min = 16, max = 30), false),
                ("large", tr!("discover-size-large", min = 30), false),
            ],
            "activity" => vec![
                ("", tr!("discover-activity-any"), false),
                ("week", tr!("discover-activity-week"), false),
                ("month", tr!("discover-activity-month"), false),
                ("quiet", tr!("discover-activity-quiet"), false),
            ],
            _ => vec![
                ("active", tr!("discover-sort-active"), false),
                ("new", tr!("discover-sort-new"), false),
                ("members", tr!("discover-sort-members"), false),
                ("name", tr!("discover-sort-name"), false),
            ],
        }
    };
    let select_view = move |name: &'static str, label: String| {
        let id = format!("filter-{name}");
        view! {
            <div class="filter">
                <label for=id.clone()>{label}</label>
                // One reactive value per select, not one per option: the options are static
                // (initially selected by attribute), which keeps the first render light.
                <select
                    id=id
                    prop:value=move || current(name)
                    on:change:target=move |ev| select(name, ev.target().value())
                >
                    {options(name)
                        .into_iter()
                        .map(|(value, text, data)| {
                            let selected = untrack(|| current(name)) == value;
                            view! {
                                <option value=value selected=selected dir=data.then_some("auto")>
                                    {text}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    };

    view! {
        <PageFrame title=tr!("discover-title") class="discover">
            <form
                role="search"
                class="discover-filters"
                on:submit=move |ev| {
                    ev.prevent_default();
                    let mut f = filters.get_untracked();
                    f.q = typed.get_untracked();
                    f.region = region_input.get_untracked();
                    go(f, false);
                }
            >
                <div class="search">
                    <label for="group-search">{tr!("discover-search-label")}</label>
                    <input
                        id="group-search"
                        type="search"
                        placeholder=tr!("discover-search-placeholder")
                        prop:value=move || typed.get()
                        on:input:target=move |ev| on_type(ev.target().value())
                    />
                </div>
                <button
                    type="button"
                    class="secondary filters-toggle"
                    aria-expanded=move || if filters_open.get() { "true" } else { "false" }
                    aria-controls="discover-filter-fields"
                    on:click=move |_| filters_open.update(|o| *o = !*o)
                >
                    {move || tr!("discover-filters-toggle", count = filter_count())}
                </button>
                <div id="discover-filter-fields" class="filter-fields" class:open=move || filters_open.get()>
                {select_view("topic", tr!("discover-filter-topic"))}
                <div class="filter">
                    <label for="filter-region">{tr!("discover-filter-region")}</label>
                    <input
                        id="filter-region"
                        type="text"
                        placeholder=tr!("discover-filter-region-placeholder")
                        list="region-suggestions"
                        autocomplete="off"
                        prop:value=move || region_input.get()
                        on:focus=move |_| want_regions()
                        on:input:target=move |ev| on_region(ev.target().value())
                    />
                    <datalist id="region-suggestions">
                        {move || regions.get().into_iter().map(|r| view! { <option value=r dir="auto"></option> }).collect_view()}
                    </datalist>
                </div>
                {select_view("visibility", tr!("discover-filter-visibility"))}
                {select_view("size", tr!("discover-filter-size"))}
                {select_view("activity", tr!("discover-filter-activity"))}
                {select_view("sort", tr!("discover-sort"))}
                <Show when=move || filters.with(DiscoverFilters::is_filtered)>
                    <a class="clear-filters" href=Route::Discover.href()>
                        {tr!("discover-clear-filters")}
                    </a>
                </Show>
                </div>
            </form>
            <Show when=move || !ignored.with(Vec::is_empty)>
                <p class="notice warning" role="status">
                    {move || tr!("discover-ignored", names = ignored.get().join(", "))}
                </p>
            </Show>
            <Show when=move || session.is_logged_in() && !filters.with(DiscoverFilters::is_filtered)>
                <RecommendedGroups />
            </Show>
            <section aria-labelledby="results-heading">
                <h2 id="results-heading">
                    {move || {
                        if filters.with(DiscoverFilters::is_filtered) {
                            tr!("discover-results-matching")
                        } else {
                            tr!("discover-results-all")
                        }
                    }}
                </h2>
                // A new filter set builds a new list: the superseded request is aborted with it.
                {move || {
                    let f = filters.get();
                    view! { <GroupResults filters=f /> }
                }}
            </section>
        </PageFrame>
    }
}

/// Runs the last function it was given once typing has paused for 300 ms (an earlier one still
/// waiting is dropped); one still waiting when the page goes is dropped too.
fn after_typing() -> impl Fn(Box<dyn FnOnce()>) + Copy + 'static {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    let cancel = move || {
        if let Some(t) = timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
    };
    on_cleanup(cancel);
    move |f: Box<dyn FnOnce()>| {
        cancel();
        let handle = set_timeout_with_handle(f, Duration::from_millis(300)).ok();
        timer.try_update_value(|t| *t = handle);
    }
}

/// One filter set's results, first page then "Show more".
#[component]
fn GroupResults(filters: DiscoverFilters) -> impl IntoView {
    let api = use_api();
    let memberships = use_memberships();
    let list = Paged::new(move |cursor| {
        let q = filters.to_api(cursor);
        async move {
            let answer = api.list_groups(&q).await;
            if let Ok(page) = &answer {
                memberships.learn_all(&page.items);
            }
            answer
        }
    });
    let empty = ViewFn::from(|| {
        view! {
            <div class="empty">
                <p>{tr!("discover-empty")}</p>
                <p>
                    <a href=Route::Discover.href()>{tr!("discover-clear-filters")}</a>
                    " · "
                    <a href=Route::NewGroup.href()>{tr!("discover-start-group")}</a>
                </p>
            </div>
        }
    });
    // Nine cards (three rows on a wide screen, more than a phone's screen) render with the
    // answer; the rest after each paint, so the first cards appear without waiting for all.
    let shown = reveal_in_steps(Signal::derive(move || list.items.with(Vec::len)), 9);
    view! {
        <Show when=move || !list.is_empty()>
            <ul class="group-grid" role="list">
                <For
                    each=move || list.items.with(|v| v.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                    key=|g| g.id
                    let(g)
                >
                    <li>
                        <GroupCard group=g />
                    </li>
                </For>
            </ul>
        </Show>
        <PagedStatus
            list
            empty_view=empty
            skeleton_rows=4
            loading_label=tr!("discover-loading-groups")
            more_label=tr!("discover-show-more")
        />
    }
}

/// Groups suggested from the member's interests, each with its reason.
#[component]
fn RecommendedGroups() -> impl IntoView {
    let api = use_api();
    let memberships = use_memberships();
    let recs = LocalResource::new(move || async move {
        let answer = api
            .list_groups(&GroupQuery { recommended: Some(true), limit: Some(4), ..Default::default() })
            .await;
        if let Ok(page) = &answer {
            memberships.learn_all(&page.items);
        }
        answer
    });
    view! {
        <section class="recommended" aria-labelledby="rec-heading">
            <h2 id="rec-heading">{tr!("discover-recommended")}</h2>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("discover-loading-suggestions") /> }>
                {move || {
                    recs.get()
                        .map(|r| match r {
                            Ok(page) if page.items.is_empty() => {
                                view! {
                                    <p class="muted">
                                        {tr!("discover-recs-none")} " "
                                        <a href=Route::Settings.href()>{tr!("discover-recs-choose-link")}</a>
                                        {tr!("discover-recs-choose-rest")}
                                    </p>
                                }
                                    .into_any()
                            }
                            Ok(page) => {
                                view! {
                                    <ul class="group-grid" role="list">
                                        {page
                                            .items
                                            .into_iter()
                                            .map(|g| view! { <li><GroupCard group=g /></li> })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }
                            Err(e) => view! { <p class="muted">{e.user_message()}</p> }.into_any(),
                        })
                }}
            </Suspense>
        </section>
    }
}
