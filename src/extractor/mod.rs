//! `Extractor`: built once from dictionaries and rule packs, then run on any number of texts,
//! from any number of threads.

use chrono::NaiveDate;

use crate::batch::Batch;
use crate::document::{DocId, Document};
use crate::error::{Error, ErrorKind, Result, Warning};
use crate::explain::{Explanation, RuleAttempt};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{grammars, pattern, visit_words, Candidate};
use crate::relate::args::Analysis;
use crate::relate::pack::{parse_expectation, Expectation, RulePack};
use crate::relate::{Attempt, RuleSet, TriggerHits};
use crate::resolve::{self, coref};
use crate::text::{normalize, segment, word_starts};

mod builder;
mod examples;
mod output;

pub use builder::{AutomatonKind, ExtractorBuilder, DEFAULT_DICTIONARIES, DEFAULT_RULE_PACKS};
pub use examples::ExampleFailure;
use examples::{describe_relation, is_entity_role, names_entity, render_expectation};
use output::to_document;

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
            // `대표` qualifying a noun (`코스닥 대표 기업`) is no title (pattern/titles.rs).
            pattern::qualifying_titles(norm, &mut candidates);
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
            // A post and a nominee noun are one title (`대통령 후보자`: pattern/titles.rs).
            pattern::nominee_titles(norm, &mut candidates);
        }
        reference = grammars::recognize(norm, self.amounts, self.dates, reference, &mut candidates);
        // A country inside a visit word is its mention (`방한` → 한국, recognize/visit_words.rs).
        visit_words::recognize(norm, &self.dictionary, &mut candidates);

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
        // After the relations: `박 대통령` whole where the surname alone names the person.
        resolve::titled::widen_titled_surnames(norm, &mut resolved);
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

#[cfg(test)]
mod tests {
    use super::output::{entity_id, iso_date};
    use super::{Analyse, ExtractOptions, Extractor};
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
