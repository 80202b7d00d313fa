//! The hand-written word lists of `dictionaries/discovery/` (title heads, role nouns, venue
//! heads, …) and their lookups: is a word on the list, which listed words does it end with.
//!
//! Discovery asks both questions at nearly every word of a text, so a list keeps its words
//! spelled backwards and sorted: the listed words a word ends with are the keys that are
//! prefixes of the word read from its end, found in one walk that narrows a range of the keys
//! one syllable at a time (a sorted list of the words needed a binary search per candidate
//! tail). The lists are a few dozen words each and built at the first extraction, so the keys
//! are a sorted array, not a trie: building one cost more than the lookups of thousands of
//! paragraphs.

use super::scan::SyllableSet;
use crate::text::segment::guess_particle;

/// The most syllables a listed word can have and still be found as a tail.
const LONGEST_TAIL: usize = 8;

/// A hand-written word list of `dictionaries/discovery/`, with the set of the last syllables
/// of its words so that most words are rejected by one look at their end.
pub(super) struct WordList {
    /// The words, sorted.
    words: Vec<&'static str>,
    /// The words spelled backwards, sorted, each with its index in `words`.
    reversed: Vec<(Box<[char]>, u32)>,
    /// For each Hangul syllable, the range of `reversed` whose words end in it.
    by_last: Box<[(u32, u32)]>,
    finals: SyllableSet,
    /// The syllables before the last of the words of two syllables or more: most stems that
    /// end like a word of the list are rejected by one look at their second-to-last syllable.
    penults: SyllableSet,
}

/// The last syllables of the particles that stand first in a chain of two (`과의`, `에서는`,
/// `와도`, `에게만`, `로는`, `부터도`, `까지도`).
const SECOND_PARTICLE_ENDS: [char; 8] = ['과', '와', '서', '에', '게', '로', '터', '지'];

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
        let mut words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let finals = SyllableSet::new(words.iter().filter_map(|w| w.chars().next_back()));
        let mut reversed: Vec<(Box<[char]>, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.chars().rev().collect(), i as u32))
            .collect();
        reversed.sort_unstable();
        let mut by_last = vec![(0u32, 0u32); SyllableSet::SIZE].into_boxed_slice();
        for (i, (key, _)) in reversed.iter().enumerate() {
            if let Some(slot) = SyllableSet::index(key[0]).map(|k| &mut by_last[k]) {
                if slot.1 == 0 {
                    slot.0 = i as u32;
                }
                slot.1 = i as u32 + 1;
            }
        }
        let penults = SyllableSet::new(reversed.iter().filter_map(|(key, _)| key.get(1).copied()));
        WordList {
            words,
            reversed,
            by_last,
            finals,
            penults,
        }
    }

    /// The keys of `reversed` whose words end in `c`: most often none or a few.
    fn ending_in(&self, c: char) -> &[(Box<[char]>, u32)] {
        match SyllableSet::index(c).map(|k| self.by_last[k]) {
            Some((s, e)) if e > s => &self.reversed[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Is `word` on the list?
    pub(super) fn contains(&self, word: &str) -> bool {
        let Some(last) = word.chars().next_back() else {
            return false;
        };
        self.finals.contains(last)
            && self
                .ending_in(last)
                .iter()
                // the lengths differ for most: no syllable is decoded
                .any(|&(_, i)| self.words[i as usize] == word)
    }

    /// The set of the last syllables of the words (for the scan's [`Finals`]).
    ///
    /// [`Finals`]: super::scan::Finals
    pub(super) fn finals(&self) -> &SyllableSet {
        &self.finals
    }

    /// The word without its particle and the word of the list it ends with (`경영지원본부장은`
    /// → (`경영지원본부장`, `본부장`)), when it ends with one.
    /// Two particles come off as well (`제1위원장과의` → `제1위원장`).
    pub(super) fn stem_and_head<'w>(&self, word: &'w str) -> Option<(&'w str, &'static str)> {
        let strip = |w: &'w str| match guess_particle(w) {
            Some(p) if p.len < w.len() => Some(&w[..w.len() - p.len]),
            _ => None,
        };
        let Some(stem) = strip(word) else {
            return Some((word, self.head_of(word)?));
        };
        if let Some(head) = self.head_of(stem) {
            return Some((stem, head));
        }
        // only a stem left ending like the first of two particles (`과`, `에서`) had two
        if !stem
            .chars()
            .next_back()
            .is_some_and(|c| SECOND_PARTICLE_ENDS.contains(&c))
        {
            return None;
        }
        // a chain of two (`과의`, `에서는`): the second off only when the two chain
        let inner = strip(stem)
            .filter(|inner| crate::text::segment::particle_chain(&word[inner.len()..]).is_some())?;
        Some((inner, self.head_of(inner)?))
    }

    /// The longest word of the list that `stem` ends with.
    pub(super) fn head_of(&self, stem: &str) -> Option<&'static str> {
        self.tails(stem).next()
    }

    /// The words of the list that `stem` ends with, longest first: its tails, looked up.
    pub(super) fn tails(&self, stem: &str) -> impl Iterator<Item = &'static str> + '_ {
        let mut found: [u32; LONGEST_TAIL] = [0; LONGEST_TAIL];
        let mut n = 0;
        let last = stem.chars().next_back();
        if let Some(last) = last.filter(|&c| self.finals.contains(c)) {
            // shortest first, one step per syllable from the end: the keys of `range` are
            // those that start with the syllables read so far (a key equal to them sorts first)
            let mut range = self.ending_in(last);
            for (depth, c) in stem.chars().rev().take(LONGEST_TAIL).enumerate() {
                if depth == 1 && !self.penults.contains(c) {
                    break;
                }
                if depth > 0 {
                    let start = range.partition_point(|(k, _)| k.get(depth).is_none_or(|&x| x < c));
                    let len = range[start..].partition_point(|(k, _)| k[depth] == c);
                    range = &range[start..start + len];
                }
                let Some((key, value)) = range.first() else {
                    break;
                };
                if key.len() == depth + 1 {
                    found[n] = *value;
                    n += 1;
                }
            }
        }
        (0..n).rev().map(move |k| self.words[found[k] as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::WordList;

    #[test]
    fn tails_are_the_listed_words_a_stem_ends_with_longest_first() {
        let list = WordList::new(["장", "본부장", "지원본부장", "실장", "", "장"]);
        assert_eq!(
            list.tails("경영지원본부장").collect::<Vec<_>>(),
            ["지원본부장", "본부장", "장"]
        );
        assert_eq!(list.head_of("기획실장"), Some("실장"));
        assert_eq!(list.head_of("장관"), None);
        assert_eq!(list.head_of(""), None);
        assert_eq!(
            list.stem_and_head("경영지원본부장은"),
            Some(("경영지원본부장", "지원본부장"))
        );
    }

    #[test]
    fn contains_only_whole_words() {
        let list = WordList::new(["본부장", "실장"]);
        assert!(list.contains("본부장"));
        assert!(!list.contains("부장"));
        assert!(!list.contains("지원본부장"));
        assert!(!list.contains(""));
        assert!(!WordList::new([]).contains("실장"));
        assert_eq!(WordList::new([]).tails("실장").count(), 0);
    }

    #[test]
    fn a_tail_longer_than_eight_syllables_is_not_looked_for() {
        let list = WordList::new(["가나다라마바사아자", "나다라마바사아자"]);
        assert_eq!(
            list.tails("가나다라마바사아자").collect::<Vec<_>>(),
            ["나다라마바사아자"]
        );
    }
}
