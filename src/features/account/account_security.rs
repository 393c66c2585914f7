use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use kith_api::validate::validate_password_change;
use kith_api::{FieldError, PasswordChange};

use crate::core::api::{ApiError, use_api};
use crate::core::notices::{NoticeKind, use_notices};
use crate::core::route_table::Route;
use crate::core::session::use_session;
use crate::features::account::problems::{localize_in_place, localized};
use crate::tr;
use crate::ui::focus_by_id;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::text_field::TextField;

/// The account's security: change the password, and log out on every device.
#[component]
pub fn AccountSecurity() -> impl IntoView {
    let session = use_session();
    view! {
        <Show when=move || session.is_logged_in()>
            <section class="stack account-security" aria-labelledby="security-heading">
                <h2 id="security-heading">{tr!("account-security-heading")}</h2>
                <PasswordChangeForm />
                <LogoutEverywhere />
            </section>
        </Show>
    }
}

/// The pointer of the "repeat the new password" field (checked here only).
const REPEAT: &str = "/repeat_password";

/// Checks the form before sending: the shared rules, and the repeat matching the new password.
pub fn password_form_problems(change: &PasswordChange, repeat: &str) -> Vec<FieldError> {
    let mut problems = localized(validate_password_change(change));
    if !problems.iter().any(|p| p.pointer == "/new_password") && repeat != change.new_password {
        problems.push(FieldError::new(REPEAT, tr!("account-problem-repeat")));
    }
    problems
}

/// Current password, the new one twice; the server's objections appear beside the fields.
#[component]
fn PasswordChangeForm() -> impl IntoView {
    let api = use_api();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let form = FormState::new();
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if form.is_busy() {
            return;
        }
        let change =
            PasswordChange { current_password: current.get_untracked(), new_password: new.get_untracked() };
        let problems = password_form_problems(&change, &repeat.get_untracked());
        if form.refuse(problems, &tr!("account-password-attention")) {
            return;
        }
        form.begin();
        leptos::task::spawn_local(async move {
            let result = api.change_password(&change).await;
            if form.busy.is_disposed() {
                return;
            }
            match result {
                Ok(()) => {
                    current.set(String::new());
                    new.set(String::new());
                    repeat.set(String::new());
                    form.succeed(tr!("account-password-changed"));
                }
                Err(e) => {
                    form.fail(&e);
                    form.errors.try_update(|errors| localize_in_place(errors));
                }
            }
            form.done();
        });
    };
    view! {
        <form class="stack password-change" on:submit=submit novalidate aria-labelledby="password-heading">
            <h3 id="password-heading">{tr!("account-password-heading")}</h3>
            <TextField
                id="password-current"
                label=tr!("account-password-current")
                value=current
                kind="password"
                autocomplete="current-password"
                required=true
                error=form.error("/current_password")
            />
            <TextField
                id="password-new"
                label=tr!("account-password-new")
                value=new
                kind="password"
                autocomplete="new-password"
                required=true
                help=tr!("account-password-new-help")
                error=form.error("/new_password")
            />
            <TextField
                id="password-repeat"
                label=tr!("account-password-repeat")
                value=repeat
                kind="password"
                autocomplete="new-password"
                required=true
                error=form.error(REPEAT)
            />
            <FormFooter form label=tr!("account-password-submit") busy_label=tr!("account-password-busy") polite=true />
        </form>
    }
}

/// Ends every session of the account after a confirmation, then logs out here too.
#[component]
fn LogoutEverywhere() -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let notices = use_notices();
    let navigate = StoredValue::new_local(use_navigate());
    let confirming = RwSignal::new(false);
    let form = FormState::new();
    // Keyboard users land on the confirming button, and back on the first one after Cancel.
    Effect::new(move |was_open: Option<bool>| {
        let open = confirming.get();
        if open {
            focus_by_id("logout-all-confirm");
        } else if was_open == Some(true) {
            focus_by_id("logout-all-open");
        }
        open
    });
    let cancel = move || {
        if !form.is_busy() {
            confirming.set(false);
        }
    };
    let confirm = move |_| {
        if form.is_busy() {
            return;
        }
        form.begin();
        let navigate = navigate.get_value();
        leptos::task::spawn_local(async move {
            match api.logout_all().await {
                // A 401: this session was already over, which is what was asked for.
                Ok(()) | Err(ApiError::Unauthorized(_)) => {
                    session.end();
                    session.expired.set(false);
                    notices.push(NoticeKind::Info, tr!("account-logout-all-done"));
                    navigate(&Route::Home.href(), Default::default());
                }
                Err(ApiError::Aborted) => {}
                Err(e) => {
                    form.fail_saying(&e, tr!("account-logout-all-failed", problem = e.user_message()));
                    form.done();
                }
            }
        });
    };
    view! {
        <div class="logout-everywhere stack">
            <h3 id="logout-all-heading">{tr!("account-logout-all-heading")}</h3>
            <p class="help">{tr!("account-logout-all-help")}</p>
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <div class="actions">
                            <button type="button" class="secondary" id="logout-all-open" on:click=move |_| confirming.set(true)>
                                {tr!("account-logout-all-open")}
                            </button>
                        </div>
                    }
                }
            >
                <div
                    class="confirm card"
                    role="alertdialog"
                    aria-labelledby="logout-all-question"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            cancel();
                        }
                    }
                >
                    <p id="logout-all-question">{tr!("account-logout-all-question")}</p>
                    <div class="actions">
                        <button type="button" class="danger" id="logout-all-confirm" disabled=move || form.busy.get() on:click=confirm>
                            {move || {
                                if form.busy.get() { tr!("account-logout-all-busy") } else { tr!("account-logout-all-confirm") }
                            }}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| cancel()>
                            {tr!("account-cancel")}
                        </button>
                    </div>
                </div>
            </Show>
            <p class="field-error" role="alert">{move || form.text()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(current: &str, new: &str) -> PasswordChange {
        PasswordChange { current_password: current.into(), new_password: new.into() }
    }

    #[test]
    fn the_form_points_at_the_field_to_fix() {
        assert!(password_form_problems(&change("old-pass", "new-password"), "new-password").is_empty());
        let p = password_form_problems(&change("old-pass", "new-password"), "new-pasword");
        assert_eq!(p.iter().map(|e| e.pointer.as_str()).collect::<Vec<_>>(), [REPEAT]);
        // A too-short new password is reported once, on the new password, not as a mismatch.
        let p = password_form_problems(&change("", "short"), "other");
        assert_eq!(
            p.iter().map(|e| e.pointer.as_str()).collect::<Vec<_>>(),
            ["/current_password", "/new_password"]
        );
    }
}
