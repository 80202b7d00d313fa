//! When a number with no currency is money: a money word beside a bare 조/억/만 number
//! (`2300억 투자`, `매출 900억`), and what makes it something else (`3억 명`, `법률 74조`).

use super::*;

/// Words that count things other than money (`3억 명`, `1000만 관객`, `5만 대`).
pub(super) const COUNTERS: &[&str] = &[
    "명",
    "개",
    "건",
    "대",
    "톤",
    "주",
    "배럴",
    "가구",
    "마리",
    "권",
    "회",
    "표",
    "관객",
    "곳",
    "채",
    "평",
    "병",
    "편",
    "장",
    "벌",
    "그루",
    "점",
    "부",
    "통",
    "척",
    "호",
    "리터",
    "배",
    "번",
    "가입자",
    "회원",
    "뷰",
    "부수",
    "명분",
    "개사",
    "달",
    "년",
    "일",
    "시간",
    "킬로미터",
    "km",
];

/// Does what follows the amount ending at `end` (past its glued particle or suffix and one
/// space) count something else: a counter word (`명`, `가구`), a Latin unit (`58만 kW`) or
/// another number (`1만 8000여 편`)?
pub(super) fn counter_follows(text: &str, end: usize) -> bool {
    let glued = hangul_word(text, end);
    let Some(rest) = text
        .get(end + glued.len()..)
        .and_then(|r| r.strip_prefix(' '))
    else {
        return false;
    };
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return true;
    }
    let word = hangul_word(rest, 0);
    const AFTER_COUNT: &[&str] = &[
        "가량",
        "정도",
        "여",
        "이상",
        "이하",
        "가까이",
        "남짓",
        "안팎",
        "씩",
    ];
    COUNTERS.iter().any(|c| {
        word.strip_prefix(c).is_some_and(|r| {
            r.is_empty()
                || particle_chain(r).is_some()
                || AFTER_COUNT.iter().any(|a| r.starts_with(a))
        })
    })
}

/// Does the amount ending at `end` close its phrase (a particle glued to it, or punctuation
/// or the end after it), as a won amount stated beside another one does
/// (`영업이익 900억을`, `순이익 500억,`)?
pub(super) fn closes_phrase(text: &str, end: usize) -> bool {
    if !hangul_word(text, end).is_empty() {
        return true;
    }
    !text
        .get(end..)
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c == ' ' || c.is_alphanumeric())
}

/// Words before a bare number that make it something else than money (`법률 74조`: an
/// article of a law).
pub(super) const NOT_MONEY_BEFORE: &[&str] = &["법", "법률", "령", "규칙", "조례", "약관", "헌법"];

/// Words that make a bare 조/억/만 number an amount of won when they stand next to it
/// (`2300억 투자`, `650억이 투입`, `매출 900억`, `3조 규모`, `2500억이 들어갈`).
pub(super) const MONEY_WORDS: &[&str] = &[
    "투자",
    "매출",
    "규모",
    "예산",
    "손실",
    "이익",
    "영업익",
    "순익",
    "적자",
    "흑자",
    "투입",
    "자금",
    "지원금",
    "수익",
    "비용",
    "부채",
    "자산",
    "시가총액",
    "시총",
    "매각",
    "대출",
    "펀드",
    "세수",
    "과징금",
    "벌금",
    "배상",
    "보상금",
    "수주",
    "매입",
    "거래액",
    "판매액",
    "자본",
    "출자",
    "증자",
    "유치",
    "조달",
    "배당",
    "보조금",
    "연봉",
    "급여",
    "상금",
    "기금",
    "차입",
    "세금",
    "사업비",
    "인수가",
    "몸값",
    "가격",
    "원어치",
    "어치",
    "상당",
    // what a sum costs (`2500억이 들어갈`, `1조가 소요된다`)
    "소요",
    "들어가",
    "들어갈",
    "들어간",
    "들어갔",
];

/// The hangul word before the number at `s` (past one space and an `약`).
pub(super) fn word_before(text: &str, s: usize) -> &str {
    let head = text.get(..s).unwrap_or("");
    let head = head.strip_suffix(' ').unwrap_or(head);
    let head = head.strip_suffix("약").unwrap_or(head);
    let head = head.strip_suffix(' ').unwrap_or(head);
    head.rsplit(|c: char| !is_hangul(c)).next().unwrap_or("")
}

/// Can the number at `s` be a bare won amount? Written in digits (`구조`, hangul `9조`, is a
/// word), as a word of its own (not `제74조`), ending with its myriad unit (`2300억`, not
/// `5억2800`), with what money takes glued to it (`900억대`, `650억이`; not `3억명`),
/// not after a law (`법률 74조`), and not the first half of a range the range rule turned
/// down.
pub(super) fn bare_won_shape(text: &str, s: usize, number_end: usize, end: usize) -> bool {
    let prev = word_before(text, s);
    text.as_bytes().get(s).is_some_and(u8::is_ascii_digit)
        && !text
            .as_bytes()
            .get(number_end)
            .is_some_and(u8::is_ascii_alphanumeric)
        && !NOT_MONEY_BEFORE.iter().any(|w| prev.ends_with(w))
        && !number::char_before(text, s).is_some_and(is_hangul)
        && number::char_before(text, number_end).is_some_and(|c| number::big_unit(c).is_some())
        && money_tail_ok(text, number_end)
        && connector_after(text, end).is_none()
}

/// Does a money word stand right before the number at `s` or right after the amount ending
/// at `end`, or is one glued to it (`3조규모`, `100억어치`)? `규모` and `가격` speak of
/// money only for 억 and above (`팬 928만 규모` counts people).
pub(super) fn money_context(text: &str, s: usize, first: Money, end: usize) -> bool {
    let number_end = first.number_end;
    let weak = first.unit_exp < 8;
    let money = |w: &str| {
        MONEY_WORDS
            .iter()
            .any(|m| w.starts_with(m) && !(weak && matches!(*m, "규모" | "가격")))
    };
    if money(hangul_word(text, number_end)) {
        return true;
    }
    // The next word, or the one after a qualifier (`5000억 이상 투자`).
    let mut at = end + hangul_word(text, end).len();
    for _ in 0..2 {
        let Some(next) = text.get(at..).and_then(|r| r.strip_prefix(' ')) else {
            break;
        };
        let word = hangul_word(next, 0);
        if money(word) {
            return true;
        }
        if !AFTER_QUALIFIERS.iter().any(|(q, _)| word.starts_with(q)) {
            break;
        }
        at += 1 + word.len();
    }
    let prev = word_before(text, s);
    prev.chars().count() <= 6
        && MONEY_WORDS
            .iter()
            .any(|m| prev.contains(m) && !(weak && matches!(*m, "규모" | "가격")))
}
