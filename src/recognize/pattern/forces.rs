//! A country's armed services and legislative chambers are an ORG named by the country and
//! the body, one word apart: `폴란드 공군`, `대한민국 해군`, `인도 해군`, `영국 하원`,
//! `독일 의회`, and a state's legislature (`캘리포니아주 의회`). The Wikinews dev gold
//! annotates them so (`폴란드 공군`, `대한민국 육군`, `영국 하원`), unlike a country and its
//! ministry, which are two entities (`폴란드 국방부`: see `dictionaries/README.md`).
//!
//! The body must stand as a word: `미국 하원의원` is the country and a title, and `영국 하원
//! 의원` the chamber and a title. A Hanja or one-syllable short form before it (`英 하원`,
//! `미 공군`) stays apart, as the gold writes `英` and `하원` as two mentions. The country and
//! a bare `군` (`러시아 군 관계자`) are left alone: the gold keeps the country there, and the
//! glued forces (`러시아군`) are the organization suffixes' (see `armed_forces` in the module
//! above).
//!
//! A service written bare (`육군 대위`, `해군은`, `해병대에 입대`) is an ORG too, as `국회`
//! is: the forces of the country the text is about, mostly Korea's. The three services in
//! one word (`육·해·공군`) are a phrase for all of them, no one body.

use super::heads::{Group, HeadHits};
use super::word_list::WordList;
use super::{place_forms, COUNTRIES};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::stands_alone;
use std::sync::LazyLock;

/// The bodies: first the armed services, by the word news writes for each, then the
/// legislative chambers (a country's or a state's).
pub(super) const BODIES: [&str; 7] = ["육군", "해군", "공군", "해병대", "하원", "상원", "의회"];

/// How many of [`BODIES`] are armed services.
const SERVICES: usize = 4;

/// Finds the services and chambers of `text` among the dictionary's candidates `dictionary`
/// (in text order); pushes them to `out`.
pub(super) fn forces(
    text: &str,
    heads: &HeadHits,
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for (i, body) in BODIES.iter().enumerate() {
        let service = i < SERVICES;
        for at in heads.of(Group::Forces, i) {
            let end = at + body.len();
            if !stands_alone(text, at, end, false) || text[..at].ends_with('·') {
                continue;
            }
            let start = match owner_before(text, at, dictionary) {
                Some((start, Owner::Country)) => start,
                Some((start, Owner::State)) if !service => start,
                // another owner (`용인 육군`: a place of the nation's forces; the short form
                // of `英 하원`) or none: the bare service is an ORG, a bare chamber is not
                _ if service => at,
                _ => continue,
            };
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

/// The owner of a body: a country, or a state (which has a legislature, not forces).
enum Owner {
    Country,
    State,
}

/// The states of `dictionaries/location.tsv` (`kind=state`: `캘리포니아주`, `텍사스주`).
static STATES: LazyLock<WordList> = LazyLock::new(|| WordList::new(place_forms("state")));

/// Where the dictionary's LOCATION that ends one space before `at` starts, when it is a
/// country or a state by a name of two Hangul syllables or more (`폴란드`, `대한민국`,
/// `캘리포니아주`; not `英`, `미`).
fn owner_before(text: &str, at: usize, dictionary: &[Candidate]) -> Option<(usize, Owner)> {
    let before = text[..at].strip_suffix(' ')?.len();
    let first = dictionary.partition_point(|c| c.end < before);
    let place = dictionary[first..]
        .iter()
        .take_while(|c| c.end == before)
        .find(|c| c.kind == EntityType::Location)?;
    let word = &text[place.start..place.end];
    let owner = if COUNTRIES.contains(word) && word.chars().count() >= 2 {
        Owner::Country
    } else if STATES.contains(word) {
        Owner::State
    } else {
        return None;
    };
    Some((place.start, owner))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::pattern::{dictionary_hit, surfaces_found};

    fn found<'t>(text: &'t str, dictionary: &[Candidate]) -> Vec<&'t str> {
        surfaces_found(forces, text, dictionary)
    }

    #[test]
    fn services_and_chambers_named_by_their_country_or_state() {
        let text = "인도 해군과 대한민국 공군이 훈련했고, 독일 의회와 텍사스주 의회가 반대했다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "인도"),
            dictionary_hit(text, EntityType::Location, "대한민국"),
            dictionary_hit(text, EntityType::Location, "독일"),
            dictionary_hit(text, EntityType::Location, "텍사스주"),
        ];
        assert_eq!(
            found(text, &dict),
            ["인도 해군", "대한민국 공군", "독일 의회", "텍사스주 의회"]
        );
    }

    #[test]
    fn a_bare_service_is_the_nations_and_a_bare_chamber_nobodys() {
        let text = "용인 육군 대위와 해병대 출신 의원이 의회에서 상원 표결을 봤다, 육·해·공군 모두";
        let dict = [dictionary_hit(text, EntityType::Location, "용인")];
        assert_eq!(found(text, &dict), ["육군", "해병대"]);
    }

    #[test]
    fn a_state_has_no_forces_and_a_short_form_stays_apart() {
        let text = "플로리다주 해군 기지에서 英 하원 의원과 미국 하원의원이 만났다";
        let dict = [
            dictionary_hit(text, EntityType::Location, "플로리다주"),
            dictionary_hit(text, EntityType::Location, "英"),
            dictionary_hit(text, EntityType::Location, "미국"),
        ];
        // the state's base is the nation's navy; `英` and `하원` two mentions; `하원의원` a title
        assert_eq!(found(text, &dict), ["해군"]);
    }
}
