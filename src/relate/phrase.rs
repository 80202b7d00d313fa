//! Free-text arguments: the phrase a rule copies from the text (`what`, `event`, `target`),
//! where it starts and stops, and the topics a phrase may take.

use super::*;

/// Whether the rest of the word a phrase ends in (its particle or copula: `이다`, `로`,
/// `를`) starts with one of the spec's `followed_by`.
pub(super) fn phrase_followed_by(a: &Analysis<'_>, end: usize, spec: &ArgSpec) -> bool {
    let w = a.words.partition_point(|w| w.end < end);
    let Some(word) = a.words.get(w) else {
        return false;
    };
    let rest = &a.text[end.min(word.end)..word.end];
    spec.followed_by
        .iter()
        .any(|f| rest.starts_with(f.as_str()))
}

pub(super) fn ends_with_any(text: &str, words: &[String]) -> bool {
    // A note in parentheses after the head is no part of it (`안보수사처(가칭)`).
    let head = match text
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|i| &t[..i]))
    {
        Some(before) if !before.trim_end().is_empty() => before.trim_end(),
        _ => text,
    };
    words
        .iter()
        .any(|w| text.ends_with(w.as_str()) || head.ends_with(w.as_str()))
}

/// The quotes that open and close a name in a phrase (`'…'`, `"…"`, `‘…’`, `“…”`).
const OPENING: [char; 4] = ['\'', '"', '‘', '“'];
const CLOSING: [char; 4] = ['\'', '"', '’', '”'];

/// The head that lets a name written in quotes pass whatever noun ends it (`'…'에 참가해`: a
/// quoted title names an event as its head noun would). No phrase ends with it otherwise:
/// phrases are trimmed of trailing punctuation.
pub(super) const QUOTED_HEAD: &str = "'";

/// Whether phrase `s..e` ends with one of `heads`, or, when they hold [`QUOTED_HEAD`], is a
/// name in quotes: a quote closes right after it and opens right before it or inside it.
pub(super) fn fits_heads(a: &Analysis<'_>, (s, e): (usize, usize), heads: &[String]) -> bool {
    let text = &a.text[s..e];
    ends_with_any(text, heads)
        || (heads.iter().any(|h| h == QUOTED_HEAD)
            && a.text[e..].starts_with(CLOSING)
            && (a.text[..s].ends_with(OPENING) || text.contains(OPENING)))
}

/// A phrase without the English gloss in parentheses that ends it (`당원대회(caucus)`): a
/// translation of the Korean words before it, no part of what the phrase names. Acronyms and
/// other notes stay (`국가안전보장회의(NSC)`, `안보수사처(가칭)`).
fn without_gloss(text: &str) -> &str {
    let Some(open) = text.strip_suffix(')').and_then(|t| t.rfind('(')) else {
        return text;
    };
    let note = &text[open + 1..text.len() - 1];
    let before = text[..open].trim_end();
    let gloss = note.starts_with(|c: char| c.is_ascii_lowercase())
        && note
            .chars()
            .all(|c| c.is_ascii_lowercase() || " -".contains(c));
    let korean = before
        .chars()
        .next_back()
        .is_some_and(|c| Script::of(c) == Script::Hangul);
    if gloss && korean {
        before
    } else {
        text
    }
}

/// `위해`, `위하여`, `위한`: the end of a purpose clause, whose phrases are its own verb's.
pub(super) fn is_purpose_word(text: &str) -> bool {
    ["위해", "위하여", "위한"].contains(&text)
}

/// Relative forms of `열리다`, `치르다`, `펼치다`, whose stems are too short for
/// [`args::is_relative_verb`].
pub(super) const HELD_VERBS: &[&str] = &[
    "열린",
    "열리는",
    "열렸던",
    "치러진",
    "치러지는",
    "치렀던",
    "펼쳐진",
    "펼쳐지는",
];

