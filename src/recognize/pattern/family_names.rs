//! A family name the dictionary knows alone (`트럼프`, `브로크먼`, `아베`: the one-word aliases
//! of `person.tsv`) is another person's when a foreign given name stands beside it:
//! `이방카 트럼프`, `마이클 브로크먼`, `아베 마키`. The hit is dropped before discovery runs,
//! so that discovery finds the whole name.
//!
//! So too a place the dictionary knows one space after a common foreign given name that no
//! candidate holds (`지미 웨일스`): the place's name is the person's family name.

use super::foreign::{given_name_and_family_name, is_foreign_name};
use crate::document::EntityType;
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::without_particle;
use crate::text::Script;

/// Drops the family-name hits of `candidates` (the dictionary's, in text order) that have a
/// foreign given name no candidate holds one space before or after them.
pub(crate) fn family_names(text: &str, dictionary: &Dictionary, candidates: &mut Vec<Candidate>) {
    let mut drop = Vec::new();
    for (i, c) in candidates.iter().enumerate() {
        let Label::Entry(e) = c.label else { continue };
        let free_before = i == 0 || candidates[i - 1].end + 1 < c.start;
        if c.kind == EntityType::Location {
            let surface = &text[c.start..c.end];
            if free_before
                && word_before(text, c.start)
                    .is_some_and(|w| given_name_and_family_name(&[w, surface]))
            {
                drop.push(i);
            }
            continue;
        }
        if c.kind != EntityType::Person {
            continue;
        }
        let canonical = &*dictionary.entity(e).canonical;
        let surface = &text[c.start..c.end];
        // a one-word surface of a name of several words
        if surface.contains(' ')
            || !canonical.contains(' ')
            || canonical.starts_with(surface) && canonical.len() == surface.len()
        {
            continue;
        }
        let free_after = candidates.get(i + 1).is_none_or(|n| n.start > c.end + 1);
        // the two words read as one foreign name (`마이클 브로크먼`, `아베 마키`)
        let before = free_before
            && word_before(text, c.start).is_some_and(|w| is_foreign_name(&[w, surface]));
        let after = free_after
            && word_after(text, c.end)
                .is_some_and(|w| is_foreign_name(&[surface, without_particle(w)]));
        if before || after {
            drop.push(i);
        }
    }
    for i in drop.into_iter().rev() {
        candidates.remove(i);
    }
}

/// The Hangul word ending one space before `at`, starting its eojeol.
fn word_before(text: &str, at: usize) -> Option<&str> {
    super::word_ending_at(text, text[..at].strip_suffix(' ')?.len()).map(|(_, word)| word)
}

/// The Hangul word starting one space after `end`, up to the end of its Hangul run.
fn word_after(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(rest.len(), |(i, _)| i);
    (len > 0).then_some(&rest[..len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_beside_a_family_name() {
        let text = "이방카 트럼프는 말했다";
        let s = text.find("트럼프").unwrap();
        assert_eq!(word_before(text, s), Some("이방카"));
        let text = "아베 마키 사장";
        assert_eq!(word_after(text, "아베".len()), Some("마키"));
        assert_eq!(without_particle("마키는"), "마키");
        // with a Korean word beside it, no other name
        assert!(!is_foreign_name(&["그는", "트럼프"]));
        assert!(!is_foreign_name(&["트럼프", "행정부"]));
        assert!(given_name_and_family_name(&["지미", "웨일스"]));
    }
}
