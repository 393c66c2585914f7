//! The outbox: writes made offline, kept in browser storage in order until the server has them.
//! Each carries the Idempotency-Key it is sent with, so retries never create copies.

use serde::{Deserialize, Serialize};

use kith_api::RsvpChoice;

use crate::core::route_table::Route;
use crate::core::storage::{KvStore, StorageError};

/// What waits to be sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pending {
    Post { slug: String, group_name: String, title: String, body: String },
    Comment { slug: String, post_id: i64, parent_id: Option<i64>, post_title: String, body: String },
    Rsvp { slug: String, event_id: i64, event_title: String, status: RsvpChoice },
}

impl Pending {
    /// A line for lists: what it is and where.
    pub fn describe(&self) -> String {
        match self {
            Pending::Post { group_name, title, .. } => format!("Post “{title}” in {group_name}"),
            Pending::Comment { post_title, parent_id: Some(_), .. } => format!("Reply in “{post_title}”"),
            Pending::Comment { post_title, .. } => format!("Comment on “{post_title}”"),
            Pending::Rsvp { event_title, status, .. } => {
                format!(
                    "Answer “{}” to {event_title}",
                    match status {
                        RsvpChoice::Going => "going",
                        RsvpChoice::Maybe => "maybe",
                        RsvpChoice::Declined => "can't go",
                    }
                )
            }
        }
    }

    /// Where it belongs in the app.
    pub fn url(&self) -> String {
        match self {
            Pending::Post { slug, .. } => Route::feed(slug),
            Pending::Comment { slug, post_id, .. } => Route::post(slug, *post_id),
            Pending::Rsvp { slug, event_id, .. } => Route::event(slug, *event_id),
        }
        .href()
    }
}

/// Where an item stands.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ItemState {
    /// Sent when the connection allows.
    Waiting,
    /// The server refused it; it waits for the member to retry or discard.
    Failed { message: String },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutboxItem {
    /// Also the Idempotency-Key sent with it.
    pub id: String,
    pub what: Pending,
    /// Milliseconds since the epoch.
    pub created_at: f64,
    pub state: ItemState,
    #[serde(default)]
    pub attempts: u32,
}

pub fn outbox_key(backend: &str, user: &str) -> String {
    format!("kith.outbox.{}|{user}", if backend.is_empty() { "self" } else { backend })
}

/// Reads the outbox; unreadable contents are reported, not trusted.
pub fn load_outbox(store: &dyn KvStore, key: &str) -> Result<Vec<OutboxItem>, String> {
    match store.get(key) {
        Ok(None) => Ok(Vec::new()),
        Ok(Some(raw)) => {
            serde_json::from_str(&raw).map_err(|_| "The outbox in this browser was unreadable.".to_string())
        }
        Err(e) => Err(format!("The outbox cannot be read: {e}.")),
    }
}

pub fn save_outbox(store: &dyn KvStore, key: &str, items: &[OutboxItem]) -> Result<(), StorageError> {
    if items.is_empty() {
        return store.remove(key);
    }
    let json = serde_json::to_string(items).map_err(|e| StorageError::Other(e.to_string()))?;
    store.set(key, &json)
}

/// Adds an item at the end; a newer answer to an event replaces one still waiting.
pub fn enqueue(items: &mut Vec<OutboxItem>, item: OutboxItem) {
    if let Pending::Rsvp { event_id, .. } = &item.what {
        let id = *event_id;
        items.retain(|i| !matches!(&i.what, Pending::Rsvp { event_id, .. } if *event_id == id));
    }
    if !items.iter().any(|i| i.id == item.id) {
        items.push(item);
    }
}

/// The next item to send: the oldest waiting one (failed ones wait for a retry).
pub fn next_waiting(items: &[OutboxItem]) -> Option<usize> {
    items.iter().position(|i| i.state == ItemState::Waiting)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::storage::MemoryStore;

    fn item(id: &str, what: Pending) -> OutboxItem {
        OutboxItem { id: id.into(), what, created_at: 1.0, state: ItemState::Waiting, attempts: 0 }
    }
    fn post(title: &str) -> Pending {
        Pending::Post {
            slug: "hiking".into(),
            group_name: "Hiking".into(),
            title: title.into(),
            body: "b".into(),
        }
    }
    fn rsvp(event: i64, status: RsvpChoice) -> Pending {
        Pending::Rsvp { slug: "hiking".into(), event_id: event, event_title: "Walk".into(), status }
    }

    #[test]
    fn items_keep_their_order_and_survive_storage() {
        let s = MemoryStore::default();
        let key = outbox_key("", "carol");
        let mut items = Vec::new();
        enqueue(&mut items, item("a", post("first")));
        enqueue(&mut items, item("b", post("second")));
        enqueue(&mut items, item("a", post("first again")));
        save_outbox(&s, &key, &items).unwrap();
        let back = load_outbox(&s, &key).unwrap();
        assert_eq!(back.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        save_outbox(&s, &key, &[]).unwrap();
        assert_eq!(s.get(&key).unwrap(), None);
    }

    #[test]
    fn a_newer_answer_replaces_the_waiting_one() {
        let mut items = vec![item("p", post("x"))];
        enqueue(&mut items, item("r1", rsvp(7, RsvpChoice::Going)));
        enqueue(&mut items, item("r2", rsvp(8, RsvpChoice::Maybe)));
        enqueue(&mut items, item("r3", rsvp(7, RsvpChoice::Declined)));
        assert_eq!(items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["p", "r2", "r3"]);
        assert_eq!(items[2].what.describe(), "Answer “can't go” to Walk");
    }

    #[test]
    fn failed_items_wait_and_corrupt_storage_is_reported() {
        let mut items = vec![item("a", post("x")), item("b", post("y"))];
        items[0].state = ItemState::Failed { message: "refused".into() };
        assert_eq!(next_waiting(&items), Some(1));
        let s = MemoryStore::default();
        s.set(&outbox_key("", "carol"), "{oops").unwrap();
        assert!(load_outbox(&s, &outbox_key("", "carol")).is_err());
        assert!(load_outbox(&MemoryStore::disabled(), "k").is_err());
    }
}
