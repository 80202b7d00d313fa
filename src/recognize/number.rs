//! The Korean number layer shared by the amount and date recognizers.
//!
//! Korean news writes one number many ways: digits with commas (`1,200`), decimals (`3.5조`),
//! myriad units composed from large to small (`1조6000억`, `3억5천만`, `1조 6,000억`), hangul
//! numerals (`삼천오백`, `일점이삼`) and mixes (`3만5천`, `8천800`). Everything here is exact:
//! values are [`Decimal`]s built with checked arithmetic, never floats, and every function
//! returns `None` instead of panicking on odd input.
//!
//! The scan itself ([`for_each_start`]) is a byte loop that only stops at ASCII digits and
//! at hangul syllables that begin a word and can begin what a recognizer reads (a
//! [`SyllableSet`]), so recognizers pay for parsing only where a number or a date word can
//! start. The amount and date grammars share it, each with its own [`Cursor`].

use crate::document::Decimal;
use crate::text::skip_syllables;

/// A number read from the text, with what the amount recognizer needs to judge it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Number {
    /// The exact value.
    pub(crate) value: Decimal,
    /// Byte offset just past the number.
    pub(crate) end: usize,
    /// The exponent of the smallest myriad unit used (`만` 4, `억` 8, `조` 12, `경` 16), 0 if
    /// none: a range `20~30억원` gives its bare first number the unit of the second.
    pub(crate) unit_exp: u32,
    /// Written only in hangul numerals (`삼천`), so a one-syllable "number" (`일`, `이`)
    /// is a word, not a number.
    pub(crate) hangul_only: bool,
    /// `100여억`: the `여` between a coefficient and its unit makes it approximate.
    pub(crate) approx: bool,
    /// `3만 5000원`: a unit-less group after a space, followed by a hangul word. Whether it
    /// belongs to the number depends on that word (a currency: yes; `1억 2024년`: no), so
    /// the value with it and its end are offered, not taken.
    pub(crate) spaced_tail: Option<(Decimal, usize)>,
}

/// The value of a hangul digit syllable.
#[inline]
pub(crate) fn hangul_digit(c: char) -> Option<u8> {
    Some(match c {
        '영' | '공' => 0,
        '일' => 1,
        '이' => 2,
        '삼' => 3,
        '사' => 4,
        '오' => 5,
        '육' | '륙' => 6,
        '칠' => 7,
        '팔' => 8,
        '구' => 9,
        _ => return None,
    })
}

/// The exponent of a unit below 만: `십` 1, `백` 2, `천` 3.
#[inline]
fn small_unit(c: char) -> Option<u32> {
    match c {
        '십' => Some(1),
        '백' => Some(2),
        '천' => Some(3),
        _ => None,
    }
}

/// The exponent of a myriad unit: `만` 4, `억` 8, `조` 12, `경` 16.
#[inline]
pub(crate) fn big_unit(c: char) -> Option<u32> {
    match c {
        '만' => Some(4),
        '억' => Some(8),
        '조' => Some(12),
        '경' => Some(16),
        _ => None,
    }
}

/// Can a number written in hangul start with this syllable? (`공` only after `점`.)
#[inline]
pub(crate) fn starts_hangul_number(c: char) -> bool {
    (c != '공' && hangul_digit(c).is_some()) || small_unit(c).is_some() || c == '만'
}

/// The character at byte `i`, if `i` is a char boundary inside `text`.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character just before byte `i`, if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Is `c` a precomposed hangul syllable?
#[inline]
pub(crate) fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// A run of ASCII digits at `i`: its value (saturating above `u64`), end and length.
///
/// Dates use it directly: a date never needs commas, units or hangul numerals.
pub(crate) fn digit_run(text: &str, i: usize) -> Option<(u64, usize, usize)> {
    let bytes = text.as_bytes();
    let mut j = i;
    let mut v: u64 = 0;
    while let Some(&b) = bytes.get(j) {
        if !b.is_ascii_digit() {
            break;
        }
        v = v.saturating_mul(10).saturating_add(u64::from(b - b'0'));
        j += 1;
    }
    (j > i).then_some((v, j, j - i))
}

