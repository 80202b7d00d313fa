//! Resolution: turning phrases into dates against the reference date (the caller's, the
//! article's dateline, or a photo caption's own date for the bare days on its line) and the
//! narrative anchor (the last day the text stated, for `이튿날`, `전날`, `같은 날`, `그 다음
//! 주`, `이듬해`).
//!
//! The rules, news-style:
//!
//! - `지난 26일`, `지난 3월 2일`, `지난 월요일`, `지난 추석`: the latest such day strictly
//!   before the reference date (`지난 3월 2일` read on 3 March 5 is the same year's);
//!   `오는`/`다음`/`돌아오는`: the first one strictly after it;
//! - a bare `26일` is in the reference month, or the previous month when that day lies
//!   more than two weeks after the reference day;
//! - a bare month (`6월`, `1월 8일`) or holiday (`추석`) is in the reference year, unless
//!   the sentence's tense points the other way and the date lies more than half a year away:
//!   `1월 8일 열린다` read on 28 December is next January, `12월 20일 발표했다` read on 5
//!   January is last December. The tense is read from the rest of the clause: `예정`,
//!   `계획`, `-기로`, `-겠-`, `-ㄹ 것` or a present-tense `-ㄴ다` point forward, a past `-ㅆ-`
//!   (`했다`, `열렸다`) back;
//! - a time alone (`오전 10시`) is on the last day the text stated, else the reference day;
//! - a bare weekday (`월요일`) is the latest one on or before the reference date, or the
//!   first on or after it when the tense points forward;
//! - anything outside the years 0001–9999 is unresolved, never a malformed date.

use chrono::{Datelike, NaiveDate};

use super::calendar::{self, add_days, month_end, month_start};
use super::phrase::{
    DaySpec, Lean, MonthSpec, Offset, Period, Phrase, WeekSpec, WeekdaySpec, YearSpec,
};
use super::{DateMention, Found, Moment};
use crate::document::{EntityType, Source};
use crate::recognize::number::is_hangul;
use crate::recognize::{Candidate, Label};
use crate::text::Marks;

/// Which way the sentence's verb points in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// What a phrase resolves against.
#[derive(Debug, Clone, Copy)]
pub(super) struct Context {
    /// The reference date.
    pub(super) reference: NaiveDate,
    /// The last day the text stated (else the reference date).
    pub(super) anchor: NaiveDate,
    /// The year of the last date of any grain the text stated (`이듬해` counts from it).
    pub(super) anchor_year: i32,
    /// The tense of the phrase's clause.
    pub(super) tense: Tense,
}

impl Context {
    /// Everything at one day, with no tense: for phrases that do not depend on it.
    fn on(day: NaiveDate) -> Context {
        Context {
            reference: day,
            anchor: day,
            anchor_year: day.year(),
            tense: Tense::Unknown,
        }
    }
}

/// A fixed day for resolving absolute phrases, which do not depend on it.
fn any_day() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2000, 1, 1)
}

/// The first full absolute date (year, month and day) among the phrases found.
pub(super) fn first_full_date(found: &[Found]) -> Option<NaiveDate> {
    let base = any_day()?;
    let ctx = Context::on(base);
    found
        .iter()
        .filter(|f| f.phrase.is_full_date())
        .find_map(|f| resolve(&f.phrase, ctx).map(|m| m.date))
}

/// Can the phrase be resolved from the narrative anchor alone (no reference date)?
fn anchor_only(ph: &Phrase) -> bool {
    let time_alone = ph.time.is_some()
        && ph.day.is_none()
        && ph.week.is_none()
        && ph.weekday.is_none()
        && ph.offset.is_none();
    ph.year.is_none()
        && ph.month.is_none()
        && ph.period.is_none()
        && (matches!(ph.day, Some(DaySpec::Anchor(_)))
            || (ph.day.is_none() && matches!(ph.week, Some(WeekSpec::Anchor(_))))
            || time_alone)
}

/// Does the phrase give way to an explicit day written after `인` (an anchor word, a bare
/// weekday, an offset from the reference date)?
fn yields_to_explicit(ph: &Phrase) -> bool {
    let bare_weekday = matches!(ph.weekday, Some(WeekdaySpec::Lean(_, Lean::Bare)))
        && ph.week.is_none()
        && ph.month.is_none();
    let pure_offset = ph.offset.is_some() && ph.base() == Phrase::default();
    matches!(ph.day, Some(DaySpec::Anchor(_))) || bare_weekday || pure_offset
}

