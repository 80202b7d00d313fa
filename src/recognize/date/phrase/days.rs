//! Days and weekdays: `26일`, `어제`, `이튿날`, `추석`, `화요일`, `마지막 금요일`, and the
//! ranges that share a unit (`4~6일`, `3∼4월`, `2007~2008년`).

use super::*;

/// `월요일` … `일요일`.
pub(super) fn weekday_name(text: &str, i: usize) -> Option<(Weekday, usize)> {
    const DAYS: &[(&str, Weekday)] = &[
        ("월요일", Weekday::Mon),
        ("화요일", Weekday::Tue),
        ("수요일", Weekday::Wed),
        ("목요일", Weekday::Thu),
        ("금요일", Weekday::Fri),
        ("토요일", Weekday::Sat),
        ("일요일", Weekday::Sun),
    ];
    one_of(text, i, DAYS)
}

/// A weekday at `i`, in the week already read (`지난주 화요일`, `둘째 주 목요일`), or with
/// its own word (`지난 월요일`, `셋째 화요일`, `마지막 금요일`, `월요일`).
pub(super) fn weekday_at(
    text: &str,
    i: usize,
    week: Option<WeekSpec>,
    in_month: bool,
) -> Option<(WeekdaySpec, usize)> {
    match week {
        Some(WeekSpec::OfMonth(n)) => {
            // `둘째 주 목요일` is the second Thursday, as Korean calendars count it.
            let (wd, e) = weekday_name(text, i)?;
            return Some((WeekdaySpec::Nth(wd, n), e));
        }
        Some(WeekSpec::LastOfMonth) => {
            let (wd, e) = weekday_name(text, i)?;
            return Some((WeekdaySpec::Last(wd), e));
        }
        Some(_) => {
            let (wd, e) = weekday_name(text, i)?;
            return Some((WeekdaySpec::Lean(wd, Lean::Bare), e));
        }
        None => {}
    }
    // An ordinal only in a month written before it (`5월 마지막 금요일`; `공개 첫 주` is no
    // date).
    let ordinal = if in_month { ordinal_at(text, i) } else { None };
    if let Some((n, e)) = ordinal {
        let (wd, end) = weekday_name(text, sp(text, e))?;
        let spec = if n == 0 {
            WeekdaySpec::Last(wd)
        } else {
            WeekdaySpec::Nth(wd, n)
        };
        return Some((spec, end));
    }
    const LEANS: &[(&str, Lean)] = &[
        ("지난 ", Lean::Past),
        ("저번 ", Lean::Past),
        ("이번 ", Lean::This),
        ("다음 ", Lean::Next),
        ("오는 ", Lean::Next),
        ("돌아오는 ", Lean::Next),
        ("다가오는 ", Lean::Next),
    ];
    let (lean, q) = one_of(text, i, LEANS).unwrap_or((Lean::Bare, i));
    let (wd, end) = weekday_name(text, q)?;
    // `첫째 월요일` with no month is no date, and its weekday alone is not either.
    let head = text.get(..i).unwrap_or("");
    // `매주 금요일` is every Friday, not a date.
    const NOT_ONE: &[&str] = &["째 ", "마지막 ", "첫 ", "매주 ", "매 "];
    if lean == Lean::Bare && NOT_ONE.iter().any(|w| head.ends_with(w)) {
        return None;
    }
    Some((WeekdaySpec::Lean(wd, lean), end))
}

/// `(화)`, `(화요일)`, ` 화요일` after a day: its end.
pub(super) fn weekday_note(text: &str, i: usize) -> Option<usize> {
    if let Some(q) = lit(text, i, "(") {
        let c = char_at(text, q)?;
        if !matches!(c, '월' | '화' | '수' | '목' | '금' | '토' | '일') {
            return None;
        }
        let q = q + c.len_utf8();
        let q = lit(text, q, "요일").unwrap_or(q);
        return lit(text, q, ")");
    }
    let (_, end) = weekday_name(text, sp(text, i))?;
    (sp(text, i) > i).then_some(end)
}

