use leptos::prelude::*;

use kith_api::{Group, MemberQuery, Role};

use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::core::route_table::{Route, param};
use crate::features::groups::group_frame::{GroupFrame, GroupTab};
use crate::features::groups::membership::role_label;
use crate::features::moderation::report_button::ReportButton;
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::paged_status::PagedStatus;

/// Members with their roles.
#[component]
pub fn GroupMembersPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Members
            suffix=tr!("groups-members-suffix")
            content=move |g: Group| view! { <MemberList slug=g.slug.clone() /> }
        />
    }
}

#[component]
fn MemberList(slug: String) -> impl IntoView {
    let api = use_api();
    let group = StoredValue::new(slug.clone());
    let members = Paged::new(move |cursor| {
        let (s, q) = (slug.clone(), MemberQuery { limit: Some(50), cursor, ..Default::default() });
        async move { api.list_members(&s, &q).await }
    });
    view! {
        <ul class="member-list" role="list">
            <For each=move || members.items.get() key=|m| m.user.id let(m)>
                <li class="member">
                    <a class="name" href=Route::profile(&m.user.username).href() dir="auto">{m.user.display_name.clone()}</a>
                    <span class="muted" dir="auto">" @" {m.user.username.clone()}</span>
                    {(m.role != Role::Member).then(|| view! { <span class="badge">{role_label(m.role)}</span> })}
                    <span class="meta">" · " {tr!("groups-member-joined", ago = ago_rfc3339(now_secs(), &m.joined_at))}</span>
                    <ReportButton target=kith_api::ReportTarget::Member { group: group.get_value(), username: m.user.username.clone() } />
                </li>
            </For>
        </ul>
        <PagedStatus list=members skeleton_rows=3 loading_label=tr!("groups-members-loading") more_label=tr!("groups-members-more") />
    }
}
