//! The problems of a post or a comment in the member's language. The rules are shared with the
//! server (`kith_api::validate`), which words them in English; the composers (and the server's
//! 422 field errors, which say the same) show them through the catalog instead. A problem this
//! module does not know is shown as it came. Tested natively below.

use crate::tr;

/// The field a shared rule names ("The title …"), as the catalog's selector knows it.
fn field_of(what: &str) -> Option<&'static str> {
    Some(match what {
        "The title" => "title",
        "The post" => "post",
        "The comment" => "comment",
        _ => return None,
    })
}

/// One problem's text in the member's language (English stays word for word what the rules say).
pub fn localized_detail(detail: &str) -> Option<String> {
    match detail {
        "The title cannot contain control characters, line breaks or text-direction overrides." => {
            return Some(tr!("posts-problem-title-chars"));
        }
        "The parent must be a comment of the same post." => return Some(tr!("posts-problem-parent")),
        _ => {}
    }
    if let Some(what) = detail.strip_suffix(" is required.") {
        return Some(tr!("posts-problem-required", field = field_of(what)?));
    }
    if let Some(what) =
        detail.strip_suffix(" cannot contain control characters (line breaks and tabs are fine).")
    {
        let field = field_of(what).filter(|f| *f != "title")?;
        return Some(tr!("posts-problem-text-chars", field = field));
    }
    if let Some((what, rest)) = detail.split_once(" can have at most ") {
        let field = field_of(what)?;
        let (max, count) = rest.strip_suffix(").")?.split_once(" characters (it has ")?;
        let (max, count) = (max.parse::<u32>().ok()?, count.parse::<u32>().ok()?);
        return Some(tr!("posts-problem-too-long", field = field, max = max, count = count));
    }
    if let Some(max) = detail
        .strip_prefix("Replies nest at most ")
        .and_then(|r| r.strip_suffix(" deep; answer a comment higher up the thread."))
    {
        return Some(tr!("posts-problem-too-deep", max = max.parse::<u32>().ok()?));
    }
    None
}

crate::area_problems!();

#[cfg(test)]
mod tests {
    use super::*;
    use kith_api::NewPost;
    use kith_api::validate::{LIMITS, validate_comment_body, validate_new_post};

    #[test]
    fn every_rule_of_posts_and_comments_reads_the_same_in_english() {
        let long_title = "t".repeat(LIMITS.max_post_title as usize + 1);
        let long_body = "b".repeat(LIMITS.max_post_body as usize + 1);
        let cases = [
            validate_new_post(&NewPost { title: String::new(), body: String::new() }),
            validate_new_post(&NewPost { title: "a\u{202E}b".into(), body: "x\u{7}".into() }),
            validate_new_post(&NewPost { title: long_title, body: long_body }),
            validate_comment_body(""),
            validate_comment_body("a\u{0}b"),
            validate_comment_body(&"c".repeat(LIMITS.max_comment_body as usize + 3)),
        ];
        let mut seen = 0;
        for problems in cases {
            for p in problems {
                let text = localized_detail(&p.detail);
                // Natively numbers are written without grouping, as the rules write them.
                assert_eq!(text.as_deref(), Some(p.detail.as_str()), "{}", p.detail);
                seen += 1;
            }
        }
        assert_eq!(seen, 9);
        assert_eq!(
            localize("Replies nest at most 16 deep; answer a comment higher up the thread.".into()),
            "Replies nest at most 16 deep; answer a comment higher up the thread."
        );
        assert_eq!(localize("Something else.".into()), "Something else.");
    }
}
