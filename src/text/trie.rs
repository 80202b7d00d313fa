//! Prefix search at a position: which of a set of strings start here.
//!
//! Every stage that asks at word starts (dictionary surfaces, repeated names, rule triggers)
//! wants every key that is a prefix of the text there. A character-wise double-array trie
//! (`crawdad`) answers that in one walk, one step per character, and builds a few thousand
//! keys in well under a millisecond.

use std::sync::Arc;

/// A set of keys, each with a value, for prefix search.
#[derive(Clone, Default)]
pub(crate) struct PrefixTrie(Option<Arc<crawdad::Trie>>);

impl PrefixTrie {
    /// Indexes `keys` with their values; empty keys are left out, and of a key given twice
    /// the first value is kept.
    pub(crate) fn new<'a>(keys: impl IntoIterator<Item = (&'a str, u32)>) -> Result<Self, String> {
        let mut records: Vec<(&str, u32)> =
            keys.into_iter().filter(|(k, _)| !k.is_empty()).collect();
        if records.is_empty() {
            return Ok(PrefixTrie(None));
        }
        records.sort_by(|a, b| a.0.cmp(b.0));
        records.dedup_by(|b, a| a.0 == b.0);
        crawdad::Trie::from_records(records)
            .map(|trie| PrefixTrie(Some(Arc::new(trie))))
            .map_err(|e| e.to_string())
    }

    /// Calls `found(end, value)` for every key that starts at byte `start` of `text` (a char
    /// boundary), shortest first.
    #[inline]
    pub(crate) fn prefixes_at(&self, text: &str, start: usize, mut found: impl FnMut(usize, u32)) {
        let Some(trie) = &self.0 else { return };
        // The trie reports a key right after feeding its last character, so the bytes fed
        // so far are its end.
        let fed = std::cell::Cell::new(start);
        let chars = text[start..]
            .chars()
            .inspect(|c| fed.set(fed.get() + c.len_utf8()));
        for (value, _) in trie.common_prefix_search(chars) {
            found(fed.get(), value);
        }
    }

    /// Heap bytes of the trie.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.0.as_ref().map_or(0, |t| t.heap_bytes())
    }
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
}
