//! Scoring korex on annotated articles: precision, recall and F1 per entity type and per
//! relation type, with the misses and false alarms, by the rules of
//! `../shared/eval/score.py` (the same files give the same figures; a test checks it).
//!
//! Gold files follow `../shared/gold/README.md` ([`GoldArticle`]). `korex eval GOLD.json…`
//! prints the same table.
//!
//! ```
//! use korex::eval::GoldArticle;
//! let gold = GoldArticle::parse("a.json", r#"{
//!   "id": "a", "reference_date": "2024-11-27", "text": "오픈AI가 산은과 MOU를 맺었다.",
//!   "entities": [{"type": "ORG", "canonical": "오픈AI", "mentions": ["오픈AI"]},
//!                {"type": "ORG", "canonical": "한국산업은행", "mentions": ["산은"]}],
//!   "relations": [{"type": "mou", "args": {"party": ["오픈AI", "한국산업은행"]}}]
//! }"#)?;
//! let scores = korex::Extractor::default().evaluate(&[gold]);
//! assert_eq!(scores.entities["ORG"].matched, 2);
//! assert_eq!(scores.relation_core().f1(), 1.0);
//! # Ok::<(), korex::Error>(())
//! ```

mod gold;
mod matching;

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

pub use gold::{GoldArticle, GoldEntity, GoldRelation};
use matching::{entity_match, match_one_to_one, Context, SCORED_TYPES};

use crate::document::Document;
use crate::extractor::{parse_date, ExtractOptions, Extractor};

/// How many gold items, found items, and matches one figure counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Items in the gold.
    pub gold: usize,
    /// Items korex found.
    pub found: usize,
    /// Found items matched one to one with a gold item.
    pub matched: usize,
}

impl Counts {
    /// Matched / found; 1 when nothing was found and nothing was expected, 0 when nothing
    /// was found but something was.
    pub fn precision(&self) -> f64 {
        if self.found > 0 {
            self.matched as f64 / self.found as f64
        } else if self.gold == 0 {
            1.0
        } else {
            0.0
        }
    }

    /// Matched / gold; 1 when the gold has nothing.
    pub fn recall(&self) -> f64 {
        if self.gold > 0 {
            self.matched as f64 / self.gold as f64
        } else {
            1.0
        }
    }

    /// The harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }

    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
    }
}

/// The counts of one relation type: `core` matches need the core roles right (`party` of
/// `mou`), `full` matches every role the gold gives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RelationCounts {
    /// Relations in the gold.
    pub gold: usize,
    /// Relations korex found.
    pub found: usize,
    /// Matched on the core roles.
    pub core: usize,
    /// Matched on every gold role.
    pub full: usize,
}

impl RelationCounts {
    /// The core-role figures as [`Counts`].
    pub fn core(&self) -> Counts {
        Counts {
            gold: self.gold,
            found: self.found,
            matched: self.core,
        }
    }

    /// The every-role figures as [`Counts`].
    pub fn full(&self) -> Counts {
        Counts {
            gold: self.gold,
            found: self.found,
            matched: self.full,
        }
    }
}

/// A gold item korex missed, or an item it found that the gold does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Miss {
    /// The gold article id.
    pub article: String,
    /// `missed entity`, `false entity`, `missed relation` or `false relation`.
    pub kind: &'static str,
    /// The item, as `TYPE canonical` or `type(role=value, …)`.
    pub item: String,
}

impl fmt::Display for Miss {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} {}", self.article, self.kind, self.item)
    }
}

/// The figures of a set of articles; `Display` prints the table of `score.py`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evaluation {
    /// How many articles were scored.
    pub articles: usize,
    /// Per entity type (EVENT is not scored).
    pub entities: BTreeMap<String, Counts>,
    /// Per relation type.
    pub relations: BTreeMap<String, RelationCounts>,
    /// Every miss and false alarm, in article order.
    pub misses: Vec<Miss>,
}

impl Evaluation {
    /// No articles yet.
    pub fn new() -> Self {
        Evaluation::default()
    }

