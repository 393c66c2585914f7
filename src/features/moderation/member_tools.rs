//! Members for moderators: roles (owners appoint and revoke moderators), mutes and bans with
//! an end and the time left, unmuting and unbanning.

use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_sanction};
use kith_api::{Ban, Member, MemberQuery, PageParams, Role, SanctionKind, SanctionRequest, UserRef};

use super::mod_kit::{ExpiryPicker, OutcomeLine, focus_panel};
use super::problems::{localized_detail, why};
use super::sanctions::{Sanction, expiry_until, sanction_status};
use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::core::session::use_session;
use crate::features::groups::membership::use_memberships;
use crate::tr;
use crate::ui::format::{ago_rfc3339, now_secs};
use crate::ui::paged_status::PagedStatus;
use crate::ui::text_field::TextField;

#[derive(Clone)]
enum MemberAction {
    Role(Role),
    /// The member becomes an owner and the caller a moderator.
    Transfer,
    Sanction(SanctionRequest),
    Unmute,
    Unban,
}

type Act = Callback<(UserRef, MemberAction)>;

/// A role's name as members read it (the role itself goes over the wire unchanged).
pub fn role_label(role: Role) -> String {
    match role {
        Role::Owner => tr!("mod-role-owner"),
        Role::Moderator => tr!("mod-role-moderator"),
        Role::Member => tr!("mod-role-member"),
    }
}

/// One action on one member; the label names the member, as several rows share the text.
#[component]
fn ActionButton(text: String, label: String, user: UserRef, action: MemberAction, act: Act) -> impl IntoView {
    view! {
        <button
            type="button"
            class="secondary small"
            aria-label=label
            on:click=move |_| act.run((user.clone(), action.clone()))
        >
            {text}
        </button>
    }
}

#[component]
pub fn MemberTools(slug: String, #[prop(into)] my_role: Signal<Role>) -> impl IntoView {
    let api = use_api();
    let me = use_session().username().unwrap_or_default();
    let members = Paged::new({
        let slug = slug.clone();
        move |cursor| {
            let (s, q) = (slug.clone(), MemberQuery { limit: Some(50), cursor, ..Default::default() });
            async move { api.list_members(&s, &q).await }
        }
    });
    let bans = Paged::new({
        let slug = slug.clone();
        move |cursor| {
            let s = slug.clone();
            async move { api.list_bans(&s, &PageParams { limit: Some(50), cursor }).await }
        }
    });
    let outcome = RwSignal::new(None::<(bool, String)>);
    let memberships = use_memberships();
    let myself = StoredValue::new(me.clone());
    let act: Act = Callback::new(move |(user, action): (UserRef, MemberAction)| {
        outcome.set(None);
        focus_panel();
        let s = slug.clone();
        let me_now = myself.get_value();
        leptos::task::spawn_local(async move {
            let (u, name) = (user.username.clone(), user.display_name);
            let (result, done) = match action {
                MemberAction::Role(r) => (
                    api.set_role(&s, &u, r).await.map(|_| ()),
                    tr!("mod-role-now", role = r.as_str(), name = &name),
                ),
                // The new owner first: the group never has no owner, even if the second step fails.
                MemberAction::Transfer => {
                    let result = match api.set_role(&s, &u, Role::Owner).await {
                        Ok(_) => api.set_role(&s, &me_now, Role::Moderator).await.map(|_| ()),
                        Err(e) => Err(e),
                    };
                    (result, tr!("mod-transferred", name = &name))
                }
                MemberAction::Sanction(req) => {
                    let done = if req.kind == SanctionKind::Ban {
                        tr!("mod-banned-name", name = &name)
                    } else {
                        tr!("mod-muted-name", name = &name)
                    };
                    (api.sanction_member(&s, &u, &req).await, done)
                }
                MemberAction::Unmute => {
                    (api.unmute_member(&s, &u, None).await, tr!("mod-unmuted-name", name = &name))
                }
                MemberAction::Unban => {
                    (api.unban_member(&s, &u, None).await, tr!("mod-unbanned-name", name = &name))
                }
            };
            outcome.set(Some(match result {
                Ok(()) => (true, done),
                Err(e) => (false, tr!("mod-not-done", problem = why(&e))),
            }));
            members.reload();
            bans.reload();
            // A ban takes the member out: the header's count follows.
            memberships.reload(api, s);
        });
    });
    view! {
        <OutcomeLine outcome />
        <h3>{tr!("mod-current-members")}</h3>
        <ul class="member-list" role="list">
            <For
                each=move || {
                    let mine = my_role.get();
                    members.items.get().into_iter().map(|m| (m, mine)).collect::<Vec<_>>()
                }
                key=|(m, mine)| (m.user.id, m.role, m.muted_until.clone(), *mine)
                let((m, mine))
            >
                <MemberRow me={m.user.username == me} m my_role=mine act />
            </For>
        </ul>
        <PagedStatus list=members empty=tr!("mod-no-members") more_label=tr!("mod-more-members") />
        <h3>{tr!("mod-banned-heading")}</h3>
        <ul class="member-list" role="list">
            <For each=move || bans.items.get() key=|b| (b.user.id, b.until.clone()) let(b)>
                <BanRow b act />
            </For>
        </ul>
        <PagedStatus list=bans empty=tr!("mod-nobody-banned") />
    }
}

