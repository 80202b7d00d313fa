//! Sequence rules: adjacent mentions read as one statement (`강석훈 한국산업은행 회장`), and the
//! guards on what may stand between them and what is no name.

use super::*;
use crate::recognize::pattern::{is_not_name, place_of_office};
use crate::recognize::Label;
use crate::text::segment::{note_close, MAX_NOTE};

/// Matches a sequence rule over adjacent mentions of sentence `si`.
pub(super) fn match_sequence(
    a: &Analysis<'_>,
    si: usize,
    rule: &Rule,
    no_names: &[bool],
) -> Vec<Vec<(String, ArgValue)>> {
    let ms = &a.resolved.mentions;
    let range = a.sentence_mentions[si].clone();
    let mut out = Vec::new();
    // Nearly every start fails after an element or two: the arguments are borrowed and the
    // buffers reused from start to start, and only a match's are made owned.
    let mut args: Vec<(&str, ArgValue)> = Vec::new();
    let mut listed: Vec<(&str, usize, bool)> = Vec::new();
    // Names listed right before a `many` person that is not the last element, sharing the
    // rest of the statement (`진보당 김재연·김미희 의원`: the party and the title are both's).
    let mut ahead: Vec<(&str, usize)> = Vec::new();
    let mut matched_titles: Vec<usize> = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let mut pos = start;
        args.clear();
        listed.clear();
        ahead.clear();
        matched_titles.clear();
        let mut ok = true;
        let mut prev: Option<(usize, &[String])> = None;
        let mut last_matched = start;
        for (ei, spec) in rule.sequence.iter().enumerate() {
            // Skip a parenthesized restatement of the previous element, or a mention inside
            // its parenthesized note (`교육과학기술부(이하 교과부) 장관`).
            // Not when the rule reads into the parentheses (`해양수산부(장관 김영석)`).
            let note_end = prev.and_then(|(e, joiners)| {
                if joiners.iter().any(|j| j == "(") {
                    return None;
                }
                let rest = a.text[e..].strip_prefix('(')?;
                let close = note_close(rest)?;
                Some(e + 1 + close)
            });
            let reads_paren = prev.is_some_and(|(_, joiners)| joiners.iter().any(|j| j == "("));
            while pos < range.end
                && ((a.mentions[pos].parenthetical && !reads_paren)
                    || note_end.is_some_and(|c| ms[pos].end <= c))
            {
                pos += 1;
            }
            let adjacent = |m: usize| {
                prev.is_none_or(|(e, joiners)| {
                    ms[m].start >= e
                        && sequence_gap_ok(&a.text[e..ms[m].start], joiners, &rule.gap_words)
                })
            };
            let matches = pos < range.end
                && spec.types.contains(&ms[pos].kind)
                && adjacent(pos)
                && !no_names[pos]
                && !post_of_title(a, pos)
                && !staff_of_title_before(a, last_matched, pos, prev.is_some());
            if matches {
                if !spec.followed_by.is_empty() {
                    let after = a.text[ms[pos].end..].trim_start();
                    if !spec
                        .followed_by
                        .iter()
                        .any(|f| after.starts_with(f.as_str()))
                    {
                        ok = false;
                        break;
                    }
                }
                // `진보당 김재연·김미희 의원`: a list of bare names joined by `·` or `,` before
                // the next element; each shares it, the last stands in the sequence.
                if spec.many && !spec.skip && ei + 1 < rule.sequence.len() {
                    while pos + 1 < range.end
                        && ms[pos + 1].kind == ms[pos].kind
                        && ms[pos + 1].start >= ms[pos].end
                        && matches!(a.text[ms[pos].end..ms[pos + 1].start].trim(), "·" | ",")
                        && !a.mentions[pos + 1].parenthetical
                        && same_list(a, pos, pos + 1)
                        && !no_names[pos + 1]
                    {
                        ahead.push((spec.role.as_str(), pos));
                        pos += 1;
                    }
                }
                if !spec.skip {
                    args.push((
                        spec.role.as_str(),
                        ArgValue::Entity(a.resolved.entity_of[pos]),
                    ));
                    // After an element of its own other than a title (`민주당 A 의원`), the
                    // names listed before the person are no part of the statement (`새누리당
                    // B·민주당 A 의원`: B is no 민주당 member); only those read ahead share it.
                    if spec.many {
                        listed.push((spec.role.as_str(), pos, args.len() > 1));
                    }
                }
                prev = Some((ms[pos].end, spec.joined_by.as_slice()));
                last_matched = pos;
                if ms[pos].kind == EntityType::Title {
                    matched_titles.push(pos);
                }
                pos += 1;
            } else if spec.optional {
                continue;
            } else {
                ok = false;
                break;
            }
        }
        // `새누리당 박근혜 대통령 후보자는`, `대통령 후보 박근혜`: a candidate for a title does not
        // hold it.
        if ok && matched_titles.iter().any(|&t| candidate_for(a, t)) {
            ok = false;
        }
        if ok && !args.is_empty() {
            for spec in rule.args.iter().filter(|s| s.from == From::Dateline) {
                match a.dateline_org[si] {
                    Some(m) => args.push((
                        spec.role.as_str(),
                        ArgValue::Entity(a.resolved.entity_of[m]),
                    )),
                    None if spec.optional => {}
                    None => ok = false,
                }
            }
            if ok {
                // `김정재·윤종필 의원`: the bare names listed before a `many` element share
                // the relation, one relation each; after a title that precedes the element,
                // the bare names listed after it (`배우 마동석, 이승연, 민지현 등이`).
                for &(role, m, after_element) in &listed {
                    let title_first =
                        !matched_titles.is_empty() && matched_titles.iter().all(|&t| t < m);
                    let sharing = if title_first {
                        names_listed_after(a, m)
                    } else if after_element {
                        Vec::new()
                    } else {
                        names_listed_before(a, m)
                    };
                    for other in sharing {
                        if ms[other].kind != ms[m].kind {
                            continue;
                        }
                        out.push(shared_with(&args, role, a.resolved.entity_of[other]));
                    }
                }
                for &(role, other) in &ahead {
                    out.push(shared_with(&args, role, a.resolved.entity_of[other]));
                }
                out.push(args.drain(..).map(|(r, v)| (r.to_string(), v)).collect());
                start = last_matched + 1;
                continue;
            }
        }
        start += 1;
    }
    out
}

