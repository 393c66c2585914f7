//! The problems of a new group in the member's language. The rules are shared with the server
//! (`kith_api::validate`), which words them in English; the form (and the server's 422 field
//! errors, which say the same) show them through the catalog instead. A problem this module does
//! not know is shown as it came. Tested natively below.

use crate::tr;

/// The field a shared rule names ("The name …"), as the catalog's selectors know it.
fn field_of(what: &str) -> Option<&'static str> {
    Some(match what {
        "The name" => "name",
        "The purpose" => "purpose",
        "The region" => "region",
        "The guidelines" => "guidelines",
        _ => return None,
    })
}

/// One problem's text in the member's language (English stays word for word what the rules say).
pub fn localized_detail(detail: &str) -> Option<String> {
    match detail {
        "A topic is listed twice." => return Some(tr!("groups-problem-topic-twice")),
        "A group address has 3 to 40 lowercase letters, digits or single dashes." => {
            return Some(tr!("groups-problem-slug"));
        }
        "The name has too few latin letters or digits for an address; choose one." => {
            return Some(tr!("groups-problem-slug-from-name"));
        }
        "That address is taken; choose another." => return Some(tr!("groups-slug-taken")),
        _ => {}
    }
    if let Some(what) =
        detail.strip_suffix(" cannot contain control characters, line breaks or text-direction overrides.")
    {
        let field = field_of(what).filter(|f| matches!(*f, "name" | "region"))?;
        return Some(tr!("groups-problem-line-chars", field = field));
    }
    if let Some(what) =
        detail.strip_suffix(" cannot contain control characters (line breaks and tabs are fine).")
    {
        let field = field_of(what).filter(|f| matches!(*f, "purpose" | "guidelines"))?;
        return Some(tr!("groups-problem-text-chars", field = field));
    }
    if let Some((what, rest)) = detail.split_once(" needs at least ") {
        let field = field_of(what).filter(|f| *f != "guidelines")?;
        let min = rest.strip_suffix(" characters.")?.parse::<u32>().ok()?;
        return Some(tr!("groups-problem-too-short", field = field, min = min));
    }
    if let Some((what, rest)) = detail.split_once(" can have at most ") {
        let field = field_of(what)?;
        if field == "guidelines" {
            let max = rest.strip_suffix(" characters.")?.parse::<u32>().ok()?;
            return Some(tr!("groups-problem-guidelines-long", max = max));
        }
        let (max, count) = rest.strip_suffix(").")?.split_once(" characters (it has ")?;
        let (max, count) = (max.parse::<u32>().ok()?, count.parse::<u32>().ok()?);
        return Some(tr!("groups-problem-too-long", field = field, max = max, count = count));
    }
    if let Some(rest) = detail.strip_prefix("Choose at least ") {
        let min = rest.strip_suffix(" topic.").or_else(|| rest.strip_suffix(" topics."))?;
        return Some(tr!("groups-problem-topics-few", min = min.parse::<u32>().ok()?));
    }
    if let Some(max) = detail.strip_prefix("Choose at most ").and_then(|r| r.strip_suffix(" topics.")) {
        return Some(tr!("groups-problem-topics-many", max = max.parse::<u32>().ok()?));
    }
    let topic = detail.strip_prefix('"')?.strip_suffix("\" is not a known topic.")?;
    Some(tr!("groups-problem-topic-unknown", topic = topic))
}

crate::area_problems!();

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::validate::validate_new_group;
    use kith_api::{NewGroup, Visibility};

    fn group(name: &str, purpose: &str, guidelines: &str, topics: &[&str], region: &str) -> NewGroup {
        NewGroup {
            name: name.into(),
            slug: None,
            purpose: purpose.into(),
            guidelines: guidelines.into(),
            topics: topics.iter().map(|t| t.to_string()).collect(),
            region: region.into(),
            visibility: Visibility::Public,
        }
    }

    #[test]
    fn every_rule_of_a_new_group_reads_the_same_in_english() {
        let cases = [
            group("ab", "short", "", &[], "B"),
            group(
                &"n".repeat(61),
                &"p".repeat(281),
                &"g".repeat(10_001),
                &["hiking", "hiking", "nope"],
                &"r".repeat(41),
            ),
            group("Na\u{202E}me", "A purpose\u{7} here", "x\u{0}", &["books"; 6], "Ber\nlin"),
            group("日本語の会", "A long enough purpose.", "", &["books"], "Berlin"),
            NewGroup {
                slug: Some("-bad".into()),
                ..group("Hiking", "A long enough purpose.", "", &["books"], "Berlin")
            },
        ];
        let mut seen = 0;
        for g in cases {
            for p in validate_new_group(&g) {
                // Natively numbers are written without grouping, as the rules write them.
                assert_eq!(localized_detail(&p.detail).as_deref(), Some(p.detail.as_str()), "{}", p.detail);
                seen += 1;
            }
        }
        assert!(seen >= 14, "{seen}");
        assert_eq!(localized_detail("Something else."), None);
    }
}
