//! The phrase grammar: reading one date phrase at a word start, without resolving it.
//!
//! A phrase is a sequence of optional parts, each after at most one space: a year
//! (`2015년`, `'23년`, `지난해`, `이천이십년`), then a month (`6월`, `지난 4월`, `다음 달`,
//! `오월`) or a half or quarter (`상반기`, `1분기`, `이번 분기`) or a week (`지난주`,
//! `둘째 주`), then a weekday (`화요일`, `마지막 금요일`) or a day (`26일`, `어제`,
//! `이튿날`, `마지막 날`, `추석`), then a time (`오후 3시`). Offsets (`나흘 전`,
//! `1년 3개월 10일 전`, `내일로부터 3일 뒤`) and numeric forms (`2024.11.26.`, `23.05.17`,
//! `14-08-2019`, `3/17`) are read by their own rules. Each rule is a small function over the
//! text that returns the part and its end, so a new form is one more function or one more
//! word in a table. This module holds the phrase types and the order of the parts; each part
//! is read in its own module (`years`, `months`, `days`, `times`, `offsets`, `numeric`).

use chrono::Weekday;

use super::calendar::Holiday;
use crate::document::Grain;
use crate::recognize::number::{self, char_at, char_before, is_hangul, SyllableSet};
use crate::text::segment::particle_chain;

/// The marks between the two ends of a range of years (`2004.~2005.`, `’10~’19`).
const RANGE_DASHES: [char; 3] = ['~', '∼', '～'];

mod days;
mod months;
mod numeric;
mod offsets;
mod times;
mod years;

use days::*;
use months::*;
use numeric::*;
use offsets::*;
use times::*;
use years::*;

/// The year part of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// `2015년`
    Abs(i32),
    /// `지난해` -1, `올해` 0, `내년` +1: from the reference year.
    Rel(i32),
    /// `이듬해` +1: from the year of the last date the text stated.
    Anchor(i32),
}

/// The month part of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MonthSpec {
    /// `6월`: in the year given, else near the reference date.
    Abs(u32),
    /// `지난 4월`: the latest such month before the reference.
    Past(u32),
    /// `오는 3월`: the next such month after the reference.
    Next(u32),
    /// `지난달` -1, `이달` 0, `다음 달` +1.
    Rel(i32),
}

/// Which occurrence a relative word asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lean {
    /// No word: the tense of the sentence decides.
    Bare,
    /// `지난`, `저번`: the latest one before the reference date.
    Past,
    /// `이번`: the one of the reference week (weekdays) or year (holidays).
    This,
    /// `오는`, `다음`, `돌아오는`: the first one after the reference date.
    Next,
}

/// The day part of a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DaySpec {
    /// `26일`
    Abs(u32),
    /// `지난 26일`
    Past(u32),
    /// `오는 15일`
    Next(u32),
    /// `오늘` 0, `어제` -1, `모레` +2: from the reference date.
    Rel(i64),
    /// `이날` 0, `전날` -1, `이튿날` +1: from the last day the text stated.
    Anchor(i64),
    /// `마지막 날`, `말일`: the month's last day.
    MonthEnd,
    /// `추석`, `광복절`, `지난 설날`.
    Holiday(Holiday, Lean),
}

/// A half or quarter of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Period {
    Half(u32),
    Quarter(u32),
    /// `지난 분기` -1, `이번 분기` 0, `다음 분기` +1.
    QuarterRel(i32),
}

/// A week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WeekSpec {
    /// `지난주` -1, `이번 주` 0, `다음 주` +1: from the reference week.
    Rel(i64),
    /// `그 다음 주` +1, `같은 주` 0: from the week of the last day stated.
    Anchor(i64),
    /// `둘째 주`: the nth week of the month (the first holds the 1st).
    OfMonth(u8),
    /// `마지막 주`: the week holding the month's last day.
    LastOfMonth,
}

