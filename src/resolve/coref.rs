//! Coreference: short forms that point back to an entity named in full.
//!
//! * a foreign name's last word alone (`올트먼` after `샘 올트먼`, also its variants);
//! * a Korean surname and a title (`강 회장` after `강석훈 한국산업은행 회장`);
//! * `양사`, `양 기관`, `두 회사`, `양측` → the two organizations just named.
//!
//! Linked mentions get `source: "coreference"` and join their entity. Each step is one pass
//! over the text and one merge into the mentions, so long documents stay linear.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::determiners::han_is_no_surname;
use crate::text::segment::stands_alone;
use crate::text::{find_all, Script};

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
pub(crate) fn link(text: &str, resolved: &mut Resolved) {
    fn count(resolved: &Resolved, kind: EntityType) -> usize {
        resolved.entities.iter().filter(|c| c.kind == kind).count()
    }
    let people = count(resolved, EntityType::Person);
    // Each step needs entities to point at; most short texts have none and skip them.
    if people > 0 {
        link_surnames(text, resolved);
        if count(resolved, EntityType::Title) > 0 {
            link_surname_titles(text, resolved);
        }
        join_surname_only(text, resolved);
    }
    if count(resolved, EntityType::Org) >= 2 {
        link_both_parties(text, resolved);
    }
}

/// Is `s..e` a whole word at a name boundary (a script change may follow: `올트먼CEO`)?
fn at_boundary(text: &str, s: usize, e: usize) -> bool {
    stands_alone(text, s, e, true)
}

fn overlaps_any(resolved: &Resolved, s: usize, e: usize) -> bool {
    let i = resolved.mentions.partition_point(|m| m.end <= s);
    resolved.mentions.get(i).is_some_and(|m| m.start < e)
}

fn coreference(start: usize, end: usize, kind: EntityType) -> Candidate {
    Candidate {
        start,
        end,
        kind,
        label: Label::Surface,
        source: Source::Coreference,
    }
}

/// `올트먼` alone after `샘 올트먼` (or `샘 알트만`): the last word of a spaced name; a
/// one-syllable last word only right before a title (`쿡 CEO` after `팀 쿡`), and only when no
/// Korean name of the document starts with that syllable (`김 대사` is then 김 someone). A
/// surname that discovery found alone before a title (`숄츠 총리`) joins the full name too.
fn link_surnames(text: &str, resolved: &mut Resolved) {
    let korean_first: HashSet<char> = resolved
        .entities
        .iter()
        .filter(|c| c.kind == EntityType::Person)
        .map(|c| c.canonical.as_str())
        .filter(|n| (2..=4).contains(&n.chars().count()))
        .filter(|n| n.chars().all(|c| Script::of(c) == Script::Hangul))
        .filter_map(|n| n.chars().next())
        .collect();
    // (last word, entity, one syllable), each word once
    let mut short: Vec<(String, usize, bool)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for (ei, cluster) in resolved.entities.iter().enumerate() {
        if cluster.kind != EntityType::Person {
            continue;
        }
        let surfaces = cluster
            .mentions
            .iter()
            .map(|&m| &text[resolved.mentions[m].start..resolved.mentions[m].end])
            .chain(std::iter::once(cluster.canonical.as_str()));
        for s in surfaces {
            let Some((_, last)) = s.rsplit_once(' ') else {
                continue;
            };
            let syllables = last.chars().count();
            let one = syllables == 1 && last.chars().all(|c| !korean_first.contains(&c));
            if (syllables >= 2 || one)
                && last.chars().all(|c| Script::of(c) == Script::Hangul)
                && seen.insert(last)
            {
                short.push((last.to_string(), ei, syllables == 1));
            }
        }
    }
    if short.is_empty() {
        return;
    }
    let names: Vec<&str> = short.iter().map(|(s, _, _)| s.as_str()).collect();
    let mut added: Vec<(Candidate, usize)> = Vec::new();
    let mut moved = false;
    for (s, e, k) in find_all(text, &names) {
        if !at_boundary(text, s, e) {
            continue;
        }
        let (_, entity, one_syllable) = short[k];
        let i = resolved.mentions.partition_point(|m| m.end <= s);
        let here = resolved.mentions.get(i).filter(|m| m.start < e);
        let before_title = || {
            let j = if here.is_some() { i + 1 } else { i };
            text[e..].starts_with(' ')
                && resolved
                    .mentions
                    .get(j)
                    .is_some_and(|t| t.kind == EntityType::Title && t.start == e + 1)
        };
        if one_syllable && !before_title() {
            continue;
        }
        match here {
            None => added.push((coreference(s, e, EntityType::Person), entity)),
            // Found alone by discovery (`숄츠` before `총리`): the same person.
            Some(m)
                if m.kind == EntityType::Person
                    && m.source == Source::Pattern
                    && (m.start, m.end) == (s, e)
                    && resolved.entity_of[i] != entity =>
            {
                resolved.entity_of[i] = entity;
                resolved.mentions[i].source = Source::Coreference;
                moved = true;
            }
            Some(_) => {}
        }
    }
    // One rebuild for the moves and the additions: a rebuild drops the entities the moves
    // emptied and renumbers the rest, which would leave `added` pointing at the wrong ones.
    if added.is_empty() {
        if moved {
            resolved.rebuild_lists();
        }
    } else {
        resolved.add_mentions(added);
    }
}

