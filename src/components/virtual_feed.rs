//! A windowed, infinitely scrolling list. (Being written.)
