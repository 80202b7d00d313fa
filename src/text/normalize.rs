//! Folding what varies in print but means the same, with a map back to the original offsets.
//!
//! Full-width Latin and digits, the middle dots `·ㆍ•・‧`, curly quotes, NBSP and other
//! spaces (runs of horizontal space become one space), zero-width characters (dropped) and
//! decomposed (NFD) Hangul jamo (composed). Text that needs none of this is borrowed as is.

use std::borrow::Cow;

/// Normalized text and the way back to the original.
#[derive(Debug)]
pub(crate) struct Normalized<'a> {
    pub(crate) text: Cow<'a, str>,
    pub(crate) map: OffsetMap,
}

/// Maps byte offsets of the normalized text back to the original text.
///
/// Stored as checkpoints `(normalized, original)` at the edges of every change; between two
/// checkpoints the texts agree byte for byte. No checkpoint at all means identity.
#[derive(Debug, Default, Clone)]
pub(crate) struct OffsetMap {
    points: Vec<(usize, usize)>,
}

impl OffsetMap {
    /// The original byte offset of normalized offset `norm` (a char boundary of the
    /// normalized text).
    pub(crate) fn to_original(&self, norm: usize) -> usize {
        match self.points.partition_point(|&(n, _)| n <= norm) {
            0 => norm,
            i => {
                let (n, o) = self.points[i - 1];
                o + (norm - n)
            }
        }
    }

    /// The original span of a normalized span: the start maps to the first original byte of
    /// its character, the end to the end of the last one.
    pub(crate) fn span_to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_original(start);
        let e = self.to_original(end);
        (s, e.max(s))
    }

    fn push(&mut self, norm: usize, orig: usize) {
        if let Some(last) = self.points.last_mut() {
            if last.0 == norm {
                *last = (norm, orig);
                return;
            }
        }
        self.points.push((norm, orig));
    }
}

/// What one original character becomes.
enum Fold {
    Keep,
    To(char),
    Drop,
    Space,
    Jamo,
}

/// Format characters that print as nothing: zero-width space, joiners and marks, word
/// joiner and invisible operators, bidirectional controls, the byte-order mark, the soft
/// hyphen, the Mongolian vowel separator. They are dropped before matching, and no mention
/// begins or ends with one.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

#[inline]
fn fold(c: char) -> Fold {
    match c {
        ' ' => Fold::Space,
        c if c.is_ascii() && c != '\t' => Fold::Keep,
        '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            Fold::Space
        }
        c if is_invisible(c) => Fold::Drop,
        '\u{FF01}'..='\u{FF5E}' => Fold::To(char::from_u32(c as u32 - 0xFF01 + 0x21).unwrap_or(c)),
        '\u{318D}' | '\u{2022}' | '\u{30FB}' | '\u{2027}' | '\u{FF65}' | '\u{2219}'
        | '\u{22C5}' => Fold::To('·'),
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' => Fold::To('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' => Fold::To('"'),
        '\u{1100}'..='\u{1112}' => Fold::Jamo,
        _ => Fold::Keep,
    }
}

/// Normalizes `input`, borrowing it when nothing needs folding.
pub(crate) fn normalize(input: &str) -> Normalized<'_> {
    if input.len() <= SHORT && !may_change(input.as_bytes()) {
        return Normalized {
            text: Cow::Borrowed(input),
            map: OffsetMap::default(),
        };
    }
    let mut finder = ChangeFinder::new(input);
    let Some(first) = finder.next_change(0) else {
        return Normalized {
            text: Cow::Borrowed(input),
            map: OffsetMap::default(),
        };
    };
    let mut out = String::with_capacity(input.len());
    let mut map = OffsetMap::default();
    let mut copied = 0;
    let mut at = first;
    loop {
        // Runs that need nothing are copied whole.
        out.push_str(&input[copied..at]);
        let next = fold_at(input, at, &mut out, &mut map);
        copied = next;
        match finder.next_change(next) {
            Some(n) => at = n,
            None => break,
        }
    }
    out.push_str(&input[copied..]);
    Normalized {
        text: Cow::Owned(out),
        map,
    }
}

/// Up to this many bytes, one plain loop over the bytes answers whether anything changes
/// faster than setting up the [`ChangeFinder`]'s searches (dictionary surfaces; a news
/// paragraph is longer, and there the searches' SIMD wins).
const SHORT: usize = 32;

/// Could some character of `bytes` change: a lead byte of [`ChangeFinder`]'s, a tab, or a
/// double space?
fn may_change(bytes: &[u8]) -> bool {
    let mut space = false;
    bytes.iter().any(|&b| {
        let double = space && b == b' ';
        space = b == b' ';
        double || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF | b'\t')
    })
}

/// Folds the character (or space run, or jamo sequence) at byte `i` into `out`; returns the
/// byte offset after what it consumed.
fn fold_at(input: &str, i: usize, out: &mut String, map: &mut OffsetMap) -> usize {
    let Some(c) = input[i..].chars().next() else {
        return input.len();
    };
    let after = i + c.len_utf8();
    match fold(c) {
        Fold::Keep => {
            out.push(c);
            after
        }
        Fold::To(r) => {
            map.push(out.len(), i);
            out.push(r);
            map.push(out.len(), after);
            after
        }
        Fold::Drop => {
            map.push(out.len(), i);
            map.push(out.len(), after);
            after
        }
        Fold::Space => {
            let mut end = after;
            for c2 in input[after..].chars() {
                if !matches!(fold(c2), Fold::Space) {
                    break;
                }
                end += c2.len_utf8();
            }
            if c == ' ' && end == after {
                out.push(' ');
            } else {
                map.push(out.len(), i);
                out.push(' ');
                map.push(out.len(), end);
            }
            end
        }
        Fold::Jamo => {
            // A leading consonant: compose with a following vowel and optional final.
            let mut composed = c;
            let mut end = after;
            let mut rest = input[after..].chars();
            if let Some(v) = rest.next() {
                if let Some(lv) = unicode_normalization::char::compose(c, v) {
                    composed = lv;
                    end += v.len_utf8();
                    if let Some(t) = rest.next() {
                        if let Some(lvt) = unicode_normalization::char::compose(lv, t) {
                            composed = lvt;
                            end += t.len_utf8();
                        }
                    }
                }
            }
            if composed == c {
                out.push(c);
            } else {
                map.push(out.len(), i);
                out.push(composed);
                map.push(out.len(), end);
            }
            end
        }
    }
}

