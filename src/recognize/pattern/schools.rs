//! Schools and universities written by their short names, `휘문고`, `서현고`, `창원공고`,
//! `중원대`, `연암대`: a word of two syllables or more and `고` or `대`. Alone the shape is
//! too common (`최고`, `광고`, `세대`, `무대`, `했고`), so the word counts only where the
//! text says it is a school:
//!
//! * before a school's people or parts written apart (`휘문고 재학생`, `계산고 교사`,
//!   `중원대 교수`, `연암대 총장`, `북일고 3학년`, `동북고 시절`);
//! * before `를`/`을` and a verb of schooling (`매탄고를 졸업하고`, `한민고를 나온`);
//! * as the whole part of a person's note (`최민정(서현고)`, `김종호(21·중원대)`), where
//!   news writes a player's school or team.
//!
//! The word is no common word (the stop list) nor a compound of common words (`청년세대`,
//! `야외무대`, `신세대`), and it ends in no verb form (`공부하고`). A school named by its city
//! (`부산고를 졸업하고`) is read where the dictionary's place is (`places.rs`).

use std::sync::LazyLock;

use super::scan::{Run, SyllableSet, SCHOOL_HEAD};
use super::shape::is_stop_word;
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::{hangul_run_at, without_particle};

/// The heads of a school's short name.
const HEADS: [char; 2] = ['고', '대'];

/// [`HEADS`] as the scan's bit ([`SCHOOL_HEAD`]): most runs end in neither.
pub(super) static HEAD_SET: LazyLock<SyllableSet> = LazyLock::new(|| SyllableSet::new(HEADS));

/// The kinds of high school written as two syllables before the name's end (`창원공고`,
/// `서울체고`, `계원예고`): their two syllables are common words too (`공고` a notice).
const KINDS: [&str; 5] = ["공고", "상고", "체고", "예고", "농고"];

/// The school's people and parts, and the times of a pupil's life, written one space after
/// its name.
#[rustfmt::skip]
const SCHOOL_WORDS: &[&str] = &[
    "학생", "재학", "졸업", "교사", "교장", "교감", "교수", "명예교수", "석좌교수", "총장",
    "학부모", "동문", "동창", "출신", "시절", "학년", "야구부", "축구부", "농구부", "배구부",
    "교정", "캠퍼스", "연구팀", "연구진", "학과", "대학원", "의대", "입학",
];

/// Verbs of schooling after `를`/`을` (`졸업하고`, `나온`, `입학했다`).
const SCHOOLING: [&str; 4] = ["졸업", "나온", "나와", "입학"];

/// One-syllable prefixes that make a compound of a common word (`신세대`, `구세대`,
/// `전세대`, `최고`).
const PREFIXES: [char; 22] = [
    '신', '구', '전', '후', '현', '각', '본', '타', '대', '소', '초', '총', '최', '고', '저', '반',
    '비', '무', '미', '재', '주', '부',
];

/// Final syllables of verb forms before `고` (`했고`, `있고`, `공부하고`, `그리고`, `앞두고`,
/// `적히고`, `학생이고`).
const VERBAL: [char; 35] = [
    '하', '되', '있', '없', '않', '했', '였', '었', '았', '겠', '라', '다', '렸', '졌', '왔', '갔',
    '봤', '줬', '냈', '났', '섰', '혔', '리', '두', '히', '이', '니', '며', '면', '우', '추', '치',
    '키', '누', '루',
];

/// Kinds of school, not schools (`자사고 교장단`, `전문대 재학생`).
#[rustfmt::skip]
const KIND_WORDS: &[&str] = &[
    "전문대", "자사고", "특목고", "일반고", "사립고", "공립고", "국립대", "사립대", "지방대",
    "명문대", "명문고", "특성화고", "마이스터고", "한의대", "사범대", "의과대",
];

