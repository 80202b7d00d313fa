//! Coreference: short forms that point back to an entity named in full.
//!
//! * a foreign name's last word alone (`올트먼` after `샘 올트먼`, also its variants);
//! * a Korean surname and a title (`강 회장` after `강석훈 한국산업은행 회장`);
//! * `양사`, `양 기관`, `두 회사`, `양측` → the two organizations just named.
//!
//! Linked mentions get `source: "coreference"` and join their entity.

use crate::document::{EntityType, Source};
use crate::recognize::dictionary::Dictionary;
use crate::recognize::{Candidate, Label};
use crate::text::segment::{tail_after, Tail};
use crate::text::{is_boundary, Script};

use super::Resolved;

/// Phrases that stand for the two organizations just named.
const BOTH_PARTIES: &[&str] = &[
    "양 기관",
    "양기관",
    "양사",
    "두 회사",
    "양측",
    "두 기관",
    "양 사",
];

/// Links short forms in `text` (normalized) to the entities of `resolved`.
pub(crate) fn link(text: &str, resolved: &mut Resolved, dictionary: &Dictionary) {
    link_surnames(text, resolved, dictionary);
    link_surname_titles(text, resolved);
    link_both_parties(text, resolved);
}

/// Is `s..e` a whole word at a name boundary?
fn at_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let first = text[s..].chars().next();
    let last = text[..e].chars().next_back();
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    let starts = before.is_none_or(|b| is_boundary(Script::of(b), Script::of(first)));
    starts
        && matches!(
            tail_after(text, e, last),
            Some(Tail::End | Tail::Particle(_) | Tail::ScriptChange)
        )
}

fn overlaps_any(resolved: &Resolved, s: usize, e: usize) -> bool {
    let i = resolved.mentions.partition_point(|m| m.end <= s);
    resolved.mentions.get(i).is_some_and(|m| m.start < e)
}

/// `올트먼` alone after `샘 올트먼` (or `샘 알트만`): the last word of a spaced name.
fn link_surnames(text: &str, resolved: &mut Resolved, dictionary: &Dictionary) {
    let mut short: Vec<(String, usize)> = Vec::new();
    for (ei, cluster) in resolved.entities.iter().enumerate() {
        if cluster.kind != EntityType::Person {
            continue;
        }
        let mut surfaces: Vec<String> = cluster
            .mentions
            .iter()
            .map(|&m| text[resolved.mentions[m].start..resolved.mentions[m].end].to_string())
            .collect();
        surfaces.push(cluster.canonical.clone());
        if let Some(e) = cluster.entry {
            let _ = dictionary.entity(e);
        }
        for s in surfaces {
            if let Some((_, last)) = s.rsplit_once(' ') {
                if last.chars().count() >= 2
                    && last.chars().all(|c| Script::of(c) == Script::Hangul)
                    && !short.iter().any(|(x, _)| x == last)
                {
                    short.push((last.to_string(), ei));
                }
            }
        }
    }
    for (surface, entity) in short {
        let mut adds = Vec::new();
        for (s, _) in text.match_indices(surface.as_str()) {
            let e = s + surface.len();
            if at_boundary(text, s, e) && !overlaps_any(resolved, s, e) {
                adds.push(s);
            }
        }
        for s in adds {
            resolved.add_mention(
                Candidate {
                    start: s,
                    end: s + surface.len(),
                    kind: EntityType::Person,
                    label: Label::Surface,
                    source: Source::Coreference,
                },
                entity,
            );
        }
    }
}

/// `강 회장` → the person named earlier whose name starts with `강`; the title mention is
/// replaced by the whole `강 회장`.
fn link_surname_titles(text: &str, resolved: &mut Resolved) {
    let mut i = 0;
    while i < resolved.mentions.len() {
        let m = &resolved.mentions[i];
        if m.kind != EntityType::Title || m.start < 4 {
            i += 1;
            continue;
        }
        let before = &text[..m.start];
        let Some(rest) = before.strip_suffix(' ') else {
            i += 1;
            continue;
        };
        let Some(surname) = rest.chars().next_back() else {
            i += 1;
            continue;
        };
        let s = rest.len() - surname.len_utf8();
        let standalone = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !Script::of(c).is_word());
        if Script::of(surname) != Script::Hangul
            || !standalone
            || overlaps_any(resolved, s, rest.len())
        {
            i += 1;
            continue;
        }
        // The latest Korean person named before, whose name starts with this syllable.
        let title_start = m.start;
        let mut target = None;
        for j in (0..i).rev() {
            let c = &resolved.mentions[j];
            if c.kind != EntityType::Person {
                continue;
            }
            let name = &resolved.entities[resolved.entity_of[j]].canonical;
            let korean = name.chars().all(|ch| Script::of(ch) == Script::Hangul);
            let len = name.chars().count();
            if korean && (2..=4).contains(&len) && name.starts_with(surname) {
                target = Some(resolved.entity_of[j]);
                break;
            }
        }
        let Some(entity) = target else {
            i += 1;
            continue;
        };
        let end = resolved.mentions[i].end;
        // Replace the title mention with the person mention.
        let title_entity = resolved.entity_of[i];
        resolved.mentions.remove(i);
        resolved.entity_of.remove(i);
        for cluster in &mut resolved.entities {
            cluster.mentions.retain(|&x| x != i);
            for x in &mut cluster.mentions {
                if *x > i {
                    *x -= 1;
                }
            }
        }
        let _ = (title_entity, title_start);
        resolved.add_mention(
            Candidate {
                start: s,
                end,
                kind: EntityType::Person,
                label: Label::Surface,
                source: Source::Coreference,
            },
            entity,
        );
        i += 1;
    }
    resolved.entities.retain(|c| !c.mentions.is_empty());
    // Re-number entity_of after dropping empty clusters.
    let mut entity_of = vec![0; resolved.mentions.len()];
    for (ei, c) in resolved.entities.iter().enumerate() {
        for &m in &c.mentions {
            entity_of[m] = ei;
        }
    }
    resolved.entity_of = entity_of;
}

/// `양 기관` → the two organizations named last before it.
fn link_both_parties(text: &str, resolved: &mut Resolved) {
    for phrase in BOTH_PARTIES {
        let hits: Vec<usize> = text
            .match_indices(phrase)
            .map(|(s, _)| s)
            .filter(|&s| {
                at_boundary(text, s, s + phrase.len())
                    && !overlaps_any(resolved, s, s + phrase.len())
            })
            .collect();
        for s in hits {
            let mut parties: Vec<usize> = Vec::new();
            for j in (0..resolved.mentions.partition_point(|m| m.start < s)).rev() {
                let m = &resolved.mentions[j];
                if m.kind == EntityType::Org && m.source != Source::Coreference {
                    let e = resolved.entity_of[j];
                    if !parties.contains(&e) {
                        parties.push(e);
                    }
                    if parties.len() == 2 {
                        break;
                    }
                }
            }
            if parties.len() == 2 {
                for e in parties {
                    resolved.add_mention(
                        Candidate {
                            start: s,
                            end: s + phrase.len(),
                            kind: EntityType::Org,
                            label: Label::Surface,
                            source: Source::Coreference,
                        },
                        e,
                    );
                }
            }
        }
    }
}
