//! The group's guidelines: edited by moderators (Markdown with preview and a draft), shown to
//! members when they join and beside the post composer.

use leptos::prelude::*;

use kith_api::validate::{LIMITS, validate_group_patch};
use kith_api::{Group, GroupPatch};

use super::mod_kit::OutcomeLine;
use super::mod_view::{ModTab, ModView};
use super::problems::detail_text;
use crate::core::api::{ApiError, use_api};
use crate::core::route_table::Route;
use crate::features::drafts::autosave::use_draft;
use crate::features::drafts::draft_status::DraftStatus;
use crate::tr;
use crate::ui::form::{FormState, SubmitButton};
use crate::ui::markdown_editor::MarkdownEditor;
use crate::ui::markdown_view::MarkdownView;

/// The guidelines in a collapsible box; nothing when the group has none.
#[component]
pub fn GuidelinesNote(
    text: String,
    #[prop(into)] summary: String,
    #[prop(optional)] open: bool,
) -> impl IntoView {
    (!text.trim().is_empty()).then(|| {
        view! {
            <details class="guidelines-note" open=open>
                <summary>{summary}</summary>
                <div dir="auto">
                    <MarkdownView source=text />
                </div>
            </details>
        }
    })
}

/// The guidelines tab: saving replaces the server's copy (with `If-Match`), then the editor
/// starts again from the saved text.
#[component]
pub fn GuidelinesTab(group: Group) -> impl IntoView {
    let slug = StoredValue::new(group.slug.clone());
    let name = StoredValue::new(group.name.clone());
    let saved = StoredValue::new(group.guidelines.clone());
    let etag = StoredValue::new(group.etag.clone());
    let round = RwSignal::new(0u32);
    let outcome = RwSignal::new(None::<(bool, String)>);
    // The group's other setting owners change here: who may start date polls.
    let poll_setting = group.clone();
    view! {
        <p class="help">
            {tr!("mod-guidelines-help")} " "
            <a href=Route::about(&group.slug).href()>{tr!("mod-guidelines-see-about")}</a>
            "."
        </p>
        <h3>{tr!("mod-guidelines-edit")}</h3>
        {move || {
            round.track();
            view! { <GuidelinesForm slug name saved etag round outcome /> }
        }}
        <OutcomeLine outcome />
        <crate::features::polls::poll_settings::PollPermissionSetting group=poll_setting />
    }
}

#[component]
fn GuidelinesForm(
    slug: StoredValue<String>,
    name: StoredValue<String>,
    saved: StoredValue<String>,
    etag: StoredValue<String>,
    round: RwSignal<u32>,
    outcome: RwSignal<Option<(bool, String)>>,
) -> impl IntoView {
    let api = use_api();
    // Filled before the draft binds, so an unedited text is not saved as a draft.
    let text = RwSignal::new(saved.get_value());
    let s = slug.get_value();
    let draft = use_draft(
        format!("guidelines:{s}"),
        tr!("mod-guidelines-draft", group = name.get_value()),
        ModView::of(ModTab::Guidelines).href(&s),
        vec![("body", text)],
    );
    let form = FormState::new();
    let save = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let patch = GroupPatch { guidelines: Some(text.get_untracked()), ..Default::default() };
        if let Some(p) = validate_group_patch(&patch).into_iter().next() {
            return form.complain(detail_text(&p.detail));
        }
        outcome.set(None);
        let (s, tag) = (slug.get_value(), etag.get_value());
        let request = async move {
            let result = api.patch_group(&s, &tag, &patch).await;
            // Someone else saved first: take their version's tag (this text is kept), so that
            // saving again replaces their version.
            if matches!(result, Err(ApiError::Stale(_)))
                && let Ok(g) = api.get_group(&s).await
            {
                etag.try_set_value(g.etag);
            }
            result
        };
        draft.submit(form, request, move |result| match result {
            Ok(g) => {
                saved.set_value(g.guidelines);
                etag.set_value(g.etag);
                outcome.set(Some((true, tr!("mod-guidelines-saved"))));
                round.update(|n| *n += 1);
            }
            Err(e @ ApiError::Stale(_)) => {
                form.fail_saying(&e, tr!("mod-guidelines-stale", problem = e.user_message()))
            }
            Err(e) => {
                let text = e.field_error("/guidelines").map_or_else(|| e.user_message(), |d| detail_text(&d));
                form.fail_saying(&e, text);
            }
        });
    };
    view! {
        <form class="stack" on:submit=save novalidate>
            <MarkdownEditor
                value=text
                label=tr!("mod-guidelines-label")
                id="guidelines-body"
                rows=12
                max_chars=LIMITS.max_guidelines as usize
                error=form.problem()
            />
            <DraftStatus draft />
            <SubmitButton form label=tr!("mod-guidelines-save") />
        </form>
    }
}
