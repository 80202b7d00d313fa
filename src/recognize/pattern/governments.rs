//! Governments and places: one rule, applied the same way everywhere. The name's form says
//! which it is, and its particle overrides that only where it says *where*:
//!
//! * A government's name (`서울시`, `부산시`, `경기도청`: the dictionary's ORG entries with a
//!   `level=`) is an ORG — it signs, invests, announces — except where it says *where*: before
//!   a place particle (`서울시에서 열린`, `부산시에 있는`) and at the head of an address, before
//!   a smaller place (`서울특별시 강남구`, `서울시 정동의`), where it is the LOCATION.
//! * A place's name (`서울`, `미국`, `경기도`: LOCATION entries) stays a LOCATION, also as a
//!   subject (`미국은 … 밝혔다`), as the news fixtures and the seed article annotate it.
//!
//! The flipped mention keeps its text as its canonical name.

use crate::document::EntityType;
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::guess_particle;
use crate::text::Script;

/// Place particles: the government is where something is.
const PLACE: [&str; 4] = ["에서", "에서는", "에", "에는"];

/// Re-types the dictionary's candidates (`candidates`) by the rule above.
pub(crate) fn governments_and_places(
    text: &str,
    dictionary: &Dictionary,
    candidates: &mut [Candidate],
) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        let entity = dictionary.entity(e);
        let local_government = entity.kind == EntityType::Org
            && entity.attributes.iter().any(|(k, _)| &**k == "level");
        if !local_government {
            continue;
        }
        // a place the dictionary knows, one space on (`서울특별시 강남구`)
        let place_next = candidates.get(i + 1).is_some_and(|n| {
            n.kind == EntityType::Location && n.start == c.end + 1 && text[c.end..].starts_with(' ')
        });
        if place_next
            || PLACE.contains(&particle_after(text, c.end))
            || before_a_district(text, c.end)
        {
            let c = &mut candidates[i];
            c.kind = EntityType::Location;
            c.label = Label::Surface;
        }
    }
}

/// The last syllables of the districts of an address (`강남구`, `삼청동`, `가평군`).
const DISTRICTS: [char; 5] = ['구', '동', '군', '읍', '면'];

/// Does a district no dictionary holds follow `end`, one space on (`서울특별시 흑석동`)? Of
/// three or four syllables: the common words that end the same way have two (`공동`, `연구`).
fn before_a_district(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word = particle_after(rest, 0);
    let stem = match guess_particle(word) {
        Some(p) if p.len < word.len() => &word[..word.len() - p.len],
        _ => word,
    };
    (3..=4).contains(&stem.chars().count()) && stem.ends_with(DISTRICTS)
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
