//! Markdown, safe by construction: parsed with pulldown-cmark into a small tree and rendered
//! as Leptos views, never through innerHTML.
//!
//! Member content is untrusted, so the safety rules are applied while the tree is built, and
//! the tree can only express what the rules allow:
//! - element names and attribute names are `&'static str` chosen here, never taken from the
//!   input; the input only supplies text and the values of `href`, `src`, `alt`, `title` and
//!   `start`;
//! - raw HTML (blocks and inline tags) becomes text showing its literal source;
//! - links keep only `http:`, `https:` and `mailto:` destinations, paths on this site
//!   (`/g/hiking/events`) and `#anchors` ([`safe_link`]); any other link renders as its text
//!   alone. A path must start with one `/` and contain no `\` (browsers read `//host` and `/\host`
//!   as another site); paths and anchors open in the app itself, the rest in a new tab;
//! - images keep only `http:` and `https:` sources ([`safe_image_src`]), otherwise their alt
//!   text is shown;
//! - footnotes, math, definition lists and other rare constructs are not enabled and stay text;
//! - headings move two levels down (`#` is `h3`, `######` is `h6`): the page owns its `h1` and
//!   section `h2`s;
//! - work is bounded: at most [`MAX_SOURCE_BYTES`] of input, [`MAX_DEPTH`] nested elements and
//!   [`MAX_NODES`] elements; beyond that the content is kept, flattened into text, so neither
//!   rendering nor dropping the tree can recurse deeply.

use pulldown_cmark::{Alignment, Event, LinkType, Options, Parser, Tag, TagEnd};

/// More than any body the server accepts (64 KiB requests); a hostile backend gets cut here.
pub use kith_api::text::MAX_SOURCE_BYTES;
use kith_api::text::bounded;
/// Nesting deeper than this is flattened, so the recursive renderer stays shallow.
pub const MAX_DEPTH: usize = 32;
/// Elements beyond this many become text, so the DOM stays a sane size.
pub const MAX_NODES: usize = 10_000;

/// The `rel` of every member-written link: no window access, no referrer, no SEO credit.
pub const LINK_REL: &str = "noopener noreferrer nofollow ugc";

/// One node of the rendered document: text, or an element whose tag and attribute names are
/// fixed strings from this module (only attribute values come from the input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node {
    Text(String),
    Element { tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<Node> },
}

impl Node {
    fn element(tag: &'static str, attrs: Vec<(&'static str, String)>) -> Self {
        Node::Element { tag, attrs, children: Vec::new() }
    }
}

/// The Markdown extensions members may use; everything else is plain CommonMark.
fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS
}

/// Cleans a URL the way browsers read it (surrounding spaces and controls dropped, tabs and
/// newlines removed anywhere) and returns it if its scheme is allowed. Without a scheme, only
/// links (`allow_mailto`) may be a path on this site or an anchor; protocol-relative URLs and
/// anything a browser could read as another host are refused.
fn allowed_url(url: &str, allow_mailto: bool) -> Option<String> {
    let url: String =
        url.trim_matches(|c: char| c <= ' ').chars().filter(|c| !matches!(c, '\t' | '\n' | '\r')).collect();
    if url.chars().any(|c| c.is_control()) {
        return None;
    }
    if allow_mailto && is_in_app(&url) {
        return (!url.contains('\\')).then_some(url);
    }
    let (scheme, rest) = url.split_once(':')?;
    let ok = if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") {
        rest.strip_prefix("//").is_some_and(|host| !host.is_empty())
    } else {
        allow_mailto && scheme.eq_ignore_ascii_case("mailto") && !rest.is_empty()
    };
    ok.then_some(url)
}

/// Whether a (cleaned) link stays in the app: a path from the site's root (one leading `/`)
/// or an anchor on the page.
fn is_in_app(url: &str) -> bool {
    (url.starts_with('/') && !url.starts_with("//")) || url.starts_with('#')
}

/// The destination to put in a link's `href`, if it is `http:`, `https:` or `mailto:`
/// (case-insensitive), a path on this site or an anchor; `javascript:`, `data:`, `vbscript:`,
/// protocol-relative links (`//host`, `/\host`), paths relative to the page and everything else
/// give `None`, and the link is shown as its text.
pub fn safe_link(url: &str) -> Option<String> {
    allowed_url(url, true)
}