/// `오거돈 부산시장`, `김진태 강원도지사는`, `…서울시장에 취임했다`: a place's office written
/// glued to the place is one title (recognize/pattern/glued.rs), and the organization of its
/// position is the place's government, in place of whatever the rule took before the title
/// (`오거돈 대한민국 부산시장`: the city, not the country). It is the document's entity
/// written as the government (`부산시`, `강원도`: an ORG first, as the gold annotates the
/// city) or as the place (`부산`), the nearest to the title; when the document names the
/// place nowhere else, the government with its level syllable (`부산시`, `충남도`), as text.
pub(super) fn glued_place_organizations(a: &Analysis<'_>, found: &mut [Found]) {
    let ms = &a.resolved.mentions;
    // The ORG and LOCATION mentions by their text, made at the first glued title: each title
    // then looks at the mentions of its place only, not at every mention of the text.
    let mut by_text: Option<std::collections::HashMap<&str, Vec<usize>>> = None;
    for f in found.iter_mut().filter(|f| f.relation == "position") {
        let Some(title) = f.args.iter().find_map(|(role, v)| match v {
            ArgValue::Entity(e) if role == "title" => Some(*e),
            _ => None,
        }) else {
            continue;
        };
        let cluster = &a.resolved.entities[title];
        if cluster.kind != EntityType::Title {
            continue;
        }
        // The glued title's own mention: found by its shape (a pattern's, named by its text).
        let Some((at, office)) = cluster.mentions.iter().find_map(|&m| {
            let c = &ms[m];
            let glued = c.source == Source::Pattern && c.label == Label::Surface;
            glued
                .then(|| place_of_office(&a.text[c.start..c.end]))
                .flatten()
                .map(|o| (c.start, o))
        }) else {
            continue;
        };
        let government = office.government();
        let by_text = by_text.get_or_insert_with(|| {
            let mut map: std::collections::HashMap<&str, Vec<usize>> = Default::default();
            for (m, c) in ms.iter().enumerate() {
                if matches!(c.kind, EntityType::Org | EntityType::Location) {
                    map.entry(&a.text[c.start..c.end]).or_default().push(m);
                }
            }
            map
        });
        let named = |text: &str, as_government: bool| {
            by_text
                .get(text)
                .into_iter()
                .flatten()
                .map(move |&m| (m, as_government))
        };
        // The best: an ORG before a LOCATION, the government before the bare place, the
        // nearest to the title.
        let best = named(government.as_str(), true)
            .chain(named(office.place, false))
            .map(|(m, as_government)| {
                let rank = (ms[m].kind != EntityType::Org, !as_government);
                (rank, ms[m].start.abs_diff(at), m)
            })
            .min();
        let value = match best {
            Some((_, _, m)) => ArgValue::Entity(a.resolved.entity_of[m]),
            None => ArgValue::Name(government),
        };
        f.args.retain(|(role, _)| role != "organization");
        f.args.push(("organization".to_string(), value));
    }
}

