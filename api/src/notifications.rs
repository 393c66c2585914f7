//! Notifications, per-group notification levels, blocking, the live stream and web push.
//!
//! A notification is written in the same transaction as the action that causes it, for each
//! member it concerns, unless the member caused it, has blocked its actor, cannot see its
//! content, or has chosen a level that leaves it out (see [`NotificationLevel`]).

use serde::{Deserialize, Serialize};

use crate::common::{GroupRef, Role, UserRef};
use crate::groups::SanctionKind;

/// Why a member is told something.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A comment on my post.
    PostReply,
    /// A reply to my comment.
    CommentReply,
    /// `@username` in a post or comment I can see.
    Mention,
    /// My request to join was approved.
    JoinApproved,
    /// My request to join was denied.
    JoinDenied,
    /// My role in a group changed (`role` says to what).
    RoleChanged,
    /// I was muted or banned (`sanction`, and `until` when it ends).
    Sanctioned,
    /// A new post in a group at level `all`, or the first post after a quiet spell (7 days)
    /// at level `default`.
    NewPost,
    /// A new event in a group I belong to.
    NewEvent,
    /// An event I answered changed its time or place.
    EventChanged,
    /// An event I answered was cancelled.
    EventCancelled,
    /// I moved up from an event's waitlist and am now going.
    WaitlistPromoted,
    /// An event I am going to (or maybe) starts soon: 24 hours and 1 hour before (`until` is
    /// its start).
    EventReminder,
    /// For moderators: a new report in the queue.
    NewReport,
    /// For moderators: a new request to join.
    NewJoinRequest,
    /// A date poll I answered became an event, and I was answered `going` (I said yes; or
    /// waitlisted past capacity) or `maybe` (if need be).
    PollScheduled,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 16] = [
        Self::PostReply,
        Self::CommentReply,
        Self::Mention,
        Self::JoinApproved,
        Self::JoinDenied,
        Self::RoleChanged,
        Self::Sanctioned,
        Self::NewPost,
        Self::NewEvent,
        Self::EventChanged,
        Self::EventCancelled,
        Self::WaitlistPromoted,
        Self::EventReminder,
        Self::NewReport,
        Self::NewJoinRequest,
        Self::PollScheduled,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PostReply => "post_reply",
            Self::CommentReply => "comment_reply",
            Self::Mention => "mention",
            Self::JoinApproved => "join_approved",
            Self::JoinDenied => "join_denied",
            Self::RoleChanged => "role_changed",
            Self::Sanctioned => "sanctioned",
            Self::NewPost => "new_post",
            Self::NewEvent => "new_event",
            Self::EventChanged => "event_changed",
            Self::EventCancelled => "event_cancelled",
            Self::WaitlistPromoted => "waitlist_promoted",
            Self::EventReminder => "event_reminder",
            Self::NewReport => "new_report",
            Self::NewJoinRequest => "new_join_request",
            Self::PollScheduled => "poll_scheduled",
        }
    }

    pub fn parse(s: &str) -> Option<NotificationKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Kinds about the member's own standing: delivered at every level, even `muted`.
    pub fn is_personal(self) -> bool {
        matches!(self, Self::JoinApproved | Self::JoinDenied | Self::RoleChanged | Self::Sanctioned)
    }

    /// Whether a member at `level` in the group hears about this kind.
    pub fn delivered_at(self, level: NotificationLevel) -> bool {
        if self.is_personal() {
            return true;
        }
        match level {
            NotificationLevel::All => true,
            // New posts at `default` are decided by the caller (only after a quiet spell).
            NotificationLevel::Default => true,
            NotificationLevel::Mentions => {
                matches!(
                    self,
                    Self::PostReply
                        | Self::CommentReply
                        | Self::Mention
                        | Self::WaitlistPromoted
                        | Self::PollScheduled
                )
            }
            NotificationLevel::Muted => false,
        }
    }

    /// Pushed at once; other kinds wait for the batch window.
    pub fn is_urgent(self) -> bool {
        matches!(self, Self::Mention | Self::EventReminder)
    }
}