    /// All entity types together.
    pub fn entity_total(&self) -> Counts {
        let mut total = Counts::default();
        self.entities.values().for_each(|c| total.add(*c));
        total
    }

    /// All relation types together, on the core roles.
    pub fn relation_core(&self) -> Counts {
        let mut total = Counts::default();
        self.relations.values().for_each(|c| total.add(c.core()));
        total
    }

    /// All relation types together, on every gold role.
    pub fn relation_full(&self) -> Counts {
        let mut total = Counts::default();
        self.relations.values().for_each(|c| total.add(c.full()));
        total
    }

    /// Scores one article's document against its gold.
    pub fn add(&mut self, gold: &GoldArticle, doc: &Document) {
        self.articles += 1;
        let golds = &gold.entities;
        let preds: Vec<&crate::document::Entity> = doc
            .entities
            .iter()
            .filter(|e| SCORED_TYPES.contains(&e.kind.as_str()))
            .collect();
        let pairs = match_one_to_one(golds, &preds, |g, p| entity_match(g, p));
        for g in golds {
            self.entities.entry(g.kind.clone()).or_default().gold += 1;
        }
        for p in &preds {
            self.entities
                .entry(p.kind.as_str().to_string())
                .or_default()
                .found += 1;
        }
        let mut matched_gold = vec![false; golds.len()];
        let mut matched_pred = vec![false; preds.len()];
        for &(gi, pi) in &pairs {
            self.entities
                .entry(golds[gi].kind.clone())
                .or_default()
                .matched += 1;
            matched_gold[gi] = true;
            matched_pred[pi] = true;
        }
        let miss = |kind, item| Miss {
            article: gold.id.clone(),
            kind,
            item,
        };
        for (g, _) in golds.iter().zip(&matched_gold).filter(|(_, m)| !**m) {
            let value = g
                .value
                .as_ref()
                .map(|v| format!(" {v}"))
                .unwrap_or_default();
            let canonical = g.canonical.as_deref().unwrap_or("");
            self.misses.push(miss(
                "missed entity",
                format!("{} {canonical}{value}", g.kind),
            ));
        }
        for (p, _) in preds.iter().zip(&matched_pred).filter(|(_, m)| !**m) {
            let texts: Vec<&str> = p.mentions.iter().take(3).map(|m| m.text.as_str()).collect();
            self.misses.push(miss(
                "false entity",
                format!("{} {} {texts:?}", p.kind, p.canonical),
            ));
        }

        let context = Context::new(gold, doc);
        for r in &gold.relations {
            self.relations.entry(r.kind.clone()).or_default().gold += 1;
        }
        for r in &doc.relations {
            self.relations.entry(r.kind.clone()).or_default().found += 1;
        }
        for full in [false, true] {
            let pairs = match_one_to_one(&gold.relations, &doc.relations, |g, p| {
                context.relation_match(g, p, full)
            });
            for &(gi, _) in &pairs {
                let counts = self
                    .relations
                    .entry(gold.relations[gi].kind.clone())
                    .or_default();
                if full {
                    counts.full += 1;
                } else {
                    counts.core += 1;
                }
            }
            if !full {
                let mut mg = vec![false; gold.relations.len()];
                let mut mp = vec![false; doc.relations.len()];
                for &(gi, pi) in &pairs {
                    mg[gi] = true;
                    mp[pi] = true;
                }
                for (r, _) in gold.relations.iter().zip(&mg).filter(|(_, m)| !**m) {
                    let args: Vec<String> =
                        r.args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                    self.misses.push(miss(
                        "missed relation",
                        format!("{}({})", r.kind, args.join(", ")),
                    ));
                }
                for (r, _) in doc.relations.iter().zip(&mp).filter(|(_, m)| !**m) {
                    let args: Vec<String> = r
                        .args
                        .iter()
                        .map(|a| {
                            let value = match (&a.entity, &a.text) {
                                (Some(id), _) => {
                                    doc.entity(id).map_or(id.as_str(), |e| e.canonical.as_str())
                                }
                                (None, Some(t)) => t.as_str(),
                                (None, None) => "",
                            };
                            format!("{}={value}", a.role)
                        })
                        .collect();
                    self.misses.push(miss(
                        "false relation",
                        format!("{}({})", r.kind, args.join(", ")),
                    ));
                }
            }
        }
    }

