//! Threading comments from a flat, oldest-first list by `parent_id`, and the window of a
//! thread that is shown at once: nesting up to [`VISUAL_LEVELS`] levels, deeper replies behind
//! "Continue this thread" (a page of their own, `?thread=<id>`). Everything here is iterative:
//! a thread hundreds of replies deep (or a parent cycle from a broken backend) costs neither
//! stack nor an unbounded DOM.

use std::collections::{HashMap, HashSet};

use kith_api::Comment;

/// How many levels of a thread are shown nested on one page; deeper replies continue on a page
/// that starts at the last shown comment.
pub const VISUAL_LEVELS: usize = 6;

/// Comment ids by parent (`None`: top level), each list oldest first. A comment whose parent
/// is not in the list (not loaded, or from elsewhere) is shown at the top level rather than lost,
/// and so is one comment of every parent cycle (which a correct backend never sends).
pub fn children_index(comments: &[Comment]) -> HashMap<Option<i64>, Vec<i64>> {
    let ids: HashSet<i64> = comments.iter().map(|c| c.id).collect();
    let mut index: HashMap<Option<i64>, Vec<i64>> = HashMap::new();
    for c in comments {
        let parent = c.parent_id.filter(|p| ids.contains(p) && *p != c.id);
        index.entry(parent).or_default().push(c.id);
    }
    // Comments not reachable from the top level sit on cycles (or below one): lift the first
    // of each to the top level, which makes the rest reachable.
    let mut reached = HashSet::new();
    let mut stack: Vec<i64> = index.get(&None).cloned().unwrap_or_default();
    loop {
        while let Some(id) = stack.pop() {
            if reached.insert(id)
                && let Some(kids) = index.get(&Some(id))
            {
                stack.extend(kids.iter().copied());
            }
        }
        let Some(lost) = comments.iter().find(|c| !reached.contains(&c.id)) else { break };
        let (id, parent) = (lost.id, lost.parent_id);
        if let Some(siblings) = index.get_mut(&parent) {
            siblings.retain(|x| *x != id);
        }
        index.entry(None).or_default().push(id);
        stack.push(id);
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

/// Each comment's parent as threaded by [`children_index`] (`None`: shown at the top level).
pub fn parents(index: &HashMap<Option<i64>, Vec<i64>>) -> HashMap<i64, Option<i64>> {
    index.iter().flat_map(|(parent, kids)| kids.iter().map(move |k| (*k, *parent))).collect()
}

/// How deep a comment sits (1: on the post): what the server says, or what the loaded parents
/// show if that is deeper (a backend that does not send `depth`).
pub fn depth_of(parents: &HashMap<i64, Option<i64>>, id: i64, reported: u32) -> u32 {
    let mut depth = 1u32;
    let mut at = id;
    let mut seen = HashSet::new();
    while let Some(Some(p)) = parents.get(&at) {
        if !seen.insert(*p) {
            break;
        }
        depth = depth.saturating_add(1);
        at = *p;
    }
    depth.max(reported)
}

/// Whether a comment may still be answered: replies nest at most `max_depth` deep.
pub fn can_nest_reply(depth: u32, max_depth: u32) -> bool {
    depth < max_depth.max(1)
}

/// The `?thread=` of a post page: a comment id, or nothing for the whole discussion.
pub fn parse_thread_param(value: Option<&str>) -> Option<i64> {
    value.and_then(|v| v.trim().parse::<i64>().ok()).filter(|id| *id > 0)
}

/// One comment shown in a window of a thread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: i64,
    /// 0 for the window's roots.
    pub level: usize,
    /// Replies below this comment not shown here (behind "Continue this thread"); 0 when its
    /// replies are shown, or it has none.
    pub continues: usize,
}

/// What one page shows of a discussion: the rows in reading order (depth first, oldest first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Window {
    pub rows: Vec<Row>,
}

impl Window {
    /// A comment's place in the window, if it is shown.
    pub fn row(&self, id: i64) -> Option<Row> {
        self.rows.iter().find(|r| r.id == id).copied()
    }
}