/// Public and popular holidays, solar and lunar (their first characters are listed in
/// [`holiday_at`]; a test checks the two agree).
pub(super) const HOLIDAYS: &[(&str, Holiday)] = &[
    ("신정", Holiday::Solar(1, 1)),
    ("밸런타인데이", Holiday::Solar(2, 14)),
    ("발렌타인데이", Holiday::Solar(2, 14)),
    ("삼일절", Holiday::Solar(3, 1)),
    ("3·1절", Holiday::Solar(3, 1)),
    ("3.1절", Holiday::Solar(3, 1)),
    ("식목일", Holiday::Solar(4, 5)),
    ("근로자의 날", Holiday::Solar(5, 1)),
    ("근로자의날", Holiday::Solar(5, 1)),
    ("노동절", Holiday::Solar(5, 1)),
    ("어린이날", Holiday::Solar(5, 5)),
    ("어버이날", Holiday::Solar(5, 8)),
    ("스승의 날", Holiday::Solar(5, 15)),
    ("스승의날", Holiday::Solar(5, 15)),
    ("현충일", Holiday::Solar(6, 6)),
    ("제헌절", Holiday::Solar(7, 17)),
    ("광복절", Holiday::Solar(8, 15)),
    ("국군의 날", Holiday::Solar(10, 1)),
    ("국군의날", Holiday::Solar(10, 1)),
    ("개천절", Holiday::Solar(10, 3)),
    ("한글날", Holiday::Solar(10, 9)),
    ("크리스마스 이브", Holiday::Solar(12, 24)),
    ("크리스마스이브", Holiday::Solar(12, 24)),
    ("크리스마스", Holiday::Solar(12, 25)),
    ("성탄절", Holiday::Solar(12, 25)),
    ("섣달그믐", Holiday::LunarYearEnd),
    ("설날", Holiday::Lunar(1, 1)),
    ("설 연휴", Holiday::Lunar(1, 1)),
    ("설 명절", Holiday::Lunar(1, 1)),
    ("설 당일", Holiday::Lunar(1, 1)),
    ("설연휴", Holiday::Lunar(1, 1)),
    ("정월대보름", Holiday::Lunar(1, 15)),
    ("정월 대보름", Holiday::Lunar(1, 15)),
    ("대보름", Holiday::Lunar(1, 15)),
    ("부처님오신날", Holiday::Lunar(4, 8)),
    ("부처님 오신 날", Holiday::Lunar(4, 8)),
    ("석가탄신일", Holiday::Lunar(4, 8)),
    ("단오", Holiday::Lunar(5, 5)),
    ("추석 연휴", Holiday::Lunar(8, 15)),
    ("추석연휴", Holiday::Lunar(8, 15)),
    ("추석", Holiday::Lunar(8, 15)),
    ("한가위", Holiday::Lunar(8, 15)),
];

/// A holiday at `i`, with an optional `지난`/`이번`/`오는` before it.
pub(super) fn holiday_at(text: &str, i: usize) -> Option<(DaySpec, usize)> {
    const LEANS: &[(&str, Lean)] = &[
        ("지난 ", Lean::Past),
        ("이번 ", Lean::This),
        ("오는 ", Lean::Next),
        ("다가오는 ", Lean::Next),
    ];
    let (lean, q) = one_of(text, i, LEANS).unwrap_or((Lean::Bare, i));
    // One look at the first character before the list.
    let first = char_at(text, q)?;
    if !matches!(
        first,
        '신' | '밸'
            | '발'
            | '삼'
            | '3'
            | '식'
            | '근'
            | '노'
            | '어'
            | '스'
            | '현'
            | '제'
            | '광'
            | '국'
            | '개'
            | '한'
            | '크'
            | '성'
            | '섣'
            | '설'
            | '정'
            | '대'
            | '부'
            | '석'
            | '단'
            | '추'
    ) {
        return None;
    }
    let (h, end) = one_of(text, q, HOLIDAYS)?;
    Some((DaySpec::Holiday(h, lean), end))
}

