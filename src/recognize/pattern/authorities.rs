//! The nation's police, prosecution and courts written bare (`경찰`, `검찰`, `법원`): an ORG
//! where they act.
//!
//! No dictionary holds the two words: as entries they named every 경찰 of a text, also the
//! police of another country (`말레이시아 경찰은`) and the police as a trade (`경찰 출신`),
//! which labelled news corpora mostly do not count. Where the bare word is the subject or
//! topic of its clause (`경찰은 … 진입을 시도했다`, `검찰이 … 요구했다`) it is the body that
//! acts, an ORG, as the Wikinews gold annotates it; and once it acted in a text its other
//! bare mentions are the same body (`검찰에 고발했다`). The verbs of acting that
//! [`governments`](super::governments) asks of a place are too few for what the police do
//! (진입, 체포, 수사, 불허): asking them found none of the gold's bodies on the dev articles.
//!
//! The body also acts where the text names its act right after it (`경찰 조사 결과`,
//! `검찰 수사`, glued `검찰조사를`), makes it the agent (`경찰에 의해 검거됐다`), or hands a
//! case to it (`검찰에 고발했다`, `검찰에 송치했다`): a report to the police alone
//! (`경찰에 신고했다`) is no act of the body. The country's own name before it keeps it the
//! nation's body (`대한민국 검찰은`, `한국 경찰에`).
//!
//! The courts act the same way in news of trials (`법원은 A씨에게 징역 1년을 선고했다`,
//! `법원이 이를 받아들여`, `법원 판결이 나오자`), give what the parties receive
//! (`법원으로부터 실형을 선고받았다`) and take the cases handed to them (`법원에 항소했다`,
//! `법원에 소송을 냈다`); a court named with its place or level is one word
//! (`서울중앙지방법원`, `대법원`), the dictionary's or no bare body.

use super::heads::{Group, HeadHits};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::{hangul_run_at, particle_chain, stands_alone};
use crate::text::Script;

/// The bodies, written bare.
pub(super) const AUTHORITIES: [&str; 3] = ["경찰", "검찰", "법원"];