/// How much a member hears from one group (Discourse's tracking levels, simplified).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationLevel {
    /// Everything `default` gives, plus every new post.
    All,
    /// Replies, mentions, events, reminders, moderator items, and the first post after a quiet
    /// spell of 7 days.
    #[default]
    Default,
    /// Only mentions, direct replies and waitlist promotions.
    Mentions,
    /// Nothing but what concerns the member's own standing (join decisions, role, sanctions).
    Muted,
}

impl NotificationLevel {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::All => "all",
            Self::Default => "default",
            Self::Mentions => "mentions",
            Self::Muted => "muted",
        }
    }
    pub fn parse(s: &str) -> Option<NotificationLevel> {
        [Self::All, Self::Default, Self::Mentions, Self::Muted].into_iter().find(|l| l.as_str() == s)
    }
}

/// `PUT /groups/{slug}/notification-level` (members only), also its answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationLevelBody {
    pub level: NotificationLevel,
}

/// What a notification is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TargetType {
    Post,
    Comment,
    Event,
    JoinRequest,
    Report,
    /// A member's standing in the group (role, sanction, join decision): `username` is theirs.
    Member,
}

/// The thing a notification opens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationTarget {
    #[serde(rename = "type")]
    pub kind: TargetType,
    /// The post's, comment's, event's, join request's or report item's id; `null` for members.
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub id: Option<i64>,
    /// For comments: the post they belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_id: Option<i64>,
    /// For members: whose standing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
}

/// One item of the inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: i64,
    pub kind: NotificationKind,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub created_at: String,
    /// `null` while unread.
    #[cfg_attr(feature = "openapi", schema(required = true, format = DateTime))]
    pub read_at: Option<String>,
    /// Who did it; `null` for the server's own (reminders).
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub actor: Option<UserRef>,
    #[cfg_attr(feature = "openapi", schema(required = true))]
    pub group: Option<GroupRef>,
    pub target: NotificationTarget,
    /// Plain text, at most 140 characters: the start of the post, comment or event title.
    pub excerpt: String,
    /// For `sanctioned`: when the sanction ends (`null`: a ban without end). For events: when
    /// the event starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub until: Option<String>,
    /// For `role_changed`: the new role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// For `sanctioned`: which.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sanction: Option<SanctionKind>,
}

/// `GET /notifications`: newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct NotificationQuery {
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 100, default = 20))]
    pub limit: Option<u32>,
    #[cfg_attr(feature = "openapi", param(pattern = "^[A-Za-z0-9_-]*$"))]
    pub cursor: Option<String>,
    /// Only unread items.
    pub unread_only: Option<bool>,
    /// Only items of the group with this slug.
    pub group: Option<String>,
}

/// `GET /notifications/unread-count`, and the answer of `POST /notifications/read`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UnreadCount {
    pub count: u32,
}

/// `POST /notifications/read`: exactly one of `ids` (1–100 of the caller's items) or `up_to`
/// (every item with an id up to and including it). Marking read twice is harmless; ids that
/// are not the caller's are ignored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkRead {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 100))]
    pub ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(minimum = 1))]
    pub up_to: Option<i64>,
}

/// `GET /me/blocks`: the members the caller has blocked (at most 1,000).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BlockList {
    pub items: Vec<UserRef>,
}

/// `POST /stream/ticket`: a single-use ticket for `GET /stream?ticket=…`, valid 60 seconds
/// (an `EventSource` cannot send an `Authorization` header, and the bearer token must never sit
/// in a URL).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StreamTicket {
    pub ticket: String,
    #[cfg_attr(feature = "openapi", schema(format = DateTime))]
    pub expires_at: String,
}

/// Data of the stream's `post_created` event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StreamPost {
    pub id: i64,
    /// The group's slug.
    pub group: String,
}

/// Data of the stream's `comment_created` event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StreamComment {
    pub id: i64,
    pub post_id: i64,
    pub group: String,
}

/// The keys of a browser's `PushSubscription`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushKeys {
    /// The browser's P-256 public key, base64url (65 bytes decoded).
    #[cfg_attr(feature = "openapi", schema(max_length = 128))]
    pub p256dh: String,
    /// The 16-byte authentication secret, base64url.
    #[cfg_attr(feature = "openapi", schema(max_length = 64))]
    pub auth: String,
}

