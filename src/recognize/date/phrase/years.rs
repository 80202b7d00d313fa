//! Years: `2015년`, `'23년`, `’10~’19` (a range of apostrophe years), `98년` before a month,
//! `이천이십년`, and the year words (`지난해`, `올해`, `이듬해`, `같은 해`, `연내` …).

use super::*;

/// Does `head` (the text before a number) end with the word of a sentence's term (`징역 `,
/// `금고`, `자격정지`)? What follows is a length of time (`징역 6월`, `징역 2년`), not a date.
pub(super) fn is_term_before(head: &str) -> bool {
    let head = head.trim_end();
    ["징역", "금고", "자격정지"]
        .iter()
        .any(|w| head.ends_with(w))
}

/// A two-digit year: 50–99 are the 1900s, 00–49 the 2000s.
pub(super) fn century(yy: u64) -> i32 {
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
pub(super) fn year_at(text: &str, i: usize) -> Option<(YearSpec, usize, YearKind, usize)> {
    if let Some((v, e, n)) = number::digit_run(text, i) {
        let apostrophe = char_before(text, i).filter(|c| matches!(c, '\'' | '’'));
        let end = match lit(text, e, "년") {
            Some(end) => end,
            // `(’10~’19, 460억원)`: two digits after an apostrophe, in a range of years.
            None if n == 2 && apostrophe.is_some() && in_year_range(text, i, e) => e,
            None => return None,
        };
        if n == 4 {
            let v = i32::try_from(v).ok()?;
            return (1000..=2999).contains(&v).then_some((
                YearSpec::Abs(v),
                end,
                YearKind::Plain,
                pointer_before(text, i),
            ));
        }
        if n != 2 {
            return None;
        }
        if let Some(a) = apostrophe {
            return Some((
                YearSpec::Abs(century(v)),
                end,
                YearKind::Plain,
                a.len_utf8(),
            ));
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
        return (1000..=2999).contains(&v).then_some((
            YearSpec::Abs(v),
            end,
            YearKind::Plain,
            pointer_before(text, i),
        ));
    }
    enum W {
        Rel(i32, YearKind),
        Anchor(i32),
    }
    const WORDS: &[(&str, W)] = &[
        ("지지난해", W::Rel(-2, YearKind::Plain)),
        ("지난해", W::Rel(-1, YearKind::Plain)),
        // spelled apart too (`지난 해 3월에는`), as `같은 해` and `그 해` are
        ("지난 해", W::Rel(-1, YearKind::Plain)),
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
        // the year the text last stated (`같은 해 7월`, `그해 겨울`)
        ("같은 해", W::Anchor(0)),
        ("같은해", W::Anchor(0)),
        ("그 해", W::Anchor(0)),
        ("그해", W::Anchor(0)),
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

/// The bytes of a `지난 ` or `오는 ` word right before an absolute year at `i`, else 0. News
/// points a stated year back or ahead with them (`지난 2017년 4월`, `오는 2026년`), and the
/// reader's date is the whole phrase, as it is for `지난 26일`; the value is the year's own.
pub(super) fn pointer_before(text: &str, i: usize) -> usize {
    let head = text.get(..i).unwrap_or("");
    ["지난 ", "오는 "]
        .iter()
        .find(|w| {
            head.strip_suffix(**w).is_some_and(|before| {
                before
                    .chars()
                    .next_back()
                    .is_none_or(|c| !crate::text::Script::of(c).is_word())
            })
        })
        .map_or(0, |w| w.len())
}

/// Do the digits `text[i..e]` start or end a range of years (`’10~’19`: a `~` after them, or
/// a `~` and an apostrophe before them)?
pub(super) fn in_year_range(text: &str, i: usize, e: usize) -> bool {
    text[e..].starts_with(RANGE_DASHES)
        || text[..i]
            .trim_end_matches(['\'', '’'])
            .ends_with(RANGE_DASHES)
}
