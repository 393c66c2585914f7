use leptos::prelude::*;

use kith_api::{Group, Role, Visibility};

use crate::core::api::use_api;
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::groups::membership::{Standing, use_memberships};
use crate::features::moderation::guidelines::GuidelinesNote;
use crate::tr;

/// The caller's relation to a group, as the button shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relation {
    Outside,
    Pending,
    Member(Role),
}

fn relation(s: &Standing) -> Relation {
    match (s.my_role, s.pending) {
        (Some(r), _) => Relation::Member(r),
        (None, true) => Relation::Pending,
        (None, false) => Relation::Outside,
    }
}

/// Join a public group, ask to join a private one (with a message), withdraw, or leave. The
/// change shows at once on the whole page (through the group's shared [`Standing`]), is then set
/// to what the server answered, and is rolled back with the server's reason if it refuses.
#[component]
pub fn JoinButton(group: Group, #[prop(optional)] compact: bool) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let memberships = use_memberships();
    let standing = memberships.standing(&group);
    let slug = StoredValue::new(group.slug.clone());
    let private = group.visibility == Visibility::Private;
    let name = StoredValue::new(group.name.clone());
    let drawn = StoredValue::new(group.clone());
    let state = Memo::new(move |_| relation(&standing.get()));
    let busy = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let asking = RwSignal::new(false);
    // Leaving is confirmed first (a private group needs a new request to come back).
    let leaving = RwSignal::new(false);
    // The server refused to let the only owner leave: point to where a new owner is chosen.
    let sole_owner = RwSignal::new(false);
    let message = RwSignal::new(String::new());
    let guidelines = StoredValue::new(group.guidelines.clone());
    let welcome = RwSignal::new(false);

    let run = move |target: Relation, leave: bool| {
        if busy.get_untracked() {
            return;
        }
        let slug = slug.get_value();
        let before = memberships.current(&drawn.get_value());
        memberships.set(
            &slug,
            match target {
                Relation::Member(role) => before.joined(role),
                Relation::Pending => before.requested(),
                Relation::Outside => before.left(),
            },
        );
        busy.set(true);
        error.set(None);
        sole_owner.set(false);
        leptos::task::spawn_local(async move {
            let result = if leave {
                api.leave_group(&slug).await.map(|_| None)
            } else {
                let msg = message.get_untracked();
                let msg = (!msg.trim().is_empty()).then_some(msg);
                api.join_group(&slug, msg).await.map(|o| Some(o.group))
            };
            match result {
                Ok(answer) => {
                    let now = match &answer {
                        Some(g) => {
                            memberships.learn(g);
                            relation(&Standing::of(g))
                        }
                        None => Relation::Outside,
                    };
                    welcome.set(!leave && matches!(now, Relation::Member(_)));
                    asking.set(false);
                    message.set(String::new());
                    api.refresh_me();
                    // Leaving answers nothing: the group as it is now gives the exact count.
                    if answer.is_none() {
                        memberships.reload(api, slug);
                    }
                }
                Err(e) => {
                    memberships.set(&slug, before);
                    sole_owner.set(e.code() == kith_api::codes::SOLE_OWNER);
                    error.set(Some(e.user_message()));
                }
            }
            busy.set(false);
        });
    };

    let login_href = move || login_returning_to(&Route::feed(&slug.get_value()).href());
    let label_for = move |s: Relation| match s {
        Relation::Outside if private => tr!("groups-join-request"),
        Relation::Outside => tr!("groups-join"),
        Relation::Pending => tr!("groups-join-withdraw"),
        Relation::Member(Role::Owner) => tr!("groups-join-leave-owner"),
        Relation::Member(_) => tr!("groups-join-leave"),
    };
    // The button's accessible name: what it does, to which group.
    let aria_for = move |s: Relation| {
        let name = name.get_value();
        match s {
            Relation::Outside if private => tr!("groups-join-request-aria", name = name),
            Relation::Outside => tr!("groups-join-aria", name = name),
            Relation::Pending => tr!("groups-join-withdraw-aria", name = name),
            Relation::Member(Role::Owner) => tr!("groups-join-leave-owner-aria", name = name),
            Relation::Member(_) => tr!("groups-join-leave-aria", name = name),
        }
    };

    view! {
        <div class="join" class:compact=compact>
            <Show
                when=move || session.is_logged_in()
                fallback=move || view! { <a class="button secondary" href=login_href>{tr!("groups-join-log-in")}</a> }
            >
                <button
                    type="button"
                    class=move || match state.get() {
                        Relation::Outside => "join-button",
                        _ => "join-button secondary",
                    }
                    aria-label=move || aria_for(state.get())
                    disabled=move || busy.get()
                    on:click=move |_| match state.get_untracked() {
                        Relation::Outside if private => asking.update(|a| *a = !*a),
                        Relation::Outside => run(Relation::Member(Role::Member), false),
                        Relation::Pending => run(Relation::Outside, true),
                        Relation::Member(_) => leaving.update(|l| *l = !*l),
                    }
                >
                    {move || label_for(state.get())}
                </button>
                <Show when=move || state.get() == Relation::Pending>
                    <span class="badge">{tr!("groups-join-request-sent")}</span>
                </Show>
            </Show>
            <Show when=move || leaving.get() && matches!(state.get(), Relation::Member(_))>
                <div class="confirm card" role="alertdialog" aria-label=move || tr!("groups-leave-question", name = name.get_value())>
                    <p>
                        {move || tr!("groups-leave-question", name = name.get_value())}
                        {private.then(|| format!(" {}", tr!("groups-leave-private")))}
                    </p>
                    <button type="button" class="danger" on:click=move |_| {
                        leaving.set(false);
                        run(Relation::Outside, true);
                    }>{tr!("groups-leave-confirm")}</button>
                    <button type="button" class="secondary" on:click=move |_| leaving.set(false)>{tr!("groups-leave-stay")}</button>
                </div>
            </Show>
            <Show when=move || asking.get()>
                <form
                    class="join-request"
                    on:submit=move |ev| {
                        ev.prevent_default();
                        run(Relation::Pending, false);
                    }
                >
                    <label for=move || format!("join-msg-{}", slug.get_value())>
                        {tr!("groups-join-message")}
                    </label>
                    <textarea
                        id=move || format!("join-msg-{}", slug.get_value())
                        rows="3"
                        maxlength="500"
                        prop:value=move || message.get()
                        on:input:target=move |ev| message.set(ev.target().value())
                    ></textarea>
                    <div class="actions">
                        <button type="submit" disabled=move || busy.get()>
                            {tr!("groups-join-send")}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| asking.set(false)>
                            {tr!("groups-cancel")}
                        </button>
                    </div>
                </form>
            </Show>
            <p class="field-error" role="alert">
                {move || error.get()}
                {move || sole_owner.get().then(|| view! {
                    " "
                    <a href=format!("{}?tab=members", Route::moderation(&slug.get_value()).href())>
                        {tr!("groups-sole-owner-link")}
                    </a>
                })}
            </p>
            <p class="form-message ok" role="status">
                {move || welcome.get().then(|| tr!("groups-joined-welcome", name = name.get_value()))}
            </p>
            {move || welcome.get().then(|| view! {
                <GuidelinesNote text=guidelines.get_value() summary=tr!("groups-guidelines-summary") open=!compact />
            })}
        </div>
    }
}
