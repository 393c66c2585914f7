use leptos::prelude::*;

use crate::core::storage::settings::Theme;
use crate::core::theme::use_theme;
use crate::tr;

/// Light, dark or system theme, as a radio group that applies at once.
#[component]
pub fn ThemePicker() -> impl IntoView {
    let ctx = use_theme();
    view! {
        <fieldset class="theme-picker">
            <legend>{tr!("account-theme")}</legend>
            {Theme::ALL
                .into_iter()
                .map(|t| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="theme"
                                value=t.as_str()
                                prop:checked=move || ctx.theme.get() == t
                                on:change=move |_| ctx.set(t)
                            />
                            {t.label()}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