/// The schools of `text` among its Hangul runs `runs`, where no candidate of `taken` (in text
/// order) stands; pushed to `out`.
pub(super) fn schools(text: &str, runs: &[Run], taken: &[Candidate], out: &mut Vec<Candidate>) {
    for r in runs {
        // most runs end in no head, before a particle of up to four syllables: one bit test
        if r.ends & SCHOOL_HEAD == 0 {
            continue;
        }
        let word = &text[r.start..r.end];
        let name = without_particle(word);
        // the context first (a few string tests), the shape only where it says school
        let (s, e) = (r.start, r.start + name.len());
        if !name.ends_with(HEADS) || !says_school(text, s, e, r.end) {
            continue;
        }
        if school_name(name).is_none() || super::covered(taken, s, e) {
            continue;
        }
        out.push(Candidate {
            start: s,
            end: e,
            kind: EntityType::Org,
            label: Label::Surface,
            source: Source::Pattern,
        });
    }
}

/// The byte length of `name` when it has a school's shape: two syllables or more and a
/// head, no common word, no common word in its last two syllables but a kind of high school,
/// and no verb form before `고`.
fn school_name(name: &str) -> Option<usize> {
    let n = name.chars().count();
    let mut last = name.char_indices().rev();
    let (_, head) = last.next()?;
    let (at, before_head) = last.next()?;
    if n < 3 || !HEADS.contains(&head) || is_stop_word(name) || KIND_WORDS.contains(&name) {
        return None;
    }
    // the last two syllables, and what stands before them
    let (prefix, tail) = name.split_at(at);
    if head == '고' && VERBAL.contains(&before_head) {
        return None;
    }
    // a common word and a common tail make a compound (`청년세대`, `야외무대`, `신세대`)
    let common_prefix = if n == 3 {
        prefix.chars().next().is_some_and(|c| PREFIXES.contains(&c))
    } else {
        is_stop_word(prefix)
    };
    if is_stop_word(tail) && common_prefix && !KINDS.contains(&tail) {
        return None;
    }
    Some(name.len())
}

/// Does the text around the word `s..e` (its run ending at `run_end`) say it is a school?
pub(super) fn says_school(text: &str, s: usize, e: usize, run_end: usize) -> bool {
    let particle = &text[e..run_end];
    let next = text[run_end..]
        .strip_prefix(' ')
        .map(|rest| rest.trim_start_matches(|c: char| c.is_ascii_digit()))
        .map(|rest| hangul_run_at(rest, 0))
        .unwrap_or("");
    if particle.is_empty() && SCHOOL_WORDS.iter().any(|w| next.starts_with(w)) {
        return true;
    }
    if matches!(particle, "를" | "을") && SCHOOLING.iter().any(|w| next.starts_with(w)) {
        return true;
    }
    // the whole part of a note: `(서현고)`, `(21·중원대)`
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    let opens = match before {
        Some('(') => true,
        Some('·') => text[..s]
            .trim_end_matches('·')
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .ends_with('('),
        _ => false,
    };
    opens && matches!(after, Some(')' | '·'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn school_shapes() {
        for name in ["휘문고", "창원공고", "중원대", "대전동산고", "매탄고"] {
            assert!(school_name(name).is_some(), "{name}");
        }
        for name in [
            "공부하고",
            "밝혔고",
            "그리고",
            "앞두고",
            "최고",
            "청년세대",
            "야외무대",
            "신세대",
            "자사고",
            "전문대",
            "고",
        ] {
            assert!(school_name(name).is_none(), "{name}");
        }
    }

    #[test]
    fn school_contexts() {
        let said = |text: &str, name: &str| {
            let s = text.find(name).unwrap();
            let e = s + name.len();
            let run_end = e + hangul_run_at(text, e).len();
            says_school(text, s, e, run_end)
        };
        assert!(said("솔빛고 재학생들이 모였다.", "솔빛고"));
        assert!(said("그는 한결고를 졸업했다.", "한결고"));
        assert!(said("윤서진(17·솔빛고)이 우승했다.", "솔빛고"));
        assert!(said("한결대 교수가 말했다.", "한결대"));
        assert!(!said("솔빛고가 이겼다.", "솔빛고"));
        assert!(!said("한결대를 방문했다.", "한결대"));
    }
}
