//! A person the text names only by a surname or an initial with a title or an honorific
//! (`박 대통령은`, `윤 전 대변인`, `성 전회장`, `최씨는`, `A 씨`, `이 여사는`): the mention is the whole `박 대통령`, as
//! the gold writes `강 회장`, and so is the canonical name — a bare `박` names no one. A name
//! withheld as `김모`/`김 모` takes its honorific (`김모 씨`, `윤모씨`, as the gold writes them)
//! but not a title: `양모 대표` is `양모` holding the title, the `모` already stands for the
//! given name.
//!
//! This runs after the relate stage: the title keeps its own mention inside the person's, so
//! a `position` found between the two still names both, and the mentions the relate stage
//! read stay the non-overlapping ones it was given.

use crate::document::EntityType;
use crate::resolve::Resolved;

/// Widens the mentions of persons named by a lone surname or initial to their title or
/// honorific, and makes the widened text their canonical name when all mentions agree.
pub(crate) fn widen_titled_surnames(text: &str, resolved: &mut Resolved) {
    for c in 0..resolved.entities.len() {
        let cluster = &resolved.entities[c];
        if cluster.kind != EntityType::Person {
            continue;
        }
        let takes_title = match name_kind(&cluster.canonical) {
            Some(NameKind::Surname) => true,
            Some(NameKind::Withheld) => false,
            None => continue,
        };
        // an initial names a minor by `군`/`양` as well (`A양`, `B 군`)
        let honorifics: &[&str] = if cluster
            .canonical
            .starts_with(|c: char| c.is_ascii_uppercase())
        {
            &INITIAL_HONORIFICS
        } else {
            &HONORIFICS
        };
        let mut widened: Vec<(usize, usize)> = Vec::new();
        for &mi in &cluster.mentions {
            let m = &resolved.mentions[mi];
            if text.get(m.start..m.end) != Some(cluster.canonical.as_str()) {
                continue;
            }
            if let Some(end) =
                title_or_honorific_end(text, m.end, resolved, takes_title, honorifics)
            {
                widened.push((mi, end));
            }
        }
        if widened.is_empty() {
            continue;
        }
        let all = widened.len() == resolved.entities[c].mentions.len();
        let first = widened[0];
        let same = widened.iter().all(|&(mi, end)| {
            text[resolved.mentions[mi].start..end]
                == text[resolved.mentions[first.0].start..first.1]
        });
        if all && same {
            resolved.entities[c].canonical =
                text[resolved.mentions[first.0].start..first.1].to_string();
        }
        for (mi, end) in widened {
            resolved.mentions[mi].end = end;
        }
    }
}

/// How a person's name stands in for one.
enum NameKind {
    /// One Hangul syllable (a surname) or one capital letter (an initial: `A씨`).
    Surname,
    /// A surname and `모` for the given name withheld (`김모`, `김 모`).
    Withheld,
}

fn name_kind(name: &str) -> Option<NameKind> {
    let is_syllable = |c: char| ('가'..='힣').contains(&c);
    let mut chars = name.chars();
    match (chars.next(), chars.next(), chars.next(), chars.next()) {
        (Some(c), None, _, _) if is_syllable(c) || c.is_ascii_uppercase() => {
            Some(NameKind::Surname)
        }
        (Some(c), Some('모'), None, _) | (Some(c), Some(' '), Some('모'), None)
            if is_syllable(c) =>
        {
            Some(NameKind::Withheld)
        }
        _ => None,
    }
}

/// The honorifics a surname's mention takes, glued or one space on (`최씨`, `최 씨`).
const HONORIFICS: [&str; 2] = ["씨", " 씨"];

/// The honorifics an initial's mention takes: a minor is `A군` or `B 양` as an adult is `C씨`
/// (the gold writes `A양`).
const INITIAL_HONORIFICS: [&str; 6] = ["씨", " 씨", "군", " 군", "양", " 양"];

/// Where the title or honorific right after a name ending at `end` ends: one of
/// `honorifics`, or (if `title`) a TITLE mention one space on (after `전 ` too: `윤 전
/// 대변인`).
fn title_or_honorific_end(
    text: &str,
    end: usize,
    resolved: &Resolved,
    title: bool,
    honorifics: &[&str],
) -> Option<usize> {
    let rest = text.get(end..)?;
    for honorific in honorifics {
        if let Some(after) = rest.strip_prefix(honorific) {
            // the word ends there or goes on in particles only: not `씨름`, `씨앗`
            if after_word_ends(after) {
                return Some(end + honorific.len());
            }
        }
    }
    if !title {
        return None;
    }
    // the noun of address `여사` (`이 여사는`, `김 여사 측에`), as a title is taken
    if let Some(after) = rest.strip_prefix(" 여사") {
        if after_word_ends(after) {
            return Some(end + " 여사".len());
        }
    }
    // `전` written apart (`윤 전 대변인`) or glued to the title (`성 전회장`)
    [" 전 ", " 전", " "]
        .iter()
        .filter(|gap| rest.starts_with(**gap))
        .find_map(|gap| title_mention_end(resolved, end + gap.len()))
}

/// The end of the TITLE mention that starts at `at`, if one does.
fn title_mention_end(resolved: &Resolved, at: usize) -> Option<usize> {
    let i = resolved.mentions.partition_point(|m| m.start < at);
    resolved
        .mentions
        .get(i)
        .filter(|m| m.start == at && m.kind == EntityType::Title)
        .map(|m| m.end)
}

/// Does a word end at the start of `after`, or go on in particles only (`여사는`, not `여사장`)?
fn after_word_ends(after: &str) -> bool {
    let word = after
        .split(|c: char| !('가'..='힣').contains(&c))
        .next()
        .unwrap_or("");
    word.is_empty() || crate::text::segment::particle_chain(word).is_some()
}
