use leptos::prelude::*;

use kith_api::{Group, PageParams};

use crate::core::api::use_api;
use crate::core::route_table::param;
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::features::notifications::level_picker::NotificationLevelPicker;
use crate::tr;
use crate::ui::format::date;
use crate::ui::loading::{SkeletonList, boundary_fallback};
use crate::ui::markdown_view::MarkdownView;

/// Purpose, guidelines and the curated resources shelf.
#[component]
pub fn GroupAboutPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::About
            suffix=tr!("groups-about-suffix")
            content=move |g: Group| {
                let guidelines = g.guidelines.clone();
                let created = kith_api::time::parse_rfc3339(&g.created_at)
                    .map(|t| tr!("groups-about-started", date = date(t)))
                    .unwrap_or_else(|| tr!("groups-about-started", date = ""));
                let picker = g.clone();
                view! {
                    <section id="notifications" aria-labelledby="about-notifications" class="about-notifications">
                        <h2 id="about-notifications">{tr!("groups-about-notifications")}</h2>
                        <NotificationLevelPicker group=picker />
                    </section>
                    <section aria-labelledby="about-guidelines">
                        <h2 id="about-guidelines">{tr!("groups-about-guidelines")}</h2>
                        {if guidelines.trim().is_empty() {
                            view! { <p class="muted">{tr!("groups-about-no-guidelines")}</p> }.into_any()
                        } else {
                            view! { <MarkdownView source=Signal::derive(move || guidelines.clone()) /> }.into_any()
                        }}
                    </section>
                    <section aria-labelledby="about-facts">
                        <h2 id="about-facts">{tr!("groups-about-facts")}</h2>
                        <ul class="facts">
                            <li>{tr!("groups-about-topics")} " " <span dir="auto">{g.topics.join(", ")}</span></li>
                            <li>{tr!("groups-about-region")} " " <span dir="auto">{g.region.clone()}</span></li>
                            <li>{created}</li>
                        </ul>
                    </section>
                    <ResourceShelf slug=g.slug.clone() />
                }
            }
        />
    }
}

/// The curated links of a group.
#[component]
fn ResourceShelf(slug: String) -> impl IntoView {
    let api = use_api();
    let slug = StoredValue::new(slug);
    let items = LocalResource::new(move || async move {
        api.list_resources(&slug.get_value(), &PageParams { limit: Some(100), cursor: None }).await
    });
    view! {
        <section aria-labelledby="about-resources" class="shelf">
            <h2 id="about-resources">{tr!("groups-resources")}</h2>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("groups-resources-loading") /> }>
                <ErrorBoundary fallback=boundary_fallback>
                    {move || {
                        items.get().map(|r| r.map(|page| {
                            if page.items.is_empty() {
                                return view! { <p class="muted">{tr!("groups-resources-empty")}</p> }.into_any();
                            }
                            view! {
                                <ul class="shelf-list" role="list">
                                    {page.items.into_iter().map(|item| {
                                        let safe = crate::ui::markdown::safe_link(&item.url);
                                        let desc = item.description.clone();
                                        view! {
                                            <li class="card shelf-item">
                                                <h3 dir="auto">
                                                    {match safe {
                                                        Some(href) => view! { <a href=href rel="noopener noreferrer nofollow ugc" target="_blank">{item.title.clone()}</a> }.into_any(),
                                                        None => view! { <span>{item.title.clone()}</span> }.into_any(),
                                                    }}
                                                </h3>
                                                <MarkdownView source=Signal::derive(move || desc.clone()) />
                                                <ul class="chips" aria-label=tr!("groups-resource-tags")>
                                                    {item.tags.iter().map(|t| view! { <li class="chip" dir="auto">{t.clone()}</li> }).collect_view()}
                                                </ul>
                                                <p class="meta">{tr!("groups-resource-added-by", name = &item.added_by.display_name)}</p>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }))
                    }}
                </ErrorBoundary>
            </Suspense>
        </section>
    }
}