/// A name in quotes is one phrase, whatever words it holds (`'번영의 공유를 위한 여성 권리 제고'
/// 토론회에`, `'일본군 위안부 문제 해결을 위한 1181차 정기 수요시위'가`: `위한` inside the quotes
/// ends no phrase): when word `w` closes a quote it did not open, the word that opens it, at
/// most [`QUOTED_NAME_WORDS`] words back and not before `floor`.
fn quote_opening(a: &Analysis<'_>, w: usize, floor: usize) -> Option<usize> {
    let text = &a.text[a.words[w].start..a.words[w].end];
    if text.starts_with(OPENING) || !text.contains(CLOSING) {
        return None;
    }
    let sentence = a.words[w].sentence;
    (floor.max(w.saturating_sub(QUOTED_NAME_WORDS))..w)
        .rev()
        .take_while(|&o| a.words[o].sentence == sentence)
        .find(|&o| {
            let t = &a.text[a.words[o].start..a.words[o].end];
            let first = t.chars().next().map_or(0, char::len_utf8);
            t.starts_with(OPENING) && !t[first..].contains(CLOSING)
        })
}

/// How many words a quoted name may span.
const QUOTED_NAME_WORDS: usize = 12;

/// Whether word `w` closes a parenthesized note of time zone or short name opened in the word
/// before it (`20일(이하 한국시간)`, `'응답하라 1988'(이하 응팔)`): the note is no part of the
/// phrase after it. A note inside a name stays (`로빈 세션 7(예선 5차전) 경기에서`).
fn closes_note(a: &Analysis<'_>, w: usize) -> bool {
    let text = &a.text[a.words[w].start..a.words[w].end];
    let Some(inner) = text.strip_suffix(')') else {
        return false;
    };
    if inner.contains('(') {
        return false;
    }
    ["한국시간", "한국시각", "현지시간", "현지시각"].contains(&inner)
        || (w > 0 && {
            let before = &a.words[w - 1];
            a.text[before.start..before.end].ends_with("(이하")
        })
}

/// Whether a word ends in a syllable closed by `ㄴ`, as the adnominal forms of verbs do (`올린`,
/// `나온`, `겸한`, `끈`, `하는`).
fn ends_in_n(text: &str) -> bool {
    text.chars()
        .next_back()
        .and_then(|c| (c as u32).checked_sub(0xAC00))
        .is_some_and(|i| i < 11_172 && i % 28 == 4)
}

/// Times of day written as words of their own (`4월 11일 오전 …장례식장에서`, `6일 오전 실국장
/// 회의에서`): when a phrase would start with one and go on for two words or more, it starts
/// after it; before one noun it names a session (`이날 오후 회의에는`).
const TIMES_OF_DAY: &[&str] = &["오전", "오후", "새벽"];

/// Sentence adverbs that open a clause (`특히 오후 회의에는`, `한편 …`): no word of the
/// phrase they stand before.
const OPENING_ADVERBS: &[&str] = &["특히", "한편", "또한", "아울러", "다만"];

/// Words that stop a phrase going backwards: a particle other than a bare noun's, a clause
/// end, a date or amount.
pub(super) fn stops_phrase(a: &Analysis<'_>, w: usize) -> bool {
    let word = &a.words[w];
    let text = &a.text[word.start..word.end];
    // A list ends with `등`: what it lists is no part of the phrase after it
    // (`이상화, 김연아 등 올림픽에`).
    if word.clause_end || text.ends_with(',') || text == "등" || closes_note(a, w) {
        return true;
    }
    // A purpose or time adverbial is no part of the noun phrase after it (`원인을 밝히기 위해
    // 합동조사반을`, `사고 직후 진상조사위원회를`, `고교 시절 전국체전에`, `심문을 하루 앞두고
    // 기자회견을`).
    // `이영희 의원과 손을 잡고 시민정치연대를`: a partner's verb is none either.
    if is_purpose_word(text)
        || ["직후", "이후", "당시", "경우", "잡고", "손잡고", "앞두고"].contains(&text)
        || text.ends_with("동안")
        || text.ends_with("시절")
    {
        return true;
    }
    // A bare connective verb right after an object ends that object's clause (`회사를
    // 그만두고 스타트업 리브를 창업했다`, `삼성을 떠나 …`): no part of the phrase after; a noun
    // there starts it (`인재 영입을 신당 창당 작업의`).
    if word.mention.is_none()
        && word.role == Role::Bare
        && text.chars().count() >= 2
        && ['고', '며', '나'].iter().any(|&c| text.ends_with(c))
        && w > 0
        && a.words[w - 1].sentence == word.sentence
        && a.words[w - 1].role == Role::Object
    {
        return true;
    }
    // A relative clause before the noun is no part of its name (`한국노총이 주최한 기념식에`,
    // `이날 개막한 서울모터쇼에`).
    if word.mention.is_none() && args::is_relative_verb(text) {
        return true;
    }
    // A one-syllable stem held as an event is held: the same relative clause (`25일 열린 양궁
    // 여자 단체전에서`, `치러진 당원대회에서`).
    if word.mention.is_none() && HELD_VERBS.contains(&text) {
        return true;
    }
    if let Some(m) = word.mention {
        if matches!(
            a.resolved.mentions[m].kind,
            EntityType::Date | EntityType::Amount
        ) {
            return true;
        }
    }
    !matches!(word.role, Role::Bare | Role::Compound)
}

