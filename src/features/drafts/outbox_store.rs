//! The outbox: writes made offline, kept in browser storage in order until the server has them.
//! Each carries the Idempotency-Key it is sent with, so retries never create copies.
//!
//! The stored form is a JSON array of items, each with its `what` tagged by `kind`. Kinds are
//! only ever added (`poll_votes` came after `post`, `comment` and `rsvp`), so what older
//! versions stored still reads; an item this version does not understand (a newer version's,
//! in another tab) is neither shown nor sent, and stays stored as it was.

use serde::{Deserialize, Serialize};

use kith_api::{PollAnswer, PollVote, RsvpChoice};

use crate::core::route_table::Route;
use crate::core::storage::{KvStore, StorageError};
use crate::tr;

/// What waits to be sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pending {
    Post {
        slug: String,
        group_name: String,
        title: String,
        body: String,
    },
    Comment {
        slug: String,
        post_id: i64,
        parent_id: Option<i64>,
        post_title: String,
        body: String,
    },
    Rsvp {
        slug: String,
        event_id: i64,
        event_title: String,
        status: RsvpChoice,
    },
    /// Answers to a date poll (`PUT /polls/{id}/votes`); later answers to the same poll join it.
    PollVotes {
        slug: String,
        poll_id: i64,
        poll_title: String,
        answers: Vec<PollVote>,
    },
}

impl Pending {
    /// A line for lists: what it is and where.
    pub fn describe(&self) -> String {
        match self {
            Pending::Post { group_name, title, .. } => {
                tr!("drafts-pending-post", title = title, group = group_name)
            }
            Pending::Comment { post_title, parent_id: Some(_), .. } => {
                tr!("drafts-pending-reply", post = post_title)
            }
            Pending::Comment { post_title, .. } => tr!("drafts-pending-comment", post = post_title),
            Pending::Rsvp { event_title, status, .. } => {
                let status = match status {
                    RsvpChoice::Going => "going",
                    RsvpChoice::Maybe => "maybe",
                    RsvpChoice::Declined => "declined",
                };
                tr!("drafts-pending-rsvp", status = status, event = event_title)
            }
            Pending::PollVotes { poll_title, answers, .. } => match answers.as_slice() {
                [one] => {
                    let answer = match one.answer {
                        PollAnswer::Yes => "yes",
                        PollAnswer::IfNeedBe => "if-need-be",
                        PollAnswer::No => "no",
                    };
                    tr!("drafts-pending-poll-answer", answer = answer, poll = poll_title)
                }
                many => tr!("drafts-pending-poll-answers", count = many.len(), poll = poll_title),
            },
        }
    }

