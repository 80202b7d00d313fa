//! Amounts of money: a number (see [`super::number`]) with a currency, its qualifier and an
//! optional range.
//!
//! A number becomes an AMOUNT only with a currency (`66억 달러`, `$1,200`, `5000억원`), and
//! only when the currency word ends the word or is followed by a particle or one of the
//! suffixes money takes (`원씩`, `원어치`, `원대`): that is what keeps `백원우`, `3원칙` and
//! `원전` out. Conventions (`../shared/gold/README.md`):
//!
//! - `약`/`대략` before the number is part of the mention and makes it approximate;
//! - qualifiers after the currency (`이상`, `가량`, `넘는` …) set the qualifier but are not in
//!   the mention; `규모` is neither;
//! - a range (`3000억~5000억원`, `20~30억원`) gives the lower bound as `number` and the upper
//!   as `max`; `100억원대` is the half-open range [100억, 200억): `max` is the next step of
//!   the last significant digit (`250억원대` → 260억), and `대` is part of the mention;
//! - a parenthesized conversion (`66억 달러(약 9조2380억원)`) is a second amount;
//! - a minor unit after its major one is one amount (`27달러 80센트` = 27.80 USD,
//!   `3파운드 20펜스`); on its own it is a fraction of it (`350펜스` = 3.50 GBP);
//! - a bare 조/억/만 number is won where the context is money: a money word next to it
//!   (`2300억 투자`, `650억이 투입`, `매출 900억`, `3조 규모`), or another won amount in its
//!   sentence (`매출 1조2000억원, 영업이익 900억`) when no counter follows it
//!   (`3억 명`, `1000만 관객` stay out);
//! - currencies that name several countries' money (`페소`, `동`, `크로나`) count only
//!   with the country (`멕시코 페소`, `베트남 동`);
//! - a number that JSON cannot carry exactly through every reader (a whole number above
//!   `u64::MAX`, a fraction with more than 15 significant digits) is refused, not printed
//!   as something else: `serde_json::Value` holds integers only up to `u64` without the
//!   `arbitrary_precision` feature, and that feature, once in a build, changes `serde_json`
//!   for every crate in it (untagged enums and flattened structs stop reading numbers), so
//!   the library does not impose it. No amount in news comes near 1800경.

use super::number::{self, char_at, is_hangul, Cursor, Hit, Start, SyllableSet, NUMBER_FIRST};
use super::{Candidate, Label};
use crate::document::{AmountValue, Decimal, EntityType, Qualifier, Source};
use crate::text::segment::particle_chain;
use crate::text::Marks;

mod context;
mod currency;
mod qualifiers;

use context::*;
use currency::*;
use qualifiers::*;

/// An amount of money.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    /// The amount (the lower bound of a range), exact.
    pub(crate) number: Decimal,
    /// ISO 4217 code.
    pub(crate) currency: &'static str,
    /// How the text qualifies it.
    pub(crate) qualifier: Qualifier,
    /// The upper bound of a range.
    pub(crate) max: Option<Decimal>,
}

impl Amount {
    /// The JSON value of the contract.
    pub(crate) fn value(&self) -> AmountValue {
        AmountValue {
            number: self.number,
            currency: self.currency.to_string(),
            qualifier: self.qualifier,
            max: self.max,
        }
    }

    /// `"6600000000 USD"`: the number, then the ISO code.
    pub(crate) fn canonical(&self) -> String {
        format!("{} {}", self.number, self.currency)
    }
}

/// Finds every amount of money in `text` (normalized) and pushes it as a candidate.
#[cfg(test)]
pub(crate) fn recognize(text: &str, out: &mut Vec<Candidate>) {
    super::grammars::recognize(text, true, false, None, out);
}

/// The amount grammar's part of the shared scan ([`super::grammars`]): it reads an amount
/// at each start it takes, pushes it, and holds bare won numbers until the end.
pub(crate) struct AmountScan {
    /// Where this recognizer's candidates begin in the output.
    first: usize,
    /// Bare 조/억/만 numbers: won only beside another won amount of their sentence.
    bare: Vec<Candidate>,
    cursor: Cursor,
}

impl AmountScan {
    /// A scan whose candidates go after the `first` already in the output.
    pub(crate) fn new(first: usize) -> Self {
        AmountScan {
            first,
            bare: Vec::new(),
            cursor: Cursor::default(),
        }
    }

