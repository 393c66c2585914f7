//! Moderation's problems in the member's language. The rules are shared with the server
//! (`kith_api::validate`) and the server words its refusals in English; the tabs show them
//! through the catalog instead. A problem this module does not know is shown as it came.

use crate::core::api::ApiError;
use crate::tr;

/// One problem's text in the member's language (English stays word for word what the shared
/// rules and the server say).
pub fn localized_detail(detail: &str) -> Option<String> {
    Some(match detail {
        "The reason is required." => tr!("mod-problem-reason-required"),
        "The reason cannot contain control characters (line breaks and tabs are fine)." => {
            tr!("mod-problem-reason-chars")
        }
        "The guidelines cannot contain control characters (line breaks and tabs are fine)." => {
            tr!("mod-problem-guidelines-chars")
        }
        "Only a ban has an end." => tr!("mod-problem-only-ban-ends"),
        "Not a valid date and time." => tr!("mod-problem-bad-time"),
        "The end must be in the future." => tr!("mod-problem-end-past"),
        "The end is too far away." => tr!("mod-problem-end-far"),
        "A mute needs an end." => tr!("mod-problem-mute-needs-end"),
        "Moderators may not ban moderators or owners; nobody bans an owner." => {
            tr!("mod-problem-may-not-ban")
        }
        "Moderators may not sanction moderators or owners; nobody sanctions an owner." => {
            tr!("mod-problem-may-not-sanction")
        }
        "You may not change this member's sanctions." => tr!("mod-problem-sanctions"),
        "This action applies to posts and comments, not to members." => tr!("mod-problem-members-no-action"),
        "Only the group's moderators and owners may do this." => tr!("mod-problem-moderators-only"),
        "Only the group's owners may do this." => tr!("mod-problem-owners-only"),
        d => {
            if let Some(min) =
                d.strip_prefix("The reason needs at least ").and_then(|r| r.strip_suffix(" characters."))
            {
                return Some(tr!("mod-problem-reason-short", min = min.parse::<u32>().ok()?));
            }
            if let Some((max, count)) = d
                .strip_prefix("The reason can have at most ")
                .and_then(|r| r.strip_suffix(").")?.split_once(" characters (it has "))
            {
                let (max, count) = (max.parse::<u32>().ok()?, count.parse::<u64>().ok()?);
                return Some(tr!("mod-problem-reason-long", max = max, count = count));
            }
            let max = d.strip_prefix("The guidelines can have at most ")?.strip_suffix(" characters.")?;
            tr!("mod-problem-guidelines-long", max = max.parse::<u32>().ok()?)
        }
    })
}

/// A problem's text: the member's language when known, else as it came.
pub fn detail_text(detail: &str) -> String {
    localized_detail(detail).unwrap_or_else(|| detail.to_string())
}

/// Why the server refused an action: its first field problem, or the refusal's own words when
/// this module knows them, else the app's message for the kind of error.
pub fn why(e: &ApiError) -> String {
    if let Some(f) = e.field_errors().first() {
        return detail_text(&f.detail);
    }
    e.problem()
        .and_then(|p| p.detail.as_deref())
        .and_then(localized_detail)
        .unwrap_or_else(|| e.user_message())
}

crate::area_problems!();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_problems_read_as_the_shared_rules_word_them() {
        for d in [
            "The reason needs at least 3 characters.",
            "The reason can have at most 500 characters (it has 512).",
            "The guidelines can have at most 10000 characters.",
            "A mute needs an end.",
            "Moderators may not ban moderators or owners; nobody bans an owner.",
        ] {
            assert_eq!(localized_detail(d).as_deref(), Some(d));
        }
        assert_eq!(localized_detail("Something else."), None);
        assert_eq!(detail_text("Something else."), "Something else.");
    }
}
