//! Windowing maths for long lists: which rows to render for a scroll position, and how tall the
//! unrendered parts above and below them are, so that a 10,000-row feed keeps a bounded number of
//! DOM nodes while the page keeps its full height.
//!
//! Row heights live in a Fenwick (binary indexed) tree, so with `n` rows: measuring a row, the
//! offset of a row, the total height and a [`RowHeights::window`] are all O(log n); appending a
//! row is O(log n); truncating is O(1); building from scratch (a refresh, rows prepended) is O(n).
//! Rows not measured yet count as the estimate. Every input is sanitised: heights that are NaN,
//! infinite or negative are ignored, and scroll positions that are NaN count as 0.

/// The rows to render, `start..end`, and the heights of the spacers that stand in for the rows
/// before and after them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Window {
    pub start: usize,
    /// Exclusive.
    pub end: usize,
    pub pad_top: f64,
    pub pad_bottom: f64,
}

/// The heights of a list's rows, measured or estimated, with their prefix sums.
#[derive(Clone, Debug, PartialEq)]
pub struct RowHeights {
    estimate: f64,
    heights: Vec<f64>,
    /// Fenwick tree, 1-based: `tree[i - 1]` holds the sum of `heights[i - lowbit(i) .. i]`.
    tree: Vec<f64>,
}

/// A height usable for a row: finite and not negative.
pub fn valid_height(px: f64) -> Option<f64> {
    (px.is_finite() && px >= 0.0).then_some(px)
}

fn lowbit(i: usize) -> usize {
    i & i.wrapping_neg()
}

impl RowHeights {
    /// An empty list whose unmeasured rows count as `estimate` pixels (1 if it is unusable).
    pub fn new(estimate: f64) -> Self {
        let estimate = valid_height(estimate).filter(|e| *e > 0.0).unwrap_or(1.0);
        Self { estimate, heights: Vec::new(), tree: Vec::new() }
    }

    /// Builds the list in O(n) from each row's known height, if any. Unknown rows count as the
    /// mean of the known ones, or `estimate` when none is known: after a first page is measured,
    /// the spacers for the rest are sized from what the feed's rows really look like.
    pub fn from_known(estimate: f64, known: impl IntoIterator<Item = Option<f64>>) -> Self {
        let known: Vec<Option<f64>> = known.into_iter().map(|h| h.and_then(valid_height)).collect();
        let (sum, count) = known.iter().flatten().fold((0.0, 0usize), |(s, c), h| (s + h, c + 1));
        let mut rows = Self::new(if count > 0 && sum > 0.0 { sum / count as f64 } else { estimate });
        let est = rows.estimate;
        rows.heights = known.into_iter().map(|h| h.unwrap_or(est)).collect();
        rows.rebuild();
        rows
    }

    /// The height unmeasured rows count as.
    pub fn estimate(&self) -> f64 {
        self.estimate
    }

    pub fn len(&self) -> usize {
        self.heights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.heights.is_empty()
    }

    /// The height row `i` counts as, if there is such a row.
    pub fn height(&self, i: usize) -> Option<f64> {
        self.heights.get(i).copied()
    }

    /// Grows (with estimated rows: more pages arrived) or shrinks the list; O(log n) per row added.
    pub fn resize(&mut self, len: usize) {
        if len <= self.len() {
            // A Fenwick node only covers rows before it, so a prefix of the tree stays valid.
            self.heights.truncate(len);
            self.tree.truncate(len);
            return;
        }
        self.heights.reserve(len - self.len());
        self.tree.reserve(len - self.len());
        while self.len() < len {
            let i = self.len() + 1;
            let node = self.estimate + self.prefix(i - 1) - self.prefix(i - lowbit(i));
            self.heights.push(self.estimate);
            self.tree.push(node);
        }
    }

    /// Adds `count` estimated rows before the first one (newer posts arrived); O(n).
    pub fn prepend(&mut self, count: usize) {
        self.heights.splice(0..0, std::iter::repeat_n(self.estimate, count));
        self.rebuild();
    }

    /// Records row `i`'s measured height in O(log n). Returns whether anything changed: rows out
    /// of range and unusable heights are ignored, and sub-pixel jitter (< 0.5 px) is not a change,
    /// so that measuring converges.
    pub fn set(&mut self, i: usize, px: f64) -> bool {
        let (Some(old), Some(px)) = (self.heights.get(i).copied(), valid_height(px)) else {
            return false;
        };
        if (px - old).abs() < 0.5 {
            return false;
        }
        self.heights[i] = px;
        let delta = px - old;
        let mut node = i + 1;
        while node <= self.tree.len() {
            self.tree[node - 1] += delta;
            node += lowbit(node);
        }
        true
    }

