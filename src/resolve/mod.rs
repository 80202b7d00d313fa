//! Resolve: choose among overlapping candidates, group mentions into entities by canonical
//! name, then link short forms (`coref`).

pub(crate) mod coref;

use std::collections::HashMap;

use crate::document::{EntityType, Value};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{source_rank, Candidate, Label};

/// The mentions kept, and the entities they form.
#[derive(Debug, Default)]
pub(crate) struct Resolved {
    /// Mentions in text order (normalized offsets), none overlapping.
    pub(crate) mentions: Vec<Candidate>,
    /// For each mention, its entity (index into `entities`).
    pub(crate) entity_of: Vec<usize>,
    /// Entities in order of first mention.
    pub(crate) entities: Vec<Cluster>,
}

/// One entity being assembled.
#[derive(Debug, Clone)]
pub(crate) struct Cluster {
    pub(crate) kind: EntityType,
    pub(crate) canonical: String,
    pub(crate) value: Option<Value>,
    /// The dictionary entity, if it came from one.
    pub(crate) entry: Option<u32>,
    /// Mention indices, in text order.
    pub(crate) mentions: Vec<usize>,
}

impl Resolved {
    /// Adds a mention to an existing entity, keeping mentions in text order.
    pub(crate) fn add_mention(&mut self, candidate: Candidate, entity: usize) {
        let at = self
            .mentions
            .partition_point(|m| (m.start, m.end) < (candidate.start, candidate.end));
        self.mentions.insert(at, candidate);
        self.entity_of.insert(at, entity);
        for cluster in &mut self.entities {
            for m in &mut cluster.mentions {
                if *m >= at {
                    *m += 1;
                }
            }
        }
        let list = &mut self.entities[entity].mentions;
        let pos = list.partition_point(|&m| m < at);
        list.insert(pos, at);
    }
}

/// Keeps the longest candidate at each place, preferring dictionary over grammar over
/// pattern on equal spans, and drops everything that overlaps a kept one.
pub(crate) fn select(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    candidates.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then(source_rank(a.source).cmp(&source_rank(b.source)))
            .then(a.start.cmp(&b.start))
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    for c in candidates {
        let at = kept.partition_point(|k| k.start < c.start);
        let clash_before = at > 0 && kept[at - 1].overlaps(&c);
        let clash_after = at < kept.len() && kept[at].overlaps(&c);
        if !clash_before && !clash_after {
            kept.insert(at, c);
        }
    }
    kept
}

/// Groups the kept mentions into entities.
pub(crate) fn group(text: &str, mentions: Vec<Candidate>, dictionary: &Dictionary) -> Resolved {
    #[derive(Hash, PartialEq, Eq)]
    enum Key {
        Entry(u32),
        Text(EntityType, String),
    }
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut entities: Vec<Cluster> = Vec::new();
    let mut entity_of = Vec::with_capacity(mentions.len());
    for (mi, m) in mentions.iter().enumerate() {
        let surface = &text[m.start..m.end];
        let (key, canonical, value, entry) = match &m.label {
            Label::Entry(e) => {
                let ent = dictionary.entity(*e);
                (Key::Entry(*e), ent.canonical.to_string(), None, Some(*e))
            }
            Label::Amount(a) => {
                let canonical = a.canonical();
                (
                    Key::Text(m.kind, canonical.clone()),
                    canonical,
                    Some(Value::Amount(a.value())),
                    None,
                )
            }
            Label::Date(d) => {
                let canonical = d.canonical(surface);
                (
                    Key::Text(m.kind, canonical.clone()),
                    canonical,
                    Some(Value::Date(d.value(surface))),
                    None,
                )
            }
            Label::Surface => (
                Key::Text(m.kind, surface.to_string()),
                surface.to_string(),
                None,
                None,
            ),
        };
        let id = *index.entry(key).or_insert_with(|| {
            entities.push(Cluster {
                kind: m.kind,
                canonical,
                value,
                entry,
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        entities[id].mentions.push(mi);
        entity_of.push(id);
    }
    Resolved {
        mentions,
        entity_of,
        entities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Source;

    fn cand(start: usize, end: usize, source: Source) -> Candidate {
        Candidate {
            start,
            end,
            kind: EntityType::Org,
            label: Label::Surface,
            source,
        }
    }

    #[test]
    fn longest_then_dictionary_wins() {
        let kept = select(vec![
            cand(0, 3, Source::Pattern),
            cand(0, 3, Source::Dictionary),
            cand(2, 9, Source::Amount),
            cand(10, 12, Source::Pattern),
        ]);
        assert_eq!(
            kept.iter()
                .map(|c| (c.start, c.end, c.source))
                .collect::<Vec<_>>(),
            [(2, 9, Source::Amount), (10, 12, Source::Pattern)]
        );
        let kept = select(vec![
            cand(0, 3, Source::Pattern),
            cand(0, 3, Source::Dictionary),
        ]);
        assert_eq!(kept[0].source, Source::Dictionary);
    }
}
