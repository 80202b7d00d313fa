//! Trigger rules: the arguments a rule's trigger finds in its clause or sentence, by entity
//! type and particle role, with lists expanded, dropped subjects carried over, and the
//! guards (negation, `unless` words) that keep a trigger from firing.

use super::*;

/// The canonical name and mention texts of an entity, for comparing it with free text.
pub(super) fn entity_texts<'t>(a: &'t Analysis<'_>, e: usize) -> Vec<&'t str> {
    let Some(cluster) = a.resolved.entities.get(e) else {
        return Vec::new();
    };
    let mut texts = vec![cluster.canonical.as_str()];
    for &m in &cluster.mentions {
        let c = &a.resolved.mentions[m];
        texts.push(&a.text[c.start..c.end]);
    }
    texts
}

/// After a verb stem, the word must go on as a verb (`체결했다`, `맺은`, `찾아`, `체결식`,
/// `만났습니다`), not as another noun (`임차공간`).
pub(super) fn verb_ending_ok(text: &str, stem_end: usize, word_end: usize) -> bool {
    let rest = &text[stem_end..word_end.max(stem_end)];
    match rest.chars().next() {
        None => true,
        Some(c) if !Script::of(c).is_word() => true,
        Some(c) => {
            "하해했한할합함키되돼됐된될식을를은는이가도에의었았어아으고며기게지던든러려면서다였습"
                .contains(c)
        }
    }
}

/// The member of a chain that fills a slot of these types: the member of the first listed
/// type the chain has (`["ORG", "PERSON"]` takes 산은 from `강석훈 산은 회장`; a place chain
/// `미국 뉴욕` stands for its last, most specific place).
pub(crate) fn chain_member(a: &Analysis<'_>, chain: usize, types: &[EntityType]) -> Option<usize> {
    let c = a.chains.get(chain)?;
    let kind = |m: usize| a.resolved.mentions[m].kind;
    for &t in types {
        if kind(c.head) == t {
            return Some(c.head);
        }
        let mut of_type = c
            .members
            .iter()
            .copied()
            .filter(|&m| kind(m) == t && !a.mentions[m].parenthetical);
        let pick = if t == EntityType::Location {
            of_type.next_back()
        } else {
            of_type.next()
        };
        if pick.is_some() {
            return pick;
        }
    }
    None
}

/// Nouns of time after a bare name (`대한제국 시절`): the name only dates its clause.
pub(super) const TIME_NOUNS: &[&str] = &["시절", "시대", "당시", "때"];

