//! A Markdown text area with live preview. (Being written.)