    /// Where it belongs in the app.
    pub fn url(&self) -> String {
        match self {
            Pending::Post { slug, .. } => Route::feed(slug),
            Pending::Comment { slug, post_id, .. } => Route::post(slug, *post_id),
            Pending::Rsvp { slug, event_id, .. } => Route::event(slug, *event_id),
            Pending::PollVotes { slug, poll_id, .. } => Route::poll(slug, *poll_id),
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

/// The stored outbox read item by item: the items this version understands, and the others
/// (kept aside untouched: items of a newer version that look like items, with an `id`).
/// `None` when the whole is not a list at all.
fn parse_outbox(raw: &str) -> Option<(Vec<OutboxItem>, Vec<serde_json::Value>)> {
    let entries: Vec<serde_json::Value> = serde_json::from_str(raw).ok()?;
    let mut items = Vec::new();
    let mut foreign = Vec::new();
    for entry in entries {
        match serde_json::from_value::<OutboxItem>(entry.clone()) {
            Ok(item) => items.push(item),
            Err(_) if entry.get("id").is_some_and(serde_json::Value::is_string) => foreign.push(entry),
            Err(_) => {}
        }
    }
    Some((items, foreign))
}

/// Reads the outbox; unreadable contents are reported, not trusted. Items of kinds this
/// version does not know are left out (and left stored).
pub fn load_outbox(store: &dyn KvStore, key: &str) -> Result<Vec<OutboxItem>, String> {
    match store.get(key) {
        Ok(None) => Ok(Vec::new()),
        Ok(Some(raw)) => {
            parse_outbox(&raw).map(|(items, _)| items).ok_or_else(|| tr!("drafts-outbox-unreadable"))
        }
        Err(e) => Err(tr!("drafts-outbox-read-failed", problem = e.to_string())),
    }
}

/// Writes the outbox, keeping after `items` the stored items this version does not understand.
pub fn save_outbox(store: &dyn KvStore, key: &str, items: &[OutboxItem]) -> Result<(), StorageError> {
    let foreign = match store.get(key) {
        Ok(Some(raw)) => parse_outbox(&raw).map(|(_, f)| f).unwrap_or_default(),
        _ => Vec::new(),
    };
    let foreign: Vec<serde_json::Value> = foreign
        .into_iter()
        .filter(|f| !items.iter().any(|i| f.get("id").and_then(|v| v.as_str()) == Some(i.id.as_str())))
        .collect();
    if items.is_empty() && foreign.is_empty() {
        return store.remove(key);
    }
    let mut all = Vec::with_capacity(items.len() + foreign.len());
    for item in items {
        all.push(serde_json::to_value(item).map_err(|e| StorageError::Other(e.to_string()))?);
    }
    all.extend(foreign);
    let json = serde_json::to_string(&all).map_err(|e| StorageError::Other(e.to_string()))?;
    store.set(key, &json)
}

/// Answers to one poll, `newer` over `older` option by option (in the order first given).
pub fn merge_votes(older: &[PollVote], newer: &[PollVote]) -> Vec<PollVote> {
    let mut out: Vec<PollVote> = older.to_vec();
    for v in newer {
        match out.iter_mut().find(|o| o.option_id == v.option_id) {
            Some(o) => o.answer = v.answer,
            None => out.push(v.clone()),
        }
    }
    out
}

/// Adds an item at the end; a newer answer to an event replaces one still waiting, and newer
/// answers to a poll join the ones still waiting (the later answer to an option wins).
pub fn enqueue(items: &mut Vec<OutboxItem>, mut item: OutboxItem) {
    if let Pending::Rsvp { event_id, .. } = &item.what {
        let id = *event_id;
        items.retain(|i| !matches!(&i.what, Pending::Rsvp { event_id, .. } if *event_id == id));
    }
    if let Pending::PollVotes { poll_id, answers, .. } = &mut item.what {
        let id = *poll_id;
        let mut merged: Vec<PollVote> = Vec::new();
        for old in items.iter() {
            if let Pending::PollVotes { poll_id, answers: a, .. } = &old.what
                && *poll_id == id
            {
                merged = merge_votes(&merged, a);
            }
        }
        *answers = merge_votes(&merged, answers);
        items.retain(|i| !matches!(&i.what, Pending::PollVotes { poll_id, .. } if *poll_id == id));
    }
    if !items.iter().any(|i| i.id == item.id) {
        items.push(item);
    }
}

/// A poll's answers waiting to be sent (not the ones the server refused), to show as pending.
pub fn waiting_votes(items: &[OutboxItem], poll: i64) -> Vec<PollVote> {
    items
        .iter()
        .filter(|i| i.state == ItemState::Waiting)
        .filter_map(|i| match &i.what {
            Pending::PollVotes { poll_id, answers, .. } if *poll_id == poll => Some(answers.clone()),
            _ => None,
        })
        .fold(Vec::new(), |acc, a| merge_votes(&acc, &a))
}

/// Whether anything for this poll is in the outbox (then new answers queue behind it, so they
/// cannot overtake it).
pub fn has_poll_item(items: &[OutboxItem], poll: i64) -> bool {
    items.iter().any(|i| matches!(&i.what, Pending::PollVotes { poll_id, .. } if *poll_id == poll))
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

    fn votes(poll: i64, answers: &[(i64, PollAnswer)]) -> Pending {
        Pending::PollVotes {
            slug: "hiking".into(),
            poll_id: poll,
            poll_title: "When shall we walk?".into(),
            answers: answers.iter().map(|&(option_id, answer)| PollVote { option_id, answer }).collect(),
        }
    }

    #[test]
    fn poll_answers_are_stored_in_their_own_kind() {
        let it = item("v", votes(3, &[(11, PollAnswer::Yes), (12, PollAnswer::IfNeedBe)]));
        let json = serde_json::to_value(&it).unwrap();
        assert_eq!(
            json["what"],
            serde_json::json!({
                "kind": "poll_votes", "slug": "hiking", "poll_id": 3, "poll_title": "When shall we walk?",
                "answers": [{"option_id": 11, "answer": "yes"}, {"option_id": 12, "answer": "if_need_be"}]
            })
        );
        assert_eq!(serde_json::from_value::<OutboxItem>(json).unwrap(), it);
        assert_eq!(it.what.url(), "/g/hiking/polls/3");
        assert_eq!(it.what.describe(), "2 answers in the date poll “When shall we walk?”");
        assert_eq!(
            votes(3, &[(11, PollAnswer::No)]).describe(),
            "Answer “no” in the date poll “When shall we walk?”"
        );
    }

    #[test]
    fn what_older_versions_stored_still_reads() {
        // Written by the version before date polls (no `attempts` yet in the oldest items).
        let old = r#"[
            {"id":"a","what":{"kind":"post","slug":"hiking","group_name":"Hiking","title":"t","body":"b"},"created_at":1.0,"state":{"state":"waiting"}},
            {"id":"b","what":{"kind":"rsvp","slug":"hiking","event_id":7,"event_title":"Walk","status":"going"},"created_at":2.0,"state":{"state":"failed","message":"no"},"attempts":2}
        ]"#;
        let s = MemoryStore::default();
        s.set("k", old).unwrap();
        let items = load_outbox(&s, "k").unwrap();
        assert_eq!(items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(items[1].what, rsvp(7, RsvpChoice::Going));
    }

    #[test]
    fn unknown_kinds_are_left_alone_not_fatal() {
        let stored = r#"[
            {"id":"a","what":{"kind":"post","slug":"hiking","group_name":"Hiking","title":"t","body":"b"},"created_at":1.0,"state":{"state":"waiting"}},
            {"id":"z","what":{"kind":"from_the_future","x":1},"created_at":2.0,"state":{"state":"waiting"}},
            {"id":"v","what":{"kind":"poll_votes","slug":"s","poll_id":1,"poll_title":"p","answers":[{"option_id":1,"answer":"maybe_later"}]},"created_at":3.0,"state":{"state":"waiting"}},
            null, 42
        ]"#;
        let s = MemoryStore::default();
        s.set("k", stored).unwrap();
        let items = load_outbox(&s, "k").unwrap();
        assert_eq!(items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["a"]);
        // Saving (even nothing) keeps the items it could not read, and drops the junk.
        save_outbox(&s, "k", &[]).unwrap();
        let kept: Vec<serde_json::Value> = serde_json::from_str(&s.get("k").unwrap().unwrap()).unwrap();
        assert_eq!(kept.iter().map(|v| v["id"].as_str().unwrap()).collect::<Vec<_>>(), ["z", "v"]);
        save_outbox(&s, "k", &[item("b", post("x"))]).unwrap();
        let kept: Vec<serde_json::Value> = serde_json::from_str(&s.get("k").unwrap().unwrap()).unwrap();
        assert_eq!(kept.iter().map(|v| v["id"].as_str().unwrap()).collect::<Vec<_>>(), ["b", "z", "v"]);
        assert_eq!(load_outbox(&s, "k").unwrap().len(), 1);
    }

    #[test]
    fn newer_poll_answers_join_the_waiting_ones() {
        let mut items = vec![item("p", post("x"))];
        enqueue(&mut items, item("v1", votes(3, &[(11, PollAnswer::Yes), (12, PollAnswer::No)])));
        enqueue(&mut items, item("w", votes(4, &[(21, PollAnswer::No)])));
        enqueue(&mut items, item("v2", votes(3, &[(12, PollAnswer::IfNeedBe), (13, PollAnswer::Yes)])));
        assert_eq!(items.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(), ["p", "w", "v2"]);
        assert_eq!(
            items[2].what,
            votes(3, &[(11, PollAnswer::Yes), (12, PollAnswer::IfNeedBe), (13, PollAnswer::Yes)])
        );
        assert!(has_poll_item(&items, 3) && !has_poll_item(&items, 5));
        assert_eq!(waiting_votes(&items, 4), [PollVote { option_id: 21, answer: PollAnswer::No }]);
        items[1].state = ItemState::Failed { message: "closed".into() };
        assert!(waiting_votes(&items, 4).is_empty());
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