#[component]
fn MemberRow(m: Member, my_role: Role, me: bool, act: Act) -> impl IntoView {
    let name = m.user.display_name.clone();
    let muted = m.muted_until.as_deref().and_then(|u| sanction_status(Sanction::Mute, now_secs(), Some(u)));
    let can_sanction = !me && kith_api::may_sanction(Some(my_role), Some(m.role));
    let ownership = (my_role == Role::Owner && !me && m.role != Role::Owner).then(|| {
        view! { <OwnershipActions user=m.user.clone() act /> }
    });
    let role_button = (my_role == Role::Owner && !me && m.role != Role::Owner).then(|| {
        let (to, text, label) = if m.role == Role::Moderator {
            (Role::Member, tr!("mod-revoke-moderator"), tr!("mod-revoke-moderator-label", name = &name))
        } else {
            (Role::Moderator, tr!("mod-make-moderator"), tr!("mod-make-moderator-label", name = &name))
        };
        view! { <ActionButton text label user=m.user.clone() action=MemberAction::Role(to) act /> }
    });
    let unmute = (can_sanction && muted.is_some()).then(|| {
        view! { <ActionButton text=tr!("mod-unmute") label=tr!("mod-unmute-label", name = &name) user=m.user.clone() action=MemberAction::Unmute act /> }
    });
    let sanction = can_sanction.then(|| {
        view! {
            <details class="sanction">
                <summary>{tr!("mod-mute-or-ban", name = &name)}</summary>
                <SanctionForm user=m.user.clone() act />
            </details>
        }
    });
    view! {
        <li class="member mod-member">
            <span class="name" dir="auto">{name.clone()}</span>
            <span class="muted" dir="auto">" @" {m.user.username.clone()}</span>
            {(m.role != Role::Member).then(|| view! { <span class="badge">{role_label(m.role)}</span> })}
            {muted.map(|t| view! { <span class="badge warn">{t}</span> })}
            <span class="meta">" · " {tr!("mod-member-joined", when = ago_rfc3339(now_secs(), &m.joined_at))}</span>
            <span class="actions">{role_button} {unmute}</span>
            {ownership}
            {sanction}
        </li>
    }
}

