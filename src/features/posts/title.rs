//! How a post is named where its title may be gone (deleted by its author, or removed by a
//! moderator). Tested natively below.

use kith_api::Post;

/// How a post is named in headings and links. A post deleted by its author, or removed by a
/// moderator (for members), comes without its title: name it as a tombstone instead of showing
/// an empty heading or link.
pub fn post_title(p: &Post) -> String {
    title_or_tombstone(&p.title, p.deleted, p.removed)
}

/// [`post_title`] from its parts (a report's context says `removed` but not `deleted`).
pub fn title_or_tombstone(title: &str, deleted: bool, removed: bool) -> String {
    if !title.trim().is_empty() {
        title.to_string()
    } else if deleted {
        crate::tr!("posts-tombstone-deleted")
    } else if removed {
        crate::tr!("posts-tombstone-removed")
    } else {
        crate::tr!("posts-tombstone-untitled")
    }
}

/// Whether a post is shown as a tombstone (its title and text are gone).
pub fn is_tombstone(p: &Post) -> bool {
    p.title.trim().is_empty() && (p.deleted || p.removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(title: &str, deleted: bool, removed: bool) -> kith_api::Post {
        kith_api::Post {
            id: 1,
            group: kith_api::GroupRef { slug: "hiking".into(), name: "Hiking".into() },
            author: kith_api::UserRef { id: 1, username: "carol".into(), display_name: "Carol".into() },
            title: title.into(),
            body: String::new(),
            created_at: "2026-11-27T10:00:00Z".into(),
            edited_at: None,
            pinned: false,
            locked: false,
            removed,
            deleted,
            comment_count: 2,
            reactions: vec![],
            permissions: kith_api::Permissions::default(),
            author_blocked: false,
            etag: "\"p1\"".into(),
        }
    }

    #[test]
    fn posts_without_their_title_are_named_as_tombstones() {
        assert_eq!(post_title(&post("Sunday loop", false, false)), "Sunday loop");
        assert_eq!(post_title(&post("", true, false)), "Deleted post");
        assert_eq!(post_title(&post("", false, true)), "Removed by a moderator");
        assert_eq!(post_title(&post("  ", true, true)), "Deleted post");
        assert!(is_tombstone(&post("", false, true)));
        // A moderator still sees a removed post's title.
        assert_eq!(post_title(&post("Spam", false, true)), "Spam");
        assert!(!is_tombstone(&post("Spam", false, true)));
        assert_eq!(post_title(&post("", false, false)), "Untitled post");
    }
}
