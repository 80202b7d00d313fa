//! People by the ways news writes private persons: an honorific or an age after the name
//! (`김영희 씨`, `김모(45)씨`, `최씨`, `A씨`, `홍길동(34)`, `이모 군`), a role noun before or
//! after it (`배우 송강호`, `손흥민 선수`), a surname alone before a title (`안 전 비서관`),
//! and a full Korean name by its shape alone (`김민수는 말했다`), scored by the syllable model
//! of [`shape`](super::shape).
//!
//! As labelled Korean news corpora mark them, the span of a surname-only mention is the surname
//! (or `김모`), without `씨`.

use std::cell::Cell;

use super::foreign::{
    is_common_given_name, is_foreign_name, is_foreign_name_in_context, is_glossed_name,
    is_short_given_name, is_single_foreign_name, transliteration_score, OTHER_WORD_FLOOR,
};
use super::occupied::Occupied;
use super::scan::{Run, ROLE_NOUN};
use super::shape::{
    compound_surname, has_name_form, is_likely_name, is_locative_word, is_modifier, is_name_shaped,
    is_stop_word, is_surname, name_score,
};
use super::{covered, person, WordList};
use crate::document::{EntityType, Source};
use crate::recognize::{Candidate, Label};
use crate::text::determiners::han_is_no_surname;
use crate::text::segment::{note_close, only_particles, particle_chain, without_particle};
use crate::text::Script;

/// Nouns for what a person does, written right before or after the name (`배우 송강호`,
/// `손흥민 선수`). Common nouns of their own, so they are no TITLE.
const ROLE_NOUNS: &str = include_str!("../../../dictionaries/discovery/role_nouns.txt");

/// The syllable-model log-odds a bare name needs with no context at all (chosen on the dev
/// articles of the Wikinews fixture: PERSON precision above 0.90 at recall 0.85).
const BARE_NAME_THRESHOLD: f32 = 1.5;

/// Nouns of kinship before a name (`아들 김민수`) and of address beside one (`이영숙 여사`):
/// contexts of a person, as role nouns are, but no title.
const KIN_NOUNS: &str = include_str!("../../../dictionaries/discovery/kin_nouns.txt");
const ADDRESS_NOUNS: &str = include_str!("../../../dictionaries/discovery/address_nouns.txt");

/// Role, kin and address nouns together: the words whose last syllables the scan marks.
pub(super) static ROLES: std::sync::LazyLock<WordList> = std::sync::LazyLock::new(|| {
    WordList::new(
        word_lines(ROLE_NOUNS)
            .chain(word_lines(KIN_NOUNS))
            .chain(word_lines(ADDRESS_NOUNS)),
    )
});

/// Kin and address nouns: beside them only a Korean name, and no TITLE.
static KIN: std::sync::LazyLock<WordList> = std::sync::LazyLock::new(|| {
    WordList::new(word_lines(KIN_NOUNS).chain(word_lines(ADDRESS_NOUNS)))
});

/// Kin nouns, read before a name only.
static RELATIVES: std::sync::LazyLock<WordList> =
    std::sync::LazyLock::new(|| WordList::new(word_lines(KIN_NOUNS)));

/// The words of a word list file: one a line, `#` starts a comment line.
fn word_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Is `word` a kin or address noun (`아들`, `여사`)?
fn is_kin(word: &str) -> bool {
    KIN.contains(word)
}

/// Is `word` a role, kin or address noun (`배우`, `아들`, `여사`)?
pub(super) fn is_role(word: &str) -> bool {
    ROLES.contains(word)
}

/// Is the word `run` a role noun? (Most runs end in no role's last syllable.)
fn is_role_run(text: &str, run: &Run) -> bool {
    run.ends & ROLE_NOUN != 0 && {
        let word = &text[run.start..run.end];
        is_role(word) || appositive_role(word).is_some()
    }
}

/// The role noun of a role written in apposition before a name (`운동가인 류샤오보`,
/// `감독인 벤투`: the role, then `인`), if `word` is one.
fn appositive_role(word: &str) -> Option<&str> {
    word.strip_suffix('인').filter(|r| is_role(r) && !is_kin(r))
}

/// Nouns of a state or a relation that news predicates of a title's holder with the copula's
/// adnominal `인` (`두 달째 공석인 정무수석`, `그와 동갑인 회장`, `여성인 장관`): three
/// syllables that start like a name (공, 동, 여, 남, 선 are surnames), but the word modifies the
/// title. Kin and role nouns do the same (`장남인 사장`); both lists are read here too.
const STATE_NOUNS: [&str; 10] = [
    "공석", "동갑", "여성", "남성", "동기", "동문", "선배", "후배", "초선", "재선",
];

/// Is `word` a noun of [`STATE_NOUNS`], a kin or a role noun, and the adnominal `인` of the
/// copula (`공석인`, `장남인`)? Such a word before a title is no name.
pub(super) fn noun_and_copula(word: &str) -> bool {
    word.strip_suffix('인')
        .is_some_and(|n| STATE_NOUNS.contains(&n) || RELATIVES.contains(n) || is_role(n))
}

