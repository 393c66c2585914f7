use leptos::prelude::*;

use crate::features::account::account_security::AccountSecurity;
use crate::features::account::backend_setting::BackendSetting;
use crate::features::account::profile_settings::ProfileSettings;
use crate::features::account::theme_picker::ThemePicker;
use crate::ui::page_frame::PageFrame;

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
