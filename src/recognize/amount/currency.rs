//! Currencies: the words, codes and symbols of money after or before a number (`원`,
//! `달러`, `USD`, `$`), the scale words between (`억`, `만`), what may follow a currency word
//! (`원씩`, `원어치`), and minor units (`27달러 80센트`).

use super::*;

/// How a currency word scales the number: cents are hundredths of a dollar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scale {
    One,
    Cent,
}

/// Currency words written after the number, with their ISO code. Longest match wins, so
/// `달러화` beats `달러`, `루피아` beats `루피` and `호주달러` beats `달러`.
pub(super) const SUFFIXES: &[(&str, &str, Scale)] = &[
    ("미국 달러", "USD", Scale::One),
    ("미국달러", "USD", Scale::One),
    ("미 달러", "USD", Scale::One),
    ("미달러", "USD", Scale::One),
    ("홍콩달러", "HKD", Scale::One),
    ("홍콩 달러", "HKD", Scale::One),
    ("호주달러", "AUD", Scale::One),
    ("호주 달러", "AUD", Scale::One),
    ("캐나다달러", "CAD", Scale::One),
    ("캐나다 달러", "CAD", Scale::One),
    ("싱가포르달러", "SGD", Scale::One),
    ("싱가포르 달러", "SGD", Scale::One),
    ("대만달러", "TWD", Scale::One),
    ("대만 달러", "TWD", Scale::One),
    ("뉴질랜드달러", "NZD", Scale::One),
    ("뉴질랜드 달러", "NZD", Scale::One),
    ("달러화", "USD", Scale::One),
    ("달러", "USD", Scale::One),
    ("원화", "KRW", Scale::One),
    ("원", "KRW", Scale::One),
    ("엔화", "JPY", Scale::One),
    ("엔", "JPY", Scale::One),
    ("유로화", "EUR", Scale::One),
    ("유로", "EUR", Scale::One),
    ("위안화", "CNY", Scale::One),
    ("위안", "CNY", Scale::One),
    ("파운드화", "GBP", Scale::One),
    ("파운드", "GBP", Scale::One),
    ("루피아", "IDR", Scale::One),
    ("루피", "INR", Scale::One),
    ("루블", "RUB", Scale::One),
    ("스위스프랑", "CHF", Scale::One),
    ("스위스 프랑", "CHF", Scale::One),
    ("프랑", "CHF", Scale::One),
    ("바트", "THB", Scale::One),
    ("링깃", "MYR", Scale::One),
    ("헤알", "BRL", Scale::One),
    ("리라", "TRY", Scale::One),
    ("디르함", "AED", Scale::One),
    ("불", "USD", Scale::One),
    ("센트", "USD", Scale::Cent),
    ("유로센트", "EUR", Scale::Cent),
    ("펜스", "GBP", Scale::Cent),
    ("페니", "GBP", Scale::Cent),
    ("중국 위안", "CNY", Scale::One),
    ("중국위안", "CNY", Scale::One),
    ("영국 파운드", "GBP", Scale::One),
    ("영국파운드", "GBP", Scale::One),
    ("인도 루피", "INR", Scale::One),
    ("러시아 루블", "RUB", Scale::One),
    ("터키 리라", "TRY", Scale::One),
    ("튀르키예 리라", "TRY", Scale::One),
    ("이탈리아 리라", "ITL", Scale::One),
    ("스페인 페세타", "ESP", Scale::One),
    ("페세타", "ESP", Scale::One),
    ("독일 마르크", "DEM", Scale::One),
    ("마르크", "DEM", Scale::One),
    ("태환 마르카", "BAM", Scale::One),
    ("마르카", "BAM", Scale::One),
    ("네덜란드 길더", "NLG", Scale::One),
    ("길더", "NLG", Scale::One),
    ("휠던", "NLG", Scale::One),
    ("프랑스 프랑", "FRF", Scale::One),
    ("코스타리카 콜론", "CRC", Scale::One),
    ("콜론", "CRC", Scale::One),
    ("조지아 라리", "GEL", Scale::One),
    ("라리", "GEL", Scale::One),
    ("라오스 킵", "LAK", Scale::One),
    ("킵", "LAK", Scale::One),
    ("말레이시아 링깃", "MYR", Scale::One),
    ("태국 바트", "THB", Scale::One),
    ("브라질 헤알", "BRL", Scale::One),
    // 페소 and 동 name several currencies or other things: only with the country.
    ("멕시코 페소", "MXN", Scale::One),
    ("필리핀 페소", "PHP", Scale::One),
    ("아르헨티나 페소", "ARS", Scale::One),
    ("칠레 페소", "CLP", Scale::One),
    ("콜롬비아 페소", "COP", Scale::One),
    ("베트남 동", "VND", Scale::One),
    ("남아공 랜드", "ZAR", Scale::One),
    ("랜드화", "ZAR", Scale::One),
    ("스웨덴 크로나", "SEK", Scale::One),
    ("노르웨이 크로네", "NOK", Scale::One),
    ("덴마크 크로네", "DKK", Scale::One),
    ("체코 코루나", "CZK", Scale::One),
    ("폴란드 즐로티", "PLN", Scale::One),
    ("즐로티", "PLN", Scale::One),
    ("헝가리 포린트", "HUF", Scale::One),
    ("포린트", "HUF", Scale::One),
    ("사우디 리얄", "SAR", Scale::One),
    ("리얄", "SAR", Scale::One),
];