/// Role nouns written right after or right before a person (`손흥민 선수`, `배우 송강호`):
/// there they name that person's role, as a TITLE does (the gold of `../shared/gold` counts
/// `선수` of a named player as a title), so they become TITLE mentions; alone (`좋은 선수가`)
/// they stay common nouns.
pub(super) fn role_titles(text: &str, people: &[Candidate], taken: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut push = |s: usize, e: usize| {
        if !super::covered(taken, s, e) && !out.iter().any(|c: &Candidate| c.start == s) {
            out.push(Candidate {
                start: s,
                end: e,
                kind: EntityType::Title,
                label: Label::Surface,
                source: Source::Pattern,
            });
        }
    };
    for p in people.iter().filter(|c| c.kind == EntityType::Person) {
        // After the name: the name ends its word (no particle) or a note in parentheses
        // closes it (`박영주(31) 감독`), one space, maybe `전`/`현` (former, present), then
        // the role, or a title that is a common word too and that only a person before it
        // makes one (`홍 지사는`, `박원순 시장은`, `이민호 이사는`; after the marker also
        // `차범근 전 감독은`, `조 전 수석`).
        if let Some(rest) = after_note(&text[p.end..]).strip_prefix(' ') {
            let marked = rest
                .strip_prefix("전 ")
                .or_else(|| rest.strip_prefix("현 "));
            let rest = marked.unwrap_or(rest);
            let word_end = rest
                .find(|c: char| !Script::of(c).is_word())
                .unwrap_or(rest.len());
            let stem = without_particle(&rest[..word_end]);
            let common_word_title = TITLES_AFTER_SURNAMES.contains(&stem)
                || (marked.is_some() && COMMON_WORD_TITLES.contains(&stem));
            if (is_role(stem) && !is_kin(stem)) || common_word_title {
                let s = text.len() - rest.len();
                push(s, s + stem.len());
            } else if let Some((s, role)) = role_after_orgs(text, text.len() - rest.len(), taken) {
                push(s, s + role.len());
            } else if let Some((s, role)) = team_word_len(rest)
                .and_then(|n| rest[n..].strip_prefix(' '))
                .map(|r| (text.len() - r.len(), without_particle(hangul_prefix(r))))
                .filter(|(_, r)| is_role(r) && !is_kin(r))
            {
                // the team between the name and the role (`신태용 대표팀 감독은`)
                push(s, s + role.len());
            }
        }
        // Before the name: a bare role word, one space.
        if let Some(before) = text[..p.start].strip_suffix(' ') {
            let word_start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !Script::of(c).is_word())
                .map_or(0, |(i, c)| i + c.len_utf8());
            let word = &before[word_start..];
            if is_role(word) && !is_kin(word) {
                // a player's position with its side (`중앙 수비수`, `측면 공격수`) is one title
                let side = FIELD_POSITIONS
                    .contains(&word)
                    .then(|| before[..word_start].strip_suffix(' '))
                    .flatten()
                    .and_then(|b| {
                        SIDES
                            .iter()
                            .find(|side| b.ends_with(**side))
                            .map(|side| (b, side))
                    })
                    .filter(|(b, side)| {
                        b[..b.len() - side.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !Script::of(c).is_word())
                    })
                    .map(|(b, side)| b.len() - side.len());
                push(side.unwrap_or(word_start), before.len());
            } else if let Some(role) = appositive_role(word) {
                push(word_start, word_start + role.len());
            }
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// How many organizations or places may stand between a name and its role noun (`류현진
/// LA 다저스 투수`, `김연경 흥국생명 선수가`, `벤투 한국 대표팀 감독`).
const ORGS_BEFORE_ROLE: usize = 2;

/// The role noun after one or two organizations or places of `taken` (in text order) that
/// start at byte `at`, each followed by one space: where it starts and the noun (`LA 다저스
/// 투수는` → `투수`). The organization says whose the role is, so it names the person's.
fn role_after_orgs<'t>(
    text: &'t str,
    mut at: usize,
    taken: &[Candidate],
) -> Option<(usize, &'t str)> {
    for _ in 0..ORGS_BEFORE_ROLE {
        let org = candidate_at(taken, at)
            .filter(|c| matches!(c.kind, EntityType::Org | EntityType::Location))?;
        at = org.end + 1;
        let rest = text[org.end..].strip_prefix(' ')?;
        let word_end = rest
            .find(|c: char| !Script::of(c).is_word())
            .unwrap_or(rest.len());
        let stem = without_particle(&rest[..word_end]);
        if is_role(stem) && !is_kin(stem) {
            return Some((at, stem));
        }
    }
    None
}

/// The national team, written as a word of its own between a name and its role (`신태용
/// 대표팀 감독`, `울리 슈틸리케 축구대표팀 감독`, `벤투 국가대표팀 감독은`): a Hangul word
/// ending in `대표팀`, no particle after it. No dictionary holds it as an organization, and
/// the role after it is the person's as after one. Returns the word's length in bytes when
/// `rest` starts with one.
fn team_word_len(rest: &str) -> Option<usize> {
    let word = hangul_prefix(rest);
    (word.ends_with(TEAM) && rest[word.len()..].starts_with(' ')).then_some(word.len())
}

/// The head of a national team's name (`대표팀`, `축구대표팀`, `국가대표팀`).
const TEAM: &str = "대표팀";

/// `rest` past a note in parentheses that opens it (`(31)`, `(31·한국예술종합학교 …)`: an
/// age, an affiliation), if [`note_close`] finds its end; else `rest`.
fn after_note(rest: &str) -> &str {
    let Some(note) = rest.strip_prefix('(') else {
        return rest;
    };
    note_close(note).map_or(rest, |i| &note[i + 1..])
}

/// `rest` after a note that opens it with a digit (`(59)`, `(31·여)`): an age; `rest` itself
/// when it opens no such note.
fn digit_note_skipped(rest: &str) -> &str {
    match rest.strip_prefix('(') {
        Some(note) if note.starts_with(|c: char| c.is_ascii_digit()) => after_note(rest),
        _ => rest,
    }
}

/// The positions of a field player, which a side may qualify (`중앙 수비수`).
const FIELD_POSITIONS: [&str; 3] = ["수비수", "공격수", "미드필더"];

/// The sides of the field written before a player's position.
const SIDES: [&str; 6] = ["중앙", "측면", "왼쪽", "오른쪽", "좌측", "우측"];

/// The Hangul prefix of `word` (up to a change of script).
fn hangul_prefix(word: &str) -> &str {
    let end = word
        .char_indices()
        .find(|&(_, c)| Script::of(c) != Script::Hangul)
        .map_or(word.len(), |(i, _)| i);
    &word[..end]
}

/// The stem of `word` that may be a name: `word` without its particle where the particle can
/// follow the stem's last syllable; `word` itself where it cannot (`유출경로는`: `로` never
/// follows `경`, which takes `으로`), so the split was none.
fn name_stem(word: &str) -> &str {
    let stem = without_particle(word);
    if stem.len() < word.len() && !particle_agrees(word, stem.len()) {
        return word;
    }
    stem
}

/// Can the particle that starts at byte `at` of `word` follow the syllable before it? Korean
/// writes `는`, `를`, `가`, `와`, `로`, `라…` after a syllable without a final consonant (`로`
/// also after `ㄹ`), and `은`, `을`, `과`, `으로` after one with a final consonant.
fn particle_agrees(word: &str, at: usize) -> bool {
    let (Some(last), Some(first)) = (word[..at].chars().next_back(), word[at..].chars().next())
    else {
        return true;
    };
    let Some(offset) = (last as u32)
        .checked_sub('가' as u32)
        .filter(|&o| o < 11_172)
    else {
        return true;
    };
    let final_consonant = offset % 28;
    const RIEUL: u32 = 8;
    match first {
        '는' | '를' | '가' | '와' | '라' | '란' | '랑' | '며' | '였' => {
            final_consonant == 0
        }
        '로' => final_consonant == 0 || final_consonant == RIEUL,
        '은' | '을' | '과' => final_consonant != 0,
        // the subject particle alone: `가` after a vowel (`머레이`, `베일리`: 이 is the name's)
        '이' if &word[at..] == "이" => final_consonant != 0,
        '으' if word[at..].starts_with("으로") => {
            final_consonant != 0 && final_consonant != RIEUL
        }
        _ => true,
    }
}

/// The forms of `word` that may be a name: the word itself and the word without its particle
/// (`김지은` may be a whole name, `김민수는` is `김민수` + `는`). None when the stem is a common
/// word (`정부가`) and the word itself ends in a particle names never end in (`정책을`).
fn name_forms(word: &str) -> impl Iterator<Item = &str> {
    let stem = name_stem(word);
    let particle = stem != word;
    let common_stem = particle && is_stop_word(stem);
    let whole = !particle
        || (!common_stem
            && !word.ends_with(['의', '는', '를', '을', '에', '와', '과', '도', '로', '서']));
    [(whole, word), (particle && !common_stem, stem)]
        .into_iter()
        .filter_map(|(ok, w)| ok.then_some(w))
}

/// Finds people among the words `runs` of `text`; `titles` holds the TITLE candidates
/// (dictionary and compound) and `dictionary` every dictionary candidate, both in text order.
/// Names found by context go to `out`, names found by their shape alone (Korean or foreign) to
/// `shaped`.
pub(super) fn recognize(
    text: &str,
    runs: &[Run],
    dictionary: &[Candidate],
    titles: &[Candidate],
    out: &mut Vec<Candidate>,
    shaped: &mut Vec<Candidate>,
) {
    let chains = Chains::new(text, runs, titles);
    let roles = Roles::new(text, runs);
    for (i, run) in runs.iter().enumerate() {
        let word = &text[run.start..run.end];
        let first = word.chars().next().unwrap_or(' ');
        let after_role = || i > 0 && roles.whole(i - 1);
        // one space before a role noun (`벤투 감독`)
        let before_role = || {
            runs.get(i + 1)
                .is_some_and(|n| n.start == run.end + 1 && roles.stem(i + 1))
        };
        // a role noun two or three words on may end a foreign name that starts here (one bit
        // test a word)
        let role_ahead = || {
            runs[i + 1..]
                .iter()
                .skip(1)
                .take(2)
                .any(|r| r.ends & ROLE_NOUN != 0)
        };
        let foreign = foreign_name(text, runs, i);
        // Most runs start with no surname and no capital, after or before no role noun:
        // nothing to find.
        let plain = foreign.is_none()
            && !is_surname(first)
            && !first.is_ascii_uppercase()
            && !is_hanja_surname(first)
            && !after_role()
            && !before_role()
            && !role_ahead()
            // a given name alone before `씨` starts with any syllable (`혜리 씨`)
            && !text[run.end..].starts_with(" 씨");
        // a word before a marker (`클린턴 전 장관`) is read by the title chain alone
        let marker_only = plain && before_marker(text, run.end);
        if plain && !marker_only {
            continue;
        }
        // A name starts a word: after a space, an opening bracket or quote, or a list mark;
        // a run glued to a closing quote is the rest of a word (`"…"이라며`).
        let mut before = text[..run.start].chars().rev();
        let opens = match before.next() {
            None => true,
            // a straight quote opens only after a space: `'하성용'`, not `…"이라며`
            Some('"' | '\'') => before
                .next()
                .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[')),
            Some(c) => {
                c.is_whitespace()
                    || matches!(
                        c,
                        '(' | '['
                            | '{'
                            | '<'
                            | '‘'
                            | '“'
                            | '《'
                            | '〈'
                            | '「'
                            | '『'
                            | '·'
                            | ','
                            | '/'
                            // the marks that start an item of a list in news (`▲김철수씨
                            // 별세`, `■홍길동 감독`): obituaries, people columns, schedules
                            | '▲'
                            | '△'
                            | '■'
                            | '□'
                            | '◆'
                            | '◇'
                            | '―'
                    )
            }
        };
        if !opens {
            continue;
        }
        // `모` after a surname written apart is the rest of `김 모 씨`, found at the surname
        if (word == "모" || word.starts_with("모씨")) && after_spaced_surname(text, run.start) {
            continue;
        }
        if marker_only {
            if let Some((s, e)) = name_before_title_chain(text, runs, i, titles, &chains) {
                if !covered(dictionary, s, e) {
                    out.push(person(s, e));
                }
            }
            continue;
        }
        let in_context = spaced_mo(text, *run, titles)
            .or_else(|| glossed_name(text, runs, i))
            .or_else(|| honorific(text, *run))
            .or_else(|| withheld_before_title(text, *run, titles))
            .or_else(|| actor_in_note(text, *run))
            .or_else(|| surname_before_title(text, *run, titles))
            .or_else(|| name_before_former_title(text, *run, titles))
            .or_else(|| name_before_title_chain(text, runs, i, titles, &chains))
            .or_else(|| foreign_name_before_role(text, runs, i, &roles))
            .or_else(|| name_before_team_role(text, runs, i, &roles))
            .or_else(|| name_in_title_note(text, *run, titles))
            .or_else(|| {
                // after a role noun, the whole foreign name when there is one (`선수 파이크 아브디가`)
                role_context(text, runs, i, &roles)
                    // the last word of a foreign name before a role noun is read with the
                    // name, at its first word (`도널드 트럼프 후보자가`)
                    .filter(|_| {
                        i == 0 || foreign_name(text, runs, i - 1).is_none_or(|(_, e)| e != run.end)
                    })
                    .map(|span| {
                        let whole = foreign.or_else(|| {
                            after_role()
                                .then(|| foreign_name_after_role(text, runs, i))
                                .flatten()
                        });
                        match whole {
                            Some(f) if f.0 == span.0 && f.1 > span.1 => f,
                            _ => span,
                        }
                    })
            })
            // a foreign name whose first word is longer than a name the role context reads
            // alone (`미드필더 알라이시스 로마오는`); a role joined to the next one by `겸`
            // (`작가 겸 에디터`) names none
            .or_else(|| {
                (after_role() && !ROLE_JOINERS.contains(&word))
                    .then(|| foreign_name_after_role(text, runs, i))
                    .flatten()
                    .filter(|&(_, e)| names_after_role(&text[run.start..e], &text[e..]))
            });
        let (found, list) = match in_context {
            Some(span) => (Some(span), &mut *out),
            None => (
                foreign
                    .filter(|&(s, e)| !quoted_whole(text, s, e))
                    .or_else(|| {
                        bare_name(text, *run).filter(|_| !after_determiner(text, run.start))
                    }),
                &mut *shaped,
            ),
        };
        if let Some((s, e)) = found {
            if !covered(dictionary, s, e) {
                list.push(person(s, e));
            }
        }
    }
}

/// A foreign name of two or three words right before a role noun (`알레한드로 곤잘레스
/// 이냐리투 감독의`): the role says a person stands there, so the words need only lean
/// foreign, as after a role noun; the role reading alone finds the last word only.
/// A group's or a brand's name stands before `멤버` and `모델` as often as a person's
/// (`레이디스 코드 멤버`, `포카리 스웨트 모델`), and the words before the last end in no verb
/// ending (`그만두고 웹캠 모델`).
fn foreign_name_before_role(
    text: &str,
    runs: &[Run],
    i: usize,
    roles: &Roles,
) -> Option<(usize, usize)> {
    // the role noun two or three words on first: most words have none, and no name is scored
    if !roles.stem(i + 2) && !roles.stem(i + 3) {
        return None;
    }
    let (s, e) = foreign_name_after_role(text, runs, i)?;
    let k = runs[i..].iter().position(|r| r.end >= e)? + i;
    let next = runs.get(k + 1)?;
    let role = without_particle(&text[next.start..next.end]);
    (runs[k].end == e
        && next.start == e + 1
        && &text[e..next.start] == " "
        && next.ends & ROLE_NOUN != 0
        && is_role(role)
        && !RELATIVES.contains(role)
        && !GROUP_ROLES.contains(&role)
        // a conjunction or a time word first is no given name (`그러나 슈틸리케 감독은`)
        && !super::NOT_NAMES.contains(&text[runs[i].start..runs[i].end])
        && !runs[i..k]
            .iter()
            .any(|r| text[r.start..r.end].ends_with(super::VERBAL_ENDINGS)))
    .then_some((s, e))
}

/// A name before the national team and a role (`슈틸리케 대표팀 감독은`, `울리 슈틸리케
/// 축구대표팀 감독`, `신태용 대표팀 코치`): as before the role itself, a Korean name or one
/// foreign word, or a foreign name of two or three words, whose words need only lean foreign.
fn name_before_team_role(
    text: &str,
    runs: &[Run],
    i: usize,
    roles: &Roles,
) -> Option<(usize, usize)> {
    let spaced = |a: &Run, b: &Run| b.start == a.end + 1 && &text[a.end..b.start] == " ";
    // the team word one to three words on, then the role: the role's bit first, then a
    // suffix test
    let team_then_role = |k: usize| {
        runs.get(k + 1).is_some_and(|n| n.ends & ROLE_NOUN != 0)
            && runs.get(k).is_some_and(|r| {
                r.hangul
                    && text[r.start..r.end].ends_with(TEAM)
                    && spaced(&runs[k - 1], r)
                    && runs.get(k + 1).is_some_and(|n| {
                        spaced(r, n)
                            && roles.stem(k + 1)
                            && !is_kin(without_particle(&text[n.start..n.end]))
                    })
            })
    };
    let run = runs[i];
    let word = &text[run.start..run.end];
    if team_then_role(i + 1) {
        let korean = named_in_context(word)
            && bare_before_role(word)
            && !super::common_word_before_title(word);
        return (korean || single_foreign_name_in_context(word)).then_some((run.start, run.end));
    }
    let k = (i + 2..=i + 3).find(|&k| team_then_role(k))?;
    let (s, e) = foreign_name_after_role(text, runs, i)?;
    (e == runs[k - 1].end && !super::NOT_NAMES.contains(word)).then_some((s, e))
}

/// A Korean name after a title in a note on an organization (`리얼미터(대표 이택수)가`,
/// `한국마사회(회장 현명관)`, `협의회(위원장: 김민수·55)`): news names the head of a body so,
/// the title first, then the holder, and the note closes right after the name (`)`, or `·`
/// or `,` before more of the note). The name is read as in a list beside a person (its shape,
/// no common word, odds that lean to a name), or as beside a title where it is spelled as no
/// transliteration is (`(주교 시노드)` is a synod).
fn name_in_title_note(text: &str, run: Run, titles: &[Candidate]) -> Option<(usize, usize)> {
    // a space or `: ` before the word, then a title glued to `(`: most words have neither
    let before = text[..run.start]
        .strip_suffix(": ")
        .or_else(|| text[..run.start].strip_suffix(' '))?;
    let k = titles.partition_point(|t| t.end < before.len());
    let title = titles
        .get(k)
        .filter(|t| t.end == before.len() && t.kind == EntityType::Title)?;
    if !text[..title.start].ends_with('(') {
        return None;
    }
    let word = &text[run.start..run.end];
    (run.hangul
        && text[run.end..].starts_with([')', '·', ','])
        && (listed_name(word) || (named_in_context(word) && transliteration_score(word) < 0.0))
        && !super::common_word_before_title(word))
    .then_some((run.start, run.end))
}

/// Roles a group's or a brand's name stands before (`레이디스 코드 멤버`, `포카리 스웨트 모델`).
const GROUP_ROLES: [&str; 2] = ["멤버", "모델"];

/// Can `name`, with `rest` after it, be a name of several words after a role noun? No word
/// ends like a verb or a question (`감독 왜바꾼거냐 …`), and no phrase particle follows it
/// (`나한테`).
fn names_after_role(name: &str, rest: &str) -> bool {
    !name
        .split(' ')
        .any(|w| w.ends_with(super::VERBAL_ENDINGS) || w.ends_with('냐'))
        && !PHRASE_PARTICLES.iter().any(|p| rest.starts_with(p))
}

/// A foreign name of two or three words starting at run `i`, right before its romanized
/// form in parentheses, word for word (`안느 이달고(Anne Hidalgo)는`, `제임스 이건
/// 홈즈(James Eagan Holmes, 24세)`): news glosses a foreign person so. Each word of the gloss
/// is capitalized and goes on in lower case (no acronym, no `Mt.`); the name may be quoted
/// (`‘마누엘 디아스’(Manuel Diaz)`).
fn glossed_name(text: &str, runs: &[Run], i: usize) -> Option<(usize, usize)> {
    // the gloss's bracket first, after the second or third word (maybe past a closing
    // quote): most words have none
    let bracket_after = |k: usize| {
        runs.get(k).is_some_and(|r| {
            let rest = &text[r.end..];
            let rest = rest.strip_prefix(['’', '\'', '"', '”']).unwrap_or(rest);
            rest.starts_with('(')
        })
    };
    if !bracket_after(i + 1) && !bracket_after(i + 2) {
        return None;
    }
    for n in [3, 2] {
        let Some(group) = runs.get(i..i + n) else {
            continue;
        };
        if !group.iter().all(|r| r.hangul)
            || !group
                .windows(2)
                .all(|w| w[1].start == w[0].end + 1 && &text[w[0].end..w[1].start] == " ")
        {
            continue;
        }
        let end = group[n - 1].end;
        // a quote opened before the name closes right after it; one that goes on past the
        // gloss quotes a work (`‘사이언티픽 레포트(Scientific Reports)’`)
        // (a `matches!`, not a search of a string of quotes: this runs at most words)
        let opened = text[..group[0].start]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '\'' | '"' | '‘' | '“'));
        let closed = text[end..].strip_prefix(['’', '\'', '"', '”']);
        if opened != closed.is_some() {
            continue;
        }
        let Some(gloss) = closed.unwrap_or(&text[end..]).strip_prefix('(') else {
            continue;
        };
        // only the last word takes a particle (`하나는 로키아케움(…)`: a phrase)
        if group[..n - 1]
            .iter()
            .any(|r| text[r.start..r.end].ends_with(LEADING_PARTICLES))
        {
            continue;
        }
        let close = gloss.find([')', ',']).unwrap_or(0);
        let latin: Vec<&str> = gloss[..close].split(' ').collect();
        let capitalized = |w: &&str| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && w.len() >= 2
                && chars.all(|c| c.is_ascii_lowercase() || c == '-')
        };
        let words: Vec<&str> = group.iter().map(|r| &text[r.start..r.end]).collect();
        if close > 0 && latin.len() == n && latin.iter().all(capitalized) && is_glossed_name(&words)
        {
            return Some((group[0].start, end));
        }
    }
    None
}

