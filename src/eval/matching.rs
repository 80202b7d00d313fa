//! When a found entity or relation stands for a gold one: the rules of
//! `../shared/eval/score.py`, so both give the same figures.
//!
//! Entities match one to one, same type; names when the canonical or any mention text is
//! equal (spaces and case ignored), amounts by number and currency, dates by value.
//! Relations match per type: `core` needs the core roles right, `full` every gold role.

use std::collections::{HashMap, HashSet};

use serde_json::Value as Json;

use super::gold::{GoldArticle, GoldEntity, GoldRelation};
use crate::document::{Arg, Document, Entity, Value};

/// The roles a relation must get right to count in the `core` figures.
pub(crate) fn core_roles(kind: &str) -> Option<&'static [&'static str]> {
    Some(match kind {
        "mou" => &["party"],
        "visit" => &["visitor", "destination"],
        "meeting" => &["participant"],
        "attendance" => &["attendee", "event"],
        "investment" => &["investor"],
        "funding" => &["recipient"],
        "lease" => &["lessee"],
        "establishment" => &["organization", "what"],
        "position" => &["person", "title"],
        _ => return None,
    })
}

/// Name types: a relation argument naming one is looked up by its gold canonical.
const NAME_TYPES: [&str; 5] = ["ORG", "PERSON", "TITLE", "LOCATION", "EVENT"];

/// The entity types scored (EVENT names are not annotated as gold entities).
pub(crate) const SCORED_TYPES: [&str; 6] = ["ORG", "PERSON", "TITLE", "LOCATION", "AMOUNT", "DATE"];

/// Whitespace removed, lower case.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `squash` of a JSON value as Python's `str()` writes it (`None` gives the empty string).
fn squash_json(v: &Json) -> String {
    match v {
        Json::Null => String::new(),
        Json::String(s) => squash(s),
        Json::Bool(b) => squash(if *b { "True" } else { "False" }),
        other => squash(&other.to_string()),
    }
}

fn as_f64(v: &Json) -> Option<f64> {
    match v {
        Json::Number(n) => n.as_f64(),
        Json::String(s) => s.trim().parse().ok(),
        Json::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn num_equal(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * 1f64.max(a.abs()).max(b.abs()),
        _ => false,
    }
}

fn pred_texts(p: &Entity) -> HashSet<String> {
    let mut texts: HashSet<String> = std::iter::once(squash(&p.canonical))
        .chain(p.mentions.iter().map(|m| squash(&m.text)))
        .collect();
    texts.remove("");
    texts
}

fn gold_texts(g: &GoldEntity) -> HashSet<String> {
    let mut texts: HashSet<String> = g
        .canonical
        .iter()
        .chain(&g.mentions)
        .map(|s| squash(s))
        .collect();
    texts.remove("");
    texts
}

fn pred_amount(p: &Entity) -> (Option<f64>, String) {
    match &p.value {
        Some(Value::Amount(a)) => (a.number.to_string().parse().ok(), a.currency.to_uppercase()),
        _ => (None, String::new()),
    }
}

fn pred_date(p: &Entity) -> Option<&str> {
    match &p.value {
        Some(Value::Date(d)) => d.date.as_deref(),
        _ => None,
    }
}

fn gold_field<'a>(value: Option<&'a Json>, key: &str) -> Option<&'a Json> {
    value.and_then(|v| v.get(key)).filter(|v| !v.is_null())
}

fn gold_currency(value: Option<&Json>) -> String {
    gold_field(value, "currency")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_uppercase()
}

/// Does the found entity stand for the gold one?
pub(crate) fn entity_match(g: &GoldEntity, p: &Entity) -> bool {
    if g.kind != p.kind.as_str() {
        return false;
    }
    match g.kind.as_str() {
        "AMOUNT" => {
            let (n, currency) = pred_amount(p);
            let gv = g.value.as_ref();
            num_equal(gold_field(gv, "value").and_then(as_f64), n) && gold_currency(gv) == currency
        }
        "DATE" => match gold_field(g.value.as_ref(), "value") {
            Some(Json::String(d)) => pred_date(p) == Some(d.as_str()),
            _ => false,
        },
        _ => !gold_texts(g).is_disjoint(&pred_texts(p)),
    }
}

