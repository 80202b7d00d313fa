//! Resolve: choose among overlapping candidates, group mentions into entities by canonical
//! name, then link short forms (`coref`).

pub(crate) mod coref;
pub(crate) mod titled;

use std::borrow::Cow;
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
    /// Mention indices, in text order.
    pub(crate) mentions: Vec<usize>,
}

impl Resolved {
    /// Adds mentions to existing entities, keeping mentions in text order: one merge and
    /// one rebuild of the entity lists, however many mentions are added.
    pub(crate) fn add_mentions(&mut self, mut added: Vec<(Candidate, usize)>) {
        if added.is_empty() {
            return;
        }
        added.sort_by_key(|(c, _)| (c.start, c.end));
        let old_mentions = std::mem::take(&mut self.mentions);
        let old_entities = std::mem::take(&mut self.entity_of);
        let mut merged = Vec::with_capacity(old_mentions.len() + added.len());
        let mut old = old_mentions.into_iter().zip(old_entities).peekable();
        let mut new = added.into_iter().peekable();
        loop {
            let take_old = match (old.peek(), new.peek()) {
                (Some((o, _)), Some((n, _))) => (o.start, o.end) <= (n.start, n.end),
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            let next = if take_old { old.next() } else { new.next() };
            merged.extend(next);
        }
        let (mentions, entity_of): (Vec<Candidate>, Vec<usize>) = merged.into_iter().unzip();
        self.mentions = mentions;
        self.entity_of = entity_of;
        self.rebuild_lists();
    }

    /// Removes the mentions at `remove` (ascending) and adds `added`, whose entity indices
    /// are those from before the removal: one rebuild, so no entity is renumbered between
    /// the two (a title whose only mention becomes part of `강 회장` is dropped after, not
    /// before, the new mention points at its person).
    pub(crate) fn replace_mentions(&mut self, remove: &[usize], added: Vec<(Candidate, usize)>) {
        self.drop_mentions(remove);
        if added.is_empty() {
            self.rebuild_lists();
        } else {
            self.add_mentions(added);
        }
    }

    /// Drops the mentions at these indices (ascending), leaving the entity lists stale.
    fn drop_mentions(&mut self, remove: &[usize]) {
        let mut i = 0;
        self.mentions.retain(|_| {
            i += 1;
            remove.binary_search(&(i - 1)).is_err()
        });
        let mut i = 0;
        self.entity_of.retain(|_| {
            i += 1;
            remove.binary_search(&(i - 1)).is_err()
        });
    }

    /// Rebuilds each entity's mention list from `entity_of`, dropping entities left without
    /// mentions.
    fn rebuild_lists(&mut self) {
        for c in &mut self.entities {
            c.mentions.clear();
        }
        for (m, &e) in self.entity_of.iter().enumerate() {
            debug_assert_eq!(
                self.mentions[m].kind, self.entities[e].kind,
                "a mention joins an entity of its own type"
            );
            self.entities[e].mentions.push(m);
        }
        if self.entities.iter().any(|c| c.mentions.is_empty()) {
            let mut renumber = vec![usize::MAX; self.entities.len()];
            let mut kept = 0;
            for (i, c) in self.entities.iter().enumerate() {
                if !c.mentions.is_empty() {
                    renumber[i] = kept;
                    kept += 1;
                }
            }
            self.entities.retain(|c| !c.mentions.is_empty());
            for e in &mut self.entity_of {
                *e = renumber[*e];
            }
        }
    }
}

/// Keeps the longest candidate at each place, preferring dictionary over grammar over
/// pattern on equal spans, and drops everything that overlaps a kept one.
pub(crate) fn select(mut candidates: Vec<Candidate>) -> Vec<Candidate> {
    // The common case: nothing overlaps, and text order is all that is needed.
    candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    if candidates.windows(2).all(|w| w[0].end <= w[1].start) {
        return candidates;
    }
    // Decided on indices: a candidate is large (amount and date values), and moving it
    // through a sort and a tree costs more than the decision.
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        b.len()
            .cmp(&a.len())
            .then(source_rank(a.source).cmp(&source_rank(b.source)))
            .then(a.start.cmp(&b.start))
    });
    // Kept spans by start: a candidate clashes only with its neighbours there.
    let mut kept: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for i in order {
        let c = &candidates[i];
        let clashes =
            |k: Option<(&usize, &usize)>| k.is_some_and(|(_, &k)| candidates[k].overlaps(c));
        if !clashes(kept.range(..=c.start).next_back()) && !clashes(kept.range(c.start..).next()) {
            kept.insert(c.start, i);
        }
    }
    let mut keep = vec![false; candidates.len()];
    for &i in kept.values() {
        keep[i] = true;
    }
    // `candidates` is in text order and kept spans never share a start, so keeping in place
    // gives them in text order.
    let mut i = 0;
    candidates.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    candidates
}

/// Groups the kept mentions into entities.
pub(crate) fn group(text: &str, mentions: Vec<Candidate>, dictionary: &Dictionary) -> Resolved {
    #[derive(Hash, PartialEq, Eq)]
    enum Key<'t> {
        Entry(u32),
        // a name found by pattern is keyed by its text as written, borrowed: a string is
        // made only for a new entity's canonical name
        Text(EntityType, Cow<'t, str>),
    }
    // Few entities per text: a linear list beats hashing; a long text switches to a map.
    // At most one entity per mention: room for all at once instead of a regrowth at each
    // doubling (a few per text, many over a corpus).
    let mut keys: Vec<Key> = Vec::with_capacity(mentions.len());
    let mut index: HashMap<Key, usize> = HashMap::new();
    let mut entities: Vec<Cluster> = Vec::with_capacity(mentions.len());
    let mut entity_of = Vec::with_capacity(mentions.len());
    for (mi, m) in mentions.iter().enumerate() {
        let surface = &text[m.start..m.end];
        // Dictionary mentions are keyed by entry, without building any string; the others by
        // their canonical text.
        let key = match &m.label {
            Label::Entry(e) => Key::Entry(*e),
            Label::Amount(a) => Key::Text(m.kind, Cow::Owned(a.canonical())),
            Label::Date(d) => Key::Text(m.kind, Cow::Owned(d.canonical(surface))),
            Label::Surface => Key::Text(m.kind, Cow::Borrowed(surface)),
        };
        let known = if index.is_empty() {
            keys.iter().position(|k| *k == key)
        } else {
            index.get(&key).copied()
        };
        let id = match known {
            Some(id) => id,
            None => {
                let (canonical, value) = match (&m.label, &key) {
                    (Label::Entry(e), _) => {
                        // `String::from`, not `to_string`: a `Box<str>` would go through
                        // `Display` and the formatter.
                        (String::from(&*dictionary.entity(*e).canonical), None)
                    }
                    (Label::Amount(a), Key::Text(_, c)) => {
                        (c.to_string(), Some(Value::Amount(a.value())))
                    }
                    (Label::Date(d), Key::Text(_, c)) => {
                        (c.to_string(), Some(Value::Date(d.value(surface))))
                    }
                    (_, Key::Text(_, c)) => (c.to_string(), None),
                    (_, Key::Entry(_)) => (String::new(), None),
                };
                entities.push(Cluster {
                    kind: m.kind,
                    canonical,
                    value,
                    mentions: Vec::new(),
                });
                let id = entities.len() - 1;
                if index.is_empty() && keys.len() < 32 {
                    keys.push(key);
                } else {
                    if index.is_empty() {
                        index.extend(keys.drain(..).enumerate().map(|(i, k)| (k, i)));
                    }
                    index.insert(key, id);
                }
                id
            }
        };
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
