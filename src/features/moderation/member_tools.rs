//! Members for moderators: roles (owners appoint and revoke moderators), mutes and bans with
//! an end and the time left, unmuting and unbanning.

use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_sanction};
use kith_api::{Ban, Member, MemberQuery, PageParams, Role, SanctionKind, SanctionRequest, UserRef};

use super::mod_kit::{ExpiryPicker, OutcomeLine, focus_panel};
use super::sanctions::{expiry_until, sanction_status};
use crate::core::api::use_api;
use crate::core::paging::Paged;
use crate::core::session::use_session;
use crate::features::groups::membership::use_memberships;
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

/// One action on one member; the label names the member, as several rows share the text.
#[component]
fn ActionButton(
    text: &'static str,
    label: String,
    user: UserRef,
    action: MemberAction,
    act: Act,
) -> impl IntoView {
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
                    match r {
                        Role::Owner => format!("{name} is now an owner too."),
                        _ => format!("{name} is now a {}.", r.label().to_lowercase()),
                    },
                ),
                // The new owner first: the group never has no owner, even if the second step fails.
                MemberAction::Transfer => {
                    let result = match api.set_role(&s, &u, Role::Owner).await {
                        Ok(_) => api.set_role(&s, &me_now, Role::Moderator).await.map(|_| ()),
                        Err(e) => Err(e),
                    };
                    (result, format!("{name} now owns the group; you are one of its moderators."))
                }
                MemberAction::Sanction(req) => {
                    let verb = if req.kind == SanctionKind::Ban { "Banned" } else { "Muted" };
                    (api.sanction_member(&s, &u, &req).await, format!("{verb} {name}."))
                }
                MemberAction::Unmute => (api.unmute_member(&s, &u, None).await, format!("Unmuted {name}.")),
                MemberAction::Unban => {
                    (api.unban_member(&s, &u, None).await, format!("Lifted the ban on {name}."))
                }
            };
            outcome.set(Some(match result {
                Ok(()) => (true, done),
                Err(e) => {
                    let why = e.field_errors().first().map_or_else(|| e.user_message(), |f| f.detail.clone());
                    (false, format!("Not done: {why}"))
                }
            }));
            members.reload();
            bans.reload();
            // A ban takes the member out: the header's count follows.
            memberships.reload(api, s);
        });
    });
    view! {
        <OutcomeLine outcome />
        <h3>"Current members"</h3>
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
        <PagedStatus list=members empty="No members." more_label="Show more members" />
        <h3>"Banned"</h3>
        <ul class="member-list" role="list">
            <For each=move || bans.items.get() key=|b| (b.user.id, b.until.clone()) let(b)>
                <BanRow b act />
            </For>
        </ul>
        <PagedStatus list=bans empty="Nobody is banned." />
    }
}

