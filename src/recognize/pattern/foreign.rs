//! Foreign names in Hangul by a transliteration model: syllables typical of transliterated
//! names (`스`, `트`, `먼`, `르`) against those of ordinary Korean words, learned at first use
//! from the project's own PERSON and LOCATION dictionaries (the foreign entries) and the stop
//! list of common words. A run of two or three words that all read as transliterations and
//! none of which is a common word is a name (`마이클 조던이`, `판 다이크는`,
//! `마이클 브로크먼`); one word needs a title or role around it (handled elsewhere).

use std::sync::LazyLock;

use super::scan::SyllableSet;
use super::shape::{is_stop_word, is_surname, SyllableTable, WordSet};

const PERSONS: &str = include_str!("../../../dictionaries/person.tsv");
const LOCATIONS: &str = include_str!("../../../dictionaries/location.tsv");
const STOP_WORDS: &str = include_str!("../../../dictionaries/discovery/stop_words.txt");
const LOANWORDS: &str = include_str!("../../../dictionaries/discovery/loanwords.txt");
const GIVEN_NAME_LIST: &str = include_str!("../../../dictionaries/discovery/given_names.txt");

/// Common loanwords (`센터`, `펀드`, `스마트`): a run of words holding one is no name.
static LOANWORD_LIST: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        LOANWORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    )
});

/// The first words of the people of the PERSON dictionary whose names have two words or more
/// (`마이클`, `존`), one per person, sorted: read from the dictionary once for the two lists
/// below.
static FIRST_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut firsts: Vec<&'static str> = PERSONS
        .lines()
        .filter(|l| !l.starts_with('#') && !is_korean_entry(l.split('\t').nth(3).unwrap_or("")))
        .filter_map(|l| Some(l.split('\t').next()?.split_once(' ')?.0))
        .collect();
    firsts.sort_unstable();
    firsts
});

/// The first words of the foreign people of the PERSON dictionary (`마이클`, `도널드`): the
/// given names that may be frequent words too and still start a name.
static GIVEN_NAMES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(person_given_names()));

/// The first words of two syllables or more of the PERSON dictionary's foreign names.
fn person_given_names() -> impl Iterator<Item = &'static str> {
    FIRST_WORDS
        .iter()
        .copied()
        .filter(|first| first.chars().count() >= 2)
}

/// Common foreign given names (`dictionaries/discovery/given_names.txt`) and the
/// PERSON dictionary's: a word after one, spelled foreign, is the person's family name.
/// One set of both lists, so that a word is looked up once (this runs at most words that
/// may start a foreign name).
static COMMON_GIVEN_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(
        GIVEN_NAME_LIST
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .chain(person_given_names()),
    )
});

/// The last syllables of the given names of both lists: one array look-up turns most words
/// away before the sets are asked (this runs on every word that reads Korean).
static GIVEN_NAME_FINALS: LazyLock<SyllableSet> = LazyLock::new(|| {
    SyllableSet::new(
        FIRST_WORDS
            .iter()
            .copied()
            .chain(GIVEN_NAME_LIST.lines().filter(|l| !l.starts_with('#')))
            .filter_map(|w| w.trim().chars().next_back()),
    )
});

/// Is `word` a common foreign given name, of the list or of the PERSON dictionary?
pub(super) fn is_common_given_name(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| GIVEN_NAME_FINALS.contains(c))
        && COMMON_GIVEN_NAMES.contains(word)
}

/// Is `words` a common given name and one word that leans foreign (`리키 마틴`,
/// `토니 애벗`, `지미 웨일스`)? The given name is the name's context, as a title is: the
/// family name may be a frequent word or a place (`마틴`, `웨일스`), but no loanword and no
/// verb form (`데니스 말했다`).
pub(super) fn given_name_and_family_name(words: &[&str]) -> bool {
    let [first, last] = words else {
        return false;
    };
    is_common_given_name(first)
        && (2..=5).contains(&last.chars().count())
        && last.chars().all(|c| ('가'..='힣').contains(&c))
        && transliteration_score(last) >= FAMILY_NAME_FLOOR
        && !LOANWORD_LIST.contains(last)
        && !last.ends_with(super::VERBAL_ENDINGS)
}

/// The mean log-odds a family name needs after a common given name: it leans foreign.
const FAMILY_NAME_FLOOR: f32 = 0.5;

/// ... and after a common given name before a title: no strong Korean reading (`회장`).
const TITLED_FAMILY_NAME_FLOOR: f32 = -1.0;

