//! Compound titles recognized by their head (`경영지원본부장`, `해외사업국장`,
//! `비상대책위원장`, `베트남법인장`): TITLE candidates that the dictionary does not hold, for
//! names before them and for the relation layer's position rules alike.

use std::sync::LazyLock;

use super::people::COMMON_WORD_TITLES;
use super::scan::{Run, TITLE_HEAD};
use super::shape::is_stop_word;
use super::{covered, WordList};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::only_particles;
use crate::text::Script;

const TITLE_HEADS: &str = include_str!("../../../dictionaries/discovery/title_heads.txt");

pub(super) static HEADS: LazyLock<WordList> = LazyLock::new(|| WordList::parse(TITLE_HEADS));

/// Nouns that `대표` before them qualifies, "the representative …" (`코스닥 대표 기업`, `한국
/// 대표 음식`, `회사의 대표 브랜드`): there it is no title, and the word before it is no holder.
const QUALIFIED_BY_REPRESENTATIVE: [&str; 24] = [
    "기업",
    "업체",
    "브랜드",
    "상품",
    "제품",
    "품목",
    "종목",
    "지수",
    "산업",
    "주자",
    "작품",
    "음식",
    "메뉴",
    "음악",
    "곡",
    "관광지",
    "명소",
    "축제",
    "행사",
    "도시",
    "캐릭터",
    "사례",
    "공약",
    "정책",
];

/// Drops the TITLE candidates `대표` that qualify the noun after them (see
/// [`QUALIFIED_BY_REPRESENTATIVE`]): the noun is written one space on, bare or with a particle.
pub(crate) fn qualifying_titles(text: &str, candidates: &mut Vec<Candidate>) {
    candidates.retain(|c| {
        if c.kind != EntityType::Title || &text[c.start..c.end] != "대표" {
            return true;
        }
        let Some(rest) = text[c.end..].strip_prefix(' ') else {
            return true;
        };
        let word = &rest[..rest
            .find(|ch: char| !Script::of(ch).is_word())
            .unwrap_or(rest.len())];
        !QUALIFIED_BY_REPRESENTATIVE
            .iter()
            .any(|noun| word.strip_prefix(noun).is_some_and(only_particles))
    });
}