/// Does the phrase count from the year last stated alone (`이듬해`, `이듬해 3월`)?
fn year_anchor_only(ph: &Phrase) -> bool {
    matches!(ph.year, Some(YearSpec::Anchor(_)))
        && matches!(ph.month, None | Some(MonthSpec::Abs(_)))
        && matches!(ph.day, None | Some(DaySpec::Abs(_)))
        && ph.week.is_none()
        && ph.weekday.is_none()
        && ph.offset.is_none()
}

/// Resolves the phrases found and pushes them as candidates.
pub(super) fn resolve_found(
    text: &str,
    found: Vec<Found>,
    reference: Option<NaiveDate>,
    out: &mut Vec<Candidate>,
) {
    if found.is_empty() {
        return;
    }
    // Photo captions that end with their own date: (line start, line end, date).
    let mut lines = None;
    let captions: Vec<(usize, usize, NaiveDate)> = found
        .iter()
        .filter(|f| f.phrase.numeric && f.phrase.time.is_none())
        .filter_map(|f| {
            let lines = lines.get_or_insert_with(|| CaptionLines::of(text));
            caption_date(text, lines, f.start, f.end, &f.phrase)
        })
        .collect();
    let mut last_day: Option<NaiveDate> = None;
    let mut last_year: Option<i32> = None;
    // The end and value of the day just pushed, for `23일인 수요일`.
    let mut said_before: Option<(usize, Option<Moment>)> = None;
    // The end and value of the last day resolved, where a range may start (`2일부터 5일까지`).
    let mut range_start: Option<(usize, Moment)> = None;
    // The end and value of the last time of day, where a range of hours may start (`오후
    // 3시부터 7시까지`).
    let mut time_range_start: Option<(usize, Moment)> = None;
    // The end and year of the last phrase that wrote its year out (`2015년`).
    let mut written_year: Option<(usize, i32)> = None;
    let mut k = 0;
    while k < found.len() {
        let f = &found[k];
        k += 1;
        let (mut s, e, mut ph) = (f.start, f.end, f.phrase);
        // `같은 해`, `그해` name the year the text stated before; before any, they name none
        // (`늘 그 해 가장 핫한 뮤지션들`), and a month after them is a month alone.
        if ph.year == Some(YearSpec::Anchor(0)) && last_year.is_none() {
            let rest = ["같은 해", "같은해", "그 해", "그해"]
                .iter()
                .find_map(|w| text.get(s..e)?.strip_prefix(w))
                .map(str::trim_start);
            match rest {
                Some(rest) if !rest.is_empty() && ph.month.is_some() => {
                    s = e - rest.len();
                    ph.year = None;
                }
                _ => continue,
            }
        }
        // Captions are in text order and do not overlap: the last one starting at or
        // before `s` is the only one that can hold it.
        let c = captions.partition_point(|c| c.0 <= s);
        let caption = c
            .checked_sub(1)
            .and_then(|c| captions.get(c))
            .filter(|c| s < c.1)
            .map(|c| c.2);
        let tense = if needs_tense(&ph) {
            tense_after(text, e)
        } else {
            Tense::Unknown
        };
        let ctx = |r: NaiveDate, a: NaiveDate| Context {
            reference: r,
            anchor: a,
            anchor_year: last_year.unwrap_or(a.year()),
            tense,
        };
        let mut at = match (caption, reference) {
            (Some(c), _) => resolve(&ph, ctx(c, c)),
            (None, Some(r)) => resolve(&ph, ctx(r, last_day.unwrap_or(r))),
            (None, None) if ph.is_absolute() => any_day().and_then(|d| resolve(&ph, ctx(d, d))),
            (None, None) => match (last_day, last_year) {
                (Some(a), _) if anchor_only(&ph) => resolve(&ph, ctx(a, a)),
                (_, Some(y)) if year_anchor_only(&ph) => {
                    NaiveDate::from_ymd_opt(y, 1, 1).and_then(|a| resolve(&ph, ctx(a, a)))
                }
                _ => None,
            },
        };
        // `이튿날인 8일`, `수요일인 23일`, `하루 전인 29일`: the explicit day wins, and both
        // mentions name it; so does the day before `23일인 수요일`.
        if yields_to_explicit(&ph) {
            if text.get(e..).is_some_and(|r| r.starts_with("인 ")) {
                if let Some(next) = found.get(k).filter(|n| n.start == e + "인 ".len()) {
                    let r = caption.or(reference).or(last_day);
                    let explicit =
                        r.and_then(|r| resolve(&next.phrase, ctx(r, last_day.unwrap_or(r))));
                    if next.phrase.is_day() && explicit.is_some() {
                        at = explicit;
                    }
                }
            } else if let Some((_, prev_at)) = said_before
                .filter(|&(end, _)| end + "인 ".len() == s && text.get(end..s) == Some("인 "))
            {
                if prev_at.is_some() && ph.weekday.is_some() {
                    at = prev_at;
                }
            }
        }
        if caption.is_none() {
            if let Some(m) = at {
                // `10월 2일부터 5일까지`, `11∼31일`: the day that ends a range is in the month
                // of the day that starts it.
                if let Some((_, start)) = range_start
                    .filter(|&(end, _)| bare_day(&ph) && text.get(end..s).is_some_and(joins_range))
                {
                    at = Some(in_range(start, m));
                }
                // `오후 3시부터 7시까지`, `오후 8시와 10시께`: the bare hour that ends a range of
                // hours, or follows another in a list, is on that hour's day, and after it.
                if let Some((_, start)) = time_range_start.filter(|&(end, _)| {
                    bare_time(text, s, &ph)
                        && text
                            .get(end..s)
                            .is_some_and(|gap| joins_range(gap) || super::joins_list(gap))
                }) {
                    at = Some(hour_range_end(start, m));
                }
                // `2015년 감사원은 1월 …`, `2020년 1월 기소됐지만 3월 …`: a month without its
                // year, in the sentence of a year written out, is in that year.
                // Not when the month lies ahead while that year is past (`2006년 11월부터
                // 열렸으며, 11월 … 열 계획이다`).
                let ahead_of = |year: i32| {
                    tense == Tense::Future && reference.is_some_and(|r| year < r.year())
                };
                if let Some((_, year)) = written_year.filter(|&(end, year)| {
                    bare_month(&ph)
                        && !ahead_of(year)
                        && text
                            .get(end..s)
                            .is_some_and(|gap| !ends_sentence(gap) && !compares_years(gap))
                }) {
                    at = at.map(|m| in_year(m, year));
                }
                // A date of another year in between ends that year's sentence-long hold
                // (`2006년 11월부터 …, 오는 9월과 11월`).
                if written_year.is_some_and(|(_, y)| at.is_some_and(|a| a.date.year() != y)) {
                    written_year = None;
                }
            }
        }
        if ph.is_absolute() && at.is_none() {
            // An impossible date (`2024년 2월 30일`) is no date.
            continue;
        }
        if caption.is_none() {
            range_start = at.filter(|_| ph.is_day()).map(|m| (e, m));
            time_range_start = at.filter(|_| ph.time.is_some()).map(|m| (e, m));
            if let (Some(YearSpec::Abs(y)), Some(m)) = (ph.year, at) {
                if m.date.year() == y {
                    written_year = Some((e, y));
                }
            }
        }
        said_before = ph.is_day().then_some((e, at));
        if let (None, Some(m)) = (caption, at) {
            last_year = Some(m.date.year());
            if ph.is_day() {
                last_day = Some(m.date);
            }
        }
        let grain = ph.grain();
        out.push(Candidate {
            start: s,
            end: e,
            kind: EntityType::Date,
            label: Label::Date(DateMention { at, grain }),
            source: Source::Date,
        });
    }
}