/// The source to put in an image's `src`, if it is `http:` or `https:`.
pub fn safe_image_src(url: &str) -> Option<String> {
    allowed_url(url, false)
}

/// An element being built: tag, attributes, children.
type Open = (&'static str, Vec<(&'static str, String)>, Vec<Node>);

struct Builder {
    root: Vec<Node>,
    /// The elements being built, innermost last.
    open: Vec<Open>,
    /// One entry per unclosed tag of the parser: whether it opened an element. Constructs
    /// dropped by the rules (unsafe links, anything past the limits) open none, and their
    /// content goes to the enclosing element.
    tags: Vec<bool>,
    elements: usize,
    align: Vec<Alignment>,
    cell: usize,
    in_head: bool,
}

impl Builder {
    fn children(&mut self) -> &mut Vec<Node> {
        match self.open.last_mut() {
            Some((_, _, children)) => children,
            None => &mut self.root,
        }
    }

    fn text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        let children = self.children();
        if let Some(Node::Text(last)) = children.last_mut() {
            last.push_str(s);
        } else {
            children.push(Node::Text(s.to_owned()));
        }
    }

    fn room(&self) -> bool {
        self.open.len() < MAX_DEPTH && self.elements < MAX_NODES
    }

    /// A leaf element (`br`, `hr`, inline `code`, checkbox), or `fallback` text past the limits.
    fn leaf(&mut self, node: Node, fallback: &str) {
        if self.room() {
            self.elements += 1;
            self.children().push(node);
        } else {
            self.text(fallback);
        }
    }

    fn open(&mut self, tag: &'static str, attrs: Vec<(&'static str, String)>) {
        let room = self.room();
        self.tags.push(room);
        if room {
            // These get a wrapper element when they close (`pre > code`, `thead > tr`, `tbody`).
            self.elements += if matches!(tag, "pre" | "thead" | "table") { 2 } else { 1 };
            self.open.push((tag, attrs, Vec::new()));
        }
    }

    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph | Tag::HtmlBlock => self.open("p", vec![]),
            Tag::Heading { level, .. } => {
                const SHIFTED: [&str; 6] = ["h3", "h4", "h5", "h6", "h6", "h6"];
                let tag = SHIFTED.get(level as usize - 1).copied().unwrap_or("h6");
                self.open(tag, vec![]);
            }
            Tag::BlockQuote(_) => self.open("blockquote", vec![]),
            Tag::CodeBlock(_) => self.open("pre", vec![]),
            Tag::List(Some(1)) => self.open("ol", vec![]),
            Tag::List(Some(start)) => self.open("ol", vec![("start", start.to_string())]),
            Tag::List(None) => self.open("ul", vec![]),
            Tag::Item => self.open("li", vec![]),
            Tag::Table(align) => {
                self.align = align;
                self.open("table", vec![]);
            }
            Tag::TableHead => {
                self.in_head = true;
                self.cell = 0;
                self.open("thead", vec![]);
            }
            Tag::TableRow => {
                self.cell = 0;
                self.open("tr", vec![]);
            }
            Tag::TableCell => {
                let class = match self.align.get(self.cell) {
                    Some(Alignment::Left) => Some("align-left"),
                    Some(Alignment::Center) => Some("align-center"),
                    Some(Alignment::Right) => Some("align-right"),
                    _ => None,
                };
                self.cell += 1;
                let attrs = class.map(|c| vec![("class", c.to_owned())]).unwrap_or_default();
                self.open(if self.in_head { "th" } else { "td" }, attrs);
            }
            Tag::Emphasis => self.open("em", vec![]),
            Tag::Strong => self.open("strong", vec![]),
            Tag::Strikethrough => self.open("del", vec![]),
            Tag::Link { link_type, dest_url, title, .. } => {
                let dest = if link_type == LinkType::Email {
                    format!("mailto:{dest_url}")
                } else {
                    dest_url.to_string()
                };
                match safe_link(&dest) {
                    Some(href) => {
                        let mut attrs = vec![("rel", LINK_REL.to_owned())];
                        // Other sites open in a new tab; mail and the app's own pages do not.
                        if !href.get(..7).is_some_and(|s| s.eq_ignore_ascii_case("mailto:"))
                            && !is_in_app(&href)
                        {
                            attrs.push(("target", "_blank".to_owned()));
                        }
                        attrs.push(("href", href));
                        if !title.is_empty() {
                            attrs.push(("title", title.to_string()));
                        }
                        self.open("a", attrs);
                    }
                    None => self.tags.push(false),
                }
            }
            Tag::Image { dest_url, title, .. } => match safe_image_src(&dest_url) {
                Some(src) => {
                    let mut attrs = vec![
                        ("src", src),
                        ("loading", "lazy".to_owned()),
                        ("referrerpolicy", "no-referrer".to_owned()),
                    ];
                    if !title.is_empty() {
                        attrs.push(("title", title.to_string()));
                    }
                    self.open("img", attrs);
                }
                None => self.tags.push(false),
            },
            // Not enabled in `options()`; should one appear, its content stays as text.
            _ => self.tags.push(false),
        }
    }

    fn end(&mut self, end: TagEnd) {
        match end {
            TagEnd::TableHead => self.in_head = false,
            TagEnd::Table => self.align.clear(),
            _ => {}
        }
        let Some(opened) = self.tags.pop() else { return };
        let Some((tag, mut attrs, mut children)) = opened.then(|| self.open.pop()).flatten() else {
            // A dropped block still separates words from what follows.
            if !matches!(
                end,
                TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link | TagEnd::Image
            ) {
                self.text("\n");
            }
            return;
        };
        match tag {
            "img" => {
                let mut alt = String::new();
                plain_text(&children, &mut alt);
                attrs.push(("alt", alt));
                children.clear();
            }
            "pre" => children = vec![Node::Element { tag: "code", attrs: vec![], children }],
            "thead" => children = vec![Node::Element { tag: "tr", attrs: vec![], children }],
            "table" => {
                let body: Vec<Node> = children
                    .iter()
                    .position(|n| !matches!(n, Node::Element { tag: "thead", .. }))
                    .map(|i| children.split_off(i))
                    .unwrap_or_default();
                if !body.is_empty() {
                    children.push(Node::Element { tag: "tbody", attrs: vec![], children: body });
                }
            }
            _ => {}
        }
        self.children().push(Node::Element { tag, attrs, children });
    }

    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(end) => self.end(end),
            // Raw HTML is shown as the member typed it, never interpreted.
            Event::Text(s)
            | Event::Html(s)
            | Event::InlineHtml(s)
            | Event::InlineMath(s)
            | Event::DisplayMath(s) => self.text(&s),
            Event::Code(s) => {
                let node =
                    Node::Element { tag: "code", attrs: vec![], children: vec![Node::Text(s.to_string())] };
                self.leaf(node, &s);
            }
            Event::FootnoteReference(label) => self.text(&format!("[^{label}]")),
            Event::SoftBreak => self.text("\n"),
            Event::HardBreak => self.leaf(Node::element("br", vec![]), "\n"),
            Event::Rule => self.leaf(Node::element("hr", vec![]), "\n"),
            Event::TaskListMarker(checked) => {
                let mut attrs = vec![("type", "checkbox".to_owned()), ("disabled", String::new())];
                if checked {
                    attrs.push(("checked", String::new()));
                }
                self.leaf(Node::element("input", attrs), if checked { "[x] " } else { "[ ] " });
            }
        }
    }
}

