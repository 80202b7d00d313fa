//! `Extractor`: built once from dictionaries and rule packs, then run on any number of texts,
//! from any number of threads.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::batch::Batch;
use crate::document::{Arg, DocId, Document, Entity, Mention, Relation, Span};
use crate::error::{read_utf8, Error, ErrorKind, Result, Warning};
use crate::explain::{Explanation, RuleAttempt};
use crate::recognize::dictionary::{Dictionary, DictionaryBuilder, Entry};
use crate::recognize::{grammars, pattern, Candidate};
use crate::relate::args::Analysis;
use crate::relate::pack::{parse_expectation, Expectation, RulePack};
use crate::relate::{ArgValue, Attempt, Found, RuleSet, TriggerHits};
use crate::resolve::{self, coref, Cluster, Resolved};
use crate::text::{normalize, segment, word_starts, OffsetMap};

/// The dictionaries embedded in the library: `(name, text)`.
pub const DEFAULT_DICTIONARIES: &[(&str, &str)] = &[
    (
        "dictionaries/org.tsv",
        include_str!("../dictionaries/org.tsv"),
    ),
    (
        "dictionaries/org_public.tsv",
        include_str!("../dictionaries/org_public.tsv"),
    ),
    (
        "dictionaries/org_global.tsv",
        include_str!("../dictionaries/org_global.tsv"),
    ),
    (
        "dictionaries/person.tsv",
        include_str!("../dictionaries/person.tsv"),
    ),
    (
        "dictionaries/location.tsv",
        include_str!("../dictionaries/location.tsv"),
    ),
    (
        "dictionaries/title.tsv",
        include_str!("../dictionaries/title.tsv"),
    ),
    (
        "dictionaries/event.tsv",
        include_str!("../dictionaries/event.tsv"),
    ),
];

/// The rule packs embedded in the library: `(name, text)`.
pub const DEFAULT_RULE_PACKS: &[(&str, &str)] = &[
    ("rules/mou.toml", include_str!("../rules/mou.toml")),
    ("rules/visit.toml", include_str!("../rules/visit.toml")),
    ("rules/meeting.toml", include_str!("../rules/meeting.toml")),
    (
        "rules/attendance.toml",
        include_str!("../rules/attendance.toml"),
    ),
    (
        "rules/investment.toml",
        include_str!("../rules/investment.toml"),
    ),
    ("rules/funding.toml", include_str!("../rules/funding.toml")),
    ("rules/lease.toml", include_str!("../rules/lease.toml")),
    (
        "rules/establishment.toml",
        include_str!("../rules/establishment.toml"),
    ),
    (
        "rules/position.toml",
        include_str!("../rules/position.toml"),
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

enum PackSource {
    File(PathBuf),
    Text(String, String),
    Parsed(RulePack),
}

enum DictSource {
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

/// Parses a reference date written exactly as `YYYY-MM-DD` (`2024-11-27`); `2024-2-9`,
/// `+2024-11-27` or ` 2024-11-27` are refused.
///
/// ```
/// let date = korex::parse_date("2024-11-27")?;
/// assert_eq!(date, korex::NaiveDate::from_ymd_opt(2024, 11, 27).unwrap());
/// assert!(korex::parse_date("2024-2-9").is_err());
/// # Ok::<(), korex::Error>(())
/// ```
///
/// # Errors
///
/// Text that is not ten characters `YYYY-MM-DD`, or not a day of the calendar (`2023-02-29`).
pub fn parse_date(s: &str) -> Result<NaiveDate> {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    let date = shaped
        .then(|| {
            let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
            NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?)
        })
        .flatten();
    date.ok_or_else(|| {
        Error::new(ErrorKind::Option(format!(
            "`{s}` is not a date written YYYY-MM-DD"
        )))
    })
}

/// Per-call settings for [`Extractor::extract_with`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExtractOptions {
    /// The document id copied to the output (a string or a number: `"doc-1".into()`).
    pub id: Option<DocId>,
    /// The reference date for this text, overriding the builder's.
    pub reference_date: Option<NaiveDate>,
}

/// Finds entities and relations in Korean news text.
///
/// Build it once (it compiles the dictionaries), then call [`extract`](Self::extract) from
/// as many threads as you like: it is `Send + Sync` and keeps no state between calls.
///
/// ```
/// use korex::{EntityType, Extractor};
/// let extractor = Extractor::default();
/// let doc = extractor.extract("오픈AI가 산은과 MOU를 체결했다.");
/// let orgs: Vec<&str> = doc.entities_of(EntityType::Org).map(|e| e.canonical.as_str()).collect();
/// assert_eq!(orgs, ["오픈AI", "한국산업은행"]);
/// ```
pub struct Extractor {
    discovery: bool,
    amounts: bool,
    dates: bool,
    warnings: Vec<Warning>,
    dictionary: Dictionary,
    rules: RuleSet,
    reference_date: Option<NaiveDate>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (entities, surfaces) = self.dictionary.len();
        f.debug_struct("Extractor")
            .field("entities", &entities)
            .field("surfaces", &surfaces)
            .field("rules", &self.rules.rules.len())
            .field("discovery", &self.discovery)
            .field("reference_date", &self.reference_date)
            .finish()
    }
}