/// Greedy one-to-one matching, gold in order, each to the first unused match.
pub(crate) fn match_one_to_one<G, P>(
    golds: &[G],
    preds: &[P],
    same: impl Fn(&G, &P) -> bool,
) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut used = vec![false; preds.len()];
    for (gi, g) in golds.iter().enumerate() {
        if let Some(pi) = (0..preds.len()).find(|&pi| !used[pi] && same(g, &preds[pi])) {
            used[pi] = true;
            pairs.push((gi, pi));
        }
    }
    pairs
}

/// What a relation comparison needs from one article.
pub(crate) struct Context<'a> {
    pub(crate) doc: &'a Document,
    by_canonical: HashMap<&'a str, &'a GoldEntity>,
}

impl<'a> Context<'a> {
    pub(crate) fn new(gold: &'a GoldArticle, doc: &'a Document) -> Self {
        let by_canonical = gold
            .entities
            .iter()
            .filter(|g| NAME_TYPES.contains(&g.kind.as_str()))
            .filter_map(|g| Some((g.canonical.as_deref()?, g)))
            .collect();
        Context { doc, by_canonical }
    }

    /// Does a found argument stand for one gold value?
    fn value_matches(&self, gold_value: &Json, arg: &Arg) -> bool {
        let ent = arg.entity.as_deref().and_then(|id| self.doc.entity(id));
        let arg_text = arg.text.as_deref().map(squash).unwrap_or_default();
        if gold_value.is_object() {
            let Some(ent) = ent.filter(|e| e.kind.as_str() == "AMOUNT") else {
                return false;
            };
            let (n, currency) = pred_amount(ent);
            return num_equal(gold_field(Some(gold_value), "value").and_then(as_f64), n)
                && gold_currency(Some(gold_value)) == currency;
        }
        if let Some(gold_entity) = gold_value.as_str().and_then(|s| self.by_canonical.get(s)) {
            return match ent {
                Some(ent) => entity_match(gold_entity, ent),
                None => gold_texts(gold_entity).contains(&arg_text),
            };
        }
        if let Some(ent) = ent {
            if ent.kind.as_str() == "DATE" {
                let date = pred_date(ent);
                if gold_value.as_str() == date || (gold_value.is_null() && date.is_none()) {
                    return true;
                }
            }
        }
        let g = squash_json(gold_value);
        let texts = match ent {
            Some(ent) => pred_texts(ent),
            None => std::iter::once(arg_text).collect(),
        };
        texts
            .iter()
            .any(|t| !t.is_empty() && (*t == g || g.contains(t.as_str()) || t.contains(&g)))
    }

    fn role_ok(&self, gold_values: &Json, args: &[&Arg]) -> bool {
        let values: Vec<&Json> = match gold_values {
            Json::Array(list) => list.iter().collect(),
            one => vec![one],
        };
        if args.len() != values.len() {
            return false;
        }
        let mut used = vec![false; args.len()];
        for gv in values {
            match (0..args.len()).find(|&i| !used[i] && self.value_matches(gv, args[i])) {
                Some(i) => used[i] = true,
                None => return false,
            }
        }
        true
    }

    /// Does the found relation stand for the gold one, on the core roles or on all of them?
    pub(crate) fn relation_match(
        &self,
        g: &GoldRelation,
        p: &crate::document::Relation,
        full: bool,
    ) -> bool {
        if g.kind != p.kind {
            return false;
        }
        let all: Vec<&str> = g.args.keys().map(String::as_str).collect();
        let roles: Vec<&str> = match core_roles(&g.kind) {
            Some(core) if !full => core.to_vec(),
            _ => all,
        };
        roles.into_iter().all(|role| match g.args.get(role) {
            None => true,
            Some(values) => {
                let args: Vec<&Arg> = p.args.iter().filter(|a| a.role == role).collect();
                self.role_ok(values, &args)
            }
        })
    }
}
