//! The colour theme as a context: applied to `<html data-theme>` so CSS can switch palettes,
//! and remembered in browser storage.

use leptos::prelude::*;

use crate::core::notices::{NoticeKind, Notices, use_notices};
use crate::core::storage::WebStorage;
use crate::core::storage::settings::{Theme, load_theme, save_theme, storage_failure};

/// The current theme and how to change it.
#[derive(Clone, Copy)]
pub struct ThemeCtx {
    pub theme: RwSignal<Theme>,
    /// Captured at creation: event handlers run outside the component tree, where
    /// `use_context` finds nothing.
    notices: Notices,
}

impl ThemeCtx {
    /// Switches the theme, applies it at once and tries to remember it.
    pub fn set(&self, theme: Theme) {
        self.theme.set(theme);
        apply_theme(theme);
        if let Err(e) = save_theme(&WebStorage::Local, theme) {
            self.notices.push(NoticeKind::Warning, storage_failure(&e));
        }
    }
}

/// Writes the theme onto the document element (`system` removes the override).
pub fn apply_theme(theme: Theme) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let _ = match theme {
        Theme::System => root.remove_attribute("data-theme"),
        other => root.set_attribute("data-theme", other.as_str()),
    };
}

/// Loads the saved theme, applies it, and provides the context.
pub fn provide_theme() -> ThemeCtx {
    let notices = use_notices();
    let loaded = load_theme(&WebStorage::Local);
    if let Some(problem) = loaded.problem {
        notices.push(NoticeKind::Warning, problem);
    }
    apply_theme(loaded.value);
    let ctx = ThemeCtx { theme: RwSignal::new(loaded.value), notices };
    provide_context(ctx);
    ctx
}

/// The theme context, created on first use.
pub fn use_theme() -> ThemeCtx {
    use_context::<ThemeCtx>().unwrap_or_else(provide_theme)
}
