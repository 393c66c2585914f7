//! Threading comments from a flat, oldest-first list by `parent_id`.

use std::collections::{HashMap, HashSet};

use kith_api::Comment;

/// Comment ids by parent (`None`: top level), each list oldest first. A comment whose parent
/// is not in the list (not loaded, or from elsewhere) is shown at the top level rather than lost.
pub fn children_index(comments: &[Comment]) -> HashMap<Option<i64>, Vec<i64>> {
    let ids: HashSet<i64> = comments.iter().map(|c| c.id).collect();
    let mut index: HashMap<Option<i64>, Vec<i64>> = HashMap::new();
    for c in comments {
        let parent = c.parent_id.filter(|p| ids.contains(p) && *p != c.id);
        index.entry(parent).or_default().push(c.id);
    }
    index
}

/// How many replies sit below a comment, at any depth (guarded against cycles).
pub fn descendants(index: &HashMap<Option<i64>, Vec<i64>>, id: i64) -> usize {
    let mut seen = HashSet::new();
    let mut stack = vec![id];
    let mut n = 0;
    while let Some(x) = stack.pop() {
        if !seen.insert(x) {
            continue;
        }
        if let Some(kids) = index.get(&Some(x)) {
            n += kids.iter().filter(|k| !seen.contains(*k)).count();
            stack.extend(kids.iter().copied());
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::{Permissions, UserRef};

    fn c(id: i64, parent: Option<i64>) -> Comment {
        Comment {
            id,
            post_id: 1,
            parent_id: parent,
            author: UserRef { id: 1, username: "carol".into(), display_name: "Carol".into() },
            body: format!("comment {id}"),
            created_at: "2026-11-27T10:00:00Z".into(),
            edited_at: None,
            removed: false,
            deleted: false,
            reactions: vec![],
            permissions: Permissions::default(),
            etag: "\"e\"".into(),
        }
    }

    #[test]
    fn threads_keep_order_and_rescue_orphans() {
        let list = vec![c(1, None), c(2, Some(1)), c(3, None), c(4, Some(2)), c(5, Some(99)), c(6, Some(1))];
        let idx = children_index(&list);
        assert_eq!(idx[&None], vec![1, 3, 5]);
        assert_eq!(idx[&Some(1)], vec![2, 6]);
        assert_eq!(idx[&Some(2)], vec![4]);
        assert_eq!(descendants(&idx, 1), 3);
        assert_eq!(descendants(&idx, 3), 0);
    }

    #[test]
    fn a_self_parent_does_not_loop() {
        let idx = children_index(&[c(7, Some(7))]);
        assert_eq!(idx[&None], vec![7]);
        assert_eq!(descendants(&idx, 7), 0);
    }
}