/// Finds the characters that normalization changes.
///
/// Only a few UTF-8 lead bytes can start a character that folds (tab and double space,
/// `C2` NBSP, `E1` jamo, `E2` punctuation and spaces, `E3` CJK symbols, `EF` full-width), so
/// the search jumps between them with `memchr` instead of decoding every character; each
/// search's next hit is remembered, so the whole text is scanned once per search.
struct ChangeFinder<'a> {
    input: &'a str,
    /// Next hit at or after the position asked last: (from, hit).
    hits: [(usize, Option<usize>); 3],
}

/// The searcher for a double space, built once (building one costs more than a search).
static DOUBLE_SPACE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"  "));

impl<'a> ChangeFinder<'a> {
    fn new(input: &'a str) -> Self {
        ChangeFinder {
            input,
            hits: [(usize::MAX, None); 3],
        }
    }

    fn search(&self, which: usize, from: usize) -> Option<usize> {
        let rest = &self.input.as_bytes()[from..];
        let found = match which {
            0 => memchr::memchr3(0xC2, 0xE1, 0xE2, rest),
            1 => memchr::memchr3(0xE3, 0xEF, b'\t', rest),
            _ => DOUBLE_SPACE.find(rest),
        };
        found.map(|i| from + i)
    }

    /// The first byte at or after `from` where a character changes.
    fn next_change(&mut self, mut from: usize) -> Option<usize> {
        let bytes = self.input.as_bytes();
        while from < bytes.len() {
            for w in 0..3 {
                let (asked, hit) = self.hits[w];
                let stale = asked == usize::MAX || hit.is_some_and(|h| h < from) || asked > from;
                if stale {
                    self.hits[w] = (from, self.search(w, from));
                }
            }
            let at = self.hits.iter().filter_map(|h| h.1).min()?;
            if !self.input.is_char_boundary(at) {
                from = at + 1;
                continue;
            }
            if bytes[at] == b' ' {
                return Some(at);
            }
            let ch = self.input[at..].chars().next()?;
            if !matches!(fold(ch), Fold::Keep) {
                // A lone space before another kind of space folds from the space.
                if at > from && bytes[at - 1] == b' ' && matches!(fold(ch), Fold::Space) {
                    return Some(at - 1);
                }
                return Some(at);
            }
            from = at + ch.len_utf8();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &str) {
        let n = normalize(input);
        assert_eq!(n.text, expected, "normalizing {input:?}");
        // Every char boundary of the normalized text maps to a char boundary of the input.
        for (i, _) in n.text.char_indices() {
            assert!(input.is_char_boundary(n.map.to_original(i)));
        }
        assert_eq!(n.map.to_original(n.text.len()), input.len());
    }

    #[test]
    fn plain_text_is_borrowed() {
        let n = normalize("오픈AI가 한국산업은행과 MOU를 체결했다.");
        assert!(matches!(n.text, Cow::Borrowed(_)));
    }

    #[test]
    fn folds_width_dots_quotes_and_spaces() {
        check("ＯｐｅｎＡＩ　１２３", "OpenAI 123");
        check("삼성전자ㆍSK하이닉스•LG", "삼성전자·SK하이닉스·LG");
        check("“AI 동맹”과 ‘협력’", "\"AI 동맹\"과 '협력'");
        check("샘\u{00A0}올트먼  CEO\t대표", "샘 올트먼 CEO 대표");
        check("오픈\u{200B}AI", "오픈AI");
    }

    #[test]
    fn composes_decomposed_hangul() {
        let nfd = "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}"; // 한국 in NFD
        check(nfd, "한국");
        let joined = format!("{nfd}은행");
        let n = normalize(&joined);
        assert_eq!(n.text, "한국은행");
        assert_eq!(n.map.to_original(3), 9);
        assert_eq!(n.map.to_original(6), 18);
    }

    #[test]
    fn offsets_map_back_through_changes() {
        let input = "ＳＫ하이닉스와  삼성";
        let n = normalize(input);
        assert_eq!(n.text, "SK하이닉스와 삼성");
        let start = n.text.find("삼성").unwrap();
        let (s, e) = n.map.span_to_original(start, start + "삼성".len());
        assert_eq!(&input[s..e], "삼성");
        let (s, e) = n.map.span_to_original(0, "SK하이닉스".len());
        assert_eq!(&input[s..e], "ＳＫ하이닉스");
    }

    proptest::proptest! {
        /// The short-text shortcut answers "nothing changes" only where the finder finds no
        /// change either: it may send text to the finder needlessly, never skip one.
        #[test]
        fn the_shortcut_never_skips_a_change(s in "[ \t가-힣a-zA-Z0-9·“”…ＡＳ\u{3000}\u{1100}-\u{1175}\u{00a0}\u{200b}]{0,40}") {
            let found = ChangeFinder::new(&s).next_change(0).is_some();
            proptest::prop_assert!(!found || may_change(s.as_bytes()), "{s:?}");
        }
    }
}
