//! The hand-written word lists of `dictionaries/discovery/` (title heads, role nouns, venue
//! heads, …) and their lookups: is a word on the list, which listed words does it end with.

use super::scan::SyllableSet;
use crate::text::segment::guess_particle;

/// A hand-written word list of `dictionaries/discovery/`: sorted for lookup, with the set of
/// the last syllables of its words so that most words are rejected by one look at their end.
pub(super) struct WordList {
    words: Vec<&'static str>,
    finals: SyllableSet,
    /// The most syllables of a word of the list.
    longest: usize,
}

impl WordList {
    /// Parses one word a line; `#` starts a comment line.
    pub(super) fn parse(text: &'static str) -> WordList {
        WordList::new(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#')),
        )
    }

    /// The list of `words`.
    pub(super) fn new(words: impl IntoIterator<Item = &'static str>) -> WordList {
        let mut words: Vec<&str> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        let finals = SyllableSet::new(words.iter().filter_map(|w| w.chars().next_back()));
        let longest = words.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        WordList {
            words,
            finals,
            longest,
        }
    }

    /// Is `word` on the list?
    pub(super) fn contains(&self, word: &str) -> bool {
        word.chars()
            .next_back()
            .is_some_and(|c| self.finals.contains(c))
            && self.words.binary_search(&word).is_ok()
    }

    /// The set of the last syllables of the words (for the scan's [`Finals`]).
    pub(super) fn finals(&self) -> &SyllableSet {
        &self.finals
    }

    /// The word without its particle and the word of the list it ends with (`경영지원본부장은`
    /// → (`경영지원본부장`, `본부장`)), when it ends with one.
    pub(super) fn stem_and_head<'w>(&self, word: &'w str) -> Option<(&'w str, &'static str)> {
        let stem = match guess_particle(word) {
            Some(p) if p.len < word.len() => &word[..word.len() - p.len],
            _ => word,
        };
        Some((stem, self.head_of(stem)?))
    }

    /// The longest word of the list that `stem` ends with.
    pub(super) fn head_of(&self, stem: &str) -> Option<&'static str> {
        self.tails(stem).next()
    }

    /// The words of the list that `stem` ends with, longest first: its tails, looked up.
    pub(super) fn tails<'a>(&'a self, stem: &'a str) -> impl Iterator<Item = &'static str> + 'a {
        let ends = stem
            .chars()
            .next_back()
            .is_some_and(|c| self.finals.contains(c));
        let mut starts: [usize; 8] = [0; 8];
        let mut n = 0;
        if ends {
            for (i, _) in stem
                .char_indices()
                .rev()
                .take(self.longest.min(starts.len()))
            {
                starts[n] = i;
                n += 1;
            }
        }
        (0..n).rev().filter_map(move |k| {
            let tail = &stem[starts[k]..];
            self.words.binary_search(&tail).ok().map(|k| self.words[k])
        })
    }
}
