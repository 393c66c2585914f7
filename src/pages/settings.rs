use leptos::prelude::*;

use crate::components::account_security::AccountSecurity;
use crate::components::backend_setting::BackendSetting;
use crate::components::page_frame::PageFrame;
use crate::components::profile_settings::ProfileSettings;
use crate::components::theme_picker::ThemePicker;

/// Device and account settings.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <PageFrame title="Settings" class="settings">
            <ProfileSettings />
            <AccountSecurity />
            <section aria-labelledby="appearance">
                <h2 id="appearance">"Appearance"</h2>
                <ThemePicker />
            </section>
            <BackendSetting />
        </PageFrame>
    }
}