#[component]
fn MemberRow(m: Member, my_role: Role, me: bool, act: Act) -> impl IntoView {
    let name = m.user.display_name.clone();
    let muted = m.muted_until.as_deref().and_then(|u| sanction_status("muted", now_secs(), Some(u)));
    let can_sanction = !me && kith_api::may_sanction(Some(my_role), Some(m.role));
    let ownership = (my_role == Role::Owner && !me && m.role != Role::Owner).then(|| {
        view! { <OwnershipActions user=m.user.clone() act /> }
    });
    let role_button = (my_role == Role::Owner && !me && m.role != Role::Owner).then(|| {
        let (to, text) = if m.role == Role::Moderator {
            (Role::Member, "Revoke moderator")
        } else {
            (Role::Moderator, "Make moderator")
        };
        view! { <ActionButton text label=format!("{text}: {name}") user=m.user.clone() action=MemberAction::Role(to) act /> }
    });
    let unmute = (can_sanction && muted.is_some()).then(|| {
        view! { <ActionButton text="Unmute" label=format!("Unmute {name}") user=m.user.clone() action=MemberAction::Unmute act /> }
    });
    let sanction = can_sanction.then(|| {
        view! {
            <details class="sanction">
                <summary>"Mute or ban " {name.clone()}</summary>
                <SanctionForm user=m.user.clone() act />
            </details>
        }
    });
    view! {
        <li class="member mod-member">
            <span class="name">{name.clone()}</span>
            <span class="muted">" @" {m.user.username.clone()}</span>
            {(m.role != Role::Member).then(|| view! { <span class="badge">{m.role.label()}</span> })}
            {muted.map(|t| view! { <span class="badge warn">{t}</span> })}
            <span class="meta">" · joined " {ago_rfc3339(now_secs(), &m.joined_at)}</span>
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
            <button type="button" class="secondary small" aria-label=format!("Make co-owner: {name}") on:click=move |_| ask(MemberAction::Role(Role::Owner))>
                "Make co-owner"
            </button>
            <button type="button" class="secondary small" aria-label=format!("Transfer ownership to {name}") on:click=move |_| ask(MemberAction::Transfer)>
                "Transfer ownership"
            </button>
        </span>
        {move || {
            asking.get().map(|a| {
                let name = user.with_value(|u| u.display_name.clone());
                let (question, yes) = match a {
                    MemberAction::Transfer => (
                        format!("Hand the group to {name}? They become an owner and you one of its moderators; only an owner can make you an owner again."),
                        "Transfer ownership",
                    ),
                    _ => (
                        format!("Make {name} an owner too? Owners can change every member's role and archive the group."),
                        "Make co-owner",
                    ),
                };
                view! {
                    <div class="confirm card" role="alertdialog" aria-label=yes>
                        <p>{question}</p>
                        <button type="button" class="danger small" on:click=move |_| {
                            asking.set(None);
                            act.run((user.get_value(), a.clone()));
                        }>{yes}</button>
                        <button type="button" class="secondary small" on:click=move |_| asking.set(None)>"Cancel"</button>
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
            Err(m) => return error.set(Some(m.into())),
        };
        let kind = if is_ban { SanctionKind::Ban } else { SanctionKind::Mute };
        let req = SanctionRequest { kind, until, reason: reason.get_untracked().trim().to_string() };
        if let Some(p) = validate_sanction(&req, now).into_iter().next() {
            return error.set(Some(p.detail));
        }
        error.set(None);
        act.run((user.get_value(), MemberAction::Sanction(req)));
    };
    view! {
        <form class="sanction-form" on:submit=submit novalidate>
            <fieldset>
                <legend>"Sanction"</legend>
                <label class="choice">
                    <input type="radio" name=base.clone() value="mute" checked on:change=move |_| ban.set(false) />
                    "Mute: can read and react, cannot post or comment"
                </label>
                <label class="choice">
                    <input type="radio" name=base.clone() value="ban" on:change=move |_| ban.set(true) />
                    "Ban: removed from the group, cannot rejoin"
                </label>
            </fieldset>
            <ExpiryPicker id=format!("{base}-length") label="For how long" choice date />
            <TextField
                id=format!("{base}-reason")
                label="Reason (kept in the mod log)"
                value=reason
                required=true
                maxlength=LIMITS.max_report_reason
            />
            <p class="field-error" role="alert">{move || error.get()}</p>
            <button type="submit">"Apply"</button>
        </form>
    }
}

#[component]
fn BanRow(b: Ban, act: Act) -> impl IntoView {
    let status =
        sanction_status("banned", now_secs(), b.until.as_deref()).unwrap_or_else(|| "ban ended".into());
    let name = b.user.display_name.clone();
    view! {
        <li class="member">
            <span class="name">{name.clone()}</span>
            <span class="muted">" @" {b.user.username.clone()}</span>
            " " <span class="badge warn">{status}</span>
            <span class="meta">{format!(" · by {}: {}", b.banned_by.display_name, b.reason)}</span>
            <ActionButton text="Unban" label=format!("Unban {name}") user=b.user.clone() action=MemberAction::Unban act />
        </li>
    }
}