/// Where digits with optional thousands commas and an optional decimal fraction at `i` end
/// (`1,200`, `3.5`, `1,234.56`); a comma must be followed by exactly three digits. `None`
/// for no digit, and for dotted runs (`2024.11.26` is a date, `1.2.3` a version: neither
/// is a decimal number).
fn decimal_end(text: &str, i: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let digit_at = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_digit);
    let mut j = i;
    while let Some(&b) = bytes.get(j) {
        let thousands = b == b','
            && j > i
            && bytes
                .get(j + 1..j + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !digit_at(j + 4);
        if !b.is_ascii_digit() && !thousands {
            break;
        }
        j += 1;
    }
    if j == i {
        return None;
    }
    if bytes.get(j) == Some(&b'.') && digit_at(j + 1) {
        j += 1;
        while digit_at(j) {
            j += 1;
        }
        if bytes.get(j) == Some(&b'.') && digit_at(j + 1) {
            return None;
        }
    }
    Some(j)
}

/// Digits with optional thousands commas and an optional decimal fraction at `i`
/// ([`decimal_end`]): the exact value and the end.
fn ascii_decimal(text: &str, i: usize) -> Option<(Decimal, usize)> {
    let end = decimal_end(text, i)?;
    let mut mantissa: i128 = 0;
    let mut scale = 0u32;
    let mut fraction = false;
    for &b in text.as_bytes().get(i..end)? {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa
                    .checked_mul(10)?
                    .checked_add(i128::from(b - b'0'))?;
                scale += u32::from(fraction);
            }
            b'.' => fraction = true,
            _ => {}
        }
    }
    Some((Decimal::new(mantissa, scale).normalized(), end))
}

/// Where the number at `i` ends when [`parse`] reads it as a plain decimal with no unit
/// (`26` in `26일`, `1,200`, `3.5`): no small or myriad unit and no `여` after it. `None`
/// for anything else, and for runs too long to be sure they fit (`parse` reads those).
///
/// Most numbers in news are no money (`26일`, `2024년`, `10%`); this lets the amount grammar
/// pass them over with a look at what follows instead of a full reading.
pub(crate) fn plain_decimal_end(text: &str, i: usize) -> Option<usize> {
    let end = decimal_end(text, i)?;
    if end - i > 30 {
        return None;
    }
    match char_at(text, end) {
        Some(c) if small_unit(c).is_some() || big_unit(c).is_some() || c == '여' => None,
        _ => Some(end),
    }
}

/// A hangul digit at `i`, optionally with a fraction after `점` (`일점이삼` = 1.23).
fn hangul_coefficient(text: &str, i: usize) -> Option<(Decimal, usize)> {
    let c = char_at(text, i)?;
    let d = hangul_digit(c)?;
    let mut j = i + c.len_utf8();
    let mut mantissa = i128::from(d);
    let mut scale = 0u32;
    if char_at(text, j) == Some('점') {
        let mut k = j + '점'.len_utf8();
        let mut frac = 0u32;
        while let Some(d) = char_at(text, k).and_then(hangul_digit) {
            mantissa = mantissa.checked_mul(10)?.checked_add(i128::from(d))?;
            frac += 1;
            k += 3;
        }
        if frac > 0 {
            scale = frac;
            j = k;
        }
    }
    Some((Decimal::new(mantissa, scale).normalized(), j))
}

