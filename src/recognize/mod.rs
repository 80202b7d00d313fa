//! Recognizers: each finds candidate mentions in the normalized text, with a type, a span,
//! a label (what it refers to) and a source. The resolve stage chooses among them.

pub(crate) mod amount;
pub(crate) mod date;
pub(crate) mod dictionary;
pub(crate) mod grammars;
pub(crate) mod number;
pub(crate) mod pattern;
/// A country inside a visit word (`방한` → 한국).
pub(crate) mod visit_words;

use crate::document::{EntityType, Source};

/// A candidate mention over `start..end` (byte offsets of the normalized text).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) kind: EntityType,
    pub(crate) label: Label,
    pub(crate) source: Source,
}

impl Candidate {
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether two candidates share a byte.
    pub(crate) fn overlaps(&self, other: &Candidate) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What a candidate refers to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Label {
    /// A dictionary entity (index into the dictionary's entities).
    Entry(u32),
    /// An amount of money, boxed: its value (number, range, currency, qualifier) is about a
    /// hundred bytes, and amounts are few, while every candidate of every recognizer is moved
    /// through sorts and lists the size of the largest label.
    Amount(Box<amount::Amount>),
    /// A date or time.
    Date(date::DateMention),
    /// A name found by its context; its canonical form is its own text.
    Surface,
}

/// The preference among candidates of equal span: dictionary over grammars over patterns.
pub(crate) fn source_rank(source: Source) -> u8 {
    match source {
        Source::Dictionary => 0,
        Source::Amount | Source::Date => 1,
        Source::Pattern => 2,
        Source::Coreference => 3,
    }
}
