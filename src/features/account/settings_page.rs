use leptos::prelude::*;

use crate::core::session::use_session;
use crate::features::account::account_security::AccountSecurity;
use crate::features::account::backend_setting::BackendSetting;
use crate::features::account::language_picker::LanguagePicker;
use crate::features::account::profile_settings::ProfileSettings;
use crate::features::account::theme_picker::ThemePicker;
use crate::features::notifications::block_button::BlockedMembers;
use crate::features::notifications::push_settings::PushSettings;
use crate::tr;
use crate::ui::page_frame::PageFrame;

/// Device and account settings.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let session = use_session();
    view! {
        <PageFrame title=tr!("account-settings-title") class="settings">
            <ProfileSettings />
            <Show when=move || session.is_logged_in()>
                <PushSettings />
                <BlockedMembers />
            </Show>
            <AccountSecurity />
            <section aria-labelledby="appearance">
                <h2 id="appearance">{tr!("account-appearance")}</h2>
                <ThemePicker />
                <LanguagePicker />
            </section>
            <BackendSetting />
        </PageFrame>
    }
}
