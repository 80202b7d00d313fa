//! Governments and places: one rule, applied the same way everywhere. The name's form says
//! which it is, and its particle overrides that only where it says *where*:
//!
//! * A government's name (`서울시`, `부산시`, `경기도청`: the dictionary's ORG entries with a
//!   `level=`) is an ORG — it signs, invests, announces — except where it says *where*: before
//!   a place particle (`서울시에서 열린`, `부산시에 있는`) and at the head of an address, before
//!   a smaller place (`서울특별시 강남구`, `서울시 정동의`), where it is the LOCATION.
//! * A city's, province's, county's or district's name (`강원도`, `부산`, `가평군`: LOCATION
//!   entries of those kinds) is also its government's: an ORG where it acts — the subject or
//!   topic of a verb of acting in its sentence, with no other actor named between
//!   (`강원도가 보증을 서기로 결정했다`, `부산 측은 … 밝혔다`) — and a LOCATION elsewhere.
//! * A country's name (`미국`, `북한`) stays a LOCATION, also where it acts (`미국은 … 밝혔다`):
//!   the Wikinews gold annotates acting countries so (`북한은 …`, `일본은 …`), and typing them
//!   ORG there lowered its F1 (all types 0.827 → 0.825) for a gain of under 0.01 on a labelled
//!   corpus that calls most countries ORG wherever they stand.
//!
//! The flipped mention keeps its text as its canonical name.

use crate::document::EntityType;
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::{particle_chain, without_particle};
use crate::text::Script;

/// Place particles: the government is where something is.
const PLACE: [&str; 4] = ["에서", "에서는", "에", "에는"];

/// Re-types the dictionary's candidates (`candidates`) by the rule above.
pub(crate) fn governments_and_places(
    text: &str,
    dictionary: &Dictionary,
    candidates: &mut [Candidate],
) {
    let mut acted = Vec::new();
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Label::Entry(e) = c.label else { continue };
        let entity = dictionary.entity(e);
        let local_government = entity.kind == EntityType::Org
            && entity.attributes.iter().any(|(k, _)| &**k == "level");
        let building = entity.kind == EntityType::Org
            && entity
                .attributes
                .iter()
                .any(|(k, v)| &**k == "site" && &**v == "building");
        if building {
            if beside_or_toward(text, c.end) {
                let c = &mut candidates[i];
                c.kind = EntityType::Location;
                c.label = Label::Surface;
            }
            continue;
        }
        if !local_government {
            if entity.kind == EntityType::Location
                && entity
                    .attributes
                    .iter()
                    .any(|(k, v)| &**k == "kind" && ACTORS.contains(&&**v))
                && acts(text, c.end, next_actor(candidates, i))
            {
                acted.push(e);
                let c = &mut candidates[i];
                c.kind = EntityType::Org;
                c.label = Label::Surface;
            }
            continue;
        }
        // a place the dictionary knows, one space on (`서울특별시 강남구`)
        let place_next = candidates.get(i + 1).is_some_and(|n| {
            n.kind == EntityType::Location && n.start == c.end + 1 && text[c.end..].starts_with(' ')
        });
        if place_next
            || PLACE.contains(&particle_after(text, c.end))
            || before_a_district(text, c.end)
            || beside_or_toward(text, c.end)
        {
            let c = &mut candidates[i];
            c.kind = EntityType::Location;
            c.label = Label::Surface;
        }
    }
    // a place that acts once in the text is its government at its other mentions too, as
    // the gold keeps one entity for the one name (`강원도가 … 결정했다` … `강원도의 재정`)
    for c in candidates.iter_mut() {
        if c.kind == EntityType::Location
            && matches!(c.label, Label::Entry(e) if acted.contains(&e))
        {
            c.kind = EntityType::Org;
            c.label = Label::Surface;
        }
    }
}