impl Default for Extractor {
    /// The extractor over the embedded defaults.
    ///
    /// # Panics
    /// Never in a released build: the embedded dictionaries are checked by the test suite.
    fn default() -> Self {
        ExtractorBuilder::new()
            .build()
            .expect("the embedded default dictionaries are valid")
    }
}

impl Extractor {
    /// A builder with the embedded default dictionaries.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// How many dictionary entities and surfaces the extractor holds.
    pub fn dictionary_size(&self) -> (usize, usize) {
        self.dictionary.len()
    }

    /// Heap bytes used by the dictionary automaton.
    pub fn automaton_bytes(&self) -> usize {
        self.dictionary.automaton_bytes()
    }

    /// What the dictionaries gave that is accepted but worth a look: one surface with two
    /// entity types. Empty for the embedded defaults.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    /// Extracts from one text, with no id.
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(text, &ExtractOptions::default())
    }

    /// Extracts from one text with an id and a reference date for this call.
    ///
    /// ```
    /// use korex::{ExtractOptions, Extractor};
    /// let options = ExtractOptions {
    ///     id: Some("doc-1".into()),
    ///     reference_date: chrono::NaiveDate::from_ymd_opt(2013, 2, 12),
    /// };
    /// let doc = Extractor::default().extract_with("한국은행", &options);
    /// assert_eq!(doc.id.unwrap(), "doc-1");
    /// assert_eq!(doc.reference_date.as_deref(), Some("2013-02-12"));
    /// ```
    pub fn extract_with(&self, text: &str, options: &ExtractOptions) -> Document {
        self.run(text, options, &self.rules, None)
    }

    /// The rule packs loaded, in order.
    pub fn rule_packs(&self) -> &[RulePack] {
        &self.rules.packs
    }

    /// Many texts, as `(id, text, reference_date)` items, in input order: see [`Batch`].
    ///
    /// ```
    /// let extractor = korex::Extractor::default();
    /// let texts = ["구글과 애플", "한국은행"];
    /// let items = texts.iter().enumerate().map(|(i, t)| (Some(i.into()), *t, None));
    /// let counts: Vec<usize> = extractor.extract_batch(items).map(|d| d.entities.len()).collect();
    /// assert_eq!(counts, [2, 1]);
    /// ```
    pub fn extract_batch<I, T>(&self, items: I) -> Batch<'_, I::IntoIter>
    where
        I: IntoIterator<Item = (Option<DocId>, T, Option<NaiveDate>)>,
        T: AsRef<str> + Send,
    {
        Batch::new(self, items.into_iter())
    }

    /// The text of [`explanation`](Self::explanation): the entities found and, for every rule
    /// whose trigger occurs, whether it fired or which argument was missing.
    ///
    /// ```
    /// let ex = korex::Extractor::default();
    /// let report = ex.explain("오픈AI는 한국산업은행과 MOU를 체결했다.", None);
    /// assert!(report.contains("rule mou."), "{report}");
    /// assert!(report.contains("fired"), "{report}");
    /// ```
    pub fn explain(&self, text: &str, reference_date: Option<NaiveDate>) -> String {
        self.explanation(text, reference_date).to_string()
    }

    /// For a text: the document, its sentences, and for every rule whose trigger occurs
    /// whether it fired or which argument was missing, as a value you can inspect or
    /// serialize (see [`Explanation`]).
    pub fn explanation(&self, text: &str, reference_date: Option<NaiveDate>) -> Explanation {
        let mut attempts = Vec::new();
        let options = ExtractOptions {
            id: None,
            reference_date,
        };
        let document = self.run(text, &options, &self.rules, Some(&mut attempts));
        let normalized = normalize(text);
        let seg = segment::segment(&normalized.text);
        Explanation {
            document,
            sentences: seg
                .sentences
                .iter()
                .map(|s| normalized.text[s.clone()].to_string())
                .collect(),
            attempts: attempts
                .into_iter()
                .map(|a| {
                    let (fired, relations, reason) = match a.outcome {
                        Ok(n) => (n > 0, n, None),
                        Err(why) => (false, 0, Some(why)),
                    };
                    RuleAttempt {
                        rule: a.rule,
                        sentence: a.sentence,
                        trigger: a.trigger,
                        fired,
                        relations,
                        reason,
                    }
                })
                .collect(),
        }
    }

    /// Runs a pack's examples with this extractor's dictionaries and rules, the pack under
    /// test among them: it replaces a loaded pack that defines any of its rule ids (a new
    /// version of that pack) and is added otherwise. Returns one failure per example that did
    /// not give what it expects.
    ///
    /// Only the relation types the pack produces are compared, and both ways: an expected
    /// relation missing and a relation found but not expected are failures. The other packs
    /// run too, because relations of one event inform each other: an attendance at an `MOU
    /// 체결식` takes the MOU's date.
    ///
    /// # Errors
    ///
    /// None for a pack that parsed; the `Result` is kept for rule sets that cannot be built.
    pub fn check_pack(&self, pack: &RulePack) -> Result<Vec<ExampleFailure>> {
        // In place of the loaded version, so rules keep their order.
        let ids = pack.rule_ids();
        let mut packs: Vec<RulePack> = Vec::with_capacity(self.rules.packs.len() + 1);
        let mut placed = false;
        for p in &self.rules.packs {
            if !p.rule_ids().iter().any(|id| ids.contains(id)) {
                packs.push(p.clone());
            } else if !placed {
                packs.push(pack.clone());
                placed = true;
            }
        }
        if !placed {
            packs.push(pack.clone());
        }
        let rules = RuleSet::new(packs)?;
        let types = pack.relation_types();
        let mut failures = Vec::new();
        for ex in pack.examples() {
            let options = ExtractOptions {
                id: None,
                reference_date: ex.reference_date,
            };
            let doc = self.run(&ex.text, &options, &rules, None);
            let found: Vec<Expectation> = doc
                .relations
                .iter()
                .filter(|r| types.contains(&r.kind.as_str()))
                .map(|r| describe_relation(&doc, r))
                .collect();
            let expected: Vec<Expectation> = ex
                .expect
                .iter()
                .filter_map(|e| parse_expectation(e).ok())
                .collect();
            let missing: Vec<&Expectation> =
                expected.iter().filter(|e| !found.contains(e)).collect();
            let extra = found.iter().any(|f| !expected.contains(f));
            if !missing.is_empty() || extra {
                let mut notes = Vec::new();
                for e in &missing {
                    for (role, value) in &e.args {
                        let note = format!(
                            "expected {role} {value}: no entity with that name was found; add it to a dictionary"
                        );
                        if is_entity_role(pack, &e.relation, role)
                            && !names_entity(&doc, value)
                            && !notes.contains(&note)
                        {
                            notes.push(note);
                        }
                    }
                }
                failures.push(ExampleFailure {
                    pack: pack.origin().to_string(),
                    line: ex.line,
                    rule: ex.rule.clone(),
                    text: ex.text.clone(),
                    expected: ex.expect.clone(),
                    found: found.iter().map(render_expectation).collect(),
                    notes,
                });
            }
        }
        Ok(failures)
    }

    fn run(
        &self,
        text: &str,
        options: &ExtractOptions,
        rules: &RuleSet,
        attempts: Option<&mut Vec<Attempt>>,
    ) -> Document {
        let analyse = if attempts.is_some() {
            Analyse::Always
        } else {
            Analyse::WhenARuleCanFire
        };
        self.run_with(text, options, rules, attempts, analyse)
    }

    /// [`run`](Self::run), saying when the relate stage analyses the text.
    fn run_with(
        &self,
        text: &str,
        options: &ExtractOptions,
        rules: &RuleSet,
        attempts: Option<&mut Vec<Attempt>>,
        analyse: Analyse,
    ) -> Document {
        let normalized = normalize(text);
        let norm = &*normalized.text;
        let mut reference = options.reference_date.or(self.reference_date);

        // Where words start: the dictionary and the rule triggers both ask there. With rules
        // the starts are listed once for both; without, the dictionary walks them as found.
        let mut starts: Vec<(usize, char)> = Vec::new();
        let mut candidates: Vec<Candidate> = Vec::new();
        if rules.rules.is_empty() {
            self.dictionary.recognize(norm, &mut candidates);
        } else {
            starts.reserve(norm.len() / 6 + 1);
            starts.extend(word_starts(norm));
            self.dictionary
                .recognize_at(norm, starts.iter().copied(), &mut candidates);
        }
        if self.discovery {
            // Titles glued to their place or organization split into both (pattern/glued.rs).
            pattern::glued_titles(norm, &self.dictionary, &mut candidates);
            // A known family name beside another given name is another person's
            // (pattern/family_names.rs).
            pattern::family_names(norm, &self.dictionary, &mut candidates);
        }
        let dictionary_hits = candidates.len();
        if self.discovery {
            let mut patterns = Vec::new();
            pattern::recognize(norm, &candidates[..dictionary_hits], &mut patterns);
            // A government's name where it is a place is a LOCATION (pattern/governments.rs).
            pattern::governments_and_places(norm, &self.dictionary, &mut candidates);
            candidates.append(&mut patterns);
            // A member's office is that member's title (pattern/glued.rs).
            pattern::member_offices(norm, &self.dictionary, &mut candidates);
        }
        reference = grammars::recognize(norm, self.amounts, self.dates, reference, &mut candidates);

        let chrome = segment::chrome_lines(norm);
        if !chrome.is_empty() {
            // The lines come in text order and never overlap: one binary search each.
            candidates.retain(|c| {
                let i = chrome.partition_point(|r| r.end <= c.start);
                !chrome.get(i).is_some_and(|r| r.contains(&c.start))
            });
        }
        let kept = resolve::select(candidates);
        let mut resolved = resolve::group(norm, kept, &self.dictionary);
        coref::link(norm, &mut resolved);
        let hits = if rules.rules.is_empty() {
            TriggerHits::default()
        } else {
            rules.trigger_hits(norm, &starts)
        };
        let analyse = !rules.rules.is_empty()
            && match analyse {
                Analyse::Always => true,
                Analyse::WhenARuleCanFire => rules.may_fire(&hits, &resolved),
            };
        let found = if !analyse {
            Vec::new()
        } else {
            // Sentences and eojeol are only needed by the rules.
            let segments = segment::segment(norm);
            let analysis = Analysis::new(norm, &segments, &resolved);
            rules.apply(&analysis, &segments, &hits, attempts)
        };
        to_document(
            text,
            &normalized.map,
            resolved,
            &found,
            options.id.clone(),
            reference,
        )
    }
}

