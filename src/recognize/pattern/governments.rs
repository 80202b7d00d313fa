//! Governments and places: one rule, applied the same way everywhere. The name's form says
//! which it is, and its particle overrides that only where it says *where*:
//!
//! * A government's name (`서울시`, `부산시`, `경기도청`: the dictionary's ORG entries with a
//!   `level=`) is an ORG — it signs, invests, announces — except before a place particle
//!   (`서울시에서 열린`, `부산시에 있는`), where it is the LOCATION.
//! * A place's name (`서울`, `미국`, `경기도`: LOCATION entries) stays a LOCATION, also as a
//!   subject (`미국은 … 밝혔다`: the news fixtures and the seed article annotate it so), except
//!   in `<place> 정부` / `<place> 당국`, which is one ORG (`대한민국 정부`, `폴란드 당국`).
//!   A ministry after a country keeps its own name (`대한민국 기상청`: LOCATION + ORG), as the
//!   news fixture annotates it.
//!
//! The flipped mention keeps its text as its canonical name.

use crate::document::{EntityType, Source};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::Script;

/// Dictionary `kind=` values of places that have a government.
const GOVERNED: [&str; 7] = [
    "country", "province", "state", "city", "county", "district", "world-city",
];

/// Place particles: the government is where something is.
const PLACE: [&str; 4] = ["에서", "에서는", "에", "에는"];

/// Words that, after a country, make it its government.
const GOVERNMENT_NOUNS: [&str; 2] = ["정부", "당국"];

/// Re-types the dictionary's candidates by the rule above and adds the joined
/// `<place> 정부` names; `candidates` are the dictionary's, in text order.
pub(crate) fn places_that_act(
    text: &str,
    dictionary: &Dictionary,
    candidates: &mut Vec<Candidate>,
) {
    let mut joined = Vec::new();
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        let entity = dictionary.entity(e);
        let attribute = |key: &str| {
            entity
                .attributes
                .iter()
                .find(|(k, _)| &**k == key)
                .map(|(_, v)| &**v)
        };
        let tail = particle_after(text, c.end);
        match entity.kind {
            EntityType::Location if attribute("kind").is_some_and(|k| GOVERNED.contains(&k)) => {
                if !tail.is_empty() || !text[c.end..].starts_with(' ') {
                    continue;
                }
                let at = c.end + 1;
                let noun = GOVERNMENT_NOUNS
                    .iter()
                    .find(|n| text[at..].starts_with(*n) && ends_word(text, at + n.len()))
                    .map(|n| at + n.len());
                if let Some(end) = noun {
                    joined.push(Candidate {
                        start: c.start,
                        end,
                        kind: EntityType::Org,
                        label: Label::Surface,
                        source: Source::Pattern,
                    });
                }
            }
            EntityType::Org if attribute("level").is_some() && PLACE.contains(&tail) => {
                let c = &mut candidates[i];
                c.kind = EntityType::Location;
                c.label = Label::Surface;
            }
            _ => {}
        }
    }
    candidates.extend(joined);
}

/// The Hangul right after `end`, up to the end of the word (the particle of a name).
fn particle_after(text: &str, end: usize) -> &str {
    let rest = &text[end..];
    let len = rest
        .char_indices()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(rest.len(), |(i, _)| i);
    &rest[..len]
}

/// Does a word end at `at` (maybe with a particle after it)?
fn ends_word(text: &str, at: usize) -> bool {
    let tail = particle_after(text, at);
    tail.is_empty() || crate::text::segment::particle_chain(tail).is_some()
}
