//! Dates and times: absolute (`2024.11.26.`, `2024년 11월 26일 오후 3시`), relative to the
//! article's date (`지난 26일`, `지난해 6월`, `올해 상반기`, `3일 전`, `다음 주 화요일`),
//! holidays (`광복절`, `추석`), and dates that follow the narrative (`이튿날`, `같은 날`).
//!
//! Three stages, one file each:
//!
//! - [`phrase`]: the grammar, reading one phrase at a word start into a [`phrase::Phrase`]
//!   of optional parts, without resolving anything;
//! - [`calendar`]: month, week and weekday arithmetic on chrono, the holidays, and the
//!   Korean lunar calendar ([`lunar_table`], generated from KASI data and tested against
//!   published holiday dates);
//! - [`resolve`]: the phrases of a text against the reference date, a caption's own date
//!   and the last day stated, with the news-style rules written out there.
//!
//! The phrases of a text are collected first and resolved second, so that a photo caption
//! ending with its own date (`… 2023.06.09. photo@newsis.com`) resolves the bare days on its
//! line against that date, and `이튿날` points back to the last day stated. Durations
//! (`3년간`, `30일간`, `8년 만에`, `6개월`) and decades (`1990년대`: the schema has no
//! decade grain) are not dates.

mod calendar;
mod lunar_table;
mod phrase;
mod resolve;

use chrono::{Datelike, NaiveDate};

use super::number::{Cursor, Hit, Start};
use super::Candidate;
#[cfg(test)]
use super::Label;
use crate::document::{DateValue, Grain};
pub(crate) use phrase::DATE_FIRST;
use phrase::{digits_before_date_unit, phrase_at, starts_date_word, Phrase};
use resolve::{dateline_date, first_full_date, resolve_found};

/// A resolved point in time; printed cut to its grain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Moment {
    pub(crate) date: NaiveDate,
    pub(crate) hour: u8,
    pub(crate) minute: u8,
    pub(crate) second: u8,
}

/// A date mention: its resolved moment (None when a relative date had no reference date,
/// or fell outside the years 0001–9999) and its grain. The unresolved text is the mention's
/// own text, passed back by the caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMention {
    pub(crate) at: Option<Moment>,
    pub(crate) grain: Grain,
}

impl DateMention {
    /// The JSON value: the date cut to its grain, or null with the mention text.
    pub(crate) fn value(&self, mention_text: &str) -> DateValue {
        let date = self.at.and_then(|m| format_moment(m, self.grain));
        DateValue {
            unresolved: date.is_none().then(|| mention_text.to_string()),
            date,
            grain: self.grain,
        }
    }

    /// The date cut to its grain (`2024`, `2024-10`, `2024-11-27T06:01:00`), or the mention
    /// text when unresolved.
    pub(crate) fn canonical(&self, mention_text: &str) -> String {
        self.at
            .and_then(|m| format_moment(m, self.grain))
            .unwrap_or_else(|| mention_text.to_string())
    }
}

/// `YYYY-MM-DD` of a day (`None` outside the years 0001–9999), written as dates are.
pub(crate) fn iso_day(date: NaiveDate) -> Option<String> {
    let m = Moment {
        date,
        hour: 0,
        minute: 0,
        second: 0,
    };
    format_moment(m, Grain::Day)
}