/// The first syllables of [`SUFFIXES`].
pub(super) const CURRENCY_FIRST_CHARS: &[char] = &[
    '미', '홍', '호', '캐', '싱', '대', '뉴', '달', '원', '엔', '유', '위', '파', '루', '스', '프',
    '바', '링', '헤', '리', '디', '불', '센', '펜', '페', '중', '영', '인', '러', '터', '튀', '이',
    '독', '마', '태', '네', '길', '휠', '코', '콜', '조', '라', '킵', '말', '브', '멕', '필', '아',
    '칠', '베', '남', '랜', '노', '덴', '체', '폴', '즐', '헝', '포', '사',
];

/// [`CURRENCY_FIRST_CHARS`] as a set: one bit test per word.
pub(super) const CURRENCY_FIRST: SyllableSet = SyllableSet::of(CURRENCY_FIRST_CHARS);

/// ISO codes accepted before or after a number (`USD 100`, `100 EUR`).
pub(super) const CODES: &[(&str, &str)] = &[
    ("USD", "USD"),
    ("KRW", "KRW"),
    ("EUR", "EUR"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("RMB", "CNY"),
    ("GBP", "GBP"),
    ("HKD", "HKD"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("SGD", "SGD"),
    ("TWD", "TWD"),
    ("NZD", "NZD"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("RUB", "RUB"),
    ("THB", "THB"),
    ("IDR", "IDR"),
    ("MYR", "MYR"),
    ("BRL", "BRL"),
    ("VND", "VND"),
    ("PHP", "PHP"),
    ("MXN", "MXN"),
    ("AED", "AED"),
    ("SAR", "SAR"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("PLN", "PLN"),
    ("ZAR", "ZAR"),
    ("TRY", "TRY"),
    ("ARS", "ARS"),
    ("CLP", "CLP"),
    ("COP", "COP"),
];

/// Currency symbols written before the number, longest first (`US$` before `$`).
pub(super) const SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("NZ$", "NZD"),
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("S$", "SGD"),
    ("$", "USD"),
    ("₩", "KRW"),
    ("￦", "KRW"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("₹", "INR"),
];

/// English scale words after a number (`$6.6 billion`).
pub(super) const SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Suffixes money takes after its currency (besides particles): `원씩`, `원어치`, `원대`.
pub(super) const MONEY_SUFFIXES: &[&str] = &[
    "대",
    "씩",
    "가량",
    "정도",
    "어치",
    "짜리",
    "규모",
    "상당",
    "안팎",
    "남짓",
    "내외",
    "쯤",
    "여",
    "이상",
    "이하",
    "미만",
    "초과",
    "선",
    "수준",
    "가까이",
    "께",
    "뿐",
    "씩이",
    "대로",
];

/// `27달러 80센트`, `5 달러 25 센트`, `3파운드 20펜스`: the minor unit after the major one,
/// as a fraction of it, with its end.
pub(super) fn minor_after(text: &str, end: usize, code: &str) -> Option<(Decimal, usize)> {
    let minor: &[&str] = match code {
        "USD" => &["센트"],
        "EUR" => &["센트", "유로센트"],
        "GBP" => &["펜스", "페니"],
        _ => return None,
    };
    let q = end + usize::from(text.as_bytes().get(end) == Some(&b' '));
    let (v, e, n) = number::digit_run(text, q)?;
    if n > 2 || v > 99 {
        return None;
    }
    let e = e + usize::from(text.as_bytes().get(e) == Some(&b' '));
    let rest = text.get(e..)?;
    let word = minor.iter().find(|w| rest.starts_with(**w))?;
    let stop = e + word.len();
    money_tail_ok(text, stop).then_some((Decimal::new(i128::from(v), 2).normalized(), stop))
}

/// An English scale word after an optional space: its exponent and end.
pub(super) fn scale_word(text: &str, p: usize) -> Option<(u32, usize)> {
    let q = if text.as_bytes().get(p) == Some(&b' ') {
        p + 1
    } else {
        p
    };
    // The first letters of the scale words.
    if !matches!(text.as_bytes().get(q)? | 0x20, b't' | b'm' | b'b') {
        return None;
    }
    let rest = text.get(q..)?;
    SCALES.iter().find_map(|&(w, exp)| {
        let head = rest.get(..w.len())?;
        let end = q + w.len();
        (head.eq_ignore_ascii_case(w)
            && !text
                .as_bytes()
                .get(end)
                .is_some_and(u8::is_ascii_alphanumeric))
        .then_some((exp, end))
    })
}

/// A currency word or code at `p` (after an optional space), ending at a word boundary:
/// its code, scale, end and length (0 never: a currency is never empty).
pub(super) fn currency_after(text: &str, p: usize) -> Option<(&'static str, Scale, usize, usize)> {
    let rest = text.get(p..)?;
    let (rest, q) = match rest.strip_prefix(' ') {
        Some(r) => (r, p + 1),
        None => (rest, p),
    };
    // One look at the first character rules out almost every non-currency word.
    let first = rest.chars().next()?;
    // `500₩`, `250$`: a symbol right after the number.
    if q == p && matches!(first, '$' | '₩' | '￦' | '€' | '£' | '¥' | '￥' | '₹') {
        let end = p + first.len_utf8();
        let code = SYMBOLS.iter().find(|(sym, _)| sym.starts_with(first))?.1;
        let ok = !char_at(text, end).is_some_and(|c| c.is_ascii_alphanumeric())
            && money_tail_ok(text, end);
        return ok.then_some((code, Scale::One, end, first.len_utf8()));
    }
    if !first.is_ascii_uppercase() && !CURRENCY_FIRST.contains(first) {
        return None;
    }
    if !first.is_ascii_uppercase() {
        // The longest currency word at `q`, among those with its first syllable.
        let (code, scale, len) = suffixes_starting(first)
            .iter()
            .filter(|(word, _, _)| rest.starts_with(word))
            .max_by_key(|(word, _, _)| word.len())
            .map(|&(word, code, scale)| (code, scale, word.len()))?;
        let end = q + len;
        return money_tail_ok(text, end).then_some((code, scale, end, len));
    }
    for &(word, code) in CODES {
        if rest.starts_with(word) {
            let end = q + word.len();
            let next = char_at(text, end);
            if !next.is_some_and(|c| c.is_ascii_alphanumeric()) && money_tail_ok(text, end) {
                return Some((code, Scale::One, end, word.len()));
            }
        }
    }
    None
}

/// The [`SUFFIXES`] that begin with `c`.
pub(super) fn suffixes_starting(c: char) -> &'static [(&'static str, &'static str, Scale)] {
    // Sorted, so the words of one first syllable are one run.
    static SORTED: std::sync::LazyLock<Vec<(&str, &str, Scale)>> = std::sync::LazyLock::new(|| {
        let mut v = SUFFIXES.to_vec();
        v.sort_by_key(|s| s.0);
        v
    });
    let mut buf = [0u8; 4];
    let key = c.encode_utf8(&mut buf).as_bytes();
    let from = SORTED.partition_point(|s| s.0.as_bytes() < key);
    let len = SORTED[from..]
        .iter()
        .take_while(|s| s.0.as_bytes().starts_with(key))
        .count();
    &SORTED[from..from + len]
}

/// May money end at `end`? Yes at the end of a word, before a particle (`원을`) or a money
/// suffix (`원씩`, `원대의`); not inside a longer word (`백원우`, `3원칙`, `원전`).
pub(super) fn money_tail_ok(text: &str, end: usize) -> bool {
    let word = hangul_word(text, end);
    if word.is_empty() {
        return true;
    }
    particle_chain(word).is_some()
        || MONEY_SUFFIXES.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|r| r.is_empty() || particle_chain(r).is_some())
        })
}

