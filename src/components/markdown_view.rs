//! Renders Markdown safely. (Being written.)
