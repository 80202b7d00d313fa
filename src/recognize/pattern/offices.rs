//! A local office named by no name of its own is one ORG with the place written one space
//! before it: a district office named by its direction after its city (`대구 중구청`, `울산
//! 동구청`: many cities have a 중구), as the Wikinews gold annotates `광주 북부경찰서`
//! (`organizations` in `mod.rs`), and a bare office after its county, district or city
//! (`고흥군 보건소`, `양천구 보건소`). A station with a name of its own stands apart from
//! the city before it (`서울 혜화경찰서`: 서울 and 혜화경찰서, as the gold annotates it). A
//! district office by its direction alone is one too (`중구청은`, which the four-syllable
//! rule of government bodies leaves out); where something is (`중구청에서`) it is the place.
//! A country before the office is no owner (`미국 경찰서` is no name), and a province is
//! its address (`전남 나주경찰서`, `경북 성주군청`: the offices of 나주 and 성주 are named by
//! their city alone, as the gold annotates `나주경찰서`).

use super::heads::{Group, HeadHits};
use super::COUNTRIES;
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::{hangul_run_at, hangul_run_start, particle_chain};
use crate::text::Script;

/// The heads of local offices.
pub(super) const HEADS: [&str; 5] = ["경찰서", "소방서", "보건소", "구청", "군청"];

/// The heads of a district's or a county's office, glued to the rest of its name (`중구청`,
/// `북군청`).
const DISTRICT_OFFICES: [&str; 2] = ["구청", "군청"];

/// The syllables of a direction, which name districts of many cities (`중구`, `동구`).
const DIRECTIONS: [char; 5] = ['동', '서', '남', '북', '중'];

/// Place particles after a district office: it is where something is.
const PLACE: [&str; 4] = ["에서", "에서는", "에", "에는"];

/// The provinces of `dictionaries/location.tsv` (`kind=province`) in their Hangul forms.
static PROVINCES: std::sync::LazyLock<super::WordList> =
    std::sync::LazyLock::new(|| super::WordList::new(super::place_forms("province")));

/// The local offices of `text`, after the dictionary's candidates `dictionary` (in text
/// order); pushed to `out`.
pub(super) fn local_offices(
    text: &str,
    heads: &HeadHits,
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for (k, head) in HEADS.iter().enumerate() {
        for at in heads.of(Group::Offices, k) {
            let end = at + head.len();
            let Some(particle) = particles_after(text, end) else {
                continue;
            };
            let word_start = hangul_run_start(text, at);
            let glued = &text[word_start..at];
            let district = DISTRICT_OFFICES.contains(head);
            // a district's office named by its district (`중구청`, `강서구청`, `해운대구청`);
            // bare `구청` is a word, and so are the offices of every city and district
            // (`시군구청`)
            let named = match glued.chars().count() {
                1 => glued.starts_with(DIRECTIONS),
                2 | 3 => !glued.ends_with(['시', '군']),
                _ => false,
            };
            // a station's own name (`강서경찰서`, `나주경찰서`) stands apart from the city
            // before it (`서울 강서경찰서`: 서울 and the station, as the gold annotates it)
            if (district && !named) || (!district && !glued.is_empty()) {
                continue;
            }
            // the city one space before the word (`대구 중구청`, `고흥군 보건소`)
            let place = text[..word_start]
                .strip_suffix(' ')
                .and_then(|b| place_ending_at(text, dictionary, b.len()));
            // a district named by more than its direction stands apart too (`부산 강서구청`)
            let start = match place.filter(|_| glued.chars().count() <= 1) {
                // a bare head names an office only after a county's, district's or city's
                // full name (`고흥군 보건소`, not `부산 경찰서`)
                Some(p)
                    if glued.is_empty()
                        && !text[p..word_start - 1].ends_with(['구', '군', '시']) =>
                {
                    continue
                }
                Some(p) => p,
                None if district => word_start,
                None => continue,
            };
            let kind = if district && PLACE.contains(&particle) {
                EntityType::Location
            } else {
                EntityType::Org
            };
            out.push(Candidate {
                start,
                end,
                kind,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
}

/// The particles after the word's end at `end` (`""` when none), or `None` when the word goes
/// on otherwise (`구청장`, `경찰서장`).
fn particles_after(text: &str, end: usize) -> Option<&str> {
    let glued = hangul_run_at(text, end);
    (glued.is_empty() || particle_chain(glued).is_some()).then_some(glued)
}

/// The start of the dictionary's place (no country) that is a whole word ending at `end`.
fn place_ending_at(text: &str, dictionary: &[Candidate], end: usize) -> Option<usize> {
    let i = dictionary.partition_point(|c| c.end < end);
    let c = dictionary
        .get(i)
        .filter(|c| c.end == end && c.kind == EntityType::Location)?;
    let name = &text[c.start..c.end];
    let whole = text[..c.start]
        .chars()
        .next_back()
        .is_none_or(|p| !Script::of(p).is_word());
    (whole
        && !COUNTRIES.contains(name)
        && !PROVINCES.contains(name)
        && name.chars().all(|ch| Script::of(ch) == Script::Hangul))
    .then_some(c.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::pattern::{dictionary_hit, surfaces_found};

    fn found<'t>(text: &'t str, dictionary: &[Candidate]) -> Vec<&'t str> {
        surfaces_found(local_offices, text, dictionary)
    }

    #[test]
    fn offices_after_their_city() {
        let text =
            "부산 해운대경찰서는 울산 남구청과 양평군 보건소에 알렸고 북구청과 마포구청은 답했다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "부산"),
            dictionary_hit(text, EntityType::Org, "해운대경찰서"),
            dictionary_hit(text, EntityType::Location, "울산"),
            dictionary_hit(text, EntityType::Location, "양평군"),
        ];
        assert_eq!(
            found(text, &dict),
            ["울산 남구청", "양평군 보건소", "북구청", "마포구청"]
        );
    }

    #[test]
    fn no_city_no_office() {
        let text = "미국 경찰서에 갔고 구청 직원과 관할경찰서, 부산 구청장, 부산 경찰서, 서울 혜화경찰서, 시군구청을 찾았다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "미국"),
            dictionary_hit(text, EntityType::Location, "부산"),
        ];
        assert!(found(text, &dict).is_empty());
    }
}