/// A group below 만 (`3천`, `삼천오백`, `8천800`, `1,200`, `3.5`) at `i`: its value, end,
/// and whether it used only hangul.
fn small_group(text: &str, i: usize) -> Option<(Decimal, usize, bool)> {
    let mut value = Decimal::from_int(0);
    let mut pos = i;
    let mut last_unit = 4u32;
    let mut hangul_only = true;
    let mut any = false;
    loop {
        let coef = match text.as_bytes().get(pos) {
            Some(b) if b.is_ascii_digit() => {
                let (d, end) = ascii_decimal(text, pos)?;
                Some((d, end, false))
            }
            _ => hangul_coefficient(text, pos).map(|(d, end)| (d, end, true)),
        };
        let after = coef.map_or(pos, |(_, end, _)| end);
        match char_at(text, after).and_then(small_unit) {
            Some(u) if u < last_unit => {
                let k = coef.map_or(Decimal::from_int(1), |(d, _, _)| d);
                value = add(value, k.scaled_up(u)?)?;
                hangul_only &= coef.is_none_or(|(_, _, h)| h);
                last_unit = u;
                pos = after + 3;
                any = true;
                // `3천 2백`, `천 6백`, `3천 456원`: a smaller part after one space goes on.
                if text.as_bytes().get(pos) == Some(&b' ') && spaced_part_follows(text, pos + 1, u)
                {
                    pos += 1;
                }
            }
            _ => {
                if let Some((d, end, h)) = coef {
                    value = add(value, d)?;
                    hangul_only &= h;
                    pos = end;
                    any = true;
                }
                break;
            }
        }
    }
    any.then_some((value, pos, hangul_only))
}

/// After a part with the small unit of exponent `unit` and a space: does a smaller part
/// start at `i`? Either a coefficient with a smaller small unit (`2백`, `오백`), or a
/// unit-less run of digits below `10^unit` that a word or a myriad unit follows (`456원`,
/// `500만`), so `3천 5000원` and `2천 2024년` stay apart.
fn spaced_part_follows(text: &str, i: usize, unit: u32) -> bool {
    let bytes = text.as_bytes();
    let (after, digits) = match bytes.get(i) {
        Some(b) if b.is_ascii_digit() => match digit_run(text, i) {
            Some((_, e, n)) => (e, Some(n)),
            None => return false,
        },
        _ => match hangul_coefficient(text, i) {
            Some((_, e)) => (e, None),
            None => return false,
        },
    };
    match char_at(text, after) {
        Some(c) if small_unit(c).is_some() => small_unit(c).is_some_and(|u| u < unit),
        Some(c) => {
            digits.is_some_and(|n| n <= unit as usize)
                && (big_unit(c).is_some() || (is_hangul(c) && !starts_hangul_number(c)))
        }
        None => false,
    }
}

