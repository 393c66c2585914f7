use leptos::prelude::*;

use crate::ui::error_summary::{ErrorSummary, SummaryField};
use leptos_router::hooks::use_navigate;

use kith_api::validate::{LIMITS, slugify, validate_new_group};
use kith_api::{FieldError, NewGroup, Visibility};

use crate::core::api::use_api;
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::ui::form::{FormFooter, FormState};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::page_frame::PageFrame;
use crate::ui::text_field::TextField;
use crate::ui::topic_picker::TopicPicker;

/// Start a group: checked before sending, the server's objections shown beside the fields,
/// and everything kept as a draft until the group exists.
#[component]
pub fn NewGroupPage() -> impl IntoView {
    let session = use_session();
    view! {
        <PageFrame title="Start a group" class="narrow">
            <Show
                when=move || session.is_logged_in()
                fallback=|| {
                    view! {
                        <p class="notice">
                            <a href=login_returning_to(&Route::NewGroup.href())>"Log in"</a>
                            " to start a group."
                        </p>
                    }
                }
            >
                <NewGroupForm />
            </Show>
        </PageFrame>
    }
}

#[component]
fn NewGroupForm() -> impl IntoView {
    let api = use_api();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let slug = RwSignal::new(String::new());
    let purpose = RwSignal::new(String::new());
    let guidelines = RwSignal::new(String::new());
    let topics_text = RwSignal::new(String::new());
    let region = RwSignal::new(String::new());
    let visibility = RwSignal::new(String::new());
    let draft = use_draft(
        "group:new".into(),
        "A new group".into(),
        Route::NewGroup.href(),
        vec![
            ("name", name),
            ("slug", slug),
            ("purpose", purpose),
            ("guidelines", guidelines),
            ("topics", topics_text),
            ("region", region),
            ("visibility", visibility),
        ],
    );
    // Topics live in the draft as a comma-separated field.
    let topics = RwSignal::new(split_topics(&topics_text.get_untracked()));
    Effect::new(move |_| {
        let joined = topics.with(|t| t.join(","));
        if joined != topics_text.get_untracked() {
            topics_text.set(joined);
        }
    });
    Effect::new(move |_| {
        let parsed = split_topics(&topics_text.get());
        if parsed != topics.get_untracked() {
            topics.set(parsed);
        }
    });
    let chosen = move || Visibility::parse(&visibility.get()).unwrap_or_default();
    let slug_suggestion = move || slugify(&name.get());

    let form = FormState::new();

    let submit = Callback::new(move |_: ()| {
        if form.is_busy() {
            return;
        }
        let custom_slug = slug.get_untracked().trim().to_string();
        let g = NewGroup {
            name: name.get_untracked().trim().to_string(),
            slug: (!custom_slug.is_empty()).then_some(custom_slug),
            purpose: purpose.get_untracked().trim().to_string(),
            guidelines: guidelines.get_untracked(),
            topics: topics.get_untracked(),
            region: region.get_untracked().trim().to_string(),
            visibility: chosen(),
        };
        if form.refuse(validate_new_group(&g), "Some fields need attention; see the notes beside them.") {
            return;
        }
        let key = draft.idempotency_key();
        let navigate = navigate.clone();
        let request = async move {
            let result = api.create_group(&g, Some(&key)).await;
            // The member's roles change even if they have moved on meanwhile.
            if result.is_ok() {
                api.refresh_me();
            }
            result
        };
        draft.submit(form, request, move |result| match result {
            Ok(created) => navigate(&Route::feed(&created.slug).href(), Default::default()),
            Err(e) => {
                form.fail(&e);
                if e.code() == kith_api::codes::SLUG_TAKEN {
                    form.errors.update(|fe| {
                        fe.push(FieldError::new("/slug", "That address is taken; choose another."))
                    });
                }
            }
        });
    });

    view! {
        <form
            class="stack group-form"
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                submit.run(());
            }
        >
            <ErrorSummary form fields=GROUP_FIELDS />
            <p class="help required-note">"Fields marked " <span class="req">"*"</span> " are required."</p>
            <TextField id="group-name" label="Name" value=name required=true maxlength=LIMITS.max_group_name error=form.error("/name") />
            <TextField
                id="group-slug"
                label="Address"
                value=slug
                error=form.error("/slug")
                placeholder=Signal::derive(slug_suggestion).get_untracked()
                help="Your group will live at /g/<address>. Leave empty to use one made from the name."
            />
            <p class="help">{move || format!("Address: /g/{}", if slug.get().trim().is_empty() { slug_suggestion() } else { slug.get() })}</p>
            <div class="field">
                <label for="group-purpose">"Purpose" <span class="req" aria-hidden="true">" *"</span></label>
                <textarea
                    id="group-purpose"
                    required
                    rows="3"
                    maxlength=LIMITS.max_group_purpose
                    aria-describedby="group-purpose-help group-purpose-error"
                    aria-invalid=move || form.error("/purpose").with(Option::is_some).then_some("true")
                    prop:value=move || purpose.get()
                    on:input:target=move |ev| purpose.set(ev.target().value())
                ></textarea>
                <p id="group-purpose-help" class="help">"One or two sentences: who is this group for, and what do you do together?"</p>
                <p id="group-purpose-error" class="field-error" role="alert">{move || form.error("/purpose").get()}</p>
            </div>
            <TopicPicker selected=topics legend="Topics" max=5 id="group-topics" error=form.error("/topics") />
            <TextField id="group-region" label="Region" value=region required=true error=form.error("/region") help="A city or area, or “Online”." />
            <fieldset class="visibility" id="group-visibility">
                <legend>"Who can see and join"</legend>
                {[
                    (Visibility::Public, "Public — anyone can read and join"),
                    (Visibility::Private, "Private — listed, but only members read; joining needs approval"),
                    (Visibility::Unlisted, "Unlisted — only people with the link find it"),
                ]
                    .into_iter()
                    .map(|(v, text)| {
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="visibility"
                                    value=v.as_str()
                                    prop:checked=move || chosen() == v
                                    on:change=move |_| visibility.set(v.as_str().into())
                                />
                                {text}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <MarkdownEditor
                value=guidelines
                label="Guidelines"
                id="group-guidelines"
                rows=6
                max_chars=LIMITS.max_guidelines as usize
                error=form.error("/guidelines")
                placeholder="How do members treat each other here? Shown to people when they join."
            />
            <DraftStatus draft=draft />
            <FormFooter form label="Create group" busy_label="Creating…" resend=submit />
        </form>
    }
}

/// Where the error summary sends the member for each field's problem.
const GROUP_FIELDS: &[SummaryField] = &[
    ("/name", "group-name", "Name"),
    ("/slug", "group-slug", "Address"),
    ("/purpose", "group-purpose", "Purpose"),
    ("/topics", "group-topics", "Topics"),
    ("/region", "group-region", "Region"),
    ("/visibility", "group-visibility", "Who can see and join"),
    ("/guidelines", "group-guidelines", "Guidelines"),
];

fn split_topics(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect()
}