/// The safe document tree for `src`; see the module documentation for the rules.
pub fn parse(src: &str) -> Vec<Node> {
    let mut b = Builder {
        root: Vec::new(),
        open: Vec::new(),
        tags: Vec::new(),
        elements: 0,
        align: Vec::new(),
        cell: 0,
        in_head: false,
    };
    for event in Parser::new_ext(bounded(src), options()) {
        b.event(event);
    }
    // The parser balances its events; should it not, close what is open rather than lose it.
    while !b.tags.is_empty() {
        b.end(TagEnd::Paragraph);
    }
    b.root
}

const HEADINGS: [&str; 5] = ["h2", "h3", "h4", "h5", "h6"];

fn heading_level(tag: &str) -> Option<usize> {
    HEADINGS.iter().position(|h| *h == tag).map(|i| i + 2)
}

fn collect_levels(nodes: &[Node], out: &mut Vec<usize>) {
    for n in nodes {
        if let Node::Element { tag, children, .. } = n {
            if let Some(l) = heading_level(tag) {
                out.push(l);
            }
            collect_levels(children, out);
        }
    }
}

fn relevel(nodes: &mut [Node], map: &[(usize, &'static str)]) {
    for n in nodes {
        if let Node::Element { tag, children, .. } = n {
            if let Some(l) = heading_level(tag)
                && let Some((_, t)) = map.iter().find(|(from, _)| *from == l)
            {
                *tag = t;
            }
            relevel(children, map);
        }
    }
}

/// Fits the document's headings into the page's outline: the highest becomes `top` (2–6) and
/// the levels used follow on without gaps, so a member's `##` under a page's `h2` is an `h3`.
pub fn outline_headings(nodes: &mut [Node], top: usize) {
    let mut levels = Vec::new();
    collect_levels(nodes, &mut levels);
    levels.sort_unstable();
    levels.dedup();
    let top = top.clamp(2, 6);
    let map: Vec<(usize, &'static str)> =
        levels.iter().enumerate().map(|(rank, l)| (*l, HEADINGS[(top + rank).min(6) - 2])).collect();
    relevel(nodes, &map);
}

/// Appends the text content of `nodes` (no whitespace handling).
fn plain_text(nodes: &[Node], out: &mut String) {
    for node in nodes {
        match node {
            Node::Text(t) => out.push_str(t),
            Node::Element { children, .. } => plain_text(children, out),
        }
    }
}

/// A one-line plain-text summary of Markdown (feed cards, pending items): the shared one, so
/// the server's `.ics` files read the same.
pub use kith_api::text::excerpt;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every element and attribute in the tree, for assertions over a whole document.
    fn walk<'a>(nodes: &'a [Node], out: &mut Vec<&'a Node>) {
        for n in nodes {
            out.push(n);
            if let Node::Element { children, .. } = n {
                walk(children, out);
            }
        }
    }

    fn all(nodes: &[Node]) -> Vec<&Node> {
        let mut out = Vec::new();
        walk(nodes, &mut out);
        out
    }

    fn text_of(nodes: &[Node]) -> String {
        let mut s = String::new();
        plain_text(nodes, &mut s);
        s
    }

    fn tags(nodes: &[Node]) -> Vec<&'static str> {
        all(nodes)
            .into_iter()
            .filter_map(|n| match n {
                Node::Element { tag, .. } => Some(*tag),
                Node::Text(_) => None,
            })
            .collect()
    }

    fn attr<'a>(n: &'a Node, name: &str) -> Option<&'a str> {
        match n {
            Node::Element { attrs, .. } => attrs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str()),
            Node::Text(_) => None,
        }
    }

    fn elements<'a>(nodes: &'a [Node], tag: &str) -> Vec<&'a Node> {
        all(nodes).into_iter().filter(|n| matches!(n, Node::Element { tag: t, .. } if *t == tag)).collect()
    }

    /// The invariants every document must keep, whatever the input.
    fn assert_safe(src: &str) -> Vec<Node> {
        let doc = parse(src);
        for n in all(&doc) {
            if let Node::Element { tag, attrs, .. } = n {
                assert!(
                    [
                        "p",
                        "h3",
                        "h4",
                        "h5",
                        "h6",
                        "blockquote",
                        "pre",
                        "code",
                        "ol",
                        "ul",
                        "li",
                        "table",
                        "thead",
                        "tbody",
                        "tr",
                        "th",
                        "td",
                        "em",
                        "strong",
                        "del",
                        "a",
                        "img",
                        "br",
                        "hr",
                        "input"
                    ]
                    .contains(tag),
                    "unexpected element {tag} in {src:?}"
                );
                for (k, v) in attrs {
                    assert!(!k.starts_with("on"), "event handler attribute in {src:?}");
                    if *k == "href" {
                        let l = v.to_ascii_lowercase();
                        let in_app = (l.starts_with('/') && !l.starts_with("//") && !l.contains('\\'))
                            || l.starts_with('#');
                        assert!(
                            l.starts_with("http://")
                                || l.starts_with("https://")
                                || l.starts_with("mailto:")
                                || in_app,
                            "unsafe href {v:?} from {src:?}"
                        );
                        assert_eq!(attr(n, "rel"), Some(LINK_REL));
                    }
                    if *k == "src" {
                        let l = v.to_ascii_lowercase();
                        assert!(l.starts_with("http://") || l.starts_with("https://"), "unsafe src {v:?}");
                    }
                }
            }
        }
        doc
    }

    #[test]
    fn raw_html_is_kept_as_literal_text() {
        let doc = assert_safe("<script>alert(1)</script>");
        assert_eq!(tags(&doc), ["p"]);
        assert!(text_of(&doc).contains("<script>alert(1)</script>"));

        let doc = assert_safe("Hi <img src=x onerror=alert(1)> there");
        assert_eq!(tags(&doc), ["p"]);
        assert_eq!(text_of(&doc), "Hi <img src=x onerror=alert(1)> there");

        let doc = assert_safe("<a href=\"javascript:alert(1)\">x</a>");
        assert!(elements(&doc, "a").is_empty());
        assert!(text_of(&doc).contains("<a href=\"javascript:alert(1)\">x</a>"));

        let doc = assert_safe("<div onclick=\"alert(1)\">\n\n*still markdown*\n\n</div>");
        assert!(text_of(&doc).contains("<div onclick=\"alert(1)\">"));
        assert_eq!(elements(&doc, "em").len(), 1);

        let doc = assert_safe("<iframe src=\"https://evil.example\"></iframe><object data=x></object>");
        assert!(text_of(&doc).contains("<iframe"));
    }

    #[test]
    fn dangerous_links_keep_only_their_text() {
        for src in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x]( javascript:alert(1))",
            "[x](<java\tscript:alert(1)>)",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;avascript&#58;alert(1))",
            "[x](javascript&colon;alert(1))",
            "[x](data:text/html,<script>alert(1)</script>)",
            "[x](vbscript:msgbox(1))",
            "[x](file:///etc/passwd)",
            "[x](//evil.example/path)",
            "[x](/\\evil.example/path)",
            "[x](<\\\\evil.example>)",
            "[x](evil.example)",
            "[x](../g/relative)",
            "[x](http:evil)",
            "[x]: javascript:alert(1)\n\n[x] and [y][x] and [x][]",
            "[x][ref]\n\n[ref]: <javascript:alert(1)>",
        ] {
            let doc = assert_safe(src);
            assert!(elements(&doc, "a").is_empty(), "{src} made a link: {doc:?}");
            assert!(text_of(&doc).contains('x'), "{src} lost its text");
        }
        // An autolink with a forbidden scheme: no link, the address shows as text.
        let doc = assert_safe("<javascript:alert(1)>");
        assert!(elements(&doc, "a").is_empty());
        assert!(text_of(&doc).contains("javascript:alert(1)"));
    }

    #[test]
    fn dangerous_images_show_their_alt_text() {
        for src in [
            "![pic](javascript:alert(1))",
            "![pic](data:image/svg+xml,<svg onload=alert(1)>)",
            "![pic](data:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
            "![pic](data:image/png;base64,AAAA)",
            "![pic](mailto:a@b.example)",
            "![pic](/relative.png)",
            "![pic][r]\n\n[r]: vbscript:x",
        ] {
            let doc = assert_safe(src);
            assert!(elements(&doc, "img").is_empty(), "{src}");
            assert!(text_of(&doc).contains("pic"), "{src}");
        }
    }

    #[test]
    fn safe_links_and_images_are_kept() {
        let doc = assert_safe(
            "[site](https://example.org/a?b=1&c=2 \"Title\") [mail](mailto:me@example.org) \
             <https://auto.example> <me@example.org> [plain](HTTP://EXAMPLE.ORG)",
        );
        let links = elements(&doc, "a");
        assert_eq!(links.len(), 5);
        assert_eq!(attr(links[0], "href"), Some("https://example.org/a?b=1&c=2"));
        assert_eq!(attr(links[0], "title"), Some("Title"));
        assert_eq!(attr(links[0], "target"), Some("_blank"));
        assert_eq!(attr(links[1], "href"), Some("mailto:me@example.org"));
        assert_eq!(attr(links[1], "target"), None);
        assert_eq!(attr(links[2], "href"), Some("https://auto.example"));
        assert_eq!(attr(links[3], "href"), Some("mailto:me@example.org"));
        assert_eq!(attr(links[4], "href"), Some("HTTP://EXAMPLE.ORG"));

        // The app's own pages and anchors: links that open here, not in a new tab.
        let doc = assert_safe("[events](/g/hiking/events) [rules](#rules) [away](//evil.example)");
        let links = elements(&doc, "a");
        assert_eq!(links.len(), 2);
        assert_eq!(attr(links[0], "href"), Some("/g/hiking/events"));
        assert_eq!(attr(links[0], "target"), None);
        assert_eq!(attr(links[1], "href"), Some("#rules"));
        assert_eq!(attr(links[1], "target"), None);
        assert!(text_of(&doc).contains("away"));

        let doc = assert_safe("![A *cat*](https://img.example/cat.png \"Cat\")");
        let img = elements(&doc, "img");
        assert_eq!(img.len(), 1);
        assert_eq!(attr(img[0], "src"), Some("https://img.example/cat.png"));
        assert_eq!(attr(img[0], "alt"), Some("A cat"));
        assert_eq!(attr(img[0], "loading"), Some("lazy"));
        assert_eq!(attr(img[0], "title"), Some("Cat"));

        // A link around an image, both safe.
        let doc = assert_safe("[![logo](http://a.example/l.png)](https://a.example)");
        assert_eq!(elements(&doc, "a").len(), 1);
        assert_eq!(elements(&doc, "img").len(), 1);
    }

    #[test]
    fn safe_link_rules() {
        assert_eq!(safe_link("  https://a.example/x  ").as_deref(), Some("https://a.example/x"));
        assert_eq!(safe_link("\u{1}https://a.example").as_deref(), Some("https://a.example"));
        assert_eq!(safe_link("ht\ttps://a.example").as_deref(), Some("https://a.example"));
        assert_eq!(safe_link("MAILTO:x@y.example").as_deref(), Some("MAILTO:x@y.example"));
        // Paths on this site and anchors stay, cleaned like the rest.
        assert_eq!(safe_link("/g/hiking/events").as_deref(), Some("/g/hiking/events"));
        assert_eq!(safe_link(" /g/hiking?view=week#x ").as_deref(), Some("/g/hiking?view=week#x"));
        assert_eq!(safe_link("/g/a:b").as_deref(), Some("/g/a:b"));
        assert_eq!(safe_link("#rules").as_deref(), Some("#rules"));
        assert_eq!(safe_link("/").as_deref(), Some("/"));
        // A tab or newline inside `//` is removed first, as browsers do, and then refused.
        assert_eq!(safe_link("/\t/evil.example"), None);
        assert_eq!(safe_image_src("/icons/x.png"), None, "images stay absolute");
        for bad in [
            "",
            "javascript:alert(1)",
            " \u{0} javascript:alert(1)",
            "java\nscript:alert(1)",
            "\u{a0}javascript:alert(1)",
            "https://a.example/\u{7f}",
            "data:text/html,x",
            "vbscript:x",
            "g/knitting",
            "../g/knitting",
            "?q=1",
            "//evil.example",
            " //evil.example",
            "/\\evil.example",
            "/\\/evil.example",
            "/g/x\\..\\..\\/evil.example",
            "\\\\evil.example",
            "https:",
            "https://",
            "mailto:",
            "ftp://a.example",
            "https\u{200b}://a.example",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
        assert_eq!(safe_image_src("mailto:x@y.example"), None);
        assert!(safe_image_src("http://a.example/i.png").is_some());
    }

    #[test]
    fn structure_renders() {
        let doc = assert_safe(
            "# Title\n\n## Sub\n\n###### Six\n\nSome *em* **strong** ~~del~~ `code`  \nnext\n\n\
             > quote\n\n- a\n- b\n\n3. three\n4. four\n\n```rust\nfn main() {}\n```\n\n---\n\n\
             - [x] done\n- [ ] todo\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n| 3 | 4 |\n",
        );
        let t = tags(&doc);
        for tag in [
            "h3",
            "h4",
            "h6",
            "p",
            "em",
            "strong",
            "del",
            "code",
            "br",
            "blockquote",
            "ul",
            "ol",
            "li",
            "pre",
            "hr",
            "input",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
        ] {
            assert!(t.contains(&tag), "{tag} missing from {t:?}");
        }
        assert!(!t.contains(&"h1") && !t.contains(&"h2"));
        assert_eq!(attr(elements(&doc, "ol")[0], "start"), Some("3"));
        let boxes = elements(&doc, "input");
        assert_eq!(boxes.len(), 2);
        assert_eq!(attr(boxes[0], "checked"), Some(""));
        assert_eq!(attr(boxes[1], "checked"), None);
        assert!(boxes.iter().all(|b| attr(b, "disabled").is_some()));
        assert_eq!(attr(elements(&doc, "th")[0], "class"), Some("align-left"));
        assert_eq!(attr(elements(&doc, "td")[1], "class"), Some("align-right"));
        assert_eq!(elements(&doc, "tr").len(), 3);
        let pre = elements(&doc, "pre");
        assert!(
            matches!(pre[0], Node::Element { children, .. } if matches!(children[..], [Node::Element { tag: "code", .. }]))
        );
        assert!(text_of(&doc).contains("fn main() {}"));
    }

    #[test]
    fn footnotes_and_unknown_constructs_stay_text() {
        let doc = assert_safe("Note[^1].\n\n[^1]: The note.\n\n$x$ ^sup^ ~sub~");
        assert!(text_of(&doc).contains("[^1]"));
        assert!(text_of(&doc).contains("$x$"));
    }

    #[test]
    fn deep_nesting_is_flattened_without_overflow() {
        for src in [
            ">".repeat(10_000) + " deep",
            "* ".repeat(10_000) + "deep",
            "- ".repeat(5_000) + "deep",
            "1. ".repeat(5_000) + "deep",
            "*".repeat(10_000) + "deep" + &"*".repeat(10_000),
            "[".repeat(10_000) + "deep" + &"](https://a.example)".repeat(10_000),
            "<".repeat(10_000) + "deep",
            "> - ".repeat(5_000) + "deep",
            "|a".repeat(16_000) + "\n" + &"|-".repeat(16_000) + "\n" + &"x\n".repeat(15_000) + "deep",
            "[a](".repeat(20_000) + "deep",
            "a *b **c ".repeat(10_000) + "deep",
            "> ".repeat(100) + "deep\n" + &("> ".repeat(100) + "- x\n").repeat(400),
        ] {
            let doc = assert_safe(&src);
            fn depth(nodes: &[Node]) -> usize {
                nodes
                    .iter()
                    .map(|n| match n {
                        Node::Element { children, .. } => 1 + depth(children),
                        Node::Text(_) => 0,
                    })
                    .max()
                    .unwrap_or(0)
            }
            assert!(depth(&doc) <= MAX_DEPTH + 2, "{}", depth(&doc));
            assert!(text_of(&doc).contains("deep"));
        }
    }

    #[test]
    fn huge_input_is_bounded() {
        let many = "*a* [b](https://b.example) `c`\n\n".repeat(20_000);
        let doc = assert_safe(&many);
        let element_count = all(&doc).iter().filter(|n| matches!(n, Node::Element { .. })).count();
        assert!(element_count <= MAX_NODES, "{element_count}");
        // About 2,900 lines fit in the byte limit, 2,500 in the element limit: the rest are text.
        assert!(text_of(&doc).matches('c').count() >= 2_900, "content past the limit is kept as text");
        let long = "word ".repeat(100_000);
        let doc = assert_safe(&long);
        assert!(text_of(&doc).len() <= MAX_SOURCE_BYTES);
        // Cutting at the byte limit never splits a character.
        let wide = "a".to_owned() + &"é".repeat(MAX_SOURCE_BYTES);
        assert!(text_of(&assert_safe(&wide)).chars().all(|c| c == 'a' || c == 'é'));
        assert!(excerpt(&wide, 10).ends_with('…'));
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for src in [
            "",
            "\0",
            "\u{feff}",
            "|",
            "|a|\n|-|\n|b|c|d|",
            "| a |\n|---|\n",
            "- [ ]",
            "```",
            "<",
            "[](<>)",
            "![]()",
            "\r\n\r\n",
            "#######",
            "[x]: javascript:1 \"t\"",
        ] {
            assert_safe(src);
            excerpt(src, 5);
        }
    }

    #[test]
    fn headings_fit_the_page_outline_without_gaps() {
        let mut doc = parse("## Welcome\n\ntext\n\n#### Details\n\n## Again");
        outline_headings(&mut doc, 3);
        let tags: Vec<&str> = doc
            .iter()
            .filter_map(|n| if let Node::Element { tag, .. } = n { Some(*tag) } else { None })
            .collect();
        assert_eq!(tags, ["h3", "p", "h4", "h3"]);
        let mut doc = parse("# Title");
        outline_headings(&mut doc, 2);
        assert!(matches!(&doc[0], Node::Element { tag: "h2", .. }));
    }
}