/// Words after a goal (`…에`) that make it a source, a time or a topic of the sentence, no
/// goal of a verb: `…에 따르면`, `대회에 앞서`, `집회에 대해`.
const ADVERBIAL_AFTER_GOAL: &[&str] = &["따르면", "의하면", "앞서", "대해", "대한", "관해", "관한"];

/// Nouns that only follow a modifier (`…한 데`, `…한 바`, `…한 것`): no thing named.
pub(super) const BOUND_NOUNS: &[&str] = &[
    "데",
    "바",
    "것",
    "수",
    "뒤",
    "후",
    "적",
    "만큼",
    "가운데",
    "채",
    "듯",
    "지",
];

/// The free-text phrase of one kind around trigger word `t` (whose trigger ends at byte
/// `trigger_end`: a trigger may span words, `참석한 가운데`). A phrase after the trigger is
/// the first one ending with one of `heads`, when the rule names heads.
pub(super) fn phrase(
    a: &Analysis<'_>,
    si: usize,
    (t, trigger_end): (usize, usize),
    kind: Phrase,
    (heads, over_possessor): (&[String], bool),
) -> Option<(usize, usize)> {
    let sr = a.sentence_words[si].clone();
    let clause = a.clause_of(t);
    let back_to = |end_word: usize, stop: &dyn Fn(usize) -> bool| -> usize {
        let floor = sr.start.max(clause.start);
        let mut s = end_word;
        if s > floor {
            // The word right before the trigger may close a quoted name itself.
            s = quote_opening(a, s - 1, floor).unwrap_or(s);
        }
        while s > floor && !stop(s - 1) {
            s -= 1;
            s = quote_opening(a, s, floor).unwrap_or(s);
        }
        s
    };
    // The phrase from the start of word `from` to byte `end`, without trailing punctuation.
    let span = |mut from: usize, end: usize| -> Option<(usize, usize)> {
        loop {
            let first = &a.text[a.words[from].start..a.words[from].end];
            let rest = |n: usize| a.words.get(from + n).is_some_and(|w| w.start < end);
            if (OPENING_ADVERBS.contains(&first) && rest(1))
                || (TIMES_OF_DAY.contains(&first) && rest(2))
            {
                from += 1;
            } else {
                break;
            }
        }
        let mut s = a.words[from].start;
        let mut text =
            a.text[s..end].trim_end_matches(|c: char| !Script::of(c).is_word() && c != ')');
        // A quote opened at the start and closed at the end, whose closing quote was trimmed
        // with the particle (`'경기도 보육정책 포럼'에서`), goes too: the name is what it quotes.
        if let Some(rest) = text.strip_prefix(OPENING) {
            if !rest.contains(CLOSING) {
                s += text.len() - rest.len();
                text = rest;
            }
        }
        let text = without_gloss(text);
        (!text.is_empty()).then(|| (s, s + text.len()))
    };
    match kind {
        Phrase::Object | Phrase::Goal | Phrase::Place => {
            let want = match kind {
                Phrase::Object => Role::Object,
                Phrase::Goal => Role::Goal,
                _ => Role::Place,
            };
            // Among goals, a place or time (`…에`, `…에는`) before a role (`선수로`).
            let role_goal = |w: usize| {
                kind == Phrase::Goal
                    && a.text[a.words[w].stem_end..a.words[w].end]
                        .trim_end_matches(|c: char| !Script::of(c).is_word())
                        .ends_with('로')
            };
            let topicalized = |w: usize| {
                let word = &a.words[w];
                word.role == want
                    && a.text[word.start..word.end]
                        .trim_end_matches(|c: char| !Script::of(c).is_word())
                        .ends_with('는')
            };
            let reach_start = a.reach(si, t).start;
            // A phrase before a purpose adverbial belongs to the verb of the purpose clause
            // (`감사를 표하기 위한 목적으로 건립 공사를`: 감사 is what is expressed, not what is
            // built), so the clause's phrases are looked for after the last one only.
            let clause_from = (clause.start..t)
                .rev()
                .find(|&w| is_purpose_word(&a.text[a.words[w].start..a.words[w].end]))
                .map_or(clause.start, |w| w + 1);
            let phrase_at = |ow: usize| {
                let floor = if ow >= clause.start {
                    clause.start
                } else {
                    reach_start
                };
                // The phrase's last word may close a quoted name itself (`'…을 위한 행사'에`).
                let mut s = quote_opening(a, ow, floor).unwrap_or(ow);
                while s > floor && !stops_phrase(a, s - 1) {
                    s -= 1;
                    s = quote_opening(a, s, floor).unwrap_or(s);
                }
                span(s, a.words[ow].stem_end)
            };
            // Nearest first: in the clause (a place or time before a role: `…에` before
            // `선수로`), then a topicalized phrase (`열병식에는 A를 비롯해 …`), which frames
            // the whole sentence as a topic does.
            // Last, for a rule that names its heads and a clause with no goal or place of its
            // own, one of the clause just before, whose verb says how the trigger's act was done
            // (`모창대회에 변장해 참가했다`, `당원대회에서 38%를 득표하여 B를 제치고`): the heads
            // keep it to an event, and a source (`…에 따르면`) is none. A place is shared so only
            // by a clause with no subject of its own (`…에서 1위를 차지해 B가 제작한 메달을
            // 차지했다`: B's clause is another act).
            let own_goal = (clause_from..t).any(|w| a.words[w].role == want);
            let own_subject =
                (clause_from..t).any(|w| matches!(a.words[w].role, Role::Subject | Role::Topic));
            let previous = if (kind == Phrase::Goal || (kind == Phrase::Place && !own_subject))
                && !heads.is_empty()
                && !own_goal
                && clause.start > sr.start
            {
                a.clause_of(clause.start - 1)
            } else {
                0..0
            };
            // A goal before a postposition verb is a source, a time or a topic, no argument
            // (`…대회에 따르면`, `대회에 앞서`, `집회에 대해`).
            let adverbial = |w: usize| {
                a.words.get(w + 1).is_some_and(|n| {
                    let next = &a.text[n.start..n.end];
                    ADVERBIAL_AFTER_GOAL.iter().any(|s| next.starts_with(s))
                })
            };
            let mut candidates = (clause_from..t)
                .rev()
                .filter(|&w| a.words[w].role == want && !role_goal(w))
                .chain(
                    (clause_from..t)
                        .rev()
                        .filter(|&w| a.words[w].role == want && role_goal(w)),
                )
                .chain(
                    (reach_start..clause.start.min(t))
                        .rev()
                        .filter(|&w| topicalized(w)),
                )
                .chain(
                    previous
                        .rev()
                        .filter(|&w| a.words[w].role == want && !role_goal(w) && !topicalized(w)),
                )
                .filter(|&w| kind != Phrase::Goal || !adverbial(w))
                .filter_map(phrase_at);
            let first = candidates.next()?;
            if heads.is_empty() || fits_heads(a, first, heads) {
                return Some(first);
            }
            // A rule that names its heads takes the nearest phrase that ends with one
            // (`이날 열린 시사회에는 … 내레이션에 도전한 배우 A 씨가 참석해`).
            Some(
                candidates
                    .find(|&p| fits_heads(a, p, heads))
                    .unwrap_or(first),
            )
        }
        Phrase::Preceding => {
            if t == 0 || t <= clause.start {
                return None;
            }
            let s = back_to(t, &|w| stops_phrase(a, w));
            if s == t {
                return None;
            }
            span(s, a.words[t - 1].end)
        }
        Phrase::Following => {
            // After the whole trigger (`문을 연 시민단체`: the trigger spans two words).
            let after = (t + 1..sr.end).find(|&w| a.words[w].start >= trigger_end)?;
            let mut e = after;
            // A bound noun after a relative verb heads no phrase (`계정을 개설한 데 이어`).
            let first = &a.text[a.words[e].start..a.words[e].stem_end];
            if BOUND_NOUNS.contains(&first) {
                return None;
            }
            while e + 1 < sr.end
                && e < after + 5
                && (a.words[e].role == Role::Bare
                    || (over_possessor && a.words[e].role == Role::Possessor))
                && !a.words[e].clause_end
            {
                e += 1;
            }
            span(after, a.words[e].stem_end)
        }
        Phrase::Event => {
            // A person's own event is named without the person (`A 후보자의 인사청문회`:
            // 인사청문회); the person is an argument of its own.
            let person_possessor = |w: usize| {
                a.words[w].role == Role::Possessor
                    && (w.saturating_sub(4).max(sr.start)..=w)
                        .rev()
                        .take_while(|&v| v == w || a.words[v].role == Role::Bare)
                        .any(|v| {
                            a.words[v]
                                .mention
                                .is_some_and(|m| a.resolved.mentions[m].kind == EntityType::Person)
                        })
            };
            // An object, a place or a topicalized goal is an argument of a verb before the
            // event, no word of its name (`…나온 것을 도쿄올림픽 개막식에서`, `한 교회에서 올린
            // 결혼식에서`, `…공격진에는 K리그 개막전에서`), nor is a purpose clause's end or a
            // note closed before it (`(이하 응팔) 종방연에`).
            let argument = |w: usize| {
                let word = &a.words[w];
                matches!(word.role, Role::Object | Role::Place)
                    || (word.role == Role::Goal
                        && a.text[word.start..word.end]
                            .trim_end_matches(|c: char| !Script::of(c).is_word())
                            .ends_with('는'))
            };
            let stop = |w: usize| {
                let word = &a.words[w];
                let text = &a.text[word.start..word.end];
                word.clause_end
                    || matches!(word.role, Role::Topic | Role::Subject)
                    || argument(w)
                    || is_purpose_word(text)
                    || closes_note(a, w)
                    || word.mention.is_some_and(|m| {
                        matches!(
                            a.resolved.mentions[m].kind,
                            EntityType::Date | EntityType::Amount
                        )
                    })
                    || a.text[word.start..word.end].ends_with('=')
                    || word.mention.is_some_and(|m| a.mentions[m].framing)
                    || person_possessor(w)
                    // The relative clause of where and when it was held is no part of the
                    // event's name (`이날 열린 청룡영화상 시상식에서`, `오전 진행된 경선에서`,
                    // `A가 참석한 기념식에서`), as for the other phrases (`stops_phrase`).
                    || (word.mention.is_none() && {
                        let text = &a.text[word.start..word.end];
                        args::is_relative_verb(text)
                            || HELD_VERBS.contains(&text)
                            || text.ends_with("된")
                            || text.ends_with("되는")
                    })
            };
            // An event named in quotes is named by them (`앞두고 열린 '경기도 보육정책
            // 포럼'에서`: the forum, not the clause before it).
            if let Some(o) = quote_opening(a, t, sr.start) {
                return span(o, a.words[t].stem_end);
            }
            // A quoted name inside the event's name is one word of it (`'희망 한국을 만드는
            // 전통시장 가는 날' 행사에서`: its object is the title's own).
            let mut s = t;
            if s > sr.start {
                s = quote_opening(a, s - 1, sr.start).unwrap_or(s);
            }
            while s > sr.start && !stop(s - 1) {
                s -= 1;
                s = quote_opening(a, s, sr.start).unwrap_or(s);
            }
            // The verb of that argument modifies the event, no word of its name either (`올린
            // 결혼식`, `선발전을 겸한 이번 대회`).
            if s > sr.start && s < t && argument(s - 1) && a.words[s].mention.is_none() && {
                let text = &a.text[a.words[s].start..a.words[s].end];
                a.words[s].role == Role::Bare && ends_in_n(text)
            } {
                s += 1;
            }
            span(s, a.words[t].stem_end)
        }
        Phrase::Topic => topic_phrases(a, si, t, heads).next(),
        Phrase::After => {
            // The words after the trigger, up to the end of the next clause.
            let first = (t + 1..sr.end).find(|&w| a.words[w].start >= trigger_end)?;
            let reach = a.reach(si, t).end;
            let end = (first..reach)
                .find(|&w| a.words[w].clause_end)
                .map_or(reach, |w| w + 1);
            // A relative verb before the phrase is no part of it (`열린 임원 세미나에서`).
            let relative = |w: usize| {
                let word = &a.words[w];
                let text = &a.text[word.start..word.end];
                word.mention.is_none()
                    && ["된", "린", "되는", "리는"]
                        .iter()
                        .any(|e| text.ends_with(e))
            };
            let phrase_at = |ow: usize| -> Option<(usize, usize)> {
                let mut s = ow;
                while s > first && !stops_phrase(a, s - 1) && !relative(s - 1) {
                    s -= 1;
                }
                let (s, e) = span(s, a.words[ow].stem_end)?;
                // Without the quote opening a named event (`'…대회'를`).
                let text = a.text[s..e].trim_start_matches(|c: char| !Script::of(c).is_word());
                (!text.is_empty()).then(|| (e - text.len(), e))
            };
            let wanted = |w: usize| {
                heads.is_empty()
                    || phrase_at(w).is_some_and(|(s, e)| ends_with_any(&a.text[s..e], heads))
            };
            let find = |want: &[Role]| {
                (first..end).find(|&w| want.contains(&a.words[w].role) && wanted(w))
            };
            find(&[Role::Object, Role::Subject])
                .or_else(|| find(&[Role::Place]))
                .and_then(phrase_at)
        }
    }
}

