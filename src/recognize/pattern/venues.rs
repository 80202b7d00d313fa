//! Venues and facilities by their heads, as LOCATION: `올림픽공원`, `노벨광장`,
//! `킨텍스컨벤션센터`, and a known place followed by a head word: `나리타 국제공항`.

use std::sync::LazyLock;

use super::scan::{Run, VENUE_HEAD};
use super::shape::is_stop_word;
use super::{covered, WordList};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};

const VENUE_HEADS: &str = include_str!("../../../dictionaries/discovery/venue_heads.txt");

pub(super) static HEADS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(VENUE_HEADS));

/// The venues of `text` among its Hangul runs `runs` that no dictionary candidate covers;
/// `dictionary` in text order.
pub(super) fn venues(text: &str, runs: &[Run], dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    let mut check = |s: usize, e: usize| {
        let Some((stem, head)) = HEADS.stem_and_head(&text[s..e]) else {
            return;
        };
        if covered(dictionary, s, e) {
            return;
        }
        let before = stem[..stem.len() - head.len()].chars().count();
        // A known place right before: `나리타 국제공항`, `베이징 국가체육장`.
        let i = dictionary.partition_point(|d| d.end <= s);
        let place = i
            .checked_sub(1)
            .map(|p| &dictionary[p])
            .filter(|p| p.kind == EntityType::Location && p.end + 1 == s)
            .filter(|p| &text[p.end..s] == " ");
        let from = match place {
            Some(p) if before <= 4 => p.start,
            _ if (2..=8).contains(&before) && !is_stop_word(stem) => s,
            _ => return,
        };
        out.push(Candidate {
            start: from,
            end: s + stem.len(),
            kind: EntityType::Location,
            label: Label::Surface,
            source: Source::Pattern,
        });
    };
    for r in runs.iter().filter(|r| r.ends & VENUE_HEAD != 0) {
        check(r.start, r.end);
    }
}
