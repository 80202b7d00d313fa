//! # korex
//!
//! Reads Korean news and returns who and what it is about — organizations, people, titles,
//! places, amounts of money, dates — as the JSON contract of `SCHEMA.md`.
//!
//! * [`Extractor`] is built once ([`ExtractorBuilder`]) from dictionaries (the embedded
//!   defaults and yours) and is `Send + Sync`.
//! * [`Extractor::extract`] turns any `&str` into a [`Document`]: entities as clusters of
//!   mentions with byte and char offsets into your text, canonical names and values.
//!
//! ```
//! use korex::{EntityType, Extractor};
//!
//! let extractor = Extractor::default();
//! let doc = extractor.extract("오픈AI가 산은과 업무협약(MOU)을 체결했다.");
//! let bank = doc.entities_of(EntityType::Org).nth(1).unwrap();
//! assert_eq!(bank.canonical, "한국산업은행");
//! assert_eq!(bank.mentions[0].text, "산은");
//! assert_eq!(bank.mentions[0].char_start, 6);
//! ```
//!
//! # Pipeline
//!
//! `normalize` (width, dots, quotes, spaces, NFD Hangul; offsets kept) → `segment`
//! (sentences, eojeol, particles) → `recognize` (dictionary, amounts, dates, patterns) →
//! `resolve` (overlaps, grouping, coreference) → [`Document`].
//!
//! # Performance
//!
//! Build the extractor once and share it: building compiles the Aho-Corasick automaton over
//! every dictionary surface. Extraction borrows text that needs no normalization, searches
//! the automaton only at word starts, and allocates per document, not per word or match.
//! `cargo bench` reports throughput next to a bare Aho-Corasick scan of the same text.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod batch;
mod document;
mod error;
pub mod eval;
mod explain;
mod extractor;
mod recognize;
mod relate;
mod resolve;
#[cfg(feature = "schemars")]
mod schema;
pub mod text;

pub use batch::{Batch, DEFAULT_CHUNK};
pub use chrono::NaiveDate;
pub use document::{
    AmountValue, Arg, DateValue, Decimal, DocId, Document, Entity, EntityType, Grain, Mention,
    Qualifier, Relation, Source, Span, Value,
};
pub use error::{Error, ErrorKind, Result, Warning};
pub use explain::{Explanation, RuleAttempt};
pub use extractor::{
    parse_date, AutomatonKind, ExampleFailure, ExtractOptions, Extractor, ExtractorBuilder,
    DEFAULT_DICTIONARIES, DEFAULT_RULE_PACKS,
};
pub use recognize::dictionary::{Condition, Entry};
pub use relate::pack::{Example, RulePack};
#[cfg(feature = "schemars")]
pub use schema::schema;

#[cfg(test)]
mod tests {
    #[test]
    fn extractor_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<crate::Extractor>();
        assert_send_sync::<crate::Document>();
    }
}

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
