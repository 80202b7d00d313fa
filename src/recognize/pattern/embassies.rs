//! A country's embassy or consulate is an ORG named by the country (or city) and its head:
//! `일본 대사관`, `한국대사관`, `상하이 총영사관`, and the post abroad glued to a short form
//! of the country where it is (`주일대사관`, `주미 대사관`: the embassy in Japan, in the US).
//! A post abroad one word before joins it (`주한 미국 대사관`), and so does the place it is
//! posted in before `주재` (`대한민국 주재 라오스 대사관`). The head alone (`대사관은`)
//! names no embassy: whose, only the place says.

use super::heads::{Group, HeadHits};
use super::occupied::Occupied;
use super::COUNTRIES;
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::{hangul_run_at, hangul_run_start, particle_chain};

/// The heads of a mission abroad, the longest first (`총영사관` before `영사관`).
pub(super) const HEADS: [&str; 3] = ["총영사관", "대사관", "영사관"];

/// "Stationed in", between the place a mission is posted in and its country (`대한민국 주재
/// 라오스 대사관`).
const STATIONED: &str = "주재";

/// The one-syllable short forms news writes after 주 "posted in" (`주미`, `주일`, `주중`).
const SHORT_FORMS: [&str; 8] = ["한", "미", "일", "중", "러", "영", "독", "불"];

/// The embassies of `text` among the dictionary's candidates `dictionary` (in text order);
/// pushed to `out`.
pub(super) fn embassies(
    text: &str,
    heads: &HeadHits,
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    let mut occupied = Occupied::new(out);
    for (k, head) in HEADS.iter().enumerate() {
        for at in heads.of(Group::Embassies, k) {
            let end = at + head.len();
            if !word_ends(text, end) || occupied.overlaps(at, end) {
                continue;
            }
            let word_start = hangul_run_start(text, at);
            let glued = &text[word_start..at];
            // the dictionary's candidates are in text order: a binary search, not a scan
            let place_at = |s: usize, e: usize| {
                let first = dictionary.partition_point(|c| c.start < s);
                dictionary[first..]
                    .iter()
                    .take_while(|c| c.start == s)
                    .any(|c| c.end == e && c.kind == EntityType::Location)
            };
            let start = if glued.is_empty() {
                // the place one space before (`일본 대사관`, `주미 대사관`)
                let Some(before) = text[..at].strip_suffix(' ') else {
                    continue;
                };
                let mut s = hangul_run_start(text, before.len());
                // a city the dictionary knows by its Latin letters (`LA 총영사관`)
                if s == before.len() {
                    s = latin_start_of(text, s);
                }
                if s < before.len()
                    && (place_at(s, before.len()) || post_abroad(&text[s..before.len()]))
                {
                    s
                } else {
                    continue;
                }
            } else if place_at(word_start, at) || post_abroad(glued) {
                word_start
            } else {
                continue;
            };
            // a post abroad before the country (`주한 미국 대사관`), or where it is posted
            // (`대한민국 주재 라오스 대사관`)
            let word_before = |at: usize| {
                text[..at]
                    .strip_suffix(' ')
                    .map(|b| (hangul_run_start(text, b.len()), b.len()))
            };
            let start = match word_before(start) {
                Some((s, e)) if post_abroad(&text[s..e]) => s,
                Some((s, e)) if &text[s..e] == STATIONED => word_before(s)
                    .filter(|&(p, e)| place_at(p, e))
                    .map_or(start, |(p, _)| p),
                _ => start,
            };
            // free: its head was, and no head stands inside the place word before it
            occupied.add(start, end);
            out.push(Candidate {
                start,
                end,
                kind: EntityType::Org,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
}

/// Does the word end at `end`, or go on with particles only (`대사관은`, `대사관에서`)?
fn word_ends(text: &str, end: usize) -> bool {
    let glued = hangul_run_at(text, end);
    glued.is_empty() || particle_chain(glued).is_some()
}

/// Where the run of Latin capitals ending at `end` starts.
fn latin_start_of(text: &str, end: usize) -> usize {
    text[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_ascii_uppercase())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Is `word` 주 and the place a mission is posted in (`주일`, `주미`, `주필리핀`)?
fn post_abroad(word: &str) -> bool {
    word.strip_prefix('주')
        .is_some_and(|place| SHORT_FORMS.contains(&place) || COUNTRIES.contains(place))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::pattern::{dictionary_hit, surfaces_found};

    fn found<'t>(text: &'t str, dictionary: &[Candidate]) -> Vec<&'t str> {
        surfaces_found(embassies, text, dictionary)
    }

    #[test]
    fn missions_named_by_their_country() {
        let text = "일본 대사관 앞에서, 주일대사관은 주한 프랑스대사관과 상하이 총영사관, LA 총영사관에 알렸다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "일본"),
            dictionary_hit(text, EntityType::Location, "프랑스"),
            dictionary_hit(text, EntityType::Location, "상하이"),
            dictionary_hit(text, EntityType::Location, "LA"),
        ];
        assert_eq!(
            found(text, &dict),
            [
                "일본 대사관",
                "주일대사관",
                "주한 프랑스대사관",
                "상하이 총영사관",
                "LA 총영사관"
            ]
        );
    }

    #[test]
    fn missions_with_no_country_are_none() {
        let text = "대사관은 문을 닫았고 총영사관 직원과 주재 영사관이 대사관식 만찬을 열었다";
        assert!(found(text, &[]).is_empty());
    }
}
