//! Moderation: a group's tools for its moderators and owners (the report queue, join requests,
//! members with roles, mutes and bans, guidelines, the moderation log, group health charts), and
//! the report button members use. Plain logic, tested natively beside it: `mod_view` (tab and
//! log filters in the URL), `sanctions`, `report_actions`, `health`; end-to-end: tests/e2e
//! (moderation.spec.js).

pub mod api;
pub mod group_mod_page;
pub mod guidelines;
pub mod health;
pub mod health_panel;
pub mod join_requests;
pub mod member_tools;
pub mod mod_kit;
pub mod mod_log;
pub mod mod_view;
pub mod problems;
pub mod remove_in_place;
pub mod report_actions;
pub mod report_button;
pub mod report_queue;
pub mod sanctions;
pub mod weekly_chart;
