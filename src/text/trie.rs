//! Prefix search at a position: which of a set of strings start here.
//!
//! Every stage that asks at word starts (dictionary surfaces, repeated names, rule triggers)
//! wants every key that is a prefix of the text there. A double-array trie (`crawdad`)
//! answers that in one walk. Fed characters, it takes one step per syllable, but placing
//! nodes whose children are spread over thousands of syllables grows faster than the number
//! of keys (random Korean names: 13,000 keys in about 15 ms, 100,000 in about 260 ms). Fed
//! the keys' UTF-8 bytes, each as the character of the same number, no node has more than
//! 256 children and placing is about linear (100,000 keys in about 50 ms), for three short
//! steps per syllable. So a small set is fed characters and a large one bytes.

use std::sync::Arc;

/// From this many keys on, the trie is built over bytes (see the module's doc).
const BYTES_FROM_KEYS: usize = 20_000;

/// A set of keys, each with a value, for prefix search.
#[derive(Clone, Default)]
pub(crate) struct PrefixTrie(Option<Arc<Indexed>>);

/// The trie and what it was built over.
struct Indexed {
    trie: crawdad::Trie,
    bytes: bool,
}

impl PrefixTrie {
    /// Indexes `keys` with their values; empty keys are left out, and of a key given twice
    /// the first value is kept.
    pub(crate) fn new<'a>(keys: impl IntoIterator<Item = (&'a str, u32)>) -> Result<Self, String> {
        let mut records: Vec<(&str, u32)> =
            keys.into_iter().filter(|(k, _)| !k.is_empty()).collect();
        if records.is_empty() {
            return Ok(PrefixTrie(None));
        }
        // Bytes and the characters they are fed as sort alike. Stable: of a key given twice,
        // the first stays first.
        records.sort_by(|a, b| a.0.cmp(b.0));
        records.dedup_by(|b, a| a.0 == b.0);
        let records = records.into_iter();
        let bytes = records.len() >= BYTES_FROM_KEYS;
        let trie = if bytes {
            crawdad::Trie::from_records(records.map(|(k, v)| (bytes_as_chars(k), v)))
        } else {
            crawdad::Trie::from_records(records)
        };
        trie.map(|trie| PrefixTrie(Some(Arc::new(Indexed { trie, bytes }))))
            .map_err(|e| e.to_string())
    }

    /// Calls `found(end, value)` for every key that starts at byte `start` of `text` (a char
    /// boundary), shortest first.
    #[inline]
    pub(crate) fn prefixes_at(&self, text: &str, start: usize, mut found: impl FnMut(usize, u32)) {
        let Some(indexed) = &self.0 else { return };
        if indexed.bytes {
            // The trie counts the bytes it was fed up to a key's end; a key is whole UTF-8,
            // so that end is a char boundary.
            let bytes = text.as_bytes()[start..].iter().map(|&b| char::from(b));
            for (value, fed) in indexed.trie.common_prefix_search(bytes) {
                found(start + fed, value);
            }
            return;
        }
        // The trie reports a key right after feeding its last character, so the bytes fed
        // so far are its end.
        let fed = std::cell::Cell::new(start);
        let chars = text[start..]
            .chars()
            .inspect(|c| fed.set(fed.get() + c.len_utf8()));
        for (value, _) in indexed.trie.common_prefix_search(chars) {
            found(fed.get(), value);
        }
    }

    /// Heap bytes of the trie.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.0.as_ref().map_or(0, |t| t.trie.heap_bytes())
    }
}

/// `key`'s UTF-8 bytes, each as the character of the same number (`U+0000`–`U+00FF`).
fn bytes_as_chars(key: &str) -> String {
    let mut chars = String::with_capacity(2 * key.len());
    chars.extend(key.bytes().map(char::from));
    chars
}

impl std::fmt::Debug for PrefixTrie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PrefixTrie({} bytes)", self.heap_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::PrefixTrie;

    fn prefixes(trie: &PrefixTrie, text: &str, start: usize) -> Vec<(&'static str, u32)> {
        let mut out = Vec::new();
        trie.prefixes_at(text, start, |end, v| {
            out.push((text[start..end].to_string().leak() as &str, v))
        });
        out
    }

    #[test]
    fn every_key_that_starts_here_shortest_first() {
        let trie = PrefixTrie::new([
            ("한국", 0),
            ("한국산업은행", 1),
            ("산은", 2),
            ("", 3),
            ("한국", 4),
        ])
        .unwrap();
        let text = "한국산업은행과 산은";
        assert_eq!(prefixes(&trie, text, 0), [("한국", 0), ("한국산업은행", 1)]);
        assert_eq!(
            prefixes(&trie, text, "한국산업은행과 ".len()),
            [("산은", 2)]
        );
        assert!(prefixes(&trie, text, "한".len()).is_empty());
        assert!(prefixes(&PrefixTrie::new([]).unwrap(), text, 0).is_empty());
    }

    #[test]
    fn a_large_set_is_searched_over_bytes_with_the_same_answers() {
        // Syllables spread over the whole Hangul block, as a big name list has them.
        let generated: Vec<String> = (0..super::BYTES_FROM_KEYS as u32)
            .map(|i| {
                let syllable = |n: u32| char::from_u32(0xAC00 + n % 11_172).unwrap_or('가');
                [syllable(i * 7), syllable(i / 3 + 11), syllable(i)]
                    .iter()
                    .collect()
            })
            .collect();
        let named = [("한국", 0), ("한국산업은행", 1), ("산은", 2), ("AI", 3)];
        let keys = named
            .iter()
            .copied()
            .chain(generated.iter().map(|k| (k.as_str(), 9)));
        let trie = PrefixTrie::new(keys).unwrap();
        assert!(trie.0.as_ref().is_some_and(|t| t.bytes));
        let text = "한국산업은행과 산은, AI";
        assert_eq!(prefixes(&trie, text, 0), [("한국", 0), ("한국산업은행", 1)]);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(prefixes(&trie, text, at("산은")), [("산은", 2)]);
        assert_eq!(prefixes(&trie, text, at("AI")), [("AI", 3)]);
        let g = &generated[12_345];
        assert_eq!(prefixes(&trie, g, 0).last(), Some(&(g.as_str(), 9)));
    }
}