/// The one-syllable first words that two foreign people of the PERSON dictionary or more
/// share, and no Korean surname (`존`, `폴`, `빌`, `잭`): given names too short for the model
/// to read, which start a name of two or three words whose other words read foreign
/// (`존 에드워즈`).
static SHORT_GIVEN_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    let one_syllable = |w: &&str| {
        let mut chars = w.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => ('가'..='힣').contains(&c) && !is_surname(c),
            _ => false,
        }
    };
    let short: Vec<&'static str> = FIRST_WORDS.iter().copied().filter(one_syllable).collect();
    WordSet::new(
        short
            .chunk_by(|a, b| a == b)
            .filter(|run| run.len() >= 2)
            .map(|run| run[0])
            .collect::<Vec<_>>(),
    )
});

/// Is `word` one of [`SHORT_GIVEN_NAMES`] (`존`)?
pub(super) fn is_short_given_name(word: &str) -> bool {
    word.len() == '가'.len_utf8() && SHORT_GIVEN_NAMES.contains(word)
}

/// Is `words` a short given name and one or two words spelled foreign, no common word and no
/// loanword (`존 에드워즈`, `존 에프 케네디`, not `존 센터`)? The given name is the strong
/// reading a name of several words needs, so the others need only the floor of
/// [`OTHER_WORD_FLOOR`].
fn short_given_name_first(words: &[&str]) -> bool {
    let [first, rest @ ..] = words else {
        return false;
    };
    is_short_given_name(first)
        && (1..=2).contains(&rest.len())
        && rest.iter().all(|w| {
            (2..=6).contains(&w.chars().count())
                && w.chars().all(|c| ('가'..='힣').contains(&c))
                && transliteration_score(w) >= OTHER_WORD_FLOOR
                && !is_stop_word(w)
                && !LOANWORD_LIST.contains(w)
        })
}

/// Is `word` the first word of a foreign person of the PERSON dictionary (`마이클`)?
pub(super) fn is_foreign_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// Does a dictionary line's attributes say its names are Korean words, not transliterations
/// (`lang=ko`: `광개토대왕`, `경북권`)? Such lines stay out of the model, whatever their shape
/// or kind.
fn is_korean_entry(attributes: &str) -> bool {
    attributes.split(';').any(|pair| pair == "lang=ko")
}

/// Location kinds whose names are foreign.
const FOREIGN_PLACES: [&str; 5] = ["country", "world-city", "state", "region", "island"];

/// The `kind=` of a dictionary line's attributes (`kind=country;only=before-title`).
fn kind_of(attributes: &str) -> Option<&str> {
    let (_, rest) = attributes.split_once("kind=")?;
    rest.split(';').next()
}

/// Log-odds per syllable: transliterated names against Korean words (0 for one never seen).
/// Counted in arrays by syllable, as [`SyllableTable`] reads them: built at the first
/// extraction, so it hashes nothing.
static MODEL: LazyLock<SyllableTable> = LazyLock::new(|| {
    let mut foreign = vec![0.0f32; SyllableTable::SIZE];
    let mut korean = vec![0.0f32; SyllableTable::SIZE];
    let add = |table: &mut [f32], word: &str| {
        for i in word.chars().filter_map(SyllableTable::index) {
            table[i] += 1.0;
        }
    };
    let entries = |text: &'static str| {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut cols = l.split('\t');
                let canonical = cols.next()?;
                cols.next()?;
                let aliases = cols.next().unwrap_or("");
                let attributes = cols.next().unwrap_or("");
                Some((canonical, aliases, attributes))
            })
    };
    for (canonical, aliases, attributes) in entries(PERSONS) {
        // Korean names (a surname and two syllables, no space, or marked) are not
        // transliterations.
        let korean_name = is_korean_entry(attributes)
            || canonical.chars().count() == 3
                && !canonical.contains(' ')
                && canonical.chars().next().is_some_and(is_surname);
        if !korean_name {
            for w in std::iter::once(canonical).chain(aliases.split('|')) {
                add(&mut foreign, w);
            }
        }
    }
    for (canonical, aliases, attributes) in entries(LOCATIONS) {
        if kind_of(attributes).is_some_and(|kind| FOREIGN_PLACES.contains(&kind))
            && !is_korean_entry(attributes)
        {
            for w in std::iter::once(canonical).chain(aliases.split('|')) {
                add(&mut foreign, w);
            }
        }
    }
    for w in STOP_WORDS.lines().filter(|l| !l.starts_with('#')) {
        add(&mut korean, w);
    }
    // counts are whole numbers: their sums are exact in any order
    let (nf, nk) = (foreign.iter().sum::<f32>(), korean.iter().sum::<f32>());
    let odds = foreign
        .iter()
        .zip(&korean)
        .map(|(&f, &k)| match (f > 0.0, k > 0.0) {
            (true, _) => ((f + 0.5) / nf).ln() - ((k + 0.5) / nk).ln(),
            (false, true) => (0.5 / nf).ln() - ((k + 0.5) / nk).ln(),
            (false, false) => 0.0,
        })
        .collect();
    SyllableTable::from_values(odds)
});

