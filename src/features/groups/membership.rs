//! The caller's standing in each group the app has seen: one record per group that every part of
//! a page reads (the header's member count and tabs, the join button, the composer, the private
//! group's notice, a Discover card), changed by every action at once and then set to what the
//! server answered. Without it each part kept the copy of the group it was drawn with, and a Join
//! showed in the button only.

use std::collections::HashMap;

use leptos::prelude::*;

use kith_api::{Group, Role};

use crate::core::api::Api;
use crate::core::session::Session;

/// Where the caller stands in one group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Standing {
    pub my_role: Option<Role>,
    /// Asked to join, waiting for a moderator.
    pub pending: bool,
    pub member_count: u32,
}

impl Standing {
    /// As the server described it.
    pub fn of(g: &Group) -> Standing {
        Standing { my_role: g.my_role, pending: g.my_request_pending, member_count: g.member_count }
    }

    pub fn is_member(&self) -> bool {
        self.my_role.is_some()
    }

    pub fn can_moderate(&self) -> bool {
        self.my_role.is_some_and(|r| r.can_moderate())
    }

    /// Shown while a join is on its way (the server's answer replaces it).
    pub fn joined(&self, role: Role) -> Standing {
        let grows = u32::from(!self.is_member());
        Standing {
            my_role: Some(role),
            pending: false,
            member_count: self.member_count.saturating_add(grows),
        }
    }

    /// Shown while a request to join is on its way.
    pub fn requested(&self) -> Standing {
        Standing { pending: true, ..self.clone() }
    }

    /// After leaving, or withdrawing a request.
    pub fn left(&self) -> Standing {
        let shrinks = u32::from(self.is_member());
        Standing { my_role: None, pending: false, member_count: self.member_count.saturating_sub(shrinks) }
    }

    /// Someone else joined (a moderator approved their request) or was removed.
    pub fn with_count_change(&self, delta: i64) -> Standing {
        let count = (i64::from(self.member_count) + delta).clamp(0, i64::from(u32::MAX));
        Standing { member_count: u32::try_from(count).unwrap_or(self.member_count), ..self.clone() }
    }
}

/// A role as the member reads it: "Owner", "Moderator", "Member".
pub fn role_label(r: Role) -> String {
    match r {
        Role::Owner => crate::tr!("groups-role-owner"),
        Role::Moderator => crate::tr!("groups-role-moderator"),
        Role::Member => crate::tr!("groups-role-member"),
    }
}

/// The records, by group address. Shared as a context (see [`provide_memberships`]).
#[derive(Clone, Copy)]
pub struct Memberships {
    by_slug: RwSignal<HashMap<String, Standing>>,
}

impl Memberships {
    /// Takes the server's word from any answer that describes the group.
    pub fn learn(&self, g: &Group) {
        self.set(&g.slug, Standing::of(g));
    }

    pub fn learn_all<'a>(&self, groups: impl IntoIterator<Item = &'a Group>) {
        let fresh: Vec<(String, Standing)> =
            groups.into_iter().map(|g| (g.slug.clone(), Standing::of(g))).collect();
        self.by_slug.maybe_update(|m| {
            let mut changed = false;
            for (slug, s) in fresh {
                if m.get(&slug) != Some(&s) {
                    m.insert(slug, s);
                    changed = true;
                }
            }
            changed
        });
    }

    /// Readers are only woken when this group's record really changes.
    pub fn set(&self, slug: &str, s: Standing) {
        self.by_slug.maybe_update(|m| {
            if m.get(slug) == Some(&s) {
                return false;
            }
            m.insert(slug.to_string(), s);
            true
        });
    }

    /// The record now, or the given group's own description when there is none yet.
    pub fn current(&self, g: &Group) -> Standing {
        self.by_slug.with_untracked(|m| m.get(&g.slug).cloned()).unwrap_or_else(|| Standing::of(g))
    }

    /// Changes the member count of a group whose record exists (a moderator's page has one).
    pub fn change_count(&self, slug: &str, delta: i64) {
        self.by_slug.maybe_update(|m| match m.get_mut(slug) {
            Some(s) => {
                *s = s.with_count_change(delta);
                true
            }
            None => false,
        });
    }

    /// Asks the server for the group again after an action whose answer does not describe it
    /// (leaving, approving a request, a ban), so the count is exact.
    pub fn reload(&self, api: Api, slug: String) {
        let m = *self;
        leptos::task::spawn_local(async move {
            if let Ok(g) = api.get_group(&slug).await {
                m.learn(&g);
            }
        });
    }

    /// A reactive view of one group's record, falling back to the group as it was drawn.
    pub fn standing(&self, g: &Group) -> Memo<Standing> {
        let by_slug = self.by_slug;
        let slug = g.slug.clone();
        let drawn = Standing::of(g);
        Memo::new(move |_| by_slug.with(|m| m.get(&slug).cloned()).unwrap_or_else(|| drawn.clone()))
    }
}

/// Sets up the records; they are forgotten when another member logs in (a role is per member).
pub fn provide_memberships(session: Session) -> Memberships {
    let m = Memberships { by_slug: RwSignal::new(HashMap::new()) };
    Effect::new(move |before: Option<Option<String>>| {
        let now = session.username();
        if before.is_some_and(|b| b != now) {
            m.by_slug.set(HashMap::new());
        }
        now
    });
    provide_context(m);
    m
}

/// The shared records; outside the app's shell (a component test) a fresh, private set.
pub fn use_memberships() -> Memberships {
    use_context::<Memberships>().unwrap_or_else(|| Memberships { by_slug: RwSignal::new(HashMap::new()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standing(role: Option<Role>, pending: bool, count: u32) -> Standing {
        Standing { my_role: role, pending, member_count: count }
    }

    #[test]
    fn joining_counts_the_caller_once() {
        let outside = standing(None, false, 12);
        assert_eq!(outside.joined(Role::Member), standing(Some(Role::Member), false, 13));
        // Already a member (a repeated answer): the count does not grow again.
        assert_eq!(outside.joined(Role::Member).joined(Role::Member).member_count, 13);
    }

    #[test]
    fn a_request_waits_without_counting() {
        let s = standing(None, false, 5).requested();
        assert_eq!(s, standing(None, true, 5));
        assert_eq!(s.left(), standing(None, false, 5), "withdrawing does not shrink the group");
    }

    #[test]
    fn leaving_shrinks_the_group_and_never_below_zero() {
        assert_eq!(standing(Some(Role::Moderator), false, 7).left(), standing(None, false, 6));
        assert_eq!(standing(Some(Role::Member), false, 0).left().member_count, 0);
    }

    #[test]
    fn count_changes_stay_in_range() {
        let s = standing(Some(Role::Owner), false, 1);
        assert_eq!(s.with_count_change(1).member_count, 2);
        assert_eq!(s.with_count_change(-5).member_count, 0);
        assert_eq!(standing(None, false, u32::MAX).with_count_change(1).member_count, u32::MAX);
        assert!(s.can_moderate() && s.is_member());
    }
}
