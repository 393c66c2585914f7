//! Which backend the app talks to: the operator's default from config.json, or the member's
//! override from /settings, kept in browser storage.

use leptos::prelude::*;

use crate::core::config::AppConfig;
use crate::core::notices::{NoticeKind, Notices, use_notices};
use crate::core::storage::WebStorage;
use crate::core::storage::settings::{
    clear_backend_override, load_backend_override, save_backend_override, storage_failure,
};

/// The configured backend and community, shared through context.
#[derive(Clone, Copy)]
pub struct Backend {
    pub config: StoredValue<AppConfig>,
    /// The base URL requests go to now (override or default); empty means this origin.
    pub base: RwSignal<String>,
    /// Captured at creation, for use from event handlers.
    notices: Notices,
}

impl Backend {
    pub fn community_name(&self) -> String {
        self.config.with_value(|c| c.community_name.clone())
    }

    pub fn default_base(&self) -> String {
        self.config.with_value(|c| c.api_base.clone())
    }

    pub fn is_overridden(&self) -> bool {
        self.base.get() != self.default_base()
    }

    /// Validates and stores an override; the error is a sentence for the form.
    pub fn set_override(&self, input: &str) -> Result<(), String> {
        let base = save_backend_override(&WebStorage::Local, input)?;
        self.base.set(base);
        Ok(())
    }

    /// Returns to the operator's backend.
    pub fn reset(&self) {
        if let Err(e) = clear_backend_override(&WebStorage::Local) {
            self.notices.push(NoticeKind::Warning, storage_failure(&e));
        }
        self.base.set(self.default_base());
    }
}

/// Sets up the backend context from the loaded config and any saved override.
pub fn provide_backend(config: AppConfig) -> Backend {
    let notices = use_notices();
    let loaded = load_backend_override(&WebStorage::Local);
    if let Some(problem) = loaded.problem {
        notices.push(NoticeKind::Warning, problem);
    }
    let base = loaded.value.unwrap_or_else(|| config.api_base.clone());
    let b = Backend { config: StoredValue::new(config), base: RwSignal::new(base), notices };
    provide_context(b);
    b
}

/// The backend context; pages only render after it is provided.
pub fn use_backend() -> Option<Backend> {
    use_context::<Backend>()
}