/// The arguments of a match with `entity` in place of the `role` argument: one more relation
/// for a name that shares the statement (`김정재·윤종필 의원`).
fn shared_with(args: &[(&str, ArgValue)], role: &str, entity: usize) -> Vec<(String, ArgValue)> {
    args.iter()
        .map(|&(r, ref v)| {
            let v = if r == role {
                ArgValue::Entity(entity)
            } else {
                v.clone()
            };
            (r.to_string(), v)
        })
        .collect()
}

/// Whether mentions `m` and `n` stand in one coordinated list (not a headline's topic and the
/// list after its comma: `이우연, 주동식 주필, …`).
fn same_list(a: &Analysis<'_>, m: usize, n: usize) -> bool {
    let list = |m: usize| a.chains.get(a.mentions[m].chain).map(|c| c.list);
    list(m).is_some() && list(m) == list(n)
}

/// The names listed right before mention `m` that share its title (`김정재·윤종필 의원`):
/// the bare names of its list back to the first one with a title of its own, and a name
/// with only an organization before it, which opens the run (`진보당 김재연·김미희 의원`:
/// the party names both; in `새누리당 A·B 의원, 민주당 C 장관` neither A nor B is 장관).
fn names_listed_before(a: &Analysis<'_>, m: usize) -> Vec<usize> {
    let ms = &a.resolved.mentions;
    let chains: Vec<&args::Chain> = a.list_chains(m).filter(|c| c.head < m).collect();
    let mut out = Vec::new();
    for c in chains.into_iter().rev() {
        let (last, before) = c.members.split_last().unwrap_or((&c.head, &[]));
        if *last != c.head || before.iter().any(|&o| ms[o].kind != EntityType::Org) {
            break;
        }
        // A name with its honorific is titled already (`김미나 씨와 강용석 변호사`).
        if a.text[ms[c.head].end..].trim_start().starts_with('씨') {
            break;
        }
        out.push(c.head);
        if !before.is_empty() {
            break;
        }
    }
    out
}

/// The names listed after person mention `m` that share the title before it (`배우 마동석,
/// 이승연, 민지현, 이도아 등이`, `개그맨 유세윤, 유상무 씨와`): the rest of its list when every
/// chain there is joined by `,` or `·`, up to the first name with a title of its own (`배우
/// 김상경 씨, 정상훈 씨, 가수 강균성 씨`: 정상훈 is an actor, 강균성 a singer). After
/// `와`/`과` (`미국 대통령 트럼프와 김정은`) the title is the first name's alone.
fn names_listed_after(a: &Analysis<'_>, m: usize) -> Vec<usize> {
    let ms = &a.resolved.mentions;
    let mut out = Vec::new();
    let Some(own) = a.chains.get(a.mentions[m].chain) else {
        return out;
    };
    if own.members.last() != Some(&m) {
        return out;
    }
    let mut prev_end = ms[m].end;
    for c in a.list_chains(m) {
        if c.head <= m {
            continue;
        }
        let gap = a
            .text
            .get(prev_end..ms[c.members[0]].start)
            .unwrap_or("")
            .trim();
        // An honorific after a name is read past (`배우 김상경 씨, 정상훈 씨`).
        let gap = gap.strip_prefix('씨').unwrap_or(gap).trim_start();
        if !matches!(gap, "," | "·") {
            return Vec::new();
        }
        if c.members.len() != 1 {
            break;
        }
        out.push(c.head);
        prev_end = ms[c.head].end;
    }
    out
}

/// Nouns of kinship after a person (`… 대통령 영부인`, `… 장군의 딸이자`): the person they
/// follow is named for a relative.
pub(super) const KIN_NOUNS: &[&str] = &[
    "부인",
    "영부인",
    "아내",
    "남편",
    "아들",
    "딸",
    "장남",
    "장녀",
    "차남",
    "차녀",
    "어머니",
    "아버지",
    "모친",
    "부친",
    "동생",
    "형",
    "누나",
    "언니",
    "오빠",
    "손자",
    "손녀",
    "조카",
    "사위",
    "며느리",
    "딸이자",
    "아들이자",
];

