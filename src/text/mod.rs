//! Text stages: normalization with an offset map, and segmentation into sentences, eojeol
//! and particles. Everything downstream works on the normalized text; offsets go back to the
//! caller's original text through `OffsetMap`.

pub(crate) mod determiners;
pub(crate) mod normalize;
pub(crate) mod segment;
mod trie;
mod words;

pub use segment::Role;
pub(crate) use trie::PrefixTrie;
pub(crate) use words::{skip_syllables, word_starts};

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
    /// Called for nearly every character by every stage, so the two common cases (ASCII by
    /// table, Hangul syllables by one range) come first.
    #[inline]
    pub(crate) fn of(c: char) -> Script {
        let u = c as u32;
        if u < 0x80 {
            return ASCII_SCRIPTS[u as usize];
        }
        if (0xAC00..=0xD7A3).contains(&u) {
            return Script::Hangul;
        }
        Script::of_rest(c)
    }

    /// The script of a character that is neither ASCII nor a Hangul syllable.
    fn of_rest(c: char) -> Script {
        match c {
            '\u{1100}'..='\u{11FF}'
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

/// The script of each ASCII character.
const ASCII_SCRIPTS: [Script; 128] = {
    let mut table = [Script::Punct; 128];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        table[i] = if c.is_ascii_alphanumeric() {
            Script::Alnum
        } else if matches!(c, b' ' | b'\n' | b'\r' | b'\t') {
            Script::Space
        } else {
            Script::Punct
        };
        i += 1;
    }
    table
};

/// Is there a word boundary between a character of script `prev` and one of script `next`?
///
/// Han characters stand alone (`韓美` is two words in a headline).
#[inline]
pub(crate) fn is_boundary(prev: Script, next: Script) -> bool {
    !prev.is_word() || !next.is_word() || prev != next || next == Script::Han
}

pub(crate) use normalize::{normalize, OffsetMap};

/// Every occurrence of some names in one text that starts a word, leftmost-longest and not
/// overlapping: `(start, end, index of the name)`. (The callers want names standing as words;
/// a match inside a word is of no use to them and must not hide one that starts a word.)
///
/// A handful of names is searched one by one with SIMD `memmem`; more get a double-array
/// trie (built in microseconds for the few hundred names of a document) asked at each word
/// start only, so the cost is one pass over the text, not one per name.
pub(crate) fn find_all<S: AsRef<str>>(text: &str, names: &[S]) -> Vec<(usize, usize, usize)> {
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    if names.len() <= 8 {
        for (k, name) in names.iter().enumerate() {
            let name = name.as_ref().as_bytes();
            if !name.is_empty() {
                hits.extend(
                    memchr::memmem::find_iter(text.as_bytes(), name)
                        .filter(|&s| starts_word(text, s))
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
        return hits;
    }
    // The trie takes each key once: the first index of a repeated name answers for it.
    let Ok(trie) = PrefixTrie::new(
        names
            .iter()
            .enumerate()
            .map(|(k, n)| (n.as_ref(), k as u32)),
    ) else {
        return hits;
    };
    // Most word starts end at the first character.
    let first_chars = FirstChars::new(names.iter().map(AsRef::as_ref));
    let mut next_free = 0usize;
    for (i, c) in word_starts(text) {
        if i < next_free || !first_chars.may_start(c) {
            continue;
        }
        let mut longest = None;
        trie.prefixes_at(text, i, |end, k| longest = Some((end, k as usize)));
        if let Some((end, k)) = longest {
            hits.push((i, end, k));
            next_free = end;
        }
    }
    hits
}

/// The first characters of a set of strings, hashed into 2^16 bits (so a few other
/// characters pass too): a word start whose character is not among them starts none of the
/// strings, and the prefix walk there is skipped.
#[derive(Clone)]
pub(crate) struct FirstChars(Box<[u64; 1024]>);

impl FirstChars {
    pub(crate) fn new<'a>(strings: impl IntoIterator<Item = &'a str>) -> Self {
        let mut bits = Box::new([0u64; 1024]);
        for c in strings.into_iter().filter_map(|s| s.chars().next()) {
            let slot = Self::slot(c);
            bits[slot / 64] |= 1 << (slot % 64);
        }
        FirstChars(bits)
    }

    #[inline]
    fn slot(c: char) -> usize {
        (c as usize) & 0xFFFF
    }

    /// Whether some string may start with `c`.
    #[inline]
    pub(crate) fn may_start(&self, c: char) -> bool {
        let slot = Self::slot(c);
        self.0[slot / 64] & (1 << (slot % 64)) != 0
    }
}

impl std::fmt::Debug for FirstChars {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        write!(f, "FirstChars({n} slots)")
    }
}

/// Whether byte `s` of `text` (a char boundary) starts a word.
fn starts_word(text: &str, s: usize) -> bool {
    let (Some(first), before) = (text[s..].chars().next(), text[..s].chars().next_back()) else {
        return false;
    };
    let script = Script::of(first);
    script.is_word() && before.is_none_or(|b| is_boundary(Script::of(b), script))
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
    use super::{find_all, Marks, Script};

    /// The fast paths of `Script::of` agree with the rule written out in full, on every
    /// character.
    #[test]
    fn script_of_every_character() {
        fn reference(c: char) -> Script {
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
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(Script::of(c), reference(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    fn found<'a>(text: &'a str, names: &[&str]) -> Vec<&'a str> {
        find_all(text, names)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn names_are_found_where_words_start() {
        let text = "올트먼은 샘 올트먼과 만났고 알트만이라는 표기도 쓴다. 김올트먼";
        assert_eq!(
            found(text, &["올트먼", "알트만"]),
            ["올트먼", "올트먼", "알트만"]
        );
    }

    /// Many names take the trie; it finds what the one-name-at-a-time search finds.
    #[test]
    fn many_names_find_what_few_names_find() {
        let text = "홍길동 대표와 김철수 사장, 이영희 교수가 서울에서 만났다. 홍길동은 \
                    웃었고 박홍길동은 없었다. 바이든 미국 대통령과 시진핑 주석.";
        let few = ["홍길동", "김철수", "바이든"];
        let many = [
            "홍길동",
            "김철수",
            "바이든",
            "없는이름",
            "다른이름",
            "세번째",
            "네번째",
            "다섯째",
            "여섯째",
            "일곱째",
        ];
        assert_eq!(found(text, &few), found(text, &many));
        assert_eq!(found(text, &many), ["홍길동", "김철수", "홍길동", "바이든"]);
        // The longest name that starts a word wins, and a repeated name counts once.
        let mut longer = many.to_vec();
        longer.extend(["홍길", "홍길동"]);
        let hits = find_all(text, &longer);
        assert_eq!(hits[0], (0, "홍길동".len(), 0));
    }

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
