//! A country written inside a Sino-Korean visit word is a mention of that country: the `한`
//! of `방한` (訪韓, a visit to Korea) and of `내한` (來韓), the `북` of `방북`, the `미` of
//! `방미`, the `중` of `방중`, the `일` of `방일`, the `러` of `방러`. News names the
//! destination of a visit only there as often as not (`하쓰코 씨까지 방한하면서`), and the
//! KLUE annotators mark that syllable as the country's LOCATION mention
//! (`tests/fixtures/klue/NOTICE.md`), so the entity list, a visit's destination and the
//! offsets agree. The mention is the dictionary's country entry, so it joins the country's
//! entity when the text names it elsewhere (`한국`, `대한민국`).
//!
//! Only the visit word is read so, never a homograph or a compound that merely starts the
//! same: the word must start an eojeol and go on with nothing, particles, an ending of `하다`
//! (`방한한`, `방북해`), or a noun of the visit (`방북단`, `방북취재`, `내한공연`, `방한 중`),
//! and `방한`/`내한` before a word of cold weather (防寒/耐寒: `방한 용품`) stay words.
//! `방한복`, `방한용`, `내한성`, `방일영` (a name) and `한미`, `북핵` give nothing.

use std::sync::LazyLock;

use crate::document::{EntityType, Source};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::particle_chain;
use crate::text::Script;

/// The visit words, and how the dictionary writes the country their second syllable names.
const WORDS: [(&str, &str); 7] = [
    ("방한", "한국"),
    ("내한", "한국"),
    ("방북", "북한"),
    ("방미", "미국"),
    ("방중", "중국"),
    ("방일", "일본"),
    ("방러", "러시아"),
];

/// What may follow a visit word inside its eojeol, before particles: the endings of `하다`
/// are read apart (see [`verb_ending`]). From the KLUE train sentences and Wikinews
/// (`방북단은`, `방북취재를`, `내한공연을`, `방한중인`, `방한길에`).
const NOUN_HEADS: [&str; 14] = [
    "단", "취재", "공연", "중", "길", "기간", "일정", "설", "때", "시", "당시", "계획", "초청",
    "특사",
];

/// Words after a spaced `방한`/`내한` that make it 防寒/耐寒 (cold weather), not a visit.
const COLD_WEATHER: [&str; 14] = [
    "용품", "대책", "의류", "장비", "효과", "제품", "기능", "성능", "소재", "복", "모자", "장갑",
    "물품", "시설",
];

/// Every visit word starts with one of these syllables, and none of their second syllables
/// is one of them, so visit words never overlap: one SIMD search for each first syllable
/// finds them all, at a fraction of an automaton pass over the text.
static FIRST_SYLLABLES: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
    LazyLock::new(|| ["방", "내"].map(memchr::memmem::Finder::new));

/// Adds a LOCATION candidate for the country syllable of every visit word of `text`
/// (normalized), in text order. Proportional to the visit words found; the dictionary is
/// asked once per country named.
pub(crate) fn recognize(text: &str, dictionary: &Dictionary, out: &mut Vec<Candidate>) {
    // Per word: the country's entry, once looked up (None inside: the dictionary has none).
    let mut entries: [Option<Option<u32>>; WORDS.len()] = [None; WORDS.len()];
    let bytes = text.as_bytes();
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for finder in FIRST_SYLLABLES.iter() {
        for s in finder.find_iter(bytes) {
            let rest = &text[s..];
            if let Some(w) = WORDS.iter().position(|(word, _)| rest.starts_with(word)) {
                hits.push((s, w));
            }
        }
    }
    hits.sort_unstable();
    for (s, w) in hits {
        let e = s + WORDS[w].0.len();
        if !starts_word(text, s) || !is_visit_word(text, e, w) {
            continue;
        }
        let entry = *entries[w].get_or_insert_with(|| country_entry(dictionary, WORDS[w].1));
        let Some(entry) = entry else { continue };
        // The second syllable: every visit word is two syllables of three bytes.
        out.push(Candidate {
            start: s + 3,
            end: e,
            kind: EntityType::Location,
            label: Label::Entry(entry),
            source: Source::Dictionary,
        });
    }
}

/// Whether the eojeol at byte `s` of `text` starts with a visit word: `Some(true)` when it is
/// the visit (its syllable is a mention, if the dictionary knows the country), `Some(false)`
/// when it is a homograph or another compound (`방한용품`), `None` when it starts with none.
/// The relate stage asks it so a rule naming the country by its trigger word reads the word
/// as this recognizer does.
pub(crate) fn visit_word_at(text: &str, s: usize) -> Option<bool> {
    let rest = text.get(s..)?;
    let w = WORDS.iter().position(|(w, _)| rest.starts_with(w))?;
    Some(starts_word(text, s) && is_visit_word(text, s + WORDS[w].0.len(), w))
}