    /// Where row `i` starts: the sum of the heights of the rows before it (`i` is clamped to the
    /// length, so `offset(len)` is the total).
    pub fn offset(&self, i: usize) -> f64 {
        self.prefix(i.min(self.len()))
    }

    pub fn total(&self) -> f64 {
        self.prefix(self.len())
    }

    /// The rows that overlap the viewport widened by `overscan_px` on each side. `scroll_top` is
    /// where the viewport's top is relative to the list's top: negative while the list is below
    /// it, beyond the total when scrolled past the list.
    pub fn window(&self, scroll_top: f64, viewport_height: f64, overscan_px: f64) -> Window {
        let or_zero = |x: f64| if x.is_nan() { 0.0 } else { x };
        let scroll_top = or_zero(scroll_top);
        let viewport_height = or_zero(viewport_height).max(0.0);
        let overscan_px = or_zero(overscan_px).max(0.0);
        let total = self.total();
        let top = scroll_top - overscan_px;
        let bottom = scroll_top + viewport_height + overscan_px;
        // Rows ending at or before `top` are skipped; rows starting before `bottom` are kept.
        let start = self.count_prefixes(top, false);
        let end = if bottom > 0.0 { (self.count_prefixes(bottom, true) + 1).min(self.len()) } else { 0 };
        let end = end.max(start);
        let pad_top = self.prefix(start);
        Window { start, end, pad_top, pad_bottom: (total - self.prefix(end)).max(0.0) }
    }

