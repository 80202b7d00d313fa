//! `ExtractorBuilder`: which dictionaries and rule packs an `Extractor` is built from, and
//! the embedded defaults.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::Extractor;
use crate::error::{read_utf8, Result};
use crate::recognize::dictionary::{DictionaryBuilder, Entry};
use crate::relate::pack::RulePack;
use crate::relate::RuleSet;

/// The dictionaries embedded in the library: `(name, text)`.
pub const DEFAULT_DICTIONARIES: &[(&str, &str)] = &[
    (
        "dictionaries/org.tsv",
        include_str!("../../dictionaries/org.tsv"),
    ),
    (
        "dictionaries/org_public.tsv",
        include_str!("../../dictionaries/org_public.tsv"),
    ),
    (
        "dictionaries/org_global.tsv",
        include_str!("../../dictionaries/org_global.tsv"),
    ),
    (
        "dictionaries/person.tsv",
        include_str!("../../dictionaries/person.tsv"),
    ),
    (
        "dictionaries/location.tsv",
        include_str!("../../dictionaries/location.tsv"),
    ),
    (
        "dictionaries/title.tsv",
        include_str!("../../dictionaries/title.tsv"),
    ),
    (
        "dictionaries/event.tsv",
        include_str!("../../dictionaries/event.tsv"),
    ),
];

/// The rule packs embedded in the library: `(name, text)`.
pub const DEFAULT_RULE_PACKS: &[(&str, &str)] = &[
    ("rules/mou.toml", include_str!("../../rules/mou.toml")),
    ("rules/visit.toml", include_str!("../../rules/visit.toml")),
    (
        "rules/meeting.toml",
        include_str!("../../rules/meeting.toml"),
    ),
    (
        "rules/attendance.toml",
        include_str!("../../rules/attendance.toml"),
    ),
    (
        "rules/investment.toml",
        include_str!("../../rules/investment.toml"),
    ),
    (
        "rules/funding.toml",
        include_str!("../../rules/funding.toml"),
    ),
    ("rules/lease.toml", include_str!("../../rules/lease.toml")),
    (
        "rules/establishment.toml",
        include_str!("../../rules/establishment.toml"),
    ),
    (
        "rules/position.toml",
        include_str!("../../rules/position.toml"),
    ),
];

/// Which automaton the dictionary's prefix search at word starts uses.
///
/// The double-array trie is the default: measured on Korean news with the default
/// dictionaries (see `benches/extract.rs`), one walk per word start finds every surface that
/// starts there faster than anchored Aho-Corasick searches, and it builds several times
/// faster in a fraction of the memory. The Aho-Corasick kinds stay for comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AutomatonKind {
    /// A character-wise double-array trie (`crawdad`): one step per character.
    #[default]
    DoubleArray,
    /// Let `aho-corasick` choose.
    Auto,
    /// An Aho-Corasick contiguous NFA: compact, fast to build.
    ContiguousNfa,
    /// An Aho-Corasick DFA: largest memory.
    Dfa,
}

pub(super) enum PackSource {
    File(PathBuf),
    Text(String, String),
    Parsed(RulePack),
}

pub(super) enum DictSource {
    File(PathBuf),
    Text(String, String),
}