/// Words that join a role noun to another (`방송인 겸 트레이너`, `가수 및 배우`): no name.
const ROLE_JOINERS: [&str; 3] = ["겸", "및", "또는"];

/// Does a surname of one syllable and a space end right before `at` (`김 |모 씨`)?
fn after_spaced_surname(text: &str, at: usize) -> bool {
    let mut before = text[..at].chars().rev();
    before.next() == Some(' ')
        && before.next().is_some_and(is_surname)
        && before.next().is_none_or(|c| !Script::of(c).is_word())
}

/// A surname and `모` written apart, before an honorific, an age, a title or a role noun
/// (`김 모 씨`, `김 모(53)씨`, `조 모 변호사`, `이 모 전 대표`): the span is `김 모`, as the
/// glued `김모` is one mention.
fn spaced_mo(text: &str, run: Run, titles: &[Candidate]) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    let mut chars = word.chars();
    let (Some(first), None) = (chars.next(), chars.next()) else {
        return None;
    };
    if !is_surname(first) || !text[run.end..].starts_with(" 모") {
        return None;
    }
    let end = run.end + " 모".len();
    let rest = &text[end..];
    // `김 모씨`: the honorific glued to 모
    let glued = rest
        .strip_prefix('씨')
        .is_some_and(|r| only_particles(hangul_prefix(r)));
    let honored = after_name(text, end).is_some_and(|(h, age)| h != '(' || age);
    // a title or a role noun one space on (`조 모 변호사`, `이 모 전 대표`)
    let titled = || {
        let Some(next) = rest.strip_prefix(' ') else {
            return false;
        };
        let at = text.len() - next.strip_prefix("전 ").unwrap_or(next).len();
        let i = titles.partition_point(|t| t.start < at);
        titles
            .get(i)
            .is_some_and(|t| t.start == at && t.kind == EntityType::Title)
            || is_role(without_particle(hangul_prefix(&text[at..])))
            || former_title_word(text, at)
    };
    (glued || honored || titled()).then_some((run.start, end))
}

/// The actor in a drama's or film's note after a role (`조씨(김민서 분)는`): `(NAME 분)`, a
/// Korean name or a foreign one.
fn actor_in_note(text: &str, run: Run) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    let opened = text[..run.start].ends_with('(') && text[run.end..].starts_with(" 분)");
    (opened && run.hangul && (named_in_context(word) || is_single_foreign_name(word)))
        .then_some((run.start, run.end))
}

/// The honorifics written after a person's name.
pub(super) const HONORIFICS: [char; 4] = ['씨', '군', '양', '옹'];

/// A name before `씨`/`군`/`양`/`옹`, maybe with an age: `김영희 씨`, `김모(45)씨`, `최씨는`,
/// `A씨`, `B 씨`, `C(40)씨`, `이모 군`; or a full name before an age alone: `홍길동(34)`.
fn honorific(text: &str, run: Run) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    // A Latin initial: `A씨`, `B 씨`, `C(40)씨`, and a minor's `A양`, `B 군`, `C 양(11)의`
    // (not `옹`, an old man news names in full).
    let mut chars = word.chars();
    if let (Some(c), rest) = (chars.next(), chars.as_str()) {
        if c.is_ascii_uppercase() {
            const AFTER_INITIAL: [char; 3] = ['씨', '군', '양'];
            let attached = rest.strip_prefix(AFTER_INITIAL).is_some_and(only_particles);
            let separate = rest.is_empty()
                && after_name(text, run.end).is_some_and(|(h, _)| AFTER_INITIAL.contains(&h));
            return (attached || separate).then_some((run.start, run.start + 1));
        }
    }
    if !run.hangul {
        return None;
    }
    // `최씨`, `김모씨`, `김영희씨는`: the honorific attached. (The few syllables of a word
    // are walked in place: `str::find` sets up a searcher at each of most words.)
    if let Some((at, _)) = word.char_indices().find(|&(_, c)| c == '씨') {
        let name = &word[..at];
        if only_particles(&word[at + '씨'.len_utf8()..]) && person_before_honorific(name, '씨') {
            return Some((run.start, run.start + at));
        }
    }
    // `김영희 씨`, `김모(45)씨`, `홍길동(34)`: the honorific or the age after the word.
    let (h, age) = after_name(text, run.end)?;
    let ok = match h {
        '(' => age && named_in_context(word),
        // `군`, `양` and `옹` are also words of their own (`남북이 군 통신선을`): a name
        // before one apart must read as a name
        '군' | '양' | '옹' if !age && text[run.end..].starts_with(' ') => {
            person_before_honorific(word, h) && name_score(word).is_none_or(|s| s >= 0.0)
        }
        // one foreign word before a separate `씨` (`가오 씨는`), or a given name alone
        // (`혜리 씨는`, `이활 씨`)
        '씨' if !age && text[run.end..].starts_with(' ') => {
            person_before_honorific(word, h)
                || is_single_foreign_name(word)
                || named_before_spaced_ssi(word)
        }
        _ => person_before_honorific(word, h),
    };
    ok.then_some((run.start, run.end))
}

/// Endings of a word that modifies the noun after it or ends a phrase (`뿌린 씨를`, `그의
/// 씨`, `심을 씨`): before `씨` such a word makes `씨` the seed, not the honorific.
const BEFORE_SEED_ENDINGS: [char; 12] = [
    '는', '던', '된', '할', '될', '의', '을', '를', '에', '와', '과', '로',
];

/// Is `word`, one space before a separate `씨`, a name news writes so: a given name or a stage
/// name alone (`혜리 씨`, `규현 씨`), a full name of two syllables (`이활 씨`, `김숙 씨`), a
/// foreign name (`가오 씨`)? Two to four syllables, none of the words that qualify a noun
/// (`이번`, `모든`) and no ending that modifies one ([`BEFORE_SEED_ENDINGS`]); a past
/// adnominal in ㄴ (`뿌린 씨`) is spelled as a name ending so (`수린 씨`), and news writes the
/// seed so too seldom to turn such names away. Glued `씨` is left to
/// [`person_before_honorific`]: it ends compounds (`마음씨`, `아가씨`).
fn named_before_spaced_ssi(word: &str) -> bool {
    (2..=4).contains(&word.chars().count())
        && word.chars().all(|c| ('가'..='힣').contains(&c))
        && !word.ends_with(BEFORE_SEED_ENDINGS)
        && !super::NOT_NAMES.contains(word)
        && !DETERMINERS.contains(&word)
        // so-and-so, a name withheld (`김 아무개 씨`): alone it names no one
        && word != "아무개"
}

/// Is `word` a Korean name where the context says a person stands (a role noun, an age)? Its shape, and either no common word or odds that lean to a name: the
/// stop list holds names that news often writes bare (`한효주`, `최순실`), which a context
/// reads as names again, but not the modifiers news writes before role nouns (`차세대 감독`).
fn named_in_context(word: &str) -> bool {
    is_name_shaped(word)
        || (has_name_form(word) && name_score(word).is_none_or(|s| s >= 0.0) && !is_modifier(word))
}

/// Can `name` stand before the honorific `h`? A full name always (before `씨` also a name that
/// is a frequent word too: `최순실 씨`); a surname alone (`최`) or with 모 (`김모`) only before 씨
/// or as `김모 군`.
fn person_before_honorific(name: &str, h: char) -> bool {
    let mut chars = name.chars();
    let (Some(first), second, third) = (chars.next(), chars.next(), chars.next()) else {
        return false;
    };
    let full_name = || {
        is_name_shaped(name)
            || (h == '씨' && has_name_form(name) && name_score(name).is_none_or(|s| s >= 0.0))
    };
    if !is_surname(first) {
        return full_name();
    }
    match (second, third) {
        (None, _) => h == '씨',
        (Some('모'), None) => true,
        _ => full_name(),
    }
}

/// The most bytes of the note after an age (`(53·서울 강남구)`: ten syllables).
const NOTE_MAX: usize = 30;