/// Words after a title that make its bearer a candidate for it (`대통령 후보자`, `시장 예비후보`).
pub(super) const CANDIDATE_WORDS: &[&str] = &["후보", "예비후보", "경선후보"];

/// Whether title mention `t` is followed by a word of [`CANDIDATE_WORDS`] (with its particle
/// or `자`: `후보자는`, `후보로`), or by a staff title written as a plain noun (`정민호 대통령
/// 특사는`: the envoy, not the president; a staff title that is a mention is
/// [`staff_of_title_before`]'s).
pub(super) fn candidate_for(a: &Analysis<'_>, t: usize) -> bool {
    let end = a.resolved.mentions[t].end;
    let Some(rest) = a.text[end..].strip_prefix(' ') else {
        return false;
    };
    let word = rest.split([' ', ',', '.']).next().unwrap_or("");
    let next_is_mention = a
        .resolved
        .mentions
        .get(t + 1)
        .is_some_and(|n| n.start == end + 1);
    CANDIDATE_WORDS.iter().any(|c| word.starts_with(c))
        || (!next_is_mention
            && STAFF_TITLES.iter().any(|s| {
                word.strip_prefix(s).is_some_and(|p| {
                    p.is_empty() || guess_particle(word).is_some_and(|g| g.len == p.len())
                })
            }))
}

/// For each mention of the document, whether it is a PERSON found by its context that names
/// nobody in an apposition: a verb form the packs read ([`verb_form_name`]) or a common word
/// ([`common_word_name`]).
pub(super) fn no_names(a: &Analysis<'_>, verb_words: &[bool]) -> Vec<bool> {
    (0..a.resolved.mentions.len())
        .map(|m| verb_form_name(a, m, verb_words) || common_word_name(a, m))
        .collect()
}

/// Syllables that end a verb form: connectives (`지내고`, `지내며`, `하면서`) and adnominal
/// endings (`설립한`, `선임된`).
pub(super) const VERB_FINALS: [char; 10] =
    ['고', '며', '서', '다', '면', '해', '한', '된', '던', '는'];

/// Whether mention `m` is a PERSON found by its context (a pattern) whose word the packs
/// read as a verb and that ends like one: `…회장을 지내고 서울시장에` is no name before a
/// title. Names from a dictionary or coreference are taken as they are.
fn verb_form_name(a: &Analysis<'_>, m: usize, verb_words: &[bool]) -> bool {
    let mention = &a.resolved.mentions[m];
    mention.kind == EntityType::Person
        && mention.source == Source::Pattern
        && verb_words.get(a.mentions[m].word).copied().unwrap_or(false)
        && a.text[mention.start..mention.end]
            .chars()
            .last()
            .is_some_and(|c| VERB_FINALS.contains(&c))
}

/// Titles of people who serve the holder of another title: written right after that title
/// (`푸틴 대통령 대변인인 드미트리 페스코프`, `박근혜 대통령 당선인 비서실장에 유일호`), they
/// are not the title of the person before both.
pub(super) const STAFF_TITLES: &[&str] = &[
    "대변인",
    "수석대변인",
    "비서실장",
    "비서관",
    "비서",
    "보좌관",
    "특보",
    "특사",
    "경호실장",
    "부속실장",
    "의전비서관",
];

/// Whether mention `m`, the next element of a sequence, is a staff title ([`STAFF_TITLES`])
/// written with only a space after the title `before` that the sequence matched last, when
/// that title is a holder's own (`대통령`, not the bare role `당선인` of `조윤선 당선인 대변인`).
pub(super) fn staff_of_title_before(
    a: &Analysis<'_>,
    before: usize,
    m: usize,
    matched: bool,
) -> bool {
    let ms = &a.resolved.mentions;
    matched
        && before < m
        && ms[m].kind == EntityType::Title
        && ms[before].kind == EntityType::Title
        && ms[before].end <= ms[m].start
        && &a.text[ms[before].end..ms[m].start] == " "
        && STAFF_TITLES.contains(&&a.text[ms[m].start..ms[m].end])
        // `조윤선 당선인 대변인`: a bare role names whose staff the person is.
        && !["당선인", "당선자", "후보", "후보자"].contains(&&a.text[ms[before].start..ms[before].end])
}