/// A weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum WeekdaySpec {
    /// `월요일`, `지난 월요일`, `오는 금요일`; in a week when the phrase has one.
    Lean(Weekday, Lean),
    /// `둘째 목요일`, `두 번째 화요일`, `둘째 주 목요일`: the nth in the month.
    Nth(Weekday, u8),
    /// `마지막 금요일`: the last in the month.
    Last(Weekday),
}

/// `1년 3개월 10일 전`, `나흘 후`: signed amounts of each unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Offset {
    pub(super) years: i64,
    pub(super) months: i64,
    pub(super) weeks: i64,
    pub(super) days: i64,
}

impl Offset {
    /// The grain of the smallest unit written.
    fn grain(&self) -> Grain {
        if self.days != 0 {
            Grain::Day
        } else if self.weeks != 0 {
            Grain::Week
        } else if self.months != 0 {
            Grain::Month
        } else {
            Grain::Year
        }
    }
}

/// A time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Time {
    /// 0–24; 24 only at 00:00 (`밤 12시`: the midnight that ends the day).
    pub(super) hour: u32,
    pub(super) minute: u32,
    pub(super) second: u32,
    pub(super) grain: Grain,
}

/// A recognized date phrase, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(super) struct Phrase {
    pub(super) year: Option<YearSpec>,
    pub(super) month: Option<MonthSpec>,
    pub(super) period: Option<Period>,
    pub(super) week: Option<WeekSpec>,
    pub(super) weekday: Option<WeekdaySpec>,
    pub(super) day: Option<DaySpec>,
    /// Applied after the rest (or to the reference date when there is no rest).
    pub(super) offset: Option<Offset>,
    pub(super) time: Option<Time>,
    /// Written with separators (`2024.11.26.`): a candidate caption date.
    pub(super) numeric: bool,
    /// Bytes before the start that belong to the mention (the `'` of `'23년`).
    pub(super) lead: usize,
}

impl Phrase {
    fn is_empty(&self) -> bool {
        self.year.is_none()
            && self.month.is_none()
            && self.period.is_none()
            && self.week.is_none()
            && self.weekday.is_none()
            && self.day.is_none()
            && self.offset.is_none()
            && self.time.is_none()
    }

    /// The phrase without its offset: the base the offset counts from.
    pub(super) fn base(&self) -> Phrase {
        Phrase {
            offset: None,
            ..*self
        }
    }

    /// The precision of the phrase.
    pub(super) fn grain(&self) -> Grain {
        if let Some(t) = self.time {
            return t.grain;
        }
        if let Some(o) = self.offset {
            let base = self.base();
            return if !base.is_empty() && base.is_day() {
                Grain::Day
            } else {
                o.grain()
            };
        }
        if self.weekday.is_some() || self.day.is_some() {
            return Grain::Day;
        }
        if self.week.is_some() {
            return Grain::Week;
        }
        if self.month.is_some() {
            Grain::Month
        } else if let Some(p) = self.period {
            match p {
                Period::Half(_) => Grain::Half,
                Period::Quarter(_) | Period::QuarterRel(_) => Grain::Quarter,
            }
        } else {
            Grain::Year
        }
    }

    /// Does the phrase resolve without a reference date?
    pub(super) fn is_absolute(&self) -> bool {
        matches!(self.year, Some(YearSpec::Abs(_)))
            && matches!(self.month, None | Some(MonthSpec::Abs(_)))
            && matches!(
                self.day,
                None | Some(DaySpec::Abs(_) | DaySpec::MonthEnd | DaySpec::Holiday(_, Lean::Bare))
            )
            && !(matches!(self.day, Some(DaySpec::Abs(_) | DaySpec::MonthEnd))
                && self.month.is_none())
            && !matches!(self.period, Some(Period::QuarterRel(_)))
            && matches!(
                self.week,
                None | Some(WeekSpec::OfMonth(_) | WeekSpec::LastOfMonth)
            )
            && matches!(
                self.weekday,
                None | Some(WeekdaySpec::Nth(..) | WeekdaySpec::Last(_))
            )
            && (self.week.is_none() && self.weekday.is_none() || self.month.is_some())
    }