/// What follows a name ending at `end`: an honorific (with an optional age before it), or an
/// age alone (`('(', true)`); `None` otherwise.
fn after_name(text: &str, end: usize) -> Option<(char, bool)> {
    let mut rest = &text[end..];
    let mut age = false;
    if let Some(r) = rest.strip_prefix('(') {
        let digits = r.chars().take_while(char::is_ascii_digit).count();
        // the age alone, or with a short note after `·` (`김모(53·회사원)씨`)
        let note = r[digits..]
            .strip_prefix('·')
            .and_then(|n| {
                n.find(')')
                    .filter(|&k| k <= NOTE_MAX && !n[..k].contains('('))
            })
            .map_or(0, |k| '·'.len_utf8() + k);
        if (1..=3).contains(&digits) && r[digits + note..].starts_with(')') {
            rest = &r[digits + note + 1..];
            age = true;
        }
    }
    let spaced = rest.strip_prefix(' ').unwrap_or(rest);
    let mut chars = spaced.chars();
    if let Some(h) = chars.next().filter(|h| HONORIFICS.contains(h)) {
        // The honorific is a word of its own (with particles), not the start of one (`씨름`,
        // `양국`, `군사`); a separate `양`/`군` needs no other word glued to it.
        let tail = hangul_prefix(chars.as_str());
        return only_particles(tail).then_some((h, age));
    }
    age.then_some(('(', true))
}

/// Surname syllables that before a title are another word: `전` and `구` (former), `현`
/// (current), `고` (the late), `총` (general), `각` (each), `양`/`두` (both), `당` (the
/// party: `당 대표`, `리영수 당 근로단체부장`).
const NOT_SURNAMES_BEFORE_TITLES: [char; 9] =
    ['전', '구', '현', '고', '총', '각', '양', '두', '당'];

/// The noun of address news writes after a lone surname (`이 여사`, `김 여사는`): the person
/// is named so, as by a title.
pub(crate) const MADAM: &str = "여사";

/// Titles the TITLE dictionary leaves out because they are common words too (`시장` a market,
/// `지사` a branch office, `검사` a test, `소장` a complaint, `이사` a move): right after a
/// person and a space (`홍 지사는`, `박 시장이`, `박원순 시장은`) they are a person's title;
/// so are the ranks that are common words too (`중위` a median, `소위` so-called, `상사` a
/// boss, `경위` circumstances, `경사` a slope, `상병` an illness) and `신부` (a priest there,
/// a bride elsewhere). After `전` the longer [`COMMON_WORD_TITLES`] holds.
const TITLES_AFTER_SURNAMES: [&str; 15] = [
    "시장", "지사", "군수", "검사", "소장", "이사", "고문", "과장", "중위", "소위", "상사", "경위",
    "경사", "상병", "신부",
];

/// The hanja of common Korean surnames, written alone for a person in headlines (`朴 전
/// 대통령`, `文 대통령`).
const HANJA_SURNAMES: &str = "金李朴崔鄭姜趙尹張林韓吳申徐權黃安宋柳洪全高文孫梁裵白許盧沈丁成車";

/// Is `c` one of [`HANJA_SURNAMES`]? (Most words start with no hanja: one range test.)
fn is_hanja_surname(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) && HANJA_SURNAMES.contains(c)
}

/// Titles the dictionary leaves out because they are common words too (`시장` market, `고문`
/// torture, `수석` top seat: dictionaries/title.tsv), which after `전` and a name can only be
/// titles (`허 전 시장은`, `조 전 수석`).
pub(super) const COMMON_WORD_TITLES: [&str; 16] = [
    "시장",
    "이사",
    "지사",
    "군수",
    "검사",
    "과장",
    "소장",
    "감독",
    "고문",
    "주석",
    "대리",
    "감사",
    "교감",
    "수석",
    "코치",
    "구청장",
];

/// Is the word at `at` one of [`COMMON_WORD_TITLES`], maybe with a particle?
fn former_title_word(text: &str, at: usize) -> bool {
    COMMON_WORD_TITLES.contains(&without_particle(hangul_prefix(&text[at..])))
}

/// A surname alone right before a title, maybe with `전`: `안 전 비서관`, `강 회장`,
/// `전 전 대통령`, `朴 전 대통령`; or before a role noun: `박 감독은`.
fn surname_before_title(text: &str, run: Run, titles: &[Candidate]) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    let mut chars = word.chars();
    // a hanja surname glued to the title, as headlines write it (`朴대통령`, `文대통령은`)
    if let Some(first) = word.chars().next().filter(|&c| is_hanja_surname(c)) {
        let at = run.start + first.len_utf8();
        if candidate_at(titles, at).is_some_and(|t| t.kind == EntityType::Title) {
            return Some((run.start, at));
        }
    }
    let (Some(first), None) = (chars.next(), chars.next()) else {
        return None;
    };
    // one syllable in a list of levels is no surname (`시·도 소방본부장`, `시·군 의원`)
    if text[..run.start].ends_with(['·', 'ㆍ']) {
        return None;
    }
    // a Latin initial may carry an age in a note (`A(59) 교수가`, `P(31·여) 순경에게`), as
    // `김모(45)` does
    let after = if first.is_ascii_uppercase() {
        digit_note_skipped(&text[run.end..])
    } else {
        &text[run.end..]
    };
    let title_at =
        |at: usize| candidate_at(titles, at).is_some_and(|t| t.kind == EntityType::Title);
    let rest = after.strip_prefix(' ')?;
    // `전` glued to the title (`성 전회장은`): the title split off it starts after `전`
    let former = rest.strip_prefix("전 ").or_else(|| {
        rest.strip_prefix('전')
            .filter(|after| title_at(text.len() - after.len()))
    });
    // `전` is "former" before a title, but a surname before `전` (`전 전 대통령`); a Latin
    // initial stands for a withheld name as a surname does (`A 교수는`, `B 중위와`)
    let surname = (is_surname(first) && !NOT_SURNAMES_BEFORE_TITLES.contains(&first))
        || is_hanja_surname(first)
        || first.is_ascii_uppercase()
        || (first == '전' && former.is_some());
    if !surname {
        return None;
    }
    // `청와대 한 행정관`, `…의 한 당선인`, `발언을 한 목사`: "a" or "who did", no surname
    if first == '한'
        && han_is_no_surname(
            text,
            run.start,
            place_or_org_before(text, titles, run.start),
        )
    {
        return None;
    }
    let at = text.len() - former.unwrap_or(rest).len();
    let titled = title_at(at);
    // a noun of address (`이 여사는`, `김 여사 측에`): `이` before it is a surname too
    if former.is_none() && without_particle(hangul_prefix(&text[at..])) == MADAM {
        return Some((run.start, run.end));
    }
    // or a role noun (`박 감독은`, `조 코치가`); `이` before one is mostly "this" (`이 가수는`)
    // and `한` "a" (`한 선수가`, `한 사제 앞에`)
    // (`박 감독과는`, `김 코치에게도`: two particles may follow the noun)
    let role = || {
        !matches!(first, '이' | '한') && {
            let stem = without_particle(hangul_prefix(&text[at..]));
            let role_or_title = |w: &str| is_role(w) || TITLES_AFTER_SURNAMES.contains(&w);
            role_or_title(stem) || role_or_title(without_particle(stem))
        }
    };
    (titled || role() || (former.is_some() && former_title_word(text, at)))
        .then_some((run.start, run.end))
}

/// A full name before `전` and a title, maybe closing a quote: `하성용 전 사장`,
/// `'하성용' 전 사장`, `블레어 전 총리`.
fn name_before_former_title(text: &str, run: Run, titles: &[Candidate]) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    let rest = &text[run.end..];
    let rest = rest.strip_prefix(['\'', '"', '’', '”']).unwrap_or(rest);
    // `전` (former) or `당시` (then): `노회찬 당시 정의당 원내대표`
    let after = rest
        .strip_prefix(" 전 ")
        .or_else(|| rest.strip_prefix(" 당시 "))?;
    let at = text.len() - after.len();
    let i = titles.partition_point(|t| t.start < at);
    // the title right there, or after the organization it was held at (`전 한빛전자 사장`)
    // (or after a word no dictionary knows, the organization's name: `전 성동조선해양 사장`)
    let next_word_end = at
        + text[at..]
            .find(|c: char| !Script::of(c).is_word())
            .unwrap_or(text.len() - at);
    let titled = match titles.get(i) {
        Some(t) if t.start == at && t.kind == EntityType::Title => true,
        _ if former_title_word(text, at) => true,
        Some(o) if o.start == at && o.kind == EntityType::Org => titles
            .get(i + 1)
            .is_some_and(|t| t.start == o.end + 1 && t.kind == EntityType::Title),
        Some(t) => {
            next_word_end > at
                && t.start == next_word_end + 1
                && t.kind == EntityType::Title
                && text[next_word_end..].starts_with(' ')
        }
        None => false,
    };
    // a Korean name, or one foreign word (`블레어 전 총리`)
    (titled && (is_name_shaped(word) || is_foreign_name_in_context(&[word])))
        .then_some((run.start, run.end))
}

/// Does one of [`CHAIN_MARKERS`] follow byte `end` as a word of its own (`블레어 전 총리`)?
fn before_marker(text: &str, end: usize) -> bool {
    text[end..].strip_prefix(' ').is_some_and(|rest| {
        CHAIN_MARKERS
            .iter()
            .any(|m| rest.strip_prefix(m).is_some_and(|r| r.starts_with(' ')))
    })
}

/// A name withheld as a surname and `모` right before a title, maybe after an age or a note
/// in parentheses, `전`, and the organization (`박모 교수에게`, `김모(49) 국장에게서`, `이모(56)
/// 충남대학교 교수`, `손모 전 전무`, `윤모 전 청와대 선임행정관`): as `김모 씨`, a person whose
/// given name the report withholds. Mined from ko-news-text lines 1–14,758 (13 such before a
/// title, all of them people).
fn withheld_before_title(text: &str, run: Run, titles: &[Candidate]) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    let mut chars = word.chars();
    let (Some(first), Some('모'), None) = (chars.next(), chars.next(), chars.next()) else {
        return None;
    };
    if !is_surname(first) || text[..run.start].ends_with(['·', 'ㆍ']) {
        return None;
    }
    let mut rest = digit_note_skipped(&text[run.end..]).strip_prefix(' ')?;
    rest = rest.strip_prefix("전 ").unwrap_or(rest);
    let candidate_at = |at: usize| candidate_at(titles, at);
    let mut at = text.len() - rest.len();
    if let Some(o) =
        candidate_at(at).filter(|o| matches!(o.kind, EntityType::Org | EntityType::Location))
    {
        at = o.end + 1;
        if !text[o.end..].starts_with(' ') {
            return None;
        }
    }
    candidate_at(at)
        .is_some_and(|t| t.kind == EntityType::Title)
        .then_some((run.start, run.end))
}

/// The candidate of `found` (in text order) that starts at byte `at`, if any.
fn candidate_at(found: &[Candidate], at: usize) -> Option<&Candidate> {
    let k = found.partition_point(|t| t.start < at);
    found.get(k).filter(|t| t.start == at)
}

/// Markers of time written between a name and its title (`허재호 전 대주그룹 회장`, `모미이
/// 가쓰토 NHK 신임 회장`, `나카이 히로시 당시 일본 공안위원장`, `윤창중 청와대 전 대변인`).
const CHAIN_MARKERS: [&str; 7] = ["전", "현", "신임", "당시", "초대", "前", "現"];

/// The first characters of [`CHAIN_MARKERS`].
const CHAIN_MARKER_STARTS: [char; 7] = ['전', '현', '신', '당', '초', '前', '現'];

/// Final syllables of verb forms: a word ending in one before a marker reads as a name only
/// when its syllables lean to a name.
const CHAIN_VERB_ENDINGS: [char; 10] = ['고', '며', '면', '서', '해', '한', '된', '던', '자', '는'];

/// The heads of an organization's unit that news writes as a word of its own between the
/// organization and the title (`김난도 서울대 소비자아동학부 교수`, `경찰대학교
/// 위기협상연구센터 교수`), as the gap words of `rules/position.toml` read them.
const CHAIN_UNITS: [&str; 13] = [
    "센터",
    "연구소",
    "학부",
    "학과",
    "대학원",
    "본부",
    "사업부",
    "부문",
    "위원회",
    "협의회",
    "분과",
    "사무국",
    "총괄",
];

