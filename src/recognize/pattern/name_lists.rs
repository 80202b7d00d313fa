//! Lists of Korean names that `등` closes (`윤서진, 박지훈, 이영호 등 동료 배우들이`): news lists
//! people so with no title. Three words or more of a full name's form, two of them at least
//! names by their odds, say the list is one of people: each member is a person, also one
//! that is a frequent word too or whose odds alone lean away from a name.

use super::shape::{has_name_form, is_name_shaped, name_score};
use super::{covered, person, word_ending_at};
use crate::document::EntityType;
use crate::recognize::Candidate;

/// The fewest words of a list closed by `등`...
const MIN_NAMES: usize = 3;

/// ... and the fewest of them that read as names by their odds.
const MIN_LIKELY: usize = 2;

/// The separators of the list, as in [`people`](super::people)'s lists.
const SEPARATORS: [&str; 3] = [", ", ",", "·"];

/// The word of a full name's form ending at `end` (its start), if one does.
fn member(text: &str, end: usize) -> Option<usize> {
    let (start, word) = word_ending_at(text, end)?;
    has_name_form(word).then_some(start)
}

/// Lists of names closed by `등` in `text`; `taken` holds every candidate found so far, in
/// text order: a list with a member it holds as anything but a person is no list of people,
/// and a member it holds as a person stays as found.
pub(super) fn lists_closed_by_deung(text: &str, taken: &[Candidate], out: &mut Vec<Candidate>) {
    for (at, _) in text.match_indices(" 등") {
        // `등` a word of its own (`등 배우들`, `등이`), not the start of one (`등장`, `등록`)
        let after = &text[at + " 등".len()..];
        if after
            .chars()
            .next()
            .is_some_and(|c| ('가'..='힣').contains(&c) && !"이은의을과도에".contains(c))
        {
            continue;
        }
        let Some(start) = member(text, at) else {
            continue;
        };
        let mut names = vec![(start, at)];
        while let Some(end) = SEPARATORS
            .iter()
            .find_map(|sep| text[..names[names.len() - 1].0].strip_suffix(sep))
            .map(str::len)
        {
            let Some(s) = member(text, end) else {
                break;
            };
            names.push((s, end));
        }
        let likely = names
            .iter()
            .filter(|&&(s, e)| {
                let w = &text[s..e];
                is_name_shaped(w) && name_score(w).is_none_or(|v| v >= 0.0)
            })
            .count();
        let other = |s: usize, e: usize| {
            let i = taken.partition_point(|c| c.end <= s);
            taken
                .get(i)
                .is_some_and(|c| c.start < e && c.kind != EntityType::Person)
        };
        if names.len() < MIN_NAMES || likely < MIN_LIKELY || names.iter().any(|&(s, e)| other(s, e))
        {
            continue;
        }
        out.extend(
            names
                .into_iter()
                .rev()
                .filter(|&(s, e)| !covered(taken, s, e))
                .map(|(s, e)| person(s, e)),
        );
    }
}
