//! Renders member-written Markdown as real elements, never through innerHTML.

use leptos::html::Div;
use leptos::prelude::*;

use crate::ui::markdown::{Node, parse};

/// Appends `nodes` to `parent` as DOM nodes: elements by `createElement` with the tree's fixed
/// tag and attribute names, text by `append(string)`, which makes a Text node. The tree has
/// already applied the safety rules (see `crate::ui::markdown`), and its depth is bounded, so the
/// recursion is too. Plain DOM calls instead of a view per node keep the code small.
fn build(doc: &web_sys::Document, parent: &web_sys::Element, nodes: Vec<Node>) {
    for node in nodes {
        match node {
            Node::Text(text) => {
                let _ = parent.append_with_str_1(&text);
            }
            Node::Element { tag, attrs, children } => {
                let Ok(el) = doc.create_element(tag) else { continue };
                // Each block keeps the direction of its own text (an Arabic paragraph in an
                // English post, and the other way round).
                if matches!(tag, "p" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "blockquote" | "th" | "td") {
                    let _ = el.set_attribute("dir", "auto");
                }
                for (name, value) in attrs {
                    let _ = el.set_attribute(name, &value);
                }
                build(doc, &el, children);
                let _ = parent.append_with_node_1(&el);
            }
        }
    }
}

/// Markdown from members (posts, comments, guidelines, descriptions), safely rendered.
/// Headings start at `h3`: the page owns its `h1` and section `h2`s.
#[component]
pub fn MarkdownView(
    #[prop(into)] source: Signal<String>,
    /// Extra classes beside `markdown`.
    #[prop(optional, into)]
    class: String,
    /// The heading level the document's top heading gets (default 3: under a page's `h2`).
    #[prop(optional)]
    top_heading: Option<usize>,
) -> impl IntoView {
    let top = top_heading.unwrap_or(3);
    let class = if class.is_empty() { "markdown".to_owned() } else { format!("markdown {class}") };
    let root = NodeRef::<Div>::new();
    Effect::new(move || {
        if let Some(div) = root.get()
            && let Some(doc) = div.owner_document()
        {
            let mut nodes = source.with(|s| parse(s));
            crate::ui::markdown::outline_headings(&mut nodes, top);
            div.set_text_content(None);
            build(&doc, &div, nodes);
        }
    });
    // Member content: its direction is its own, whatever the page's language.
    view! { <div class=class dir="auto" node_ref=root></div> }
}
