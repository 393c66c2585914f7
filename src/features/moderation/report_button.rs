//! "Report" beside a post, a comment or a member: a reason, sent to the group's moderators.

use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_new_report};
use kith_api::{NewReport, ReportTarget};

use super::problems::detail_text;
use crate::core::api::{new_idempotency_key, use_api};
use crate::core::session::use_session;
use crate::tr;
use crate::ui::form::FormState;
use crate::ui::text_field::TextField;

/// A disclosure with the report form; nothing for visitors or for oneself (one's own member
/// entry, or a post or comment whose `author` one is).
#[component]
pub fn ReportButton(
    target: ReportTarget,
    /// The username of the post's or comment's author.
    #[prop(optional, into)]
    author: Option<String>,
) -> impl IntoView {
    let api = use_api();
    let session = use_session();
    let me = session.username();
    if me.is_some() && me == author {
        return None;
    }
    let (what, id) = match &target {
        ReportTarget::Post { id } => ("post", format!("report-post-{id}")),
        ReportTarget::Comment { id } => ("comment", format!("report-comment-{id}")),
        ReportTarget::Member { username, .. } => {
            if me.as_deref() == Some(username) {
                return None;
            }
            ("member", format!("report-member-{username}"))
        }
    };
    me.as_ref()?;
    let target = StoredValue::new(target);
    let reason = RwSignal::new(String::new());
    let form = FormState::new();
    // Kept across retries of the same report so it is filed once.
    let key = StoredValue::new(None::<String>);
    let send = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        if form.is_busy() {
            return;
        }
        let report =
            NewReport { target: target.get_value(), reason: reason.get_untracked().trim().to_string() };
        if let Some(p) = validate_new_report(&report).into_iter().next() {
            return form.complain(detail_text(&p.detail));
        }
        let k = key.get_value().unwrap_or_else(new_idempotency_key);
        key.set_value(Some(k.clone()));
        form.begin();
        leptos::task::spawn_local(async move {
            match api.create_report(&report, Some(&k)).await {
                Ok(r) => {
                    key.set_value(None);
                    reason.set(String::new());
                    form.succeed(tr!("mod-report-thanks", count = r.report_count));
                }
                Err(e) => {
                    if e.is_refusal() {
                        key.set_value(None);
                    }
                    form.fail(&e);
                }
            }
            form.done();
        });
    };
    Some(view! {
        <details class="report-button">
            <summary>
                {tr!("mod-report")}
                <span class="visually-hidden">" " {tr!("mod-report-hidden", what = what)}</span>
            </summary>
            <form class="report-form" on:submit=send novalidate>
                <TextField
                    id=id
                    label=tr!("mod-report-why", what = what)
                    value=reason
                    required=true
                    maxlength=LIMITS.max_report_reason
                    help=tr!("mod-report-help")
                />
                <button type="submit" class="secondary small" disabled=move || form.busy.get()>
                    {tr!("mod-report-send")}
                </button>
                <p class="form-message" class:error=move || form.ok() == Some(false) role="status">
                    {move || form.text()}
                </p>
            </form>
        </details>
    })
}