/// Candidate values for an entity argument: `(mention, distance)`.
pub(super) fn entity_candidates(
    a: &Analysis<'_>,
    si: usize,
    t: usize,
    spec: &ArgSpec,
    used: &[usize],
) -> Vec<(usize, usize)> {
    let clause = a.clause_of(t);
    // `A는 B가 …했다고 밝혔다`: the reporter A is no argument of the reported verb.
    let reported = a.reported_subject(si, t);
    let quoted = a.quoted_clause_start(si, t);
    let mut out = Vec::new();
    let mut last_chain = usize::MAX;
    for first in a.mentions_near(si, t) {
        let chain = a.mentions[first].chain;
        if chain == last_chain {
            continue;
        }
        last_chain = chain;
        let Some(m) = chain_member(a, chain, &spec.types) else {
            continue;
        };
        let info = &a.mentions[m];
        if info.framing || used.contains(&m) {
            continue;
        }
        let kind = a.resolved.mentions[m].kind;
        // A note after a name (`고영근(高永根, 1852년~1923년)은`, `이시영(31·인천시청)이`) dates
        // or places the name; what it names takes no part in the clause.
        if info.in_name_note {
            continue;
        }
        // `대한제국 시절`, `박근혜 정부 당시`: a bare name before a noun of time dates the
        // clause; it takes no part in it.
        if a.role_of(m) == Role::Bare
            && a.chains[chain].next_word.is_some_and(|nw| {
                let word = &a.words[nw];
                TIME_NOUNS.contains(&&a.text[word.start..word.stem_end])
            })
        {
            continue;
        }
        // `서울대 원자핵공학과 서균렬 교수가`: a bare organization or place before a unit and a
        // person is that person's affiliation; where the rule takes people, the person is the
        // argument.
        if a.role_of(m) == Role::Bare
            && matches!(kind, EntityType::Org | EntityType::Location)
            && spec.types.contains(&EntityType::Person)
            && a.chains[chain].next_word.is_some_and(|nw| {
                // (Any particle: `…공학과` reads as one.)
                let unit = &a.words[nw];
                !unit.clause_end
                    && !unit.has_mention
                    && a.words.get(nw + 1).is_some_and(|p| {
                        p.sentence == unit.sentence
                            && p.mention.is_some_and(|pm| {
                                a.resolved.mentions[pm].kind == EntityType::Person
                            })
                    })
            })
        {
            continue;
        }
        // `… 대통령 영부인 김영희 여사가`, `… 장군의 딸이자 … 이순자 여사가`: a
        // person named for a relative is not the one who acts; `중국공산당의 초청에 따라`: the
        // host of an invitation, unless the rule asks for the host (`followed_by`).
        if let Some(nw) = a.chains[chain].next_word {
            let next = &a.words[nw];
            let stem = &a.text[next.start..next.stem_end];
            // (Not `추신수와 아내 하원미`: a partner and the relative are both named.)
            let modifies = matches!(a.role_of(m), Role::Bare | Role::Possessor);
            let kin = modifies && kind == EntityType::Person && KIN_NOUNS.contains(&stem);
            let host = modifies
                && spec.followed_by.is_empty()
                && ["초청", "초대"]
                    .iter()
                    .any(|h| a.text[next.start..next.end].starts_with(h));
            if kin || host {
                continue;
            }
        }
        let w = info.word;
        if reported.is_some_and(|r| w < r)
            && a.role_of(m) == Role::Topic
            && matches!(kind, EntityType::Person | EntityType::Org)
        {
            continue;
        }
        // `기시다 외무상은 일본 정부가 10억 엔을 출자해`: a subject of the trigger's own clause
        // between the topic and the trigger is the clause's agent, not the topic.
        if w < t
            && a.role_of(m) == Role::Topic
            && !spec.predicated
            && a.clause_subject_between(si, m, t)
        {
            continue;
        }
        // `인천시가 "… 신도가 … 집회에 참가했다가 …"고 설명했다`: the speaker did not.
        if quoted.is_some_and(|q| w < q) && matches!(a.role_of(m), Role::Topic | Role::Subject) {
            continue;
        }
        // `박영선 위원장을 만난 자리에서 "새누리당이 …"라며`: a subject inside a quotation
        // that opens after the trigger is the subject of what is said, not of the trigger.
        if w > t
            && matches!(a.role_of(m), Role::Topic | Role::Subject)
            && a.quote_opens_between(si, a.words[t].end, a.resolved.mentions[m].start)
        {
            continue;
        }
        // `노무현재단이 개최하는 심포지엄에 참석했다`: the host of the relative clause did not
        // attend.
        if w < t && a.relative_clause_verb(chain, t).is_some() {
            continue;
        }
        match spec.position {
            Position::Before if w > t || (w == t && kind != EntityType::Date) => continue,
            Position::After if w <= t => continue,
            _ => {}
        }
        if spec.scope == Scope::Clause && !clause.contains(&w) {
            // Topic and subject reach over the clauses of their sentence.
            let reaches = matches!(a.role_of(m), Role::Topic | Role::Subject) && w < t;
            if !reaches {
                continue;
            }
        }
        if !spec.particles.is_empty()
            && !spec.particles.contains(&effective_role(a, m, chain, spec))
        {
            continue;
        }
        // A name of several words before the trigger is as near as its last word
        // (`야스쿠니 신사 참배`).
        let last_word = if w < t {
            let end = a.resolved.mentions[m].end;
            a.words
                .partition_point(|x| x.start < end)
                .saturating_sub(1)
                .clamp(w, t)
        } else {
            w
        };
        let distance = last_word.abs_diff(t);
        if spec.max_distance.is_some_and(|d| distance > d) {
            continue;
        }
        if !spec.followed_by.is_empty() {
            // The next word, or the one after a bare noun (`베트남 정부 초청으로`).
            let starts_with = |nw: usize| {
                let word = &a.text[a.words[nw].start..a.words[nw].end];
                spec.followed_by
                    .iter()
                    .any(|f| word.starts_with(f.as_str()))
            };
            // Or the particle right after it (`25일부터`).
            let c = &a.resolved.mentions[m];
            let last = a.words[info.word..].iter().take(4).find(|w| w.end >= c.end);
            let own = last.is_some_and(|w| {
                let particle = &a.text[c.end..w.end];
                !particle.is_empty()
                    && spec
                        .followed_by
                        .iter()
                        .any(|f| particle.starts_with(f.as_str()))
            });
            // A list is followed by what follows its last name (`최태원 회장, 구광모 회장과
            // 함께`), and an honorific after a name is read past (`김영희 씨와 함께`).
            let list = a.chains[chain].list;
            let last = (chain..a.chains.len())
                .take_while(|&c| a.chains[c].list == list)
                .last()
                .unwrap_or(chain);
            let next_word = a.chains[last].next_word.map(|nw| {
                let word = &a.text[a.words[nw].start..a.words[nw].end];
                let honorific = word.starts_with('씨') && !a.words[nw].has_mention;
                if honorific && nw + 1 < a.words.len() && a.words[nw + 1].sentence == si {
                    nw + 1
                } else {
                    nw
                }
            });
            let ok = own
                || next_word.is_some_and(|nw| {
                    starts_with(nw)
                        || (a.words[nw].role == Role::Bare
                            && !a.words[nw].has_mention
                            && nw + 1 < a.words.len()
                            && a.words[nw + 1].sentence == si
                            && starts_with(nw + 1))
                });
            if !ok {
                continue;
            }
        }
        out.push((m, distance));
    }
    out
}