/// When the relate stage analyses a text's sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Analyse {
    /// Only when some rule can fire ([`RuleSet::may_fire`]): the sentence analysis is most
    /// of the relate stage's cost, and most texts give no relation.
    WhenARuleCanFire,
    /// Always: explanations report every rule a trigger names, fired or not.
    Always,
}

/// `e0`, `e1`, …: an entity's id, written without the formatting machinery (every entity and
/// relation argument of every document gets one).
fn entity_id(i: usize) -> String {
    let mut digits = [0u8; 20];
    let mut n = i;
    let mut k = digits.len();
    loop {
        k -= 1;
        digits[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - k);
    id.push('e');
    id.extend(digits[k..].iter().map(|&d| char::from(d)));
    id
}

/// `YYYY-MM-DD` (the reference date of every document), digit by digit as dates are written.
fn iso_date(d: NaiveDate) -> String {
    crate::recognize::date::iso_day(d).unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// Builds the output: original offsets, char offsets, entity ids.
fn to_document(
    original: &str,
    map: &OffsetMap,
    resolved: Resolved,
    found: &[Found],
    id: Option<DocId>,
    reference: Option<NaiveDate>,
) -> Document {
    // Char offsets in one sweep: mentions come in text order, so the counter moves forward
    // (a step back, for two mentions of one span, is counted back).
    let mut chars = CharCounter::new(original);
    let spans: Vec<(usize, usize, usize, usize)> = resolved
        .mentions
        .iter()
        .map(|m| {
            let (s, e) = map.span_to_original(m.start, m.end);
            let (s, e) = trim_invisible(original, s, e);
            (s, e, chars.chars_before(s), chars.chars_before(e))
        })
        .collect();
    let mut chars = CharCounter::new(original);
    let evidence: Vec<(usize, usize, usize, usize)> = found
        .iter()
        .map(|f| {
            let (s, e) = map.span_to_original(f.evidence.0, f.evidence.1);
            (s, e, chars.chars_before(s), chars.chars_before(e))
        })
        .collect();

    let Resolved {
        mentions,
        entities: mut clusters,
        ..
    } = resolved;
    // Entities in order of their first mention, coreferent mentions included; relations
    // name entities by their position in that order.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&c| {
        clusters[c]
            .mentions
            .iter()
            .min()
            .copied()
            .unwrap_or(usize::MAX)
    });
    let mut id_of = vec![0usize; clusters.len()];
    for (new, &old) in order.iter().enumerate() {
        id_of[old] = new;
    }
    let mut slots: Vec<Option<Cluster>> = clusters.drain(..).map(Some).collect();
    let entities = order
        .iter()
        .filter_map(|&c| slots[c].take())
        .enumerate()
        .map(|(i, cluster)| Entity {
            id: entity_id(i),
            kind: cluster.kind,
            canonical: cluster.canonical,
            value: cluster.value,
            mentions: cluster
                .mentions
                .iter()
                .map(|&mi| {
                    let (s, e, cs, ce) = spans[mi];
                    Mention {
                        text: original[s..e].to_string(),
                        start: s,
                        end: e,
                        char_start: cs,
                        char_end: ce,
                        source: mentions[mi].source,
                    }
                })
                .collect(),
        })
        .collect();
    let mut relations: Vec<(usize, Relation)> = found
        .iter()
        .zip(&evidence)
        .map(|(f, &(s, e, cs, ce))| {
            let args = f
                .args
                .iter()
                .map(|(role, v)| match v {
                    ArgValue::Entity(i) => Arg {
                        role: role.clone(),
                        entity: Some(entity_id(id_of.get(*i).copied().unwrap_or(*i))),
                        text: None,
                    },
                    ArgValue::Name(name) => Arg {
                        role: role.clone(),
                        entity: None,
                        text: Some(name.clone()),
                    },
                    ArgValue::Text(_, ts, te) => {
                        let (os, oe) = map.span_to_original(*ts, *te);
                        Arg {
                            role: role.clone(),
                            entity: None,
                            text: Some(original[os..oe].to_string()),
                        }
                    }
                })
                .collect();
            (
                s,
                Relation {
                    kind: f.relation.clone(),
                    args,
                    evidence: Span {
                        start: s,
                        end: e,
                        char_start: cs,
                        char_end: ce,
                    },
                    rule: f.rule.clone(),
                },
            )
        })
        .collect();
    relations.sort_by_key(|(s, _)| *s);
    Document {
        id,
        reference_date: reference.map(iso_date),
        entities,
        relations: relations.into_iter().map(|(_, r)| r).collect(),
    }
}