    /// Does it name one day (or a time of one day)?
    pub(super) fn is_day(&self) -> bool {
        matches!(
            self.grain(),
            Grain::Day | Grain::Hour | Grain::Minute | Grain::Second
        )
    }

    /// Does it name a full date with year, month and day written out?
    pub(super) fn is_full_date(&self) -> bool {
        self.is_absolute() && matches!(self.day, Some(DaySpec::Abs(_))) && self.month.is_some()
    }
}

/// The first syllables of the date words [`starts_date_word`] knows: the shared scan asks
/// it only at words that begin with one of them.
pub(crate) const DATE_FIRST: SyllableSet = SyllableSet::of(&[
    '밤', '낮', '올', '오', '어', '그', '내', '모', '이', '당', '전', '다', '지', '저', '작', '재',
    '금', '연', '상', '하', '새', '아', '정', '자', '차', '익', '명', '후', '글', '월', '화', '목',
    '토', '수', '일', '말', '돌', '같', '신', '삼', '스', '근', '노', '현', '제', '광', '국', '개',
    '한', '크', '성', '식', '설', '섣', '추', '대', '부', '석', '단', '밸', '발', '사', '나', '닷',
    '엿', '열', '보', '두', '세', '네', '여', '유', '칠', '팔', '구', '시', '십', '천',
]);

