//! The account forms' problems in the member's language. The rules are shared with the server
//! (`kith_api::validate`), which words them in English; the forms (and the server's 422 field
//! errors, which say the same) show them through the catalog instead. A problem this module
//! does not know is shown as it came.

use crate::tr;

/// One problem's text in the member's language (English stays word for word what the shared
/// rules say).
pub fn localized_detail(detail: &str) -> Option<String> {
    Some(match detail {
        "A username has 3 to 32 characters." => tr!("account-problem-username-length"),
        "A username uses only lowercase letters, digits, _ and -." => tr!("account-problem-username-chars"),
        "A password needs at least 8 characters." => tr!("account-problem-password-short"),
        "A password can have at most 200 characters." => tr!("account-problem-password-long"),
        "Enter your current password." => tr!("account-problem-current-missing"),
        "The display name is required." => tr!("account-problem-name-required"),
        "The display name cannot contain control characters, line breaks or text-direction overrides." => {
            tr!("account-problem-name-chars")
        }
        "The bio cannot contain control characters (line breaks and tabs are fine)." => {
            tr!("account-problem-bio-chars")
        }
        "A topic is listed twice." => tr!("account-problem-topic-twice"),
        d => {
            if let Some((max, count)) = d
                .strip_prefix("The display name can have at most ")
                .and_then(|r| r.strip_suffix(").")?.split_once(" characters (it has "))
            {
                let max: u32 = max.parse().ok()?;
                count.parse::<u64>().ok()?;
                return Some(tr!("account-problem-name-long", max = max, count = count));
            }
            if let Some(max) =
                d.strip_prefix("The bio can have at most ").and_then(|r| r.strip_suffix(" characters."))
            {
                return Some(tr!("account-problem-bio-long", max = max.parse::<u32>().ok()?));
            }
            if let Some(max) = d.strip_prefix("Choose at most ").and_then(|r| r.strip_suffix(" topics.")) {
                return Some(tr!("account-problem-topics-many", max = max.parse::<u32>().ok()?));
            }
            let topic = d.strip_prefix('"')?.strip_suffix("\" is not a known topic.")?;
            tr!("account-problem-topic-unknown", topic = topic)
        }
    })
}

crate::area_problems!();

#[cfg(test)]
mod tests {
    use kith_api::validate::{validate_me_patch, validate_password_change, validate_register};
    use kith_api::{MePatch, PasswordChange, RegisterRequest};

    use super::*;

    /// Every problem the shared rules raise on the account forms is known here, and its English
    /// is the rules' own, word for word.
    #[test]
    fn every_account_problem_is_known_and_english_is_unchanged() {
        let mut all = Vec::new();
        for (username, password, name) in [
            ("ab", "short", Some("x".repeat(61))),
            ("Not Valid", &"p".repeat(201), Some("a\u{202E}b".into())),
            ("fine", "long enough", Some("   ".into())),
        ] {
            all.extend(validate_register(&RegisterRequest {
                username: username.into(),
                password: password.into(),
                display_name: name,
                interests: vec!["hiking".into(), "hiking".into(), "knitting".into()],
            }));
        }
        all.extend(validate_password_change(&PasswordChange {
            current_password: String::new(),
            new_password: "x".into(),
        }));
        for bio in ["b".repeat(501), "a\u{7}b".into()] {
            all.extend(validate_me_patch(&MePatch {
                display_name: Some(String::new()),
                interests: Some(kith_api::validate::TOPICS.iter().take(11).map(|t| t.to_string()).collect()),
                bio: Some(bio),
            }));
        }
        assert!(all.len() >= 13, "{all:?}");
        for p in &all {
            assert_eq!(localized_detail(&p.detail).as_deref(), Some(p.detail.as_str()), "{}", p.detail);
        }
        assert_eq!(localized_detail("Something the server says."), None);
    }
}
