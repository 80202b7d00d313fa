//! The `Document` of a run: mentions at their offsets in the original text (bytes and
//! chars), entities in order of first mention with their ids, relations naming them.

use chrono::NaiveDate;

use crate::document::{Arg, DocId, Document, Entity, Mention, Relation, Span};
use crate::relate::{ArgValue, Found};
use crate::resolve::{Cluster, Resolved};
use crate::text::{normalize, OffsetMap};

/// `e0`, `e1`, …: an entity's id, written without the formatting machinery (every entity and
/// relation argument of every document gets one).
pub(super) fn entity_id(i: usize) -> String {
    let mut digits = [0u8; 21];
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
    k -= 1;
    digits[k] = b'e';
    // ASCII only: one copy of the bytes, no char-by-char push.
    String::from_utf8_lossy(&digits[k..]).into_owned()
}

/// `YYYY-MM-DD` (the reference date of every document), digit by digit as dates are written.
pub(super) fn iso_date(d: NaiveDate) -> String {
    crate::recognize::date::iso_day(d).unwrap_or_else(|| d.format("%Y-%m-%d").to_string())
}

/// Builds the output: original offsets, char offsets, entity ids.
pub(super) fn to_document(
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
pub(super) fn trim_invisible(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    // Every invisible char is 2 bytes led by 0xC2 or 3 led by 0xE1, 0xE2 or 0xEF: a span
    // whose first and last chars cannot be one needs no decoding (nearly every span).
    let b = text.as_bytes();
    let may_lead = |i: Option<usize>| {
        i.and_then(|i| b.get(i))
            .is_some_and(|b| matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xEF))
    };
    if s < e && !may_lead(Some(s)) && !may_lead(e.checked_sub(2)) && !may_lead(e.checked_sub(3)) {
        return (s, e);
    }
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
pub(super) struct CharCounter<'a> {
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