/// Whether mention `m` is a PERSON found by its context (a pattern) that is no name: a
/// common word of `dictionaries/discovery/not_names.txt`, alone or with its particle (`이들은`, `동안에`), or a word
/// ending in an adnominal ending no name ends in (`피어오르는`, `공개된`, `지낸 중도파`; not `던`: `조스 웨던`).
fn common_word_name(a: &Analysis<'_>, m: usize) -> bool {
    let mention = &a.resolved.mentions[m];
    if mention.kind != EntityType::Person || mention.source != Source::Pattern {
        return false;
    }
    let text = &a.text[mention.start..mention.end];
    let first = text.split(' ').next().unwrap_or(text);
    let stem = guess_particle(first).map_or(first, |p| &first[..first.len() - p.len]);
    is_not_name(first)
        || is_not_name(stem)
        || (first.chars().count() >= 2 && first.ends_with(['는', '된', '낸']))
        // A connective verb form (`…라고 하면서 소방서장과`, `…하며`, `…하고`) names nobody.
        || (first.chars().count() >= 2 && VERB_CONNECTIVES.iter().any(|c| first.ends_with(c)))
}

/// A title written as its post (`대통령직 인수위원회`, `이명박 정부 대통령직`): it stands in
/// apposition to no holder.
fn post_of_title(a: &Analysis<'_>, m: usize) -> bool {
    crate::recognize::pattern::is_post_of_title(a.text, &a.resolved.mentions[m])
}

/// Endings of a `…하다` verb's connective forms, which no name before a title ends with.
pub(super) const VERB_CONNECTIVES: &[&str] =
    &["하면서", "하면", "하며", "하고", "하여", "해서", "하자"];

/// Whether the text between two elements of a sequence keeps them in apposition: nothing, a
/// space, a closing parenthesis, one of the previous element's joiners (`의`, `인`), and
/// between them only gap words (`전`, `신임`, `제#대` where `#` stands for digits).
pub(super) fn sequence_gap_ok(gap: &str, joiners: &[String], gap_words: &[String]) -> bool {
    let gap = gap.strip_prefix(')').unwrap_or(gap);
    // A name in quotes before its title (`'김상조' 교수`, `‘하성용’ 전 사장`).
    let gap = gap.trim_start_matches(['\'', '’', '"', '”']);
    // A parenthesized note right after a name belongs to it: an age (`정홍원(69) 국무총리`),
    // a short form (`교육과학기술부(이하 교과부) 장관`), a hanja spelling.
    let gap = match gap.strip_prefix('(').and_then(|g| g.split_once(')')) {
        Some((note, rest)) if note.len() <= MAX_NOTE && !note.contains('(') => rest,
        _ => gap,
    };
    let gap = joiners
        .iter()
        .filter(|j| gap.starts_with(j.as_str()))
        .max_by_key(|j| j.len())
        .map_or(gap, |j| &gap[j.len()..]);
    if gap.is_empty() || gap == " " {
        return true;
    }
    // An ordinal written onto the next element (`국가안보실 1차장`, `외무성 제1부상`).
    let gap = strip_ordinal(gap);
    if gap == " " {
        return true;
    }
    // A marker of former or present office written onto the title (`김 전회장`, `이 前대표`).
    if let Some(w) = gap.strip_prefix(' ') {
        if ["전", "前", "현", "現"].contains(&w) && gap_words.iter().any(|g| g == w) {
            return true;
        }
    }
    if !gap.starts_with(' ') || !gap.ends_with(' ') {
        return false;
    }
    gap.split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| gap_words.iter().any(|g| gap_word_matches(g, w)))
}

/// `gap` without the ordinal it ends with (`1`, `제1`), when one stands right before the next
/// element after a space.
fn strip_ordinal(gap: &str) -> &str {
    let digits = gap.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() == gap.len() {
        return gap;
    }
    let rest = digits.strip_suffix('제').unwrap_or(digits);
    if rest.ends_with(' ') {
        rest
    } else {
        gap
    }
}

/// A gap word, where `#` stands for one or more ASCII digits (`제#대` matches `제44대`) and a
/// leading `*` for the start of a word (`*학과` matches `경제학과`).
pub(crate) fn gap_word_matches(pattern: &str, word: &str) -> bool {
    if let Some(head) = pattern.strip_prefix('*') {
        // `*학과`: a word ending with the head, with something before it (`경제학과`).
        return word.len() > head.len() && word.ends_with(head);
    }
    match pattern.split_once('#') {
        None => pattern == word,
        Some((pre, post)) => word
            .strip_prefix(pre)
            .and_then(|w| w.strip_suffix(post))
            .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())),
    }
}