/// The titles each person is named with (`강석훈 한국산업은행 회장` → 회장): a TITLE right
/// after the person's mention, or after one ORG or LOCATION between them, one space apart.
fn titles_named_with(
    text: &str,
    resolved: &Resolved,
) -> std::collections::HashMap<usize, Vec<usize>> {
    let ms = &resolved.mentions;
    let spaced =
        |a: usize, b: usize| ms[a].end <= ms[b].start && &text[ms[a].end..ms[b].start] == " ";
    let mut titles: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    for i in 0..ms.len() {
        if ms[i].kind != EntityType::Person {
            continue;
        }
        let mut j = i + 1;
        if ms
            .get(j)
            .is_some_and(|m| matches!(m.kind, EntityType::Org | EntityType::Location))
            && spaced(i, j)
        {
            j += 1;
            if !ms.get(j).is_some_and(|_| spaced(j - 1, j)) {
                continue;
            }
        } else if !ms.get(j).is_some_and(|_| spaced(i, j)) {
            continue;
        }
        if ms[j].kind == EntityType::Title {
            titles
                .entry(resolved.entity_of[i])
                .or_default()
                .push(resolved.entity_of[j]);
        }
    }
    titles
}

/// `강 회장` → the person named earlier whose name starts with `강`, unless that person was
/// named with other titles only (`한사민 감독` is not `한 장관`); the title mention is replaced
/// by the whole `강 회장`.
fn link_surname_titles(text: &str, resolved: &mut Resolved) {
    let mut replaced: Vec<usize> = Vec::new();
    let mut added: Vec<(Candidate, usize)> = Vec::new();
    let titles = titles_named_with(text, resolved);
    // The Korean people (2–4 Hangul syllables) seen so far with their first syllable, the
    // latest last: two of one family may share it (`신동빈 회장`, `신동주 전 부회장`).
    // Kept per first syllable, so that a long text's thousands of people cost no pass over
    // all of them at each mention.
    let mut latest: HashMap<char, Vec<usize>> = HashMap::new();
    for i in 0..resolved.mentions.len() {
        let m = &resolved.mentions[i];
        if m.kind == EntityType::Person {
            let entity = resolved.entity_of[i];
            let name = &resolved.entities[entity].canonical;
            let len = name.chars().count();
            if (2..=4).contains(&len) && name.chars().all(|c| Script::of(c) == Script::Hangul) {
                if let Some(first) = name.chars().next() {
                    let same = latest.entry(first).or_default();
                    same.retain(|&e| e != entity);
                    same.push(entity);
                }
            }
            continue;
        }
        if m.kind != EntityType::Title {
            continue;
        }
        let Some(mut rest) = text[..m.start].strip_suffix(' ') else {
            continue;
        };
        // `전두환 전 대통령`: 전 after a person's name is the name's marker (former), not a
        // surname; the title stays for that person's position.
        if let Some(before) = rest
            .strip_suffix('전')
            .or_else(|| rest.strip_suffix('현'))
            .and_then(|r| r.strip_suffix(' '))
        {
            let person_before = i
                .checked_sub(1)
                .into_iter()
                .chain(i.checked_sub(2))
                .map(|j| &resolved.mentions[j])
                .any(|p| {
                    // A full name, not a surname found alone (`하` in `하 전 사장`).
                    p.kind == EntityType::Person
                        && p.end == before.len()
                        && text[p.start..p.end].chars().nth(1).is_some()
                });
            if person_before {
                continue;
            }
            // `하 전 사장`: a one-syllable surname, then the marker, then the title.
            let one_syllable = before.chars().next_back().is_some_and(|c| {
                Script::of(c) == Script::Hangul
                    && before[..before.len() - c.len_utf8()]
                        .chars()
                        .next_back()
                        .is_none_or(|b| !Script::of(b).is_word())
            });
            if one_syllable {
                rest = before;
            }
        }
        let Some(surname) = rest.chars().next_back() else {
            continue;
        };
        let s = rest.len() - surname.len_utf8();
        let standalone = text[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !Script::of(c).is_word());
        // Discovery may have found the surname alone (`강` before a title): it joins too.
        let surname_mention = i.checked_sub(1).filter(|&j| {
            let p = &resolved.mentions[j];
            p.kind == EntityType::Person
                && p.source == Source::Pattern
                && (p.start, p.end) == (s, rest.len())
        });
        if Script::of(surname) != Script::Hangul
            || !standalone
            || (surname_mention.is_none() && overlaps_any(resolved, s, rest.len()))
        {
            continue;
        }
        // `청와대 한 행정관`, `…의 한 교수`: "a", no surname
        if surname == '한' {
            let named_before = resolved.mentions[..i].iter().rev().take(3).any(|p| {
                matches!(p.kind, EntityType::Org | EntityType::Location)
                    && p.end + 1 == s
                    && &text[p.end..s] == " "
            });
            if han_is_no_surname(text, s, named_before) {
                continue;
            }
        }
        let title = &resolved.entities[resolved.entity_of[i]].canonical;
        let agrees = |e: usize| {
            titles.get(&e).is_some_and(|named| {
                named
                    .iter()
                    .any(|t| titles_agree(&resolved.entities[*t].canonical, title))
            })
        };
        let mut same_surname = latest.get(&surname).into_iter().flatten().rev();
        // The latest person of the surname named with this title; else the latest of the
        // surname when named with no title at all (`한사민 감독` is not `한 장관`).
        let chosen = same_surname
            .clone()
            .find(|&&e| agrees(e))
            .or_else(|| same_surname.next().filter(|e| !titles.contains_key(e)));
        if let Some(&entity) = chosen {
            replaced.extend(surname_mention);
            replaced.push(i);
            added.push((coreference(s, m.end, EntityType::Person), entity));
        }
    }
    replaced.sort_unstable();
    replaced.dedup();
    resolved.replace_mentions(&replaced, added);
}

