//! A Markdown text area with live preview.

use leptos::prelude::*;

use crate::tr;
use crate::ui::markdown_view::MarkdownView;

/// A labelled Markdown field with a live preview: side by side on wide screens, a
/// Write / Preview toggle on narrow ones. Help, counter and error are wired for screen readers.
#[component]
pub fn MarkdownEditor(
    value: RwSignal<String>,
    #[prop(into)] label: String,
    #[prop(into)] id: String,
    /// Visible lines; 8 unless given.
    #[prop(optional)]
    rows: Option<u32>,
    /// Shows a character counter, which turns into an error past the limit.
    #[prop(optional)]
    max_chars: Option<usize>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
    #[prop(optional, into)] placeholder: String,
) -> impl IntoView {
    let error = error.unwrap_or_default();
    let previewing = RwSignal::new(false);
    let [hint_id, count_id, error_id, preview_id] =
        ["hint", "count", "error", "preview"].map(|part| format!("{id}-{part}"));
    // Counted on demand rather than memoised: cheap at these lengths, and smaller code.
    let length = move || value.with(|v| v.chars().count());
    let over = move || max_chars.is_some_and(|max| length() > max);
    let invalid = move || error.with(Option::is_some) || over();
    let described = {
        let (hint, count, err) = (hint_id.clone(), count_id.clone(), error_id.clone());
        move || {
            let mut ids = hint.clone();
            for (on, id) in [(max_chars.is_some(), &count), (error.with(Option::is_some), &err)] {
                if on {
                    ids.push(' ');
                    ids.push_str(id);
                }
            }
            ids
        }
    };
    let classes = move || {
        let mut c = String::from("field md-editor");
        if invalid() {
            c.push_str(" has-error");
        }
        if previewing.get() {
            c.push_str(" previewing");
        }
        c
    };
    let pressed = move |preview: bool| move || if previewing.get() == preview { "true" } else { "false" };
    view! {
        <div class=classes>
            <div class="md-editor-bar">
                <label for=id.clone()>{label}</label>
                <div class="md-tabs" role="group" aria-label=tr!("ui-md-editor-view")>
                    <button
                        type="button"
                        class="secondary"
                        aria-controls=id.clone()
                        aria-pressed=pressed(false)
                        on:click=move |_| previewing.set(false)
                    >
                        {tr!("ui-md-write")}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        aria-controls=preview_id.clone()
                        aria-pressed=pressed(true)
                        on:click=move |_| previewing.set(true)
                    >
                        {tr!("ui-md-preview")}
                    </button>
                </div>
            </div>
            <div class="md-panes">
                <textarea
                    id=id
                    rows=rows.unwrap_or(8)
                    dir="auto"
                    placeholder=(!placeholder.is_empty()).then_some(placeholder)
                    aria-invalid=move || invalid().then_some("true")
                    aria-describedby=described
                    prop:value=move || value.get()
                    on:input:target=move |ev| value.set(ev.target().value())
                ></textarea>
                <div id=preview_id class="md-preview" role="region" aria-label=tr!("ui-md-preview") data-empty=tr!("ui-md-preview-empty")>
                    <MarkdownView source=value />
                </div>
            </div>
            <div class="md-foot">
                <p id=hint_id class="help">
                    {tr!("ui-md-hint")}
                </p>
                {max_chars
                    .map(|max| {
                        view! {
                            <p id=count_id class=move || if over() { "help md-count error" } else { "help md-count" }>
                                {move || tr!("ui-md-count", count = length(), max = max)}
                            </p>
                        }
                    })}
            </div>
            <p id=error_id class="field-error" role="alert">
                {move || error.get()}
            </p>
        </div>
    }
}