/// A span without the invisible format characters at its ends (`구글\u{200b}은` gives `구글`).
fn trim_invisible(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    while let Some(c) = text.get(s..e).and_then(|t| t.chars().next()) {
        if !normalize::is_invisible(c) {
            break;
        }
        s += c.len_utf8();
    }
    while let Some(c) = text.get(s..e).and_then(|t| t.chars().next_back()) {
        if !normalize::is_invisible(c) {
            break;
        }
        e -= c.len_utf8();
    }
    (s, e)
}

/// Counts chars up to increasing byte offsets in one pass.
struct CharCounter<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CharCounter<'a> {
    fn new(text: &'a str) -> Self {
        CharCounter {
            text,
            byte: 0,
            chars: 0,
        }
    }

    /// Chars in `text[..byte]` (a char boundary); cheapest when `byte` grows between calls.
    fn chars_before(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte > self.byte {
            self.chars += self.text[self.byte..byte].chars().count();
        } else if byte < self.byte {
            self.chars -= self.text[byte..self.byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }
}

/// An example of a rule pack that did not give what it expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The pack's file or source name.
    pub pack: String,
    /// The line of the example in the pack.
    pub line: usize,
    /// The rule the example names, if any.
    pub rule: Option<String>,
    /// The example text.
    pub text: String,
    /// What the example expects.
    pub expected: Vec<String>,
    /// What the rules found (relation types of the pack only).
    pub found: Vec<String>,
    /// Hints: an expected argument that no entity of the text names (`expected party
    /// 미래센서: no entity with that name was found; add it to a dictionary`).
    pub notes: Vec<String>,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}:{}: example of rule {} failed",
            self.pack,
            self.line,
            self.rule.as_deref().unwrap_or("(any)")
        )?;
        writeln!(f, "  text:     {}", self.text)?;
        writeln!(f, "  expected: {}", self.expected.join("; "))?;
        write!(f, "  found:    {}", self.found.join("; "))?;
        for note in &self.notes {
            write!(f, "\n  note:     {note}")?;
        }
        Ok(())
    }
}

