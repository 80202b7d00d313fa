//! Compound titles recognized by their head (`경영지원본부장`, `해외사업국장`,
//! `비상대책위원장`, `베트남법인장`): TITLE candidates that the dictionary does not hold, for
//! names before them and for the relation layer's position rules alike.

use std::sync::LazyLock;

use super::scan::{Run, TITLE_HEAD};
use super::shape::is_stop_word;
use super::{covered, WordList};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};

const TITLE_HEADS: &str = include_str!("../../../dictionaries/discovery/title_heads.txt");

pub(super) static HEADS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(TITLE_HEADS));

/// The compound titles of `text` (normalized) among its Hangul runs `runs` that no dictionary
/// candidate covers, in order.
pub(super) fn compound_titles(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut check = |s: usize, e: usize| {
        let Some((stem, head)) = HEADS.stem_and_head(&text[s..e]) else {
            return;
        };
        let before = stem.len() - head.len();
        let syllables = stem[..before].chars().count();
        if (2..=8).contains(&syllables) && !is_stop_word(stem) && !covered(dictionary, s, e) {
            out.push(Candidate {
                start: s,
                end: s + stem.len(),
                kind: EntityType::Title,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    };
    for r in runs.iter().filter(|r| r.ends & TITLE_HEAD != 0) {
        check(r.start, r.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_by_their_head() {
        let text = "경영지원본부장은 베트남법인장과 국장, 결국은 만났다";
        let runs = super::super::scan::Scan::new(text, &super::super::FINALS).hangul;
        let found: Vec<&str> = compound_titles(text, &runs, &[])
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["경영지원본부장", "베트남법인장"]);
    }
}