/// The compound titles of `text` (normalized) among its Hangul runs `runs` that no dictionary
/// candidate covers, in order.
pub(super) fn compound_titles(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    // `s..e` is the word; a unit number inside it (`조사2본부장`) lets the dictionary see
    // the head as a word of its own from `free` on, a title the compound then replaces.
    let mut check = |s: usize, free: usize, e: usize| {
        let Some((stem, head)) = HEADS.stem_and_head(&text[s..e]) else {
            return;
        };
        let before = stem.len() - head.len();
        let syllables = stem[..before].chars().count();
        if (2..=8).contains(&syllables) && !is_stop_word(stem) && !covered(dictionary, s, free) {
            out.push(Candidate {
                start: s,
                end: s + stem.len(),
                kind: EntityType::Title,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    };
    for r in runs.iter().filter(|r| r.ends & TITLE_HEAD != 0) {
        let s = unit_number_start(text, r.start);
        check(s, if s == r.start { r.end } else { r.start }, r.end);
    }
    out
}

/// The particles of a post that an appointment verb follows (`이사로 선임`, `감독에 올랐다`,
/// `감독을 맡아`), longest first.
const POST_PARTICLES: [&str; 5] = ["으로", "로", "에", "을", "를"];

/// Verbs (their stems, as the next word starts) that appoint to, take or hold a post: only a
/// post is so (`선임`, `임명`, `위촉`, `맡`, `재직`, `지낸` …; a candidacy, `출마`, holds none).
const APPOINTMENT_VERBS: [&str; 20] = [
    "선임", "임명", "선출", "취임", "내정", "발탁", "영입", "위촉", "부임", "승진", "재직", "기용",
    "올랐", "오른", "올라", "맡", "지냈", "지낸", "역임", "당선",
];

/// Titles that are common words too (`이사` a move, `고문` torture, `감독` supervision: left
/// out of the TITLE dictionary), where an appointment verb follows them (`정석기업 이사로
/// 선임됐다`, `고문으로 위촉했다`, `도르트문트 감독에 올랐다`): there they name a post, for the
/// position rules and for the person they are said of. Words the dictionary covers are its own.
pub(super) fn appointed_titles(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (r, next) in runs.iter().zip(runs.iter().skip(1)) {
        let word = &text[r.start..r.end];
        // most words end in none of the particles: one test turns them away
        if !word.ends_with(['로', '에', '을', '를']) || next.start != r.end + 1 {
            continue;
        }
        let Some(stem) = POST_PARTICLES.iter().find_map(|p| word.strip_suffix(p)) else {
            continue;
        };
        if !COMMON_WORD_TITLES.contains(&stem) || covered(dictionary, r.start, r.start + stem.len())
        {
            continue;
        }
        let verb = &text[next.start..next.end];
        if APPOINTMENT_VERBS.iter().any(|v| verb.starts_with(v)) {
            out.push(Candidate {
                start: r.start,
                end: r.start + stem.len(),
                kind: EntityType::Title,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
    out
}

/// The nouns of a nominee written after the post (`대통령 후보자`, `국방장관 내정자`): with
/// the post they are one title, as the labelled Wikinews articles mark it; the post alone is
/// none the person holds yet.
const NOMINEE_WORDS: [&str; 2] = ["후보자", "내정자"];

/// Widens each TITLE of `candidates` that a nominee noun follows (one space, then the noun
/// ending its word or taking a particle) to the nominee's title `대통령 후보자`: a longer
/// candidate, which the resolve stage keeps over the post alone.
pub(crate) fn nominee_titles(text: &str, candidates: &mut Vec<Candidate>) {
    let mut out = Vec::new();
    for c in candidates.iter().filter(|c| c.kind == EntityType::Title) {
        let Some(rest) = text[c.end..].strip_prefix(' ') else {
            continue;
        };
        let Some(noun) = NOMINEE_WORDS.iter().find(|n| rest.starts_with(**n)) else {
            continue;
        };
        let after = &rest[noun.len()..];
        let tail = &after[..after
            .find(|ch: char| !Script::of(ch).is_word())
            .unwrap_or(after.len())];
        if only_particles(tail) {
            out.push(Candidate {
                start: c.start,
                end: c.end + 1 + noun.len(),
                kind: EntityType::Title,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    }
    candidates.append(&mut out);
}

/// Where the title's word starts when a unit number stands inside it (`조사2본부장`,
/// `제1연구소장`): the Hangul before the digits, or `start` itself.
fn unit_number_start(text: &str, start: usize) -> usize {
    let before = &text[..start];
    let digits = before.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() == before.len() || before.len() - digits.len() > 2 {
        return start;
    }
    let hangul = digits.trim_end_matches(|c: char| Script::of(c) == Script::Hangul);
    let at_boundary = hangul
        .chars()
        .next_back()
        .is_none_or(|c| !Script::of(c).is_word());
    if hangul.len() < digits.len() && at_boundary {
        hangul.len()
    } else {
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_by_their_head() {
        let text = "경영지원본부장은 베트남법인장과 국장, 결국은 만났다";
        let runs = super::super::scan::Scan::new(text, &super::super::FINALS).hangul;
        let found: Vec<&str> = compound_titles(text, &runs, &[])
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["경영지원본부장", "베트남법인장"]);
    }

    #[test]
    fn staff_commanders_and_members_by_their_head() {
        let text =
            "기록관리비서관과 선임행정관, 정책보좌관, 연합사령관, 상무위원이 비서관, 위원과 만났다";
        let runs = super::super::scan::Scan::new(text, &super::super::FINALS).hangul;
        let found: Vec<&str> = compound_titles(text, &runs, &[])
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(
            found,
            [
                "기록관리비서관",
                "선임행정관",
                "정책보좌관",
                "연합사령관",
                "상무위원"
            ]
        );
    }

    #[test]
    fn unit_numbers_inside_titles() {
        let text = "조사2본부장은 제1연구소장과 2본부장, 12345본부장을 만났다";
        let runs = super::super::scan::Scan::new(text, &super::super::FINALS).hangul;
        let found: Vec<&str> = compound_titles(text, &runs, &[])
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["조사2본부장", "제1연구소장"]);
    }
}