    /// The figures as one JSON object: the summary keys of `score.py --json`, then the
    /// counts and figures per type.
    pub fn to_json(&self) -> serde_json::Value {
        let r3 = |x: f64| -> f64 { format!("{x:.3}").parse().unwrap_or(x) };
        let figures = |c: Counts| {
            serde_json::json!({"gold": c.gold, "found": c.found, "matched": c.matched,
                "precision": r3(c.precision()), "recall": r3(c.recall()), "f1": r3(c.f1())})
        };
        let (e, core, full) = (
            self.entity_total(),
            self.relation_core(),
            self.relation_full(),
        );
        serde_json::json!({
            "articles": self.articles,
            "failed_runs": 0,
            "entity_p": r3(e.precision()),
            "entity_r": r3(e.recall()),
            "entity_f1": r3(e.f1()),
            "relation_core_p": r3(core.precision()),
            "relation_core_r": r3(core.recall()),
            "relation_core_f1": r3(core.f1()),
            "relation_full_f1": r3(full.f1()),
            "entity_types": self.entities.iter().map(|(k, c)| (k.clone(), figures(*c))).collect::<serde_json::Map<_, _>>(),
            "relation_types": self.relations.iter().map(|(k, c)| (k.clone(), serde_json::json!({
                "core": figures(c.core()), "full": figures(c.full())}))).collect::<serde_json::Map<_, _>>(),
        })
    }
}

impl fmt::Display for Evaluation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<14} {:>6} {:>6} {:>6}  gold  pred",
            "entities", "P", "R", "F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: Counts| {
            writeln!(
                f,
                "{name:<14} {:6.3} {:6.3} {:6.3} {:5} {:5}",
                c.precision(),
                c.recall(),
                c.f1(),
                c.gold,
                c.found
            )
        };
        for (t, c) in &self.entities {
            row(f, t, *c)?;
        }
        let e = self.entity_total();
        row(f, "all", e)?;
        writeln!(
            f,
            "\n{:<14} {:>6} {:>6}  gold  pred",
            "relations", "F1core", "F1full"
        )?;
        for (t, c) in &self.relations {
            writeln!(
                f,
                "{t:<14} {:6.3} {:6.3} {:5} {:5}",
                c.core().f1(),
                c.full().f1(),
                c.gold,
                c.found
            )?;
        }
        let (core, full) = (self.relation_core(), self.relation_full());
        writeln!(
            f,
            "{:<14} {:6.3} {:6.3} {:5} {:5}",
            "all",
            core.f1(),
            full.f1(),
            core.gold,
            core.found
        )?;
        writeln!(
            f,
            "\nsummary: entity F1 {:.3} (P {:.3} R {:.3}), relation F1 core {:.3} (P {:.3} R {:.3}), full {:.3}, failed runs 0/{}",
            e.f1(),
            e.precision(),
            e.recall(),
            core.f1(),
            core.precision(),
            core.recall(),
            full.f1(),
            self.articles
        )
    }
}

impl Extractor {
    /// Scores this extractor (its dictionaries and rule packs) on annotated articles, each
    /// read against its own `reference_date`; see [`Evaluation`].
    pub fn evaluate(&self, golds: &[GoldArticle]) -> Evaluation {
        let mut evaluation = Evaluation::new();
        for gold in golds {
            evaluation.add(gold, &self.extract_gold(gold));
        }
        evaluation
    }

    /// The document for one gold article, as `korex extract --reference-date` gives it.
    pub fn extract_gold(&self, gold: &GoldArticle) -> Document {
        let options = ExtractOptions {
            id: None,
            reference_date: gold
                .reference_date
                .as_deref()
                .and_then(|d| parse_date(d).ok()),
        };
        self.extract_with(&gold.text, &options)
    }
}