/// The run of hangul syllables starting at `i`.
pub(super) fn hangul_word(text: &str, i: usize) -> &str {
    let Some(rest) = text.get(i..) else {
        return "";
    };
    let len = rest
        .char_indices()
        .find(|&(_, c)| !is_hangul(c))
        .map_or(rest.len(), |(k, _)| k);
    &rest[..len]
}

/// A currency symbol or code just before `s` (directly or after one space), with its start.
pub(super) fn currency_before(text: &str, s: usize) -> Option<(&'static str, usize)> {
    let head = text.get(..s)?;
    let last = head.strip_suffix(' ').unwrap_or(head).chars().next_back()?;
    if !(last.is_ascii_uppercase()
        || matches!(last, '$' | '₩' | '￦' | '€' | '£' | '¥' | '￥' | '₹'))
    {
        return None;
    }
    for spaced in [false, true] {
        let h = if spaced {
            match head.strip_suffix(' ') {
                Some(h) => h,
                None => continue,
            }
        } else {
            head
        };
        for &(sym, code) in SYMBOLS {
            if let Some(before) = h.strip_suffix(sym) {
                let alnum_before = before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric());
                if !alnum_before {
                    return Some((code, before.len()));
                }
            }
        }
        for &(word, code) in CODES {
            if let Some(before) = h.strip_suffix(word) {
                if !before
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric())
                {
                    return Some((code, before.len()));
                }
            }
        }
    }
    None
}
