//! Historical states whose names are common words too, read where they are the state: no
//! dictionary holds them (`dictionaries/location.tsv`), since `조선` is also shipbuilding
//! (`조선·해운`, `조선 업계`) and `고려` consideration (`고려해야`, `고려를 했다`).
//!
//! * Before an era's noun, glued or apart, either is the state (`조선시대`, `조선 후기`,
//!   `고려 왕조`): the era is the state's.
//! * `조선` with a particle is the state (`조선의 궁궐`, `조선을 욕할`, `조선보다`):
//!   shipbuilding is written bare before its industry's nouns, or listed (`조선·해운`).
//!   `고려` with a particle is the noun "consideration" (`고려를 했다`): the era only.

use super::heads::{Group, HeadHits};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::particle_chain;
use crate::text::Script;

/// The states, and whether a particle alone makes the word the state.
pub(super) const STATES: [(&str, bool); 2] = [("조선", true), ("고려", false)];

/// The nouns of a state's era (`조선시대`, `조선 후기`, `고려 왕조`).
const ERAS: [&str; 6] = ["시대", "왕조", "후기", "초기", "중기", "말기"];

/// The historical states of `text` that no candidate of `taken` (in text order) covers;
/// pushed to `out`.
pub(super) fn states(text: &str, heads: &HeadHits, taken: &[Candidate], out: &mut Vec<Candidate>) {
    for (k, &(state, by_particle)) in STATES.iter().enumerate() {
        for at in heads.of(Group::States, k) {
            let end = at + state.len();
            let starts = text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !Script::of(c).is_word());
            if !starts || super::covered(taken, at, end) {
                continue;
            }
            let rest = &text[end..];
            let word = &rest[..rest
                .find(|c: char| Script::of(c) != Script::Hangul)
                .unwrap_or(rest.len())];
            let era = |w: &str| {
                ERAS.iter().any(|e| {
                    w.strip_prefix(e)
                        .is_some_and(|t| t.is_empty() || particle_chain(t).is_some())
                })
            };
            let glued_era = era(word);
            let spaced_era =
                word.is_empty() && rest.strip_prefix(' ').is_some_and(|r| era(first_word(r)));
            let particle = by_particle && !word.is_empty() && particle_chain(word).is_some();
            if glued_era || spaced_era || particle {
                out.push(Candidate {
                    start: at,
                    end,
                    kind: EntityType::Location,
                    label: Label::Surface,
                    source: Source::Pattern,
                });
            }
        }
    }
}

/// The Hangul word `text` starts with.
fn first_word(text: &str) -> &str {
    &text[..text
        .find(|c: char| Script::of(c) != Script::Hangul)
        .unwrap_or(text.len())]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        states(text, &HeadHits::new(text), &[], &mut out);
        out.sort_by_key(|c| c.start);
        out.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn states_by_their_era_or_particle() {
        assert_eq!(
            found("조선시대 호패와 조선 후기 문서, 고려 왕조의 유물, 조선의 궁궐"),
            ["조선", "조선", "고려", "조선"]
        );
    }

    #[test]
    fn shipbuilding_and_consideration_are_no_states() {
        assert!(
            found("조선·해운 업계는 조선 수주를 고려해야 하며 고려를 했다. 조선소와 TV조선")
                .is_empty()
        );
    }
}