/// Mean log-odds that `word` is a transliteration (above 0 leans foreign).
pub(super) fn transliteration_score(word: &str) -> f32 {
    let m = &*MODEL;
    let (sum, n) = word.chars().fold((0.0, 0usize), |(s, n), c| {
        (s + m.get(c).unwrap_or(f32::MIN / 16.0), n + 1)
    });
    if n == 0 {
        f32::MIN
    } else {
        sum / n as f32
    }
}

/// The mean log-odds one word of a multi-word foreign name needs (`루즈벨트`)...
const WORD_THRESHOLD: f32 = 1.5;

/// ... and the least any other word may have. Names spelled with syllables common in Korean
/// too (`시어도어`) stay out: precision first.
pub(super) const OTHER_WORD_FLOOR: f32 = 1.0;

/// Is `words` (two or three, the last without its particle) a foreign name by its spelling?
pub(super) fn is_foreign_name(words: &[&str]) -> bool {
    if short_given_name_first(words) || given_name_and_family_name(words) {
        return true;
    }
    let syllables: usize = words.iter().map(|w| w.chars().count()).sum();
    // one word at least reads strongly foreign
    let mut strong = false;
    (2..=3).contains(&words.len())
        && (4..=12).contains(&syllables)
        && words.iter().enumerate().all(|(i, w)| {
            let n = w.chars().count();
            // the model's few table lookups first, the word lists only for what passes
            let score = transliteration_score(w);
            strong |= score >= WORD_THRESHOLD;
            // a frequent word before the last is a given name only when people are named so
            // (`마이클`), not a word of a phrase (`아니라`); the last word is never a frequent
            // one (`데이터 센터`); no word is a common loanword (`스마트 컨퍼런스`)
            (1..=6).contains(&n)
                && score >= OTHER_WORD_FLOOR
                && (!is_stop_word(w)
                    || (i + 1 < words.len() && score >= WORD_THRESHOLD && GIVEN_NAMES.contains(w)))
                && !LOANWORD_LIST.contains(w)
        })
        && strong
        && words.iter().skip(1).all(|w| w.chars().count() >= 2)
}

/// Is `word`, alone, a foreign name by its spelling, where a title or a role noun right after
/// it says a person stands (`벤투 감독`, `마크롱 대통령`)? One word needs the strong reading
/// of [`WORD_THRESHOLD`], and no frequent word or common loanword passes (`센터 대표`).
pub(super) fn is_single_foreign_name(word: &str) -> bool {
    (2..=6).contains(&word.chars().count())
        && word.chars().all(|c| ('가'..='힣').contains(&c))
        && transliteration_score(word) >= WORD_THRESHOLD
        && !is_stop_word(word)
        && !LOANWORD_LIST.contains(word)
}

/// The mean log-odds each word of a foreign name needs where a title or a role noun beside it
/// says a person stands (`세키야 나오야 도쿄대 교수`, `선수 비아노 리차드슨이`, `소마 선수`):
/// the context says what the words are, so their spelling needs only lean foreign. Common
/// words and loanwords stay out as before.
const IN_CONTEXT_THRESHOLD: f32 = 0.0;

/// Is `word` one word of a foreign name where the context says a person stands?
fn foreign_word_in_context(word: &str) -> bool {
    (1..=6).contains(&word.chars().count())
        && word.chars().all(|c| ('가'..='힣').contains(&c))
        && transliteration_score(word) >= IN_CONTEXT_THRESHOLD
        && !LOANWORD_LIST.contains(word)
}

