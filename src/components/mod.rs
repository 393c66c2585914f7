//! Reusable pieces of pages, one concern each, named for what the member sees.

pub mod backend_setting;
pub mod config_error;
pub mod markdown_editor;
pub mod markdown_view;
pub mod notice_area;
pub mod page_frame;
pub mod session_expired;
pub mod site_footer;
pub mod site_header;
pub mod skip_link;
pub mod theme_picker;
pub mod virtual_feed;
