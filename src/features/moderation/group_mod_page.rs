use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use kith_api::{Group, Role, Visibility};

use super::guidelines::GuidelinesTab;
use super::health_panel::HealthPanel;
use super::join_requests::JoinRequests;
use super::member_tools::MemberTools;
use super::mod_log::ModLog;
use super::mod_view::{ModTab, ModView};
use super::report_queue::ReportQueue;
use crate::core::route_table::{Route, login_returning_to, param};
use crate::core::session::use_session;
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::tr;

/// A group's moderation tools, for its moderators and owners; everyone else is told they may
/// not (the server refuses their calls whatever the page shows).
#[component]
pub fn GroupModPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Moderation
            suffix=tr!("mod-page-suffix")
            content=move |g: Group| match g.my_role {
                Some(role) if role.can_moderate() => view! { <ModTools group=g role /> }.into_any(),
                _ => view! { <NotAllowed slug=g.slug /> }.into_any(),
            }
        />
    }
}

#[component]
fn NotAllowed(slug: String) -> impl IntoView {
    let logged_in = use_session().is_logged_in();
    let login = login_returning_to(&Route::moderation(&slug).href());
    view! {
        <section class="not-allowed card" aria-labelledby="not-allowed-heading">
            <h2 id="not-allowed-heading">{tr!("mod-not-allowed")}</h2>
            <p>{tr!("mod-not-allowed-text")}</p>
            <p>
                {(!logged_in)
                    .then(|| {
                        view! {
                            <a href=login>{tr!("mod-not-allowed-log-in")}</a>
                            " "
                            {tr!("mod-not-allowed-or-go")}
                            " "
                        }
                    })}
                <a href=Route::feed(&slug).href()>{tr!("mod-not-allowed-back")}</a>
                "."
            </p>
        </section>
    }
}

#[component]
fn ModTools(group: Group, role: Role) -> impl IntoView {
    let query = use_query_map();
    let parsed =
        Memo::new(move |_| query.with(|q| ModView::from_pairs(q.into_iter().map(|(k, v)| (k.as_ref(), v)))));
    let view_state = Memo::new(move |_| parsed.with(|p| p.0.clone()));
    let ignored = Memo::new(move |_| parsed.with(|p| p.1.clone()));
    let tab = Memo::new(move |_| view_state.with(|v| v.tab));
    let slug = group.slug.clone();
    let tabs = ModTab::ALL
        .map(|t| {
            view! {
                <a href=ModView::of(t).href(&slug) aria-current=move || (tab.get() == t).then_some("page")>
                    {t.label()}
                </a>
            }
        })
        .collect_view();
    // The caller's role as it changes here (after handing the group to someone else).
    let standing = crate::features::groups::membership::use_memberships().standing(&group);
    let live_role =
        Signal::derive(move || standing.with(|s| s.my_role).filter(|r| r.can_moderate()).unwrap_or(role));
    let group = StoredValue::new(group);
    view! {
        <nav class="tabs mod-tabs" aria-label=tr!("mod-tools-nav")>{tabs}</nav>
        {move || {
            ignored
                .with(|i| !i.is_empty())
                .then(|| {
                    view! {
                        <p class="notice warning" role="status">
                            {tr!("mod-ignored-settings", names = ignored.get().join(&tr!("mod-list-separator")))}
                        </p>
                    }
                })
        }}
        <section class="mod-panel" aria-labelledby="mod-panel-heading">
            // One panel per view: a new tab or filter set builds it afresh (and aborts the old loads).
            {move || {
                let v = view_state.get();
                let g = group.get_value();
                let slug = g.slug.clone();
                let panel = match v.tab {
                    ModTab::Reports => view! { <ReportQueue slug resolved=v.resolved /> }.into_any(),
                    ModTab::Requests => {
                        view! { <JoinRequests slug private={g.visibility == Visibility::Private} /> }.into_any()
                    }
                    ModTab::Members => view! { <MemberTools slug my_role=live_role /> }.into_any(),
                    ModTab::Guidelines => view! { <GuidelinesTab group=g /> }.into_any(),
                    ModTab::Log => view! { <ModLog slug filters=v.log /> }.into_any(),
                    ModTab::Health => view! { <HealthPanel slug topics=g.topics /> }.into_any(),
                };
                view! {
                    <h2 id="mod-panel-heading" tabindex="-1">{v.tab.label()}</h2>
                    {panel}
                }
            }}
        </section>
    }
}
