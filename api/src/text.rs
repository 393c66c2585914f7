//! Markdown as plain text, one way for every place that shows text without formatting: feed
//! cards, the report queue, drafts, and the server's `.ics` descriptions. Inline formatting goes
//! without a trace ("**Brandenburg**!" reads "Brandenburg!"), while the end of a block
//! (paragraph, heading, list item, quote, table cell) ends a sentence, so list items do not run
//! together.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Input past this many bytes is not read, here and by the app's renderer.
pub const MAX_SOURCE_BYTES: usize = 100_000;

/// The input up to [`MAX_SOURCE_BYTES`], cut at a character boundary.
pub fn bounded(src: &str) -> &str {
    let mut end = src.len().min(MAX_SOURCE_BYTES);
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    src.get(..end).unwrap_or_default()
}

/// The text of Markdown in readable sentences on one line: formatting dropped (raw HTML kept as
/// its literal text), link and image texts kept, blocks ended with a full stop when they do not
/// end with punctuation, whitespace collapsed.
pub fn plain_text(src: &str) -> String {
    let mut out = String::new();
    // Whitespace seen, and a block ended, since the last character written.
    let (mut space, mut block_end) = (false, false);
    let mut push = |s: &str, out: &mut String, ends_block: bool| {
        block_end |= ends_block;
        for c in s.chars() {
            if c.is_whitespace() {
                space = true;
            } else {
                if !out.is_empty() {
                    if block_end {
                        end_sentence(out);
                    }
                    if space || block_end {
                        out.push(' ');
                    }
                }
                (space, block_end) = (false, false);
                out.push(c);
            }
        }
    };
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    for event in Parser::new_ext(bounded(src), options) {
        match event {
            Event::Text(s)
            | Event::Code(s)
            | Event::Html(s)
            | Event::InlineHtml(s)
            | Event::InlineMath(s)
            | Event::DisplayMath(s) => push(&s, &mut out, false),
            Event::SoftBreak | Event::HardBreak => push(" ", &mut out, false),
            Event::Start(Tag::Item | Tag::BlockQuote(_) | Tag::TableCell)
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::CodeBlock
                | TagEnd::TableCell
                | TagEnd::HtmlBlock,
            )
            | Event::Rule => push("", &mut out, true),
            _ => {}
        }
    }
    out
}

/// A key for matching names without regard to case or accents: lowercase, letters with
/// diacritics as their base letter ("München" and "munchen" both give `munchen`), `ß` as `ss`,
/// surrounding whitespace dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        match base_letter(c) {
            Some(b) => out.push_str(b),
            None => out.push(c),
        }
    }
    out
}

fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Ends the text so far as a sentence, unless it already ends one (or is empty).
fn end_sentence(out: &mut String) {
    match out.chars().last() {
        Some(c) if c.is_alphanumeric() || ")\"'”’`*".contains(c) => out.push('.'),
        _ => {}
    }
}

/// [`plain_text`] cut to at most `max_chars` characters, a closing "…" included when cut, and
/// cut between words when the words allow it.
pub fn excerpt(src: &str, max_chars: usize) -> String {
    if max_chars == 0 {
        return String::new();
    }
    let out = plain_text(src);
    if out.chars().count() <= max_chars {
        return out;
    }
    let keep = max_chars - 1;
    let cut = out.char_indices().nth(keep).map_or(out.len(), |(i, _)| i);
    let at_boundary = out.get(cut..).is_some_and(|rest| rest.starts_with(' '));
    let mut head = out.get(..cut).unwrap_or_default();
    if !at_boundary && let Some(space) = head.rfind(' ') {
        head = head.get(..space).unwrap_or(head);
    }
    let mut short = head.trim_end_matches(|c: char| c.is_whitespace() || ",;:.".contains(c)).to_owned();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_formatting_leaves_no_gaps_and_blocks_end_sentences() {
        assert_eq!(
            plain_text(
                "Hi and welcome to **Brandenburg**! Introduce yourself\n\n- Check the events\n- Read the [guidelines](/g/hiking/about)\n\nSee you"
            ),
            "Hi and welcome to Brandenburg! Introduce yourself. Check the events. Read the guidelines. See you"
        );
        assert_eq!(plain_text("# Hello\n\nThis is *nice*  and\n`code`."), "Hello. This is nice and code.");
        assert_eq!(plain_text("Questions?\n\n> quoted"), "Questions? quoted");
        assert_eq!(plain_text("<b>raw</b> [link](https://a.example) ![alt](x)"), "<b>raw</b> link alt");
        assert_eq!(plain_text("| a | b |\n|---|---|\n| 1 | 2 |"), "a. b. 1. 2");
        assert_eq!(plain_text("   "), "");
        assert_eq!(plain_text("one\n\n---\n\ntwo"), "one. two");
    }

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("  München "), "munchen");
        assert_eq!(fold("MUNCHEN"), "munchen");
        assert_eq!(fold("Kraków"), "krakow");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("İstanbul"), "i\u{307}stanbul");
        assert!(fold("Köln").starts_with(&fold("Kö")));
    }

    #[test]
    fn excerpts_are_cut_between_words() {
        assert_eq!(excerpt("one two three four", 100), "one two three four");
        assert_eq!(excerpt("one two three four", 18), "one two three four");
        assert_eq!(excerpt("one two three four", 12), "one two…");
        assert_eq!(excerpt("one two three four", 14), "one two three…");
        assert_eq!(excerpt("one two, three", 9), "one two…");
        assert_eq!(excerpt("abcdefghijkl", 5), "abcd…");
        assert_eq!(excerpt("anything", 0), "");
        assert_eq!(excerpt("anything", 1), "…");
        assert!(excerpt(&"word ".repeat(1000), 50).chars().count() <= 50);
        let wide = "a".to_owned() + &"é".repeat(MAX_SOURCE_BYTES);
        assert!(excerpt(&wide, 10).ends_with('…'));
        for src in ["", "\0", "|", "- [ ]", "```", "<", "[](<>)", "![]()", "\r\n\r\n", "#######"] {
            excerpt(src, 5);
        }
    }
}
