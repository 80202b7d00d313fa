//! Text stages: normalization with an offset map, and segmentation into sentences, eojeol
//! and particles. Everything downstream works on the normalized text; offsets go back to the
//! caller's original text through `OffsetMap`.

pub(crate) mod normalize;
pub(crate) mod segment;

pub use segment::Role;

/// Which writing system a character belongs to, as far as word boundaries care.
///
/// A change of script is a word boundary in Korean news (`MS데이터센터`, `오픈AI가`), except
/// between Latin letters and digits (`5G`, `A380` stay whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Hangul,
    Alnum,
    Han,
    Kana,
    OtherWord,
    Space,
    Punct,
}

impl Script {
    #[inline]
    pub(crate) fn of(c: char) -> Script {
        // Most characters of Korean news are hangul syllables: one range test for them.
        if ('\u{AC00}'..='\u{D7A3}').contains(&c) {
            return Script::Hangul;
        }
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => Script::Alnum,
            ' ' | '\n' | '\r' | '\t' => Script::Space,
            c if c.is_ascii() => Script::Punct,
            '\u{AC00}'..='\u{D7A3}'
            | '\u{1100}'..='\u{11FF}'
            | '\u{3131}'..='\u{318C}'
            | '\u{A960}'..='\u{A97F}'
            | '\u{D7B0}'..='\u{D7FF}' => Script::Hangul,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' => {
                Script::Han
            }
            '\u{3041}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' => Script::Kana,
            '\u{00C0}'..='\u{024F}' => Script::Alnum,
            c if c.is_whitespace() => Script::Space,
            c if c.is_alphanumeric() => Script::OtherWord,
            _ => Script::Punct,
        }
    }

    /// Letters and digits of any script: what a word is made of.
    #[inline]
    pub(crate) fn is_word(self) -> bool {
        !matches!(self, Script::Space | Script::Punct)
    }
}

/// Is there a word boundary between a character of script `prev` and one of script `next`?
///
/// Han characters stand alone (`韓美` is two words in a headline).
#[inline]
pub(crate) fn is_boundary(prev: Script, next: Script) -> bool {
    !prev.is_word() || !next.is_word() || prev != next || next == Script::Han
}

pub(crate) use normalize::{normalize, OffsetMap};

/// Every occurrence of a few names found in one text, leftmost-longest and not overlapping:
/// `(start, end, index of the name)`. A handful of names is searched one by one with SIMD
/// `memmem`; more get one automaton, so no per-document automaton is built in the usual case.
pub(crate) fn find_all<S: AsRef<str>>(text: &str, names: &[S]) -> Vec<(usize, usize, usize)> {
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    if names.len() <= 8 {
        for (k, name) in names.iter().enumerate() {
            let name = name.as_ref().as_bytes();
            if !name.is_empty() {
                hits.extend(
                    memchr::memmem::find_iter(text.as_bytes(), name)
                        .map(|s| (s, s + name.len(), k)),
                );
            }
        }
        hits.sort_unstable_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
        let mut end = 0;
        hits.retain(|&(s, e, _)| {
            let keep = s >= end;
            if keep {
                end = e;
            }
            keep
        });
    } else if let Ok(ac) = aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(names.iter().map(|n| n.as_ref()))
    {
        hits.extend(
            ac.find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
        );
    }
    hits
}

/// Where a short byte string occurs in a text, found once: the line or sentence around each
/// of many places (every date, every amount) is then a binary search, not a search of the
/// text from that place, so the cost stays linear in a long one-line document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Marks(Vec<usize>);

impl Marks {
    /// The non-overlapping occurrences of `needle` in `text`.
    pub(crate) fn of(text: &str, needle: &str) -> Marks {
        Marks(memchr::memmem::find_iter(text.as_bytes(), needle.as_bytes()).collect())
    }

    /// The last occurrence starting before byte `x`.
    pub(crate) fn last_before(&self, x: usize) -> Option<usize> {
        self.0
            .partition_point(|&k| k < x)
            .checked_sub(1)
            .map(|i| self.0[i])
    }

    /// The first occurrence starting at or after byte `x`.
    pub(crate) fn first_from(&self, x: usize) -> Option<usize> {
        self.0.get(self.0.partition_point(|&k| k < x)).copied()
    }
}

/// The lines of a text read from a file: a leading byte-order mark is dropped, and `\n`,
/// `\r\n` and a lone `\r` all end a line (files from old Mac tools use the last).
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match memchr::memchr2(b'\n', b'\r', t.as_bytes()) {
            Some(i) => {
                let next = if t[i..].starts_with("\r\n") {
                    i + 2
                } else {
                    i + 1
                };
                rest = Some(&t[next..]);
                Some(&t[..i])
            }
            None => {
                rest = None;
                (!t.is_empty()).then_some(t)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The marks answer what `rfind` and `find` from each place would.
    #[test]
    fn marks_answer_as_a_search_from_each_place() {
        let text = "첫 문장. 둘째 문장\n셋째. 넷째 @ 끝. ";
        for needle in ["\n", ". ", "@"] {
            let marks = Marks::of(text, needle);
            for x in (0..=text.len()).filter(|&x| text.is_char_boundary(x)) {
                let last = text[..x]
                    .char_indices()
                    .map(|(k, _)| k)
                    .rfind(|&k| text[k..].starts_with(needle));
                assert_eq!(marks.last_before(x), last, "{needle:?} before {x}");
                assert_eq!(
                    marks.first_from(x),
                    text[x..].find(needle).map(|k| x + k),
                    "{needle:?} from {x}"
                );
            }
        }
    }
}
