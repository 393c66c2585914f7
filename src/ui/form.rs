//! One shape for every form that sends something: busy while sending (a second submit does
//! nothing), the line under the form, the form's own or the server's objections beside their
//! fields, and "log in again" in place when the session turned out to be over. Forms keep their
//! own fields and markup; this holds the state between them and the server.

use leptos::prelude::*;

use kith_api::FieldError;

use crate::core::api::ApiError;
use crate::ui::relogin_form::ReloginForm;

/// A form's sending state; cheap to copy into handlers and tasks.
#[derive(Clone, Copy)]
pub struct FormState {
    pub busy: RwSignal<bool>,
    /// The line under the form: `(ok, text)`.
    pub message: RwSignal<Option<(bool, String)>>,
    /// Problems by JSON pointer, shown beside their fields.
    pub errors: RwSignal<Vec<FieldError>>,
    /// The server said the session is over: the form offers logging in again, then resends.
    pub relogin: RwSignal<bool>,
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

impl FormState {
    pub fn new() -> Self {
        FormState {
            busy: RwSignal::new(false),
            message: RwSignal::new(None),
            errors: RwSignal::new(Vec::new()),
            relogin: RwSignal::new(false),
        }
    }

    /// Whether a submit is still on its way (then another one waits).
    pub fn is_busy(&self) -> bool {
        self.busy.get_untracked()
    }

    /// Checks made before sending: shows `problems` beside their fields and `summary` under the
    /// form. Returns whether there were any (and the form must not be sent).
    pub fn refuse(&self, problems: Vec<FieldError>, summary: &str) -> bool {
        if problems.is_empty() {
            return false;
        }
        self.errors.set(problems);
        self.message.set(Some((false, summary.to_string())));
        true
    }

    /// Sending starts: the last outcome goes, and the form is busy until [`FormState::done`].
    pub fn begin(&self) {
        self.errors.set(Vec::new());
        self.message.set(None);
        self.relogin.set(false);
        self.busy.set(true);
    }

    /// The server accepted it; `text` is said under the form.
    pub fn succeed(&self, text: impl Into<String>) {
        self.message.try_set(Some((true, text.into())));
    }

    /// The server refused or could not be reached: its field errors beside the fields, what
    /// happened in a sentence, and logging in again offered when the session is over. A request
    /// the app cancelled says nothing.
    pub fn fail(&self, e: &ApiError) {
        self.fail_saying(e, e.user_message());
    }

    /// [`FormState::fail`] with the sentence chosen by the form (e.g. one field's own error).
    pub fn fail_saying(&self, e: &ApiError, text: String) {
        if matches!(e, ApiError::Aborted) {
            return;
        }
        self.relogin.try_set(e.needs_login());
        self.errors.try_set(e.field_errors().to_vec());
        self.message.try_set(Some((false, text)));
    }

    /// A problem found by the form itself (not tied to a field), said under the form.
    pub fn complain(&self, text: impl Into<String>) {
        self.message.set(Some((false, text.into())));
    }

    /// Sending is over (whatever the outcome); the form may be gone by now.
    pub fn done(&self) {
        self.busy.try_set(false);
    }

    /// The error of one field: its pointer's, or one below it (`/topics` shows `/topics/0`).
    pub fn error(&self, pointer: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || errors.with(|e| field_error(e, pointer)))
    }

    /// The text under the form when it reports a problem (for forms that show it in one field).
    pub fn problem(&self) -> Signal<Option<String>> {
        let message = self.message;
        Signal::derive(move || message.with(|m| m.as_ref().filter(|m| !m.0).map(|m| m.1.clone())))
    }

    /// The text under the form, if any.
    pub fn text(&self) -> Option<String> {
        self.message.with(|m| m.as_ref().map(|m| m.1.clone()))
    }

    /// Whether the text under the form reports a success (`Some(false)`: a problem).
    pub fn ok(&self) -> Option<bool> {
        self.message.with(|m| m.as_ref().map(|m| m.0))
    }
}