/// A day: the spec, its end, and the start of a range's second number (`4~6일`).
pub(super) fn day_at(text: &str, i: usize, ph: &Phrase) -> Option<(DaySpec, usize, Option<usize>)> {
    if text.as_bytes().get(i).is_some_and(u8::is_ascii_digit) {
        if let Some((d, end)) = num_unit(text, i, 2, "일") {
            return valid_day(d).map(|d| (DaySpec::Abs(d), end, None));
        }
        let (d, e, n) = number::digit_run(text, i)?;
        if n > 2 {
            return None;
        }
        let q = range_second(text, e, "일")?;
        return Some((DaySpec::Abs(valid_day(d)?), e, Some(q)));
    }
    if let Some((h, end)) = holiday_at(text, i) {
        return Some((h, end, None));
    }
    if matches!(ph.month, Some(MonthSpec::Abs(_))) {
        // `오월 칠일`: a hangul day only after a month.
        if let Some((d, end)) = hangul_num_unit(text, i, "일") {
            return valid_day(d).map(|d| (DaySpec::Abs(d), end, None));
        }
    }
    for (prefix, past) in [("지난 ", true), ("오는 ", false)] {
        if let Some(q) = lit(text, i, prefix) {
            if let Some((d, end)) = num_unit(text, q, 2, "일") {
                let d = valid_day(d)?;
                let spec = if past {
                    DaySpec::Past(d)
                } else {
                    DaySpec::Next(d)
                };
                return Some((spec, end, None));
            }
        }
    }
    if ph.month.is_some() {
        if let Some((d, end)) = one_of(
            text,
            i,
            &[
                ("마지막 날", DaySpec::MonthEnd),
                ("말일", DaySpec::MonthEnd),
            ],
        ) {
            return Some((d, end, None));
        }
    }
    const WORDS: &[(&str, DaySpec)] = &[
        ("오늘", DaySpec::Rel(0)),
        ("금일", DaySpec::Rel(0)),
        ("어제", DaySpec::Rel(-1)),
        ("작일", DaySpec::Rel(-1)),
        ("그끄저께", DaySpec::Rel(-3)),
        ("그저께", DaySpec::Rel(-2)),
        ("그제", DaySpec::Rel(-2)),
        ("내일모레", DaySpec::Rel(2)),
        ("내일", DaySpec::Rel(1)),
        ("명일", DaySpec::Rel(1)),
        ("모레", DaySpec::Rel(2)),
        ("글피", DaySpec::Rel(3)),
        ("이날", DaySpec::Anchor(0)),
        ("당일", DaySpec::Anchor(0)),
        ("그날", DaySpec::Anchor(0)),
        ("같은 날", DaySpec::Anchor(0)),
        ("같은날", DaySpec::Anchor(0)),
        ("전날", DaySpec::Anchor(-1)),
        ("전일", DaySpec::Anchor(-1)),
        ("그 다음날", DaySpec::Anchor(1)),
        ("그 다음 날", DaySpec::Anchor(1)),
        ("그다음 날", DaySpec::Anchor(1)),
        ("그다음날", DaySpec::Anchor(1)),
        ("다음날", DaySpec::Anchor(1)),
        ("다음 날", DaySpec::Anchor(1)),
        ("이튿날", DaySpec::Anchor(1)),
        ("익일", DaySpec::Anchor(1)),
        ("사흗날", DaySpec::Anchor(2)),
    ];
    let (d, end) = one_of(text, i, WORDS)?;
    Some((d, end, None))
}

/// `d` as a day of the month, if it can be one (the month decides later).
pub(super) fn valid_day(d: u64) -> Option<u32> {
    (1..=31).contains(&d).then_some(d as u32)
}

/// Right after the first number of a range: where the second number starts, past a range
/// connector (`~`, `∼`, `〜`, `-`, `–`).
fn after_range_connector(text: &str, e: usize) -> Option<usize> {
    let rest = text.get(e..)?;
    let c = ["~", "∼", "〜", "-", "–"]
        .iter()
        .find(|c| rest.starts_with(**c))?;
    Some(e + c.len())
}

/// After the first number of a range (`4` in `4~6일`): the start of the second number if a
/// connector and a number with `unit` follow.
pub(super) fn range_second(text: &str, e: usize, unit: &str) -> Option<usize> {
    let q = after_range_connector(text, e)?;
    num_unit(text, q, 2, unit).map(|_| q)
}

/// After the first year of a range (`2007` in `2007~2008년`): the start of the second year,
/// when a connector and a four-digit year with `년` follow.
pub(super) fn year_range_second(text: &str, e: usize) -> Option<usize> {
    let q = after_range_connector(text, e)?;
    let (_, end, n) = number::digit_run(text, q)?;
    (n == 4 && lit(text, end, "년").is_some()).then_some(q)
}

/// The first number of a day, month or year range (`4~6일`, `3∼4월`, `2007~2008년`).
pub(super) fn range_first(text: &str, s: usize) -> Option<(Phrase, usize, Option<usize>)> {
    let (v, e, n) = number::digit_run(text, s)?;
    if n == 4 {
        // `2007~2008년`: both years are written out; the first is a year as much as the second.
        let q = year_range_second(text, e)?;
        let year = i32::try_from(v)
            .ok()
            .filter(|y| (1000..=2999).contains(y))?;
        let ph = Phrase {
            year: Some(YearSpec::Abs(year)),
            ..Phrase::default()
        };
        return Some((ph, e, Some(q)));
    }
    if n > 2 {
        return None;
    }
    if let Some(q) = range_second(text, e, "일") {
        let ph = Phrase {
            day: Some(DaySpec::Abs(valid_day(v)?)),
            ..Phrase::default()
        };
        return Some((ph, e, Some(q)));
    }
    let q = range_second(text, e, "월")?;
    let ph = Phrase {
        month: Some(MonthSpec::Abs(valid_month(v)?)),
        ..Phrase::default()
    };
    Some((ph, e, Some(q)))
}