/// Builds an [`Extractor`].
///
/// The two settings that matter most: which dictionaries to load (the embedded defaults,
/// plus yours with [`dictionary_file`](Self::dictionary_file) or [`entry`](Self::entry)), and
/// the [`reference_date`](Self::reference_date) that relative dates (`지난 26일`) resolve
/// against when a text carries no dateline of its own.
///
/// ```
/// use korex::{Entry, EntityType, Extractor};
/// let extractor = Extractor::builder()
///     .entry(Entry::new("퓨처랩스", EntityType::Org))
///     .reference_date(chrono::NaiveDate::from_ymd_opt(2024, 11, 27).unwrap())
///     .build()?;
/// let doc = extractor.extract("퓨처랩스는 한국산업은행과 협약을 맺었다.");
/// assert_eq!(doc.entities[0].canonical, "퓨처랩스");
/// assert_eq!(doc.reference_date.as_deref(), Some("2024-11-27"));
/// # Ok::<(), korex::Error>(())
/// ```
pub struct ExtractorBuilder {
    discovery: bool,
    amounts: bool,
    dates: bool,
    defaults: bool,
    default_rules: bool,
    packs: Vec<PackSource>,
    sources: Vec<DictSource>,
    entries: Vec<Entry>,
    reference_date: Option<NaiveDate>,
    automaton: AutomatonKind,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl ExtractorBuilder {
    /// A builder with the embedded default dictionaries.
    pub fn new() -> Self {
        ExtractorBuilder {
            discovery: true,
            amounts: true,
            dates: true,
            defaults: true,
            default_rules: true,
            packs: Vec::new(),
            sources: Vec::new(),
            entries: Vec::new(),
            reference_date: None,
            automaton: AutomatonKind::default(),
        }
    }

    /// Whether to load the embedded default dictionaries (on by default).
    pub fn default_dictionaries(mut self, yes: bool) -> Self {
        self.defaults = yes;
        self
    }

    /// Whether to find names no dictionary has by their context (on by default): a Korean
    /// or foreign name before a title, an organization by its suffix, `(주)`, `ABC측`.
    pub fn discovery(mut self, yes: bool) -> Self {
        self.discovery = yes;
        self
    }

    /// Whether to recognize amounts of money (on by default).
    pub fn amounts(mut self, yes: bool) -> Self {
        self.amounts = yes;
        self
    }

    /// Whether to recognize dates and times (on by default).
    pub fn dates(mut self, yes: bool) -> Self {
        self.dates = yes;
        self
    }

    /// Whether to load the embedded default rule packs (on by default).
    pub fn default_rules(mut self, yes: bool) -> Self {
        self.default_rules = yes;
        self
    }

    /// Adds a rule pack file (TOML, see `rules/README.md`); read at `build`.
    pub fn rule_pack_file(mut self, path: impl AsRef<Path>) -> Self {
        self.packs
            .push(PackSource::File(path.as_ref().to_path_buf()));
        self
    }

    /// Adds a rule pack from TOML text; `name` stands for the file in errors.
    pub fn rule_pack_str(mut self, name: impl Into<String>, toml: impl Into<String>) -> Self {
        self.packs.push(PackSource::Text(name.into(), toml.into()));
        self
    }

    /// Adds a parsed rule pack.
    pub fn rule_pack(mut self, pack: RulePack) -> Self {
        self.packs.push(PackSource::Parsed(pack));
        self
    }

    /// Adds a dictionary file (format in `dictionaries/README.md`); read at `build`.
    pub fn dictionary_file(mut self, path: impl AsRef<Path>) -> Self {
        self.sources
            .push(DictSource::File(path.as_ref().to_path_buf()));
        self
    }

    /// Adds a dictionary from text; `name` stands for the file in errors.
    pub fn dictionary_str(mut self, name: impl Into<String>, tsv: impl Into<String>) -> Self {
        self.sources.push(DictSource::Text(name.into(), tsv.into()));
        self
    }

    /// Adds one entry from code.
    pub fn entry(mut self, entry: Entry) -> Self {
        self.entries.push(entry);
        self
    }

    /// The date relative dates resolve against when a call gives none; without it, a text's
    /// own dateline (`등록 2024.11.27 06:01:00`) is used, else relative dates stay unresolved.
    pub fn reference_date(mut self, date: NaiveDate) -> Self {
        self.reference_date = Some(date);
        self
    }

    /// Which automaton the dictionary compiles to.
    pub fn automaton(mut self, kind: AutomatonKind) -> Self {
        self.automaton = kind;
        self
    }

    /// Loads and compiles everything: the dictionaries (the defaults, yours, and those the
    /// rule packs name), then the rule packs.
    ///
    /// # Errors
    ///
    /// A file that cannot be read or is not UTF-8, a malformed dictionary line, a malformed
    /// rule pack or an invalid rule; the error names the file and, where there is one, the
    /// line ([`Error::origin`](crate::Error::origin), [`Error::line`](crate::Error::line)).
    pub fn build(self) -> Result<Extractor> {
        let mut packs = Vec::new();
        if self.default_rules {
            for (name, text) in DEFAULT_RULE_PACKS {
                packs.push(RulePack::parse(name, text)?);
            }
        }
        for p in self.packs {
            packs.push(match p {
                PackSource::File(path) => RulePack::from_file(&path)?,
                PackSource::Text(name, text) => RulePack::parse(&name, &text)?,
                PackSource::Parsed(pack) => pack,
            });
        }
        let mut dict = DictionaryBuilder::default();
        if self.defaults {
            for (name, text) in DEFAULT_DICTIONARIES {
                dict.add_tsv(name, text)?;
            }
        }
        let mut files: Vec<PathBuf> = Vec::new();
        for source in self.sources {
            match source {
                DictSource::File(path) => files.push(path),
                DictSource::Text(name, text) => dict.add_tsv(&name, &text)?,
            }
        }
        for path in packs.iter().flat_map(|p| p.dictionaries()) {
            if !files.contains(path) {
                files.push(path.clone());
            }
        }
        for path in &files {
            let text = read_utf8(path)?;
            dict.add_tsv(&path.display().to_string(), &text)?;
        }
        for entry in self.entries {
            dict.add(entry);
        }
        let warnings = dict.take_warnings();
        Ok(Extractor {
            discovery: self.discovery,
            amounts: self.amounts,
            dates: self.dates,
            warnings,
            dictionary: dict.build(self.automaton)?,
            rules: RuleSet::new(packs)?,
            reference_date: self.reference_date,
        })
    }
}
