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
//! word in a table.

use chrono::Weekday;

use super::calendar::Holiday;
use crate::document::Grain;
use crate::recognize::number::{self, char_at, char_before, is_hangul, SyllableSet};
use crate::text::segment::particle_chain;

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
            '저' | '제' | '끄' | '날' | '다' => true,
            '로' => whole(&["그로부터 "]),
            ' ' => third() == Some('다'),
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
        '같' => n == '은' && whole(&["같은 날", "같은날"]),
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
    let Some((_, e, _)) = number::digit_run(text, i) else {
        return false;
    };
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

/// Does `head` (the text before a number) end with the word of a sentence's term (`징역 `,
/// `금고`, `자격정지`)? What follows is a length of time (`징역 6월`, `징역 2년`), not a date.
fn is_term_before(head: &str) -> bool {
    let head = head.trim_end();
    ["징역", "금고", "자격정지"]
        .iter()
        .any(|w| head.ends_with(w))
}

/// A two-digit year: 50–99 are the 1900s, 00–49 the 2000s.
fn century(yy: u64) -> i32 {
    let yy = yy as i32;
    if yy >= 50 {
        1900 + yy
    } else {
        2000 + yy
    }
}

/// A year at `i`: `2015년` (four digits), `'23년` (two, after an apostrophe), `98년`
/// (two, only before a month: `8년`, `24년` alone stay durations), `이천이십년`, or a
/// year word (`지난해`, `올해`, `이듬해`, `연내` …). Returns the year, its end, how it
/// combines, and the bytes before `i` that belong to it.
fn year_at(text: &str, i: usize) -> Option<(YearSpec, usize, YearKind, usize)> {
    if let Some((v, e, n)) = number::digit_run(text, i) {
        let end = lit(text, e, "년")?;
        if n == 4 {
            let v = i32::try_from(v).ok()?;
            return (1000..=2999).contains(&v).then_some((
                YearSpec::Abs(v),
                end,
                YearKind::Plain,
                0,
            ));
        }
        if n != 2 {
            return None;
        }
        if char_before(text, i) == Some('\'') {
            return Some((YearSpec::Abs(century(v)), end, YearKind::Plain, 1));
        }
        // `징역 6년~17년 6월`: a term of years and months, not a date.
        let head = text.get(..i).unwrap_or("").trim_end();
        if head.ends_with(['~', '∼']) || is_term_before(head) {
            return None;
        }
        return Some((YearSpec::Abs(century(v)), end, YearKind::NeedsMore, 0));
    }
    if let Some((v, end)) = hangul_num_unit(text, i, "년") {
        let v = i32::try_from(v).ok()?;
        return (1000..=2999)
            .contains(&v)
            .then_some((YearSpec::Abs(v), end, YearKind::Plain, 0));
    }
    enum W {
        Rel(i32, YearKind),
        Anchor(i32),
    }
    const WORDS: &[(&str, W)] = &[
        ("지지난해", W::Rel(-2, YearKind::Plain)),
        ("지난해", W::Rel(-1, YearKind::Plain)),
        ("재작년", W::Rel(-2, YearKind::Plain)),
        ("작년", W::Rel(-1, YearKind::Plain)),
        ("올해", W::Rel(0, YearKind::Plain)),
        ("금년", W::Rel(0, YearKind::Plain)),
        ("내후년", W::Rel(2, YearKind::Plain)),
        ("후년", W::Rel(2, YearKind::Plain)),
        ("내년", W::Rel(1, YearKind::Plain)),
        ("명년", W::Rel(1, YearKind::Plain)),
        ("익년", W::Rel(1, YearKind::Plain)),
        ("이듬해", W::Anchor(1)),
        ("연내", W::Rel(0, YearKind::Closed)),
        ("연초", W::Rel(0, YearKind::Closed)),
        ("연말", W::Rel(0, YearKind::Closed)),
        ("올", W::Rel(0, YearKind::NeedsMore)),
    ];
    let rest = text.get(i..)?;
    let (w, spec) = WORDS.iter().find(|(w, _)| rest.starts_with(w))?;
    let end = i + w.len();
    Some(match spec {
        W::Rel(k, kind) => (YearSpec::Rel(*k), end, *kind, 0),
        W::Anchor(k) => (YearSpec::Anchor(*k), end, YearKind::Plain, 0),
    })
}