/// `POST /push/subscriptions`: `PushSubscription.toJSON()` as the browser gives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "camelCase")]
pub struct PushSubscriptionBody {
    /// The push service's URL: https, at most 2,048 bytes.
    #[cfg_attr(feature = "openapi", schema(max_length = 2048))]
    pub endpoint: String,
    /// Ignored (browsers send `null`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration_time: Option<serde_json::Value>,
    pub keys: PushKeys,
}

/// `DELETE /push/subscriptions`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushEndpoint {
    #[cfg_attr(feature = "openapi", schema(max_length = 2048))]
    pub endpoint: String,
}

/// What the service worker receives in a push (decrypted): enough to show a notification
/// without a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PushMessage {
    pub title: String,
    pub body: String,
    /// The app's path to open, e.g. `/g/hiking/p/12` (see [`target_path`]).
    pub url: String,
    /// Unread notifications, for the app badge.
    pub unread: u32,
    /// The newest notification's id.
    pub id: i64,
    /// What happened, so the service worker can word `title` in the member's language (`title`
    /// and `body` are English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<NotificationKind>,
    /// Who did it (display name), for the translated title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 64))]
    pub actor: Option<String>,
    /// The group's name, for the translated title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 80))]
    pub group: Option<String>,
    /// For `role_changed`: the new role; for `sanctioned`: `mute` or `ban`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 16))]
    pub detail: Option<String>,
    /// The item's own text (`body` without the unread count), for the translated body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 300))]
    pub excerpt: Option<String>,
    /// Unread items besides this one.
    #[serde(default)]
    pub more: u32,
}

/// Where in the app a notification's target lives (also the page a push opens).
pub fn target_path(n: &Notification) -> String {
    let slug = n.group.as_ref().map(|g| g.slug.as_str()).unwrap_or("");
    if slug.is_empty() {
        return "/notifications".into();
    }
    let id = n.target.id.unwrap_or(0);
    match n.target.kind {
        TargetType::Post => format!("/g/{slug}/p/{id}"),
        TargetType::Comment => match n.target.post_id {
            Some(p) => format!("/g/{slug}/p/{p}#comment-{id}"),
            None => format!("/g/{slug}"),
        },
        TargetType::Event => format!("/g/{slug}/e/{id}"),
        TargetType::JoinRequest => format!("/g/{slug}/mod?tab=requests"),
        TargetType::Report => format!("/g/{slug}/mod"),
        TargetType::Member => format!("/g/{slug}"),
    }
}

/// Finds `@username` mentions in Markdown source: a username (3–32 of `a-z0-9_-`, as accounts
/// allow) after `@` at the start or after a character that is not a letter, digit, `_` or `.`
/// (so e-mail addresses do not count). At most `max` distinct names, lowercased, in order.
pub fn mentions(text: &str, max: usize) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < bytes.len() && out.len() < max {
        if bytes[i] == b'@' {
            let before_ok = i == 0 || {
                let b = bytes[i - 1];
                !(b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || b >= 0x80)
            };
            let mut j = i + 1;
            while j < bytes.len()
                && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b'_' || bytes[j] == b'-')
            {
                j += 1;
            }
            let name = text[i + 1..j].trim_end_matches('-').to_ascii_lowercase();
            if before_ok && (3..=32).contains(&name.len()) && !out.contains(&name) {
                out.push(name);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_skip_emails_and_repeat() {
        assert_eq!(
            mentions("hi @Bob and @alice, mail me at x@example.org; @bob again", 10),
            vec!["bob", "alice"]
        );
        assert_eq!(mentions("@ab too short, @carol_2! @dee-dee-.", 10), vec!["carol_2", "dee-dee"]);
        assert_eq!(mentions("@a1b @c2d @e3f", 2), vec!["a1b", "c2d"]);
        assert!(mentions("ünicode@bob", 10).is_empty());
    }

    #[test]
    fn kinds_round_trip_and_levels() {
        for k in NotificationKind::ALL {
            assert_eq!(NotificationKind::parse(k.as_str()), Some(k));
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
        }
        assert!(NotificationKind::Sanctioned.delivered_at(NotificationLevel::Muted));
        assert!(!NotificationKind::Mention.delivered_at(NotificationLevel::Muted));
        assert!(NotificationKind::Mention.delivered_at(NotificationLevel::Mentions));
        assert!(!NotificationKind::NewEvent.delivered_at(NotificationLevel::Mentions));
    }
}