/// A time of day written alone with its digits first (`7시`, `10시 30분`): no date and no
/// half of the day before it.
fn bare_time(text: &str, s: usize, ph: &Phrase) -> bool {
    ph.time.is_some()
        && ph.day.is_none()
        && ph.year.is_none()
        && ph.month.is_none()
        && ph.weekday.is_none()
        && ph.offset.is_none()
        && text[s..].starts_with(|c: char| c.is_ascii_digit())
}

/// The end of a range of hours that starts at `start`: the first time after `start` that the
/// bare hour of `end` names, on `start`'s day or, past midnight, the next
/// (`오후 3시부터 7시까지` ends at 19:00, `오전 9시부터 1시까지` at 13:00, `오후 11시부터
/// 1시까지` at 01:00 the next day).
fn hour_range_end(start: Moment, end: Moment) -> Moment {
    let (mut date, mut hour) = (start.date, end.hour);
    if hour < start.hour {
        if hour < 12 && hour + 12 > start.hour {
            hour += 12;
        } else if let Some(next) = date.succ_opt() {
            date = next;
        }
    }
    Moment { date, hour, ..end }
}

/// A day number alone (`5일`, `20일 18시`): no year, month, week, weekday or offset.
fn bare_day(ph: &Phrase) -> bool {
    matches!(ph.day, Some(DaySpec::Abs(_)))
        && ph.year.is_none()
        && ph.month.is_none()
        && ph.period.is_none()
        && ph.week.is_none()
        && ph.weekday.is_none()
        && ph.offset.is_none()
}