/// A name before its title with markers, organizations and units between that the plain
/// `NAME TITLE` and `NAME ORG TITLE` of `people_before_titles` do not read: `전` before or
/// after the organization (`허재호 전 대주그룹 회장`, `문창극 중앙일보 전 주필`), a country
/// and a ministry (`제랄드 다르마냉 프랑스 내무부 장관`), a unit (`이종화 경찰대학교
/// 위기협상연구센터 교수`), or a foreign name before a marker (`클린턴 전 장관`). Names news
/// writes often (`윤창중`, `김용판`) are frequent words of news too, so a Korean name needs
/// only its form and no common word (as before a title), not the stop list. `전 전 대통령`
/// is the surname 전. Mined from ko-news-text lines 1–14,758 (Korean Wikinews articles
/// outside the evaluation fixture, KLUE-NER WikiTree train sentences).
fn name_before_title_chain(
    text: &str,
    runs: &[Run],
    i: usize,
    titles: &[Candidate],
    chains: &Chains,
) -> Option<(usize, usize)> {
    let run = runs[i];
    let word = &text[run.start..run.end];
    // as before a plain title: no particle names never end in (`그룹의`, `경찰은`)
    let korean = || {
        has_name_form(word)
            && !word.ends_with(['의', '는', '를', '을', '에', '와', '과', '로'])
            && (!word.ends_with('도') || is_likely_name(word, 0.0))
            && !super::common_word_before_title(word)
    };
    // a verb form before `초대`, `전` (`…학회를 세우고 초대 회장을`)
    if word.ends_with(CHAIN_VERB_ENDINGS) && !is_likely_name(word, 0.0) {
        return None;
    }
    // a field after an organization is no one-word foreign name (`화성시청 쇼트트랙 전 감독`)
    // (`titles` is in text order: an organization ending right before the word is among the
    // last few that start before it, not anywhere in the text)
    let after_org = || place_or_org_before(text, titles, run.start);
    let foreign_word = || single_foreign_name_in_context(word) && !after_org();
    // The chain first: it fails at the next word for nearly every word of a text, and the
    // name tests (`after_org` walks every title) then run at its few hits only.
    if chains.after_run(i) && (korean() || foreign_word()) {
        return Some((run.start, run.end));
    }
    // A foreign name of two or three words ends where one of the next two words ends (the
    // chain needs a space right after it, so no particle was cut off): the chain is tried
    // there before the name is scored.
    if !chains.after_run(i + 1) && !chains.after_run(i + 2) {
        return None;
    }
    let (s, e) = foreign_name_after_role(text, runs, i)?;
    // the chain after the name's last word is known when the name ends with that word
    let chained = match (i + 1..=i + 2).find(|&j| runs.get(j).is_some_and(|r| r.end == e)) {
        Some(j) => chains.after_run(j),
        None => chain_to_title(text, e, titles),
    };
    (e > run.end && chained).then_some((s, e))
}

/// [`chain_to_title`] after each run's end, computed at most once a run: the chain after a
/// word is asked for at the word itself and again at the one or two words before it (as the
/// end of a foreign name of two or three words), and it is most of the cost of the names
/// before a title.
struct Chains<'a> {
    text: &'a str,
    runs: &'a [Run],
    titles: &'a [Candidate],
    after: Vec<Cell<Option<bool>>>,
}

impl<'a> Chains<'a> {
    fn new(text: &'a str, runs: &'a [Run], titles: &'a [Candidate]) -> Self {
        Chains {
            text,
            runs,
            titles,
            after: vec![Cell::new(None); runs.len()],
        }
    }

    /// Does a title chain follow run `j` (false past the last run)?
    fn after_run(&self, j: usize) -> bool {
        let Some(cell) = self.after.get(j) else {
            return false;
        };
        if let Some(known) = cell.get() {
            return known;
        }
        let chained = chain_to_title(self.text, self.runs[j].end, self.titles);
        cell.set(Some(chained));
        chained
    }
}

/// Whether each run is a role noun: a run is asked from the words around it (before it, after
/// it, two or three words on) up to five times, and answered at most once.
struct Roles<'a> {
    text: &'a str,
    runs: &'a [Run],
    /// the run without its particle is a role noun (`감독은`)
    stem: Vec<Cell<Option<bool>>>,
    /// the run as written is one, or one in apposition (`감독`, `감독인`)
    whole: Vec<Cell<Option<bool>>>,
}

impl<'a> Roles<'a> {
    fn new(text: &'a str, runs: &'a [Run]) -> Self {
        Roles {
            text,
            runs,
            stem: vec![Cell::new(None); runs.len()],
            whole: vec![Cell::new(None); runs.len()],
        }
    }

    /// Is run `k` a role noun before its particle (false past the last run)? Most runs end
    /// in no role's last syllable, and the list is asked only at the others.
    #[inline(always)]
    fn stem(&self, k: usize) -> bool {
        self.memo(&self.stem, k, |text, run| {
            is_role(without_particle(&text[run.start..run.end]))
        })
    }

    /// Is run `k` a role noun as written ([`is_role_run`])?
    #[inline(always)]
    fn whole(&self, k: usize) -> bool {
        self.memo(&self.whole, k, is_role_run)
    }

    /// The bit test inline at every caller (most runs end in no role's last syllable), the
    /// memo and the word list behind a call.
    #[inline(always)]
    fn memo(&self, cells: &[Cell<Option<bool>>], k: usize, test: fn(&str, &Run) -> bool) -> bool {
        match self.runs.get(k) {
            Some(run) if run.ends & ROLE_NOUN != 0 => self.remembered(cells, k, run, test),
            _ => false,
        }
    }

    #[inline(never)]
    fn remembered(
        &self,
        cells: &[Cell<Option<bool>>],
        k: usize,
        run: &Run,
        test: fn(&str, &Run) -> bool,
    ) -> bool {
        let Some(cell) = cells.get(k) else {
            return false;
        };
        if let Some(known) = cell.get() {
            return known;
        }
        let answer = test(self.text, run);
        cell.set(Some(answer));
        answer
    }
}

/// Does an organization or a place of `found` (in text order) end one space before byte
/// `start`? (Only the last few candidates that start before it are looked at, not the text's.)
fn place_or_org_before(text: &str, found: &[Candidate], start: usize) -> bool {
    let k = found.partition_point(|t| t.start < start);
    found[k.saturating_sub(AFTER_ORG_REACH)..k].iter().any(|t| {
        t.end + 1 == start
            && matches!(t.kind, EntityType::Org | EntityType::Location)
            && &text[t.end..start] == " "
    })
}

/// How many of the found names that start before a word are looked at for the organization
/// just before it (candidates overlap a little, never by dozens).
const AFTER_ORG_REACH: usize = 16;

/// Does a title follow byte `end` over one to four words of markers, organizations or
/// places the dictionary knows, and units (after an organization), with at least one marker,
/// unit or second organization among them?
fn chain_to_title(text: &str, end: usize, titles: &[Candidate]) -> bool {
    let mut at = end;
    let (mut marked, mut orgs, mut unit) = (false, 0, false);
    for _ in 0..5 {
        let Some(rest) = text[at..].strip_prefix(' ') else {
            return false;
        };
        at = text.len() - rest.len();
        match candidate_at(titles, at) {
            Some(t) if t.kind == EntityType::Title => {
                return at > end + 1 && (marked || unit || orgs >= 2);
            }
            Some(t) if matches!(t.kind, EntityType::Org | EntityType::Location) => {
                orgs += 1;
                at = t.end;
            }
            Some(_) => return false,
            // before any organization only a marker can follow: most words start with none
            // of their syllables, and are turned away before the word is measured
            None if orgs == 0 && !rest.starts_with(CHAIN_MARKER_STARTS) => return false,
            None => {
                let len = rest
                    .find(|c: char| !Script::of(c).is_word())
                    .unwrap_or(rest.len());
                let w = &rest[..len];
                if CHAIN_MARKERS.contains(&w) && !marked {
                    // `전 전 대통령`: the second 전 is the surname of the ex-president
                    if w == "전" && rest[len..].starts_with(" 전 ") {
                        return false;
                    }
                    marked = true;
                } else if orgs > 0
                    && !unit
                    && (3..=10).contains(&w.chars().count())
                    && w.chars().all(|c| Script::of(c) == Script::Hangul)
                    && CHAIN_UNITS.iter().any(|u| w.ends_with(u))
                {
                    unit = true;
                } else {
                    return false;
                }
                at += len;
            }
        }
    }
    false
}

/// Two or three words spelled like a transliterated name, starting at run `i`:
/// `마이클 브로크먼은`, `판 다이크가`; the last may carry a particle.
fn foreign_name(text: &str, runs: &[Run], i: usize) -> Option<(usize, usize)> {
    foreign_name_by(text, runs, i, is_foreign_name, OTHER_WORD_FLOOR)
}

/// The same, right after a role noun (`선수 비아노 리차드슨이`): the words need only lean
/// foreign there.
fn foreign_name_after_role(text: &str, runs: &[Run], i: usize) -> Option<(usize, usize)> {
    foreign_name_by(text, runs, i, is_foreign_name_in_context, 0.0)
}

/// The least transliteration score of a given name of the lists (`요한` −1.2, `매튜` −0.85).
const GIVEN_NAME_FLOOR: f32 = -1.5;

/// Two or three words starting at run `i` that `reads_foreign` accepts, the first scoring
/// `floor` at least.
fn foreign_name_by(
    text: &str,
    runs: &[Run],
    i: usize,
    reads_foreign: fn(&[&str]) -> bool,
    floor: f32,
) -> Option<(usize, usize)> {
    let hangul = |r: &Run| r.hangul;
    let spaced = |a: &Run, b: &Run| b.start == a.end + 1 && &text[a.end..b.start] == " ";
    let first = runs.get(i)?;
    let first_word = &text[first.start..first.end];
    // a short given name is too short to score (`존 에드워즈`); `reads_foreign` decides
    if !first.hangul {
        return None;
    }
    // A name of two or three words needs a spaced Hangul word next: most words have none,
    // and are turned away before any scoring.
    if !runs
        .get(i + 1)
        .is_some_and(|next| next.hangul && spaced(first, next))
    {
        return None;
    }
    let score = transliteration_score(first_word);
    // a common given name scores above GIVEN_NAME_FLOOR (`요한`, `매튜`): most Korean words
    // below it are turned away before the word sets are asked
    if score < floor
        && !is_short_given_name(first_word)
        && !(score >= GIVEN_NAME_FLOOR && is_common_given_name(first_word))
    {
        return None;
    }
    // Not the middle of a longer foreign name; a role noun before it is no word of one
    // (`미드필더 알라이시스 로마오는`, `스트라이커 …`).
    if let Some(prev) = i.checked_sub(1).map(|p| &runs[p]) {
        if spaced(prev, first)
            && hangul(prev)
            && !is_role(&text[prev.start..prev.end])
            && reads_foreign(&[&text[prev.start..prev.end], &text[first.start..first.end]])
        {
            return None;
        }
    }
    for n in [3, 2] {
        let Some(group) = runs.get(i..i + n) else {
            continue;
        };
        if !group.iter().all(hangul) || !group.windows(2).all(|w| spaced(&w[0], &w[1])) {
            continue;
        }
        let last = &group[n - 1];
        let last_word = name_stem(&text[last.start..last.end]);
        let mut words = [""; 3];
        for (w, r) in words.iter_mut().zip(group) {
            *w = &text[r.start..r.end];
        }
        words[n - 1] = last_word;
        // A word before the last that ends in a particle no name ends in is a phrase
        // (`나와 타바네`, `시도를 …`): only the last word of a name takes one.
        let phrase = words[..n - 1]
            .iter()
            .any(|w| w.ends_with(LEADING_PARTICLES) || subject_marked(w));
        if !phrase && reads_foreign(&words[..n]) && !words[..n].iter().any(|w| ends_in_loanword(w))
        {
            return Some((first.start, last.start + last_word.len()));
        }
    }
    None
}

