use leptos::prelude::*;

use crate::core::api::ApiError;
use crate::tr;

/// Placeholder cards while a list loads; announced once as "Loading".
#[component]
pub fn SkeletonList(
    #[prop(optional)] rows: Option<usize>,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    view! {
        <div class="skeleton-list" role="status" aria-live="polite">
            <span class="visually-hidden">{label.unwrap_or_else(|| tr!("ui-loading"))}</span>
            {(0..rows.unwrap_or(3))
                .map(|_| {
                    view! {
                        <div class="card skeleton" aria-hidden="true">
                            <div class="bone wide"></div>
                            <div class="bone"></div>
                            <div class="bone short"></div>
                        </div>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Why a list or page could not load, with a retry. Offline, on a page that already shows saved
/// copies (the banner says so), a part that was never saved says that, rather than a second,
/// contradicting "could not reach the server".
#[component]
pub fn LoadError(error: ApiError, #[prop(optional)] retry: Option<Callback<()>>) -> impl IntoView {
    let offline = matches!(error, ApiError::Network(_) | ApiError::Timeout);
    let conn = crate::core::connectivity::use_connectivity();
    let message = move || {
        let copies = conn.is_some_and(|c| c.showing_copy_from.with(Option::is_some));
        if offline && copies { tr!("ui-load-error-not-saved") } else { error.user_message() }
    };
    view! {
        <div class="card load-error" role="alert">
            <p>{message}</p>
            {retry
                .map(|r| {
                    view! {
                        <button type="button" class="secondary" on:click=move |_| r.run(())>
                            {tr!("ui-try-again")}
                        </button>
                    }
                })}
        </div>
    }
}

/// Renders what an `ErrorBoundary` caught: API errors with their message, others generically.
pub fn boundary_fallback(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let first = move || {
        errors.with(|e| {
            e.iter().next().map(|(_, err)| {
                err.downcast_ref::<ApiError>()
                    .cloned()
                    .unwrap_or_else(|| ApiError::BadResponse(err.to_string()))
            })
        })
    };
    move || first().map(|error| view! { <LoadError error /> })
}
