use leptos::prelude::*;

use kith_api::validate::TOPICS;

use crate::tr;

/// The fixed topics as toggle chips (checkboxes), for interests and group topics.
#[component]
pub fn TopicPicker(
    selected: RwSignal<Vec<String>>,
    #[prop(into)] legend: String,
    #[prop(optional)] max: Option<usize>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| "topics".into());
    let error_id = format!("{id}-error");
    let described_by = error_id.clone();
    let toggle = move |t: &'static str| {
        selected.update(|s| {
            if let Some(i) = s.iter().position(|x| x == t) {
                s.remove(i);
            } else if max.is_none_or(|m| s.len() < m) {
                s.push(t.to_string());
            }
        })
    };
    view! {
        <fieldset class="topic-picker" id=id aria-describedby=described_by>
            <legend>
                {match max {
                    Some(m) => tr!("ui-topics-legend-max", legend = legend, max = m),
                    None => legend,
                }}
            </legend>
            <div class="chips">
                {TOPICS
                    .iter()
                    .map(|t| {
                        let t: &'static str = t;
                        view! {
                            <label class="chip">
                                <input
                                    type="checkbox"
                                    value=t
                                    prop:checked=move || selected.with(|s| s.iter().any(|x| x == t))
                                    on:change=move |_| toggle(t)
                                />
                                <span dir="auto">{t}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
            <p id=error_id class="field-error" role="alert">
                {move || error.get()}
            </p>
        </fieldset>
    }
}
