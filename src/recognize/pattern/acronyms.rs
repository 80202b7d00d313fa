//! An organization's Latin acronym written in brackets right after its name
//! (`한빛전자(HBE)는`, `세계요트연맹(WSF)·…`), or its name in brackets right after the acronym
//! (`WSF(세계요트연맹)`): the acronym is the same organization, a mention of the name's
//! entity. Only beside a name the dictionary knows: a name found by its context has no entity
//! the acronym could join, and apart it would be a second entity of the one organization.
//! A bracket glued to a word after it is that word's part (`잉글랜드축구협회(FA)컵`).

use super::covered;
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::segment::particle_chain;

/// The letters an acronym may have, at least and at most.
const ACRONYM_LEN: std::ops::RangeInclusive<usize> = 2..=10;

/// The length of the acronym at the start of `s`: ASCII letters, digits and `&`, starting with
/// a capital and holding two capitals at least (`WSF`, `KT&G`, `MoMA`, `3GPP`: not `Inc`,
/// not `e`).
fn acronym_len(s: &str) -> Option<usize> {
    let len = s
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'&')
        .count();
    let word = &s[..len];
    let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
    (ACRONYM_LEN.contains(&len)
        && capitals >= 2
        && word.bytes().any(|b| b.is_ascii_alphabetic())
        && !word.starts_with(|c: char| c.is_ascii_lowercase()))
    .then_some(len)
}

/// The acronyms beside the organizations of `found` (every candidate so far, in text order,
/// none overlapping); `dictionary`'s candidates hold the text's known names.
pub(super) fn acronyms(
    text: &str,
    found: &[Candidate],
    dictionary: &[Candidate],
    out: &mut Vec<Candidate>,
) {
    let free = |s: usize, e: usize| !covered(dictionary, s, e) && !covered(found, s, e);
    for c in found.iter().filter(|c| c.kind == EntityType::Org) {
        let Label::Entry(entry) = c.label else {
            continue;
        };
        let label = || Label::Entry(entry);
        // `NAME(ACRONYM)`: the bracket closes, or a second note follows (`·`, `,`)
        if let Some(inner) = text[c.end..].strip_prefix('(') {
            if let Some(len) = acronym_len(inner) {
                let s = c.end + 1;
                let after = &inner[len..];
                let ends =
                    after.starts_with(['·', ',']) || after.strip_prefix(')').is_some_and(word_ends);
                if ends && free(s, s + len) {
                    out.push(org(s, s + len, label()));
                }
            }
        }
        // `ACRONYM(NAME)`: the acronym starts a word
        let closes = text[c.end..].starts_with(['·', ','])
            || text[c.end..].strip_prefix(')').is_some_and(word_ends);
        if closes {
            if let Some(before) = text[..c.start].strip_suffix('(') {
                let s = before
                    .bytes()
                    .rposition(|b| !(b.is_ascii_alphanumeric() || b == b'&'))
                    .map_or(0, |i| i + 1);
                let starts_word = before[..s]
                    .chars()
                    .next_back()
                    .is_none_or(|ch| !ch.is_alphanumeric());
                if starts_word
                    && acronym_len(&before[s..]) == Some(before.len() - s)
                    && free(s, before.len())
                {
                    out.push(org(s, before.len(), label()));
                }
            }
        }
    }
}

/// Does the word end at the start of `rest` (after a closing bracket), maybe after particles
/// (`(HBE)는`), not glued to a word of its own (`(FA)컵`)?
fn word_ends(rest: &str) -> bool {
    let run = rest
        .char_indices()
        .find(|&(_, c)| !('가'..='힣').contains(&c))
        .map_or(rest.len(), |(i, _)| i);
    run == 0 || particle_chain(&rest[..run]).is_some()
}

fn org(start: usize, end: usize, label: Label) -> Candidate {
    Candidate {
        start,
        end,
        kind: EntityType::Org,
        label,
        source: Source::Pattern,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::pattern::dictionary_hit;

    fn found(text: &str, names: &[&str]) -> Vec<String> {
        let dict: Vec<Candidate> = names
            .iter()
            .map(|n| Candidate {
                label: Label::Entry(0),
                ..dictionary_hit(text, EntityType::Org, n)
            })
            .collect();
        let mut out = Vec::new();
        acronyms(text, &dict, &dict, &mut out);
        out.iter()
            .map(|c| text[c.start..c.end].to_string())
            .collect()
    }

    #[test]
    fn acronyms_beside_their_names() {
        assert_eq!(found("한빛전자(HBE)는 밝혔다", &["한빛전자"]), ["HBE"]);
        assert_eq!(
            found("세계요트연맹(WSF·본부 런던)", &["세계요트연맹"]),
            ["WSF"]
        );
        assert_eq!(
            found("그는 WSF(세계요트연맹) 회장", &["세계요트연맹"]),
            ["WSF"]
        );
    }

    #[test]
    fn no_acronym_in_other_notes() {
        // a word, a year, a lower-case note, a one-letter initial: no acronym
        assert!(found("한빛전자(회장 김철수)", &["한빛전자"]).is_empty());
        assert!(found("한빛전자(2019)", &["한빛전자"]).is_empty());
        assert!(found("한빛전자(Inc)", &["한빛전자"]).is_empty());
        assert!(found("한빛전자(A)", &["한빛전자"]).is_empty());
        assert!(found("XWSF(세계요트연맹)", &["세계요트연맹"]) == ["XWSF"]);
        assert!(found("가WSF(세계요트연맹)", &["세계요트연맹"]).is_empty());
        // a bracket glued to the word after it is that word's part
        assert!(found("잉글랜드축구협회(FA)컵 8강", &["잉글랜드축구협회"]).is_empty());
        assert_eq!(found("한빛전자(HBE)와는", &["한빛전자"]), ["HBE"]);
    }
}