/// Reads a number at byte `start` (which the caller found at a word start).
///
/// Myriad groups compose from large to small, optionally separated by one space when the
/// next group carries a smaller unit (`1조 6,000억`), and a last unit-less group may follow
/// a space when a hangul word (the currency) is glued to it (`3만 5000원`).
pub(crate) fn parse(text: &str, start: usize) -> Option<Number> {
    let mut total = Decimal::from_int(0);
    let mut pos = start;
    let mut prev_big = u32::MAX;
    let mut hangul_only = true;
    let mut approx = false;
    let mut end = start;
    let mut any = false;
    let mut tail = None;
    loop {
        let Some((g, gend, gh)) = small_group(text, pos) else {
            // A bare leading unit: `만오천` is 15000, `만원` is 10000.
            if !any {
                if let Some(u) = char_at(text, pos).and_then(big_unit) {
                    if u == 4 {
                        total = Decimal::from_int(10_000);
                        prev_big = 4;
                        pos += 3;
                        end = pos;
                        any = true;
                        if starts_number(text, pos) {
                            continue;
                        }
                    }
                }
            }
            break;
        };
        let mut p = gend;
        let mut yeo = false;
        if char_at(text, p) == Some('여') {
            // `2800여만`, and with a space before the unit: `2800여 만 원`, `1400여 억 원`.
            let unit_at = |i: usize| {
                char_at(text, i)
                    .and_then(big_unit)
                    .is_some_and(|u| u < prev_big)
            };
            if unit_at(p + 3) {
                yeo = true;
                p += 3;
            } else if text.as_bytes().get(p + 3) == Some(&b' ') && unit_at(p + 4) {
                yeo = true;
                p += 4;
            }
        }
        match char_at(text, p).and_then(big_unit) {
            Some(u) if u < prev_big => {
                total = add(total, g.scaled_up(u)?)?;
                hangul_only &= gh;
                approx |= yeo;
                prev_big = u;
                pos = p + 3;
                end = pos;
                any = true;
                if starts_number(text, pos) {
                    continue;
                }
                if text.as_bytes().get(pos) == Some(&b' ') && starts_number(text, pos + 1) {
                    if let Some((g2, g2end, g2h)) = small_group(text, pos + 1) {
                        // `45억 3천만`, `45억 3천여만`: the next group carries a smaller unit.
                        let unit_at = |i: usize| {
                            char_at(text, i)
                                .and_then(big_unit)
                                .is_some_and(|u2| u2 < prev_big)
                        };
                        let unit_next = unit_at(g2end)
                            || (char_at(text, g2end) == Some('여') && unit_at(g2end + 3));
                        if unit_next {
                            pos += 1;
                            continue;
                        }
                        // A word follows, glued (`5000원`) or after one space (`5000 원`).
                        let word_at = |i: usize| {
                            char_at(text, i)
                                .is_some_and(|c| is_hangul(c) && !starts_hangul_number(c))
                        };
                        let glued = word_at(g2end)
                            || (text.as_bytes().get(g2end) == Some(&b' ') && word_at(g2end + 1));
                        let small = Decimal::from_int(1)
                            .scaled_up(prev_big)
                            .is_some_and(|lim| less(g2, lim));
                        if glued && small && !g2h {
                            tail = Some((add(total, g2)?, g2end));
                        }
                    }
                }
                break;
            }
            _ => {
                if any && !less(g, Decimal::from_int(1).scaled_up(prev_big)?) {
                    break;
                }
                // `650억이 투입`: one hangul syllable after a digit-written unit is a particle.
                if any && gh && !hangul_only && gend - pos <= 3 {
                    break;
                }
                total = add(total, g)?;
                hangul_only &= gh;
                end = gend;
                any = true;
                break;
            }
        }
    }
    if !any {
        return None;
    }
    Some(Number {
        value: total,
        end,
        unit_exp: if prev_big == u32::MAX { 0 } else { prev_big },
        hangul_only,
        approx,
        spaced_tail: tail,
    })
}

/// `a + b`, exactly (`None` on overflow). Most numbers are one group, added to nothing:
/// that sum is the group itself, without the 128-bit arithmetic of [`Decimal::checked_add`].
#[inline]
fn add(a: Decimal, b: Decimal) -> Option<Decimal> {
    if a == Decimal::from_int(0) {
        Some(b.normalized())
    } else {
        a.checked_add(b)
    }
}

/// `a < b`, exactly (`false` if the comparison would overflow).
pub(crate) fn less(a: Decimal, b: Decimal) -> bool {
    let s = a.scale().max(b.scale());
    let scale = |d: Decimal| {
        10i128
            .checked_pow(s - d.scale())
            .and_then(|f| d.mantissa().checked_mul(f))
    };
    match (scale(a), scale(b)) {
        (Some(x), Some(y)) => x < y,
        _ => false,
    }
}

/// Does a number (digit, or hangul numeral) start at `i`?
#[inline]
fn starts_number(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii_digit() => true,
        Some(&b) if b >= 0x80 => char_at(text, i).is_some_and(|c| {
            (c != '공' && c != '영' && hangul_digit(c).is_some()) || small_unit(c).is_some()
        }),
        _ => false,
    }
}

/// What kind of place a scan stopped at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    /// An ASCII digit not inside a Latin word or another number (`5G`, `2024.11`).
    Digit,
    /// A hangul syllable that begins a word.
    Hangul(char),
}

/// The number of precomposed hangul syllables (U+AC00..=U+D7A3).
pub(crate) const SYLLABLES: usize = 0xD7A4 - 0xAC00;

/// A set of hangul syllables, built at compile time from a list: one bit test tells whether
/// a word's first syllable can begin what a recognizer reads, so the scan does not call it
/// for the bulk of the words.
#[derive(Debug, Clone, Copy)]
pub(crate) struct SyllableSet([u64; SYLLABLES.div_ceil(64)]);