/// Does `word` end in the subject particle `이` where it can be one, after a final consonant
/// (`엠마 왓슨이 알란 릭맨을`: the subject, then the next name)?
fn subject_marked(word: &str) -> bool {
    word.strip_suffix('이')
        .is_some_and(|stem| !stem.is_empty() && particle_agrees(word, stem.len()))
}

/// Is `s..e` the whole of a quotation (`'슈퍼 영웅'으로`, `‘트루 라이브쇼’`)? News quotes
/// titles of works, slogans and phrases so; a person's name it writes bare.
fn quoted_whole(text: &str, s: usize, e: usize) -> bool {
    let opened = text[..s]
        .chars()
        .next_back()
        .is_some_and(|c| "'\"‘“「『《〈<".contains(c));
    let closed = text[e..]
        .chars()
        .next()
        .is_some_and(|c| "'\"’”」』》〉>".contains(c));
    opened && closed
}

/// Particles that end a word inside a phrase and no transliterated given name (`나와`,
/// `시도를`, `국가의`, `골프클럽에서`).
const LEADING_PARTICLES: [char; 9] = ['와', '과', '를', '을', '의', '에', '는', '은', '서'];

/// The common loanwords of `dictionaries/discovery/loanwords.txt`, read by their tails here: a
/// word ending in one of two syllables or more is a compound loanword (`아이스링크`,
/// `컬링센터`), no word of a name. (The transliteration model reads the whole words.)
static LOANWORD_TAILS: std::sync::LazyLock<WordList> = std::sync::LazyLock::new(|| {
    WordList::new(
        word_lines(include_str!(
            "../../../dictionaries/discovery/loanwords.txt"
        ))
        .filter(|w| w.chars().count() >= 2),
    )
});

/// Is `word` a common loanword of two syllables or more (`센터`), or one after a word of its
/// own, common or loanword (`컬링센터`, `아이스링크`)? A name may end like a loanword after a
/// part that is no word (`이니에스타`, `키버스`).
fn ends_in_loanword(word: &str) -> bool {
    LOANWORD_TAILS.tails(word).any(|tail| {
        let head = &word[..word.len() - tail.len()];
        head.is_empty()
            || (head.chars().count() >= 2 && (is_stop_word(head) || LOANWORD_TAILS.contains(head)))
    })
}

/// A name right after a role noun (`배우 송강호`, `가수 아이유가`) or right before one
/// (`손흥민 선수`).
fn role_context(text: &str, runs: &[Run], i: usize, roles: &Roles) -> Option<(usize, usize)> {
    let run = runs[i];
    let word = &text[run.start..run.end];
    // Before a role noun: a full Korean name or a one-word foreign one (`벤투 감독`), bare,
    // one space before it.
    if let Some(n) = runs.get(i + 1) {
        let next = &text[n.start..n.end];
        if n.start == run.end + 1
            && &text[run.end..n.start] == " "
            // the role noun itself first
            && roles.stem(i + 1)
            && bare_before_role(word)
            && !subject_marked_name(word, word.char_indices().next_back().map_or(0, |(i, _)| i))
            && if is_kin(without_particle(next)) {
                is_name_shaped(word)
            } else {
                (named_in_context(word) && !super::common_word_before_title(word))
                    || (single_foreign_name_in_context(word)
                        && (without_particle(next) != next || !name_after_title(text, n.end)))
            }
            // `가톨릭 사제인 …`: a role in apposition names the person after it
            && appositive_role(next).is_none()
            && !RELATIVES.contains(without_particle(next))
            && !is_role(without_particle(word))
        {
            return Some((run.start, run.end));
        }
    }
    // After a role noun: a Korean name, or any 2–4 syllable word no stop list has.
    let prev = runs.get(i.checked_sub(1)?)?;
    if prev.end + 1 != run.start || &text[prev.end..run.start] != " " {
        return None;
    }
    if !roles.whole(i - 1) {
        return None;
    }
    if !run.hangul || is_role(without_particle(word)) {
        return None;
    }
    let stem = without_particle(word);
    // after a kin noun the stop list holds: `아들 교육을` is no name
    if is_kin(&text[prev.start..prev.end]) {
        let name = name_forms(word).find(|w| is_name_shaped(w))?;
        return Some((run.start, run.start + name.len()));
    }
    let subject = stem != word && subject_marked_name(word, stem.len());
    let name = name_forms(word)
        .filter(|w| !subject || w.len() == stem.len())
        .find(|w| named_in_context(w))
        // a name the stop list holds, with its particle (`한효주가`)
        .or_else(|| (stem != word && named_in_context(stem)).then_some(stem))
        // after a role noun any other word no stop list has, nor a common loanword
        // (`가수 아이유`, not `유튜버 그룹`), nor a verb made a noun (`선수 따라하기`)
        .or_else(|| {
            let n = stem.chars().count();
            ((2..=4).contains(&n)
                && !is_stop_word(stem)
                && !stem.ends_with(NOMINALIZED)
                && !is_role(stem)
                && !LOANWORD_TAILS.contains(stem)
                && !compound_of_words(stem))
            .then_some(stem)
        })?;
    Some((run.start, run.start + name.len()))
}

/// Is `word` four syllables made of two frequent words of two (`자진사퇴`: 자진 + 사퇴, in a
/// headline after a role noun)? A compound noun, not a stage name or a transliteration.
fn compound_of_words(word: &str) -> bool {
    let mut ends = word.char_indices().map(|(i, _)| i);
    let (Some(_), Some(_), Some(half), Some(_), None) = (
        ends.next(),
        ends.next(),
        ends.next(),
        ends.next(),
        ends.next(),
    ) else {
        return false;
    };
    is_stop_word(&word[..half]) && is_stop_word(&word[half..])
}

/// Does `word` end in the subject particle 가 or 이 at `at`, where it can follow the syllable
/// before it (`민아가`, `신구가`, `웨던이`)? No given name of the name model ends in 가 or 이,
/// so such a word is a stem and its particle, and a name in apposition before a title takes
/// no particle (`래퍼 이센스가 가수 …`: 이센스 is the subject, not the singer).
pub(super) fn subject_marked_name(word: &str, at: usize) -> bool {
    matches!(&word[at..], "가" | "이") && particle_agrees(word, at)
}

/// The ending that makes a verb a noun (`따라하기`, `응원하기`): no name ends so.
const NOMINALIZED: &str = "하기";

/// Final syllables of verb forms before the noun they qualify or the next clause (`무대에
/// 진출한 선수`, `브랜드를 설립한 디자이너`, `인정한 가운데`): no one-word foreign name ends so.
const VERB_FORM_ENDINGS: [char; 7] = ['한', '된', '는', '며', '면', '데', '자'];

/// Final syllables of the units of an organization (`탁구단 감독`, `기획팀 팀장`): a word ending
/// in one before a role or a title is the unit, not a one-word foreign name.
pub(super) const UNIT_ENDINGS: [char; 5] = ['단', '팀', '부', '과', '실'];

/// Particles of two syllables or more, which end a phrase, not a bare name before a role noun
/// or a title (`버스에선 영화감독`).
const PHRASE_PARTICLES: [&str; 12] = [
    "에선", "에서", "에게", "에겐", "에는", "에도", "으로", "까지", "부터", "처럼", "께서", "한테",
];

/// Is `word`, alone right before a role noun or a title, a one-word foreign name (`벤투 감독`,
/// `마크롱 대통령`)? Its spelling leans foreign; a word ending like a verb form or a unit of an
/// organization needs the strong reading, and one ending in a phrase particle is none; nor is
/// one in the genitive `의`, the title's owner (`뉴스데스크의 아나운서`, `넷플릭스의 대표`).
pub(super) fn single_foreign_name_in_context(word: &str) -> bool {
    if word.ends_with('의') || PHRASE_PARTICLES.iter().any(|p| word.ends_with(p)) {
        return false;
    }
    // names end so too (`조스 웨던`, `프라조고`): those spelled strongly foreign
    let spelled = if word.ends_with(VERB_FORM_ENDINGS) || word.ends_with(UNIT_ENDINGS) {
        is_single_foreign_name(word)
    } else {
        is_foreign_name_in_context(&[word])
    };
    // and no frequent word with its particle (`누나가 대표로`), nor a word the corpora write
    // with a locative particle, so a time, a thing or a field (`애초에`: `애초 국무총리`,
    // `쇼트트랙에서`: `쇼트트랙 선수`); the word as written, not its stem: a name may end in
    // `에` (`샤르팡티에 교수`)
    spelled && {
        let stem = without_particle(word);
        (stem == word || !is_stop_word(stem)) && !is_locative_word(word)
    }
}

/// Does a person's name follow, one space on, the title or role noun that ends at `end`, bare
/// (`혁오밴드 보컬 오혁`, `스킨스쿠버 강사 이종현 씨는`, `엠씨더맥스 멤버 제이윤`)? Then the
/// title is that person's and the one word before it names the organization or the field: news
/// writes a person's name once, before the title or after it. The name is a word the role
/// reading takes after a role noun: a Korean name, or a word of two to four syllables that is
/// no frequent word, role noun or common loanword (`체제`, `측근`, `부부` after a title are
/// frequent words). Asked only of the few words that read as a one-word foreign name there.
pub(super) fn name_after_title(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    let word = hangul_prefix(rest);
    let stem = without_particle(word);
    if is_name_shaped(stem) || is_name_shaped(word) {
        return true;
    }
    (2..=4).contains(&stem.chars().count())
        && !is_stop_word(stem)
        && !is_stop_word(word)
        && !is_role(stem)
        && !LOANWORD_TAILS.contains(stem)
        && !stem.ends_with(NOMINALIZED)
        && !super::NOT_NAMES.contains(stem)
        // a foreign name's spelling, or an honorific after it (`오혁 씨`): not a Sino-Korean
        // noun that goes on the phrase (`페링하 교수 수상`)
        && (transliteration_score(stem) >= 0.0 || after_name(text, end + 1 + word.len()).is_some())
}

/// Can `word` be a name written right before a role noun? Not a word that ends in a particle
/// names never end in (`윤후의 어머니`, `경찰은 아들의`), nor a common word with its particle.
fn bare_before_role(word: &str) -> bool {
    let stem = without_particle(word);
    !word.ends_with(['의', '는', '를', '을', '에', '와', '과', '로'])
        && (stem == word || !is_stop_word(stem))
}

/// The particles that start a chain after a bare name: long enough, or joined to a second
/// particle (`과의`, `만이`), that no compound word goes on so (`권위주의와`, `이동경로를`).
const CHAIN_STARTS: [&str; 16] = [
    "에게", "에겐", "한테", "께서", "까지", "부터", "보다", "처럼", "마저", "조차", "과의", "와의",
    "만의", "만이", "만은", "만을",
];

