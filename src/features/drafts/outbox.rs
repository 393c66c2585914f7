//! The outbox as a context: posts, comments, event answers and date-poll answers made offline
//! wait here, shown as pending, and are sent in order when the connection returns (the `online`
//! event and app start), each with its Idempotency-Key so nothing is sent twice.

use leptos::prelude::*;

use kith_api::{Comment, NewComment, NewPost, PollVotes, Post, RsvpOutcome};

use crate::core::api::{Api, ApiError};
use crate::core::notices::{NoticeKind, Notices, use_notices};
use crate::core::storage::WebStorage;
use crate::features::drafts::outbox_store::{
    ItemState, OutboxItem, Pending, enqueue, load_outbox, next_waiting, outbox_key, save_outbox,
};

/// Whether a failed write should wait in the outbox: the server could not be reached.
pub fn offline_error(e: &ApiError) -> bool {
    matches!(e, ApiError::Network(_) | ApiError::Timeout)
}

/// How long the outbox waits before its next try after `round` failed ones in a row.
pub fn retry_delay(round: u32) -> std::time::Duration {
    std::time::Duration::from_secs((5u64 << round.min(4)).min(60))
}

/// What the server returned for a sent item, so pages can show it in place of the pending one.
#[derive(Clone, Debug)]
pub enum Delivered {
    Post(Post),
    Comment(Comment),
    Rsvp(i64, Box<RsvpOutcome>),
    /// The id of a poll whose answers were sent from the outbox.
    Poll(i64),
}

#[derive(Clone, Copy)]
pub struct Outbox {
    pub items: RwSignal<Vec<OutboxItem>>,
    /// The latest delivery (pages watch it to swap pending items for real ones).
    pub delivered: RwSignal<Option<Delivered>>,
    sending: StoredValue<bool>,
    /// Failed rounds in a row while the browser said it was online (the server was down, or
    /// the network flapped); the next round waits longer.
    backoff: StoredValue<u32>,
    /// A retry is already scheduled: later failed rounds (from `online`, a new item, a Retry)
    /// must not start more timers beside it.
    retry_pending: StoredValue<bool>,
    api: Api,
    notices: Notices,
}

impl Outbox {
    fn key(&self) -> String {
        let user =
            self.api.session.username_untracked().unwrap_or_else(|| crate::core::storage::GUEST.into());
        outbox_key(&self.api.backend.base.get_untracked(), &user)
    }

    fn persist(&self) {
        let items = self.items.get_untracked();
        if let Err(e) = save_outbox(&WebStorage::Local, &self.key(), &items) {
            self.notices
                .push(NoticeKind::Warning, crate::tr!("drafts-outbox-save-failed", problem = e.to_string()));
        }
    }

    fn reload(&self) {
        match load_outbox(&WebStorage::Local, &self.key()) {
            Ok(items) => self.items.set(items),
            Err(message) => {
                self.items.set(Vec::new());
                self.notices.push(NoticeKind::Warning, message);
            }
        }
    }

    /// Queues a write made while offline (its id is the Idempotency-Key already used, if any).
    pub fn add(&self, id: String, what: Pending) {
        let item =
            OutboxItem { id, what, created_at: js_sys::Date::now(), state: ItemState::Waiting, attempts: 0 };
        self.items.update(|items| enqueue(items, item));
        self.persist();
        self.flush();
    }

    pub fn retry(&self, id: &str) {
        self.items.update(|items| {
            if let Some(i) = items.iter_mut().find(|i| i.id == id) {
                i.state = ItemState::Waiting;
            }
        });
        self.persist();
        self.flush();
    }

    pub fn discard(&self, id: &str) {
        self.items.update(|items| items.retain(|i| i.id != id));
        self.persist();
    }