impl SyllableSet {
    /// The set of the hangul syllables in `chars` (anything else is left out).
    pub(crate) const fn of(chars: &[char]) -> SyllableSet {
        let mut bits = [0u64; SYLLABLES.div_ceil(64)];
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k] as usize;
            if c >= 0xAC00 && c < 0xAC00 + SYLLABLES {
                let i = c - 0xAC00;
                bits[i / 64] |= 1 << (i % 64);
            }
            k += 1;
        }
        SyllableSet(bits)
    }

    /// Both sets together.
    pub(crate) const fn union(self, other: SyllableSet) -> SyllableSet {
        let mut bits = self.0;
        let mut k = 0;
        while k < bits.len() {
            bits[k] |= other.0[k];
            k += 1;
        }
        SyllableSet(bits)
    }

    /// Does the set hold the syllable of index `i` (U+AC00 is 0)?
    #[inline(always)]
    pub(crate) fn has_index(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
    }

    /// Does the set hold `c`?
    #[inline]
    pub(crate) fn contains(&self, c: char) -> bool {
        (c as usize)
            .checked_sub(0xAC00)
            .is_some_and(|i| i < SYLLABLES && self.has_index(i))
    }
}

/// The syllables a number written in hangul can start with ([`starts_hangul_number`]).
pub(crate) const NUMBER_FIRST: SyllableSet = SyllableSet::of(&[
    '영', '일', '이', '삼', '사', '오', '육', '륙', '칠', '팔', '구', '십', '백', '천', '만',
]);

/// A place a scan reports: where a number or a date word may start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Byte offset of the start.
    pub(crate) at: usize,
    pub(crate) start: Start,
    /// For a hangul start: the index of its first syllable (U+AC00 is 0).
    pub(crate) syllable: usize,
    /// Right after a `.`, `,` or `:` that follows a digit (`3.5`, `2024.11`): inside a number
    /// for a recognizer reading on, but a start for one whose last reading ended just there
    /// (see [`Cursor`]).
    pub(crate) after_digit_sep: bool,
}

/// What the previous character was, for word-start decisions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    Boundary,
    Hangul,
    Latin,
    Digit,
    /// A `.`, `,` or `:` right after a digit: the next digit continues that number.
    DigitSep,
}

/// Calls `f` at every place a number or a date word may start, in order: each ASCII digit
/// that is not inside a Latin word or another number, and each hangul syllable that begins
/// a word and is in `first` (the syllables some recognizer of the pass can start with).
///
/// This is the one pass over the text that the amount and date grammars share: a byte loop
/// that decodes nothing and skips the rest of each hangul word three bytes at a time. Each
/// recognizer keeps its own [`Cursor`], so what one of them consumed does not hide starts
/// from the other.
pub(crate) fn for_each_start(text: &str, first: &SyllableSet, mut f: impl FnMut(Hit)) {
    let b = text.as_bytes();
    let mut i = 0;
    let mut prev = Prev::Boundary;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_digit() {
                if matches!(prev, Prev::Boundary | Prev::Hangul | Prev::DigitSep) {
                    f(Hit {
                        at: i,
                        start: Start::Digit,
                        syllable: 0,
                        after_digit_sep: prev == Prev::DigitSep,
                    });
                }
                prev = Prev::Digit;
            } else if c.is_ascii_alphabetic() {
                prev = Prev::Latin;
            } else if matches!(c, b'.' | b',' | b':') && prev == Prev::Digit {
                prev = Prev::DigitSep;
            } else {
                prev = Prev::Boundary;
            }
            i += 1;
            continue;
        }
        // A hangul word: its syllables in one run, read from their bytes undecoded.
        let rest = &b[i..];
        let word = rest.len() - skip_syllables(rest).len();
        if let [b0, b1, b2, ..] = *rest {
            if word > 0 {
                if matches!(prev, Prev::Boundary | Prev::DigitSep) {
                    let k = ((usize::from(b0 & 0x0F) << 12)
                        | (usize::from(b1 & 0x3F) << 6)
                        | usize::from(b2 & 0x3F))
                        - 0xAC00;
                    if first.has_index(k) {
                        let ch = char::from_u32(0xAC00 + k as u32).unwrap_or('\u{AC00}');
                        f(Hit {
                            at: i,
                            start: Start::Hangul(ch),
                            syllable: k,
                            after_digit_sep: prev == Prev::DigitSep,
                        });
                    }
                }
                prev = Prev::Hangul;
                i += word;
                continue;
            }
        }
        let len = match c {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        prev = Prev::Boundary;
        i += len;
    }
}