/// A month written without its year (`3월`, `3월 2일`), with nothing relative about it.
fn bare_month(ph: &Phrase) -> bool {
    matches!(ph.month, Some(MonthSpec::Abs(_)))
        && ph.year.is_none()
        && matches!(ph.day, None | Some(DaySpec::Abs(_)))
        && ph.period.is_none()
        && ph.week.is_none()
        && ph.weekday.is_none()
        && ph.offset.is_none()
}

/// The text between the two ends of a range: `부터`, `~`, `∼`, `-`.
fn joins_range(gap: &str) -> bool {
    matches!(gap.trim(), "부터" | "~" | "∼" | "～" | "-" | "–" | "에서")
}

/// Whether a sentence ends in `gap`.
fn ends_sentence(gap: &str) -> bool {
    gap.contains('\n') || [". ", "? ", "! ", "다. "].iter().any(|e| gap.contains(e))
}

/// Words that set the year written before them against another (`1986년 … 이후 1월`,
/// `2019년보다`, `2020년 대비`): the month after them is not of that year.
fn compares_years(gap: &str) -> bool {
    [
        "이후", "이래", "만에", "보다", "대비", "비해", "비교", "당시", "전후", "앞서",
    ]
    .iter()
    .any(|w| gap.contains(w))
}

/// The end day of a range starting at `start`: in its month, or the next one when the day
/// number is smaller (`28일부터 3일까지`).
fn in_range(start: Moment, end: Moment) -> Moment {
    let day = end.date.day();
    let same_month = NaiveDate::from_ymd_opt(start.date.year(), start.date.month(), day);
    let date = match same_month {
        Some(d) if day >= start.date.day() => Some(d),
        _ => calendar::add_months(start.date.with_day(1).unwrap_or(start.date), 1)
            .and_then(|m| m.with_day(day)),
    };
    match date {
        Some(date) => Moment { date, ..end },
        None => end,
    }
}

/// `m` moved to `year` (unchanged when that day does not exist then: 29 February).
fn in_year(m: Moment, year: i32) -> Moment {
    match m.date.with_year(year) {
        Some(date) => Moment { date, ..m },
        None => m,
    }
}

/// Does the phrase's date depend on the tense (a bare month, holiday or weekday)?
fn needs_tense(ph: &Phrase) -> bool {
    ph.year.is_none()
        && (matches!(ph.month, Some(MonthSpec::Abs(_)))
            || matches!(ph.day, Some(DaySpec::Holiday(_, Lean::Bare)))
            || (ph.week.is_none() && matches!(ph.weekday, Some(WeekdaySpec::Lean(_, Lean::Bare)))))
}