/// Does a date word start at `i` (first syllable `c`)? One `match` on the first syllable,
/// then on the second, so ordinary words (`이번 협약`, `지사`, `수요`) cost next to nothing;
/// the phrase parser checks the whole word. Where a common word shares the first two
/// syllables (`수요`, `부처`, `지지`, `같은`), the whole date word is checked here.
#[inline]
pub(super) fn starts_date_word(text: &str, i: usize, c: char) -> bool {
    if !DATE_FIRST.contains(c) {
        return false;
    }
    let after = i + c.len_utf8();
    let Some(n) = char_at(text, after) else {
        return matches!(c, '밤' | '낮' | '올');
    };
    let whole = |words: &[&str]| {
        let rest = text.get(i..).unwrap_or("");
        words.iter().any(|w| rest.starts_with(w))
    };
    // `그 다음 주`, `한 달 전`, `두 해 뒤`, `설 연휴`: the word after the space decides.
    let third = || char_at(text, after + 1);
    match c {
        '밤' | '낮' | '올' => true,
        '오' => matches!(n, '늘' | '는' | '전' | '후' | '월'),
        '어' => n == '제' || n == '버' || (n == '린' && whole(&["어린이날"])),
        '그' => match n {
            '저' | '제' | '끄' | '날' | '다' | '해' => true,
            '로' => whole(&["그로부터 "]),
            ' ' => matches!(third(), Some('다' | '해')),
            _ => false,
        },
        '내' => matches!(n, '일' | '년' | '후' | '달' | '주'),
        '모' => n == '레',
        '이' => matches!(
            n,
            '날' | '달' | '번' | '튿' | '듬' | '틀' | '레' | '천' | '월'
        ),
        '당' => n == '일',
        '전' => matches!(n, '날' | '일'),
        '다' => matches!(n, '음' | '다' | '섯'),
        '지' => n == '난' || (n == '지' && whole(&["지지난"])),
        '저' => matches!(n, '번' | '녁'),
        '작' => matches!(n, '년' | '일'),
        '재' => n == '작',
        '금' => matches!(n, '년' | '월' | '주' | '일' | '요'),
        '연' => matches!(n, '내' | '초' | '말'),
        '상' => n == '반',
        '하' => matches!(n, '반' | '루'),
        '새' => n == '벽',
        '아' => matches!(n, '침' | '홉' | '흐'),
        '정' => matches!(n, '오' | '월'),
        '자' => n == '정',
        '차' => n == '주',
        '익' => matches!(n, '월' | '일' | '년'),
        '명' => matches!(n, '년' | '일'),
        '후' => n == '년',
        '글' => n == '피',
        '월' => matches!(n, '요' | '말' | '초'),
        '화' | '목' | '토' => n == '요',
        '수' => n == '요' && whole(&["수요일"]),
        '일' => matches!(n, '요' | '주' | '곱' | '월' | '사'),
        '말' => n == '일',
        '돌' => n == '아' && whole(&["돌아오는 "]),
        '같' => n == '은' && whole(&["같은 날", "같은날", "같은 해", "같은해"]),
        '신' => n == '정',
        '삼' => matches!(n, '일' | '월' | '사'),
        '스' => n == '승',
        '근' => n == '로' && whole(&["근로자의"]),
        '노' => n == '동' && whole(&["노동절"]),
        '현' => n == '충',
        '제' => n == '헌',
        '광' => n == '복' && whole(&["광복절"]),
        '국' => n == '군',
        '개' => n == '천',
        '한' => match n {
            '글' | '가' | '달' => true,
            ' ' => matches!(third(), Some('달' | '해' | '주' | '번')),
            _ => false,
        },
        '크' => n == '리',
        '성' => n == '탄',
        '식' => n == '목',
        '설' => match n {
            '날' | '연' => true,
            ' ' => matches!(third(), Some('연' | '명' | '당')),
            _ => false,
        },
        '섣' => n == '달',
        '추' => n == '석',
        '대' => n == '보',
        '부' => n == '처' && whole(&["부처님"]),
        '석' => n == '가',
        '단' => n == '오',
        '밸' => n == '런',
        '발' => n == '렌',
        '사' => matches!(n, '흘' | '흗' | '월' | '사'),
        '나' => n == '흘',
        '닷' | '엿' => n == '새',
        '열' => n == '흘' || (n == ' ' && matches!(third(), Some('달' | '해' | '주' | '번'))),
        '보' => n == '름',
        '두' | '세' | '네' => match n {
            '달' | '번' => true,
            ' ' => matches!(third(), Some('달' | '해' | '주' | '번')),
            _ => false,
        },
        '여' => matches!(n, '섯' | '덟' | '드'),
        '유' | '칠' | '팔' | '구' | '시' => n == '월',
        '십' => matches!(n, '월' | '일' | '이'),
        '천' => n == '구',
        _ => false,
    }
}

/// Is the digit run at `i` followed by what a date needs (a separator, a range connector or
/// a date unit: `년 월 일 주 개 달 분 시 번 사`)? Counts (`1954명`), ranks (`1위`) stop here.
#[inline]
pub(super) fn digits_before_date_unit(text: &str, i: usize) -> bool {
    let Some((_, e, n)) = number::digit_run(text, i) else {
        return false;
    };
    // `’10~’19`: the second year of a range, after its apostrophe.
    if n == 2 && matches!(char_before(text, i), Some('\'' | '’')) && in_year_range(text, i, e) {
        return true;
    }
    match text.as_bytes().get(e) {
        Some(b'.' | b'-' | b'/' | b':' | b'~') => true,
        Some(&b) if b >= 0x80 => char_at(text, e).is_some_and(|c| {
            matches!(
                c,
                '년' | '월'
                    | '일'
                    | '주'
                    | '개'
                    | '달'
                    | '분'
                    | '시'
                    | '번'
                    | '사'
                    | '∼'
                    | '〜'
                    | '–'
                    | '·'
            )
        }),
        _ => false,
    }
}

/// `s` at `i`: the end.
#[inline]
fn lit(text: &str, i: usize, s: &str) -> Option<usize> {
    text.get(i..)?.starts_with(s).then_some(i + s.len())
}