/// The window of a discussion that starts at `root` (`None`: the whole discussion; `Some(id)`:
/// one comment as the root of its sub-thread), `levels` deep. Comments at the last level keep
/// their replies for a page of their own.
pub fn window(index: &HashMap<Option<i64>, Vec<i64>>, root: Option<i64>, levels: usize) -> Window {
    let levels = levels.max(1);
    let roots: Vec<i64> = match root {
        None => index.get(&None).cloned().unwrap_or_default(),
        Some(id) if parents(index).contains_key(&id) => vec![id],
        Some(_) => Vec::new(),
    };
    let mut rows = Vec::new();
    let mut seen = HashSet::new();
    // Depth first with an explicit stack: children pushed in reverse keep oldest first.
    let mut stack: Vec<(i64, usize)> = roots.into_iter().rev().map(|id| (id, 0)).collect();
    while let Some((id, level)) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        let kids = index.get(&Some(id)).map_or(&[][..], Vec::as_slice);
        if level + 1 >= levels {
            rows.push(Row { id, level, continues: if kids.is_empty() { 0 } else { descendants(index, id) } });
        } else {
            rows.push(Row { id, level, continues: 0 });
            stack.extend(kids.iter().rev().map(|k| (*k, level + 1)));
        }
    }
    Window { rows }
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
            depth: if parent.is_some() { 2 } else { 1 },
            author: UserRef { id: 1, username: "carol".into(), display_name: "Carol".into() },
            body: format!("comment {id}"),
            created_at: "2026-11-27T10:00:00Z".into(),
            edited_at: None,
            removed: false,
            deleted: false,
            reactions: vec![],
            permissions: Permissions::default(),
            author_blocked: false,
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

    #[test]
    fn a_parent_cycle_is_shown_from_its_first_comment_not_lost() {
        let list = vec![c(1, None), c(2, Some(3)), c(3, Some(2)), c(4, Some(3))];
        let idx = children_index(&list);
        assert_eq!(idx[&None], vec![1, 2]);
        let w = window(&idx, None, VISUAL_LEVELS);
        assert_eq!(
            w.rows.iter().map(|r| (r.id, r.level)).collect::<Vec<_>>(),
            [(1, 0), (2, 0), (3, 1), (4, 2)]
        );
    }

    /// A chain: 1 on the post, 2 answering 1, … n answering n - 1.
    fn chain(n: i64) -> Vec<Comment> {
        (1..=n)
            .map(|i| {
                let mut x = c(i, (i > 1).then_some(i - 1));
                x.depth = i as u32;
                x
            })
            .collect()
    }

    #[test]
    fn deep_threads_are_cut_at_the_visual_depth_and_continue_from_the_cut() {
        let idx = children_index(&chain(20));
        let whole = window(&idx, None, 6);
        assert_eq!(whole.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
        assert_eq!(whole.rows.iter().map(|r| r.level).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5]);
        // The sixth shows that 14 replies continue below it.
        assert_eq!(whole.row(6), Some(Row { id: 6, level: 5, continues: 14 }));
        assert!(whole.rows[..5].iter().all(|r| r.continues == 0));
        // Its page starts at it and goes five levels further.
        let next = window(&idx, Some(6), 6);
        assert_eq!(next.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [6, 7, 8, 9, 10, 11]);
        assert_eq!(next.row(11).map(|r| r.continues), Some(9));
        let last = window(&idx, Some(16), 6);
        assert_eq!(last.rows.iter().map(|r| r.id).collect::<Vec<_>>(), [16, 17, 18, 19, 20]);
        assert!(last.rows.iter().all(|r| r.continues == 0));
        // A comment that is not in the discussion: an empty window, not the whole thread.
        assert_eq!(window(&idx, Some(999), 6), Window::default());
    }

    #[test]
    fn three_hundred_nested_replies_cost_neither_stack_nor_rows() {
        let list = chain(300);
        let idx = children_index(&list);
        let w = window(&idx, None, VISUAL_LEVELS);
        assert_eq!(w.rows.len(), VISUAL_LEVELS);
        assert_eq!(w.rows.last().map(|r| r.continues), Some(300 - VISUAL_LEVELS));
        let ps = parents(&idx);
        assert_eq!(depth_of(&ps, 300, list[299].depth), 300);
        assert_eq!(descendants(&idx, 1), 299);
    }

    #[test]
    fn siblings_keep_reading_order_inside_the_window() {
        let list = vec![c(1, None), c(2, Some(1)), c(3, Some(1)), c(4, Some(2)), c(5, None), c(6, Some(4))];
        let idx = children_index(&list);
        let w = window(&idx, None, 3);
        let got: Vec<_> = w.rows.iter().map(|r| (r.id, r.level, r.continues)).collect();
        assert_eq!(got, [(1, 0, 0), (2, 1, 0), (4, 2, 1), (3, 1, 0), (5, 0, 0)]);
    }

    #[test]
    fn replies_stop_at_the_deepest_level_the_server_allows() {
        let list = chain(16);
        let ps = parents(&children_index(&list));
        assert!(can_nest_reply(depth_of(&ps, 15, 15), 16));
        assert!(!can_nest_reply(depth_of(&ps, 16, 16), 16));
        // Without `depth` from the backend, the loaded parents still tell.
        assert_eq!(depth_of(&ps, 16, 1), 16);
        assert!(!can_nest_reply(1, 0), "a limit of 0 still allows no nesting at all");
    }

    #[test]
    fn the_thread_parameter_is_a_positive_id_or_nothing() {
        assert_eq!(parse_thread_param(Some("42")), Some(42));
        assert_eq!(parse_thread_param(Some(" 7 ")), Some(7));
        for bad in ["", "0", "-3", "abc", "1e3", "99999999999999999999"] {
            assert_eq!(parse_thread_param(Some(bad)), None, "{bad}");
        }
        assert_eq!(parse_thread_param(None), None);
    }
}
