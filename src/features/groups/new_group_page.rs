use leptos::prelude::*;

use crate::ui::error_summary::{ErrorSummary, LabelledField};
use leptos_router::hooks::use_navigate;

use kith_api::validate::{LIMITS, slugify, validate_new_group};
use kith_api::{FieldError, NewGroup, Visibility};

use crate::core::api::use_api;
use crate::core::route_table::{Route, login_returning_to};
use crate::core::session::use_session;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::features::groups::problems;
use crate::tr;
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
        <PageFrame title=tr!("groups-new-title") class="narrow">
            <Show
                when=move || session.is_logged_in()
                fallback=|| {
                    view! {
                        <p class="notice">
                            <a href=login_returning_to(&Route::NewGroup.href())>{tr!("groups-new-log-in")}</a>
                            " "
                            {tr!("groups-new-log-in-rest")}
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
        tr!("groups-new-draft-label"),
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
        if form.refuse(problems::localized(validate_new_group(&g)), &tr!("groups-fix-fields")) {
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
                form.errors.try_update(|fe| problems::localize_in_place(fe));
                if e.code() == kith_api::codes::SLUG_TAKEN {
                    form.errors.update(|fe| fe.push(FieldError::new("/slug", tr!("groups-slug-taken"))));
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
            <ErrorSummary form fields=group_fields() />
            <p class="help required-note">{tr!("groups-required-before")} " " <span class="req">"*"</span> " " {tr!("groups-required-after")}</p>
            <TextField id="group-name" label=tr!("groups-field-name") value=name required=true maxlength=LIMITS.max_group_name error=form.error("/name") />
            <TextField
                id="group-slug"
                label=tr!("groups-field-address")
                value=slug
                error=form.error("/slug")
                placeholder=Signal::derive(slug_suggestion).get_untracked()
                help=tr!("groups-address-help")
            />
            <p class="help">{move || tr!("groups-address-preview", slug = if slug.get().trim().is_empty() { slug_suggestion() } else { slug.get() })}</p>
            <div class="field">
                <label for="group-purpose">{tr!("groups-field-purpose")} <span class="req" aria-hidden="true">" *"</span></label>
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
                <p id="group-purpose-help" class="help">{tr!("groups-purpose-help")}</p>
                <p id="group-purpose-error" class="field-error" role="alert">{move || form.error("/purpose").get()}</p>
            </div>
            <TopicPicker selected=topics legend=tr!("groups-field-topics") max=5 id="group-topics" error=form.error("/topics") />
            <TextField id="group-region" label=tr!("groups-field-region") value=region required=true error=form.error("/region") help=tr!("groups-region-help") />
            <fieldset class="visibility" id="group-visibility">
                <legend>{tr!("groups-field-visibility")}</legend>
                {[
                    (Visibility::Public, tr!("groups-visibility-public-choice")),
                    (Visibility::Private, tr!("groups-visibility-private-choice")),
                    (Visibility::Unlisted, tr!("groups-visibility-unlisted-choice")),
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
                label=tr!("groups-field-guidelines")
                id="group-guidelines"
                rows=6
                max_chars=LIMITS.max_guidelines as usize
                error=form.error("/guidelines")
                placeholder=tr!("groups-guidelines-placeholder")
            />
            <DraftStatus draft=draft />
            <FormFooter form label=tr!("groups-create") busy_label=tr!("groups-creating") resend=submit />
        </form>
    }
}

/// Where the error summary sends the member for each field's problem, with the label it says.
fn group_fields() -> [LabelledField; 7] {
    [
        ("/name", "group-name", tr!("groups-field-name")),
        ("/slug", "group-slug", tr!("groups-field-address")),
        ("/purpose", "group-purpose", tr!("groups-field-purpose")),
        ("/topics", "group-topics", tr!("groups-field-topics")),
        ("/region", "group-region", tr!("groups-field-region")),
        ("/visibility", "group-visibility", tr!("groups-field-visibility")),
        ("/guidelines", "group-guidelines", tr!("groups-field-guidelines")),
    ]
}

fn split_topics(s: &str) -> Vec<String> {
    s.split(',').map(str::trim).filter(|t| !t.is_empty()).map(String::from).collect()
}