/// Whether some rule of the pack fills `role` of `relation` with an entity (not a text).
fn is_entity_role(pack: &RulePack, relation: &str, role: &str) -> bool {
    pack.rules
        .iter()
        .filter(|r| r.relation == relation)
        .flat_map(|r| r.args.iter().chain(&r.sequence))
        .any(|a| a.role == role && a.phrase.is_none() && !a.types.is_empty())
}

/// Whether an entity of the document has this canonical name or a mention written so.
fn names_entity(doc: &Document, name: &str) -> bool {
    doc.entities
        .iter()
        .any(|e| e.canonical == name || e.mentions.iter().any(|m| m.text == name))
}

/// A relation in the expectation form: entities by canonical name, texts as written.
fn describe_relation(doc: &Document, r: &Relation) -> Expectation {
    let mut args: Vec<(String, String)> = r
        .args
        .iter()
        .map(|a| {
            let value = match (&a.entity, &a.text) {
                (Some(id), _) => doc
                    .entity(id)
                    .map_or_else(|| id.clone(), |e| e.canonical.clone()),
                (None, Some(t)) => t.clone(),
                (None, None) => String::new(),
            };
            (a.role.clone(), value)
        })
        .collect();
    args.sort();
    Expectation {
        relation: r.kind.clone(),
        args,
    }
}

