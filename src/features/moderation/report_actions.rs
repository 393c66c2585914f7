//! The report queue's actions: which make sense for an item, and their words. Tested natively
//! below.

use kith_api::{ReportAction, ReportContext, ReportTarget};

use crate::tr;

/// The actions that make sense for a queue item, in the order the queue offers them.
pub fn actions_for(target: &ReportTarget, ctx: &ReportContext) -> Vec<ReportAction> {
    let post = ctx.post.as_ref();
    let (removed, locked) = match target {
        ReportTarget::Member { .. } => return vec![ReportAction::Ban, ReportAction::Dismiss],
        ReportTarget::Post { .. } => (post.is_some_and(|p| p.removed), post.is_some_and(|p| p.locked)),
        ReportTarget::Comment { .. } => {
            (ctx.comment.as_ref().is_some_and(|c| c.removed), post.is_some_and(|p| p.locked))
        }
    };
    let mut out = vec![if removed { ReportAction::Restore } else { ReportAction::Remove }];
    if !locked {
        out.push(ReportAction::Lock);
    }
    out.extend([ReportAction::Ban, ReportAction::Dismiss]);
    out
}

/// A button's words for an action; `member`: the item is a member (its ban bans them, not an
/// author).
pub fn action_label(a: ReportAction, member: bool) -> String {
    match a {
        ReportAction::Remove => tr!("mod-action-remove"),
        ReportAction::Restore => tr!("mod-action-restore"),
        ReportAction::Lock => tr!("mod-action-lock"),
        ReportAction::Ban if member => tr!("mod-action-ban-member"),
        ReportAction::Ban => tr!("mod-action-ban-author"),
        ReportAction::Dismiss => tr!("mod-action-dismiss"),
    }
}

/// An action's key in catalog selectors (its wire name).
pub fn action_key(a: ReportAction) -> &'static str {
    match a {
        ReportAction::Remove => "remove",
        ReportAction::Restore => "restore",
        ReportAction::Lock => "lock",
        ReportAction::Ban => "ban",
        ReportAction::Dismiss => "dismiss",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::format::one_line;
    use kith_api::{ContextComment, ContextPost, UserRef};

    #[test]
    fn queue_actions_fit_the_target() {
        let u = UserRef { id: 1, username: "x".into(), display_name: "X".into() };
        let post = |removed, locked| ContextPost {
            id: 1,
            title: "t".into(),
            body: "b".into(),
            author: u.clone(),
            created_at: String::new(),
            removed,
            locked,
        };
        let ctx = |p: ContextPost, c: Option<bool>| ReportContext {
            post: Some(p),
            comment: c.map(|removed| ContextComment {
                id: 2,
                body: "c".into(),
                author: u.clone(),
                created_at: String::new(),
                removed,
            }),
            parent_comment: None,
            member: Some(u.clone()),
        };
        use ReportAction::*;
        let p = ReportTarget::Post { id: 1 };
        assert_eq!(actions_for(&p, &ctx(post(false, false), None)), [Remove, Lock, Ban, Dismiss]);
        assert_eq!(actions_for(&p, &ctx(post(true, true), None)), [Restore, Ban, Dismiss]);
        let c = ReportTarget::Comment { id: 2 };
        assert_eq!(actions_for(&c, &ctx(post(false, true), Some(true))), [Restore, Ban, Dismiss]);
        let m = ReportTarget::Member { group: "g".into(), username: "x".into() };
        assert_eq!(
            actions_for(&m, &ReportContext { post: None, comment: None, parent_comment: None, member: None }),
            [Ban, Dismiss]
        );
        assert_eq!(one_line("a  b\n\nc", 10), "a b c");
        assert_eq!(action_label(Ban, false), "Ban author");
        assert_eq!(action_label(Lock, true), "Lock post");
        for a in [Remove, Restore, Lock, Ban, Dismiss] {
            assert_eq!(serde_json::to_value(a).unwrap(), action_key(a), "the wire name is the selector key");
        }
        use kith_api::Role::{self, *};
        let allowed: Vec<(Role, Role)> = [Owner, Moderator, Member]
            .into_iter()
            .flat_map(|a| [Owner, Moderator, Member].map(|t| (a, t)))
            .filter(|(a, t)| kith_api::may_sanction(Some(*a), Some(*t)))
            .collect();
        assert_eq!(allowed, [(Owner, Moderator), (Owner, Member), (Moderator, Member)]);
        assert_eq!(one_line("abcdef ghij", 7), "abcdef…");
    }
}