    /// Looks for an amount at a start of the shared scan.
    #[inline]
    pub(crate) fn hit(&mut self, text: &str, h: &Hit, out: &mut Vec<Candidate>) {
        if !self.cursor.takes(h) {
            return;
        }
        if let Start::Hangul(c) = h.start {
            if !NUMBER_FIRST.has_index(h.syllable) || !plausible_hangul_number(text, h.at, c) {
                return;
            }
        }
        let candidate = |start, end, amount| Candidate {
            start,
            end,
            kind: EntityType::Amount,
            label: Label::Amount(Box::new(amount)),
            source: Source::Amount,
        };
        let next = match amount_at(text, h.at) {
            Found::Amount(start, end, amount) => {
                out.push(candidate(start, end, amount));
                end
            }
            Found::Bare(start, end, amount) => {
                self.bare.push(candidate(start, end, amount));
                end
            }
            Found::Skip(end) => end,
        };
        self.cursor.consumed(h, next);
    }

    /// After the scan: `매출 1조2000억원, 영업이익 3000억`: a bare number is won beside
    /// another won amount of its sentence, unless a counter follows it (`관객 1000만 명`).
    pub(crate) fn finish(self, text: &str, out: &mut Vec<Candidate>) {
        let first = self.first;
        // The won amounts by start, so each sentence is looked up, not the whole list (a
        // bare number taken counts as won for the next).
        let mut won: std::collections::BTreeSet<(usize, usize)> = out[first..]
            .iter()
            .filter(|o| matches!(&o.label, Label::Amount(a) if a.currency == "KRW"))
            .map(|o| (o.start, o.end))
            .collect();
        let mut ends = None;
        for c in self.bare {
            let ends = ends.get_or_insert_with(|| SentenceEnds::of(text));
            let (from, to) = ends.around(text.len(), c.start, c.end);
            let won_near = won
                .range((from, 0)..)
                .take_while(|&&(s, _)| s <= to)
                .any(|&(_, e)| e <= to);
            if won_near && closes_phrase(text, c.end) && !counter_follows(text, c.end) {
                won.insert((c.start, c.end));
                out.push(c);
            }
        }
        out[first..].sort_by_key(|c| c.start);
    }
}

/// The line breaks and `. ` of a text: where its sentences end.
struct SentenceEnds {
    breaks: Marks,
    stops: Marks,
}

impl SentenceEnds {
    fn of(text: &str) -> Self {
        SentenceEnds {
            breaks: Marks::of(text, "\n"),
            stops: Marks::of(text, ". "),
        }
    }

    /// The sentence around `s..e`: from the previous line break or `. ` (wholly before `s`)
    /// to the next one at or after `e`.
    fn around(&self, len: usize, s: usize, e: usize) -> (usize, usize) {
        let from = [
            self.breaks.last_before(s).map(|k| k + 1),
            self.stops.last_before(s.saturating_sub(1)).map(|k| k + 2),
        ]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(0);
        let to = [self.breaks.first_from(e), self.stops.first_from(e)]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(len);
        (from, to)
    }
}

/// Is a hangul word starting with `c` at `i` worth parsing as a number? `십`/`백`/`천` may
/// stand alone (`천원`); a digit or `만` needs a numeral, a unit or `점` after it (`이만`,
/// `삼천`, `일점이`), so the common words `이번`, `사업`, `일본` cost one look.
fn plausible_hangul_number(text: &str, i: usize, c: char) -> bool {
    if matches!(c, '십' | '백' | '천') {
        return true;
    }
    number::starts_hangul_number(c)
        && char_at(text, i + c.len_utf8()).is_some_and(|n| {
            number::big_unit(n).is_some()
                || matches!(n, '십' | '백' | '천' | '점')
                || number::hangul_digit(n).is_some()
        })
}

/// The result of looking for an amount at a number start.
enum Found {
    /// An amount over `start..end`.
    Amount(usize, usize, Amount),
    /// A bare 조/억/만 number with no money word around it: won only if the sentence states
    /// another won amount.
    Bare(usize, usize, Amount),
    /// No amount; resume the scan here (past the number that was read, if any).
    Skip(usize),
}

/// A number with what follows it up to and including its currency.
#[derive(Debug, Clone, Copy)]
struct Money {
    value: Decimal,
    currency: Option<&'static str>,
    /// End of the currency if there is one, else end of the number.
    end: usize,
    /// End of the number alone.
    number_end: usize,
    unit_exp: u32,
    approx: bool,
}

