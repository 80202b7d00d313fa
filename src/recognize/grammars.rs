//! The amount and date grammars in one pass over the text.
//!
//! Both read at the same places, digits and the first syllables of words, so one scan
//! ([`number::for_each_start`]) reports those places once and hands each to both grammars.
//! Each keeps its own [`number::Cursor`], so what one grammar read hides no start from the
//! other, and each finds exactly what it would find scanning alone.

use chrono::NaiveDate;

use super::amount::AmountScan;
use super::date::{DateScan, DATE_FIRST};
use super::number::{self, SyllableSet, NUMBER_FIRST};
use super::Candidate;

/// The first syllables either grammar can start a word with.
const EITHER_FIRST: SyllableSet = NUMBER_FIRST.union(DATE_FIRST);

/// Finds the amounts (if `amounts`) and dates (if `dates`) of `text` (normalized) and pushes
/// them, amounts first. Relative dates resolve against `given`, else the article's own date
/// (its dateline, else its first full date); returns the reference date used (`given`
/// when dates are off).
pub(crate) fn recognize(
    text: &str,
    amounts: bool,
    dates: bool,
    given: Option<NaiveDate>,
    out: &mut Vec<Candidate>,
) -> Option<NaiveDate> {
    let first = match (amounts, dates) {
        (true, true) => &EITHER_FIRST,
        (true, false) => &NUMBER_FIRST,
        (false, true) => &DATE_FIRST,
        (false, false) => return given,
    };
    let mut amount = amounts.then(|| AmountScan::new(out.len()));
    let mut date = dates.then(DateScan::default);
    number::for_each_start(text, first, |h| {
        if let Some(a) = &mut amount {
            a.hit(text, &h, out);
        }
        if let Some(d) = &mut date {
            d.hit(text, &h);
        }
    });
    if let Some(a) = amount {
        a.finish(text, out);
    }
    match date {
        Some(d) => d.finish(text, given, out),
        None => given,
    }
}