/// The first of `words` at `i`, with its value and end.
///
/// The first two bytes are compared inline before the whole word (for a hangul syllable
/// they narrow 11,172 syllables to 64), so the scan's many failed lookups cost no call.
#[inline]
fn one_of<T: Copy>(text: &str, i: usize, words: &[(&str, T)]) -> Option<(T, usize)> {
    let rest = text.get(i..)?;
    let (&b0, &b1) = (rest.as_bytes().first()?, rest.as_bytes().get(1)?);
    words
        .iter()
        .find(|(w, _)| {
            let wb = w.as_bytes();
            wb.first() == Some(&b0) && wb.get(1) == Some(&b1) && rest.starts_with(w)
        })
        .map(|&(w, v)| (v, i + w.len()))
}

/// One optional space.
#[inline]
fn sp(text: &str, i: usize) -> usize {
    if text.as_bytes().get(i) == Some(&b' ') {
        i + 1
    } else {
        i
    }
}

/// Digits (at most `max_digits`) followed by `unit`: the value and end.
fn num_unit(text: &str, i: usize, max_digits: usize, unit: &str) -> Option<(u64, usize)> {
    let (v, e, n) = number::digit_run(text, i)?;
    if n > max_digits {
        return None;
    }
    Some((v, lit(text, e, unit)?))
}

/// A number written in hangul numerals (`이천이십`, `오`, `십이`) followed by `unit`.
fn hangul_num_unit(text: &str, i: usize, unit: &str) -> Option<(u64, usize)> {
    let c = char_at(text, i)?;
    if !number::starts_hangul_number(c) {
        return None;
    }
    // What follows the first syllable: more of the number (after `천`, a space: `천 오백`),
    // or the unit. `이번`, `이날` and `오늘` stop here.
    let next = char_at(text, i + c.len_utf8())?;
    if !(number::NUMBER_FIRST.contains(next)
        || matches!(next, '공' | '억' | '조' | '경' | '점' | '여' | ' ')
        || unit.starts_with(next))
    {
        return None;
    }
    let n = number::parse(text, i)?;
    if !n.hangul_only || n.approx {
        return None;
    }
    let v = u64::try_from(n.value.to_int()?).ok()?;
    Some((v, lit(text, n.end, unit)?))
}

/// A date phrase at `s`: the phrase, its end, and where the second half of a range
/// (`4~6일`) starts.
pub(super) fn phrase_at(text: &str, s: usize) -> Option<(Phrase, usize, Option<usize>)> {
    let digit = text.as_bytes().get(s).is_some_and(u8::is_ascii_digit);
    if digit {
        if let Some((ph, end)) = numeric_date(text, s) {
            return Some((ph, end, None));
        }
        if let Some(r) = range_first(text, s) {
            return Some(r);
        }
    }
    if let Some((offset, end)) = offset_at(text, s) {
        let ph = Phrase {
            offset: Some(offset),
            ..Phrase::default()
        };
        return Some((ph, end, None));
    }
    // `그로부터 사흘 뒤`: from the last day stated.
    if let Some(q) = lit(text, s, "그로부터 ") {
        let (offset, end) = offset_at(text, q)?;
        let ph = Phrase {
            day: Some(DaySpec::Anchor(0)),
            offset: Some(offset),
            ..Phrase::default()
        };
        return Some((ph, end, None));
    }
    let (mut ph, mut pos, range_next, closed) = parts_at(text, s)?;
    if range_next.is_some() {
        return Some((ph, pos, range_next));
    }
    // `내일로부터 3일 뒤`: an offset from the date just read.
    for from in ["로부터 ", "부터 "] {
        if let Some(q) = lit(text, pos, from) {
            if let Some((offset, end)) = offset_at(text, q) {
                ph.offset = Some(offset);
                return Some((ph, end, None));
            }
        }
    }
    // `다음 달 초`, `3월 말`, `올해 말`: the part of the period belongs to the mention.
    if ph.day.is_none() && ph.time.is_none() && ph.week.is_none() && ph.weekday.is_none() && !closed
    {
        let q = sp(text, pos);
        const PARTS: &[(&str, ())] = &[
            ("중순", ()),
            ("상순", ()),
            ("하순", ()),
            ("초", ()),
            ("말", ()),
        ];
        if let Some(((), end)) = one_of(text, q, PARTS) {
            if date_tail_ok(text, end) {
                pos = end;
            }
        }
    }
    if !date_tail_ok(text, pos) || is_duration_after(text, pos, &ph) {
        return None;
    }
    Some((ph, pos, None))
}