/// Making a member a co-owner, or handing the group over, each confirmed first: owners can
/// change every role and archive the group.
#[component]
fn OwnershipActions(user: UserRef, act: Act) -> impl IntoView {
    let asking = RwSignal::new(None::<MemberAction>);
    let name = user.display_name.clone();
    let user = StoredValue::new(user);
    let ask = move |a: MemberAction| asking.set(Some(a));
    view! {
        <span class="actions">
            <button type="button" class="secondary small" aria-label=tr!("mod-make-co-owner-label", name = &name) on:click=move |_| ask(MemberAction::Role(Role::Owner))>
                {tr!("mod-make-co-owner")}
            </button>
            <button type="button" class="secondary small" aria-label=tr!("mod-transfer-label", name = &name) on:click=move |_| ask(MemberAction::Transfer)>
                {tr!("mod-transfer")}
            </button>
        </span>
        {move || {
            asking.get().map(|a| {
                let name = user.with_value(|u| u.display_name.clone());
                let (question, yes) = match a {
                    MemberAction::Transfer => (tr!("mod-transfer-confirm", name = &name), tr!("mod-transfer")),
                    _ => (tr!("mod-co-owner-confirm", name = &name), tr!("mod-make-co-owner")),
                };
                let dialog_label = yes.clone();
                view! {
                    <div class="confirm card" role="alertdialog" aria-label=dialog_label>
                        <p>{question}</p>
                        <button type="button" class="danger small" on:click=move |_| {
                            asking.set(None);
                            act.run((user.get_value(), a.clone()));
                        }>{yes}</button>
                        <button type="button" class="secondary small" on:click=move |_| asking.set(None)>{tr!("mod-cancel")}</button>
                    </div>
                }
            })
        }}
    }
}

#[component]
fn SanctionForm(user: UserRef, act: Act) -> impl IntoView {
    let base = format!("sanction-{}", user.username);
    let ban = RwSignal::new(false);
    let choice = RwSignal::new("1d".to_string());
    let date = RwSignal::new(String::new());
    let reason = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let user = StoredValue::new(user);
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (now, is_ban) = (now_secs(), ban.get_untracked());
        let until = match expiry_until(&choice.get_untracked(), &date.get_untracked(), now, is_ban) {
            Ok(u) => u,
            Err(m) => return error.set(Some(m)),
        };
        let kind = if is_ban { SanctionKind::Ban } else { SanctionKind::Mute };
        let req = SanctionRequest { kind, until, reason: reason.get_untracked().trim().to_string() };
        if let Some(p) = validate_sanction(&req, now).into_iter().next() {
            return error.set(Some(localized_detail(&p.detail).unwrap_or(p.detail)));
        }
        error.set(None);
        act.run((user.get_value(), MemberAction::Sanction(req)));
    };
    view! {
        <form class="sanction-form" on:submit=submit novalidate>
            <fieldset>
                <legend>{tr!("mod-sanction-legend")}</legend>
                <label class="choice">
                    <input type="radio" name=base.clone() value="mute" checked on:change=move |_| ban.set(false) />
                    {tr!("mod-sanction-mute")}
                </label>
                <label class="choice">
                    <input type="radio" name=base.clone() value="ban" on:change=move |_| ban.set(true) />
                    {tr!("mod-sanction-ban")}
                </label>
            </fieldset>
            <ExpiryPicker id=format!("{base}-length") label=tr!("mod-sanction-length") choice date />
            <TextField
                id=format!("{base}-reason")
                label=tr!("mod-reason-label")
                value=reason
                required=true
                maxlength=LIMITS.max_report_reason
            />
            <p class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit">{tr!("mod-apply")}</button>
        </form>
    }
}

#[component]
fn BanRow(b: Ban, act: Act) -> impl IntoView {
    let status = sanction_status(Sanction::Ban, now_secs(), b.until.as_deref())
        .unwrap_or_else(|| tr!("mod-ban-ended"));
    let name = b.user.display_name.clone();
    view! {
        <li class="member">
            <span class="name" dir="auto">{name.clone()}</span>
            <span class="muted" dir="auto">" @" {b.user.username.clone()}</span>
            " " <span class="badge warn">{status}</span>
            <span class="meta">
                " · " {tr!("mod-ban-by", name = &b.banned_by.display_name)} " " <span dir="auto">{b.reason.clone()}</span>
            </span>
            <ActionButton text=tr!("mod-unban") label=tr!("mod-unban-label", name = &name) user=b.user.clone() action=MemberAction::Unban act />
        </li>
    }
}
