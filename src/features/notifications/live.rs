//! What arrived live for a logged-in member: the unread count (the bell), new notifications and
//! new posts in their groups. These signals live in the first download; the connection that
//! fills them (the event stream, polling, the app badge, opening a clicked push) is the
//! `live` chunk ([`super::stream`]), loaded for members once the page has settled, so
//! visitors never download it and a member's first page is not held up by it.

use leptos::prelude::*;

use kith_api::StreamPost;

use crate::core::api::{Api, Req};
use crate::core::session::Session;

/// `count` of an `UnreadCount` body, read without a JSON parser (this runs in the first
/// download; the stream's chunk parses properly).
pub fn count_of(body: &str) -> Option<u32> {
    let rest = body.split_once("\"count\"")?.1.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// What arrived live; shared through context.
#[derive(Clone, Copy)]
pub struct Live {
    pub unread: RwSignal<u32>,
    /// Notifications from the stream since the app opened, oldest first, as (id, JSON): the
    /// inbox (a chunk) reads them, so the first download carries no notification parser.
    pub arrived: RwSignal<Vec<(i64, String)>>,
    /// Posts made in the member's groups since the app opened, oldest first.
    pub new_posts: RwSignal<Vec<StreamPost>>,
    /// A stream is open (else the count is polled).
    pub streaming: RwSignal<bool>,
    pub(super) generation: StoredValue<u32>,
    pub(super) last_event: StoredValue<Option<i64>>,
}

/// Sets up the signals; everything resets when the member changes (logout, another login).
pub fn provide_live(api: Api, session: Session) -> Live {
    let live = Live {
        unread: RwSignal::new(0),
        arrived: RwSignal::new(Vec::new()),
        new_posts: RwSignal::new(Vec::new()),
        streaming: RwSignal::new(false),
        generation: StoredValue::new(0),
        last_event: StoredValue::new(None),
    };
    provide_context(live);
    Effect::new(move |_| {
        let member = session.username();
        live.unread.set(0);
        live.arrived.set(Vec::new());
        live.new_posts.set(Vec::new());
        live.last_event.set_value(None);
        // The bell's count at once; the stream keeps it live once its chunk is in.
        if member.is_some() {
            leptos::task::spawn_local(async move {
                if let Ok(text) = api.send_text(Req::get("/notifications/unread-count")).await {
                    if let Some(n) = count_of(&text) {
                        live.unread.set(n);
                    }
                }
            });
        }
    });
    live
}

pub fn use_live() -> Option<Live> {
    use_context::<Live>()
}

impl Live {
    pub(super) fn current(&self, epoch: u32) -> bool {
        self.generation.try_get_value() == Some(epoch)
    }

    /// After the member read items here: the count the server answered.
    pub fn set_unread(&self, n: u32) {
        self.unread.set(n);
    }
}

#[cfg(test)]
mod tests {
    use super::count_of;

    #[test]
    fn reads_the_count() {
        assert_eq!(count_of(r#"{"count":12}"#), Some(12));
        assert_eq!(count_of(r#"{ "count" : 0 }"#), Some(0));
        assert_eq!(count_of(r#"{"count":"x"}"#), None);
        assert_eq!(count_of("<html>"), None);
    }
}
