//! The report queue's actions: which make sense for an item, and their words. Tested natively
//! below.

use kith_api::{ReportAction, ReportContext, ReportTarget};

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

/// A button's words for an action.
pub fn action_label(a: ReportAction) -> &'static str {
    match a {
        ReportAction::Remove => "Remove",
        ReportAction::Restore => "Restore",
        ReportAction::Lock => "Lock post",
        ReportAction::Ban => "Ban",
        ReportAction::Dismiss => "Dismiss",
    }
}

/// What an action did, for messages and resolved items.
pub fn action_done(a: ReportAction) -> &'static str {
    match a {
        ReportAction::Remove => "Removed",
        ReportAction::Restore => "Restored",
        ReportAction::Lock => "Locked",
        ReportAction::Ban => "Banned",
        ReportAction::Dismiss => "Dismissed",
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