    fn prefix(&self, mut i: usize) -> f64 {
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree[i - 1];
            i -= lowbit(i);
        }
        sum
    }

    /// The largest `k` with `prefix(k) <= y` (or `< y` when `strict`), by walking down the tree;
    /// heights are never negative, so prefixes only grow.
    fn count_prefixes(&self, y: f64, strict: bool) -> usize {
        if y < 0.0 || (strict && y <= 0.0) {
            return 0;
        }
        let n = self.tree.len();
        let mut pos = 0;
        let mut rest = y;
        let mut step = if n == 0 { 0 } else { 1 << (usize::BITS - 1 - n.leading_zeros()) };
        while step > 0 {
            let next = pos + step;
            if next <= n {
                let node = self.tree[next - 1];
                if if strict { node < rest } else { node <= rest } {
                    pos = next;
                    rest -= node;
                }
            }
            step >>= 1;
        }
        pos
    }

    fn rebuild(&mut self) {
        self.tree.clone_from(&self.heights);
        for i in 1..=self.tree.len() {
            let parent = i + lowbit(i);
            if parent <= self.tree.len() {
                self.tree[parent - 1] += self.tree[i - 1];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Row heights like a feed's: every 7th post is long.
    fn feed(n: usize) -> RowHeights {
        RowHeights::from_known(50.0, (0..n).map(|i| Some(if i % 7 == 0 { 200.0 } else { 40.0 })))
    }

    fn naive_offset(rows: &RowHeights, i: usize) -> f64 {
        (0..i).map(|j| rows.height(j).unwrap()).sum()
    }

    /// The window computed by scanning every row, to compare against.
    fn naive_window(offsets: &[f64], top: f64, vh: f64, over: f64) -> (usize, usize) {
        let (lo, hi) = (top - over, top + vh + over);
        let start = offsets[1..].iter().filter(|&&end| end <= lo).count();
        let end = if hi > 0.0 { offsets[..offsets.len() - 1].iter().filter(|&&a| a < hi).count() } else { 0 };
        (start, end.max(start))
    }

    fn assert_consistent(rows: &RowHeights, w: Window) {
        assert!(w.start <= w.end && w.end <= rows.len(), "{w:?}");
        assert!((w.pad_top - rows.offset(w.start)).abs() < 1e-6, "{w:?}");
        assert!((w.pad_bottom - (rows.total() - rows.offset(w.end))).abs() < 1e-6, "{w:?}");
        assert!(w.pad_top >= 0.0 && w.pad_bottom >= 0.0);
    }

    #[test]
    fn an_empty_list_has_an_empty_window() {
        let rows = RowHeights::new(80.0);
        assert!(rows.is_empty());
        assert_eq!(rows.total(), 0.0);
        for top in [-100.0, 0.0, 500.0, f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(rows.window(top, 800.0, 200.0), Window::default());
        }
        assert_eq!(RowHeights::from_known(80.0, []), rows);
    }

    #[test]
    fn offsets_and_total_match_a_plain_sum() {
        let rows = feed(1000);
        for i in [0, 1, 6, 7, 8, 63, 64, 65, 500, 999, 1000, 5000] {
            assert_eq!(rows.offset(i), naive_offset(&rows, i.min(1000)), "row {i}");
        }
        assert_eq!(rows.total(), 143.0 * 200.0 + 857.0 * 40.0);
    }

    #[test]
    fn the_window_at_the_top_covers_the_viewport_and_the_overscan() {
        let rows = RowHeights::from_known(50.0, (0..100).map(|_| Some(50.0)));
        let w = rows.window(0.0, 500.0, 100.0);
        assert_eq!(w, Window { start: 0, end: 12, pad_top: 0.0, pad_bottom: 88.0 * 50.0 });
        // A row ending exactly at the window's top is skipped; one starting at its bottom too.
        let w = rows.window(1000.0, 500.0, 0.0);
        assert_eq!((w.start, w.end), (20, 30));
        let w = rows.window(1001.0, 500.0, 0.0);
        assert_eq!((w.start, w.end), (20, 31));
    }

    #[test]
    fn windows_match_a_row_by_row_scan_for_variable_heights() {
        let mut rows = feed(300);
        rows.set(3, 0.0);
        rows.set(4, 0.0);
        let total = rows.total();
        let offsets: Vec<f64> = (0..=rows.len()).map(|i| naive_offset(&rows, i)).collect();
        // Steps of 12.5 px are exact in binary, so row boundaries are hit exactly too.
        let mut top = -700.0;
        while top < total + 700.0 {
            for (vh, over) in [(600.0, 0.0), (600.0, 300.0), (0.0, 0.0), (37.5, 12.5)] {
                let w = rows.window(top, vh, over);
                assert_consistent(&rows, w);
                assert_eq!((w.start, w.end), naive_window(&offsets, top, vh, over), "top {top} vh {vh}");
                // Every row with a height that shows in the viewport is rendered.
                for i in 0..rows.len() {
                    let (a, b) = (offsets[i], offsets[i + 1]);
                    if b > a && b > top && a < top + vh {
                        assert!((w.start..w.end).contains(&i), "row {i} at {top}: {w:?}");
                    }
                }
            }
            top += 12.5;
        }
    }

    #[test]
    fn a_list_below_the_fold_renders_only_what_the_overscan_reaches() {
        let rows = feed(100);
        let w = rows.window(-2000.0, 800.0, 200.0);
        assert_eq!(w, Window { start: 0, end: 0, pad_top: 0.0, pad_bottom: rows.total() });
        let w = rows.window(-900.0, 800.0, 200.0);
        assert_eq!((w.start, w.end), (0, 1), "only row 0 starts within the overscan's 100 px");
    }

    #[test]
    fn scrolling_past_the_end_renders_nothing_and_keeps_the_height() {
        let rows = feed(100);
        let total = rows.total();
        let w = rows.window(total + 5000.0, 800.0, 200.0);
        assert_eq!(w, Window { start: 100, end: 100, pad_top: total, pad_bottom: 0.0 });
        let w = rows.window(total - 100.0, 800.0, 0.0);
        assert_eq!(w.end, 100);
        assert!(w.start < 100);
        assert_consistent(&rows, w);
    }

    #[test]
    fn nan_negative_and_huge_inputs_do_not_panic() {
        let rows = feed(50);
        let nasty = [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, -1e300, 1e300, -0.0, f64::MAX, f64::MIN];
        for &a in &nasty {
            for &b in &nasty {
                for &c in &nasty {
                    assert_consistent(&rows, rows.window(a, b, c));
                }
            }
        }
        assert_eq!(rows.window(f64::NAN, 100.0, 0.0), rows.window(0.0, 100.0, 0.0));
        let all = rows.window(0.0, f64::INFINITY, 0.0);
        assert_eq!((all.start, all.end), (0, 50));
        assert_eq!(rows.window(0.0, f64::NAN, 0.0).start, 0);
        // Unusable heights and estimates are ignored.
        let mut r = rows.clone();
        for bad in [f64::NAN, -1.0, f64::INFINITY] {
            assert!(!r.set(3, bad));
        }
        assert!(!r.set(50, 10.0), "out of range");
        assert_eq!(r, rows);
        assert_eq!(RowHeights::new(f64::NAN).estimate(), 1.0);
        assert_eq!(RowHeights::new(-3.0).estimate(), 1.0);
        assert_eq!(RowHeights::new(0.0).estimate(), 1.0);
    }

    #[test]
    fn measuring_rows_moves_the_spacers() {
        let mut rows = RowHeights::from_known(100.0, (0..1000).map(|_| None));
        assert_eq!(rows.total(), 100_000.0);
        let before = rows.window(50_000.0, 1000.0, 0.0);
        assert_eq!((before.start, before.end), (500, 510));
        // Rows above the viewport turn out shorter: the window moves down the list.
        for i in 0..500 {
            assert!(rows.set(i, 50.0));
        }
        assert_eq!(rows.total(), 75_000.0);
        assert_eq!(rows.offset(500), 25_000.0);
        let after = rows.window(50_000.0, 1000.0, 0.0);
        assert_eq!((after.start, after.end), (750, 760));
        assert_consistent(&rows, after);
        // Sub-pixel jitter is not a change, so measuring settles.
        assert!(!rows.set(10, 50.3));
        assert!(rows.set(10, 51.0));
        assert_eq!(rows.offset(11), 11.0 * 50.0 + 1.0);
        // Growing back and shrinking to zero are changes like any other.
        assert!(rows.set(10, 0.0));
        assert_eq!(rows.height(10), Some(0.0));
        assert_eq!(rows.offset(11), 10.0 * 50.0);
    }

    #[test]
    fn appending_pages_keeps_measured_heights() {
        let mut rows = feed(20);
        let measured = rows.total();
        for more in [1, 7, 20, 64, 3, 1000] {
            let len = rows.len();
            rows.resize(len + more);
            assert_eq!(rows.len(), len + more);
            assert_eq!(rows.offset(20), measured);
            for i in [len, len + more / 2, len + more - 1] {
                assert!((rows.offset(i + 1) - naive_offset(&rows, i + 1)).abs() < 1e-6, "row {i}");
            }
        }
        assert_eq!(rows.height(20), Some(rows.estimate()));
        assert_eq!(rows.estimate(), (200.0 * 3.0 + 40.0 * 17.0) / 20.0, "the mean of the known rows");
        // Measurements after appending land in the right place.
        assert!(rows.set(1000, 10.0));
        assert!((rows.total() - naive_offset(&rows, rows.len())).abs() < 1e-6);
    }

    #[test]
    fn shrinking_keeps_the_prefix_and_can_grow_again() {
        let mut rows = feed(100);
        let at40 = rows.offset(40);
        rows.resize(40);
        assert_eq!(rows.len(), 40);
        assert_eq!(rows.total(), at40);
        rows.resize(0);
        assert_eq!(rows.total(), 0.0);
        rows.resize(10);
        assert_eq!(rows.total(), 10.0 * rows.estimate());
    }

    #[test]
    fn prepending_and_refreshing_reindex_the_rows() {
        let mut rows = feed(30);
        let old = rows.clone();
        rows.prepend(5);
        assert_eq!(rows.len(), 35);
        assert_eq!(rows.offset(5), 5.0 * rows.estimate());
        for i in 0..30 {
            assert_eq!(rows.height(i + 5), old.height(i));
        }
        assert!((rows.total() - naive_offset(&rows, 35)).abs() < 1e-6);
        rows.prepend(0);
        assert_eq!(rows.len(), 35);
        // A refresh rebuilds from whatever heights are still known (here: the odd rows).
        let fresh = RowHeights::from_known(60.0, (0..10).map(|i| (i % 2 == 1).then_some(30.0)));
        assert_eq!(fresh.estimate(), 30.0);
        assert_eq!(fresh.total(), 300.0);
        let unknown = RowHeights::from_known(60.0, (0..10).map(|_| None));
        assert_eq!(unknown.total(), 600.0);
    }

    #[test]
    fn ten_thousand_rows_stay_fast_and_exact() {
        let mut rows = RowHeights::from_known(80.0, (0..10_000).map(|_| None));
        // 10,000 measurements and windows: O(n log n) in all, instant even unoptimised.
        for i in 0..10_000 {
            rows.set(i, if i % 7 == 0 { 300.0 } else { 60.0 });
            let w = rows.window(rows.offset(i) - 400.0, 900.0, 450.0);
            assert!(w.start <= i && i < w.end, "row {i} is in view: {w:?}");
            assert!(w.end - w.start <= 40, "bounded: {w:?}");
        }
        let total = 1429.0 * 300.0 + 8571.0 * 60.0;
        assert!((rows.total() - total).abs() < 1e-6);
        let mid = rows.window(total / 2.0, 900.0, 450.0);
        assert_consistent(&rows, mid);
        assert!((rows.offset(mid.start)..rows.offset(mid.end)).contains(&(total / 2.0)));
    }
}