/// The tense of the clause after byte `end`, up to the sentence's end.
pub(super) fn tense_after(text: &str, end: usize) -> Tense {
    let rest = text.get(end..).unwrap_or("");
    let mut stop = rest.len().min(240);
    while !rest.is_char_boundary(stop) {
        stop -= 1;
    }
    let clause = &rest[..stop];
    let clause = clause
        .find(['.', '\n', '?', '!'])
        .map_or(clause, |k| &clause[..k]);
    // One pass: a forward word (`예정`, `계획`, `방침`, `-기로`, `-겠-`, `-ㄹ 것`, `전망`,
    // `목표`) wins; else a past `-ㅆ-` (했, 였, 렸, 됐 …, but not `있`, is).
    let mut past = false;
    for (k, c) in clause.char_indices() {
        let rest = &clause[k..];
        let forward = match c {
            '예' => rest.starts_with("예정"),
            '계' => rest.starts_with("계획"),
            '방' => rest.starts_with("방침"),
            '기' => rest.starts_with("기로"),
            '겠' => true,
            '것' => ["할 ", "될 ", "갈 ", "올 "]
                .iter()
                .any(|w| clause[..k].ends_with(w)),
            '전' => rest.starts_with("전망"),
            '목' => rest.starts_with("목표"),
            _ => false,
        };
        if forward {
            return Tense::Future;
        }
        past |= is_hangul(c) && (c as u32 - 0xAC00) % 28 == 20 && c != '있';
    }
    if past {
        return Tense::Past;
    }
    // A present-tense `-ㄴ다`/`-는다` (열린다, 출시한다): scheduled, so forward.
    let present = clause
        .strip_suffix("다")
        .and_then(|h| h.chars().next_back())
        .is_some_and(|c| c == '는' || (is_hangul(c) && (c as u32 - 0xAC00) % 28 == 4));
    if present {
        Tense::Future
    } else {
        Tense::Unknown
    }
}

/// Is the phrase at `s..e` a photo caption's own date? It is a full date with separators
/// and no time, with text before it on its line, followed on its line only by what a
/// caption ends with: an e-mail address and a `*재판매 및 DB 금지` note. Returns the line
/// span and the date.
fn caption_date(
    text: &str,
    lines: &CaptionLines,
    s: usize,
    e: usize,
    ph: &Phrase,
) -> Option<(usize, usize, NaiveDate)> {
    if !ph.numeric || ph.time.is_some() {
        return None;
    }
    let line_start = lines.breaks.last_before(s).map_or(0, |k| k + 1);
    let line_end = lines.breaks.first_from(e).unwrap_or(text.len());
    if text.get(line_start..s)?.trim().is_empty() {
        return None;
    }
    // What follows up to a `*` note: fewer than 100 bytes, so only those are looked at.
    let bytes = text.as_bytes();
    let window = bytes.get(e..line_end.min(e + 100))?;
    let note_end = memchr::memchr(b'*', window).map_or(line_end, |k| e + k);
    let dotted = text.get(..e)?.ends_with('.');
    let ok = note_end - e < 100
        && !text.get(e..note_end)?.chars().any(is_hangul)
        && (dotted || lines.ats.first_from(e).is_some_and(|k| k < line_end));
    if !ok {
        return None;
    }
    let d = any_day()?;
    let date = resolve(
        ph,
        Context {
            reference: d,
            anchor: d,
            anchor_year: d.year(),
            tense: Tense::Unknown,
        },
    )?
    .date;
    Some((line_start, line_end, date))
}

/// The line breaks and `@` of a text, found once for all its caption dates.
struct CaptionLines {
    breaks: Marks,
    ats: Marks,
}

impl CaptionLines {
    fn of(text: &str) -> Self {
        CaptionLines {
            breaks: Marks::of(text, "\n"),
            ats: Marks::of(text, "@"),
        }
    }
}

/// Resolves a phrase; `None` when it cannot be (no such day, or a year outside 0001–9999).
pub(super) fn resolve(ph: &Phrase, ctx: Context) -> Option<Moment> {
    let mut date = resolve_date(ph, ctx)?;
    let (mut hour, minute, second) = ph.time.map_or((0, 0, 0), |t| (t.hour, t.minute, t.second));
    if hour == 24 {
        // 24:00 of a day is 00:00 of the next.
        date = date.succ_opt()?;
        hour = 0;
    }
    if !(1..=9999).contains(&date.year()) {
        return None;
    }
    Some(Moment {
        date,
        hour: u8::try_from(hour).ok()?,
        minute: u8::try_from(minute).ok()?,
        second: u8::try_from(second).ok()?,
    })
}

/// `d` moved by the offset, then cut to the offset's grain when there is no base.
fn apply_offset(d: NaiveDate, o: Offset, cut: bool) -> Option<NaiveDate> {
    let d = calendar::add_months(d, o.years.checked_mul(12)?.checked_add(o.months)?)?;
    let d = add_days(d, o.weeks.checked_mul(7)?.checked_add(o.days)?)?;
    if !cut {
        return Some(d);
    }
    if o.days != 0 {
        Some(d)
    } else if o.weeks != 0 {
        calendar::monday_of(d)
    } else if o.months != 0 {
        d.with_day(1)
    } else {
        NaiveDate::from_ymd_opt(d.year(), 1, 1)
    }
}