/// Is `words` (one to three, the last without its particle) a foreign name where a title or a
/// role noun beside it says a person stands? Each word leans foreign and is no common word (a
/// given name of the PERSON dictionary may be one, `마이클`, and so may a word of a longer name
/// spelled strongly foreign, `캐럴라인 케네디`); every word after the first, and
/// a single word, has two syllables or more.
pub(super) fn is_foreign_name_in_context(words: &[&str]) -> bool {
    // a common given name and a title say it twice: the family name needs no foreign lean
    // (`토니 애벗 호주 총리`), only to be no common word, loanword or verb form
    if let [first, last] = words {
        if is_common_given_name(first)
            && (2..=5).contains(&last.chars().count())
            && last.chars().all(|c| ('가'..='힣').contains(&c))
            && transliteration_score(last) >= TITLED_FAMILY_NAME_FLOOR
            && !is_stop_word(last)
            && !LOANWORD_LIST.contains(last)
            && !last.ends_with(super::VERBAL_ENDINGS)
        {
            return true;
        }
    }
    // a word joining two roles is no word of a name (`배우 겸 쇼핑몰 CEO`)
    if words.iter().any(|w| JOINERS.contains(w)) {
        return false;
    }
    let syllables: usize = words.iter().map(|w| w.chars().count()).sum();
    // a family name spelled strongly foreign and no common word carries a given name before
    // it that news writes so often it is a frequent word (`호스니 무바라크 전 대통령`)
    let strong_last = words.len() > 1
        && words
            .last()
            .is_some_and(|w| transliteration_score(w) >= WORD_THRESHOLD && !is_stop_word(w));
    // three words of a Spanish name run long (`알레한드로 곤잘레스 이냐리투`, 13)
    (1..=3).contains(&words.len())
        && (2..=14).contains(&syllables)
        && words.iter().enumerate().all(|(i, w)| {
            foreign_word_in_context(w)
                && (!is_stop_word(w)
                    || (i + 1 < words.len() && GIVEN_NAMES.contains(w))
                    // in a name of two words or three, a foreign name news writes so often
                    // that it is a frequent word (`캐럴라인 케네디`), spelled strongly
                    // foreign; alone such a word is as often a loanword (`스키 선수`)
                    || (words.len() > 1 && transliteration_score(w) >= WORD_THRESHOLD)
                    || (i + 1 < words.len()
                        && strong_last
                        && transliteration_score(w) >= OTHER_WORD_FLOOR
                        && !w.ends_with(PHRASE_ENDINGS)
                        && !w.ends_with(super::VERBAL_ENDINGS)))
        })
        && words.iter().skip(1).all(|w| w.chars().count() >= 2)
}

/// Words that join one role or title to the next (`배우 겸 감독`, `회장 및 이사`).
const JOINERS: [&str; 3] = ["겸", "및", "또는"];

/// Particles that end a frequent word inside a phrase (`나와 타바네 총리`: "came out", then the
/// name): such a word before a family name is no given name.
const PHRASE_ENDINGS: [char; 10] = ['와', '과', '를', '을', '의', '에', '는', '은', '도', '로'];

/// Is `words` (two or three Hangul words) a name where a romanized gloss of as many
/// capitalized words follows it (`안느 이달고(Anne Hidalgo)`)? The gloss says a person's name
/// is spelled out word by word, so the spelling needs no foreign lean; only no word may be a
/// common word or a loanword (`아니메 뉴스 네트워크(Anime News Network)`), but for a given
/// name of the PERSON dictionary.
pub(super) fn is_glossed_name(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && words.iter().enumerate().all(|(i, w)| {
            (1..=6).contains(&w.chars().count())
                && w.chars().all(|c| ('가'..='힣').contains(&c))
                && (!is_stop_word(w) || (i + 1 < words.len() && GIVEN_NAMES.contains(w)))
                && !LOANWORD_LIST.contains(w)
        })
        && words.iter().skip(1).all(|w| w.chars().count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_score_above_korean_words() {
        for name in ["브로크먼", "루즈벨트", "마이클"] {
            assert!(transliteration_score(name) > 1.0, "{name}");
        }
        for word in ["정부", "대통령", "회의", "경제"] {
            assert!(transliteration_score(word) < 1.0, "{word}");
        }
        assert!(is_foreign_name(&["마이클", "브로크먼"]));
        assert!(!is_foreign_name(&["정부", "대통령"]));
        assert!(is_single_foreign_name("루즈벨트"));
        assert!(!is_single_foreign_name("센터") && !is_single_foreign_name("대통령"));
    }

    #[test]
    fn a_common_given_name_carries_a_frequent_family_name() {
        for name in [["리키", "마틴"], ["지미", "웨일스"], ["데니스", "로드먼"]] {
            assert!(is_foreign_name(&name), "{name:?}");
        }
        for words in [
            ["조지", "왕자"],
            ["토니", "센터"],
            ["지미", "말했다"],
            ["데니스", "정부"],
        ] {
            assert!(!is_foreign_name(&words), "{words:?}");
        }
        // beside a title the given name carries a family name of any spelling
        assert!(is_foreign_name_in_context(&["토니", "애벗"]));
        assert!(!is_foreign_name(&["토니", "애벗"]));
        assert!(!is_foreign_name_in_context(&["토니", "회장"]));
    }

    #[test]
    fn context_lets_weaker_spellings_through_but_no_common_word() {
        for name in [
            &["세키야", "나오야"][..],
            &["비아노", "리차드슨"],
            &["벤투"],
            &["소마"],
        ] {
            assert!(is_foreign_name_in_context(name), "{name:?}");
            assert!(
                !is_foreign_name(name) && !is_single_foreign_name(name[0]),
                "{name:?}"
            );
        }
        for words in [
            &["영화"][..],
            &["축구"],
            &["여자"],
            &["국가대표"],
            &["유일", "진보좌파"],
        ] {
            assert!(!is_foreign_name_in_context(words), "{words:?}");
        }
    }
}
