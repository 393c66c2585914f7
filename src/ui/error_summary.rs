//! The error summary at the top of a form (the GOV.UK pattern): after a refused submit, focus
//! moves to a box that says how many problems there are and links to each field, so a member who
//! pressed the button at the bottom is not left there while the errors sit above the fold.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use kith_api::FieldError;

use crate::tr;
use crate::ui::form::FormState;

/// A field a summary can point to: the error's JSON pointer, the id of the element to focus
/// (an input, or a fieldset whose first control gets focus) and the label the member sees.
pub type SummaryField = (&'static str, &'static str, &'static str);

/// A field whose label comes from the catalog: `("/name", "group-name", tr!("groups-name"))`.
pub type LabelledField = (&'static str, &'static str, String);

/// The fields an [`ErrorSummary`] points to: a constant list of [`SummaryField`]s, or a list of
/// [`LabelledField`]s built when the form is (labels from the catalog cannot be constants).
#[derive(Clone)]
pub struct SummaryFields(Arc<[LabelledField]>);

impl From<&'static [SummaryField]> for SummaryFields {
    fn from(fields: &'static [SummaryField]) -> Self {
        SummaryFields(fields.iter().map(|(p, id, label)| (*p, *id, label.to_string())).collect())
    }
}

impl From<Vec<LabelledField>> for SummaryFields {
    fn from(fields: Vec<LabelledField>) -> Self {
        SummaryFields(fields.into())
    }
}

impl<const N: usize> From<[LabelledField; N]> for SummaryFields {
    fn from(fields: [LabelledField; N]) -> Self {
        SummaryFields(Arc::new(fields))
    }
}

/// One line of the summary: the field's id (when the form has the field) and what to say.
pub fn summary_lines<L: AsRef<str>>(
    errors: &[FieldError],
    fields: &[(&'static str, &'static str, L)],
) -> Vec<(Option<&'static str>, String)> {
    let mut lines: Vec<(Option<&'static str>, String)> = Vec::new();
    for e in errors {
        let field = fields.iter().find(|(p, _, _)| {
            e.pointer == *p || e.pointer.strip_prefix(p).is_some_and(|r| r.starts_with('/'))
        });
        let line = match field {
            Some((_, id, label)) => {
                (Some(*id), tr!("ui-error-summary-line", label = label.as_ref(), detail = &e.detail))
            }
            None => (None, e.detail.clone()),
        };
        // One line per field (a list may hold several errors below one pointer).
        if line.0.is_none() || !lines.iter().any(|l| l.0 == line.0) {
            lines.push(line);
        }
    }
    lines
}

/// Shown above a form's fields while its last submit was refused field by field; takes focus each
/// time that happens.
#[component]
pub fn ErrorSummary(form: FormState, #[prop(into)] fields: SummaryFields) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let lines = Memo::new(move |_| form.errors.with(|e| summary_lines(e, &fields.0)));
    // Every refusal sets the errors again, even the same ones: focus follows each of them.
    Effect::new(move |_| {
        let any = form.errors.with(|e| !e.is_empty());
        if any {
            crate::ui::reveal::after_paint(move || {
                if let Some(el) = node.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    });
    view! {
        <Show when=move || !lines.with(Vec::is_empty)>
            <div class="error-summary" tabindex="-1" node_ref=node aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">
                    {move || tr!("ui-error-summary-title", count = lines.with(Vec::len))}
                </h2>
                <ul>
                    {move || {
                        lines
                            .get()
                            .into_iter()
                            .map(|(id, text)| match id {
                                Some(id) => view! {
                                    <li>
                                        <a href=format!("#{id}") on:click=move |ev| {
                                            ev.prevent_default();
                                            focus_field(id);
                                        }>{text}</a>
                                    </li>
                                }
                                .into_any(),
                                None => view! { <li>{text}</li> }.into_any(),
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// Focuses a field by id (a fieldset: its first control) and brings its label into view.
fn focus_field(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(el) = doc.get_element_by_id(id) else { return };
    let target = if matches!(el.tag_name().as_str(), "FIELDSET" | "DIV") {
        el.query_selector("input, select, textarea, button").ok().flatten().unwrap_or(el)
    } else {
        el
    };
    if let Some(label) = doc.query_selector(&format!("label[for=\"{id}\"]")).ok().flatten() {
        label.scroll_into_view();
    } else {
        target.scroll_into_view();
    }
    if let Some(h) = target.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[SummaryField] = &[("/name", "group-name", "Name"), ("/topics", "group-topics", "Topics")];

    #[test]
    fn lines_name_their_fields_once_and_keep_the_rest() {
        let errors = vec![
            FieldError::new("/name", "Give the group a name."),
            FieldError::new("/topics/0", "Unknown topic."),
            FieldError::new("/topics/1", "Unknown topic."),
            FieldError::new("", "Something else."),
        ];
        assert_eq!(
            summary_lines(&errors, FIELDS),
            vec![
                (Some("group-name"), "Name: Give the group a name.".to_string()),
                (Some("group-topics"), "Topics: Unknown topic.".to_string()),
                (None, "Something else.".to_string()),
            ]
        );
        // "/names" is not below "/name".
        assert_eq!(summary_lines(&[FieldError::new("/names", "x")], FIELDS), vec![(None, "x".to_string())]);
    }
}