/// Finds the bare bodies of `text` that act, and their other bare mentions, among the
/// dictionary's candidates `dictionary` (in text order); pushes them to `out`.
pub(super) fn authorities(
    text: &str,
    heads: &HeadHits,
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for (k, body) in AUTHORITIES.iter().enumerate() {
        let mut bare: Vec<usize> = Vec::new();
        let mut acting = false;
        for at in heads.of(Group::Authorities, k) {
            if !owner_allows(text, at, dictionary) {
                continue;
            }
            if stands_alone(text, at, at + body.len(), false) {
                acting = acting || acts_at(text, at + body.len());
                bare.push(at);
            } else if glued_act(text, at, at + body.len()) {
                // `검찰조사를`: the body and its act in one word, the body's mention alone
                acting = true;
                bare.push(at);
            }
        }
        if !acting {
            continue;
        }
        for at in bare {
            out.push(Candidate {
                start: at,
                end: at + body.len(),
                kind: EntityType::Org,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
}

/// Has the body at `at` no place or organization right before it, whose police it would be
/// (`말레이시아 경찰`, `현지 경찰`), but the nation's own name (`대한민국 검찰`)?
fn owner_allows(text: &str, at: usize, dictionary: &[Candidate]) -> bool {
    let Some(before) = text[..at].strip_suffix(' ') else {
        return true;
    };
    // The dictionary's candidates are in text order and never overlap, so their ends are
    // ordered too: one binary search, not a pass over the document's candidates.
    let first = dictionary.partition_point(|c| c.end < before.len());
    let owned = dictionary[first..]
        .iter()
        .take_while(|c| c.end == before.len())
        .any(|c| {
            matches!(c.kind, EntityType::Location | EntityType::Org)
                && !OWN_COUNTRY.contains(&&text[c.start..c.end])
        });
    let word = before
        .rsplit(|c: char| !Script::of(c).is_word())
        .next()
        .unwrap_or("");
    !owned && !LOCAL.contains(&word)
}

/// Does the body whose word ends at `end` act: the subject or topic of its clause, the agent
/// (`경찰에 의해`), the body a case goes to (`검찰에 고발했다`), or before its act
/// (`경찰 조사 결과`)?
fn acts_at(text: &str, end: usize) -> bool {
    let particle = hangul_run_at(text, end);
    if ACTOR_PARTICLES.contains(&particle) || SOURCE_PARTICLES.contains(&particle) {
        return true;
    }
    let after = &text[end + particle.len()..];
    let Some(next) = after.strip_prefix(' ') else {
        return false;
    };
    match particle {
        "에" => {
            next.starts_with("의해") || next.starts_with("의한") || starts_with_any(next, &CASES)
        }
        "" => starts_with_any(next, &ACTS),
        _ => false,
    }
}

/// Is the body at `start..end` glued to its act and particles only (`검찰조사를`,
/// `경찰수사에서`), starting a word?
fn glued_act(text: &str, start: usize, end: usize) -> bool {
    let starts = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !Script::of(c).is_word());
    let word = hangul_run_at(text, end);
    starts
        && ACTS.iter().any(|act| {
            word.strip_prefix(act)
                .is_some_and(|rest| rest.is_empty() || particle_chain(rest).is_some())
        })
}

fn starts_with_any(word: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| word.starts_with(p))
}

/// Particles of the subject or topic: the body acts (`경찰은`, `검찰이`, `경찰도`).
const ACTOR_PARTICLES: [&str; 5] = ["은", "는", "이", "가", "도"];

/// Particles of the one a sentence or a decision comes from: the body acts
/// (`법원으로부터 실형을 선고받았다`, `경찰로부터 통보를 받았다`).
const SOURCE_PARTICLES: [&str; 2] = ["으로부터", "로부터"];

/// What the police and the prosecution do, written right after them (`경찰 조사`, `검찰 수사`),
/// and what a court does (`법원 판결이 나오자`).
const ACTS: [&str; 5] = ["조사", "수사", "소환", "추산", "판결"];

/// A case handed to the body (`검찰에 고발했다`, `검찰에 송치`, `검찰에 고소장을 냈다`,
/// `검찰에 자료를 넘겼다`), or to a court (`법원에 항소했다`, `법원에 항고했다`,
/// `법원에 소송을 냈다`).
const CASES: [&str; 10] = [
    "고발", "고소", "송치", "수사", "제출", "넘겼", "항소", "항고", "상고", "소송",
];

/// The country's own names: its police are the nation's body, not another's.
const OWN_COUNTRY: [&str; 2] = ["대한민국", "한국"];

/// Words before the body that make it some place's
/// (`현지 경찰`, `해당 경찰`, `연방 법원`).
const LOCAL: [&str; 5] = ["현지", "해당", "지역", "외국", "연방"];

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        authorities(text, &HeadHits::new(text), &[], &mut out);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn acting_bodies_and_their_other_mentions() {
        assert_eq!(
            found("경찰은 이들이 숨진 채 발견됐다고 밝혔다. 집주인은 경찰에 신고했다."),
            ["경찰", "경찰"]
        );
        assert_eq!(found("검찰이 구속영장을 청구했다."), ["검찰"]);
        assert_eq!(found("당초 경찰은 집회를 불허했다."), ["경찰"]);
        assert_eq!(found("대한민국 검찰은 추징금을 환수했다."), ["검찰"]);
    }

    #[test]
    fn bodies_that_act_as_agent_recipient_or_by_their_act() {
        assert_eq!(found("사옥은 경찰에 의해 통제됐다."), ["경찰"]);
        assert_eq!(
            found("그는 이들을 검찰에 고발했다. 검찰에 간 이들은"),
            ["검찰", "검찰"]
        );
        assert_eq!(found("경찰 조사 결과 그는 귀금속을 찾아냈다."), ["경찰"]);
        assert_eq!(found("검찰조사를 받은 그는 기자회견을 열었다."), ["검찰"]);
    }

    #[test]
    fn courts_that_judge_receive_cases_or_give_sentences() {
        assert_eq!(found("법원은 A씨에게 징역 1년을 선고했다."), ["법원"]);
        assert_eq!(found("그는 이튿날 법원에 항소했다."), ["법원"]);
        assert_eq!(found("그는 법원으로부터 실형을 선고받았다."), ["법원"]);
        assert_eq!(
            found("이혼 사유라는 법원 판결이 나오자 반발했다."),
            ["법원"]
        );
        // a court's own name is one word; a trial held there is no act of it
        assert!(found("서울중앙지방법원은 영장을 발부했다.").is_empty());
        assert!(found("그는 법원에서 집행유예를 선고받았다.").is_empty());
        assert!(found("미국 연방 법원은 배상을 명령했다.").is_empty());
    }

    #[test]
    fn glued_words_that_are_no_act() {
        assert!(found("검찰청사 앞에서 경찰관이 말했다.").is_empty());
        assert!(found("검찰조사관 두 명과 경찰에 신고했다.").is_empty());
    }

    #[test]
    fn bodies_that_do_not_act_or_are_no_word_of_their_own() {
        assert!(found("경찰에 신고했다. 경찰관 두 명이 다쳤다.").is_empty());
        assert!(found("그는 경찰 출신으로 경찰을 그만뒀다.").is_empty());
        assert!(found("경찰청은 이날 밝혔다.").is_empty());
        assert!(found("현지 경찰은 용의자를 추적한다고 밝혔다.").is_empty());
    }
}
