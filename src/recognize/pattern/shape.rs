//! What a Korean name looks like: a surname from the census list (`김`, `남궁`) and a given
//! name whose syllables are typical of names rather than of ordinary words, scored by a
//! syllable model built from public-licence text (`dictionaries/discovery/build.py`); and the
//! stop list of common words that never become a discovered name.

use std::collections::HashMap;
use std::sync::LazyLock;

const SURNAMES: &str = include_str!("../../../dictionaries/discovery/surnames.txt");
const MODEL: &str = include_str!("../../../dictionaries/discovery/names.tsv");
const STOP_WORDS: &str = include_str!("../../../dictionaries/discovery/stop_words.txt");
const MODIFIERS: &str = include_str!("../../../dictionaries/discovery/modifiers.txt");

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A value per Hangul syllable (`가`..=`힣`), read by index: the hot loops of discovery look
/// up every syllable of every candidate word.
pub(super) struct SyllableTable(Box<[f32]>);

impl SyllableTable {
    pub(super) const SIZE: usize = ('힣' as usize) - ('가' as usize) + 1;

    /// The table of one value per syllable, in the order of `가`..=`힣`.
    pub(super) fn from_values(values: Box<[f32]>) -> SyllableTable {
        debug_assert_eq!(values.len(), Self::SIZE);
        SyllableTable(values)
    }

    /// The table of `values`, `default` for every other syllable.
    pub(super) fn new(values: &HashMap<char, f32>, default: f32) -> SyllableTable {
        let mut table = vec![default; Self::SIZE].into_boxed_slice();
        for (&c, &v) in values {
            if let Some(slot) = Self::index(c).and_then(|i| table.get_mut(i)) {
                *slot = v;
            }
        }
        SyllableTable(table)
    }

    pub(super) fn index(c: char) -> Option<usize> {
        (c as usize)
            .checked_sub('가' as usize)
            .filter(|&i| i < Self::SIZE)
    }

    /// The value of `c`; `None` for a character that is no Hangul syllable.
    pub(super) fn get(&self, c: char) -> Option<f32> {
        Self::index(c).and_then(|i| self.0.get(i)).copied()
    }
}

/// The weight of the prior that smooths each syllable's counts toward the pooled rate: about the
/// number of names a syllable's rate in names is worth before its own counts take over.
const PRIOR_WEIGHT: f32 = 20.0;

/// The syllable model: log-odds that a syllable at a position belongs to a name.
struct Model {
    surname: SyllableTable,
    given: [SyllableTable; 2],
}

static NAME_MODEL: LazyLock<Model> = LazyLock::new(|| {
    let mut counts: [HashMap<char, (f32, f32)>; 3] = Default::default();
    for line in lines(MODEL) {
        let mut cols = line.split('\t');
        let (Some(kind), Some(syl), Some(a), Some(b)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let slot = match kind {
            "surname" => 0,
            "given1" => 1,
            "given2" => 2,
            _ => continue,
        };
        let (Some(c), Ok(a), Ok(b)) = (syl.chars().next(), a.parse::<f32>(), b.parse::<f32>())
        else {
            continue;
        };
        counts[slot].insert(c, (a, b));
    }
    // Each syllable's counts are smoothed toward the pooled rate of names and words together
    // (a Dirichlet prior of weight PRIOR_WEIGHT): a syllable seen once in a word and never in
    // the thousand names (`뷰`, `묘`) leans to a word, as it should, instead of to a name for
    // the names' smaller total. A syllable seen in neither counts as seen once in a word.
    let odds = |table: &HashMap<char, (f32, f32)>| {
        let (na, nb) = table
            .values()
            .fold((0.0, 0.0), |(x, y), (a, b)| (x + a, y + b));
        let pooled = |a: f32, b: f32| (a + b + 0.5) / (na + nb + 0.5 * table.len() as f32);
        let log_odds = |a: f32, b: f32| {
            let prior = PRIOR_WEIGHT * pooled(a, b);
            ((a + prior) / (na + PRIOR_WEIGHT)).ln() - ((b + prior) / (nb + PRIOR_WEIGHT)).ln()
        };
        let map = table
            .iter()
            .map(|(&c, &(a, b))| (c, log_odds(a, b)))
            .collect::<HashMap<char, f32>>();
        (map, log_odds(0.0, 1.0))
    };
    let (surname, _) = odds(&counts[0]);
    let (g1, u1) = odds(&counts[1]);
    let (g2, u2) = odds(&counts[2]);
    Model {
        // a surname the model never saw before a name gets the odds of an unseen syllable
        surname: SyllableTable::new(&surname, u1),
        given: [SyllableTable::new(&g1, u1), SyllableTable::new(&g2, u2)],
    }
});

static SURNAME_LIST: LazyLock<(SyllableTable, Vec<&'static str>)> = LazyLock::new(|| {
    let mut single = HashMap::new();
    let mut double = Vec::new();
    for s in lines(SURNAMES) {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => {
                single.insert(c, 1.0);
            }
            (Some(_), Some(_)) => double.push(s),
            _ => {}
        }
    }
    // sorted, so a word's first two syllables are looked up, not compared with each
    double.sort_unstable();
    double.dedup();
    (SyllableTable::new(&single, 0.0), double)
});

/// A sorted word list indexed by first syllable: a lookup compares a word with the few
/// entries that start like it, and hashes nothing.
pub(super) struct WordSet {
    words: Vec<&'static str>,
    /// For each Hangul syllable, the range of `words` starting with it.
    by_first: Box<[(u32, u32)]>,
}

