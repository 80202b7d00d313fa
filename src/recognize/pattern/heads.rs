//! The fixed words that the recognizers of bodies, offices and states look for anywhere in a
//! text, glued to a name or not (`경찰`, `대사관`, `경찰서`, `육군`, `조선`): one Aho-Corasick
//! pass finds every occurrence of all of them, in place of one substring search per word
//! (twenty passes over each text), and each recognizer reads the starts of its own words.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use super::{authorities, embassies, forces, offices, states};

/// The recognizers whose words the pass finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Group {
    Authorities,
    Embassies,
    Offices,
    Forces,
    States,
}

impl Group {
    const ALL: [Group; 5] = [
        Group::Authorities,
        Group::Embassies,
        Group::Offices,
        Group::Forces,
        Group::States,
    ];

    /// The group's words, in the order its recognizer numbers them.
    fn words(self) -> Vec<&'static str> {
        match self {
            Group::Authorities => authorities::AUTHORITIES.to_vec(),
            Group::Embassies => embassies::HEADS.to_vec(),
            Group::Offices => offices::HEADS.to_vec(),
            Group::Forces => forces::BODIES.to_vec(),
            Group::States => states::STATES.iter().map(|&(state, _)| state).collect(),
        }
    }
}

/// Every group's words in one automaton, and the pattern id of each group's first word.
struct Index {
    automaton: AhoCorasick,
    first: [u32; Group::ALL.len()],
    /// each pattern's length in bytes
    lens: Vec<usize>,
    /// for each pattern, the other patterns it starts with (`경찰` for `경찰서`)
    prefixes: Vec<Vec<u32>>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut words = Vec::new();
    let mut first = [0u32; Group::ALL.len()];
    for (g, group) in Group::ALL.iter().enumerate() {
        first[g] = words.len() as u32;
        words.extend(group.words());
    }
    // The longest word at each start, found with the automaton's prefilter (an overlapping
    // search steps through every byte); the words it starts with are added from `prefixes`,
    // and the search resumes one character on, so a word inside another is found too
    // (`영사관` in `총영사관`, `경찰` in `경찰서`), as a search for each word alone finds it.
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&words)
        .expect("the recognizers' fixed words build an automaton");
    let prefixes = words
        .iter()
        .map(|w| {
            (0..words.len() as u32)
                .filter(|&q| words[q as usize] != *w && w.starts_with(words[q as usize]))
                .collect()
        })
        .collect();
    let lens = words.iter().map(|w| w.len()).collect();
    Index {
        automaton,
        first,
        lens,
        prefixes,
    }
});

/// Where each word of the groups occurs in one text.
pub(super) struct HeadHits {
    /// (pattern id, start byte), sorted.
    hits: Vec<(u32, usize)>,
}

impl HeadHits {
    /// Finds the words in `text`, in one pass.
    pub(super) fn new(text: &str) -> HeadHits {
        let index = &*INDEX;
        let mut hits: Vec<(u32, usize)> = Vec::new();
        let mut at = 0;
        while let Some(m) = index.automaton.find(Input::new(text).span(at..text.len())) {
            let p = m.pattern().as_u32();
            hits.push((p, m.start()));
            hits.extend(index.prefixes[p as usize].iter().map(|&q| (q, m.start())));
            at = m.start() + text[m.start()..].chars().next().map_or(1, char::len_utf8);
        }
        hits.sort_unstable();
        // A word that overlaps itself counts once per stretch, as a search for it alone
        // resumes after each match (none of the words does today; a later one may).
        let mut last: Option<(u32, usize)> = None;
        hits.retain(|&(p, s)| {
            let keep = last.is_none_or(|(lp, end)| lp != p || s >= end);
            if keep {
                last = Some((p, s + INDEX.lens[p as usize]));
            }
            keep
        });
        HeadHits { hits }
    }

    /// The starts of word `k` of `group` in the text, in order.
    pub(super) fn of(&self, group: Group, k: usize) -> impl Iterator<Item = usize> + '_ {
        let id = INDEX.first[group as usize] + k as u32;
        let from = self.hits.partition_point(|&(p, _)| p < id);
        self.hits[from..]
            .iter()
            .take_while(move |&&(p, _)| p == id)
            .map(|&(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one pass finds every start a search for each word alone finds, words inside
    /// other words and words side by side included.
    #[test]
    fn one_pass_finds_what_each_search_finds() {
        let text = "주미 총영사관과 대사관 앞 경찰서에서 경찰과 검찰, 서울중앙지법원장 해병대사관 \
                    육군·해군·공군 상하원 의회 조선 고려 구청 군청 소방서 보건소 경찰경찰";
        let hits = HeadHits::new(text);
        for group in Group::ALL {
            for (k, word) in group.words().iter().enumerate() {
                let alone: Vec<usize> = text.match_indices(word).map(|(i, _)| i).collect();
                let found: Vec<usize> = hits.of(group, k).collect();
                assert_eq!(found, alone, "{word}");
            }
        }
    }
}