/// Whether byte `s` starts an eojeol (after a space, punctuation, a quote or another script).
fn starts_word(text: &str, s: usize) -> bool {
    text[..s]
        .chars()
        .next_back()
        .is_none_or(|c| Script::of(c) != Script::Hangul)
}

/// Whether the visit word ending at byte `e` is the visit, by what follows it.
fn is_visit_word(text: &str, e: usize, word: usize) -> bool {
    let rest = &text[e..];
    let glued_end = rest
        .char_indices()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(rest.len(), |(i, _)| i);
    let glued = &rest[..glued_end];
    if glued.is_empty() {
        // Standing alone: a visit unless a word of cold weather follows (`방한 용품`).
        let cold = WORDS[word].1 == "한국"
            && rest
                .strip_prefix(' ')
                .is_some_and(|next| COLD_WEATHER.iter().any(|w| next.starts_with(w)));
        return !cold;
    }
    if verb_ending(glued) || particle_chain(glued).is_some() {
        return true;
    }
    NOUN_HEADS.iter().any(|h| {
        glued
            .strip_prefix(h)
            .is_some_and(|r| r.is_empty() || particle_chain(r).is_some())
    })
}

/// Whether `glued` is an ending of `하다` (`하`, `한`, `할`, `함`, `해`, `했`…).
fn verb_ending(glued: &str) -> bool {
    glued
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '하' | '한' | '할' | '함' | '합' | '해' | '했' | '햇'))
}

/// The dictionary's LOCATION entry for `name`, if it has one.
fn country_entry(dictionary: &Dictionary, name: &str) -> Option<u32> {
    let mut found = Vec::new();
    dictionary.recognize(name, &mut found);
    found.iter().find_map(|c| match c.label {
        Label::Entry(e)
            if c.kind == EntityType::Location && (c.start, c.end) == (0, name.len()) =>
        {
            Some(e)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The syllables found in `text`, with a dictionary that knows the countries.
    fn found(text: &str) -> Vec<String> {
        let mut b = crate::recognize::dictionary::DictionaryBuilder::default();
        b.add_tsv(
            "test",
            "한국\tLOCATION\t대한민국\n북한\tLOCATION\n미국\tLOCATION\n중국\tLOCATION\n일본\tLOCATION\n러시아\tLOCATION\n",
        )
        .unwrap();
        let d = b.build(crate::AutomatonKind::default()).unwrap();
        let mut out = Vec::new();
        recognize(text, &d, &mut out);
        out.iter()
            .map(|c| {
                format!(
                    "{}={}",
                    &text[c.start..c.end],
                    d.entity(match c.label {
                        Label::Entry(e) => e,
                        _ => unreachable!(),
                    })
                    .canonical
                )
            })
            .collect()
    }

    #[test]
    fn the_visit_words_name_their_country() {
        assert_eq!(found("하쓰코 씨까지 방한하면서 가족회의가"), ["한=한국"]);
        assert_eq!(found("박근혜 대통령이 방미 기간 중"), ["미=미국"]);
        assert_eq!(found("방북단은 이날 오전 개성공단에"), ["북=북한"]);
        assert_eq!(found("1998년 10월 방북취재 시"), ["북=북한"]);
        assert_eq!(found("첫 내한공연을 가집니다."), ["한=한국"]);
        assert_eq!(found("최 비서의 방러 기간에"), ["러=러시아"]);
        assert_eq!(found("이번 방중은 중국이"), ["중=중국"]);
        assert_eq!(found("같은 달 방일할 예정이라는"), ["일=일본"]);
        assert_eq!(found("'방한' 일정"), ["한=한국"]);
    }

    #[test]
    fn homographs_and_compounds_give_nothing() {
        assert!(found("10만원 상당의 방한복도 나눠줄 예정이다.").is_empty());
        assert!(found("방한용 장갑과 방한 용품을 챙겼다.").is_empty());
        assert!(found("내한성 품종을 심었다.").is_empty());
        assert!(found("방일영 회장은").is_empty());
        assert!(found("한미 정상은 북핵 문제를 논의했다.").is_empty());
        assert!(found("서해 북방한계선 인근에서").is_empty());
        assert!(found("내한테는 손꼽히는 드라마").is_empty());
    }
}
