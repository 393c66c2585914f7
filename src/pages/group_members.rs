use leptos::prelude::*;

use kith_api::{Group, Member, MemberQuery, Role};

use crate::api::{ApiError, use_api};
use crate::components::group_frame::{GroupFrame, GroupTab};
use crate::components::loading::{LoadError, SkeletonList};
use crate::components::report_button::ReportButton;
use crate::format::{ago_rfc3339, now_secs};
use crate::pages::param;

/// Members with their roles.
#[component]
pub fn GroupMembersPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <GroupFrame
            slug=slug
            tab=GroupTab::Members
            suffix="members"
            content=move |g: Group| view! { <MemberList slug=g.slug.clone() /> }
        />
    }
}

#[component]
fn MemberList(slug: String) -> impl IntoView {
    let api = use_api();
    let slug = StoredValue::new(slug);
    let members = RwSignal::new(Vec::<Member>::new());
    let cursor = StoredValue::new(None::<String>);
    let has_more = RwSignal::new(false);
    let loading = RwSignal::new(false);
    let started = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let load = Callback::new(move |_: ()| {
        loading.set(true);
        error.set(None);
        let q = MemberQuery { limit: Some(50), cursor: cursor.get_value(), ..Default::default() };
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            match api.list_members(&slug.get_value(), &q).await {
                Ok(page) => {
                    members.update(|m| m.extend(page.items));
                    has_more.set(page.next_cursor.is_some());
                    cursor.set_value(page.next_cursor);
                    started.set(true);
                }
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        });
    });
    load.run(());
    let role = Role::label;
    view! {
        {move || error.get().map(|error| view! { <LoadError error retry=load /> })}
        <Show when=move || started.get() fallback=move || view! { <Show when=move || error.with(Option::is_none)><SkeletonList rows=3 label="Loading members…" /></Show> }>
            <ul class="member-list" role="list">
                <For each=move || members.get() key=|m| m.user.id let(m)>
                    <li class="member">
                        <span class="name">{m.user.display_name.clone()}</span>
                        <span class="muted">" @" {m.user.username.clone()}</span>
                        {(m.role != Role::Member).then(|| view! { <span class="badge">{role(m.role)}</span> })}
                        <span class="meta">" · joined " {ago_rfc3339(now_secs(), &m.joined_at)}</span>
                        <ReportButton target=kith_api::ReportTarget::Member { group: slug.get_value(), username: m.user.username.clone() } />
                    </li>
                </For>
            </ul>
            <Show when=move || has_more.get()>
                <button type="button" class="secondary" disabled=move || loading.get() on:click=move |_| load.run(())>
                    "Show more members"
                </button>
            </Show>
        </Show>
    }
}
