//! Companies named after a noun for their kind: in apposition (`상용차 제조업체인 나비스타가`,
//! `총판업체인 한빛트럭을`, or bare with the field before the noun: `여론조사기관
//! 한빛리서치는`), or listed in brackets after it (`8개 카드사(국민, 신한, 하나)`, where one item
//! at least is a company the dictionary knows). The nouns are
//! `dictionaries/discovery/company_nouns.txt`.

use std::sync::LazyLock;

use super::scan::{Run, ORG_SUFFIX};
use super::shape::is_stop_word;
use super::{covered, WordList, VERBAL_ENDINGS};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::guess_particle;

const COMPANY_NOUNS: &str = include_str!("../../../dictionaries/discovery/company_nouns.txt");

static NOUNS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(COMPANY_NOUNS));

/// The most items a bracketed list of companies is read for, and the most syllables of one.
const LIST_MAX: usize = 12;
const ITEM_MAX: usize = 8;

fn org(start: usize, end: usize) -> Candidate {
    Candidate {
        start,
        end,
        kind: EntityType::Org,
        label: Label::Surface,
        source: Source::Pattern,
    }
}

/// Can `name` be a company's name: 2–8 characters, no common word, no noun for a kind of
/// company itself, no verb form?
fn company_name(name: &str) -> bool {
    (2..=ITEM_MAX).contains(&name.chars().count())
        && !is_stop_word(name)
        && NOUNS.head_of(name).is_none()
        && !name.ends_with(VERBAL_ENDINGS)
}

/// The companies in apposition after a noun for their kind (`제조업체인 나비스타가`) among the
/// words `runs` of `text`; `dictionary` in text order. Found once, such a name is a name
/// wherever it stands again.
pub(super) fn apposed_companies(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for (i, run) in runs.iter().enumerate() {
        let word = &text[run.start..run.end];
        if !run.hangul {
            continue;
        }
        let Some(n) = runs.get(i + 1) else {
            continue;
        };
        if let Some(stem) = word.strip_suffix('인') {
            if NOUNS.head_of(stem).is_some() {
                apposed(text, run, n, dictionary, true, out);
                continue;
            }
        }
        // the noun bare before the name, with the field it names before it
        // (`여론조사기관 모노리서치는`, `홍보회사 미디컴이`); the noun alone there is most often
        // the first of two nouns (`회사 승합차가`, `계열사 지배력을`)
        // (the cheap tests first: this looks at every word; a field and a noun of two
        // syllables at least make three, and the name follows one space on)
        let spaced = || {
            (n.start == run.end + 1 && text.as_bytes()[run.end] == b' ')
                || quoted_name(text, run.end, n).is_some()
        };
        if word.len() >= 9
            && spaced()
            && NOUNS
                .head_of(word)
                .is_some_and(|head| head.len() < word.len())
        {
            apposed(text, run, n, dictionary, false, out);
        }
    }
}

/// The companies listed in brackets after a noun for their kind (`카드사(국민, 신한, 하나)`).
/// A short form there may be a common word elsewhere (`하나`): these are not repeated.
pub(super) fn listed_companies(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for run in runs {
        if run.hangul
            && text[run.end..].starts_with('(')
            && NOUNS.head_of(&text[run.start..run.end]).is_some()
        {
            listed(text, run.end + 1, dictionary, out);
        }
    }
}

/// The company in apposition right after `noun` (`…업체인`, or the bare noun): the next
/// word, one space on, ending in a particle, or (after `…인`) before a comma.
fn apposed(
    text: &str,
    noun: &Run,
    next: &Run,
    dictionary: &[Candidate],
    copula: bool,
    out: &mut Vec<Candidate>,
) {
    if let Some(name) = quoted_name(text, noun.end, next) {
        let counted = name.starts_with(|c: char| c.is_ascii_digit());
        if !counted && company_name(name) && !covered(dictionary, next.start, next.end) {
            out.push(org(next.start, next.end));
        }
        return;
    }
    if next.start != noun.end + 1 || &text[noun.end..next.start] != " " {
        return;
    }
    let word = &text[next.start..next.end];
    let name = match guess_particle(word) {
        Some(p) if p.len > 0 && p.len < word.len() => &word[..word.len() - p.len],
        _ if copula && text[next.end..].starts_with(',') => word,
        _ => return,
    };
    // after the bare noun a count is no name (`자동차부품업체 5곳이`)
    let counted = !copula && name.starts_with(|c: char| c.is_ascii_digit());
    if !counted && company_name(name) && !covered(dictionary, next.start, next.start + name.len()) {
        out.push(org(next.start, next.start + name.len()));
    }
}

/// The word `next`, when it stands alone in quotation marks one space after the noun ending at
/// `noun_end` (`취업컨설팅업체 '인크루트' 본사를`): the quotes say where the name ends.
fn quoted_name<'t>(text: &'t str, noun_end: usize, next: &Run) -> Option<&'t str> {
    let open = text[noun_end..next.start].strip_prefix(' ')?;
    let close = match open {
        "'" | "‘" => ['\'', '’'],
        "\"" | "“" => ['"', '”'],
        _ => return None,
    };
    text[next.end..]
        .starts_with(close)
        .then(|| &text[next.start..next.end])
}