/// The role an argument plays: its chain's, or, for a bare name before one of the spec's
/// `through` nouns (`애플 본사를`), that noun's particle; an indefinite determiner or a person
/// between them is read past (`경기도 모 병원을`, `성북동 김 회장 자택을`).
pub(super) fn effective_role(a: &Analysis<'_>, m: usize, chain: usize, spec: &ArgSpec) -> Role {
    let role = a.role_of(m);
    if role != Role::Bare || spec.through.is_empty() {
        return role;
    }
    let Some(mut nw) = a.chains.get(chain).and_then(|c| c.next_word) else {
        return role;
    };
    // `경기도 모 병원을`, `서울 한 병원을`: an indefinite determiner before the noun is read past.
    let word_text = |i: usize| &a.text[a.words[i].start..a.words[i].end];
    if INDEFINITE.contains(&word_text(nw))
        && a.words
            .get(nw + 1)
            .is_some_and(|n| n.sentence == a.words[nw].sentence)
    {
        nw += 1;
    }
    // `서울 성북동 김 전 회장 자택을`, `화천군 이씨의 자택을`: the person whose home or grave it
    // is, written between the place and the noun, is read past too.
    if let Some(pm) = a.words[nw].mention {
        let pc = a.mentions[pm].chain;
        let person = &a.chains[pc];
        if pc != chain
            && a.resolved.mentions[pm].kind == EntityType::Person
            && matches!(person.role, Role::Bare | Role::Possessor)
        {
            if let Some(n) = person
                .next_word
                .filter(|&n| a.words[n].sentence == a.words[nw].sentence)
            {
                nw = n;
                // an honorific written apart (`이영희 씨의 자택을`)
                let w = &a.words[nw];
                if &a.text[w.start..w.stem_end] == "씨"
                    && a.words
                        .get(nw + 1)
                        .is_some_and(|n| n.sentence == w.sentence)
                {
                    nw += 1;
                }
            }
        }
    }
    let w = &a.words[nw];
    let stem = &a.text[w.start..w.stem_end];
    if !w.has_mention && spec.through.iter().any(|t| t == stem) {
        w.role
    } else {
        role
    }
}

/// Indefinite determiners between a place and the noun of the place visited (`경기도 모 병원`).
const INDEFINITE: &[&str] = &["모", "한"];

/// Plural pronouns that stand for a list named before (`이들은`, `두 사람이`).
const PLURAL_PRONOUNS: &[&str] = &["이들", "그들"];
/// Numbers before `사람` that make it a plural pronoun (`두 사람은`).
const HOW_MANY: &[&str] = &["두", "세", "네"];

/// Whether the sentence of trigger `t` has a plural pronoun as its topic or subject before
/// the trigger (`이들은 지난 24일 … 결승전에 참가했다`).
fn plural_pronoun_topic(a: &Analysis<'_>, si: usize, t: usize) -> bool {
    let words = a.sentence_words[si].start..t.min(a.sentence_words[si].end);
    words.clone().any(|w| {
        let word = &a.words[w];
        if word.has_mention || !matches!(word.role, Role::Topic | Role::Subject) {
            return false;
        }
        let stem = &a.text[word.start..word.stem_end];
        PLURAL_PRONOUNS.contains(&stem)
            || (stem == "사람"
                && w > words.start
                && HOW_MANY.contains(&&a.text[a.words[w - 1].start..a.words[w - 1].end]))
    })
}

/// Pronouns whose possessive (`그의 방한`) stands for a name given elsewhere.
const POSSESSIVE_PRONOUNS: &[&str] =
    &["그", "그녀", "자신", "이들", "그들", "본인", "양측", "양국"];

/// Whether the word right before trigger `t` in its sentence is a possessive (`…의`) that is
/// no mention and no pronoun (`닉 부이치치의 방한`, with the name not found), nor the common
/// noun closing a name written right before it (`김민수 장관 후보자의 인사청문회`).
fn unnamed_possessor(a: &Analysis<'_>, si: usize, t: usize) -> bool {
    let start = a.sentence_words[si].start;
    if t == 0 || t <= start {
        return false;
    }
    let w = &a.words[t - 1];
    let after_name =
        t >= start + 2 && a.words[t - 2].has_mention && a.words[t - 2].role == Role::Bare;
    w.role == Role::Possessor
        && !w.has_mention
        && !after_name
        && !POSSESSIVE_PRONOUNS.contains(&&a.text[w.start..w.stem_end])
}

