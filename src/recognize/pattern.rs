//! Names no dictionary has, found by their context.
//!
//! A Korean person's name is 2–4 syllables starting with a common surname, written bare right
//! before a title (`윤정민 기자`, `홍길동 대표`), or before an organization and a title
//! (`김민수 퓨처랩스 대표`). Such names get `source: "pattern"`; a dictionary hit always wins
//! an overlap.

use super::{Candidate, Label};
use crate::document::{EntityType, Source};
use crate::text::Script;

/// Common Korean surnames (one syllable), which cover the vast majority of the population.
const SURNAMES: &str = "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상시갈단견당화창";

/// Words that start with a surname syllable but are not names, seen before titles in news.
const NOT_NAMES: &[&str] = &[
    "신임",
    "전임",
    "이번",
    "이날",
    "이후",
    "이전",
    "한편",
    "당시",
    "현재",
    "역대",
    "초대",
    "차기",
    "공동",
    "수석",
    "최고",
    "최초",
    "최근",
    "최종",
    "고문",
    "임시",
    "주요",
    "해당",
    "여러",
    "우리",
    "명예",
    "전직",
    "현직",
    "부문",
    "정식",
    "상임",
    "비상임",
    "사외",
    "대표",
    "전문",
    "강력",
    "신규",
    "최대",
    "유력",
    "한국",
    "남측",
    "북측",
    "조직",
    "원내",
    "지방",
    "전국",
    "정부",
    "기존",
    "각국",
    "각각",
    "모든",
    "이사",
    "사장",
    "회장",
    "부회장",
    "부사장",
    "부장",
    "차관",
    "장관",
    "인사",
    "선임",
    "임명",
    "하지만",
    "그러나",
    "그리고",
    "이어",
    "이에",
    "또한",
    "주한",
    "주미",
    "주일",
    "주중",
    "방한",
    "김씨",
    "송년",
    "신년",
    "연임",
    "정년",
    "동료",
    "고위",
    "노동",
    "문화",
    "교육",
    "경제",
    "안보",
    "국방",
    "외교",
    "기획",
    "홍보",
    "영업",
    "마케팅",
    "연구",
    "기술",
    "전략",
    "재무",
    "인공지능",
    "편집",
    "사진",
    "취재",
    "도쿄",
    "유럽",
    "중국",
    "미국",
    "일본",
];

/// Finds person names before titles. `dictionary` holds the dictionary's candidates, sorted.
pub(crate) fn recognize(text: &str, dictionary: &[Candidate], out: &mut Vec<Candidate>) {
    for (i, c) in dictionary.iter().enumerate() {
        if c.kind != EntityType::Title {
            continue;
        }
        // `NAME TITLE` or `NAME ORG TITLE`.
        let mut anchor = c.start;
        if i > 0 {
            let prev = &dictionary[i - 1];
            if prev.kind == EntityType::Org
                && prev.end + 1 == c.start
                && &text[prev.end..c.start] == " "
            {
                anchor = prev.start;
                if i > 1 && dictionary[i - 2].end + 1 == anchor {
                    // Something already names the word before the organization.
                    if dictionary[i - 2].kind != EntityType::Org {
                        continue;
                    }
                }
            }
        }
        if let Some((s, e)) = name_before(text, anchor) {
            let covered = dictionary.iter().any(|d| d.start < e && s < d.end);
            if !covered {
                out.push(Candidate {
                    start: s,
                    end: e,
                    kind: EntityType::Person,
                    label: Label::Surface,
                    source: Source::Pattern,
                });
            }
        }
    }
}

/// The bare Korean name that ends one space before `at`, if the word there looks like one.
fn name_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text[..at].strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| Script::of(c) == Script::Hangul)
        .last()
        .map(|(i, _)| i)?;
    let word = &before[start..];
    // The word must start at a boundary: text start, space or punctuation.
    if let Some(p) = before[..start].chars().next_back() {
        if Script::of(p).is_word() {
            return None;
        }
    }
    let syllables = word.chars().count();
    if !(2..=4).contains(&syllables) {
        return None;
    }
    let first = word.chars().next()?;
    if !SURNAMES.contains(first) || NOT_NAMES.contains(&word) {
        return None;
    }
    // A word ending in a particle that names never end in is a noun phrase, not a name
    // (`은`, `이` and `가` end many given names, so they stay).
    if word.ends_with(['의', '는', '를', '을', '에', '와', '과', '도', '로']) {
        return None;
    }
    Some((start, before.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str, t: &str) -> Candidate {
        let s = text.find(t).unwrap();
        Candidate {
            start: s,
            end: s + t.len(),
            kind: EntityType::Title,
            label: Label::Surface,
            source: Source::Dictionary,
        }
    }

    #[test]
    fn names_before_titles() {
        let text = "[서울=뉴시스]윤정민 기자 = 신임 회장이";
        let dict = vec![title(text, "기자"), title(text, "회장")];
        let mut out = Vec::new();
        recognize(text, &dict, &mut out);
        let names: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(names, ["윤정민"]);
    }

    #[test]
    fn words_with_particles_are_not_names() {
        let text = "김철수의 회장 선임";
        let dict = vec![title(text, "회장")];
        let mut out = Vec::new();
        recognize(text, &dict, &mut out);
        assert!(out.is_empty());
    }
}