/// The companies listed in brackets from byte `at` (`국민, 신한, 하나)`): read only when
/// the list closes, has two items or more, and the dictionary knows one of them as an ORG.
fn listed(text: &str, at: usize, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    // the list closes within its longest possible length: no search over the rest of a text
    let Some(close) = text[at..]
        .char_indices()
        .take(LIST_MAX * (ITEM_MAX + 2))
        .find(|&(_, c)| c == ')')
        .map(|(i, _)| at + i)
    else {
        return;
    };
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut start = at;
    for part in text[at..close].split(',') {
        let lead = part.len() - part.trim_start().len();
        let s = start + lead;
        let e = s + part.trim().len();
        start += part.len() + 1;
        if e <= s || text[s..e].contains(char::is_whitespace) || items.len() == LIST_MAX {
            return;
        }
        items.push((s, e));
    }
    let known = |s: usize, e: usize| {
        let i = dictionary.partition_point(|d| d.end <= s);
        dictionary
            .get(i)
            .filter(|d| d.start < e)
            .map(|d| d.kind == EntityType::Org && d.start == s && d.end == e)
    };
    if items.len() < 2 || !items.iter().any(|&(s, e)| known(s, e) == Some(true)) {
        return;
    }
    for &(s, e) in &items {
        // in the list a common word is a short name too (`하나` of 하나카드)
        let name = &text[s..e];
        if known(s, e).is_none()
            && (1..=ITEM_MAX).contains(&name.chars().count())
            && NOUNS.head_of(name).is_none()
        {
            out.push(org(s, e));
        }
    }
}

/// Kinds of company, foundation and school that news writes apart after a foreign or
/// coined name (`큐브 엔터테인먼트`, `킹덤 홀딩스`, `프런티어 재단`, `스탠퍼드 대학교`,
/// `그란사소 연구소`). `그룹` and `코리아` are left out: after a word apart they are as
/// often a kind of group (`대중가요 그룹`) or an event (`수퍼모델 코리아`).
const SPACED_HEADS: [&str; 12] = [
    "엔터테인먼트",
    "홀딩스",
    "파트너스",
    "인베스트먼트",
    "캐피탈",
    "컴퍼니",
    "닷컴",
    "자산운용",
    "재단",
    "대학",
    "대학교",
    "연구소",
];

/// Words that say what a body belongs to or what kind it is, not which one (`소속 연구소`,
/// `특성화 대학`, `산하 재단`), before a spaced head.
const KIND_WORDS: [&str; 16] = [
    "소속",
    "산하",
    "부설",
    "특성화",
    "명문",
    "연구중심",
    "사립",
    "국립",
    "공립",
    "전문",
    "관련",
    "외국",
    "국내",
    "해외",
    "민간",
    "신생",
];

/// The most characters of the name before a spaced head.
const SPACED_NAME_MAX: usize = 10;

/// Can the word `name` be the name before a spaced head: Hangul, or Latin from a capital,
/// of 2–[`SPACED_NAME_MAX`] characters, no common word, no particle or verb form at its end?
fn spaced_name(name: &str) -> bool {
    let n = name.chars().count();
    let first = name.chars().next().unwrap_or(' ');
    (2..=SPACED_NAME_MAX).contains(&n)
        && (('가'..='힣').contains(&first) || first.is_ascii_uppercase())
        && !is_stop_word(name)
        && !KIND_WORDS.contains(&name)
        && !name.ends_with(VERBAL_ENDINGS)
        && guess_particle(name).is_none_or(|p| p.len == 0)
}

/// Organizations written as a name and, one space on, a head of [`SPACED_HEADS`]
/// (`큐브 엔터테인먼트가`): one ORG over both, where no candidate of `taken` (in text order,
/// none overlapping) holds either word.
pub(super) fn spaced_heads(
    text: &str,
    words: &[Run],
    taken: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    for pair in words.windows(2) {
        let (w, h) = (&pair[0], &pair[1]);
        // the cheap tests first: the head ends in a suffix's syllable, one space after a word
        if h.ends & ORG_SUFFIX == 0 || !h.hangul || h.start != w.end + 1 {
            continue;
        }
        if text.as_bytes()[w.end] != b' ' {
            continue;
        }
        let word = &text[h.start..h.end];
        let Some(head) = SPACED_HEADS.iter().find(|s| {
            word.strip_prefix(**s).is_some_and(|rest| {
                rest.is_empty() || guess_particle(word).is_some_and(|p| p.len == rest.len())
            })
        }) else {
            continue;
        };
        let end = h.start + head.len();
        if spaced_name(&text[w.start..w.end]) && !covered(taken, w.start, end) {
            out.push(org(w.start, end));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_before_spaced_heads() {
        let text = "큐브 엔터테인먼트가 밝혔고, 스탠퍼드 대학교와 만나고 대학에 갔다. 특성화 대학, KBM 홀딩스";
        let mut out = Vec::new();
        let words = super::super::scan::Scan::new(text, &super::super::FINALS).words;
        spaced_heads(text, &words, &[], &mut out);
        let names: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(
            names,
            ["큐브 엔터테인먼트", "스탠퍼드 대학교", "KBM 홀딩스"]
        );
    }

    #[test]
    fn company_nouns_and_names() {
        assert!(NOUNS.head_of("상용차제조업체").is_some() && NOUNS.head_of("카드사").is_some());
        assert!(company_name("나비스타") && !company_name("관계자") && !company_name("업체"));
    }
}
