//! The hand-written word lists of `dictionaries/discovery/` (title heads, role nouns, venue
//! heads, …) and their lookups: is a word on the list, which listed words does it end with.
//!
//! Discovery asks both questions at nearly every word of a text, so a list is kept as a trie
//! of its words spelled backwards: the listed words a word ends with are the keys that are
//! prefixes of the word read from its end, found in one walk of at most one step per
//! syllable (a sorted list needed a binary search per candidate tail).

use super::scan::SyllableSet;
use crate::text::segment::guess_particle;

/// The most syllables a listed word can have and still be found as a tail.
const LONGEST_TAIL: usize = 8;

/// A hand-written word list of `dictionaries/discovery/`, with the set of the last syllables
/// of its words so that most words are rejected by one look at their end.
pub(super) struct WordList {
    /// The words, sorted; the trie's values index it.
    words: Vec<&'static str>,
    /// The words spelled backwards; `None` for an empty list.
    reversed: Option<crawdad::Trie>,
    finals: SyllableSet,
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
        let mut words: Vec<&str> = words.into_iter().filter(|w| !w.is_empty()).collect();
        words.sort_unstable();
        words.dedup();
        let finals = SyllableSet::new(words.iter().filter_map(|w| w.chars().next_back()));
        let mut records: Vec<(String, u32)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.chars().rev().collect(), i as u32))
            .collect();
        records.sort_unstable();
        // The lists are compiled into the library; a list crawdad cannot index is a bug here.
        let reversed = (!records.is_empty()).then(|| {
            crawdad::Trie::from_records(records.iter().map(|(k, v)| (k.as_str(), *v)))
                .expect("a discovery word list is indexable")
        });
        WordList {
            words,
            reversed,
            finals,
        }
    }

    /// Is `word` on the list?
    pub(super) fn contains(&self, word: &str) -> bool {
        word.chars()
            .next_back()
            .is_some_and(|c| self.finals.contains(c))
            && self
                .reversed
                .as_ref()
                .is_some_and(|t| t.exact_match(word.chars().rev()).is_some())
    }

    /// The set of the last syllables of the words (for the scan's [`Finals`]).
    ///
    /// [`Finals`]: super::scan::Finals
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
    pub(super) fn tails(&self, stem: &str) -> impl Iterator<Item = &'static str> + '_ {
        let mut found: [u32; LONGEST_TAIL] = [0; LONGEST_TAIL];
        let mut n = 0;
        let ends = stem
            .chars()
            .next_back()
            .is_some_and(|c| self.finals.contains(c));
        if let (true, Some(trie)) = (ends, &self.reversed) {
            // shortest first, one step per syllable from the end
            for (value, _) in trie.common_prefix_search(stem.chars().rev().take(LONGEST_TAIL)) {
                found[n] = value;
                n += 1;
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