/// Reads a number at `s`, an optional `여`, English scale word and currency.
fn money_at(text: &str, s: usize) -> Option<Money> {
    let n = number::parse(text, s)?;
    if n.hangul_only && n.end - s <= 3 {
        // `일원`, `이원화`, `구원`, `만원 관중`: a one-syllable hangul number is a word.
        let c = char_at(text, s)?;
        if !matches!(c, '십' | '백' | '천') {
            return None;
        }
    }
    let mut plain = Money {
        value: n.value,
        currency: None,
        end: n.end,
        number_end: n.end,
        unit_exp: n.unit_exp,
        approx: n.approx,
    };
    // `$6.6 billion`: the symbol is before the number, the scale after it.
    if n.unit_exp == 0 && !n.hangul_only {
        if let Some((exp, e)) = scale_word(text, n.end) {
            if let Some(v) = n.value.scaled_up(exp) {
                plain.value = v;
                plain.end = e;
                plain.number_end = e;
            }
        }
    }
    let mut candidates = [Some((n.value, n.end)), n.spaced_tail];
    // Prefer the spaced tail (`3만 5000원`) only when a currency follows it.
    candidates.reverse();
    for (value, end) in candidates.into_iter().flatten() {
        let mut p = end;
        let mut value = value;
        let mut approx = n.approx;
        if char_at(text, p) == Some('여') {
            if let Some((_, _, _, len)) = currency_after(text, p + 3) {
                if len > 0 {
                    approx = true;
                    p += 3;
                }
            }
        }
        if n.unit_exp == 0 && !n.hangul_only {
            if let Some((exp, e)) = scale_word(text, p) {
                if let Some(v) = value.scaled_up(exp) {
                    value = v;
                    p = e;
                }
            }
        }
        if let Some((code, scale, cend, _)) = currency_after(text, p) {
            if code == "USD" && text.get(p..cend).is_some_and(|w| w.trim_start() == "불") {
                // `3불 정책`: a bare 불 needs a real sum.
                let big = n.unit_exp > 0 || !number::less(value, Decimal::from_int(10));
                if !big {
                    continue;
                }
            }
            let value = match scale {
                Scale::One => value,
                Scale::Cent => {
                    Decimal::new(value.mantissa(), value.scale().checked_add(2)?).normalized()
                }
            };
            return Some(Money {
                value,
                currency: Some(code),
                end: cend,
                number_end: end,
                unit_exp: n.unit_exp,
                approx,
            });
        }
    }
    Some(plain)
}

