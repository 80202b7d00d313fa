//! # korex
//!
//! Reads Korean news and returns who and what it is about — organizations, people, titles,
//! places, events, amounts of money, dates — and how they are linked (MOU signings, visits,
//! meetings, investments, funding, …), as the JSON contract of `docs/output.md`.
//!
//! * [`Extractor`] is built once by an [`ExtractorBuilder`] from dictionaries and rule packs
//!   (the embedded defaults and yours). It is `Send + Sync`: share it between threads.
//! * [`Extractor::extract`] turns any `&str` into a [`Document`]: [`Entity`]s as clusters of
//!   [`Mention`]s with byte and char offsets into your text, canonical names and [`Value`]s,
//!   and [`Relation`]s whose [`Arg`]s point at entities. It never panics.
//!
//! ```
//! use korex::{EntityType, Extractor};
//!
//! let extractor = Extractor::default(); // the embedded dictionaries and rule packs
//! let doc = extractor.extract("오픈AI가 산은과 업무협약(MOU)을 체결했다.");
//! let bank = doc.entities_of(EntityType::Org).nth(1).unwrap();
//! assert_eq!(bank.canonical, "한국산업은행"); // 산은 is an alias
//! assert_eq!(bank.mentions[0].text, "산은"); // the particle 과 is split off
//! assert_eq!(bank.mentions[0].char_start, 6);
//! assert_eq!(doc.relations[0].kind, "mou");
//! ```
//!
//! # Dictionaries
//!
//! A dictionary is UTF-8 text, one entry a line: `canonical <TAB> TYPE <TAB> aliases <TAB>
//! attributes`, aliases separated by `|` (the full format is `dictionaries/README.md`). A
//! surface matches only at a Korean word boundary: `한국` never inside `한국어`. Add files with
//! [`ExtractorBuilder::dictionary_file`], text with [`ExtractorBuilder::dictionary_str`], or
//! one [`Entry`] from code.
//!
//! ```
//! use korex::{EntityType, Extractor, NaiveDate};
//!
//! let extractor = Extractor::builder()
//!     .dictionary_str("mine.tsv", "미래센서\tORG\t퓨처센서|MiraeSensor\n")
//!     .reference_date(NaiveDate::from_ymd_opt(2024, 11, 27).unwrap())
//!     .build()?;
//! let doc = extractor.extract("퓨처센서는 지난 26일 신제품을 공개했다.");
//! assert_eq!(doc.entities[0].canonical, "미래센서");
//! let date = doc.entities_of(EntityType::Date).next().unwrap();
//! assert_eq!(date.canonical, "2024-11-26"); // 지난 26일, against the reference date
//! # Ok::<(), korex::Error>(())
//! ```
//!
//! # Rule packs and relations
//!
//! Relations come from rule packs: TOML files of rules (a trigger word or verb, and the
//! arguments to find around it by entity type, particle and position) that carry their own
//! `[[example]]`s (the format is `rules/README.md`). A pack may add relation types of its own
//! and name the dictionaries its examples need (`[pack] dictionaries = ["mine.tsv"]`, relative
//! to the pack file). [`Extractor::check_pack`] runs a pack's examples, as `korex test-pack`
//! does:
//!
//! ```
//! use korex::{Extractor, RulePack};
//!
//! let pack = RulePack::parse("supply.toml", r#"
//! [pack]
//! name = "supply"
//!
//! [[rule]]
//! id = "supply.deal"
//! relation = "supply"
//! trigger = { words = ["공급 계약"], verbs = ["맺"], max_gap = 4 }
//! require = { party = 2 }
//! args = [
//!   { role = "party", types = ["ORG"], particles = ["topic", "subject"], position = "before", many = true, optional = true },
//!   { role = "party", types = ["ORG"], particles = ["partner"], many = true, optional = true },
//! ]
//!
//! [[example]]
//! text = "LG전자는 삼성전자와 공급 계약을 맺었다."
//! expect = ["supply(party=LG전자, party=삼성전자)"]
//! "#)?;
//! let extractor = Extractor::builder().rule_pack(pack.clone()).build()?;
//! assert!(extractor.check_pack(&pack)?.is_empty());
//! let doc = extractor.extract("LG전자는 삼성전자와 공급 계약을 맺었다.");
//! let supply = doc.relations.iter().find(|r| r.kind == "supply").unwrap();
//! assert_eq!(supply.args.len(), 2);
//! # Ok::<(), korex::Error>(())
//! ```
//!
//! When a rule does not fire, [`Extractor::explanation`] says which argument was missing, as
//! a serializable [`Explanation`] (or as text: [`Extractor::explain`]).
//!
//! # Errors
//!
//! Building never half-succeeds: [`ExtractorBuilder::build`] returns an [`Error`] that names
//! the file, the line and the problem.
//!
//! ```
//! let err = korex::Extractor::builder()
//!     .dictionary_str("mine.tsv", "미래센서\tCOMPANY\n")
//!     .build()
//!     .unwrap_err();
//! assert_eq!(err.origin(), Some("mine.tsv"));
//! assert_eq!(err.line(), Some(1));
//! assert!(err.to_string().starts_with("mine.tsv:1: unknown entity type `COMPANY`"));
//! ```
//!
//! # Many texts, threads
//!
//! [`Extractor::extract_batch`] takes `(id, text, reference_date)` items and yields their
//! documents in input order, a chunk at a time; with the `rayon` feature each chunk runs on
//! every core. Or call [`Extractor::extract_with`] from your own threads: the extractor keeps
//! no state between calls. A [`DocId`] keeps a string id a string and a number a number.
//!
//! ```
//! use korex::{DocId, Extractor};
//!
//! let extractor = Extractor::default();
//! let items = [(Some(DocId::from(7u64)), "구글과 애플", None), (None, "한국은행", None)];
//! let docs: Vec<_> = extractor.extract_batch(items).collect();
//! assert_eq!(serde_json::to_value(&docs[0]).unwrap()["id"], 7);
//! assert_eq!(docs[1].entities[0].canonical, "한국은행");
//! ```
//!
//! # Evaluation
//!
//! [`eval`] scores an extractor on annotated articles (precision, recall and F1 per entity and
//! relation type, with every miss), by the rules of the project's scorer; `korex eval` prints
//! the same table.
//!
//! # Features
//!
//! * `cli` (default): the `korex` binary (clap, indicatif, unicode-width, rayon). Library users
//!   who want none of that write `korex = { version = "0.1", default-features = false }`.
//! * `rayon`: [`Extractor::extract_batch`] runs each chunk in parallel.
//! * `schemars`: `schema()`, the JSON Schema of [`Document`] (checked in as
//!   `docs/document.schema.json`).
//!
//! # Pipeline
//!
//! `normalize` (width, dots, quotes, spaces, NFD Hangul; offsets kept) → `segment`
//! (sentences, eojeol, particles) → `recognize` (dictionary, amounts, dates, patterns) →
//! `resolve` (overlaps, grouping, coreference) → `relate` (rule packs) → [`Document`].
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