/// Moves a same-year date a year the way the tense points, when it lies more than half a
/// year on the other side of the reference date.
fn by_tense(d: NaiveDate, ctx: Context) -> Option<NaiveDate> {
    let days = (d - ctx.reference).num_days();
    match ctx.tense {
        Tense::Future if days < -183 => calendar::add_months(d, 12),
        Tense::Past if days > 183 => calendar::add_months(d, -12),
        _ => Some(d),
    }
}

/// The date part of [`resolve`]: the first day of the phrase's period.
fn resolve_date(ph: &Phrase, ctx: Context) -> Option<NaiveDate> {
    let r = ctx.reference;
    if let Some(o) = ph.offset {
        let base = ph.base();
        if base == Phrase::default() {
            return apply_offset(r, o, true);
        }
        return apply_offset(resolve_date(&base, ctx)?, o, false);
    }
    let year_given = ph.year.is_some();
    let y = match ph.year {
        Some(YearSpec::Abs(y)) => y,
        Some(YearSpec::Rel(k)) => r.year().checked_add(k)?,
        Some(YearSpec::Anchor(k)) => ctx.anchor_year.checked_add(k)?,
        None => r.year(),
    };
    if let Some(p) = ph.period {
        let m = match p {
            Period::Half(h) => 6 * (h - 1) + 1,
            Period::Quarter(q) => 3 * (q - 1) + 1,
            Period::QuarterRel(k) => {
                let q0 = NaiveDate::from_ymd_opt(r.year(), (r.month() - 1) / 3 * 3 + 1, 1)?;
                return month_start(q0, 3 * i64::from(k));
            }
        };
        return NaiveDate::from_ymd_opt(y, m, 1);
    }
    // The month, as its first day; for `지난`/`오는` with a day, the day decides the year.
    let dd = match ph.day {
        Some(DaySpec::Abs(d) | DaySpec::Past(d) | DaySpec::Next(d)) => Some(d),
        _ => None,
    };
    let month = match ph.month {
        None => None,
        Some(MonthSpec::Abs(m)) => Some(NaiveDate::from_ymd_opt(y, m, 1)?),
        Some(MonthSpec::Past(m) | MonthSpec::Next(m)) if year_given => {
            Some(NaiveDate::from_ymd_opt(y, m, 1)?)
        }
        Some(MonthSpec::Past(m)) => {
            let before = (m, dd.unwrap_or(0)) < (r.month(), if dd.is_some() { r.day() } else { 0 });
            Some(NaiveDate::from_ymd_opt(
                r.year() - i32::from(!before),
                m,
                1,
            )?)
        }
        Some(MonthSpec::Next(m)) => {
            let after =
                (m, dd.unwrap_or(32)) > (r.month(), if dd.is_some() { r.day() } else { 32 });
            Some(NaiveDate::from_ymd_opt(r.year() + i32::from(!after), m, 1)?)
        }
        Some(MonthSpec::Rel(k)) => Some(month_start(r, i64::from(k))?),
    };
    let bare_month = matches!(ph.month, Some(MonthSpec::Abs(_))) && !year_given;
    // The month that weeks, weekdays and the month's end count in.
    let in_month = match month {
        Some(m) if bare_month => by_tense(m, ctx)?,
        Some(m) => m,
        None => r.with_day(1)?,
    };
    if let Some(wd) = ph.weekday {
        return match (wd, ph.week) {
            (WeekdaySpec::Nth(w, n), _) => calendar::nth_weekday(in_month, w, n),
            (WeekdaySpec::Last(w), _) => calendar::last_weekday(in_month, w),
            (WeekdaySpec::Lean(w, _), Some(WeekSpec::Rel(k))) => calendar::weekday_in_week(r, k, w),
            (WeekdaySpec::Lean(w, _), Some(WeekSpec::Anchor(k))) => {
                calendar::weekday_in_week(ctx.anchor, k, w)
            }
            (WeekdaySpec::Lean(w, lean), _) => match lean {
                Lean::Past => calendar::weekday_before(r, w),
                Lean::Next => calendar::weekday_after(r, w),
                Lean::This => calendar::weekday_in_week(r, 0, w),
                Lean::Bare if ctx.tense == Tense::Future => {
                    calendar::weekday_after(add_days(r, -1)?, w)
                }
                Lean::Bare => calendar::weekday_before(add_days(r, 1)?, w),
            },
        };
    }
    if let Some(w) = ph.week {
        return match w {
            WeekSpec::Rel(k) => calendar::weekday_in_week(r, k, chrono::Weekday::Mon),
            WeekSpec::Anchor(k) => calendar::weekday_in_week(ctx.anchor, k, chrono::Weekday::Mon),
            WeekSpec::OfMonth(n) => calendar::nth_week(in_month, n),
            WeekSpec::LastOfMonth => calendar::last_week(in_month),
        };
    }
    let Some(day) = ph.day else {
        return match month {
            Some(m) if bare_month => by_tense(m, ctx),
            Some(m) => Some(m),
            None if year_given => NaiveDate::from_ymd_opt(y, 1, 1),
            // A time alone is on the last day the text stated (`2021년 7월 27일 … 오전
            // 10시`), which is the reference day when it stated none.
            None => Some(ctx.anchor),
        };
    };
    match (day, month) {
        (DaySpec::Abs(d) | DaySpec::Past(d) | DaySpec::Next(d), Some(m)) => {
            let date = NaiveDate::from_ymd_opt(m.year(), m.month(), d)?;
            if bare_month {
                by_tense(date, ctx)
            } else {
                Some(date)
            }
        }
        (DaySpec::Abs(d), None) => {
            // In the reference month, unless that day lies well after the reference day.
            let back = i64::from(d > r.day() + 14);
            (back..back + 3).find_map(|k| {
                let m = month_start(r, -k)?;
                NaiveDate::from_ymd_opt(m.year(), m.month(), d)
            })
        }
        (DaySpec::Past(d), None) => {
            let first = i64::from(d >= r.day());
            (first..first + 3).find_map(|k| {
                let m = month_start(r, -k)?;
                NaiveDate::from_ymd_opt(m.year(), m.month(), d)
            })
        }
        (DaySpec::Next(d), None) => {
            let first = i64::from(d <= r.day());
            (first..first + 3).find_map(|k| {
                let m = month_start(r, k)?;
                NaiveDate::from_ymd_opt(m.year(), m.month(), d)
            })
        }
        (DaySpec::Rel(k), _) => add_days(r, k),
        (DaySpec::Anchor(k), _) => add_days(ctx.anchor, k),
        (DaySpec::MonthEnd, _) => month_end(in_month),
        (DaySpec::Holiday(h, _), _) if year_given => h.in_year(y),
        (DaySpec::Holiday(h, lean), _) => {
            let this = h.in_year(r.year());
            match lean {
                Lean::Past => match this {
                    Some(d) if d < r => Some(d),
                    _ => h.in_year(r.year() - 1),
                },
                Lean::Next => match this {
                    Some(d) if d > r => Some(d),
                    _ => h.in_year(r.year() + 1),
                },
                Lean::This => this,
                Lean::Bare => {
                    let d = by_tense(this?, ctx)?;
                    h.in_year(d.year())
                }
            }
        }
    }
}

/// The date of the first dateline (`등록 2024.11.27 06:01:00`, `입력 2024-11-27` …): the
/// first full date among the phrases found that follows a dateline keyword, directly or
/// after up to three of ` `, `:` and `|`. Read from the phrases of the scan, so the text is
/// not searched again.
pub(super) fn dateline_date(text: &str, found: &[Found]) -> Option<NaiveDate> {
    const KEYWORDS: &[&str] = &["입력", "등록", "송고", "작성"];
    found
        .iter()
        .filter(|f| f.phrase.lead == 0 && f.phrase.is_full_date())
        .find_map(|f| {
            let head = text.get(..f.start)?;
            let keyword_end = head.trim_end_matches([' ', ':', '|']);
            if head.len() - keyword_end.len() > 3
                || !KEYWORDS.iter().any(|k| keyword_end.ends_with(k))
            {
                return None;
            }
            let d = any_day()?;
            resolve(&f.phrase, Context::on(d)).map(|m| m.date)
        })
}
