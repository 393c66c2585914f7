//! What a notification says, in one sentence, and how the inbox groups items by day. Plain
//! functions, tested natively.

use kith_api::{Notification, NotificationKind as K, NotificationLevel, Role, SanctionKind};

use crate::tr;

/// Which variant of `notif-headline` a notification reads: its kind, with the new role or the
/// sanction where the kind has one.
pub fn headline_key(n: &Notification) -> &'static str {
    match n.kind {
        K::RoleChanged => match n.role {
            Some(Role::Owner) => "role_changed_owner",
            Some(Role::Moderator) => "role_changed_moderator",
            _ => "role_changed_member",
        },
        K::Sanctioned => match n.sanction {
            Some(SanctionKind::Ban) => "sanctioned_ban",
            _ => "sanctioned_mute",
        },
        k => k.as_str(),
    }
}

/// The sentence an inbox item leads with.
pub fn headline(n: &Notification) -> String {
    let actor = n.actor.as_ref().map(|a| a.display_name.clone()).unwrap_or_else(|| tr!("notif-someone"));
    let group = n.group.as_ref().map(|g| g.name.clone()).unwrap_or_else(|| tr!("notif-a-group"));
    tr!("notif-headline", kind = headline_key(n), actor = actor, group = group)
}

/// The words a level picker shows.
pub fn level_label(l: NotificationLevel) -> String {
    tr!("notif-level", level = l.as_str())
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
        0 => tr!("notif-today"),
        1 => tr!("notif-yesterday"),
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
    tr!("notif-bell-label", count = unread)
}

/// The bell's visible count: large numbers are shortened.
pub fn bell_count(unread: u32) -> Option<String> {
    use crate::core::i18n::intl::number;
    match unread {
        0 => None,
        1..=99 => Some(number(unread as f64)),
        _ => Some(format!("{}+", number(99.0))),
    }
}

/// "3 new posts · show", the button above a feed.
pub fn new_posts_label(n: usize) -> String {
    tr!("notif-new-posts", count = n)
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
        let mut owner = n(K::RoleChanged);
        owner.role = Some(Role::Owner);
        assert_eq!(headline(&owner), "Bob made you an owner of Hiking");
        let mut nowhere = n(K::JoinDenied);
        nowhere.group = None;
        assert_eq!(headline(&nowhere), "Your request to join a group was declined");
        assert_eq!(
            headline(&n(K::PollScheduled)),
            "Bob turned a date poll in Hiking into an event: you are on the list"
        );
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
        assert_eq!(bell_count(7).as_deref(), Some("7"));
        assert_eq!(new_posts_label(1), "1 new post · show");
        assert_eq!(new_posts_label(3), "3 new posts · show");
        assert_eq!(level_label(NotificationLevel::Muted), "Nothing (muted)");
        // The inbox's sentence for visitors: the link, then the rest with its leading space.
        assert_eq!(crate::tr!("notif-login-rest"), " to see what happened in your groups.");
    }
}
