//! What a notification says, in one sentence, and how the inbox groups items by day. Plain
//! functions, tested natively.

use kith_api::{Notification, NotificationKind as K, NotificationLevel, Role, SanctionKind};

/// The sentence an inbox item leads with.
pub fn headline(n: &Notification) -> String {
    let who = n.actor.as_ref().map(|a| a.display_name.as_str()).unwrap_or("Someone");
    let group = n.group.as_ref().map(|g| g.name.as_str()).unwrap_or("a group");
    match n.kind {
        K::PostReply => format!("{who} commented on your post in {group}"),
        K::CommentReply => format!("{who} replied to your comment in {group}"),
        K::Mention => format!("{who} mentioned you in {group}"),
        K::JoinApproved => format!("Your request to join {group} was approved"),
        K::JoinDenied => format!("Your request to join {group} was declined"),
        K::RoleChanged => match n.role {
            Some(Role::Owner) => format!("{who} made you an owner of {group}"),
            Some(Role::Moderator) => format!("{who} made you a moderator of {group}"),
            _ => format!("You are now a member of {group} without a moderating role"),
        },
        K::Sanctioned => match n.sanction {
            Some(SanctionKind::Ban) => format!("You were banned from {group}"),
            _ => format!("You were muted in {group}"),
        },
        K::NewPost => format!("{who} posted in {group}"),
        K::NewEvent => format!("New event in {group}"),
        K::EventChanged => format!("An event you answered in {group} changed"),
        K::EventCancelled => format!("An event you answered in {group} was cancelled"),
        K::WaitlistPromoted => "A place opened up: you are going".to_string(),
        K::EventReminder => "Coming up soon".to_string(),
        K::NewReport => format!("{who} reported something in {group}"),
        K::NewJoinRequest => format!("{who} asks to join {group}"),
        K::PollScheduled => format!("{who} turned a date poll in {group} into an event: you are on the list"),
    }
}

/// The words a level picker shows.
pub fn level_label(l: NotificationLevel) -> &'static str {
    match l {
        NotificationLevel::All => "Every new post",
        NotificationLevel::Default => "Replies, mentions and events",
        NotificationLevel::Mentions => "Only mentions and replies",
        NotificationLevel::Muted => "Nothing (muted)",
    }
}

pub const LEVELS: [NotificationLevel; 4] = [
    NotificationLevel::All,
    NotificationLevel::Default,
    NotificationLevel::Mentions,
    NotificationLevel::Muted,
];

/// The heading of a day in the inbox, for a local day number (days since the epoch) relative
/// to today's.
pub fn day_heading(day: i64, today: i64, date_text: &str) -> String {
    match today - day {
        0 => "Today".into(),
        1 => "Yesterday".into(),
        _ => date_text.to_string(),
    }
}

/// Splits items (newest first) into runs of the same local day: (day, indexes).
pub fn by_day(days: &[i64]) -> Vec<(i64, Vec<usize>)> {
    let mut out: Vec<(i64, Vec<usize>)> = Vec::new();
    for (i, d) in days.iter().enumerate() {
        match out.last_mut() {
            Some((day, v)) if day == d => v.push(i),
            _ => out.push((*d, vec![i])),
        }
    }
    out
}

/// The bell's accessible name.
pub fn bell_label(unread: u32) -> String {
    match unread {
        0 => "Notifications".into(),
        1 => "Notifications, 1 unread".into(),
        n => format!("Notifications, {n} unread"),
    }
}

/// The bell's visible count: large numbers are shortened.
pub fn bell_count(unread: u32) -> Option<String> {
    match unread {
        0 => None,
        1..=99 => Some(unread.to_string()),
        _ => Some("99+".into()),
    }
}

/// "3 new posts" above a feed.
pub fn new_posts_label(n: usize) -> String {
    if n == 1 { "1 new post".into() } else { format!("{n} new posts") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::{GroupRef, NotificationTarget, TargetType, UserRef};

    fn n(kind: K) -> Notification {
        Notification {
            id: 1,
            kind,
            created_at: "2026-11-30T10:00:00Z".into(),
            read_at: None,
            actor: Some(UserRef { id: 2, username: "bob".into(), display_name: "Bob".into() }),
            group: Some(GroupRef { slug: "hiking".into(), name: "Hiking".into() }),
            target: NotificationTarget { kind: TargetType::Post, id: Some(5), post_id: None, username: None },
            excerpt: "Hello".into(),
            until: None,
            role: None,
            sanction: None,
        }
    }

    #[test]
    fn every_kind_has_a_sentence() {
        for k in K::ALL {
            assert!(!headline(&n(k)).is_empty());
        }
        assert_eq!(headline(&n(K::PostReply)), "Bob commented on your post in Hiking");
        let mut ban = n(K::Sanctioned);
        ban.sanction = Some(SanctionKind::Ban);
        assert_eq!(headline(&ban), "You were banned from Hiking");
        let mut anon = n(K::Mention);
        anon.actor = None;
        assert_eq!(headline(&anon), "Someone mentioned you in Hiking");
    }

    #[test]
    fn days_group_in_order() {
        assert_eq!(by_day(&[10, 10, 9, 7, 7]), vec![(10, vec![0, 1]), (9, vec![2]), (7, vec![3, 4])]);
        assert!(by_day(&[]).is_empty());
        assert_eq!(day_heading(10, 10, "x"), "Today");
        assert_eq!(day_heading(9, 10, "x"), "Yesterday");
        assert_eq!(day_heading(3, 10, "3 Nov"), "3 Nov");
    }

    #[test]
    fn bell_words() {
        assert_eq!(bell_label(0), "Notifications");
        assert_eq!(bell_label(3), "Notifications, 3 unread");
        assert_eq!(bell_count(0), None);
        assert_eq!(bell_count(120).as_deref(), Some("99+"));
        assert_eq!(new_posts_label(1), "1 new post");
    }
}