/// The topic carried over from the previous sentences of the paragraph, with the rest of its
/// coordinated list (`아이유와 박보검은 … 참석했다. 이들은 …`: both). A plural pronoun
/// (`이들은`, `두 사람이`) after a sentence whose topic is no list stands for the last list of
/// that sentence (`선수들은 … 김제덕, 안산이었다. 이들은 … 참가했다`).
pub(super) fn carried_over(a: &Analysis<'_>, si: usize, t: usize, spec: &ArgSpec) -> Vec<usize> {
    let Some(&paragraph) = a.paragraph_of.get(si) else {
        return Vec::new();
    };
    let plural = plural_pronoun_topic(a, si, t);
    for prev in (si.saturating_sub(3)..si).rev() {
        if a.paragraph_of.get(prev) != Some(&paragraph) {
            break;
        }
        let mut last_chain = usize::MAX;
        // A topic or subject stands early in its sentence: the first mentions are enough.
        let range = a.sentence_mentions[prev].clone();
        let mut topic = Vec::new();
        for first in range.start..range.end.min(range.start + args::REACH) {
            let chain = a.mentions[first].chain;
            if chain == last_chain || a.mentions[first].framing {
                continue;
            }
            last_chain = chain;
            if !matches!(
                a.chains.get(chain).map(|c| c.role),
                Some(Role::Topic | Role::Subject)
            ) {
                continue;
            }
            if let Some(m) = chain_member(a, chain, &spec.types) {
                topic = list_members(a, m, spec);
                break;
            }
        }
        if plural && topic.len() < 2 {
            if let Some(list) = last_list(a, prev, spec) {
                return list;
            }
            // One person is no `이들` (a body may be: `대표팀은 … 이들은`).
            if topic
                .first()
                .is_some_and(|&m| a.resolved.mentions[m].kind == EntityType::Person)
            {
                break;
            }
        }
        if !topic.is_empty() {
            return topic;
        }
        if plural {
            // A plural pronoun stands for the sentence right before it.
            break;
        }
    }
    Vec::new()
}

/// Mention `m` and the members of the other chains of its list that fill a slot of `spec`.
fn list_members(a: &Analysis<'_>, m: usize, spec: &ArgSpec) -> Vec<usize> {
    let mut out = vec![m];
    let Some(list) = a.chains.get(a.mentions[m].chain).map(|c| c.list) else {
        return out;
    };
    let chains = (list..a.chains.len()).take_while(|&i| a.chains[i].list == list);
    for member in chains.filter_map(|i| chain_member(a, i, &spec.types)) {
        let info = &a.mentions[member];
        if !out.contains(&member) && !info.framing && !info.in_name_note {
            out.push(member);
        }
    }
    out
}

/// The members filling a slot of `spec` of the last coordinated list of two chains or more in
/// sentence `si`.
fn last_list(a: &Analysis<'_>, si: usize, spec: &ArgSpec) -> Option<Vec<usize>> {
    let range = a.sentence_mentions[si].clone();
    for m in range.rev() {
        let chain = a.mentions[m].chain;
        let Some(c) = a.chains.get(chain) else {
            continue;
        };
        if a.list_chains(m).take(2).count() < 2 || a.mentions[m].framing {
            continue;
        }
        let members: Vec<usize> = (c.list..a.chains.len())
            .take_while(|&i| a.chains[i].list == c.list)
            .filter_map(|i| chain_member(a, i, &spec.types))
            .filter(|&x| !a.mentions[x].framing && !a.mentions[x].in_name_note)
            .collect();
        return (!members.is_empty()).then_some(members);
    }
    None
}

/// Why a rule did not give a relation at a trigger.
#[derive(Debug)]
pub(crate) enum Miss {
    /// An argument is missing.
    Missing(String),
    /// Too few values for a required role; the arguments found may restate a relation the
    /// document states in full.
    Partial(Vec<(String, ArgValue)>, String),
}

/// How many words after the trigger a negation of it may stand (`회담을 갖지 않았다`).
pub(super) const NEGATION_WORDS: usize = 3;

/// `unless` words of refusal and cancellation: they undo the act of their own clause
/// (`참석을 거부해`, `방문을 취소하는`), not one stated before it. Doubt (`가능성`) and failure
/// (`무산`) reach over the sentence (`A를 방문하고 B를 방문할 가능성이`).
pub(super) const CLAUSE_UNLESS: &[&str] = &["거부", "취소", "철회"];

/// `unless` words of whether an act comes about (`성사될 지`, `성사되지 않았다`): they speak of
/// the nearest trigger before them, so another trigger word of the rule written between
/// (`B를 만났으며 … B와의 만남이 성사될 지`) leaves the first act stated; with none between
/// they reach over later clauses (`회담 얘기가 오고갔지만 성사되지는 않았다`).
const COMES_ABOUT_UNLESS: &[&str] = &["성사될", "성사되지"];

/// Whether `between` holds one of the trigger words or verbs of `rule` (another act than the
/// trigger's).
fn names_other_trigger(rule: &Rule, between: &str) -> bool {
    rule.trigger.as_ref().is_some_and(|tr| {
        tr.words
            .iter()
            .chain(&tr.verbs)
            .any(|w| between.contains(w.as_str()))
    })
}

/// Applies one trigger rule at trigger word `t` of sentence `si` (the trigger ending at byte
/// `trigger_end`): the relations (several when an argument splits), or which argument was
/// missing.
pub(super) fn apply_trigger_rule(
    a: &Analysis<'_>,
    si: usize,
    t: usize,
    trigger_end: usize,
    rule: &Rule,
) -> std::result::Result<Vec<Vec<(String, ArgValue)>>, Miss> {
    // The arguments first: most attempts miss one, and the `unless` words (a long list on
    // some rules) are then never searched. A blocked rule gives nothing either way.
    let found = find_arguments(a, si, t, trigger_end, rule);
    if matches!(found, Err(Miss::Missing(_))) {
        return found;
    }
    if !rule.then.is_empty() && !followed_by_then(a, si, t, rule) {
        return Err(Miss::Missing(
            "none of its `then` words follows the trigger".into(),
        ));
    }
    match blocked_by(a, si, t, rule) {
        Some(u) => Err(Miss::Missing(format!("blocked by `{u}` after the trigger"))),
        None => found,
    }
}