/// The events listed with `…과`/`…와` before a goal or place phrase that starts at byte
/// `start`, in text order and without it (`축하공연과 만찬에 참석한다` → `축하공연`): each
/// partner word ending with one of `heads` that names no entity (`A 대통령과 만찬에`: a
/// partner, no event), with the bare words before it (`신년 음악회와 만찬에`). Empty when the
/// phrase is no list.
pub(super) fn conjuncts(
    a: &Analysis<'_>,
    si: usize,
    start: usize,
    heads: &[String],
) -> Vec<(usize, usize)> {
    let floor = a.sentence_words[si].start;
    let mut first = a.words.partition_point(|w| w.start < start);
    let mut out = Vec::new();
    while first > floor {
        let p = first - 1;
        let word = &a.words[p];
        let stem = &a.text[word.start..word.stem_end];
        if word.role != Role::Partner
            || word.has_mention
            || word.clause_end
            || !ends_with_any(stem, heads)
        {
            break;
        }
        let mut s = p;
        while s > floor && !stops_phrase(a, s - 1) {
            s -= 1;
        }
        let from = a.words[s].start;
        let text =
            a.text[from..word.stem_end].trim_start_matches(|c: char| !Script::of(c).is_word());
        if text.is_empty() {
            break;
        }
        out.push((word.stem_end - text.len(), word.stem_end));
        first = s;
    }
    out.reverse();
    out
}

