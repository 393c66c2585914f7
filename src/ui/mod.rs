//! Shared widgets with no knowledge of any feature: the page frame and the shell around it
//! (header, footer, skip link, notices, offline, session and update banners), loading and error
//! views, text fields and topic chips, lists rendered in steps after each paint (`reveal`), Markdown (rules, view and editor), the virtual list,
//! the form-state helper, and the formatting of dates and numbers. Plain logic here (`format`,
//! `markdown`, `virtual_list`, `form`) is tested natively beside it; the components are tested in
//! the browser (tests/browser_*.rs).

pub mod config_error;
pub mod error_summary;
pub mod form;
pub mod format;
pub mod lazy_page;
pub mod loading;
pub mod markdown;
pub mod markdown_editor;
pub mod markdown_view;
pub mod not_found_page;
pub mod notice_area;
pub mod offline_banner;
pub mod page_frame;
pub mod paged_status;
pub mod relogin_form;
pub mod reveal;
pub mod session_expired;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod text_field;
pub mod topic_picker;
pub mod update_banner;
pub mod virtual_feed;
pub mod virtual_list;

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