/// Does the title `short` stand for `named`, a title a person was named with? The same, or
/// one shortening the other (`경제부총리` → `부총리`), but no deputy of the other
/// (`부회장` is not `회장`, `부총리` not `총리`): a rank of its own.
fn titles_agree(named: &str, short: &str) -> bool {
    let (long, part) = if named.len() >= short.len() {
        (named, short)
    } else {
        (short, named)
    };
    long.match_indices(part)
        .any(|(at, _)| !long[..at].ends_with(['부', '副']))
}

/// A surname alone found by discovery (`최` in `최씨`) joins the one person named in full
/// (or as `최모`) before it with that surname (`최순실 씨 … 최씨는`); with none, or with two
/// such people, it stays an entity of its own. `김모` (in `김모(45)씨`) names someone the
/// text will not name: it joins no full name.
fn join_surname_only(text: &str, resolved: &mut Resolved) {
    let mut moved = false;
    // Full Korean names so far: (surname, entity), at most one entity per surname, or
    // `usize::MAX` once two people share it.
    let mut named: Vec<(char, usize)> = Vec::new();
    for i in 0..resolved.mentions.len() {
        let m = &resolved.mentions[i];
        if m.kind != EntityType::Person {
            continue;
        }
        let surface = &text[m.start..m.end];
        let mut chars = surface.chars();
        let (Some(first), second, third) = (chars.next(), chars.next(), chars.next()) else {
            continue;
        };
        let entity = resolved.entity_of[i];
        // `김모` hides a name, so it is no full name's short form; it is one more person of
        // the surname a bare `김씨` may stand for.
        let anonymous = second == Some('모') && third.is_none();
        if second.is_none() && m.source == Source::Pattern {
            if let Some(&(_, full)) = named.iter().find(|(c, _)| *c == first) {
                if full != usize::MAX && full != entity {
                    resolved.entity_of[i] = full;
                    moved = true;
                }
            }
            continue;
        }
        let canonical = &resolved.entities[entity].canonical;
        let len = canonical.chars().count();
        let full =
            (3..=4).contains(&len) && canonical.chars().all(|c| Script::of(c) == Script::Hangul);
        if full || anonymous {
            match named.iter_mut().find(|(c, _)| *c == first) {
                Some(slot) if slot.1 != entity => slot.1 = usize::MAX,
                Some(_) => {}
                None => named.push((first, entity)),
            }
        }
    }
    if moved {
        resolved.rebuild_lists();
    }
}