/// How many words may stand between a list's `등` and the object phrase it heads
/// (`… 등 실무형 인재양성을 위한 특성화 학과를`).
const LIST_TO_PHRASE_WORDS: usize = 6;

/// The names listed before `등` in front of an object phrase that starts at byte `start`
/// (`A대학, B학과, C학과 등 … 특성화 학과를 신설했다` → `A대학`, `B학과`, `C학과`), in text
/// order: each a single word ending with one of `heads`, the last right before `등`, the
/// others ending in a comma. Only bare words, a count (`2곳의`) and a purpose clause
/// (`…을 위한`) may stand between `등` and the phrase. Empty when fewer than two are listed.
pub(super) fn listed_before(
    a: &Analysis<'_>,
    si: usize,
    start: usize,
    heads: &[String],
) -> Vec<(usize, usize)> {
    let floor = a.sentence_words[si].start;
    let first = a.words.partition_point(|w| w.start < start);
    let text_of = |w: usize| &a.text[a.words[w].start..a.words[w].end];
    // Back from the phrase to `등`.
    let mut w = first;
    let mut etc = None;
    while w > floor && first - w < LIST_TO_PHRASE_WORDS {
        w -= 1;
        let word = &a.words[w];
        if text_of(w) == "등" {
            etc = Some(w);
            break;
        }
        let purpose = is_purpose_word(text_of(w))
            || (w + 1 < first && is_purpose_word(text_of(w + 1)) && word.role == Role::Object);
        // (A count of what is listed, `2곳의`, `4개`, stands there too.)
        let count = text_of(w).starts_with(|c: char| c.is_ascii_digit());
        if word.has_mention || word.clause_end || (word.role != Role::Bare && !purpose && !count) {
            return Vec::new();
        }
    }
    let Some(etc) = etc else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut w = etc;
    while w > floor {
        w -= 1;
        let word = &a.words[w];
        let text = text_of(w);
        let item = if w + 1 == etc {
            text
        } else {
            match text.strip_suffix(',') {
                Some(t) => t,
                None => break,
            }
        };
        // (A unit's name may end like a particle, `…학과`, or be a name found: its text is the
        // value either way; the comma after it ends a clause.)
        if item.is_empty() || !ends_with_any(item, heads) {
            break;
        }
        out.push((word.start, word.start + item.len()));
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out.reverse();
    out
}

/// The topic and subject phrases before trigger word `t` that end with one of `heads` (any,
/// when empty), the farthest first.
pub(super) fn topic_phrases<'x>(
    a: &'x Analysis<'_>,
    si: usize,
    t: usize,
    heads: &'x [String],
) -> impl Iterator<Item = (usize, usize)> + 'x {
    let reach_start = a.reach(si, t).start;
    let phrase_at = move |ow: usize| {
        let mut s = ow;
        while s > reach_start && !stops_phrase(a, s - 1) {
            s -= 1;
        }
        let start = a.words[s].start;
        let text = a.text[start..a.words[ow].stem_end]
            .trim_end_matches(|c: char| !Script::of(c).is_word() && c != ')');
        let end = start + text.len();
        let text = text.trim_start_matches(|c: char| !Script::of(c).is_word());
        (!text.is_empty()).then(|| (end - text.len(), end))
    };
    (reach_start..t)
        .filter(|&w| matches!(a.words[w].role, Role::Topic | Role::Subject))
        .filter_map(phrase_at)
        .filter(move |&(s, e)| heads.is_empty() || ends_with_any(&a.text[s..e], heads))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_english_gloss_ends_no_phrase() {
        assert_eq!(without_gloss("민주당 당원대회(caucus)"), "민주당 당원대회");
        assert_eq!(without_gloss("대선 후보 토론(town hall)"), "대선 후보 토론");
        assert_eq!(
            without_gloss("국가안전보장회의(NSC)"),
            "국가안전보장회의(NSC)"
        );
        assert_eq!(without_gloss("안보수사처(가칭)"), "안보수사처(가칭)");
        assert_eq!(without_gloss("삼성전자(005930)"), "삼성전자(005930)");
        assert_eq!(without_gloss("(caucus)"), "(caucus)");
    }
}