/// A full Korean name by its shape alone: `김민수는`, `박지훈과`.
fn bare_name(text: &str, run: Run) -> Option<(usize, usize)> {
    let word = &text[run.start..run.end];
    // Glued to a Latin or digit run (`김민수2`) is no name.
    if !run.hangul {
        return None;
    }
    // A surname first and three or four syllables, maybe with a particle: most words are not,
    // and stop here.
    let surname = word.chars().next().is_some_and(is_surname);
    if !(9..=4 * 3 + 9).contains(&word.len()) || !(surname || compound_surname(word).is_some()) {
        return None;
    }
    // The name model first (a few table lookups), the particle and the stop list only for the
    // words it lets through.
    // with no context, a common word with a Sino-Korean prefix or suffix is a word, not a
    // name (`민영화`: 민영 + 화, `신소재`: 신 + 소재)
    let likely = |w: &str| is_likely_name(w, BARE_NAME_THRESHOLD) && !derived_word(w);
    let whole = word.len() <= 12 && name_score(word).is_none_or(|s| s >= BARE_NAME_THRESHOLD);
    if whole {
        if let Some(w) = name_forms(word).find(|w| likely(w)) {
            return Some((run.start, run.start + w.len()));
        }
        return sentence_subject(text, run);
    }
    let stem = name_stem(word);
    if stem != word && likely(stem) && !is_stop_word(stem) {
        return Some((run.start, run.start + stem.len()));
    }
    if let Some(found) = sentence_subject(text, run) {
        return Some(found);
    }
    // a chain of particles (`박지훈에게는`, `박지훈과의`, `박지훈만이`) after a three-syllable
    // name, or a four-syllable one with a two-syllable surname
    let n = if compound_surname(word).is_some() {
        12
    } else {
        9
    };
    let (name, tail) = word.split_at_checked(n)?;
    // one look at the tail's first syllable turns most words away
    let first = tail.chars().next()?;
    if !CHAIN_STARTS.iter().any(|p| p.starts_with(first)) {
        return None;
    }
    (CHAIN_STARTS.iter().any(|p| tail.starts_with(p))
        && particle_chain(tail).is_some_and(|p| p.len == tail.len())
        && likely(name)
        && !is_stop_word(name))
    .then_some((run.start, run.start + name.len()))
}

/// The syllable-model log-odds a bare name needs as the subject or topic that opens a
/// sentence (`박지훈이 열창했다.`, `홍지원은 …`): news opens a sentence with its actor, and a
/// common noun there is mostly a frequent word the stop list holds.
const SENTENCE_SUBJECT_THRESHOLD: f32 = 0.0;

/// A three-syllable Korean name and its subject or topic particle (`은`, `는`, `이`, `가`) as
/// the first word of a sentence (the text's start, or after `.`, `!`, `?` or a line break),
/// whose odds pass [`SENTENCE_SUBJECT_THRESHOLD`].
fn sentence_subject(text: &str, run: Run) -> Option<(usize, usize)> {
    let before = text[..run.start].trim_end_matches(' ');
    if !(before.is_empty() || before.ends_with(['.', '!', '?', '\n'])) {
        return None;
    }
    let word = &text[run.start..run.end];
    let stem = name_stem(word);
    (stem.len() == 9
        && stem.len() < word.len()
        && matches!(&word[stem.len()..], "은" | "는" | "이" | "가")
        && word.chars().next().is_some_and(is_surname)
        && is_likely_name(stem, SENTENCE_SUBJECT_THRESHOLD)
        && !derived_word(stem)
        && !is_stop_word(stem)
        && !names_a_kind_of_person(stem))
    .then_some((run.start, run.start + stem.len()))
}

/// Sino-Korean suffixes that make a common word a kind of person or group (`사기범`,
/// `피해자`, `연구원`): given names end so too (`-범`, `-자`, `-원`), so only after a common word.
const PERSON_SUFFIXES: [char; 6] = ['범', '자', '단', '원', '생', '객'];

/// Suffixes of a group or a kind of person that no given name ends in (`강경파`, `노년층`,
/// `얼리어답터족`, `사냥꾼`).
const GROUP_SUFFIXES: [char; 4] = ['파', '층', '족', '꾼'];

/// Is the three-syllable `word` a common word and one of [`PERSON_SUFFIXES`] (`사기범`), a word
/// in one of [`GROUP_SUFFIXES`] (`강경파`), or a surname glued to a role or a title that is a
/// common word too (`김대리`)?
fn names_a_kind_of_person(word: &str) -> bool {
    let Some((last_at, last)) = word.char_indices().next_back() else {
        return false;
    };
    let first_len = word.chars().next().map_or(0, char::len_utf8);
    let tail = &word[first_len..];
    (PERSON_SUFFIXES.contains(&last) && is_stop_word(&word[..last_at]))
        || GROUP_SUFFIXES.contains(&last)
        || is_role(tail)
        || COMMON_WORD_TITLES.contains(&tail)
        || TITLES_AFTER_SURNAMES.contains(&tail)
}

/// Determiners written before a noun, never before a person's name (`새 이정표`, `첫 이정표를`,
/// `모든 조정안`): a word of a name's shape right after one, with no other context, is a noun.
const DETERMINERS: [&str; 12] = [
    "새", "첫", "옛", "헌", "온", "큰", "각", "모든", "이런", "그런", "어떤", "어느",
];

/// Does the word at `start` follow one of [`DETERMINERS`] and a space?
fn after_determiner(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix(' ')
        .and_then(|before| super::word_ending_at(text, before.len()))
        .is_some_and(|(_, word)| DETERMINERS.contains(&word))
}

/// Sino-Korean prefixes that are surnames too (`신` new, `전` former, `반` anti, `고` high,
/// `비` non, `초` super, `재` re-, `탈` de-, `선` good or first): before a common word they make
/// a word (`신소재`, `전직원`, `반정부`, `선순환`).
const PREFIXES: [char; 9] = ['신', '전', '반', '고', '비', '초', '재', '탈', '선'];

/// Sino-Korean suffixes that end derived nouns (`민영화`, `정상화`, `현대적`, `공공성`,
/// `조정안`).
const SUFFIXES: [char; 9] = ['화', '적', '성', '권', '률', '력', '론', '형', '안'];

/// `화` (化, "-ization") ends the nouns of a process whatever stands before it (`민영화`,
/// `우경화`, `정상화`), most too rare for the stop list; a name ending so is found only in a
/// name's context (`김은화 씨`). Measured on the dev articles: five false people `민영화`
/// gone, PERSON precision 0.940 → 0.962 at the same recall; on the labelled corpus
/// (kmou-dev) PERSON recall 0.661 → 0.659.
const IZATION: char = '화';

/// Is the three-syllable `word` a common word of the stop list with a prefix of
/// [`PREFIXES`] before it or a suffix of [`SUFFIXES`] after it, or a noun of a process
/// ([`IZATION`])?
fn derived_word(word: &str) -> bool {
    let mut chars = word.char_indices();
    let (Some((_, first)), Some((second, _)), Some((third, last)), None) =
        (chars.next(), chars.next(), chars.next(), chars.next())
    else {
        return false;
    };
    (PREFIXES.contains(&first) && is_stop_word(&word[second..]))
        || (SUFFIXES.contains(&last) && is_stop_word(&word[..third]))
        || last == IZATION
}

/// The syllable-model log-odds a Korean name needs in a list beside a person: the list says
/// what the word is, so the shape needs only lean to a name.
const LISTED_NAME_THRESHOLD: f32 = 0.0;

/// Korean names listed beside a person (`손석희, 이종인, 이상호를`, `김정재·윤종필 의원`, and
/// as headlines pair people, `윤서진-최승현 커플`): a word of a name's shape, no common word,
/// joined to a person by `, `, `,`, `·` or `-`, is a person too, and so on along the list.
/// `people` are the people found so far and `taken` every
/// candidate, both in text order.
pub(super) fn listed_people(
    text: &str,
    people: &[Candidate],
    taken: &[Candidate],
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    // the names listed so far, asked once per name: an index, not a scan of `out`
    let mut listed = Occupied::new(&[]);
    let free = |listed: &Occupied, s: usize, e: usize| {
        !covered(taken, s, e) && !covered(people, s, e) && !listed.overlaps(s, e)
    };
    for p in people {
        // backwards: the names before the person, each bare
        let mut at = p.start;
        while let Some((s, e)) = listed_before(text, at) {
            if !free(&listed, s, e) {
                break;
            }
            listed.add(s, e);
            out.push(person(s, e));
            at = s;
        }
        // forwards: the names after it; only the last may carry a particle. After a role
        // noun the role names every member (`배우 한서윤, 도하람, 이지안 등`, `가수 제시카,
        // 니콜, 프라이머리를`): a member needs only what the role reading asks of a name.
        let after_role = after_role_noun(text, p.start);
        let mut end = p.end;
        while let Some((s, e, last)) = if after_role {
            listed_after_role(text, end)
        } else {
            listed_after(text, end)
        } {
            if !free(&listed, s, e) {
                break;
            }
            listed.add(s, e);
            out.push(person(s, e));
            if last {
                break;
            }
            end = e;
        }
    }
    out.sort_by_key(|c| c.start);
    out
}

/// The text after a list separator that ends at `at`, or before one that starts at `at` (`~`
/// joins the players of a relay in sports news: `윤지호~김도진~박정훈이`).
const LIST_SEPARATORS: [&str; 5] = [", ", ",", "·", "-", "~"];

/// Is `word` a Korean name for a list: its shape, no common word, and odds that lean to a name?
fn listed_name(word: &str) -> bool {
    is_name_shaped(word) && name_score(word).is_none_or(|s| s >= LISTED_NAME_THRESHOLD)
}

/// The bare name listed right before byte `at` (`이종인, ` before `이상호`).
fn listed_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = LIST_SEPARATORS
        .iter()
        .find_map(|sep| text[..at].strip_suffix(sep))?;
    // the word starts at a space, a bracket or the text's start, not inside a longer word
    let (start, word) = super::word_ending_at(before, before.len())?;
    listed_name(word).then_some((start, before.len()))
}

/// The name listed right after byte `end` (`, 김기춘` after `이재용`), and whether it ends the
/// list (it carries a particle, or no separator follows).
fn listed_after(text: &str, end: usize) -> Option<(usize, usize, bool)> {
    let rest = &text[end..];
    let after = LIST_SEPARATORS
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    let start = text.len() - after.len();
    let word_len = after
        .find(|c: char| Script::of(c) != Script::Hangul)
        .unwrap_or(after.len());
    let word = &after[..word_len];
    // glued to a Latin or digit run, it is no bare name
    if after[word_len..]
        .chars()
        .next()
        .is_some_and(|c| Script::of(c).is_word())
    {
        return None;
    }
    if listed_name(word) {
        let last = !LIST_SEPARATORS
            .iter()
            .any(|s| after[word_len..].starts_with(s));
        return Some((start, start + word.len(), last));
    }
    // the list's last name, with its particle (`우병우는`)
    let stem = without_particle(word);
    (stem.len() < word.len() && listed_name(stem)).then_some((start, start + stem.len(), true))
}

/// Does a role noun (no kin noun) end one space before byte `start` (`배우 |한서윤`)?
fn after_role_noun(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix(' ')
        .and_then(|before| super::word_ending_at(text, before.len()))
        .is_some_and(|(_, word)| is_role(word) && !is_kin(word))
}

