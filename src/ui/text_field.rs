use leptos::prelude::*;

use crate::tr;

/// A labelled input with its help and error text wired for screen readers. With `maxlength`,
/// nothing is cut while typing: a counter shows from 80% of the limit on, and past the limit
/// says by how much (the form's validation then refuses to send it).
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    #[prop(optional, into)] error: Signal<Option<String>>,
    #[prop(optional, into)] help: Option<String>,
    /// `text` unless given (`password`, `url`, `search`…).
    #[prop(optional, into)]
    kind: Option<String>,
    #[prop(optional, into)] autocomplete: Option<String>,
    #[prop(optional)] required: bool,
    #[prop(optional)] maxlength: Option<u32>,
    #[prop(optional, into)] placeholder: Option<String>,
) -> impl IntoView {
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let count_id = format!("{id}-count");
    let length = move || value.with(|v| v.chars().count());
    let counting = move || maxlength.and_then(|max| count_note(length(), max as usize));
    let over = move || counting().is_some_and(|(over, _)| over);
    let invalid = move || error.with(Option::is_some) || over();
    let described = {
        let (h, e, c) = (help_id.clone(), error_id.clone(), count_id.clone());
        let has_help = help.is_some();
        move || {
            let mut ids = Vec::new();
            if has_help {
                ids.push(h.clone());
            }
            if counting().is_some() {
                ids.push(c.clone());
            }
            if error.with(Option::is_some) {
                ids.push(e.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id.clone()>{label} {required.then_some(view! { <span class="req" aria-hidden="true">" *"</span> })}</label>
            <input
                id=id
                type=kind.unwrap_or_else(|| "text".into())
                // What is typed keeps its own direction (an Arabic name in an English page).
                dir="auto"
                autocomplete=autocomplete
                placeholder=placeholder
                required=required
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described
                prop:value=move || value.get()
                on:input:target=move |ev| value.set(ev.target().value())
            />
            {help.map(|h| view! { <p id=help_id class="help">{h}</p> })}
            <p id=count_id class="help char-count" class:error=over aria-live="polite">
                {move || counting().map(|(_, note)| note)}
            </p>
            <p id=error_id class="field-error" role="alert">
                {move || error.get()}
            </p>
        </div>
    }
}

/// What the counter under a limited field says: nothing below 80% of the limit, then how many
/// characters are left, and past the limit by how many it is over (`true`).
pub fn count_note(length: usize, max: usize) -> Option<(bool, String)> {
    if length > max {
        Some((true, tr!("ui-chars-over", count = length - max, max = max)))
    } else if length * 5 >= max * 4 && max > 0 {
        Some((false, tr!("ui-chars-left", count = max - length)))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::count_note;

    #[test]
    fn the_counter_shows_near_the_limit_and_says_how_far_over() {
        assert_eq!(count_note(10, 200), None);
        assert_eq!(count_note(160, 200), Some((false, "40 characters left".into())));
        assert_eq!(count_note(199, 200), Some((false, "1 character left".into())));
        assert_eq!(count_note(200, 200), Some((false, "0 characters left".into())));
        assert_eq!(count_note(201, 200), Some((true, "1 character too many: the limit is 200.".into())));
        assert_eq!(count_note(260, 200), Some((true, "60 characters too many: the limit is 200.".into())));
    }
}