fn render_expectation(e: &Expectation) -> String {
    let args: Vec<String> = e.args.iter().map(|(r, v)| format!("{r}={v}")).collect();
    format!("{}({})", e.relation, args.join(", "))
}

#[cfg(test)]
mod tests {
    use super::{entity_id, iso_date, Analyse, ExtractOptions, Extractor};
    use chrono::NaiveDate;

    /// The test that lets the relate stage skip a text is a necessary condition: analysing
    /// every text gives the same documents, on every pack example and the seed article.
    #[test]
    fn skipping_the_analysis_loses_no_relation() {
        let ex = Extractor::default();
        let mut texts: Vec<(String, Option<NaiveDate>)> = ex
            .rules
            .packs
            .iter()
            .flat_map(|p| p.examples())
            .map(|e| (e.text.clone(), e.reference_date))
            .collect();
        let seed = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold"));
        for entry in seed.into_iter().flatten().flatten() {
            let Ok(raw) = std::fs::read_to_string(entry.path()) else {
                continue;
            };
            if let Ok(gold) = serde_json::from_str::<serde_json::Value>(&raw) {
                if let Some(text) = gold["text"].as_str() {
                    texts.push((text.to_string(), None));
                }
            }
        }
        assert!(texts.len() > 100, "{} texts", texts.len());
        let mut without_relations = 0;
        for (text, reference_date) in &texts {
            let options = ExtractOptions {
                id: None,
                reference_date: *reference_date,
            };
            let run = |analyse| ex.run_with(text, &options, &ex.rules, None, analyse);
            let (filtered, always) = (run(Analyse::WhenARuleCanFire), run(Analyse::Always));
            assert_eq!(filtered, always, "{text}");
            without_relations += usize::from(always.relations.is_empty());
        }
        // The guards' examples give no relation: the comparison covers such texts too.
        assert!(without_relations > 10, "{without_relations}");
    }

    #[test]
    fn ids_and_dates_are_written_as_format_would() {
        for i in [0, 7, 10, 99, 1234, usize::MAX] {
            assert_eq!(entity_id(i), format!("e{i}"));
        }
        for (y, m, d) in [(2024, 11, 27), (987, 3, 5), (1, 1, 1), (9999, 12, 31)] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
        }
    }
}