/// Hangul month names (`유월`, `시월` as written, not `육월`, `십월`).
const HANGUL_MONTHS: &[(&str, u32)] = &[
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
fn month_at(text: &str, i: usize) -> Option<(MonthSpec, usize)> {
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
fn valid_month(m: u64) -> Option<u32> {
    (1..=12).contains(&m).then_some(m as u32)
}

/// A half or quarter at `i`: `상반기`, `하반기`, `1분기`, `1/4분기`, `1·4분기`,
/// `1사분기`, `삼사분기`, `이번 분기`.
fn period_at(text: &str, i: usize) -> Option<(Period, usize)> {
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
fn week_at(text: &str, i: usize) -> Option<(WeekSpec, usize)> {
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
fn ordinal_at(text: &str, i: usize) -> Option<(u8, usize)> {
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
fn week_of_month_at(text: &str, i: usize) -> Option<(WeekSpec, usize)> {
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

/// `월요일` … `일요일`.
fn weekday_name(text: &str, i: usize) -> Option<(Weekday, usize)> {
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
fn weekday_at(
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
fn weekday_note(text: &str, i: usize) -> Option<usize> {
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
const HOLIDAYS: &[(&str, Holiday)] = &[
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
fn holiday_at(text: &str, i: usize) -> Option<(DaySpec, usize)> {
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
fn day_at(text: &str, i: usize, ph: &Phrase) -> Option<(DaySpec, usize, Option<usize>)> {
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
fn valid_day(d: u64) -> Option<u32> {
    (1..=31).contains(&d).then_some(d as u32)
}

/// After the first number of a range (`4` in `4~6일`): the start of the second number if a
/// connector and a number with `unit` follow.
fn range_second(text: &str, e: usize, unit: &str) -> Option<usize> {
    let rest = text.get(e..)?;
    let c = ["~", "∼", "〜", "-", "–"]
        .iter()
        .find(|c| rest.starts_with(**c))?;
    let q = e + c.len();
    num_unit(text, q, 2, unit).map(|_| q)
}

/// After the first year of a range (`2007` in `2007~2008년`): the start of the second year,
/// when a connector and a four-digit year with `년` follow.
fn year_range_second(text: &str, e: usize) -> Option<usize> {
    let rest = text.get(e..)?;
    let c = ["~", "∼", "〜", "-", "–"]
        .iter()
        .find(|c| rest.starts_with(**c))?;
    let q = e + c.len();
    let (_, end, n) = number::digit_run(text, q)?;
    (n == 4 && lit(text, end, "년").is_some()).then_some(q)
}

/// The first number of a day, month or year range (`4~6일`, `3∼4월`, `2007~2008년`).
fn range_first(text: &str, s: usize) -> Option<(Phrase, usize, Option<usize>)> {
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

/// The unit of an offset part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Unit {
    Year,
    Month,
    Week,
    Day,
}

/// Day counts in native words (`하루` … `열흘`, `보름`).
const DAY_WORDS: &[(&str, i64)] = &[
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
const NATIVE: &[(&str, i64)] = &[
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
fn offset_part(text: &str, i: usize) -> Option<(Unit, i64, usize)> {
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
fn offset_at(text: &str, s: usize) -> Option<(Offset, usize)> {
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

/// Nouns that `전` prefixes (`전 세계`, `전 대표`): after them `N일 전` is a day, not an offset.
const PREFIXED: &[&str] = &[
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
/// - `2023.05`: a month (four-digit year, two-digit month, nothing more);
/// - `3/17`, `5.17(금)`: a month and a day; the slash form only when it cannot be a
///   fraction (`1/2`, `2/3`: a smaller first number over a one-digit second stays a number),
///   the dotted form only with a weekday after it.
fn numeric_date(text: &str, s: usize) -> Option<(Phrase, usize)> {
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
        let (c, e3, n3) = number::digit_run(text, after_sep(e2))?;
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
        let y = i32::try_from(a).ok()?;
        if !(1900..=2099).contains(&y) {
            return None;
        }
        ph.year = Some(YearSpec::Abs(y));
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

/// A time of day at `i`: `오전 10시`, `오후 3시 30분`, `오후 3시 반`, `15:20`, `06:01:00`,
/// `정오`; a bare `3시` or `3시 30분` only right after a date (`attached`), or with minutes.
fn time_at(text: &str, i: usize, attached: bool) -> Option<(Time, usize)> {
    const NOON: &[(&str, u32)] = &[("정오", 12), ("자정", 0)];
    if let Some((h, end)) = one_of(text, i, NOON) {
        let t = Time {
            hour: h,
            minute: 0,
            second: 0,
            grain: Grain::Hour,
        };
        return date_tail_ok(text, end).then_some((t, end));
    }
    #[derive(Clone, Copy)]
    enum Half {
        Am,
        Pm,
        Noon,
    }
    const PARTS: &[(&str, Half)] = &[
        ("오전", Half::Am),
        ("새벽", Half::Am),
        ("아침", Half::Am),
        ("오후", Half::Pm),
        ("저녁", Half::Pm),
        ("밤", Half::Pm),
        ("낮", Half::Noon),
    ];
    let (part, q) = match one_of(text, i, PARTS) {
        Some((p, e)) => (Some(p), sp(text, e)),
        None => (None, i),
    };
    let (mut t, end) = clock(text, q).or_else(|| hour_minute(text, q))?;
    if part.is_none() && !attached && t.grain == Grain::Hour {
        return None;
    }
    match part {
        Some(Half::Am) if t.hour == 12 => t.hour = 0,
        Some(Half::Pm) if t.hour < 12 => t.hour += 12,
        // `27일 밤 12시`: the midnight that ends the 27th (24:00, the 28th at 00:00).
        Some(Half::Pm) if t.hour == 12 && text.get(i..).is_some_and(|r| r.starts_with('밤')) => {
            t.hour = 24
        }
        Some(Half::Noon) if t.hour < 6 => t.hour += 12,
        _ => {}
    }
    // 24:00 is the end of the day written before it (`밤 12시`, `27일 24시`), nothing later.
    let midnight = t.hour == 24 && t.minute == 0 && t.second == 0 && (attached || part.is_some());
    if t.hour > 23 && !midnight {
        return None;
    }
    date_tail_ok(text, end).then_some((t, end))
}

/// `15:20`, `06:01:00`.
fn clock(text: &str, i: usize) -> Option<(Time, usize)> {
    let bytes = text.as_bytes();
    let (h, e, n) = number::digit_run(text, i)?;
    if n > 2 || h > 24 || bytes.get(e) != Some(&b':') {
        return None;
    }
    let (m, e2, n2) = number::digit_run(text, e + 1)?;
    if n2 != 2 || m > 59 {
        return None;
    }
    let mut t = Time {
        hour: h as u32,
        minute: m as u32,
        second: 0,
        grain: Grain::Minute,
    };
    let mut end = e2;
    if bytes.get(e2) == Some(&b':') {
        let (sec, e3, n3) = number::digit_run(text, e2 + 1)?;
        if n3 != 2 || sec > 59 {
            return None;
        }
        t.second = sec as u32;
        t.grain = Grain::Second;
        end = e3;
    }
    if matches!(bytes.get(end), Some(b':' | b'0'..=b'9')) {
        return None;
    }
    Some((t, end))
}

/// `3시`, `3시 30분`, `3시30분 15초`, `3시 반`.
fn hour_minute(text: &str, i: usize) -> Option<(Time, usize)> {
    let (h, mut end) = num_unit(text, i, 2, "시")?;
    if h > 24 {
        return None;
    }
    let mut t = Time {
        hour: h as u32,
        minute: 0,
        second: 0,
        grain: Grain::Hour,
    };
    let q = sp(text, end);
    if let Some((m, e)) = num_unit(text, q, 2, "분").filter(|&(m, _)| m < 60) {
        t.minute = m as u32;
        t.grain = Grain::Minute;
        end = e;
        let q = sp(text, end);
        if let Some((s, e)) = num_unit(text, q, 2, "초").filter(|&(s, _)| s < 60) {
            t.second = s as u32;
            t.grain = Grain::Second;
            end = e;
        }
    } else if let Some(e) = lit(text, q, "반") {
        if date_tail_ok(text, e) {
            t.minute = 30;
            t.grain = Grain::Minute;
            end = e;
        }
    }
    Some((t, end))
}

/// Suffixes a date word takes besides particles (`26일자`, `5월께`, `1분기 중`).
const DATE_SUFFIXES: &[&str] = &[
    "께", "경", "쯤", "자", "중", "내", "말", "초", "부로", "이후", "이전", "전후", "인",
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
