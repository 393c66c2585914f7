//! Markdown, safe by construction: parsed with pulldown-cmark into a small tree and rendered
//! as Leptos views, never through innerHTML. (Being written.)