/// One recognizer's place in a shared scan. A recognizer that read a phrase resumes after
/// it, as if the scan had started again there: hits inside the phrase are not its starts,
/// and the place right after it is one even behind a digit's `.` (`2024.11.26.추석`).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Cursor {
    resume: usize,
}

impl Cursor {
    /// Is the hit a start for this recognizer?
    #[inline]
    pub(crate) fn takes(&self, h: &Hit) -> bool {
        if h.at > self.resume {
            !h.after_digit_sep
        } else {
            h.at == self.resume
        }
    }

    /// The recognizer, started at the hit, read up to `next` (nothing past its first
    /// character means nothing was consumed).
    #[inline]
    pub(crate) fn consumed(&mut self, h: &Hit, next: usize) {
        let len = match h.start {
            Start::Digit => 1,
            Start::Hangul(_) => 3,
        };
        if next > h.at + len {
            self.resume = next;
        }
    }
}

/// The one runner of the table-driven cases in `tests/cases/*.tsv`.
///
/// Columns: name, text (`\n` for a line break), reference date (`-` for none), expected (`-` for nothing, else the
/// findings joined by ` | `). Every failing case is listed with its name, text, expected and
/// found before the test fails.
#[cfg(test)]
pub(crate) fn run_cases(
    file: &str,
    table: &str,
    find: impl Fn(&str, Option<chrono::NaiveDate>) -> Vec<String>,
) -> usize {
    let mut failures = Vec::new();
    let mut names = std::collections::HashSet::new();
    let mut count = 0;
    for (line_no, line) in table.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            4,
            "{file}:{}: expected 4 columns: {line}",
            line_no + 1
        );
        let (name, text, reference, expected) = (cols[0], cols[1], cols[2], cols[3]);
        assert!(names.insert(name), "{file}: duplicate case name {name}");
        let reference = (reference != "-").then(|| {
            chrono::NaiveDate::parse_from_str(reference, "%Y-%m-%d")
                .unwrap_or_else(|_| panic!("{file}: bad reference date in {name}"))
        });
        let expected: Vec<String> = if expected == "-" {
            Vec::new()
        } else {
            expected.split(" | ").map(str::to_string).collect()
        };
        // `\n` in a case stands for a line break (paragraphs, captions).
        let text = &text.replace("\\n", "\n");
        let found = find(text, reference);
        count += 1;
        if found != expected {
            failures.push(format!(
                "{file}: case {name}\n  text:     {text}\n  expected: {}\n  found:    {}",
                expected.join(" | "),
                found.join(" | ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    count
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn num(s: &str) -> Option<(String, usize)> {
        parse(s, 0).map(|n| (n.value.to_string(), n.end))
    }

    #[test]
    fn parses_korean_numbers() {
        let cases: &[(&str, &str, &str)] = &[
            ("1,200", "1200", "1,200"),
            ("3.5조", "3500000000000", "3.5조"),
            ("1.23달러", "1.23", "1.23"),
            ("1조6000억", "1600000000000", "1조6000억"),
            ("9조2380억원", "9238000000000", "9조2380억"),
            ("3억5천만", "350000000", "3억5천만"),
            ("44억8천800만", "4488000000", "44억8천800만"),
            ("삼천오백", "3500", "삼천오백"),
            ("이만칠천", "27000", "이만칠천"),
            ("일점이삼", "1.23", "일점이삼"),
            ("3만5천", "35000", "3만5천"),
            ("2천", "2000", "2천"),
            ("1조 6,000억원", "1600000000000", "1조 6,000억"),
            ("3만 5000원", "30000", "3만"),
            ("3만 5000 명", "30000", "3만"),
            ("66억 달러", "6600000000", "66억"),
            ("만오천", "15000", "만오천"),
            ("100여억원", "10000000000", "100여억"),
            ("2천5백", "2500", "2천5백"),
            ("십억", "1000000000", "십억"),
            ("1억 2024년", "100000000", "1억"),
            ("3천 2백만 달러", "32000000", "3천 2백만"),
            ("45억 3천여만원", "4530000000", "45억 3천여만"),
            ("5억 1천 3백만", "513000000", "5억 1천 3백만"),
            ("천 6백만원", "16000000", "천 6백만"),
            ("삼천 오백만원", "35000000", "삼천 오백만"),
            ("3천 5000원", "3000", "3천"),
            ("2천 2024년", "2000", "2천"),
            ("650억이 투입", "65000000000", "650억"),
            ("3억이천만", "320000000", "3억이천만"),
        ];
        for &(text, value, span) in cases {
            assert_eq!(num(text), Some((value.to_string(), span.len())), "{text}");
        }
        assert!(parse("100여억", 0).unwrap().approx);
        assert!(parse("45억 3천여만원", 0).unwrap().approx);
        let t = parse("2만 3천 456원", 0).unwrap().spaced_tail.unwrap();
        assert_eq!((t.0.to_int(), t.1), (Some(23456), "2만 3천 456".len()));
        let t = parse("3만 5000원", 0).unwrap().spaced_tail.unwrap();
        assert_eq!((t.0.to_int(), t.1), (Some(35000), "3만 5000".len()));
        assert!(parse("3만 5000 원", 0).unwrap().spaced_tail.is_some());
        assert_eq!(parse("3만 5000", 0).unwrap().spaced_tail, None);
        assert_eq!(parse("3만 5000.", 0).unwrap().spaced_tail, None);
        assert_eq!(parse("조사", 0), None);
        assert_eq!(parse("억울", 0), None);
        assert_eq!(parse("세금", 0), None);
        assert_eq!(parse("", 0), None);
        assert_eq!(parse("2024.11.26", 0), None);
        assert_eq!(num("99999999999999999999999999999999999999999999"), None);
    }

    /// Every syllable: the scan reports every word start.
    const ALL: SyllableSet = SyllableSet([u64::MAX; SYLLABLES.div_ceil(64)]);

    /// The starts a recognizer sees that takes every hit and consumes nothing.
    fn starts(t: &str, first: &SyllableSet) -> Vec<String> {
        let mut found = Vec::new();
        let cursor = Cursor::default();
        for_each_start(t, first, |h| {
            if cursor.takes(&h) {
                found.push(t[h.at..].chars().next().unwrap().to_string());
            }
        });
        found
    }

    #[test]
    fn starts_skip_words_and_inner_digits() {
        let t = "5G 회선 A380 2024.11 값 1조 이만 3만5천";
        assert_eq!(starts(t, &ALL), ["5", "회", "2", "값", "1", "이", "3", "5"]);
        // Only the syllables asked for.
        assert_eq!(starts(t, &NUMBER_FIRST), ["5", "2", "1", "이", "3", "5"]);
    }

    #[test]
    fn a_cursor_resumes_after_what_it_read() {
        // Reading `2024.11.26.` to its end makes the word glued after it a start, as it is
        // for a scan started there; another recognizer reading on sees inside the number.
        let t = "2024.11.26.추석 3.5";
        let mut mine = Vec::new();
        let mut other = Vec::new();
        let mut cursor = Cursor::default();
        let plain = Cursor::default();
        for_each_start(t, &ALL, |h| {
            if plain.takes(&h) {
                other.push(h.at);
            }
            if cursor.takes(&h) {
                mine.push(h.at);
                if h.at == 0 {
                    cursor.consumed(&h, "2024.11.26.".len());
                }
            }
        });
        let chuseok = t.find('추').unwrap();
        assert_eq!(mine, [0, chuseok, t.find("3.5").unwrap()]);
        assert_eq!(other, [0, t.find("3.5").unwrap()]);
    }

    #[test]
    fn syllable_sets() {
        for k in 0..SYLLABLES {
            let c = char::from_u32(0xAC00 + k as u32).unwrap();
            assert_eq!(NUMBER_FIRST.contains(c), starts_hangul_number(c), "{c}");
            assert!(skip_syllables(format!("{c}{c}a").as_bytes()) == b"a", "{c}");
            let mut hits = Vec::new();
            for_each_start(&format!("·{c}"), &ALL, |h| {
                hits.push((h.syllable, h.start))
            });
            assert_eq!(hits, [(k, Start::Hangul(c))], "{c}");
        }
        for c in [
            'a', '·', 'ㄱ', '\u{ABFF}', '\u{D7A4}', '\u{D7B0}', '\u{A960}', '中', '\u{E000}',
        ] {
            assert_eq!(
                skip_syllables(c.to_string().as_bytes()).len(),
                c.len_utf8(),
                "{c}"
            );
            assert!(!ALL.contains(c));
        }
        let set = SyllableSet::of(&['가']).union(SyllableSet::of(&['힣']));
        assert!(set.contains('가') && set.contains('힣') && !set.contains('각'));
    }

    /// `n` in mixed notation: digits per 만-group with their units (`1조6000억`).
    fn mixed(n: u64) -> String {
        if n == 0 {
            return "0".into();
        }
        let units = ["", "만", "억", "조", "경"];
        let mut out = String::new();
        let mut groups = Vec::new();
        let mut m = n;
        while m > 0 {
            groups.push(m % 10_000);
            m /= 10_000;
        }
        for (k, &g) in groups.iter().enumerate().rev() {
            if g > 0 {
                out.push_str(&g.to_string());
                out.push_str(units[k]);
            }
        }
        out
    }

    /// `n` in hangul numerals (`일조육천억`), 1 before 십/백/천 left out as usual.
    fn hangul(n: u64) -> String {
        if n == 0 {
            return "영".into();
        }
        let digits = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
        let small = ["", "십", "백", "천"];
        let units = ["", "만", "억", "조", "경"];
        let mut groups = Vec::new();
        let mut m = n;
        while m > 0 {
            groups.push(m % 10_000);
            m /= 10_000;
        }
        let mut out = String::new();
        for (k, &g) in groups.iter().enumerate().rev() {
            if g == 0 {
                continue;
            }
            for p in (0..4).rev() {
                let d = (g / 10u64.pow(p)) % 10;
                if d == 0 {
                    continue;
                }
                if d > 1 || p == 0 {
                    out.push_str(digits[d as usize]);
                }
                out.push_str(small[p as usize]);
            }
            out.push_str(units[k]);
        }
        out
    }

    proptest! {
        #[test]
        fn mixed_notation_round_trips(n in 0u64..10_000_000_000_000_000) {
            let s = mixed(n);
            let parsed = parse(&s, 0).map(|p| (p.value.to_int(), p.end));
            prop_assert_eq!(parsed, Some((Some(i128::from(n)), s.len())), "{}", s);
        }

        #[test]
        fn hangul_numerals_round_trip(n in 0u64..10_000_000_000_000_000) {
            let s = hangul(n);
            let parsed = parse(&s, 0).map(|p| (p.value.to_int(), p.end));
            prop_assert_eq!(parsed, Some((Some(i128::from(n)), s.len())), "{}", s);
        }

        #[test]
        fn never_panics(s in "\\PC{0,40}") {
            for i in 0..=s.len() {
                let _ = parse(&s, i);
            }
            let mut cursor = Cursor::default();
            for_each_start(&s, &ALL, |h| {
                if cursor.takes(&h) {
                    cursor.consumed(&h, h.at + 4);
                }
            });
        }
    }
}