/// How many words after the trigger a `then` word may start (an address between: `제사를
/// 위해 서울 성북구 성북동 … 자택을 찾았다가`).
const THEN_WORDS: usize = 10;

/// Whether one of the `then` stems of `rule` starts a word among the [`THEN_WORDS`] after
/// trigger word `t`, in its clause (`행사를 위해 예산을 마련했고, … 찾았다`: another act).
fn followed_by_then(a: &Analysis<'_>, si: usize, t: usize, rule: &Rule) -> bool {
    let end = a.reach(si, t).end.min(t + 1 + THEN_WORDS);
    for w in t + 1..end {
        let word = &a.text[a.words[w].start..a.words[w].end];
        if rule.then.iter().any(|s| word.starts_with(s.as_str())) {
            return true;
        }
        if a.words[w].clause_end {
            return false;
        }
    }
    false
}

/// The `unless` word of `rule` that blocks it at trigger word `t` of sentence `si`, if any.
fn blocked_by<'r>(a: &Analysis<'_>, si: usize, t: usize, rule: &'r Rule) -> Option<&'r str> {
    let reach_end = a.reach(si, t).end;
    // A negation (`…지 않았다`, `…하지 않기로`) negates the verb it follows: the trigger's own
    // word or the few after it (`회동을 하지 않았다`), not a later clause (`만났을 때 이 주제를
    // 꺼내지 않았다`) or a reported content (`정상회담을 통해 … 용납하지 않을 것임을`).
    // A negation reads the same with a particle on its `지` (`출전하지는 않았다`, `참석하지도
    // 않았다`).
    let negation_end = a.words[(t + NEGATION_WORDS).min(reach_end - 1)].end;
    // A word of refusal or cancellation ([`CLAUSE_UNLESS`]) blocks in the trigger's own
    // clause, or within the few words after it (`참석을 거부해`, `방문 계획 취소`), not in a
    // later clause (`…에 참석, 축사한 뒤 … 거부 입장을 언급하지 않았다`, `A가 참석한 가운데
    // 비상회의를 열고 … 집필 거부 움직임에`); any other word in the rest of the sentence.
    let clause_end = a.clause_of(t).end.max(t + NEGATION_WORDS).min(reach_end);
    let unless_end = |u: &str| {
        if CLAUSE_UNLESS.contains(&u) {
            a.words[clause_end - 1].end
        } else {
            a.words[reach_end - 1].end
        }
    };
    rule.unless.iter().map(String::as_str).find(|u| {
        let from = a.words[t].start;
        // A prospective adnominal and its head (`할 기회`, `을 기회`: `방문할 기회가`, `찾을
        // 기회를`) qualifies the trigger's own word only: the trigger word and the one after
        // it, not a later verb (`방문해 기업들이 투자할 기회를`).
        if u.starts_with("할 ") || u.starts_with("을 ") {
            let end = a.words[(t + 1).min(reach_end - 1)].end;
            return a.text[from..end].contains(u);
        }
        let negation = u.strip_prefix("하지 ").or_else(|| u.strip_prefix("지 "));
        match negation {
            Some(rest) => {
                let text = &a.text[from..negation_end];
                text.contains(u)
                    || ["지는 ", "지도 "].iter().any(|j| {
                        text.match_indices(j)
                            .any(|(i, _)| text[i + j.len()..].starts_with(rest))
                    })
            }
            None if COMES_ABOUT_UNLESS.contains(u) => {
                let after = a.words[t].end;
                a.text[after..unless_end(u)]
                    .match_indices(u)
                    .any(|(i, _)| !names_other_trigger(rule, &a.text[after..after + i]))
            }
            None => a.text[from..unless_end(u)].contains(u),
        }
    })
}

