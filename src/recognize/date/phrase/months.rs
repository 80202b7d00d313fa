//! Months, halves and quarters, weeks: `6월`, `지난 4월`, `오월`, `다음 달`, `상반기`,
//! `1분기`, `지난주`, `둘째 주`.

use super::*;

/// Hangul month names (`유월`, `시월` as written, not `육월`, `십월`).
pub(super) const HANGUL_MONTHS: &[(&str, u32)] = &[
    ("십일월", 11),
    ("십이월", 12),
    ("일월", 1),
    ("이월", 2),
    ("삼월", 3),
    ("사월", 4),
    ("오월", 5),
    ("유월", 6),
    ("칠월", 7),
    ("팔월", 8),
    ("구월", 9),
    ("시월", 10),
];

/// A month at `i`: `6월`, `지난 4월`, `오는 3월`, `오월`, or a month word (`지난달`,
/// `다음 달`, `월말` …).
pub(super) fn month_at(text: &str, i: usize) -> Option<(MonthSpec, usize)> {
    let c = char_at(text, i)?;
    if c.is_ascii_digit() {
        let (m, end) = num_unit(text, i, 2, "월")?;
        return valid_month(m).map(|m| (MonthSpec::Abs(m), end));
    }
    // The first characters of the month words below.
    if !matches!(
        c,
        '지' | '오'
            | '다'
            | '저'
            | '이'
            | '금'
            | '월'
            | '내'
            | '익'
            | '십'
            | '일'
            | '삼'
            | '사'
            | '유'
            | '칠'
            | '팔'
            | '구'
            | '시'
    ) {
        return None;
    }
    for (prefix, past) in [("지난 ", true), ("오는 ", false), ("다가오는 ", false)] {
        if let Some(q) = lit(text, i, prefix) {
            if let Some((m, end)) = num_unit(text, q, 2, "월") {
                let m = valid_month(m)?;
                let spec = if past {
                    MonthSpec::Past(m)
                } else {
                    MonthSpec::Next(m)
                };
                return Some((spec, end));
            }
        }
    }
    if let Some((m, end)) = one_of(text, i, HANGUL_MONTHS) {
        // `이월`, `일월` are also words (carried over; sun and moon): a hangul month stands
        // alone only when it is not one of them, else it needs a hangul day after it.
        let q = sp(text, end);
        let day_after = hangul_num_unit(text, q, "일").is_some();
        if day_after || !matches!(m, 1 | 2) {
            return Some((MonthSpec::Abs(m), end));
        }
        return None;
    }
    const WORDS: &[(&str, i32)] = &[
        ("지지난달", -2),
        ("지난달", -1),
        ("지난 달", -1),
        ("저번 달", -1),
        ("저번달", -1),
        ("이달", 0),
        ("이번 달", 0),
        ("이번달", 0),
        ("금월", 0),
        ("월말", 0),
        ("월초", 0),
        ("다다음 달", 2),
        ("다다음달", 2),
        ("다음 달", 1),
        ("다음달", 1),
        ("내달", 1),
        ("익월", 1),
    ];
    let (k, end) = one_of(text, i, WORDS)?;
    Some((MonthSpec::Rel(k), end))
}

/// `m` as a month number, if it is one.
pub(super) fn valid_month(m: u64) -> Option<u32> {
    (1..=12).contains(&m).then_some(m as u32)
}

/// A half or quarter at `i`: `상반기`, `하반기`, `1분기`, `1/4분기`, `1·4분기`,
/// `1사분기`, `삼사분기`, `이번 분기`.
pub(super) fn period_at(text: &str, i: usize) -> Option<(Period, usize)> {
    let c = char_at(text, i)?;
    if !(c.is_ascii_digit()
        || matches!(
            c,
            '상' | '하' | '지' | '직' | '이' | '다' | '일' | '삼' | '사'
        ))
    {
        return None;
    }
    if let Some((h, end)) = one_of(text, i, &[("상반기", 1), ("하반기", 2)]) {
        return Some((Period::Half(h), end));
    }
    const REL: &[(&str, i32)] = &[
        ("지난 분기", -1),
        ("직전 분기", -1),
        ("이번 분기", 0),
        ("다음 분기", 1),
    ];
    if let Some((k, end)) = one_of(text, i, REL) {
        return Some((Period::QuarterRel(k), end));
    }
    const WORDS: &[(&str, u32)] = &[
        ("일사분기", 1),
        ("이사분기", 2),
        ("삼사분기", 3),
        ("사사분기", 4),
    ];
    if let Some((q, end)) = one_of(text, i, WORDS) {
        return Some((Period::Quarter(q), end));
    }
    let (q, e, n) = number::digit_run(text, i)?;
    if n != 1 || !(1..=4).contains(&q) {
        return None;
    }
    // `1분기`, `1/4분기`, `1·4분기`, `1사분기`.
    let e = lit(text, e, "/4")
        .or_else(|| lit(text, e, "·4"))
        .or_else(|| lit(text, e, "사"))
        .unwrap_or(e);
    let end = lit(text, e, "분기")?;
    Some((Period::Quarter(q as u32), end))
}