/// The members a list after a role noun may have that [`listed_after`] does not read: a name of
/// two or three words that leans foreign (`배우 에밀리 로건, 클레어 도넌 등`), or a word of
/// two to four syllables that no stop list has, as after the role noun itself (`가수 제시카,
/// 니콜, 프라이머리를`). The member ends the list (a particle, `등`, `씨`, a bracket or the
/// sentence's end after it) or a separator goes on to the next.
fn listed_after_role(text: &str, end: usize) -> Option<(usize, usize, bool)> {
    if let Some(found) = listed_after(text, end) {
        return Some(found);
    }
    let rest = &text[end..];
    let after = LIST_SEPARATORS[..3]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    let start = text.len() - after.len();
    // up to three spaced Hangul words
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut at = start;
    while words.len() < 3 {
        let len = hangul_prefix(&text[at..]).len();
        if len == 0 {
            break;
        }
        words.push((at, at + len));
        match text[at + len..].strip_prefix(' ') {
            Some(r) if r.starts_with(|c: char| Script::of(c) == Script::Hangul) => {
                at = text.len() - r.len();
            }
            _ => break,
        }
    }
    let &(first_start, first_end) = words.first()?;
    // glued to a Latin or digit run, it is no bare name
    let glued = |e: usize| {
        text[e..]
            .chars()
            .next()
            .is_some_and(|c| Script::of(c).is_word())
    };
    // what may follow a member: a separator (the list goes on), or its end
    let closes = |e: usize| {
        let r = &text[e..];
        if LIST_SEPARATORS[..3].iter().any(|s| r.starts_with(s)) {
            return Some(false);
        }
        let ends = r.is_empty()
            || r.starts_with(['(', '.', '"', '\'', '’', '”'])
            || [" 등", " 씨"].iter().any(|w| {
                r.strip_prefix(w).is_some_and(|t| {
                    t.chars()
                        .next()
                        .is_none_or(|c| !('가'..='힣').contains(&c) || "이은의을과도에".contains(c))
                })
            });
        ends.then_some(true)
    };
    // a foreign name of three or two words, each word but the last without a particle
    for n in [3, 2] {
        let Some(group) = words.get(..n) else {
            continue;
        };
        let mut names = [""; 3];
        for (w, &(s, e)) in names.iter_mut().zip(group) {
            *w = &text[s..e];
        }
        let (ls, le) = group[n - 1];
        let last = name_stem(&text[ls..le]);
        names[n - 1] = last;
        let e = ls + last.len();
        if names[..n - 1]
            .iter()
            .any(|w| w.ends_with(LEADING_PARTICLES) || is_role(w))
            || glued(le)
            || !is_foreign_name_in_context(&names[..n])
            || names[..n]
                .iter()
                .any(|w| ends_in_loanword(w) || is_stop_word(w))
        {
            continue;
        }
        let more = closes(le);
        if e < le {
            return Some((first_start, e, true));
        }
        if let Some(last) = more {
            return Some((first_start, e, last));
        }
    }
    // one word, as after a role noun
    if glued(first_end) {
        return None;
    }
    let word = &text[first_start..first_end];
    // the stem before a chain of particles (`마이키와의`: `와`, then `의`)
    let stem = without_particle(word);
    let stem = Some(without_particle(stem))
        .filter(|s| {
            s.len() < stem.len()
                && particle_chain(&word[s.len()..]).is_some_and(|p| p.len == word.len() - s.len())
        })
        .unwrap_or(stem);
    let syllables = stem.chars().count();
    let member = (2..=4).contains(&syllables)
        && !is_stop_word(stem)
        && !is_stop_word(word)
        && !stem.ends_with(NOMINALIZED)
        && !is_role(stem)
        && !LOANWORD_TAILS.contains(stem)
        && !super::NOT_NAMES.contains(stem)
        && !DETERMINERS.contains(&stem);
    if !member {
        return None;
    }
    let e = first_start + stem.len();
    if stem.len() < word.len() {
        return Some((first_start, e, true));
    }
    closes(first_end).map(|last| (first_start, e, last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let (mut out, mut shaped) = (Vec::new(), Vec::new());
        let runs = super::super::scan::Scan::new(text, &super::super::FINALS).words;
        recognize(text, &runs, &[], &[], &mut out, &mut shaped);
        out.extend(shaped);
        out.sort_by_key(|c| c.start);
        out.iter()
            .map(|c| text[c.start..c.end].to_string())
            .collect()
    }

    #[test]
    fn titles_that_are_common_words_after_a_surname() {
        assert_eq!(found("홍 지사는 출석하지 않았다"), ["홍"]);
        assert_eq!(found("박 전 시장이 조 소장을 만났다"), ["박", "조"]);
        // `이` before one is "this" (`이 지사는` this branch office), and a title needs a
        // surname alone before it
        assert!(found("이 지사는 문을 닫았다").is_empty());
        assert!(found("전통 시장 상인과 지사 직원").is_empty());
        let text = "홍 지사는 출석하지 않았다";
        let people = [person(0, "홍".len())];
        let titles: Vec<&str> = role_titles(text, &people, &[])
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(titles, ["지사"]);
    }

    #[test]
    fn honorifics_and_ages() {
        assert_eq!(found("김모(45)씨가 왔다"), ["김모"]);
        assert_eq!(found("최씨는 부인했다"), ["최"]);
        assert_eq!(found("A씨와 B 씨, C(40)씨"), ["A", "B", "C"]);
        assert_eq!(found("이모 군이 다쳤다"), ["이모"]);
        assert!(found("씨름 대회와 양국 관계, 군사 훈련").is_empty());
        assert!(found("조 양 국가").is_empty());
    }

    #[test]
    fn two_particles_after_a_role_noun() {
        assert_eq!(found("그러나 박 감독과는 만나지 않았다"), ["박"]);
        assert_eq!(found("김 코치에게도 물었다"), ["김"]);
        assert_eq!(found("최 선수와의 계약"), ["최"]);
        // `이` before one is still "this"
        assert!(found("이 감독과는 달랐다").is_empty());
    }

    #[test]
    fn no_conjunction_starts_a_foreign_name() {
        // `그러나` leans foreign by its syllables, but starts a clause, not a name
        assert!(found("그러나 슈틸리케 감독은 말했다")
            .iter()
            .all(|p| !p.starts_with("그러나")));
        // the name after it still reads alone where its spelling is a name's
        assert_eq!(found("그러나 무리뉴 감독이 왔다"), ["무리뉴"]);
    }

    #[test]
    fn a_name_after_the_role_leaves_the_word_before_it_no_name() {
        // the organization or field, the role, then the person (`혁오밴드 보컬 오혁 씨`)
        let none_of = |text: &str, word: &str| found(text).iter().all(|p| p != word);
        assert!(none_of(
            "아이유와 혁오밴드 보컬 오혁 씨가 앉았다",
            "혁오밴드"
        ));
        assert!(none_of(
            "비야레알 수비수 마리오 가스파르가 뛰었다",
            "비야레알"
        ));
        assert!(none_of("이 밖에 바둑 프로기사 조훈현 9단도 왔다", "바둑"));
        // a frequent word after the role, or the role with its particle, names no one
        assert!(found("벤투 감독 체제가 시작됐다").contains(&"벤투".to_string()));
        assert!(found("슈미트 감독은 터치라인 밖으로 나갔다").contains(&"슈미트".to_string()));
    }

    #[test]
    fn words_seen_with_a_locative_particle_are_no_foreign_name() {
        // `애초에`, `쇼트트랙에서`, `다스에서` in the corpora: a time, a field, a company
        assert!(!single_foreign_name_in_context("애초"));
        assert!(!single_foreign_name_in_context("쇼트트랙"));
        assert!(!single_foreign_name_in_context("다스"));
        // names stay, one ending in `에` too
        assert!(single_foreign_name_in_context("벤투"));
        assert!(single_foreign_name_in_context("샤르팡티에"));
    }

    #[test]
    fn names_before_a_separate_ssi() {
        assert_eq!(found("혜리 씨는 말했다"), ["혜리"]);
        assert_eq!(found("주동자였던 이활 씨는 떠났다"), ["이활"]);
        assert_eq!(found("동생 지만 씨의 조카"), ["지만"]);
        // `씨` the seed after a word that modifies it, or a determiner
        assert!(found("심을 씨를 골랐다").is_empty());
        assert!(found("모든 씨가 싹텄다").is_empty());
        assert!(found("수박의 씨가 많다").is_empty());
        assert!(found("누가 아무개 씨라고 했다").is_empty());
    }

    #[test]
    fn separate_honorifics_need_a_name() {
        // 군 is also the army, 양 both: before one apart the word must read as a name
        assert!(found("양측은 남북이 군 통신선을 복구했다").is_empty());
        assert_eq!(found("박지훈 군이 다쳤다"), ["박지훈"]);
        // a name that is also a frequent word of news (on the stop list) before 씨
        assert!(super::is_stop_word("최순실"));
        assert_eq!(found("최순실 씨가 왔다"), ["최순실"]);
    }

    #[test]
    fn former_titles_after_an_unknown_organization() {
        let text = "'하민재' 전 대명조선 사장이 취임했다";
        let at = text.find("사장").unwrap();
        let titles = [Candidate {
            start: at,
            end: at + "사장".len(),
            kind: EntityType::Title,
            label: Label::Surface,
            source: Source::Dictionary,
        }];
        let runs = super::super::scan::Scan::new(text, &super::super::FINALS).words;
        let (mut out, mut shaped) = (Vec::new(), Vec::new());
        recognize(text, &runs, &titles, &titles, &mut out, &mut shaped);
        let names: Vec<&str> = out.iter().map(|c| &text[c.start..c.end]).collect();
        assert_eq!(names, ["하민재"]);
    }

    #[test]
    fn foreign_names_take_a_particle_only_at_their_end() {
        assert!(found("그는 나와 타바네를 만났다").is_empty());
        assert_eq!(found("마이클 브로크먼은 말했다"), ["마이클 브로크먼"]);
    }

    #[test]
    fn particles_agree_with_the_syllable_before_them() {
        // `로` after `경` (a final consonant, not ㄹ) is no particle; after `수` or `울` it is
        assert_eq!(name_stem("유출경로"), "유출경로");
        assert_eq!(name_stem("김민수로"), "김민수");
        assert_eq!(name_stem("서울로"), "서울");
        // `는`/`를` need no final consonant, `은`/`을` one
        assert_eq!(name_stem("박지훈는"), "박지훈는");
        assert_eq!(name_stem("박지훈은"), "박지훈");
        assert_eq!(name_stem("김민수을"), "김민수을");
    }

    #[test]
    fn one_foreign_word_needs_no_verb_form_or_phrase_particle() {
        assert!(single_foreign_name_in_context("벤투"));
        assert!(!single_foreign_name_in_context("버스에선"));
        assert!(!single_foreign_name_in_context("뉴스데스크의"));
        assert!(!single_foreign_name_in_context("설립한"));
    }

    #[test]
    fn role_nouns() {
        assert_eq!(found("배우 송강호가 수상했다"), ["송강호"]);
        assert!(found("배우 활동을 했다").is_empty());
    }

    #[test]
    fn a_foreign_name_before_its_romanized_gloss() {
        assert_eq!(
            found("용의자 제임스 이건 홈즈(James Eagan Holmes, 24세)가"),
            ["제임스 이건 홈즈"]
        );
        assert_eq!(found("시장인 안느 이달고(Anne Hidalgo)는"), ["안느 이달고"]);
        // a common word or a loanword, a quoted work, an acronym or a phrase: no person
        for text in [
            "아니메 뉴스 네트워크(Anime News Network)는",
            "‘사이언티픽 레포트(Scientific Reports)’에",
            "마운트 곡스(Mt. Gox)는",
            "하나는 로키아케움(Candidatus Lokiarchaeum)이라는",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_players_position_takes_its_side() {
        let titles = |text: &str, name: &str| {
            let at = text.find(name).unwrap();
            let p = person(at, at + name.len());
            role_titles(text, &[p], &[])
                .iter()
                .map(|c| text[c.start..c.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            titles("팀의 중앙 수비수 박지훈이", "박지훈"),
            ["중앙 수비수"]
        );
        assert_eq!(titles("측면 공격수 이강민은", "이강민"), ["측면 공격수"]);
        // a side glued to another word, or before a role that is no field position
        assert_eq!(titles("서울중앙 수비수 박지훈이", "박지훈"), ["수비수"]);
        assert_eq!(titles("중앙 감독 박지훈이", "박지훈"), ["감독"]);
    }

    #[test]
    fn a_foreign_name_with_a_long_first_word_after_a_role_noun() {
        assert_eq!(
            found("미드필더 알라이시스 로마오는 결장했다"),
            ["알라이시스 로마오"]
        );
        assert_eq!(found("배우 잭슨 라스본이 출연했다"), ["잭슨 라스본"]);
        // a role joined to another, or a phrase after the role, names no one
        assert!(found("작가 겸 에디터 활동을 했다").is_empty());
        assert!(found("감독 왜바꾼거냐 나한테는 별로다").is_empty());
    }

    #[test]
    fn chain_marker_starts_hold_every_markers_first_char() {
        for marker in CHAIN_MARKERS {
            let first = marker.chars().next().unwrap();
            assert!(CHAIN_MARKER_STARTS.contains(&first), "{marker}");
        }
    }
}