/// `양 기관` → the two organizations named last before it.
fn link_both_parties(text: &str, resolved: &mut Resolved) {
    static PHRASES: std::sync::LazyLock<Option<AhoCorasick>> = std::sync::LazyLock::new(|| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(BOTH_PARTIES)
            .ok()
    });
    let Some(ac) = PHRASES.as_ref() else { return };
    let mut added = Vec::new();
    for m in ac.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        if !at_boundary(text, s, e) || overlaps_any(resolved, s, e) {
            continue;
        }
        let mut parties: Vec<usize> = Vec::new();
        for j in (0..resolved.mentions.partition_point(|m| m.start < s)).rev() {
            let m = &resolved.mentions[j];
            if m.kind == EntityType::Org && m.source != Source::Coreference {
                let entity = resolved.entity_of[j];
                if !parties.contains(&entity) {
                    parties.push(entity);
                }
                if parties.len() == 2 {
                    break;
                }
            }
        }
        if parties.len() == 2 {
            for entity in parties {
                added.push((coreference(s, e, EntityType::Org), entity));
            }
        }
    }
    resolved.add_mentions(added);
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    /// The mention texts of the entity of canonical name `name`.
    fn mentions(ex: &Extractor, text: &str, name: &str) -> Vec<String> {
        ex.extract(text)
            .entities
            .iter()
            .filter(|e| e.canonical == name)
            .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
            .collect()
    }

    #[test]
    fn a_foreign_surname_before_a_title_is_the_full_name() {
        let ex = Extractor::default();
        assert_eq!(
            mentions(
                &ex,
                "올라프 숄츠 독일 총리가 방한했다. 숄츠 총리는 이날 대통령과 회담했다.",
                "올라프 숄츠"
            ),
            ["올라프 숄츠", "숄츠"]
        );
        assert_eq!(
            mentions(
                &ex,
                "사티아 나델라는 이날 서울에 왔다. 나델라 회장은 최태원 SK 회장을 만났다.",
                "사티아 나델라"
            ),
            ["사티아 나델라", "나델라"]
        );
        // No entity of the surname alone is left.
        let doc = ex.extract("올라프 숄츠 독일 총리가 왔다. 숄츠 총리는 웃었다.");
        assert!(doc.entities.iter().all(|e| e.canonical != "숄츠"));
    }

    #[test]
    fn a_short_form_found_after_an_emptied_entity_joins_its_own_person() {
        // `클린턴` alone (found before its title) moves to 힐러리 클린턴 and its own entity
        // empties; `옐친` is added to 보리스 옐친 in the same step, not to the entity that
        // took 보리스 옐친's number when the emptied one was dropped.
        let ex = Extractor::default();
        let text = "클린턴 후보가 판세를 뒤엎으려 했다. 힐러리 클린턴 후보는 웃었다. \
                    옐친은 취임후 별장에 머물렀다. 보리스 옐친 전 대통령은 말했다.";
        assert_eq!(mentions(&ex, text, "보리스 옐친"), ["옐친", "보리스 옐친"]);
        assert_eq!(
            mentions(&ex, text, "힐러리 클린턴"),
            ["클린턴", "힐러리 클린턴"]
        );
        assert_eq!(mentions(&ex, text, "대통령"), ["대통령"]);
    }

    #[test]
    fn a_one_syllable_surname_links_only_before_a_title() {
        let ex = Extractor::default();
        assert_eq!(
            mentions(
                &ex,
                "팀 쿡 애플 최고경영자(CEO)가 방한했다. 쿡 CEO는 이날 이재용 회장과 만났다.",
                "팀 쿡"
            ),
            ["팀 쿡", "쿡"]
        );
        // `쿡` alone, with no title after it, is a common word (a cook), not the person.
        assert_eq!(
            mentions(&ex, "팀 쿡이 왔다. 쿡 방송이 인기다.", "팀 쿡"),
            ["팀 쿡"]
        );
    }

    #[test]
    fn a_one_syllable_surname_a_korean_name_starts_with_is_not_linked() {
        let ex = Extractor::default();
        // `김 장관` is 김영석, not 성 김.
        let found = mentions(
            &ex,
            "성 김 대사와 김영석 해양수산부 장관이 만났다. 김 장관은 말했다.",
            "성 김",
        );
        assert_eq!(found, ["성 김"]);
    }
    #[test]
    fn a_surname_and_title_joins_the_relative_named_with_that_title() {
        // Two of one family: the chair and the former vice chair keep their short forms.
        let ex = Extractor::default();
        let text = "박정우 한빛그룹 회장과 박정민 전 한빛물산 부회장이 다퉜다. \
                    박 회장은 이날 입장을 냈다. 박 전 부회장은 반발했다.";
        assert_eq!(mentions(&ex, text, "박정우"), ["박정우", "박 회장"]);
        assert_eq!(mentions(&ex, text, "박정민"), ["박정민", "박 전 부회장"]);
        assert!(super::titles_agree("경제부총리", "부총리"));
        assert!(!super::titles_agree("부회장", "회장"));
        assert!(!super::titles_agree("총리", "부총리"));
    }

    #[test]
    fn an_anonymous_surname_joins_no_full_name() {
        let ex = Extractor::default();
        let text = "이민호 씨는 법정에서 증언했다. 이모 씨는 이날 체포됐다.";
        assert_eq!(mentions(&ex, text, "이민호"), ["이민호"]);
    }
}
