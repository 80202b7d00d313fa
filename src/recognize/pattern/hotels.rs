//! Hotels named after their city: a run of brand words ending in a known place is one hotel,
//! a LOCATION (`그랜드 하얏트 서울`, `노보텔 앰배서더 서울 강남`, `르 메르디앙 서울에서`), not
//! the city it ends in. The words are `dictionaries/discovery/hotel_brands.txt`: brands, and
//! the words (`그랜드`, `바이`, `호텔`) that join a run only beside a brand.

use std::sync::LazyLock;

use super::word_list::WordList;
use crate::document::EntityType;
use crate::recognize::{Candidate, Label};

const HOTEL_BRANDS: &str = include_str!("../../../dictionaries/discovery/hotel_brands.txt");

/// The brands, and the words that join a brand's run.
struct Brands {
    brands: WordList,
    joiners: WordList,
}

static BRANDS: LazyLock<Brands> = LazyLock::new(|| {
    let words = || {
        HOTEL_BRANDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
    };
    Brands {
        brands: WordList::new(words().filter(|w| !w.starts_with('+'))),
        joiners: WordList::new(words().filter_map(|w| w.strip_prefix('+'))),
    }
});

/// The most words of a hotel's name before its place.
const MOST_WORDS: usize = 5;

/// Turns each dictionary place that ends a run of hotel words (`candidates`, in text order)
/// into the hotel: its mention starts at the run, and takes in a district written one space
/// after the city (`서울 강남`). No other candidate may stand in the run.
pub(super) fn hotels(text: &str, candidates: &mut Vec<Candidate>) {
    let mut i = 0;
    while i < candidates.len() {
        let c = &candidates[i];
        if c.kind != EntityType::Location {
            i += 1;
            continue;
        }
        let previous_end = i.checked_sub(1).map_or(0, |p| candidates[p].end);
        let Some(start) = run_before(text, c.start, previous_end) else {
            i += 1;
            continue;
        };
        let district = candidates.get(i + 1).filter(|n| {
            n.kind == EntityType::Location && n.start == c.end + 1 && text[c.end..].starts_with(' ')
        });
        let end = district.map_or(c.end, |d| d.end);
        if district.is_some() {
            candidates.remove(i + 1);
        }
        let c = &mut candidates[i];
        c.start = start;
        c.end = end;
        c.label = Label::Surface;
        i += 1;
    }
}

/// Where a run of hotel words ending one space before `at` starts, if it holds a brand and
/// no byte before `floor` (another candidate's).
fn run_before(text: &str, at: usize, floor: usize) -> Option<usize> {
    let mut start = at;
    let mut brand = false;
    for _ in 0..MOST_WORDS {
        let Some(head) = text[..start].strip_suffix(' ') else {
            break;
        };
        let from = head
            .rfind([' ', '\n', '(', '"', '《', '‘', '“'])
            .map_or(0, |k| {
                k + head[k..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &head[from..];
        if from < floor || word.is_empty() {
            break;
        }
        if BRANDS.brands.contains(word) {
            brand = true;
        } else if !BRANDS.joiners.contains(word) {
            break;
        }
        start = from;
    }
    brand.then_some(start)
}