/// A week word at `i` (`지난주`, `이번 주`, `다음 주`, `그 다음 주` …).
pub(super) fn week_at(text: &str, i: usize) -> Option<(WeekSpec, usize)> {
    if !matches!(
        char_at(text, i),
        Some('지' | '저' | '이' | '금' | '다' | '내' | '차' | '그')
    ) {
        return None;
    }
    const WORDS: &[(&str, WeekSpec)] = &[
        ("지지난주", WeekSpec::Rel(-2)),
        ("지난주", WeekSpec::Rel(-1)),
        ("지난 주", WeekSpec::Rel(-1)),
        ("저번 주", WeekSpec::Rel(-1)),
        ("저번주", WeekSpec::Rel(-1)),
        ("이번 주", WeekSpec::Rel(0)),
        ("이번주", WeekSpec::Rel(0)),
        ("금주", WeekSpec::Rel(0)),
        ("다다음 주", WeekSpec::Rel(2)),
        ("다다음주", WeekSpec::Rel(2)),
        ("다음 주", WeekSpec::Rel(1)),
        ("다음주", WeekSpec::Rel(1)),
        ("내주", WeekSpec::Rel(1)),
        ("차주", WeekSpec::Rel(1)),
        ("그 다음 주", WeekSpec::Anchor(1)),
        ("그다음 주", WeekSpec::Anchor(1)),
        ("그다음주", WeekSpec::Anchor(1)),
    ];
    let (w, end) = one_of(text, i, WORDS)?;
    // `이번 주말` is a weekend, not a week; `내주며`, `내주고` are the verb 내주다.
    if char_at(text, end) == Some('말') {
        return None;
    }
    if text.get(i..).is_some_and(|r| r.starts_with("내주")) {
        let rest = text.get(end..).unwrap_or("");
        let n = rest
            .char_indices()
            .find(|&(_, c)| !is_hangul(c))
            .map_or(rest.len(), |(k, _)| k);
        const TAILS: &[&str] = &[
            "", "부터", "중", "초", "께", "쯤", "에", "에는", "까지", "중에",
        ];
        if !TAILS.contains(&&rest[..n]) {
            return None;
        }
    }
    Some((w, end))
}

/// An ordinal at `i`: `첫째`/`첫`/`첫 번째`/`1번째` 1, `둘째`/`두 번째` 2 … up to 5; or
/// `마지막` (0).
pub(super) fn ordinal_at(text: &str, i: usize) -> Option<(u8, usize)> {
    const WORDS: &[(&str, u8)] = &[
        ("첫 번째", 1),
        ("첫번째", 1),
        ("첫째", 1),
        ("두 번째", 2),
        ("두번째", 2),
        ("둘째", 2),
        ("세 번째", 3),
        ("세번째", 3),
        ("셋째", 3),
        ("네 번째", 4),
        ("네번째", 4),
        ("넷째", 4),
        ("다섯 번째", 5),
        ("다섯번째", 5),
        ("다섯째", 5),
        ("마지막", 0),
        ("첫", 1),
    ];
    if let Some((n, e)) = num_unit(text, i, 1, "번째") {
        return (1..=5).contains(&n).then_some((n as u8, e));
    }
    one_of(text, i, WORDS)
}

/// `둘째 주`, `마지막 주`: a week of the month.
pub(super) fn week_of_month_at(text: &str, i: usize) -> Option<(WeekSpec, usize)> {
    let (n, e) = ordinal_at(text, i)?;
    let end = lit(text, sp(text, e), "주")?;
    // `둘째 주말` is not a week of the month.
    if char_at(text, end).is_some_and(|c| c == '말' || c == '년' || c == '간') {
        return None;
    }
    let spec = if n == 0 {
        WeekSpec::LastOfMonth
    } else {
        WeekSpec::OfMonth(n)
    };
    Some((spec, end))
}