/// The arguments of `rule` at trigger word `t`, before its `unless` words are read.
fn find_arguments(
    a: &Analysis<'_>,
    si: usize,
    t: usize,
    trigger_end: usize,
    rule: &Rule,
) -> std::result::Result<Vec<Vec<(String, ArgValue)>>, Miss> {
    let mut used: Vec<usize> = Vec::new();
    let mut unfilled: Vec<&ArgSpec> = Vec::new();
    let mut fixed: Vec<(String, ArgValue)> = Vec::new();
    let mut splits: Vec<(String, Vec<ArgValue>)> = Vec::new();
    // Lone values of split arguments, kept in `fixed` (see below).
    let mut lone_splits: Vec<(String, ArgValue)> = Vec::new();
    let mut phrases: HashMap<&str, (usize, usize)> = HashMap::new();
    // Text phrases first: other arguments may be found inside them.
    for spec in rule.args.iter().filter(|s| s.phrase.is_some()) {
        // A phrase checked for what follows it reads on over `의` to its head noun
        // (`설립된 미국의 메이저 상용차 업체이다`).
        let over_possessor = !spec.followed_by.is_empty();
        match phrase(
            a,
            si,
            (t, trigger_end),
            spec.phrase.unwrap_or(Phrase::Object),
            (&spec.heads, over_possessor),
        ) {
            Some((s, e)) if !spec.followed_by.is_empty() && !phrase_followed_by(a, e, spec) => {
                return Err(Miss::Missing(format!(
                    "the `{}` phrase `{}` is followed by none of its `followed_by`",
                    spec.role,
                    &a.text[s..e]
                )))
            }
            Some((s, e)) if !spec.heads.is_empty() && !fits_heads(a, (s, e), &spec.heads) => {
                return Err(Miss::Missing(format!(
                    "the `{}` phrase `{}` ends with none of its heads",
                    spec.role,
                    &a.text[s..e]
                )))
            }
            Some((s, e)) if ends_with_any(&a.text[s..e], &spec.not_heads) => {
                return Err(Miss::Missing(format!(
                    "the `{}` phrase `{}` ends with a noun of `not_heads`",
                    spec.role,
                    &a.text[s..e]
                )))
            }
            Some((s, e)) if spec.same_as.is_some() => {
                // A checked phrase that names the other role's mention (`X는 … 설립된 …
                // 계열사로`: what was set up is X itself), filled once that role is found.
                phrases.insert(spec.role.as_str(), (s, e));
            }
            Some((s, e)) => {
                phrases.insert(spec.role.as_str(), (s, e));
                // `이날 시상식에는` names the event the report stated was held.
                // `…에 A가, …에 B가 각각 설치·운영될`: with `many`, every topic or subject
                // phrase with a head, one relation each.
                if spec.many && spec.phrase == Some(Phrase::Topic) {
                    let all: Vec<ArgValue> = topic_phrases(a, si, t, &spec.heads)
                        .map(|(s, e)| ArgValue::Text(a.text[s..e].to_string(), s, e))
                        .collect();
                    if all.len() > 1 {
                        splits.push((spec.role.clone(), all));
                        continue;
                    }
                }
                // `축하공연과 만찬에 참석한다`: with `split`, one relation per listed event;
                // `min = 2` asks for a list.
                if spec.split
                    && !spec.heads.is_empty()
                    && matches!(spec.phrase, Some(Phrase::Goal | Phrase::Place))
                {
                    let all: Vec<ArgValue> = conjuncts(a, si, s, &spec.heads)
                        .into_iter()
                        .chain([(s, e)])
                        .map(|(s, e)| ArgValue::Text(a.text[s..e].to_string(), s, e))
                        .collect();
                    if all.len() < spec.min {
                        return Err(Miss::Missing(format!(
                            "the `{}` phrase lists fewer than {} events",
                            spec.role, spec.min
                        )));
                    }
                    if all.len() > 1 {
                        splits.push((spec.role.clone(), all));
                        continue;
                    }
                }
                // `A대학, B학과 등 특성화 학과를 신설했다`: with `split`, one relation per unit
                // listed before `등`, in place of the generic phrase it heads.
                if spec.split && !spec.heads.is_empty() && spec.phrase == Some(Phrase::Object) {
                    let all: Vec<ArgValue> = listed_before(a, si, s, &spec.heads)
                        .into_iter()
                        .map(|(s, e)| ArgValue::Text(a.text[s..e].to_string(), s, e))
                        .collect();
                    if !all.is_empty() {
                        splits.push((spec.role.clone(), all));
                        continue;
                    }
                }
                let (s, e) = if spec.heads.is_empty() && spec.phrase != Some(Phrase::Event) {
                    (s, e)
                } else {
                    a.named_event(s, e).unwrap_or((s, e))
                };
                fixed.push((
                    spec.role.clone(),
                    ArgValue::Text(a.text[s..e].to_string(), s, e),
                ));
            }
            None if spec.optional => {}
            None => {
                return Err(Miss::Missing(format!(
                    "no `{}` phrase ({:?})",
                    spec.role,
                    spec.phrase.unwrap_or(Phrase::Object)
                )))
            }
        }
    }
    // Checked phrases written as another role's mention (none for most rules: no allocation).
    let checked_phrases: Vec<&ArgSpec> = rule
        .args
        .iter()
        .filter(|p| p.phrase.is_some() && p.same_as.is_some())
        .collect();
    // Arguments that may copy another role go last, so that role is filled first.
    let entity_specs = rule
        .args
        .iter()
        .filter(|s| s.phrase.is_none() && s.same_as.is_none())
        .chain(
            rule.args
                .iter()
                .filter(|s| s.phrase.is_none() && s.same_as.is_some()),
        );
    for spec in entity_specs {
        if !spec.from_trigger.is_empty() {
            let w = &a.words[t];
            let word = &a.text[w.start..w.end];
            let named = spec
                .from_trigger
                .iter()
                .filter(|(k, _)| word.starts_with(k.as_str()))
                .max_by_key(|(k, _)| k.len());
            // The country written inside the word (`방한` → its `한`,
            // recognize/visit_words.rs) is the value; a visit word whose syllable was not
            // taken is a homograph (`방한용품`) and names nothing.
            let inside = w.mention.filter(|&m| {
                let c = &a.resolved.mentions[m];
                c.start > w.start && c.end <= w.end && spec.types.contains(&c.kind)
            });
            let homograph = || visit_words::visit_word_at(a.text, w.start) == Some(false);
            match (named, inside) {
                (Some(_), Some(m)) => {
                    fixed.push((spec.role.clone(), ArgValue::Entity(a.resolved.entity_of[m])));
                }
                (Some(_), None) if homograph() => {
                    return Err(Miss::Missing(format!(
                        "`{word}` is not the visit word, so it names no `{}`",
                        spec.role
                    )))
                }
                (Some((_, name)), None) => {
                    let entity = a
                        .entity_named(name)
                        .filter(|&e| spec.types.contains(&a.resolved.entities[e].kind));
                    fixed.push((
                        spec.role.clone(),
                        match entity {
                            Some(e) => ArgValue::Entity(e),
                            None => ArgValue::Name(name.clone()),
                        },
                    ));
                }
                (None, _) if spec.optional => {}
                (None, _) => {
                    return Err(Miss::Missing(format!(
                        "the trigger names no `{}`",
                        spec.role
                    )))
                }
            }
            continue;
        }
        // `닉 부이치치의 방한 소식`: a verbal noun's possessor is its agent; when that word is
        // no name found, the agent is unknown, and the sentence's topic is not it.
        if spec.particles.contains(&Role::Possessor)
            && rule.trigger.as_ref().is_some_and(|tr| tr.verbs.is_empty())
            && unnamed_possessor(a, si, t)
        {
            if spec.optional {
                continue;
            }
            return Err(Miss::Missing(format!(
                "the `{}` is the possessor before the trigger, which names no entity",
                spec.role
            )));
        }
        let mut values: Vec<usize> = Vec::new();
        if spec.from == From::Dateline {
            if let Some(m) = a.dateline_org[si] {
                values.push(m);
            }
        } else if spec.from == From::Earlier {
            let here = entity_candidates(a, si, t, spec, &used);
            match here.iter().min_by_key(|c| (c.1, usize::MAX - c.0)) {
                Some(&(best, _)) => values.push(best),
                None => values.extend(a.earlier_event[si]),
            }
            // The event must be of the kind the rule names (`시상식` for an acceptance speech).
            if !spec.heads.is_empty() {
                values.retain(|&m| {
                    let e = a.resolved.entity_of[m];
                    ends_with_any(&a.resolved.entities[e].canonical, &spec.heads)
                });
            }
            // No event named as such: the event the report said was held before.
            if values.is_empty() {
                if let Some((s, e)) = a.last_held_event(a.words[t].start) {
                    let text = a.text[s..e].to_string();
                    if spec.heads.is_empty() || ends_with_any(&text, &spec.heads) {
                        fixed.push((spec.role.clone(), ArgValue::Text(text, s, e)));
                        continue;
                    }
                }
            }
        } else {
            let mut cands = entity_candidates(a, si, t, spec, &used);
            if let Some(&(_, e)) = spec.after_phrase.as_deref().and_then(|r| phrases.get(r)) {
                cands.retain(|&(m, _)| a.resolved.mentions[m].start >= e);
            }
            if let Some((s, e)) = spec.prefer_inside.as_deref().and_then(|r| phrases.get(r)) {
                let inside: Vec<(usize, usize)> = cands
                    .iter()
                    .copied()
                    .filter(|&(m, _)| {
                        let c = &a.resolved.mentions[m];
                        c.start >= *s && c.end <= *e
                    })
                    .collect();
                if !inside.is_empty() {
                    cands = inside;
                }
            }
            if spec.many {
                values.extend(cands.iter().map(|c| c.0));
            } else if let Some(&(best, _)) = cands.iter().min_by_key(|c| (c.1, usize::MAX - c.0)) {
                // The nearest, with the rest of its coordinated list.
                values.push(best);
                for h in a.list_heads(best) {
                    if h != best && cands.iter().any(|c| c.0 == h) {
                        values.push(h);
                    }
                }
            }
            // Inside a quotation with a subject of its own, a dropped subject is no earlier
            // sentence's topic (that is the speaker: `민주노총은 … 말했다. "… 국민 60% 이상이 …
            // 회사 설립에 대해 …"`).
            if values.is_empty() && spec.carry_over && a.quoted_clause_start(si, t).is_none() {
                values.extend(carried_over(a, si, t, spec));
            }
            if values.is_empty() {
                if let Some(&(s, e)) = spec.or_inside.as_deref().and_then(|r| phrases.get(r)) {
                    let ms = &a.resolved.mentions;
                    let first = ms.partition_point(|c| c.start < s);
                    values.extend(
                        (first..ms.len())
                            .take_while(|&m| ms[m].start < e)
                            .filter(|&m| ms[m].end <= e && spec.types.contains(&ms[m].kind))
                            .take(1),
                    );
                }
            }
        }
        values.sort_unstable();
        values.dedup();
        if let (Some(other), true) = (spec.same_as.as_deref(), values.is_empty()) {
            // Nothing of its own: the other role's entities stand in.
            let theirs: Vec<ArgValue> = fixed
                .iter()
                .filter(|(r, _)| r == other)
                .map(|(_, v)| v.clone())
                .collect();
            if !theirs.is_empty() {
                fixed.extend(theirs.into_iter().map(|v| (spec.role.clone(), v)));
                continue;
            }
        }
        if values.len() < spec.min && !spec.optional {
            let types: Vec<&str> = spec.types.iter().map(|t| t.as_str()).collect();
            let particles: Vec<&str> = spec.particles.iter().map(|p| p.as_str()).collect();
            return Err(Miss::Missing(format!(
                "missing `{}` ({} with particle role {})",
                spec.role,
                types.join("/"),
                if particles.is_empty() {
                    "any".to_string()
                } else {
                    particles.join("/")
                }
            )));
        }
        if values.is_empty() {
            unfilled.push(spec);
        }
        used.extend(&values);
        for named in checked_phrases
            .iter()
            .filter(|p| p.same_as.as_deref() == Some(spec.role.as_str()) && p.role != spec.role)
        {
            if let Some(&m) = values.first() {
                let c = &a.resolved.mentions[m];
                let text = a.text[c.start..c.end].to_string();
                fixed.push((named.role.clone(), ArgValue::Text(text, c.start, c.end)));
            }
        }
        let entities: Vec<ArgValue> = values
            .iter()
            .map(|&m| ArgValue::Entity(a.resolved.entity_of[m]))
            .collect();
        if spec.split {
            // Split arguments of one role make one group: one relation per value, whichever
            // argument found it (`A는 B와 함께 … 참석했다`: A and B each attended). A lone value
            // stays in place until another argument of its role splits.
            if let Some((_, group)) = splits.iter_mut().find(|(r, _)| *r == spec.role) {
                for v in entities {
                    if !group.contains(&v) {
                        group.push(v);
                    }
                }
            } else if let Some(i) = lone_splits.iter().position(|(r, _)| *r == spec.role) {
                let (role, first) = lone_splits.swap_remove(i);
                if let Some(at) = fixed.iter().position(|(r, v)| *r == role && *v == first) {
                    fixed.remove(at);
                }
                let mut group = vec![first];
                for v in entities {
                    if !group.contains(&v) {
                        group.push(v);
                    }
                }
                if group.len() > 1 {
                    splits.push((role, group));
                } else {
                    fixed.extend(group.into_iter().map(|v| (spec.role.clone(), v)));
                }
            } else if entities.len() > 1 {
                splits.push((spec.role.clone(), entities));
            } else if let Some(v) = entities.into_iter().next() {
                lone_splits.push((spec.role.clone(), v.clone()));
                fixed.push((spec.role.clone(), v));
            }
        } else {
            fixed.extend(entities.into_iter().map(|v| (spec.role.clone(), v)));
        }
    }
    for (role, n) in &rule.require {
        let mut distinct: Vec<&ArgValue> = Vec::new();
        for (_, v) in fixed.iter().filter(|(r, _)| r == role) {
            if !distinct.contains(&v) {
                distinct.push(v);
            }
        }
        let count = distinct.len() + splits.iter().filter(|(r, _)| r == role).count();
        if count < *n {
            let why = format!("`{role}` needs {n} values, found {count}");
            // A party written as a plain noun (`기자들과 만나`) is another event's party, not a
            // dropped one.
            let clause = a.clause_of(t);
            let stated_otherwise = unfilled
                .iter()
                .filter(|spec| &spec.role == role && !spec.particles.is_empty())
                .any(|spec| {
                    clause.clone().any(|w| {
                        w != t
                            && !a.words[w].has_mention
                            && spec.particles.contains(&a.words[w].role)
                    })
                });
            if count > 0 && !stated_otherwise {
                // Too few parties for a relation of its own, but it may restate one that the
                // document states in full (`네이버는 지난 12일 협약을 맺었다` after the headline).
                let mut args = fixed;
                for (role, values) in splits {
                    args.extend(values.into_iter().map(|v| (role.clone(), v)));
                }
                return Err(Miss::Partial(args, why));
            }
            return Err(Miss::Missing(why));
        }
    }
    // Distinct entities per role (a list may name one entity twice).
    let mut dedup: Vec<(String, ArgValue)> = Vec::new();
    for (r, v) in fixed {
        if !dedup.iter().any(|(r2, v2)| *r2 == r && *v2 == v) {
            dedup.push((r, v));
        }
    }
    let mut relations = vec![dedup];
    for (role, values) in splits {
        let mut next = Vec::new();
        for rel in &relations {
            for v in &values {
                let mut r = rel.clone();
                r.push((role.clone(), v.clone()));
                next.push(r);
            }
        }
        relations = next;
    }
    Ok(relations)
}
