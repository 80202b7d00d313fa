//! Governments and places: one rule, applied the same way everywhere. The name's form says
//! which it is, and its particle overrides that only where it says *where*:
//!
//! * A government's name (`서울시`, `부산시`, `경기도청`: the dictionary's ORG entries with a
//!   `level=`) is an ORG — it signs, invests, announces — except before a place particle
//!   (`서울시에서 열린`, `부산시에 있는`), where it is the LOCATION.
//! * A place's name (`서울`, `미국`, `경기도`: LOCATION entries) stays a LOCATION, also as a
//!   subject (`미국은 … 밝혔다`), as the news fixtures and the seed article annotate it.
//!
//! The flipped mention keeps its text as its canonical name.

use crate::document::EntityType;
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::Script;

/// Place particles: the government is where something is.
const PLACE: [&str; 4] = ["에서", "에서는", "에", "에는"];

/// Re-types the dictionary's candidates (`candidates`) by the rule above.
pub(crate) fn governments_and_places(
    text: &str,
    dictionary: &Dictionary,
    candidates: &mut [Candidate],
) {
    for c in candidates.iter_mut() {
        let Label::Entry(e) = c.label else { continue };
        let entity = dictionary.entity(e);
        let local_government = entity.kind == EntityType::Org
            && entity.attributes.iter().any(|(k, _)| &**k == "level");
        if local_government && PLACE.contains(&particle_after(text, c.end)) {
            c.kind = EntityType::Location;
            c.label = Label::Surface;
        }
    }
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
