use leptos::prelude::*;

use kith_api::{ReactionCount, ReactionKind};

use crate::core::api::use_api;
use crate::tr;

/// A reaction's name as the member reads it ("like").
pub fn reaction_label(kind: ReactionKind) -> String {
    match kind {
        ReactionKind::Like => tr!("posts-reaction-like"),
        ReactionKind::Love => tr!("posts-reaction-love"),
        ReactionKind::Laugh => tr!("posts-reaction-laugh"),
        ReactionKind::Celebrate => tr!("posts-reaction-celebrate"),
        ReactionKind::Insightful => tr!("posts-reaction-insightful"),
    }
}

/// What the reactions belong to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReactionTarget {
    Post(i64),
    Comment(i64),
}

fn toggled(list: &[ReactionCount], kind: ReactionKind) -> Vec<ReactionCount> {
    let mut out: Vec<ReactionCount> = ReactionKind::ALL
        .iter()
        .map(|k| {
            list.iter().find(|r| r.kind == *k).cloned().unwrap_or(ReactionCount {
                kind: *k,
                count: 0,
                mine: false,
            })
        })
        .collect();
    if let Some(r) = out.iter_mut().find(|r| r.kind == kind) {
        if r.mine {
            r.count = r.count.saturating_sub(1);
        } else {
            r.count += 1;
        }
        r.mine = !r.mine;
    }
    out
}

/// The fixed reactions as toggle buttons with counts; a toggle shows at once and is undone if
/// the server refuses.
#[component]
pub fn ReactionBar(
    target: ReactionTarget,
    reactions: Vec<ReactionCount>,
    /// Whether the member may react (a member of the group, logged in).
    #[prop(into)]
    enabled: Signal<bool>,
) -> impl IntoView {
    let api = use_api();
    let list = RwSignal::new(reactions);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let react = move |kind: ReactionKind| {
        if busy.get_untracked() {
            return;
        }
        let before = list.get_untracked();
        list.set(toggled(&before, kind));
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let r = match target {
                ReactionTarget::Post(id) => api.react_post(id, kind).await,
                ReactionTarget::Comment(id) => api.react_comment(id, kind).await,
            };
            match r {
                Ok(now) => list.set(now.reactions),
                Err(e) => {
                    list.set(before);
                    error.set(Some(e.user_message()));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <div class="reactions" role="group" aria-label=tr!("posts-reactions-label")>
            {ReactionKind::ALL
                .into_iter()
                .map(|kind| {
                    let name = StoredValue::new(reaction_label(kind));
                    let entry = move || list.with(|l| l.iter().find(|r| r.kind == kind).map(|r| (r.count, r.mine)).unwrap_or((0, false)));
                    view! {
                        <button
                            type="button"
                            class="reaction"
                            class:mine=move || entry().1
                            class:empty=move || entry().0 == 0
                            aria-pressed=move || entry().1.to_string()
                            aria-label=move || tr!("posts-reaction-aria", reaction = name.get_value(), count = entry().0)
                            title=name.get_value()
                            disabled=move || !enabled.get()
                            on:click=move |_| react(kind)
                        >
                            <span aria-hidden="true">{kind.emoji()}</span>
                            <span class="label" aria-hidden="true">{name.get_value()}</span>
                            <span class="n" aria-hidden="true">{move || entry().0}</span>
                        </button>
                    }
                })
                .collect_view()}
            <span class="field-error" role="alert">{move || error.get()}</span>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_adds_and_removes_the_members_reaction() {
        let start = vec![ReactionCount { kind: ReactionKind::Like, count: 2, mine: false }];
        let on = toggled(&start, ReactionKind::Like);
        assert_eq!(on.len(), ReactionKind::ALL.len());
        assert_eq!((on[0].count, on[0].mine), (3, true));
        let off = toggled(&on, ReactionKind::Like);
        assert_eq!((off[0].count, off[0].mine), (2, false));
        let love = toggled(&[], ReactionKind::Love);
        assert_eq!(love.iter().find(|r| r.kind == ReactionKind::Love).map(|r| r.count), Some(1));
    }
}
