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

/// How a currency word scales the number: cents are hundredths of a dollar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scale {
    One,
    Cent,
}

/// Currency words written after the number, with their ISO code. Longest match wins, so
/// `달러화` beats `달러`, `루피아` beats `루피` and `호주달러` beats `달러`.
const SUFFIXES: &[(&str, &str, Scale)] = &[
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
const CURRENCY_FIRST_CHARS: &[char] = &[
    '미', '홍', '호', '캐', '싱', '대', '뉴', '달', '원', '엔', '유', '위', '파', '루', '스', '프',
    '바', '링', '헤', '리', '디', '불', '센', '펜', '페', '중', '영', '인', '러', '터', '튀', '이',
    '독', '마', '태', '네', '길', '휠', '코', '콜', '조', '라', '킵', '말', '브', '멕', '필', '아',
    '칠', '베', '남', '랜', '노', '덴', '체', '폴', '즐', '헝', '포', '사',
];

/// [`CURRENCY_FIRST_CHARS`] as a set: one bit test per word.
const CURRENCY_FIRST: SyllableSet = SyllableSet::of(CURRENCY_FIRST_CHARS);

/// ISO codes accepted before or after a number (`USD 100`, `100 EUR`).
const CODES: &[(&str, &str)] = &[
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
const SYMBOLS: &[(&str, &str)] = &[
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
const SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
];

/// Suffixes money takes after its currency (besides particles): `원씩`, `원어치`, `원대`.
const MONEY_SUFFIXES: &[&str] = &[
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

/// Qualifier words after the amount (attached, after a space, or after 이/가/을/를).
const AFTER_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("이상", Qualifier::AtLeast),
    ("이하", Qualifier::AtMost),
    ("미만", Qualifier::LessThan),
    ("초과", Qualifier::MoreThan),
    ("넘는", Qualifier::MoreThan),
    ("넘게", Qualifier::MoreThan),
    ("넘은", Qualifier::MoreThan),
    ("웃도는", Qualifier::MoreThan),
    ("가량", Qualifier::Approx),
    ("정도", Qualifier::Approx),
    ("안팎", Qualifier::Approx),
    ("남짓", Qualifier::Approx),
    ("내외", Qualifier::Approx),
    ("쯤", Qualifier::Approx),
    ("여", Qualifier::Approx),
];

/// Range connectors between two amounts.
const CONNECTORS: &[&str] = &["~", "∼", "〜", "-", "–", "—"];

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
            label: Label::Amount(amount),
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

/// Words that count things other than money (`3억 명`, `1000만 관객`, `5만 대`).
const COUNTERS: &[&str] = &[
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
fn counter_follows(text: &str, end: usize) -> bool {
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
fn closes_phrase(text: &str, end: usize) -> bool {
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
const NOT_MONEY_BEFORE: &[&str] = &["법", "법률", "령", "규칙", "조례", "약관", "헌법"];

/// Words that make a bare 조/억/만 number an amount of won when they stand next to it
/// (`2300억 투자`, `650억이 투입`, `매출 900억`, `3조 규모`, `2500억이 들어갈`).
const MONEY_WORDS: &[&str] = &[
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
fn word_before(text: &str, s: usize) -> &str {
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
fn bare_won_shape(text: &str, s: usize, number_end: usize, end: usize) -> bool {
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
fn money_context(text: &str, s: usize, first: Money, end: usize) -> bool {
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

/// `27달러 80센트`, `5 달러 25 센트`, `3파운드 20펜스`: the minor unit after the major one,
/// as a fraction of it, with its end.
fn minor_after(text: &str, end: usize, code: &str) -> Option<(Decimal, usize)> {
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

/// An English scale word after an optional space: its exponent and end.
fn scale_word(text: &str, p: usize) -> Option<(u32, usize)> {
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
fn currency_after(text: &str, p: usize) -> Option<(&'static str, Scale, usize, usize)> {
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
fn suffixes_starting(c: char) -> &'static [(&'static str, &'static str, Scale)] {
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
fn money_tail_ok(text: &str, end: usize) -> bool {
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
fn hangul_word(text: &str, i: usize) -> &str {
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
fn currency_before(text: &str, s: usize) -> Option<(&'static str, usize)> {
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

/// `약 ` or `대략 ` (a whole word) just before `s`: where it starts.
fn approx_before(text: &str, s: usize) -> Option<usize> {
    let head = text.get(..s)?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    for w in ["대략", "약"] {
        if let Some(before) = head.strip_suffix(w) {
            let c = before.chars().next_back();
            if !c.is_some_and(|c| is_hangul(c) || c.is_alphanumeric()) {
                return Some(before.len());
            }
        }
    }
    None
}

/// A range connector after `p` (spaces allowed around it): where the next number starts.
fn connector_after(text: &str, p: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let at = p + usize::from(bytes.get(p) == Some(&b' '));
    // The first bytes of the connectors.
    if !matches!(bytes.get(at)?, b'~' | b'-' | 0xE2 | 0xE3) {
        return None;
    }
    let rest = text.get(p..)?;
    let trimmed = rest.strip_prefix(' ').unwrap_or(rest);
    let skipped = rest.len() - trimmed.len();
    for c in CONNECTORS {
        if let Some(after) = trimmed.strip_prefix(c) {
            let after_trim = after.strip_prefix(' ').unwrap_or(after);
            let q = p + skipped + c.len() + (after.len() - after_trim.len());
            let starts = match after_trim.as_bytes().first() {
                Some(b) if b.is_ascii_digit() => true,
                _ => after_trim
                    .chars()
                    .next()
                    .is_some_and(number::starts_hangul_number),
            };
            return starts.then_some(q);
        }
    }
    None
}

/// A qualifier stated after the amount ending at `end`.
fn qualifier_after(text: &str, end: usize) -> Option<Qualifier> {
    let rest = text.get(end..)?;
    let mut options = [Some(rest), rest.strip_prefix(' '), None, None];
    for (k, p) in ["이", "가", "을", "를"].iter().enumerate() {
        if let Some(r) = rest.strip_prefix(p) {
            options[2 + k.min(1)] = Some(r.strip_prefix(' ').unwrap_or(r));
        }
    }
    options.into_iter().flatten().find_map(|r| {
        AFTER_QUALIFIERS
            .iter()
            .find(|(w, _)| r.starts_with(w))
            .map(|&(_, q)| q)
    })
}

/// The exclusive upper bound of `N대`: `N` plus one step of its last significant digit
/// (`100억` → `200억`, `250억` → `260억`, `1조5000억` → `1조6000억`).
fn dae_max(n: Decimal) -> Option<Decimal> {
    let n = n.normalized();
    let mut m = n.mantissa();
    if m <= 0 {
        return None;
    }
    let mut exp = 0u32;
    while m % 10 == 0 {
        m /= 10;
        exp += 1;
    }
    let step = Decimal::new(10i128.checked_pow(exp)?, n.scale());
    n.checked_add(step)
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
            include_str!("../../tests/cases/amounts.tsv"),
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
