//! Windowing maths for long lists: which rows to render for a scroll position. (Being written.)
