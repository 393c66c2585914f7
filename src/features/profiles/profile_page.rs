use leptos::prelude::*;

use kith_api::{ActivityKind, Profile, ReportTarget};

use crate::core::api::{ApiError, use_api};
use crate::core::route_table::{Route, param};
use crate::core::session::use_session;
use crate::features::moderation::report_button::ReportButton;
use crate::features::notifications::block_button::BlockButton;
use crate::tr;
use crate::ui::format::{ago_rfc3339, date, now_secs};
use crate::ui::loading::{LoadError, SkeletonList};
use crate::ui::page_frame::PageFrame;

/// A member's profile.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let username = param("username");
    let api = use_api();
    let profile = LocalResource::new(move || {
        let u = username.get();
        async move { api.get_profile(&u).await }
    });
    let title = Signal::derive(move || {
        profile.get().and_then(|r| r.ok()).map(|p| p.user.display_name).unwrap_or_else(|| username.get())
    });
    view! {
        <PageFrame title=title class="profile-page">
            <Suspense fallback=|| view! { <SkeletonList rows=2 label=tr!("profiles-loading") /> }>
                {move || {
                    profile.get().map(|r| match r {
                        Ok(p) => view! { <ProfileView profile=p /> }.into_any(),
                        Err(ApiError::NotFound(_)) => view! {
                            <div class="empty">
                                <p>{tr!("profiles-not-found")}</p>
                                <p><a href=Route::Discover.href()>{tr!("profiles-discover")}</a></p>
                            </div>
                        }
                        .into_any(),
                        Err(error) => view! { <LoadError error retry=Callback::new(move |_| profile.refetch()) /> }.into_any(),
                    })
                }}
            </Suspense>
        </PageFrame>
    }
}

#[component]
fn ProfileView(profile: Profile) -> impl IntoView {
    let session = use_session();
    let me = session.username_untracked();
    let own = me.as_deref() == Some(profile.user.username.as_str());
    let username = profile.user.username.clone();
    // Member reports go to one group's moderators: the viewer picks among the shared groups.
    let shared: Vec<(String, String)> =
        profile.shared_groups.iter().map(|g| (g.slug.clone(), g.name.clone())).collect();
    let report_in = RwSignal::new(shared.first().map(|g| g.0.clone()).unwrap_or_default());
    let report = (!own && !shared.is_empty()).then(|| {
        let options = shared.clone();
        let username = username.clone();
        view! {
            <section class="report-member" aria-labelledby="report-member-heading">
                <h2 id="report-member-heading">{tr!("profiles-report-heading")}</h2>
                <div class="field">
                    <label for="report-member-group">{tr!("profiles-report-to")}</label>
                    <select id="report-member-group" prop:value=move || report_in.get() on:change:target=move |ev| report_in.set(ev.target().value())>
                        {options.into_iter().map(|(slug, name)| view! { <option value=slug dir="auto">{name}</option> }).collect_view()}
                    </select>
                </div>
                {move || {
                    let group = report_in.get();
                    view! { <ReportButton target=ReportTarget::Member { group, username: username.clone() } /> }
                }}
            </section>
        }
    });
    // Blocking is offered to members on others' profiles; whether they are blocked comes from
    // the caller's own block list.
    let block = (!own && session.is_logged_in()).then(|| {
        let api = crate::core::api::use_api();
        let blocked = RwSignal::new(false);
        let known = RwSignal::new(false);
        let name = username.clone();
        leptos::task::spawn_local(async move {
            if let Ok(list) = api.blocks().await {
                blocked.set(list.items.iter().any(|u| u.username == name));
                known.set(true);
            }
        });
        let username = username.clone();
        view! {
            <Show when=move || known.get()>
                <BlockButton username=username.clone() blocked />
            </Show>
        }
    });
    view! {
        <p class="meta">
            <span dir="auto">"@" {profile.user.username.clone()}</span>
            " · "
            {tr!(
                "profiles-member-since",
                date = kith_api::time::parse_rfc3339(&profile.joined_at).map(date).unwrap_or_default()
            )}
        </p>
        {(!profile.bio.trim().is_empty()).then(|| view! { <p class="bio" dir="auto">{profile.bio.clone()}</p> })}
        {own.then(|| view! { <p><a href=Route::Settings.href()>{tr!("profiles-edit")}</a></p> })}
        {(!profile.interests.is_empty()).then(|| view! {
            <ul class="chips" aria-label=tr!("profiles-interests")>
                {profile.interests.iter().map(|t| view! { <li class="chip" dir="auto">{t.clone()}</li> }).collect_view()}
            </ul>
        })}
        <section aria-labelledby="shared-heading">
            <h2 id="shared-heading">{if own { tr!("profiles-your-groups") } else { tr!("profiles-shared-groups") }}</h2>
            {if profile.shared_groups.is_empty() {
                view! { <p class="muted">{tr!("profiles-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="shared-groups">
                        {profile.shared_groups.iter().map(|g| view! { <li><a href=Route::feed(&g.slug).href() dir="auto">{g.name.clone()}</a></li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
        <section aria-labelledby="recent-heading">
            <h2 id="recent-heading">{tr!("profiles-recent-heading")}</h2>
            {if profile.recent.is_empty() {
                view! { <p class="muted">{tr!("profiles-recent-empty")}</p> }.into_any()
            } else {
                view! {
                    <ul class="recent-activity">
                        {profile.recent.iter().map(|a| {
                            let href = match a.comment_id {
                                Some(c) => format!("{}#comment-{c}", Route::post(&a.group.slug, a.post_id).href()),
                                None => Route::post(&a.group.slug, a.post_id).href(),
                            };
                            let what = match a.kind {
                                ActivityKind::Post => tr!("profiles-posted"),
                                ActivityKind::Comment => tr!("profiles-commented-on"),
                            };
                            view! {
                                <li class="card">
                                    <p class="meta">
                                        {what} " " <a href=href dir="auto">{a.title.clone()}</a>
                                        " " {tr!("profiles-activity-in")} " "
                                        <a href=Route::feed(&a.group.slug).href() dir="auto">{a.group.name.clone()}</a>
                                        " · " <time datetime=a.created_at.clone()>{ago_rfc3339(now_secs(), &a.created_at)}</time>
                                    </p>
                                    {(!a.excerpt.is_empty()).then(|| view! { <p class="excerpt" dir="auto">{a.excerpt.clone()}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
        {report}
        {block}
    }
}