/// The parts of a phrase in their order: year, month (or period, or week), week of month,
/// weekday or day, time. Returns the phrase, its end, the start of a range's second half,
/// and whether a closed year word (`연말`) ended it.
fn parts_at(text: &str, s: usize) -> Option<(Phrase, usize, Option<usize>, bool)> {
    let mut ph = Phrase::default();
    let mut pos = s;
    let mut closed = false;
    if let Some((y, end, kind, lead)) = year_at(text, pos) {
        ph.year = Some(y);
        ph.lead = lead;
        pos = end;
        match kind {
            YearKind::Closed => closed = true,
            YearKind::NeedsMore => {
                // `올` alone is not a date (`올 상반기`, `올 3월`, `98년 3월` are).
                let q = sp(text, pos);
                if month_at(text, q).is_none()
                    && period_at(text, q).is_none()
                    && holiday_at(text, q).is_none()
                {
                    return None;
                }
            }
            YearKind::Plain => {}
        }
    }
    let next = |ph: &Phrase, pos: usize| if ph.is_empty() { pos } else { sp(text, pos) };
    let mut range_next = None;
    if closed {
        return Some((ph, pos, None, true));
    }
    let q = next(&ph, pos);
    if let Some((m, end)) = month_at(text, q) {
        // `징역 6년~17년 6월`: the months of a term whose years were not a date.
        let head = text.get(..q).unwrap_or("");
        let after_years = head
            .strip_suffix("년 ")
            .and_then(|h| h.chars().next_back())
            .is_some_and(|c| c.is_ascii_digit());
        if ph.year.is_none() && after_years {
            return None;
        }
        // `징역 6월`, `금고 8월을 선고`: a term of months, not a month.
        if ph.year.is_none() && is_term_before(head) {
            return None;
        }
        ph.month = Some(m);
        pos = end;
    } else if let Some((p, end)) = period_at(text, q) {
        ph.period = Some(p);
        pos = end;
    } else if ph.year.is_none() {
        if let Some((w, end)) = week_at(text, q) {
            ph.week = Some(w);
            pos = end;
        }
    }
    if ph.period.is_none() && ph.week.is_none() && ph.month.is_some() {
        // `둘째 주`, `마지막 주` (of the month written, else the reference month).
        let q = next(&ph, pos);
        if let Some((w, end)) = week_of_month_at(text, q) {
            ph.week = Some(w);
            pos = end;
        }
    }
    if ph.period.is_none() {
        let q = next(&ph, pos);
        if let Some((wd, end)) = weekday_at(text, q, ph.week, ph.month.is_some()) {
            ph.weekday = Some(wd);
            pos = end;
        } else if ph.week.is_none() {
            if let Some((d, end, next)) = day_at(text, q, &ph) {
                if ph.month.is_some() || ph.year.is_none() || matches!(d, DaySpec::Holiday(..)) {
                    ph.day = Some(d);
                    pos = end;
                    range_next = next;
                }
            }
        }
    }
    if range_next.is_some() {
        return Some((ph, pos, range_next, false));
    }
    if matches!(
        ph.day,
        Some(DaySpec::Abs(_) | DaySpec::Past(_) | DaySpec::Next(_))
    ) {
        // `26일(화)`, `10월 1일 화요일`: the weekday confirms the day; it is read, not used.
        pos = weekday_note(text, pos).unwrap_or(pos);
    }
    let date_before = !ph.is_empty();
    let q = next(&ph, pos);
    if let Some((t, end)) = time_at(text, q, date_before) {
        ph.time = Some(t);
        pos = end;
    }
    if ph.is_empty() {
        return None;
    }
    Some((ph, pos, None, false))
}