/// Looks for an amount whose number starts at `s`.
fn amount_at(text: &str, s: usize) -> Found {
    // A plain number with no currency, scale word or range connector after it and no
    // currency before it is no amount (`26일`, `2024년`, `3명`, `10%`): what the full reading
    // below concludes, at the cost of a look at its neighbours.
    if let Some(e) = number::plain_decimal_end(text, s) {
        if currency_after(text, e).is_none()
            && scale_word(text, e).is_none()
            && connector_after(text, e).is_none()
            && currency_before(text, s).is_none()
        {
            return Found::Skip(e);
        }
    }
    let Some(first) = money_at(text, s) else {
        return Found::Skip(s);
    };
    let mut start = s;
    let mut prefix_currency = None;
    if text.as_bytes().get(s).is_some_and(u8::is_ascii_digit) {
        if let Some((code, at)) = currency_before(text, s) {
            prefix_currency = Some(code);
            start = at;
        }
    }
    let mut qualifier = Qualifier::Exact;
    if let Some(at) = approx_before(text, start) {
        qualifier = Qualifier::Approx;
        start = at;
    }
    if first.approx {
        qualifier = Qualifier::Approx;
    }
    let mut number = first.value;
    let mut currency = first.currency.or(prefix_currency);
    let mut end = first.end;
    let mut max = None;

    // A range: `3000억~5000억원`, `20~30억원`, `25000원 - 30000원`, `$100~200`.
    if let Some(q) = connector_after(text, end) {
        if let Some(second) = money_at(text, q) {
            let cur2 = second.currency.or(currency);
            let compatible = match (first.currency.or(prefix_currency), second.currency) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            if compatible
                && cur2.is_some()
                && (second.currency.is_some() || first.currency.is_none())
            {
                let mut low = first.value;
                if first.unit_exp == 0 && second.unit_exp > 0 && first.currency.is_none() {
                    match low.scaled_up(second.unit_exp) {
                        Some(v) => low = v,
                        None => return Found::Skip(first.end),
                    }
                }
                if !number::less(second.value, low) {
                    number = low;
                    max = Some(second.value);
                    currency = cur2;
                    end = second.end;
                    if second.approx {
                        qualifier = Qualifier::Approx;
                    }
                }
            }
        }
    }
    // `27달러 80센트`: one amount.
    if max.is_none() && first.currency.is_some() {
        if let Some((minor, e)) = currency.and_then(|c| minor_after(text, end, c)) {
            match number.checked_add(minor) {
                Some(n) => {
                    number = n;
                    end = e;
                }
                None => return Found::Skip(e),
            }
        }
    }
    // `2300억 투자`: a bare 조/억/만 number may be won; its glued tail must be what money
    // takes (`900억대`, `650억이`), not a counter (`3억명`).
    let bare = currency.is_none();
    let currency = match currency {
        Some(c) => c,
        None if first.unit_exp >= 4 && bare_won_shape(text, s, first.number_end, first.end) => {
            "KRW"
        }
        None => return Found::Skip(first.number_end),
    };
    // `100억원대`: the range of the last significant digit.
    if max.is_none() && char_at(text, end) == Some('대') {
        let after = hangul_word(text, end + 3);
        if after.is_empty() || particle_chain(after).is_some() {
            if let Some(m) = dae_max(number) {
                max = Some(m);
                end += 3;
            }
        }
    }
    if qualifier == Qualifier::Exact {
        if let Some(q) = qualifier_after(text, end) {
            qualifier = q;
        }
    }
    // Numbers JSON cannot carry exactly (beyond u64, or more than 15 significant digits
    // with a fraction) are refused rather than printed as something else.
    if !number.is_json_exact() || max.is_some_and(|m| !m.is_json_exact()) {
        return Found::Skip(end);
    }
    let amount = Amount {
        number,
        currency,
        qualifier,
        max,
    };
    if bare && (counter_follows(text, end) || !money_context(text, start, first, end)) {
        return Found::Bare(start, end, amount);
    }
    Found::Amount(start, end, amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every amount in `text`, as `mention => number CUR qualifier [max M]`.
    fn amounts(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        recognize(text, &mut out);
        out.iter()
            .map(|c| {
                let Label::Amount(a) = &c.label else {
                    return format!("{}: not an amount", &text[c.start..c.end]);
                };
                let q = serde_json::to_value(a.qualifier).unwrap_or_default();
                let mut s = format!(
                    "{} => {} {}",
                    &text[c.start..c.end],
                    a.canonical(),
                    q.as_str().unwrap_or("?")
                );
                if let Some(m) = a.max {
                    s.push_str(&format!(" max {m}"));
                }
                s
            })
            .collect()
    }

    #[test]
    fn amount_cases() {
        let n = crate::recognize::number::run_cases(
            "tests/cases/amounts.tsv",
            include_str!("../../../tests/cases/amounts.tsv"),
            |text, _| amounts(text),
        );
        assert!(n >= 100, "only {n} amount cases");
    }

    #[test]
    fn value_and_canonical() {
        let a = Amount {
            number: Decimal::from_int(6_600_000_000),
            currency: "USD",
            qualifier: Qualifier::Exact,
            max: None,
        };
        assert_eq!(a.canonical(), "6600000000 USD");
        assert_eq!(
            serde_json::to_string(&a.value()).unwrap_or_default(),
            r#"{"number":6600000000,"currency":"USD","qualifier":"exact"}"#
        );
    }

    /// The first-syllable filter lets every currency word through.
    #[test]
    fn currency_first_syllables_cover_every_suffix() {
        for (word, _, _) in SUFFIXES {
            let c = word.chars().next().unwrap_or(' ');
            assert!(CURRENCY_FIRST.contains(c), "{word}");
        }
    }

    #[test]
    fn dae_ranges_step_the_last_significant_digit() {
        let d = |s: &str| Decimal::parse(s).unwrap_or(Decimal::from_int(-1));
        assert_eq!(dae_max(d("10000000000")), Some(d("20000000000")));
        assert_eq!(dae_max(d("25000000000")), Some(d("26000000000")));
        assert_eq!(dae_max(d("1.5")), Some(d("1.6")));
        assert_eq!(dae_max(d("0")), None);
    }
}
