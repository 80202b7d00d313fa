//! What surrounds an amount: `약` before it, `이상`/`가량` after it, range connectors
//! (`3000억~5000억원`) and the upper bound of `100억원대`.

use super::*;

/// Qualifier words after the amount (attached, after a space, or after 이/가/을/를).
pub(super) const AFTER_QUALIFIERS: &[(&str, Qualifier)] = &[
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
pub(super) const CONNECTORS: &[&str] = &["~", "∼", "〜", "-", "–", "—"];

/// `약 ` or `대략 ` (a whole word) just before `s`: where it starts.
pub(super) fn approx_before(text: &str, s: usize) -> Option<usize> {
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
pub(super) fn connector_after(text: &str, p: usize) -> Option<usize> {
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
pub(super) fn qualifier_after(text: &str, end: usize) -> Option<Qualifier> {
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
pub(super) fn dae_max(n: Decimal) -> Option<Decimal> {
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