/// ISO-8601 cut to the grain (a date-time always in full); halves, quarters and weeks print
/// their first day. `None` for a
/// year outside 0001–9999, which ISO-8601 cannot write in four digits. Written digit by
/// digit: every date mention is printed twice (its canonical key and its value).
fn format_moment(m: Moment, grain: Grain) -> Option<String> {
    let d = m.date;
    let year = u32::try_from(d.year())
        .ok()
        .filter(|y| (1..=9999).contains(y))?;
    let mut s = String::with_capacity(19);
    let mut push = |sep: Option<char>, n: u32, width: u32| {
        if let Some(c) = sep {
            s.push(c);
        }
        for k in (0..width).rev() {
            s.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
        }
    };
    push(None, year, 4);
    if grain != Grain::Year {
        push(Some('-'), d.month(), 2);
    }
    if !matches!(grain, Grain::Year | Grain::Month) {
        push(Some('-'), d.day(), 2);
    }
    // A time is written in full, `THH:MM:SS`, whatever its grain: the gold format knows only
    // that form of date-time, and `grain` says how much of it the text stated.
    if matches!(grain, Grain::Hour | Grain::Minute | Grain::Second) {
        push(Some('T'), u32::from(m.hour), 2);
        push(Some(':'), u32::from(m.minute), 2);
        push(Some(':'), u32::from(m.second), 2);
    }
    Some(s)
}

/// The words of recurrence: a time after one of them happens every day, week, month or year.
const RECURRENCE_WORDS: [&str; 7] = ["매일", "매주", "매월", "매달", "매년", "매해", "매"];

/// Whether a word of recurrence stands right before byte `start` of `text`, maybe with one
/// weekday between (`매일 |오전 9시`, `매주 토요일 |오후 3시`).
fn after_recurrence_word(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let ends_in_recurrence = |head: &str| {
        RECURRENCE_WORDS.iter().any(|w| {
            head.strip_suffix(w)
                .is_some_and(|h| h.chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        })
    };
    if ends_in_recurrence(before) {
        return true;
    }
    // one weekday between (`매주 토요일 오후 3시`), itself no date after the word
    let word_start = before.rfind(' ').map_or(0, |k| k + 1);
    let word = &before[word_start..];
    word.ends_with("요일")
        && word.chars().count() == 3
        && before[..word_start]
            .strip_suffix(' ')
            .is_some_and(ends_in_recurrence)
}

/// Whether `gap` joins two items of a list: `와`, `과`, `및`, `,`, `이나`, `또는`.
fn joins_list(gap: &str) -> bool {
    matches!(
        gap.trim(),
        "와" | "과" | "," | "및" | "이나" | "나" | "또는" | "그리고"
    )
}

/// A phrase found in the text, before resolution.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    phrase: Phrase,
}

/// Finds every date in `text` (normalized) and pushes it as a candidate.
///
/// `reference` is the caller's date or the article's own; without it, relative dates are
/// kept with their text. Captions are found on the lines of `text` itself.
#[cfg(test)]
pub(crate) fn recognize(text: &str, reference: Option<NaiveDate>, out: &mut Vec<Candidate>) {
    resolve_found(text, collect(text), reference, out);
}

/// Every date phrase of the text, in order, unresolved.
#[cfg(test)]
fn collect(text: &str) -> Vec<Found> {
    let mut scan = DateScan::default();
    super::number::for_each_start(text, &DATE_FIRST, |h| scan.hit(text, &h));
    scan.found
}

/// The date grammar's part of the shared scan ([`super::grammars`]): it reads a phrase at
/// each start it takes and keeps it; the phrases are resolved once the scan is done.
#[derive(Default)]
pub(crate) struct DateScan {
    found: Vec<Found>,
    cursor: Cursor,
    /// Where the last phrase read as a recurring time ended (`매일 오전 9시`), so that a time
    /// listed after it is read so too (`… 오전 9시와 오후 4시`).
    recurring_end: Option<usize>,
}

impl DateScan {
    /// Looks for a date phrase at a start of the shared scan.
    #[inline]
    pub(crate) fn hit(&mut self, text: &str, h: &Hit) {
        if !self.cursor.takes(h) {
            return;
        }
        let plausible = match h.start {
            Start::Hangul(c) => DATE_FIRST.has_index(h.syllable) && starts_date_word(text, h.at, c),
            Start::Digit => digits_before_date_unit(text, h.at),
        };
        if plausible {
            let next = self.phrase(text, h.at);
            self.cursor.consumed(h, next);
        }
    }

