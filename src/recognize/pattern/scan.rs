//! The one pass over a text that every discovery recognizer shares: its words (runs of
//! letters and digits of any script) and, inside them, its runs of Hangul syllables, each with
//! the word lists that may end it ([`Finals`]: a title head, a venue head, an organization
//! suffix, a role noun, a unit head, a school's head among its last syllables). Most runs end in none, and the recognizers
//! skip them on one bit test.

use crate::text::Script;

/// A title head (`본부장`) may end the run, before a particle.
pub(super) const TITLE_HEAD: u8 = 1;
/// A venue head (`공원`) may end the run.
pub(super) const VENUE_HEAD: u8 = 2;
/// An organization suffix (`전자`, `부`) may end the run.
pub(super) const ORG_SUFFIX: u8 = 4;
/// A role noun (`배우`) may end the run.
pub(super) const ROLE_NOUN: u8 = 8;
/// The head of an organization's unit (`위원회`, `총리실`) may end the run.
pub(super) const UNIT_HEAD: u8 = 16;
/// The head of a school's short name (`고`, `대`: `휘문고`, `중원대`) may end the run.
pub(super) const SCHOOL_HEAD: u8 = 32;

/// How many last syllables of a run [`Run::ends`] looks at: a word of a list and a particle
/// of up to four syllables (`으로부터`).
const TAIL: u32 = 5;

/// For each Hangul syllable, the lists (bits above) with a word ending in it.
pub(super) struct Finals(Box<[u8]>);

impl Finals {
    /// The table of `lists`: each a bit and the set of the last syllables of its words.
    pub(super) fn new(lists: &[(u8, &SyllableSet)]) -> Finals {
        let table = ('가'..='힣')
            .map(|c| {
                lists
                    .iter()
                    .filter(|(_, set)| set.contains(c))
                    .fold(0, |bits, (bit, _)| bits | bit)
            })
            .collect();
        Finals(table)
    }
}

/// One run of word characters of the text (an eojeol without its punctuation), or one run of
/// Hangul syllables.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Every character of the run is Hangul (`김민수는`, not `오픈AI가`).
    pub(super) hangul: bool,
    /// The lists of [`Finals`] that end one of the run's last five characters.
    pub(super) ends: u8,
}

/// The words and the Hangul runs of one text, in order.
pub(super) struct Scan {
    pub(super) words: Vec<Run>,
    pub(super) hangul: Vec<Run>,
}

/// The last characters of a run being read: one byte of [`Finals`] bits per character, the
/// latest lowest.
#[derive(Clone, Copy, Default)]
struct Window(u64);

impl Window {
    #[inline]
    fn push(&mut self, bits: u8) {
        self.0 = (self.0 << 8) | u64::from(bits);
    }

    /// The bits of the last [`TAIL`] characters, together.
    #[inline]
    fn ends(self) -> u8 {
        let mut t = self.0 & ((1 << (8 * TAIL)) - 1);
        t |= t >> 32;
        t |= t >> 16;
        t |= t >> 8;
        t as u8
    }
}

