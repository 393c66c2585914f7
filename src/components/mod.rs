//! Reusable pieces of pages, one concern each, named for what the member sees.

pub mod account_security;
pub mod backend_setting;
pub mod comment_composer;
pub mod comment_thread;
pub mod config_error;
pub mod draft_status;
pub mod event_calendar;
pub mod event_form;
pub mod group_card;
pub mod group_frame;
pub mod health_chart;
pub mod health_panel;
pub mod join_button;
pub mod loading;
pub mod markdown_editor;
pub mod markdown_view;
pub mod mod_guidelines;
pub mod mod_kit;
pub mod mod_log;
pub mod mod_members;
pub mod mod_reports;
pub mod mod_requests;
pub mod notice_area;
pub mod offline_banner;
pub mod page_frame;
pub mod pending_items;
pub mod post_card;
pub mod post_composer;
pub mod post_detail;
pub mod post_feed;
pub mod profile_settings;
pub mod reaction_bar;
pub mod relogin_form;
pub mod report_button;
pub mod rsvp_buttons;
pub mod session_expired;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod sort_tabs;
pub mod text_field;
pub mod theme_picker;
pub mod topic_picker;
pub mod virtual_feed;

/// Moves keyboard focus to an element by id once the browser has drawn it (it may have just
/// been rendered).
pub fn focus_by_id(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    });
}