    /// Sends waiting items one by one, oldest first, until one cannot reach the server.
    pub fn flush(&self) {
        if self.sending.get_value() || !web_sys::window().is_none_or(|w| w.navigator().on_line()) {
            return;
        }
        let this = *self;
        self.sending.set_value(true);
        leptos::task::spawn_local(async move {
            while let Some(i) = this.items.with_untracked(|items| next_waiting(items)) {
                let Some(item) = this.items.with_untracked(|items| items.get(i).cloned()) else { break };
                let result = this.send(&item).await;
                match result {
                    Ok(done) => {
                        this.backoff.set_value(0);
                        this.items.update(|items| items.retain(|x| x.id != item.id));
                        this.persist();
                        this.delivered.set(Some(done));
                    }
                    Err(ApiError::Network(_) | ApiError::Timeout) => {
                        this.retry_later();
                        break;
                    }
                    Err(ApiError::Aborted) => break,
                    Err(e) if e.needs_login() => {
                        // Kept waiting: sent once the member has logged in again.
                        break;
                    }
                    Err(e) => {
                        // No field beside it here: a refusal names its field's problem itself.
                        let message =
                            e.field_errors().first().map_or_else(|| e.user_message(), |f| f.detail.clone());
                        this.items.update(|items| {
                            if let Some(x) = items.iter_mut().find(|x| x.id == item.id) {
                                x.state = ItemState::Failed { message };
                                x.attempts += 1;
                            }
                        });
                        this.persist();
                    }
                }
            }
            this.sending.set_value(false);
        });
    }

    /// Tries again after 5 s, 10 s, 20 s … up to a minute while the browser believes it is
    /// online; going offline and back fires `online`, which sends at once.
    fn retry_later(&self) {
        let online = web_sys::window().is_some_and(|w| w.navigator().on_line());
        if !online || self.retry_pending.get_value() {
            return;
        }
        let round = self.backoff.get_value();
        self.backoff.set_value(round.saturating_add(1));
        self.retry_pending.set_value(true);
        let this = *self;
        set_timeout(
            move || {
                this.retry_pending.set_value(false);
                this.flush();
            },
            retry_delay(round),
        );
    }

    async fn send(&self, item: &OutboxItem) -> Result<Delivered, ApiError> {
        let key = Some(item.id.as_str());
        match &item.what {
            Pending::Post { slug, title, body, .. } => self
                .api
                .create_post(slug, &NewPost { title: title.clone(), body: body.clone() }, key)
                .await
                .map(Delivered::Post),
            Pending::Comment { post_id, parent_id, body, .. } => self
                .api
                .create_comment(*post_id, &NewComment { body: body.clone(), parent_id: *parent_id }, key)
                .await
                .map(Delivered::Comment),
            Pending::Rsvp { event_id, status, .. } => {
                self.api.rsvp(*event_id, *status).await.map(|o| Delivered::Rsvp(*event_id, Box::new(o)))
            }
            Pending::PollVotes { poll_id, answers, .. } => self
                .api
                .send_poll_votes(*poll_id, &PollVotes { answers: answers.clone() })
                .await
                .map(|()| Delivered::Poll(*poll_id)),
        }
    }
}

/// Sets up the outbox: loads it, sends what waits, and sends again whenever the browser comes
/// back online or the member changes.
pub fn provide_outbox(api: Api) -> Outbox {
    let o = Outbox {
        items: RwSignal::new(Vec::new()),
        delivered: RwSignal::new(None),
        sending: StoredValue::new(false),
        backoff: StoredValue::new(0),
        retry_pending: StoredValue::new(false),
        api,
        notices: use_notices(),
    };
    o.reload();
    let online = window_event_listener_untyped("online", move |_| o.flush());
    // Another tab changed the outbox: show its state (the server dedupes any double send).
    let storage = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().is_some_and(|k| k.starts_with("kith.outbox.")) {
            o.reload();
        }
    });
    on_cleanup(move || {
        online.remove();
        storage.remove();
    });
    // A different member (or backend) has a different outbox; a login sends what waited.
    let current = api.session.current;
    Effect::new(move |_| {
        current.track();
        o.reload();
        o.flush();
    });
    provide_context(o);
    o
}

pub fn use_outbox() -> Outbox {
    use_context::<Outbox>().expect("provide_outbox runs before any page")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_slow_down_to_a_minute() {
        let secs: Vec<u64> = (0..7).map(|r| retry_delay(r).as_secs()).collect();
        assert_eq!(secs, [5, 10, 20, 40, 60, 60, 60]);
        assert_eq!(retry_delay(u32::MAX).as_secs(), 60);
    }
}
