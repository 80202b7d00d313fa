//! The surfaces that start at one position: a prefix search, over one of the automaton kinds
//! [`AutomatonKind`] names.
//!
//! The dictionary asks at word starts only, and wants every surface that is a prefix of the
//! text there (the longest whose end is a word boundary wins). A double-array trie answers
//! that in one walk, one step per character, and builds in milliseconds; an anchored
//! Aho-Corasick automaton answers it by one search per prefix. Both stay selectable so the
//! benches can measure them side by side (`benches/extract.rs`).

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::error::{Error, ErrorKind, Result};
use crate::extractor::AutomatonKind;
use crate::text::PrefixTrie;

/// Every surface, indexed for prefix search.
#[derive(Clone)]
pub(super) enum PrefixIndex {
    /// No surface at all (a trie cannot be empty).
    Empty,
    /// A character-wise double-array trie.
    DoubleArray(PrefixTrie),
    /// An anchored leftmost-longest Aho-Corasick automaton.
    AhoCorasick(AhoCorasick),
}

impl std::fmt::Debug for PrefixIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            PrefixIndex::Empty => "Empty",
            PrefixIndex::DoubleArray(_) => "DoubleArray",
            PrefixIndex::AhoCorasick(_) => "AhoCorasick",
        };
        write!(f, "PrefixIndex::{kind}({} bytes)", self.memory_usage())
    }
}

impl PrefixIndex {
    /// Indexes `surfaces`; a prefix reports the position of its surface in this slice.
    pub(super) fn build(surfaces: &[Box<str>], kind: AutomatonKind) -> Result<PrefixIndex> {
        let automaton_error = |e: String| Error::new(ErrorKind::Automaton(e));
        if surfaces.is_empty() {
            return Ok(PrefixIndex::Empty);
        }
        let ac_kind = match kind {
            AutomatonKind::DoubleArray => {
                let keys = surfaces.iter().enumerate().map(|(i, s)| (&**s, i as u32));
                return PrefixTrie::new(keys)
                    .map(PrefixIndex::DoubleArray)
                    .map_err(automaton_error);
            }
            AutomatonKind::Auto => None,
            AutomatonKind::ContiguousNfa => Some(AhoCorasickKind::ContiguousNFA),
            AutomatonKind::Dfa => Some(AhoCorasickKind::DFA),
        };
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .kind(ac_kind)
            .build(surfaces.iter().map(|s| s.as_bytes()))
            .map(PrefixIndex::AhoCorasick)
            .map_err(|e| automaton_error(e.to_string()))
    }

    /// Heap bytes of the index.
    pub(super) fn memory_usage(&self) -> usize {
        match self {
            PrefixIndex::Empty => 0,
            PrefixIndex::DoubleArray(trie) => trie.heap_bytes(),
            PrefixIndex::AhoCorasick(ac) => ac.memory_usage(),
        }
    }

    /// Fills `out` with `(end, surface)` for every surface that starts at byte `start` of
    /// `text` (a char boundary), shortest first.
    pub(super) fn prefixes(&self, text: &str, start: usize, out: &mut Vec<(usize, usize)>) {
        out.clear();
        match self {
            PrefixIndex::Empty => {}
            PrefixIndex::DoubleArray(trie) => {
                trie.prefixes_at(text, start, |end, surface| {
                    out.push((end, surface as usize))
                });
            }
            PrefixIndex::AhoCorasick(ac) => {
                let mut limit = text.len();
                while limit > start {
                    let input = Input::new(text.as_bytes())
                        .span(start..limit)
                        .anchored(Anchored::Yes);
                    let Some(m) = ac.find(input) else { break };
                    out.push((m.end(), m.pattern().as_usize()));
                    limit = m.end() - 1;
                }
                out.reverse();
            }
        }
    }
}