impl WordSet {
    pub(super) fn new(words: impl IntoIterator<Item = &'static str>) -> WordSet {
        let mut words: Vec<&'static str> = words.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        let mut by_first = vec![(0u32, 0u32); SyllableTable::SIZE].into_boxed_slice();
        for (i, w) in words.iter().enumerate() {
            if let Some(slot) = w
                .chars()
                .next()
                .and_then(SyllableTable::index)
                .and_then(|k| by_first.get_mut(k))
            {
                if slot.1 == 0 {
                    slot.0 = i as u32;
                }
                slot.1 = i as u32 + 1;
            }
        }
        WordSet { words, by_first }
    }

    /// Is `word` in the set?
    pub(super) fn contains(&self, word: &str) -> bool {
        let Some(first) = word.chars().next() else {
            return false;
        };
        let range = match SyllableTable::index(first).and_then(|k| self.by_first.get(k)) {
            Some(&(s, e)) => &self.words[s as usize..e as usize],
            None => &self.words[..],
        };
        range.binary_search(&word).is_ok()
    }
}

static STOP: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(lines(STOP_WORDS)));

/// Words the corpora write with a locative particle and never with 에게/께 or before 씨
/// (`dictionaries/discovery/locative_words.txt`, built by `build_locative.py`).
const LOCATIVE_WORDS: &str = include_str!("../../../dictionaries/discovery/locative_words.txt");

static LOCATIVE: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(lines(LOCATIVE_WORDS)));

/// Is `word` seen with a locative particle (`애초에`, `쇼트트랙에서`) and never as a person is
/// (`…에게`, `… 씨`): a place, a time, a thing or a field?
pub(super) fn is_locative_word(word: &str) -> bool {
    LOCATIVE.contains(word)
}

/// A dozen words: a list to scan, not a [`WordSet`] (whose syllable index costs more to build
/// than all the lookups).
static MODIFIER: LazyLock<Vec<&'static str>> = LazyLock::new(|| lines(MODIFIERS).collect());

/// Is `word` a modifier that news writes before role nouns (`차세대 감독`, `최전방 공격수`),
/// never a name even where a name's context stands?
pub(super) fn is_modifier(word: &str) -> bool {
    MODIFIER.contains(&word)
}

/// Is `c` a one-syllable Korean surname?
pub(super) fn is_surname(c: char) -> bool {
    SURNAME_LIST.0.get(c).is_some_and(|v| v > 0.0)
}

/// The two-syllable surname `word` starts with, if any (`남궁`, `제갈`).
pub(super) fn compound_surname(word: &str) -> Option<&'static str> {
    let two = word.char_indices().nth(2).map_or(word.len(), |(i, _)| i);
    let list = &SURNAME_LIST.1;
    list.binary_search(&&word[..two]).ok().map(|k| list[k])
}

/// Is `word` a common word that is never a discovered name?
pub(super) fn is_stop_word(word: &str) -> bool {
    STOP.contains(word)
}

/// How name-like a three-syllable word is (log-odds; above 0 leans to a name); `None` when it
/// does not start with a surname.
pub(super) fn name_score(word: &str) -> Option<f32> {
    let mut chars = word.chars();
    let (Some(s), Some(g1), Some(g2), None) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return None;
    };
    if !is_surname(s) {
        return None;
    }
    let m = &*NAME_MODEL;
    Some(m.surname.get(s)? + m.given[0].get(g1)? + m.given[1].get(g2)?)
}

/// Does `word` have the shape of a full Korean name: a surname and a two-syllable given name
/// (`윤정민`), or a two-syllable surname and a one- or two-syllable given name (`남궁민수`),
/// that is no common word?
pub(super) fn is_name_shaped(word: &str) -> bool {
    has_name_form(word) && !is_stop_word(word)
}

/// The form of a full Korean name, whether or not the word is also a common one (`최순실` is
/// both a name and, in news, a frequent word).
pub(super) fn has_name_form(word: &str) -> bool {
    // the cheap tests first: this runs on most words of a text
    let shaped = match word.len() / 3 {
        3 => word.chars().next().is_some_and(is_surname),
        4 => compound_surname(word).is_some(),
        _ => false,
    };
    shaped && word.chars().all(|c| ('가'..='힣').contains(&c)) && !word.ends_with(PARTY)
}

/// A party's name ends in 당 (`노동당`, `국민당`); a given name hardly ever does (5 of the
/// model's 1362 names, `dictionaries/discovery/names.tsv`), so a word ending so has no name's form.
const PARTY: char = '당';

/// Is `word` a Korean name by its shape alone, without any context (`김민수는 말했다`)?
pub(super) fn is_likely_name(word: &str, threshold: f32) -> bool {
    name_score(word).is_none_or(|s| s >= threshold) && is_name_shaped(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_score_above_words() {
        for name in ["김민수", "박지훈", "이영호", "최승현"] {
            assert!(name_score(name).unwrap() > 0.0, "{name}");
        }
        // ordinary words starting with a surname syllable: low odds or on the stop list
        for word in ["이번에", "정부가", "김치전", "조사단", "한국인", "조선업"] {
            assert!(!is_likely_name(word, 1.0), "{word}");
        }
        assert!(is_stop_word("한국인") && !is_stop_word("김민수"));
        assert!(name_score("가나다라").is_none() && name_score("오픈소스").is_none());
        assert!(compound_surname("남궁민수").is_some());
        assert!(!is_name_shaped("회의록"));
        assert!(!has_name_form("노동당") && !has_name_form("진보당") && has_name_form("노동석"));
    }
}
