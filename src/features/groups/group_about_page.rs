use leptos::prelude::*;

use kith_api::{Group, PageParams};

use crate::core::api::use_api;
use crate::core::route_table::param;
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::features::notifications::level_picker::NotificationLevelPicker;
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
            suffix="about"
            content=move |g: Group| {
                let guidelines = g.guidelines.clone();
                let created = kith_api::time::parse_rfc3339(&g.created_at).map(date).unwrap_or_default();
                let picker = g.clone();
                view! {
                    <section id="notifications" aria-labelledby="about-notifications" class="about-notifications">
                        <h2 id="about-notifications">"Notifications"</h2>
                        <NotificationLevelPicker group=picker />
                    </section>
                    <section aria-labelledby="about-guidelines">
                        <h2 id="about-guidelines">"Guidelines"</h2>
                        {if guidelines.trim().is_empty() {
                            view! { <p class="muted">"This group has not written guidelines yet. Be kind and stay on topic."</p> }.into_any()
                        } else {
                            view! { <MarkdownView source=Signal::derive(move || guidelines.clone()) /> }.into_any()
                        }}
                    </section>
                    <section aria-labelledby="about-facts">
                        <h2 id="about-facts">"About this group"</h2>
                        <ul class="facts">
                            <li>"Topics: " {g.topics.join(", ")}</li>
                            <li>"Region: " {g.region.clone()}</li>
                            <li>"Started " {created}</li>
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
            <h2 id="about-resources">"Resources"</h2>
            <Suspense fallback=|| view! { <SkeletonList rows=2 label="Loading resources…" /> }>
                <ErrorBoundary fallback=boundary_fallback>
                    {move || {
                        items.get().map(|r| r.map(|page| {
                            if page.items.is_empty() {
                                return view! { <p class="muted">"No resources yet. Moderators curate useful links here."</p> }.into_any();
                            }
                            view! {
                                <ul class="shelf-list" role="list">
                                    {page.items.into_iter().map(|item| {
                                        let safe = crate::ui::markdown::safe_link(&item.url);
                                        let desc = item.description.clone();
                                        view! {
                                            <li class="card shelf-item">
                                                <h3>
                                                    {match safe {
                                                        Some(href) => view! { <a href=href rel="noopener noreferrer nofollow ugc" target="_blank">{item.title.clone()}</a> }.into_any(),
                                                        None => view! { <span>{item.title.clone()}</span> }.into_any(),
                                                    }}
                                                </h3>
                                                <MarkdownView source=Signal::derive(move || desc.clone()) />
                                                <ul class="chips" aria-label="Tags">
                                                    {item.tags.iter().map(|t| view! { <li class="chip">{t.clone()}</li> }).collect_view()}
                                                </ul>
                                                <p class="meta">"Added by " {item.added_by.display_name.clone()}</p>
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