/// Nouns of position written after a building's name: it is where (`서울시청 인근에서`,
/// `청와대 앞`, `백악관 주변`), or all over it (`서울특별시 곳곳에`, `서울시 전역`).
const BESIDE: [&str; 8] = [
    "인근",
    "앞",
    "주변",
    "근처",
    "일대",
    "건너편",
    "곳곳",
    "전역",
];

/// Particles of a destination, and the verbs of moving that make them one (`백악관으로
/// 돌아갔다`, `대통령실까지 행진했다`): `서울시로 보고했다` stays the office.
const TOWARD: [&str; 4] = ["으로", "로", "까지", "으로는"];
const MOVING: [&str; 9] = [
    "돌아",
    "되돌아",
    "향",
    "행진",
    "이동",
    "들어가",
    "도착",
    "갔",
    "옮",
];

/// Does a noun of position follow `end` (one space on), or a particle of destination before a
/// verb of moving?
fn beside_or_toward(text: &str, end: usize) -> bool {
    if let Some(rest) = text[end..].strip_prefix(' ') {
        let word = particle_after(rest, 0);
        // `앞으로` alone is "from now on"
        if BESIDE.iter().any(|b| {
            word.strip_prefix(b).is_some_and(|tail| {
                tail.is_empty() || (tail != "으로" && particle_chain(tail).is_some())
            })
        }) {
            return true;
        }
    }
    let particle = particle_after(text, end);
    if !TOWARD.contains(&particle) {
        return false;
    }
    let next = text[end + particle.len()..].strip_prefix(' ').unwrap_or("");
    MOVING.iter().any(|m| next.starts_with(m))
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
    let stem = without_particle(word);
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

/// The kinds of place whose name is also its local government's: a city, a province, a
/// county, a district. A country is no such kind (see the module's rule).
const ACTORS: [&str; 4] = ["city", "province", "county", "district"];

/// Particles of an actor: the subject or topic (`미국은`, `중국이`, `일본 측은`).
const ACTOR_PARTICLES: [&str; 8] = ["은", "는", "이", "가", "측은", "측이", "측도", "도"];

/// Predicates of an act: it announces, demands, signs, invests, protests; and what a local
/// government does to its people and ground (`수영구는 … 500여 명을 동원하여`, `강남구는 …
/// 강제 철거했으며`, `단속`, `시행`).
const ACTS: [&str; 35] = [
    "밝혔", "발표", "말했", "주장", "요구", "합의", "체결", "서명", "투자", "비난", "경고", "반발",
    "거부", "제안", "요청", "약속", "승인", "선언", "부과", "제재", "결정", "촉구", "강조", "반대",
    "통보", "협상", "파견", "항의", "규탄", "지지", "동원", "철거", "단속", "시행", "실시",
];

/// Where the next organization or person after candidate `i` starts: another actor, whose
/// verb the later predicates are.
fn next_actor(candidates: &[Candidate], i: usize) -> usize {
    candidates[i + 1..]
        .iter()
        .find(|n| matches!(n.kind, EntityType::Org | EntityType::Person))
        .map_or(usize::MAX, |n| n.start)
}

/// Does the place ending at `end` act in its sentence: the subject or topic of a predicate of
/// [`ACTS`] before the sentence, a quotation or the next actor (at `actor`) begins?
fn acts(text: &str, end: usize, actor: usize) -> bool {
    let rest = &text[end..actor.clamp(end, text.len())];
    let rest = rest
        .strip_prefix(' ')
        .filter(|r| r.starts_with('측'))
        .unwrap_or(rest);
    let particle = particle_after(rest, 0);
    if !ACTOR_PARTICLES.contains(&particle) {
        return false;
    }
    let sentence = &rest[particle.len()..];
    let stop = sentence
        .find(['.', '\n', '?', '!', '"', '”', '’', '\''])
        .unwrap_or(sentence.len());
    let sentence = &sentence[..stop];
    ACTS.iter().any(|a| sentence.contains(a))
}