impl Scan {
    /// Walks `text` once.
    pub(super) fn new(text: &str, finals: &Finals) -> Scan {
        let mut words = Vec::with_capacity(text.len() / 8 + 1);
        let mut hangul = Vec::with_capacity(text.len() / 8 + 1);
        // the current word (its start and whether it is all Hangul) and Hangul run
        let mut word: Option<(usize, bool)> = None;
        let mut run: Option<usize> = None;
        let (mut word_tail, mut run_tail) = (Window::default(), Window::default());
        for (i, c) in text.char_indices() {
            // most characters are syllables, then ASCII
            let (is_word, is_hangul, bits) = if let Some(k) = SyllableSet::index(c) {
                (true, true, finals.0[k])
            } else if c.is_ascii() {
                (c.is_ascii_alphanumeric(), false, 0)
            } else {
                let script = Script::of(c);
                (script.is_word(), script == Script::Hangul, 0)
            };
            match (run, is_hangul) {
                (None, true) => {
                    run = Some(i);
                    run_tail = Window::default();
                    run_tail.push(bits);
                }
                (Some(_), true) => run_tail.push(bits),
                (Some(s), false) => {
                    hangul.push(Run {
                        start: s,
                        end: i,
                        hangul: true,
                        ends: run_tail.ends(),
                    });
                    run = None;
                }
                (None, false) => {}
            }
            match (word, is_word) {
                (None, true) => {
                    word = Some((i, is_hangul));
                    word_tail = Window::default();
                    word_tail.push(bits);
                }
                (Some((s, all)), true) => {
                    word = Some((s, all && is_hangul));
                    word_tail.push(bits);
                }
                (Some((s, all)), false) => {
                    words.push(Run {
                        start: s,
                        end: i,
                        hangul: all,
                        ends: word_tail.ends(),
                    });
                    word = None;
                }
                (None, false) => {}
            }
        }
        if let Some(s) = run {
            hangul.push(Run {
                start: s,
                end: text.len(),
                hangul: true,
                ends: run_tail.ends(),
            });
        }
        if let Some((s, all)) = word {
            words.push(Run {
                start: s,
                end: text.len(),
                hangul: all,
                ends: word_tail.ends(),
            });
        }
        Scan { words, hangul }
    }
}

/// A set of Hangul syllables, one bit each: the first or last syllables of a word list, so
/// that a word is rejected by one look at one syllable.
pub(super) struct SyllableSet(Box<[u64]>);

impl SyllableSet {
    pub(super) const SIZE: usize = ('힣' as usize) - ('가' as usize) + 1;

    /// The set of `syllables` (characters that are no Hangul syllable are left out).
    pub(super) fn new(syllables: impl IntoIterator<Item = char>) -> SyllableSet {
        let mut bits = vec![0u64; Self::SIZE.div_ceil(64)].into_boxed_slice();
        for c in syllables {
            if let Some(i) = Self::index(c) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        SyllableSet(bits)
    }

    #[inline]
    pub(super) fn index(c: char) -> Option<usize> {
        (c as usize)
            .checked_sub('가' as usize)
            .filter(|&i| i < Self::SIZE)
    }

    /// Is `c` in the set?
    #[inline]
    pub(super) fn contains(&self, c: char) -> bool {
        Self::index(c).is_some_and(|i| self.0[i / 64] & (1 << (i % 64)) != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_hangul_runs_in_one_pass() {
        let heads = SyllableSet::new(['장']);
        let finals = Finals::new(&[(TITLE_HEAD, &heads)]);
        let text = "오픈AI가 (김민수) 말했다, 본부장으로부터 장A 장ABCDE";
        let scan = Scan::new(text, &finals);
        let words: Vec<(&str, bool, u8)> = scan
            .words
            .iter()
            .map(|r| (&text[r.start..r.end], r.hangul, r.ends))
            .collect();
        assert_eq!(
            words,
            [
                ("오픈AI가", false, 0),
                ("김민수", true, 0),
                ("말했다", true, 0),
                ("본부장으로부터", true, TITLE_HEAD),
                ("장A", false, TITLE_HEAD),
                ("장ABCDE", false, 0)
            ]
        );
        let runs: Vec<&str> = scan.hangul.iter().map(|r| &text[r.start..r.end]).collect();
        assert_eq!(
            runs,
            [
                "오픈",
                "가",
                "김민수",
                "말했다",
                "본부장으로부터",
                "장",
                "장"
            ]
        );
        assert!(scan.hangul.iter().all(|r| r.hangul));
        assert_eq!(scan.hangul[4].ends, TITLE_HEAD);
    }

    #[test]
    fn syllable_sets() {
        let set = SyllableSet::new("장관".chars().chain(['A', '힣']));
        assert!(set.contains('장') && set.contains('힣') && !set.contains('A'));
        assert!(!set.contains('가') && !set.contains('ㄱ'));
    }
}