    /// Reads the phrase at `i` (and the second half of a range after it); returns where the
    /// scan resumes.
    fn phrase(&mut self, text: &str, i: usize) -> usize {
        let Some((ph, end, range_next)) = phrase_at(text, i) else {
            return i;
        };
        // `매일 오전 9시`, `매주 토요일 오후 3시`, `매년 9월 30일까지`: a time that recurs is
        // a schedule, no date; nor is a time listed after one (`매일 오전 9시와 오후 4시`).
        let start = i - ph.lead;
        let listed_after_recurring = self
            .recurring_end
            .is_some_and(|e| text.get(e..start).is_some_and(joins_list));
        if ph.year.is_none() && (after_recurrence_word(text, start) || listed_after_recurring) {
            self.recurring_end = Some(end);
            return end;
        }
        self.found.push(Found {
            start: i - ph.lead,
            end,
            phrase: ph,
        });
        // `4~6일`, `11월 4∼6일`, `3∼4월`: the first number is a date only through the unit
        // of the second, so the range is one mention, from its first number to the second's
        // unit, valued at its start (as a half or a week is valued at its first day).
        if let Some(q) = range_next {
            if let Some((_, end2, _)) = phrase_at(text, q) {
                if let Some(first) = self.found.last_mut() {
                    first.end = end2;
                }
                return end2;
            }
            // The first number is a date only through the unit of the second: when the second
            // is none (`4~6일 동안`, `2010-2012년 동안`: durations), neither is the first.
            self.found.pop();
        }
        end
    }

    /// After the scan: resolves the phrases against `given`, else the article's own date
    /// (its dateline, else the first full date among the phrases), and pushes them; returns
    /// the reference date used.
    pub(crate) fn finish(
        self,
        text: &str,
        given: Option<NaiveDate>,
        out: &mut Vec<Candidate>,
    ) -> Option<NaiveDate> {
        let reference = given
            .or_else(|| dateline_date(text, &self.found))
            .or_else(|| first_full_date(&self.found));
        resolve_found(text, self.found, reference, out);
        reference
    }
}