/// The line under a form: what happened, styled as a success or a problem. A problem is an
/// alert; `polite` forms (whose outcome the member waits for) announce it as a status instead.
#[component]
pub fn FormMessage(form: FormState, #[prop(optional)] polite: bool) -> impl IntoView {
    view! {
        <p
            class="form-message"
            class:ok=move || form.ok() == Some(true)
            class:error=move || form.ok() == Some(false)
            role=if polite { "status" } else { "alert" }
        >
            {move || form.text()}
        </p>
    }
}

/// The form's submit button: disabled while sending, and saying so when `busy_label` is given.
#[component]
pub fn SubmitButton(
    form: FormState,
    #[prop(into)] label: String,
    #[prop(optional, into)] busy_label: Option<String>,
) -> impl IntoView {
    submit_button(form, label, busy_label)
}

fn submit_button(form: FormState, label: String, busy_label: Option<String>) -> impl IntoView {
    let busy = form.busy;
    let busy_label = busy_label.unwrap_or_else(|| label.clone());
    view! {
        <button type="submit" disabled=move || busy.get()>
            {move || if busy.get() { busy_label.clone() } else { label.clone() }}
        </button>
    }
}

/// The end of a form that sends something: logging in again in place when the session turned out
/// to be over (then `resend` sends again), the line under the form, and the submit button with
/// the form's other buttons (`children`) beside it.
#[component]
pub fn FormFooter(
    form: FormState,
    #[prop(into)] label: String,
    #[prop(optional, into)] busy_label: Option<String>,
    /// Offers logging in again when the server says the session is over, then calls this.
    #[prop(optional)]
    resend: Option<Callback<()>>,
    /// Announce the outcome as a status rather than an alert (see [`FormMessage`]).
    #[prop(optional)]
    polite: bool,
    /// The form shows its problem in its one field instead of under the form.
    #[prop(optional)]
    quiet: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        {resend.map(|resend| view! {
            <Show when=move || form.relogin.get()>
                <ReloginForm on_done=resend />
            </Show>
        })}
        {(!quiet).then(|| view! { <FormMessage form polite /> })}
        <div class="actions">
            {submit_button(form, label, busy_label)}
            {children.map(|c| c())}
        </div>
    }
}

/// The detail of a field's error in a list: its pointer's, or one below it.
pub fn field_error(errors: &[FieldError], pointer: &str) -> Option<String> {
    errors
        .iter()
        .find(|x| x.pointer == pointer || x.pointer.strip_prefix(pointer).is_some_and(|r| r.starts_with('/')))
        .map(|x| x.detail.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_submit_shows_its_outcome_and_clears_the_last_one() {
        Owner::new().with(|| {
            let f = FormState::new();
            let problems = vec![FieldError::new("/title", "Give it a title.")];
            assert!(f.refuse(problems, "Some fields need attention."));
            assert_eq!(f.error("/title").get().as_deref(), Some("Give it a title."));
            assert_eq!((f.ok(), f.text().as_deref()), (Some(false), Some("Some fields need attention.")));
            assert!(!f.refuse(Vec::new(), "unused"));
            f.begin();
            assert!(f.is_busy() && f.text().is_none() && f.error("/title").get().is_none());
            let body = r#"{"status":422,"code":"validation_failed","errors":[{"pointer":"/topics/0","detail":"Unknown topic."}]}"#;
            f.fail(&ApiError::from_status(422, body));
            f.done();
            assert_eq!(f.error("/topics").get().as_deref(), Some("Unknown topic."));
            assert!(!f.is_busy() && !f.relogin.get());
            f.begin();
            f.fail(&ApiError::from_status(401, ""));
            assert!(f.relogin.get() && f.ok() == Some(false));
            f.begin();
            f.succeed("Posted.");
            assert_eq!(f.ok(), Some(true));
        });
    }

    #[test]
    fn cancelled_requests_say_nothing_and_pointers_match_whole_segments() {
        Owner::new().with(|| {
            let f = FormState::new();
            f.begin();
            f.fail(&ApiError::Aborted);
            assert_eq!(f.text(), None);
        });
        let e = [FieldError::new("/names", "x")];
        assert_eq!(field_error(&e, "/name"), None);
        assert_eq!(field_error(&e, "/names").as_deref(), Some("x"));
    }
}
