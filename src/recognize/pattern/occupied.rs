//! The spans a recognizer must not overlap, asked once per hit: a sorted index, so that a
//! recognizer stays linear in the text. A scan of every earlier candidate for each hit is
//! quadratic, and shows in a long document (an embassy head in a 4 MB text cost ten times
//! what it cost in 1 MB of the same text, repeated).

use std::collections::BTreeMap;

use crate::recognize::Candidate;

/// Spans taken before the recognizer ran (any order, overlapping allowed) and the spans it
/// adds itself (each free when added, so they never overlap one another).
pub(super) struct Occupied {
    /// Starts of the spans taken before, sorted.
    starts: Vec<usize>,
    /// `max_end[i]`: the largest end among the first `i + 1` spans by start.
    max_end: Vec<usize>,
    /// The recognizer's own spans, by start.
    added: BTreeMap<usize, usize>,
}

impl Occupied {
    /// The spans of `taken`, in any order.
    pub(super) fn new(taken: &[Candidate]) -> Self {
        let mut spans: Vec<(usize, usize)> = taken.iter().map(|c| (c.start, c.end)).collect();
        spans.sort_unstable();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut furthest = 0;
        for &(_, end) in &spans {
            furthest = furthest.max(end);
            max_end.push(furthest);
        }
        Occupied {
            starts: spans.into_iter().map(|(s, _)| s).collect(),
            max_end,
            added: BTreeMap::new(),
        }
    }

    /// Does `s..e` overlap a span taken before or added since?
    pub(super) fn overlaps(&self, s: usize, e: usize) -> bool {
        let before_end = self.starts.partition_point(|&start| start < e);
        let taken = before_end > 0 && self.max_end[before_end - 1] > s;
        // the added spans never overlap, so the last one starting before `e` ends last
        taken
            || self
                .added
                .range(..e)
                .next_back()
                .is_some_and(|(_, &end)| end > s)
    }

    /// Takes `s..e`, which [`Occupied::overlaps`] found free.
    pub(super) fn add(&mut self, s: usize, e: usize) {
        self.added.insert(s, e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // any candidate does: only its span counts
    use crate::recognize::pattern::person as span;

    #[test]
    fn a_long_span_before_a_short_one_still_covers() {
        // 0..20 holds 12..14 although the span starting last before it (5..6) ends earlier
        let occupied = Occupied::new(&[span(5, 6), span(0, 20), span(30, 40)]);
        assert!(occupied.overlaps(12, 14));
        assert!(occupied.overlaps(39, 45));
        assert!(!occupied.overlaps(20, 30));
        assert!(!occupied.overlaps(40, 41));
    }

    #[test]
    fn added_spans_count_too() {
        let mut occupied = Occupied::new(&[]);
        assert!(!occupied.overlaps(3, 9));
        occupied.add(3, 9);
        assert!(occupied.overlaps(8, 12));
        assert!(occupied.overlaps(0, 4));
        assert!(!occupied.overlaps(9, 12));
        assert!(!occupied.overlaps(0, 3));
    }
}
