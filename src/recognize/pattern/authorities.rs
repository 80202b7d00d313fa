//! The nation's police and prosecution written bare (`경찰`, `검찰`): an ORG where they act.
//!
//! No dictionary holds the two words: as entries they named every 경찰 of a text, also the
//! police of another country (`말레이시아 경찰은`) and the police as a trade (`경찰 출신`),
//! which labelled news corpora mostly do not count. Where the bare word is the subject or
//! topic of its clause (`경찰은 … 진입을 시도했다`, `검찰이 … 요구했다`) it is the body that
//! acts, an ORG, as the Wikinews gold annotates it; and once it acted in a text its other
//! bare mentions are the same body (`검찰에 고발했다`). The verbs of acting that
//! [`governments`](super::governments) asks of a place are too few for what the police do
//! (진입, 체포, 수사, 불허): asking them found none of the gold's bodies on the dev articles.

use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::{hangul_run_at, stands_alone};
use crate::text::Script;

/// The bodies, written bare.
const AUTHORITIES: [&str; 2] = ["경찰", "검찰"];

/// Finds the bare bodies of `text` that act, and their other bare mentions, among the
/// dictionary's candidates `dictionary` (in text order); pushes them to `out`.
pub(super) fn authorities(text: &str, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    static FINDERS: super::Finders<2> = super::Finders::new(|| super::finders(AUTHORITIES));
    for (body, finder) in AUTHORITIES.iter().zip(&*FINDERS) {
        let bare: Vec<usize> = finder
            .find_iter(text.as_bytes())
            .filter(|&at| bare_at(text, at, body, dictionary))
            .collect();
        let acting = bare
            .iter()
            .any(|&at| ACTOR_PARTICLES.contains(&hangul_run_at(text, at + body.len())));
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

/// Is the body at `at` a word of its own (particles only after it) with no place or
/// organization right before it, whose police it would be (`말레이시아 경찰`, `현지 경찰`)?
fn bare_at(text: &str, at: usize, body: &str, dictionary: &[Candidate]) -> bool {
    if !stands_alone(text, at, at + body.len(), false) {
        return false;
    }
    let Some(before) = text[..at].strip_suffix(' ') else {
        return true;
    };
    let owned = dictionary
        .iter()
        .any(|c| c.end == before.len() && matches!(c.kind, EntityType::Location | EntityType::Org));
    let word = before
        .rsplit(|c: char| !Script::of(c).is_word())
        .next()
        .unwrap_or("");
    !owned && !LOCAL.contains(&word)
}

/// Particles of the subject or topic: the body acts (`경찰은`, `검찰이`, `경찰도`).
const ACTOR_PARTICLES: [&str; 5] = ["은", "는", "이", "가", "도"];

/// Words before the body that make it some place's (`현지 경찰`, `해당 경찰`).
const LOCAL: [&str; 4] = ["현지", "해당", "지역", "외국"];

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        authorities(text, &[], &mut out);
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
    }

    #[test]
    fn bodies_that_do_not_act_or_are_no_word_of_their_own() {
        assert!(found("경찰에 신고했다. 경찰관 두 명이 다쳤다.").is_empty());
        assert!(found("그는 경찰 출신으로 경찰을 그만뒀다.").is_empty());
        assert!(found("경찰청은 이날 밝혔다.").is_empty());
        assert!(found("현지 경찰은 용의자를 추적한다고 밝혔다.").is_empty());
    }
}
