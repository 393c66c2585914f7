//! Rendering a long list in steps, so the first screen paints before the rest is built: the
//! first step renders at once, each further step after the browser has painted the previous
//! one (a frame, then a task), so no single task builds the whole list.

use std::time::Duration;

use leptos::prelude::*;

/// How many items to render after `painted` steps of `step`, for a list of `len`.
pub fn revealed(len: usize, step: usize, painted: usize) -> usize {
    len.min(step.max(1).saturating_mul(painted.saturating_add(1)))
}

/// Runs `f` once the browser has painted what is on screen now.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}

/// The number of a list's items to render now: the first `step` at once, `step` more after
/// each paint until all `len` are shown. A list that grows (Show more) is revealed the same way.
pub fn reveal_in_steps(len: Signal<usize>, step: usize) -> Signal<usize> {
    let painted = RwSignal::new(0usize);
    let scheduled = StoredValue::new(false);
    Effect::new(move |_| {
        let len = len.get();
        let shown = revealed(len, step, painted.get());
        if shown < len && !scheduled.get_value() {
            scheduled.set_value(true);
            after_paint(move || {
                scheduled.set_value(false);
                // The list may be gone by now (the page was left): then there is nothing to do.
                painted.try_update(|p| *p += 1);
            });
        }
    });
    Signal::derive(move || revealed(len.get(), step, painted.get()))
}

#[cfg(test)]
mod tests {
    use super::revealed;

    #[test]
    fn steps_grow_to_the_whole_list() {
        assert_eq!(revealed(24, 6, 0), 6);
        assert_eq!(revealed(24, 6, 1), 12);
        assert_eq!(revealed(24, 6, 3), 24);
        assert_eq!(revealed(24, 6, 9), 24);
        assert_eq!(revealed(3, 6, 0), 3);
        assert_eq!(revealed(0, 6, 0), 0);
        assert_eq!(revealed(5, 0, 0), 1, "a zero step still makes progress");
        assert_eq!(revealed(usize::MAX, 6, usize::MAX), usize::MAX);
    }
}
