//! Numeric dates: `2024.11.26.`, `23.05.17`, `14-08-2019`, `3/17`.

use super::*;

/// Nouns that `전` prefixes (`전 세계`, `전 대표`): after them `N일 전` is a day, not an offset.
pub(super) const PREFIXED: &[&str] = &[
    "세계",
    "직원",
    "임직원",
    "국민",
    "대표",
    "장관",
    "회장",
    "사장",
    "대통령",
    "의원",
    "총리",
    "지역",
    "국가",
    "부문",
    "분야",
    "세대",
    "과정",
    "계열사",
    "영역",
    "산업",
    "종목",
    "구간",
    "매장",
    "지점",
    "노선",
    "제품",
    "모델",
    "품목",
    "회원",
    "가구",
    "학년",
    "세계적",
];

/// Numeric dates.
///
/// - `2024.11.26.`, `2024-11-26`, `2024/11/26`, `2024. 11. 26.` (year first), optionally
///   with a time (`2024.11.27 06:01:00`, `2024.11.27. 오전 6:01`);
/// - `23.05.17`, `81/07/15`: a two-digit year first (50–99 → 1900s, else 2000s);
/// - year last: `14-08-2019`, `08/14/2019`. A part above 12 is the day; when both could be
///   the month, `/` reads month first (`08/09/2019` → August 9, as written in US style),
///   `-` and `.` day first (`08-09-2019` → 8 September, as written in Europe);
/// - `2023.05`: a month (four-digit year, two-digit month, nothing more); `2006.7.`: a month
///   closed by a dot, as periods are listed (`(2006.7.~2007.6.)`);
/// - `2004.`: a year closed by a dot, only as an end of a range (`(2004.~2005.)`);
/// - `3/17`, `5.17(금)`: a month and a day; the slash form only when it cannot be a
///   fraction (`1/2`, `2/3`: a smaller first number over a one-digit second stays a number),
///   the dotted form only with a weekday after it.
pub(super) fn numeric_date(text: &str, s: usize) -> Option<(Phrase, usize)> {
    let bytes = text.as_bytes();
    let (a, e, n) = number::digit_run(text, s)?;
    let sep = *bytes.get(e)?;
    if !matches!(sep, b'.' | b'-' | b'/') {
        return None;
    }
    let after_sep = |i: usize| {
        if sep == b'.' {
            sp(text, i + 1)
        } else {
            i + 1
        }
    };
    if sep == b'.' && n == 4 && year_of_range(text, s, e) {
        // `(2004.~2005.)`: a year closed by a dot, in a range of years.
        let mut ph = Phrase {
            numeric: true,
            ..Phrase::default()
        };
        ph_year(&mut ph, a)?;
        return Some((ph, e + 1));
    }
    let (b, e2, n2) = number::digit_run(text, after_sep(e))?;
    let mut ph = Phrase {
        numeric: true,
        ..Phrase::default()
    };
    let set = |ph: &mut Phrase, y: i32, m: u64, d: u64| -> Option<()> {
        let (m, d) = (valid_month(m)?, valid_day(d)?);
        chrono::NaiveDate::from_ymd_opt(y, m, d)?;
        ph.year = Some(YearSpec::Abs(y));
        ph.month = Some(MonthSpec::Abs(m));
        ph.day = Some(DaySpec::Abs(d));
        Some(())
    };
    let mut end;
    if bytes.get(e2) == Some(&sep) && n2 <= 2 {
        let Some((c, e3, n3)) = number::digit_run(text, after_sep(e2)) else {
            // `2006.7.`, `(2006.7.~2007.6.)`: a year and a month closed by a dot, as periods
            // are listed; no day follows.
            if sep != b'.' || n != 4 {
                return None;
            }
            ph_year(&mut ph, a)?;
            ph.month = Some(MonthSpec::Abs(valid_month(b)?));
            let end = e2 + 1;
            return date_tail_ok(text, end).then_some((ph, end));
        };
        end = e3;
        match (n, n3) {
            (4, 1 | 2) => set(&mut ph, i32::try_from(a).ok()?, b, c)?,
            (2, 2) if n2 == 2 => set(&mut ph, century(a), b, c)?,
            (1 | 2, 4) => {
                let y = i32::try_from(c).ok()?;
                let (m, d) = if a > 12 || (sep != b'/' && b <= 12) {
                    (b, a)
                } else {
                    (a, b)
                };
                set(&mut ph, y, m, d)?;
            }
            _ => return None,
        }
        if matches!(bytes.get(end), Some(b'0'..=b'9')) {
            return None;
        }
        if bytes.get(end) == Some(&sep) && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
            // `1.2.3.4`: a version or an address, not a date.
            return None;
        }
    } else if n == 4 && n2 == 2 && sep == b'.' && !matches!(bytes.get(e2), Some(b'.' | b'0'..=b'9'))
    {
        // `2023.05`: a month.
        ph_year(&mut ph, a)?;
        ph.month = Some(MonthSpec::Abs(valid_month(b)?));
        end = e2;
        if !date_tail_ok(text, end) {
            return None;
        }
        return Some((ph, end));
    } else if n <= 2
        && n2 <= 2
        && sep != b'-'
        && !matches!(bytes.get(e2), Some(b'.' | b'/' | b'0'..=b'9'))
    {
        // `3/17`, `5.17(금)`: month and day.
        let m = valid_month(a)?;
        let d = valid_day(b)?;
        let with_weekday = weekday_note(text, e2).filter(|_| bytes.get(e2) == Some(&b'('));
        let fraction = a < b && b < 10;
        let ok = match sep {
            b'/' => !fraction || with_weekday.is_some(),
            _ => with_weekday.is_some(),
        };
        if !ok || lit(text, e2, "분기").is_some() {
            return None;
        }
        ph.month = Some(MonthSpec::Abs(m));
        ph.day = Some(DaySpec::Abs(d));
        ph.numeric = false;
        end = with_weekday.unwrap_or(e2);
        if !date_tail_ok(text, end) {
            return None;
        }
        return Some((ph, end));
    } else {
        return None;
    }
    if sep == b'.'
        && bytes.get(end) == Some(&b'.')
        && !bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
    {
        end += 1;
    }
    end = weekday_note(text, end)
        .filter(|_| bytes.get(end) == Some(&b'('))
        .unwrap_or(end);
    if bytes.get(end) == Some(&b' ') {
        if let Some((t, e)) = time_at(text, end + 1, true) {
            ph.time = Some(t);
            end = e;
        }
    }
    Some((ph, end))
}

/// Sets the year of a numeric month or year (`2023.05`, `2006.7.`, `2004.`): 1900–2099 only,
/// the years news writes this way.
fn ph_year(ph: &mut Phrase, a: u64) -> Option<()> {
    let y = i32::try_from(a)
        .ok()
        .filter(|y| (1900..=2099).contains(y))?;
    ph.year = Some(YearSpec::Abs(y));
    Some(())
}

/// Is the four-digit number `text[s..e]`, with a dot after it, one end of a range of years:
/// `~` right after the dot (`2004.~`), or `~` before it and no digit after the dot (`~2005.`)?
fn year_of_range(text: &str, s: usize, e: usize) -> bool {
    let after = &text[e + 1..];
    after.starts_with(RANGE_DASHES)
        || (text[..s].ends_with(RANGE_DASHES)
            && !after.starts_with(|c: char| c.is_ascii_digit() || c == ' '))
}
