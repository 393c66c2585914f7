//! One module per route, named for it. Pages compose components and read route state.

pub mod calendar;
pub mod discover;
pub mod drafts;
pub mod event;
pub mod group_about;
pub mod group_events;
pub mod group_feed;
pub mod group_members;
pub mod group_mod;
pub mod home;
pub mod login;
pub mod new_group;
pub mod not_found;
pub mod post;
pub mod settings;
pub mod signup;

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// A route parameter as a signal; empty when absent.
pub(crate) fn param(name: &'static str) -> Signal<String> {
    let params = use_params_map();
    Signal::derive(move || params.with(|p| p.get(name).unwrap_or_default()))
}