/// How a year word combines with what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearKind {
    /// `2015년`, `지난해`: may stand alone or take a month.
    Plain,
    /// `올`, `98년`: needs a month, period or holiday after it.
    NeedsMore,
    /// `연내`, `연말`: the whole phrase.
    Closed,
}

/// Suffixes a date word takes besides particles (`26일자`, `5월께`, `1분기 중`).
const DATE_SUFFIXES: &[&str] = &[
    "께", "경", "쯤", "자", "중", "내", "말", "초", "부로", "이후", "이전", "전후", "인",
    // `26일기준`, `오전 8시기준으로` (the date a count stands at, glued); `1951년생`
    "기준", "생",
];

/// May a date end at `end`? At the end of a word, before a particle or a date suffix; not
/// inside a longer word (`3년간`, `30일째`, `1990년대`, `오늘날`, `3월호`).
pub(super) fn date_tail_ok(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let len = rest
        .char_indices()
        .find(|&(_, c)| !is_hangul(c))
        .map_or(rest.len(), |(k, _)| k);
    let word = &rest[..len];
    if word.is_empty() {
        // `5G`, `3월A`: a Latin letter or digit glued to the date makes it something else.
        return !rest
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    }
    if ["만에", "만이", "만의", "만인", "동안", "간"]
        .iter()
        .any(|d| word.starts_with(d))
    {
        return false;
    }
    particle_chain(word).is_some()
        || DATE_SUFFIXES.iter().any(|s| {
            word.strip_prefix(s)
                .is_some_and(|r| r.is_empty() || particle_chain(r).is_some())
        })
}

/// `8년 만에`, `3일 동안`, `1일 평균`: a number of years or days followed by a duration
/// word is a duration (or a rate), not a date.
fn is_duration_after(text: &str, end: usize, ph: &Phrase) -> bool {
    let numeric_last = ph.time.is_none()
        && (matches!(ph.day, Some(DaySpec::Abs(_) | DaySpec::Past(_)))
            || (ph.day.is_none()
                && ph.month.is_none()
                && matches!(ph.year, Some(YearSpec::Abs(_)))));
    if !numeric_last || text.as_bytes().get(end) != Some(&b' ') {
        return false;
    }
    let rest = text.get(end + 1..).unwrap_or("");
    ["만에", "만이", "만의", "만인", "동안", "평균"]
        .iter()
        .any(|w| rest.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every holiday and offset word gets past the first-syllable filters of the scan.
    #[test]
    fn every_word_passes_the_start_filters() {
        for (w, h) in HOLIDAYS {
            let c = w.chars().next().unwrap_or(' ');
            let starts = if c.is_ascii_digit() {
                digits_before_date_unit(w, 0)
            } else {
                starts_date_word(w, 0, c)
            };
            assert!(starts, "{w}");
            assert_eq!(
                holiday_at(w, 0),
                Some((DaySpec::Holiday(*h, Lean::Bare), w.len())),
                "{w}"
            );
        }
        for (w, _) in DAY_WORDS {
            let c = w.chars().next().unwrap_or(' ');
            assert!(starts_date_word(w, 0, c), "{w}");
        }
        for w in ["한 달", "두 해", "세 주", "열 달", "다섯 달", "일주일"] {
            let c = w.chars().next().unwrap_or(' ');
            assert!(starts_date_word(w, 0, c), "{w}");
        }
    }
}