/// The article's own date: the first dateline (`등록 2024.11.27 06:01:00`, `입력
/// 2024-11-27`, `기사입력 …`, `송고 …`), else the first full date of the text.
#[cfg(test)]
pub(crate) fn detect_reference_date(text: &str) -> Option<NaiveDate> {
    let found = collect(text);
    dateline_date(text, &found).or_else(|| first_full_date(&found))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every date in `text`, as `mention => date grain` (`?` for an unresolved date).
    fn dates(text: &str, reference: Option<NaiveDate>) -> Vec<String> {
        let mut out = Vec::new();
        recognize(text, reference, &mut out);
        out.iter()
            .map(|c| {
                let m = &text[c.start..c.end];
                let Label::Date(d) = &c.label else {
                    return format!("{m}: not a date");
                };
                let v = d.value(m);
                let g = serde_json::to_value(v.grain).unwrap_or_default();
                format!(
                    "{m} => {} {}",
                    v.date.as_deref().unwrap_or("?"),
                    g.as_str().unwrap_or("?")
                )
            })
            .collect()
    }

    #[test]
    fn date_cases() {
        let n = crate::recognize::number::run_cases(
            "tests/cases/dates.tsv",
            include_str!("../../../tests/cases/dates.tsv"),
            dates,
        );
        assert!(n >= 100, "only {n} date cases");
    }

    #[test]
    fn unresolved_value_keeps_the_text() {
        let d = DateMention {
            at: None,
            grain: Grain::Day,
        };
        assert_eq!(
            serde_json::to_string(&d.value("지난 26일")).unwrap_or_default(),
            r#"{"date":null,"grain":"day","unresolved":"지난 26일"}"#
        );
        assert_eq!(d.canonical("지난 26일"), "지난 26일");
    }

    #[test]
    fn reference_dates() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases: &[(&str, Option<NaiveDate>)] = &[
            (
                "제목\n등록 2024.11.27 06:01:00\n본문 2023.01.02.",
                ymd(2024, 11, 27),
            ),
            ("사진 2023.06.09.\n입력 2024-11-27 10:00", ymd(2024, 11, 27)),
            ("기사입력 2024.03.05. 오전 6:01", ymd(2024, 3, 5)),
            ("입력: 2024/01/31", ymd(2024, 1, 31)),
            ("송고시간 2024년 5월 3일", ymd(2024, 5, 3)),
            (
                "등록금이 올랐다. 2022년 3월 1일에 발표됐다.",
                ymd(2022, 3, 1),
            ),
            ("그는 2015년 입사했다.", None),
            ("날짜 없음", None),
            ("2024.02.30. 잘못된 날", None),
        ];
        for &(text, want) in cases {
            assert_eq!(detect_reference_date(text), want, "{text}");
        }
    }

    /// The seed article: every gold AMOUNT and DATE mention with its value, nothing else.
    #[test]
    fn seed_article() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/gold/seed_openai_kdb.json"
        );
        let Ok(raw) = std::fs::read_to_string(path) else {
            eprintln!("seed article not found at {path}: skipped");
            return;
        };
        let gold: serde_json::Value = serde_json::from_str(&raw).unwrap_or_default();
        let original = gold["text"].as_str().unwrap_or_default();
        let norm = crate::text::normalize(original);
        let text: &str = &norm.text;
        let reference = gold["reference_date"]
            .as_str()
            .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok());
        assert_eq!(detect_reference_date(text), reference);
        let mut expected = std::collections::BTreeSet::new();
        for e in gold["entities"].as_array().into_iter().flatten() {
            if matches!(e["type"].as_str(), Some("AMOUNT" | "DATE")) {
                for m in e["mentions"].as_array().into_iter().flatten() {
                    let canonical = e["canonical"].as_str().unwrap_or_default();
                    expected.insert(format!("{} => {canonical}", m.as_str().unwrap_or_default()));
                }
            }
        }
        let mut out = Vec::new();
        crate::recognize::amount::recognize(text, &mut out);
        recognize(text, reference, &mut out);
        let found: std::collections::BTreeSet<String> = out
            .iter()
            .map(|c| {
                let m = &text[c.start..c.end];
                let canonical = match &c.label {
                    Label::Amount(a) => a.canonical(),
                    Label::Date(d) => d.canonical(m),
                    _ => String::new(),
                };
                format!("{m} => {canonical}")
            })
            .collect();
        assert_eq!(
            found,
            expected,
            "missing: {:?}\nextra: {:?}",
            expected.difference(&found).collect::<Vec<_>>(),
            found.difference(&expected).collect::<Vec<_>>()
        );
    }

    proptest::proptest! {
        /// Any mix of digits, units, date words and punctuation: no panic, and every
        /// candidate is a non-empty span on char boundaries.
        #[test]
        fn recognizers_never_panic(
            s in "[0-9 .,:/~\\-$€년월일시분억만조천백십원달러약이상지난오는올해날전후대여\\n@*]{0,60}",
            day in 1u32..=28,
        ) {
            let mut out = Vec::new();
            crate::recognize::amount::recognize(&s, &mut out);
            let reference = NaiveDate::from_ymd_opt(2024, 2, day);
            recognize(&s, reference, &mut out);
            recognize(&s, None, &mut out);
            let _ = detect_reference_date(&s);
            for c in &out {
                proptest::prop_assert!(c.start < c.end);
                proptest::prop_assert!(s.get(c.start..c.end).is_some());
            }
        }
    }

    /// issue 12: a year outside 0001–9999 is unresolved, never `-976`, `10024` or `0000-…`.
    #[test]
    fn dates_outside_0001_to_9999_are_unresolved() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases = [
            (
                "3000년 전 일이다.",
                ymd(2024, 11, 27),
                "3000년 전 => ? year",
            ),
            (
                "8000년 후 일이다.",
                ymd(2024, 11, 27),
                "8000년 후 => ? year",
            ),
            ("내년 출시한다.", ymd(9999, 12, 31), "내년 => ? year"),
            ("24일 열렸다.", ymd(1, 1, 1), "24일 => ? day"),
            ("다음 주 열린다.", ymd(9999, 12, 31), "다음 주 => ? week"),
            ("지난 추석 귀성했다.", ymd(1, 1, 1), "지난 추석 => ? day"),
        ];
        for (text, reference, want) in cases {
            assert_eq!(dates(text, reference), [want], "{text}");
        }
    }

    /// Is `s` an ISO-8601 date cut to `grain`, or a full date-time stating no more than it?
    fn iso_for_grain(s: &str, grain: Grain) -> bool {
        let day = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").is_ok() && t.len() == 10;
        let digits = |t: &str, n: usize| t.len() == n && t.bytes().all(|b| b.is_ascii_digit());
        match grain {
            Grain::Year => digits(s, 4) && s != "0000",
            Grain::Month => day(&format!("{s}-01")),
            Grain::Half | Grain::Quarter | Grain::Week | Grain::Day => day(s),
            // A date-time in full, with nothing finer than the grain stated.
            Grain::Hour | Grain::Minute | Grain::Second => {
                let full = s.len() == 19
                    && chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").is_ok();
                full && match grain {
                    Grain::Hour => s.ends_with(":00:00"),
                    Grain::Minute => s.ends_with(":00"),
                    _ => true,
                }
            }
        }
    }

    proptest::proptest! {
        /// issue 12: any reference date from 0001-01-01 to 9999-12-31 and any mix of date
        /// words: every value is ISO-8601 within its grain, or unresolved with its text.
        #[test]
        fn every_value_is_iso_within_its_grain(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "지난 26일", "내년", "3000년 전", "9999년", "24일", "다음 주 화요일", "1월 8일",
                "지난 3월 2일", "추석", "오는 설날", "5월 마지막 금요일", "2월 마지막 날",
                "이튿날", "1년 3개월 10일 후", "이번 분기", "모레", "월요일", "'23년 5월",
                "08/14/2019", "2023.05", "오후 3시", "지지난주", "이듬해", "3/17",
            ]), 1..6),
            days in 0i64..3_652_059,
            future in proptest::bool::ANY,
        ) {
            let verb = if future { "열린다." } else { "열렸다." };
            let text = format!("{} {verb}", words.join(" 그리고 "));
            let reference = NaiveDate::from_ymd_opt(1, 1, 1)
                .and_then(|d| d.checked_add_days(chrono::Days::new(days as u64)));
            let mut out = Vec::new();
            recognize(&text, reference, &mut out);
            for c in &out {
                let Label::Date(d) = &c.label else { continue };
                let v = d.value(&text[c.start..c.end]);
                match &v.date {
                    Some(s) => proptest::prop_assert!(iso_for_grain(s, v.grain), "{} in {}", s, text),
                    None => proptest::prop_assert!(v.unresolved.is_some()),
                }
            }
        }
    }

    #[test]
    fn caption_date_governs_its_line_only() {
        let text = "[서울=뉴시스] 9일 행사에서 발언하고 있다. (사진=제공) 2023.06.09. photo@example.com *재판매 및 DB 금지\n그는 9일 귀국했다.";
        let found = dates(text, NaiveDate::from_ymd_opt(2024, 11, 27));
        assert_eq!(
            found,
            [
                "9일 => 2023-06-09 day",
                "2023.06.09. => 2023-06-09 day",
                "9일 => 2024-11-09 day"
            ]
        );
    }
}
