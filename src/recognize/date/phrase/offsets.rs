//! Offsets from the reference date: `나흘 전`, `1년 3개월 10일 전`, `두 달 뒤`.

use super::*;

/// The unit of an offset part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Year,
    Month,
    Week,
    Day,
}

/// Day counts in native words (`하루` … `열흘`, `보름`).
pub(super) const DAY_WORDS: &[(&str, i64)] = &[
    ("하루", 1),
    ("이틀", 2),
    ("사흘", 3),
    ("나흘", 4),
    ("닷새", 5),
    ("엿새", 6),
    ("이레", 7),
    ("여드레", 8),
    ("아흐레", 9),
    ("열흘", 10),
    ("보름", 15),
];

/// Native numerals that count months, weeks and years (`두 달`, `세 주`, `한 해`).
pub(super) const NATIVE: &[(&str, i64)] = &[
    ("한", 1),
    ("두", 2),
    ("세", 3),
    ("네", 4),
    ("다섯", 5),
    ("여섯", 6),
    ("일곱", 7),
    ("여덟", 8),
    ("아홉", 9),
    ("열", 10),
];

/// One part of an offset (`3개월`, `나흘`, `두 달`, `일주일`): its unit, count and end.
pub(super) fn offset_part(text: &str, i: usize) -> Option<(Unit, i64, usize)> {
    if let Some((v, e, n)) = number::digit_run(text, i) {
        if n > 4 {
            return None;
        }
        const UNITS: &[(&str, Unit)] = &[
            ("일", Unit::Day),
            ("주일", Unit::Week),
            ("주", Unit::Week),
            ("개월", Unit::Month),
            ("달", Unit::Month),
            ("년", Unit::Year),
        ];
        let (u, end) = one_of(text, e, UNITS)?;
        return Some((u, i64::try_from(v).ok()?, end));
    }
    if let Some((k, end)) = one_of(text, i, DAY_WORDS) {
        return Some((Unit::Day, k, end));
    }
    if let Some(end) = lit(text, i, "일주일") {
        return Some((Unit::Week, 1, end));
    }
    let (k, e) = one_of(text, i, NATIVE)?;
    const UNITS: &[(&str, Unit)] = &[
        ("달", Unit::Month),
        ("주일", Unit::Week),
        ("주", Unit::Week),
        ("해", Unit::Year),
    ];
    let (u, end) = one_of(text, sp(text, e), UNITS)?;
    Some((u, k, end))
}

/// `N일 전`, `나흘 후`, `두 달 뒤`, `1년 3개월 10일 전`: parts from large to small units,
/// then `전`/`후`/`뒤`.
pub(super) fn offset_at(text: &str, s: usize) -> Option<(Offset, usize)> {
    // The first characters an offset can start with (digits, `하루`, `두 달`, `일주일` …).
    let c = char_at(text, s)?;
    if !(c.is_ascii_digit()
        || matches!(
            c,
            '하' | '이'
                | '사'
                | '나'
                | '닷'
                | '엿'
                | '여'
                | '아'
                | '열'
                | '보'
                | '일'
                | '한'
                | '두'
                | '세'
                | '네'
                | '다'
        ))
    {
        return None;
    }
    let (mut unit, k, mut e) = offset_part(text, s)?;
    let mut parts = vec![(unit, k)];
    loop {
        // `1년여 전`: the approximation does not change the date.
        e = lit(text, e, "여").unwrap_or(e);
        let q = sp(text, e);
        match offset_part(text, q) {
            Some((u, k, end)) if u > unit => {
                parts.push((u, k));
                unit = u;
                e = end;
            }
            _ => break,
        }
    }
    let q = sp(text, e);
    let (sign, end) = one_of(text, q, &[("전", -1i64), ("후", 1), ("뒤", 1)])?;
    if !date_tail_ok(text, end) {
        return None;
    }
    // `26일 전 세계에`: 전 as the prefix "all/former" of the next noun, not "ago".
    if sign < 0 {
        let spaced = text.as_bytes().get(end) == Some(&b' ');
        let next = text.get(end + 1..).unwrap_or("");
        if spaced && PREFIXED.iter().any(|w| next.starts_with(w)) {
            return None;
        }
    }
    let mut o = Offset::default();
    for (u, k) in parts {
        let k = sign.checked_mul(k)?;
        match u {
            Unit::Year => o.years = k,
            Unit::Month => o.months = k,
            Unit::Week => o.weeks = k,
            Unit::Day => o.days = k,
        }
    }
    Some((o, end))
}
