//! Relate: rule packs applied sentence by sentence, restatements merged.
//!
//! A trigger rule fires where its trigger words occur (nouns `MOU`, `업무협약`; predicates
//! `체결`, `맺`, tolerant of endings) and its arguments are found by entity type and particle
//! role in the trigger's clause or sentence, with coordinated lists expanded and a dropped
//! subject carried over from the previous sentences of the paragraph. A sequence rule
//! matches adjacent mentions (`강석훈 한국산업은행 회장`).

pub(crate) mod args;
pub(crate) mod pack;

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind, StartKind};

use crate::document::{EntityType, Source};
use crate::error::{Error, ErrorKind, Result};
use crate::text::segment::{guess_particle, Segments};
use crate::text::{FirstChars, PrefixTrie, Role, Script};
use args::Analysis;
use pack::{ArgSpec, From, Phrase, Position, Rule, RulePack, Scope};

/// The value of one relation argument.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum ArgValue {
    /// An entity (index into the resolved entities).
    Entity(usize),
    /// Free text, with its normalized span.
    Text(String, usize, usize),
    /// A name the trigger word implies, with no span of its own (`방한` → `한국`).
    Name(String),
}

/// A relation found in one sentence.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub(crate) relation: String,
    pub(crate) args: Vec<(String, ArgValue)>,
    /// Normalized span of the evidence (the sentence).
    pub(crate) evidence: (usize, usize),
    pub(crate) rule: String,
    /// The index of the rule that found it (in `RuleSet::rules`).
    pub(crate) rule_index: usize,
}

/// Why a rule whose trigger occurred did or did not fire.
#[derive(Debug, Clone)]
pub(crate) struct Attempt {
    pub(crate) rule: String,
    pub(crate) sentence: usize,
    pub(crate) trigger: String,
    pub(crate) outcome: std::result::Result<usize, String>,
}

/// Where trigger strings occur in one text (see [`RuleSet::trigger_hits`]).
#[derive(Debug, Default)]
pub(crate) struct TriggerHits {
    /// (start, trigger pattern, end) of every trigger at a word start, in text order.
    at_word_start: Vec<(usize, u32, usize)>,
    /// (start, end, inside-word pattern) of every inside-word trigger, in text order.
    inside: Vec<(usize, usize, u32)>,
}

/// Compiled rules of all loaded packs, with one prefix trie over every trigger string.
#[derive(Debug, Clone)]
pub(crate) struct RuleSet {
    pub(crate) rules: Vec<Rule>,
    pub(crate) packs: Vec<RulePack>,
    /// Every trigger word and verb stem, looked up where a word starts.
    triggers: PrefixTrie,
    /// Their first characters: most word starts start no trigger.
    trigger_starts: FirstChars,
    /// Per trigger pattern: (rule index, is a verb stem).
    trigger_targets: Vec<Vec<(usize, bool)>>,
    /// Trigger words that also count inside a word (`한미정상회담`), searched unanchored.
    inside: Option<AhoCorasick>,
    inside_targets: Vec<Vec<(usize, bool)>>,
    /// The widest text (bytes) a sequence rule lets stand between two of its elements: a
    /// joiner, or gap words between spaces (`홍남기 신임 장관`, `오바마 미국 제44대 대통령`).
    sequence_gap: usize,
    /// Per relation type: every trigger word and verb of its rules (for carrying dates).
    triggers_by_relation: Vec<(String, Vec<String>)>,
    /// Per sequence rule: the kinds each of its required elements may have. A text with no
    /// trigger and, for every sequence rule, some required element no mention can fill gives
    /// no relation, and is not analysed.
    sequence_needs: Vec<Vec<u32>>,
    /// Per rule: the kinds each of its required entity arguments may be filled with (empty
    /// for a rule without a trigger). A trigger whose rule needs a kind the text has no
    /// mention of cannot fire.
    trigger_needs: Vec<Vec<u32>>,
}

/// A set of entity kinds as bits.
fn kind_bits(kinds: impl IntoIterator<Item = EntityType>) -> u32 {
    kinds.into_iter().fold(0, |bits, k| bits | 1 << (k as u32))
}

impl RuleSet {
    pub(crate) fn new(packs: Vec<RulePack>) -> Result<RuleSet> {
        let rules: Vec<Rule> = packs.iter().flat_map(|p| p.rules.iter().cloned()).collect();
        let mut seen = HashMap::new();
        for (p, pack) in packs.iter().enumerate() {
            for r in &pack.rules {
                if let Some(prev) = seen.insert(r.id.clone(), p) {
                    if prev != p {
                        return Err(Error::at(
                            &pack.origin,
                            None,
                            ErrorKind::RulePack(format!(
                                "rule `{}` is already defined in {}",
                                r.id, packs[prev].origin
                            )),
                        ));
                    }
                }
            }
        }
        let mut patterns: Vec<String> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut targets: Vec<Vec<(usize, bool)>> = Vec::new();
        for (ri, r) in rules.iter().enumerate() {
            if let Some(t) = &r.trigger {
                for (word, verb) in t
                    .words
                    .iter()
                    .map(|w| (w, false))
                    .chain(t.verbs.iter().map(|v| (v, true)))
                {
                    let id = *index.entry(word.clone()).or_insert_with(|| {
                        patterns.push(word.clone());
                        targets.push(Vec::new());
                        patterns.len() - 1
                    });
                    targets[id].push((ri, verb));
                }
            }
        }
        let triggers = PrefixTrie::new(
            patterns
                .iter()
                .enumerate()
                .map(|(i, p)| (p.as_str(), i as u32)),
        )
        .map_err(|e| Error::new(ErrorKind::Automaton(e)))?;
        // Inside-word triggers: one more small automaton, searched unanchored.
        let mut inside_patterns: Vec<String> = Vec::new();
        let mut inside_targets: Vec<Vec<(usize, bool)>> = Vec::new();
        for (ri, r) in rules.iter().enumerate() {
            let Some(t) = &r.trigger else { continue };
            for word in &t.inside {
                let verb = !t.words.contains(word);
                let id = match inside_patterns.iter().position(|p| p == word) {
                    Some(id) => id,
                    None => {
                        inside_patterns.push(word.clone());
                        inside_targets.push(Vec::new());
                        inside_patterns.len() - 1
                    }
                };
                inside_targets[id].push((ri, verb));
            }
        }
        let inside = build_automaton(&inside_patterns, StartKind::Unanchored)?;
        let sequence_gap = rules
            .iter()
            .filter(|r| !r.sequence.is_empty())
            .map(|r| {
                let joiner = r
                    .sequence
                    .iter()
                    .flat_map(|s| &s.joined_by)
                    .map(String::len);
                // A gap word may stand for digits (`제#대`): room for a few.
                let word = r.gap_words.iter().map(|g| g.len() + 4);
                joiner.max().unwrap_or(0) + 2 * (word.max().unwrap_or(0) + 1) + 1
            })
            .max()
            .unwrap_or(0);
        let mut triggers_by_relation: Vec<(String, Vec<String>)> = Vec::new();
        for r in &rules {
            let Some(t) = &r.trigger else { continue };
            let at = match triggers_by_relation
                .iter()
                .position(|(k, _)| *k == r.relation)
            {
                Some(i) => i,
                None => {
                    triggers_by_relation.push((r.relation.clone(), Vec::new()));
                    triggers_by_relation.len() - 1
                }
            };
            let words = &mut triggers_by_relation[at].1;
            for w in t.words.iter().chain(&t.verbs) {
                if !words.contains(w) {
                    words.push(w.clone());
                }
            }
        }
        let sequence_needs = rules
            .iter()
            .filter(|r| !r.sequence.is_empty())
            .map(|r| {
                r.sequence
                    .iter()
                    .filter(|e| !e.optional)
                    .map(|e| kind_bits(e.types.iter().copied()))
                    .collect()
            })
            .collect();
        let trigger_needs = rules
            .iter()
            .map(|r| {
                r.args
                    .iter()
                    .filter(|s| {
                        // Arguments that a mention of their kinds must fill: not optional,
                        // no phrase, no implied name, no stand-in role, no inside fallback,
                        // not from earlier (the event held before may stand in as text).
                        !s.optional
                            && s.min > 0
                            && s.phrase.is_none()
                            && s.same_as.is_none()
                            && s.from_trigger.is_empty()
                            && s.or_inside.is_none()
                            && s.from != From::Earlier
                    })
                    .map(|s| match s.from {
                        From::Sentence | From::Earlier => kind_bits(s.types.iter().copied()),
                        // The dateline's news agency.
                        From::Dateline => kind_bits([EntityType::Org]),
                    })
                    .collect()
            })
            .collect();
        let trigger_starts = FirstChars::new(patterns.iter().map(String::as_str));
        Ok(RuleSet {
            trigger_starts,
            trigger_needs,
            sequence_needs,
            triggers_by_relation,
            rules,
            packs,
            triggers,
            trigger_targets: targets,
            inside,
            inside_targets,
            sequence_gap,
        })
    }

    /// Every trigger occurrence in the text, found in one walk over its word starts (and one
    /// unanchored search for the inside-word triggers). [`may_fire`](Self::may_fire) asks
    /// whether there are any, and [`apply`](Self::apply) works from them, so the text is
    /// walked once for triggers.
    ///
    /// `starts` are the text's word starts ([`crate::text::word_starts`]), found once by the
    /// extractor for every stage that asks at them.
    pub(crate) fn trigger_hits(&self, text: &str, starts: &[(usize, char)]) -> TriggerHits {
        let mut hits = TriggerHits::default();
        for &(start, c) in starts {
            if !self.trigger_starts.may_start(c) {
                continue;
            }
            self.triggers.prefixes_at(text, start, |end, pattern| {
                hits.at_word_start.push((start, pattern, end));
            });
        }
        if let Some(ac) = &self.inside {
            hits.inside = ac
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_u32()))
                .collect();
        }
        hits
    }

    /// Whether any rule could fire on this text: a trigger occurs whose rule finds mentions
    /// of the kinds its required arguments take, or two mentions stand as close as a
    /// sequence rule needs (side by side, or a joiner or gap words apart) in a text with
    /// every kind that rule requires. When none can, the sentence analysis is skipped.
    pub(crate) fn may_fire(&self, hits: &TriggerHits, resolved: &crate::resolve::Resolved) -> bool {
        let present = kind_bits(resolved.mentions.iter().map(|m| m.kind));
        let can_fill = |ri: usize| self.trigger_needs[ri].iter().all(|&k| k & present != 0);
        let anchored = hits
            .at_word_start
            .iter()
            .flat_map(|&(_, p, _)| &self.trigger_targets[p as usize]);
        let inside = hits
            .inside
            .iter()
            .flat_map(|&(_, _, p)| &self.inside_targets[p as usize]);
        if anchored.chain(inside).any(|&(ri, _)| can_fill(ri)) {
            return true;
        }
        let sequence_possible = self
            .sequence_needs
            .iter()
            .any(|needs| needs.iter().all(|&kinds| kinds & present != 0));
        sequence_possible
            && resolved.mentions.windows(2).any(|w| {
                w[0].end <= w[1].start && w[1].start - w[0].end <= self.sequence_gap.max(1)
            })
    }

    /// Applies every rule to every sentence, then merges restatements.
    pub(crate) fn apply(
        &self,
        a: &Analysis<'_>,
        seg: &Segments,
        trigger_hits: &TriggerHits,
        mut attempts: Option<&mut Vec<Attempt>>,
    ) -> Vec<Found> {
        let mut found: Vec<Found> = Vec::new();
        let mut partials: Vec<Found> = Vec::new();
        // Relations of `joins` rules, with their sentence: added to the one stated before.
        let mut joiners: Vec<(usize, Found)> = Vec::new();
        // Trigger hits per word: (word, rule, is verb, stem end). A trigger counts at the
        // start of an eojeol (word starts after a change of script are not).
        let mut hits: Vec<(usize, usize, bool, usize)> = Vec::new();
        let mut wi = 0;
        for &(start, pattern, end) in &trigger_hits.at_word_start {
            while wi < a.words.len() && a.words[wi].start < start {
                wi += 1;
            }
            let Some(w) = a.words.get(wi) else { break };
            if w.start != start {
                continue;
            }
            let verb_ok = verb_ending_ok(a.text, end, w.end);
            for &(ri, verb) in &self.trigger_targets[pattern as usize] {
                if !verb || verb_ok {
                    hits.push((wi, ri, verb, end));
                }
            }
        }
        if !trigger_hits.inside.is_empty() {
            let before = hits.len();
            for &(m_start, m_end, pattern) in &trigger_hits.inside {
                let wi = a.words.partition_point(|w| w.end <= m_start);
                let Some(w) = a.words.get(wi) else { break };
                // At a word start the anchored search has it already.
                if m_start <= w.start || m_end > w.end {
                    continue;
                }
                let verb_ok = verb_ending_ok(a.text, m_end, w.end);
                for &(ri, verb) in &self.inside_targets[pattern as usize] {
                    if !verb || verb_ok {
                        hits.push((wi, ri, verb, m_end));
                    }
                }
            }
            if hits.len() > before {
                hits.sort_by_key(|h| (h.0, h.1));
            }
        }
        // Words the packs read as verbs (`지내고`, `설립한`): a name found by its context that
        // is one of them is no person of an apposition.
        let mut verb_words = vec![false; a.words.len()];
        for &(wi, _, verb, _) in &hits {
            verb_words[wi] |= verb;
        }
        for (si, sentence) in seg.sentences.iter().enumerate() {
            let evidence = (sentence.start, sentence.end);
            // Sequence rules.
            for (ri, rule) in self.rules.iter().enumerate() {
                if rule.sequence.is_empty() {
                    continue;
                }
                for f in match_sequence(a, si, rule, &verb_words) {
                    found.push(Found {
                        relation: rule.relation.clone(),
                        args: f,
                        evidence,
                        rule: rule.id.clone(),
                        rule_index: ri,
                    });
                }
            }
            // Trigger rules: per relation and trigger word, the highest priority that fires.
            let words = a.sentence_words[si].clone();
            let lo = hits.partition_point(|h| h.0 < words.start);
            let hi = hits.partition_point(|h| h.0 < words.end);
            let sentence_hits = &hits[lo..hi];
            // (relation, trigger word) → (priority, rule, relations)
            type Fired<'r> = (i32, usize, &'r Rule, Vec<Vec<(String, ArgValue)>>);
            let mut fired: Vec<Fired<'_>> = Vec::new();
            let mut fired_at: HashMap<(&str, usize), usize> = HashMap::new();
            let mut seen_trigger: HashSet<(usize, usize)> = HashSet::new();
            for &(wi, ri, verb, stem_end) in sentence_hits {
                let rule = &self.rules[ri];
                let Some(trigger) = &rule.trigger else {
                    continue;
                };
                if !trigger.not_endings.is_empty() {
                    let w = &a.words[wi];
                    // As written (`구축,`: a verbal noun in a list) or without its punctuation.
                    let raw = &a.text[stem_end.min(w.end)..w.end];
                    let rest = raw.trim_end_matches(|c: char| !Script::of(c).is_word());
                    // Or with a parenthesized note inside it left out (`경기권(12.5%)에서`).
                    let unnoted = rest.split_once('(').and_then(|(head, tail)| {
                        tail.split_once(')')
                            .map(|(_, after)| format!("{head}{after}"))
                    });
                    if trigger
                        .not_endings
                        .iter()
                        .any(|e| e == rest || e == raw || unnoted.as_deref() == Some(e.as_str()))
                    {
                        continue;
                    }
                }
                if !trigger.not_after.is_empty() && wi > a.sentence_words[si].start {
                    let w = &a.words[wi - 1];
                    if trigger
                        .not_after
                        .iter()
                        .any(|n| n == &a.text[w.start..w.end])
                    {
                        continue;
                    }
                }
                // `의료원 설립 및 운영 조례`: a bare verbal noun listed with `및` names a
                // topic (often of a law or plan), it states no act.
                if verb && stem_end >= a.words[wi].end {
                    let listed = a
                        .words
                        .get(wi + 1)
                        .is_some_and(|n| n.sentence == si && &a.text[n.start..n.end] == "및");
                    if listed {
                        continue;
                    }
                }
                // Words and verbs: the verb is the trigger, a word must come before it.
                if !trigger.verbs.is_empty() && !verb {
                    continue;
                }
                if !trigger.words.is_empty() && trigger.verbs.is_empty() && verb {
                    continue;
                }
                if !trigger.words.is_empty() && !trigger.verbs.is_empty() {
                    let first = wi.saturating_sub(trigger.max_gap);
                    let from = sentence_hits.partition_point(|h| h.0 < first);
                    let to = sentence_hits.partition_point(|h| h.0 <= wi);
                    // With both, `particles` are the word's (`회담에는 … 배석했다`).
                    let has_word = sentence_hits[from..to].iter().any(|h| {
                        h.1 == ri
                            && !h.2
                            && (trigger.particles.is_empty()
                                || trigger.particles.contains(&a.words[h.0].role))
                    });
                    if !has_word {
                        continue;
                    }
                } else if !trigger.particles.is_empty()
                    && !trigger.particles.contains(&a.words[wi].role)
                {
                    continue;
                }
                if !seen_trigger.insert((wi, ri)) {
                    continue;
                }
                let outcome = apply_trigger_rule(a, si, wi, stem_end, rule);
                let note = match &outcome {
                    Ok(relations) => Ok(relations.len()),
                    Err(Miss::Missing(why)) => Err(why.clone()),
                    Err(Miss::Partial(_, why)) => {
                        Err(format!("{why}; kept to complete a restated relation"))
                    }
                };
                if let Some(at) = attempts.as_deref_mut() {
                    at.push(Attempt {
                        rule: rule.id.clone(),
                        sentence: si,
                        trigger: a.text[a.words[wi].start..a.words[wi].end].to_string(),
                        outcome: note,
                    });
                }
                if let Err(Miss::Partial(args, _)) = outcome {
                    partials.push(Found {
                        relation: rule.relation.clone(),
                        args,
                        evidence,
                        rule: rule.id.clone(),
                        rule_index: ri,
                    });
                    continue;
                }
                if let Ok(relations) = outcome {
                    let key = (rule.relation.as_str(), wi);
                    match fired_at.get(&key) {
                        Some(&i) if fired[i].0 >= rule.priority => {}
                        Some(&i) => fired[i] = (rule.priority, ri, rule, relations),
                        None => {
                            fired_at.insert(key, fired.len());
                            fired.push((rule.priority, ri, rule, relations));
                        }
                    }
                }
            }
            for (_, ri, rule, relations) in fired {
                for args in relations {
                    let f = Found {
                        relation: rule.relation.clone(),
                        args,
                        evidence,
                        rule: rule.id.clone(),
                        rule_index: ri,
                    };
                    if rule.joins {
                        joiners.push((si, f));
                    } else {
                        found.push(f);
                    }
                }
            }
        }
        let (mut merged, stated) = merge(found, a);
        complete_restatements(&mut merged, partials);
        join_stated(&mut merged, &stated, joiners, &self.rules, a, seg);
        self.carry_dates(&mut merged);
        merged
    }

    /// Dates carry between relations of one event: an attendance, visit or meeting with no
    /// date whose event text names another relation's trigger (`MOU 체결식` after the MOU)
    /// takes that relation's date, when exactly one dated relation of that kind exists.
    fn carry_dates(&self, relations: &mut [Found]) {
        // Dated relations by type: the event text of an undated one is compared once per type,
        // not once per dated relation.
        let mut dated: Vec<(&str, Vec<ArgValue>)> = Vec::new();
        for r in relations.iter() {
            let Some((_, d)) = r.args.iter().find(|(role, _)| role == "date") else {
                continue;
            };
            let relation = self.rules[r.rule_index].relation.as_str();
            match dated.iter_mut().find(|(t, _)| *t == relation) {
                Some((_, dates)) => dates.push(d.clone()),
                None => dated.push((relation, vec![d.clone()])),
            }
        }
        if dated.is_empty() {
            return;
        }
        for r in relations.iter_mut() {
            if r.args.iter().any(|(role, _)| role == "date") {
                continue;
            }
            let takes_date = self.rules[r.rule_index]
                .args
                .iter()
                .any(|s| s.role == "date");
            if !takes_date {
                continue;
            }
            let Some(event) = r.args.iter().find_map(|(_, v)| match v {
                ArgValue::Text(t, ..) => Some(t.as_str()),
                _ => None,
            }) else {
                continue;
            };
            // The event names the other relation by any trigger of its type (`협약식` names
            // an MOU that the rule for `업무협약` found).
            let names_type = |relation: &str| {
                self.triggers_by_relation
                    .iter()
                    .find(|(t, _)| t == relation)
                    .is_some_and(|(_, words)| words.iter().any(|w| event.contains(w.as_str())))
            };
            let mut named = dated
                .iter()
                .filter(|(other, _)| *other != r.relation && names_type(other))
                .flat_map(|(_, dates)| dates);
            if let (Some(date), None) = (named.next(), named.next()) {
                r.args.push(("date".to_string(), date.clone()));
            }
        }
    }
}

fn build_automaton(patterns: &[String], start: StartKind) -> Result<Option<AhoCorasick>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .start_kind(start)
        .build(patterns)
        .map(Some)
        .map_err(|e| Error::new(ErrorKind::Automaton(e.to_string())))
}

/// The canonical name and mention texts of an entity, for comparing it with free text.
fn entity_texts<'t>(a: &'t Analysis<'_>, e: usize) -> Vec<&'t str> {
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
fn verb_ending_ok(text: &str, stem_end: usize, word_end: usize) -> bool {
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
const TIME_NOUNS: &[&str] = &["시절", "시대", "당시", "때"];

/// Candidate values for an entity argument: `(mention, distance)`.
fn entity_candidates(
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
        // `버락 오바마 미 대통령 영부인 미셸 오바마가`, `아웅산 장군의 딸이자 … 수치 여사가`: a
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
        if w < t && a.role_of(m) == Role::Topic && a.clause_subject_between(si, m, t) {
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
            let ok = own
                || a.chains[chain].next_word.is_some_and(|nw| {
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
/// `through` nouns (`애플 본사를`), that noun's particle.
fn effective_role(a: &Analysis<'_>, m: usize, chain: usize, spec: &ArgSpec) -> Role {
    let role = a.role_of(m);
    if role != Role::Bare || spec.through.is_empty() {
        return role;
    }
    let Some(nw) = a.chains.get(chain).and_then(|c| c.next_word) else {
        return role;
    };
    let w = &a.words[nw];
    let stem = &a.text[w.start..w.stem_end];
    if !w.has_mention && spec.through.iter().any(|t| t == stem) {
        w.role
    } else {
        role
    }
}

/// The topic carried over from the previous sentences of the paragraph.
fn carried_over(a: &Analysis<'_>, si: usize, spec: &ArgSpec) -> Option<usize> {
    let paragraph = *a.paragraph_of.get(si)?;
    for prev in (si.saturating_sub(3)..si).rev() {
        if a.paragraph_of.get(prev) != Some(&paragraph) {
            break;
        }
        let mut last_chain = usize::MAX;
        // A topic or subject stands early in its sentence: the first mentions are enough.
        let range = a.sentence_mentions[prev].clone();
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
                return Some(m);
            }
        }
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
const NEGATION_WORDS: usize = 3;

/// `unless` words of refusal and cancellation: they undo the act of their own clause
/// (`참석을 거부해`, `방문을 취소하는`), not one stated before it. Doubt (`가능성`) and failure
/// (`무산`) reach over the sentence (`A를 방문하고 B를 방문할 가능성이`).
const CLAUSE_UNLESS: &[&str] = &["거부", "취소", "철회"];

/// Applies one trigger rule at trigger word `t` of sentence `si` (the trigger ending at byte
/// `trigger_end`): the relations (several when an argument splits), or which argument was
/// missing.
fn apply_trigger_rule(
    a: &Analysis<'_>,
    si: usize,
    t: usize,
    trigger_end: usize,
    rule: &Rule,
) -> std::result::Result<Vec<Vec<(String, ArgValue)>>, Miss> {
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
    if let Some(u) = rule.unless.iter().find(|u| {
        let from = a.words[t].start;
        let negation = u.strip_prefix("하지 ").or_else(|| u.strip_prefix("지 "));
        match negation {
            Some(rest) => {
                let text = &a.text[from..negation_end];
                text.contains(u.as_str())
                    || ["지는 ", "지도 "].iter().any(|j| {
                        text.match_indices(j)
                            .any(|(i, _)| text[i + j.len()..].starts_with(rest))
                    })
            }
            None => a.text[from..unless_end(u)].contains(u.as_str()),
        }
    }) {
        return Err(Miss::Missing(format!("blocked by `{u}` after the trigger")));
    }
    let mut used: Vec<usize> = Vec::new();
    let mut unfilled: Vec<&ArgSpec> = Vec::new();
    let mut fixed: Vec<(String, ArgValue)> = Vec::new();
    let mut splits: Vec<(String, Vec<ArgValue>)> = Vec::new();
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
            Some((s, e))
                if !spec.heads.is_empty() && !ends_with_any(&a.text[s..e], &spec.heads) =>
            {
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
            match named {
                Some((_, name)) => {
                    let entity = a
                        .by_canonical
                        .get(name.as_str())
                        .copied()
                        .filter(|&e| spec.types.contains(&a.resolved.entities[e].kind));
                    fixed.push((
                        spec.role.clone(),
                        match entity {
                            Some(e) => ArgValue::Entity(e),
                            None => ArgValue::Name(name.clone()),
                        },
                    ));
                }
                None if spec.optional => {}
                None => {
                    return Err(Miss::Missing(format!(
                        "the trigger names no `{}`",
                        spec.role
                    )))
                }
            }
            continue;
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
                values.extend(carried_over(a, si, spec));
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
        let entities: Vec<ArgValue> = values
            .iter()
            .map(|&m| ArgValue::Entity(a.resolved.entity_of[m]))
            .collect();
        if spec.split && entities.len() > 1 {
            splits.push((spec.role.clone(), entities));
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

/// Whether the rest of the word a phrase ends in (its particle or copula: `이다`, `로`,
/// `를`) starts with one of the spec's `followed_by`.
fn phrase_followed_by(a: &Analysis<'_>, end: usize, spec: &ArgSpec) -> bool {
    let w = a.words.partition_point(|w| w.end < end);
    let Some(word) = a.words.get(w) else {
        return false;
    };
    let rest = &a.text[end.min(word.end)..word.end];
    spec.followed_by
        .iter()
        .any(|f| rest.starts_with(f.as_str()))
}

fn ends_with_any(text: &str, words: &[String]) -> bool {
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

/// `위해`, `위하여`, `위한`: the end of a purpose clause, whose phrases are its own verb's.
fn is_purpose_word(text: &str) -> bool {
    ["위해", "위하여", "위한"].contains(&text)
}

/// Relative forms of `열리다`, `치르다`, `펼치다`, whose stems are too short for
/// [`args::is_relative_verb`].
const HELD_VERBS: &[&str] = &[
    "열린",
    "열리는",
    "열렸던",
    "치러진",
    "치러지는",
    "치렀던",
    "펼쳐진",
    "펼쳐지는",
];

/// Words that stop a phrase going backwards: a particle other than a bare noun's, a clause
/// end, a date or amount.
fn stops_phrase(a: &Analysis<'_>, w: usize) -> bool {
    let word = &a.words[w];
    let text = &a.text[word.start..word.end];
    // A list ends with `등`: what it lists is no part of the phrase after it
    // (`이상화, 김연아 등 올림픽에`).
    if word.clause_end || text.ends_with(',') || text == "등" {
        return true;
    }
    // A purpose or time adverbial is no part of the noun phrase after it (`원인을 밝히기 위해
    // 합동조사반을`, `사고 직후 진상조사위원회를`).
    // `김대중 전 대통령과 손을 잡고 민주화추진협의회를`: a partner's verb is none either.
    if is_purpose_word(text)
        || ["직후", "이후", "당시", "경우", "잡고", "손잡고"].contains(&text)
        || text.ends_with("동안")
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

/// Nouns that only follow a modifier (`…한 데`, `…한 바`, `…한 것`): no thing named.
const BOUND_NOUNS: &[&str] = &[
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
fn phrase(
    a: &Analysis<'_>,
    si: usize,
    (t, trigger_end): (usize, usize),
    kind: Phrase,
    (heads, over_possessor): (&[String], bool),
) -> Option<(usize, usize)> {
    let sr = a.sentence_words[si].clone();
    let clause = a.clause_of(t);
    let back_to = |end_word: usize, stop: &dyn Fn(usize) -> bool| -> usize {
        let mut s = end_word;
        while s > sr.start && s > clause.start && !stop(s - 1) {
            s -= 1;
        }
        s
    };
    // The phrase from the start of word `from` to byte `end`, without trailing punctuation.
    let span = |from: usize, end: usize| -> Option<(usize, usize)> {
        let s = a.words[from].start;
        let text = a.text[s..end].trim_end_matches(|c: char| !Script::of(c).is_word() && c != ')');
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
                let mut s = ow;
                let floor = if ow >= clause.start {
                    clause.start
                } else {
                    reach_start
                };
                while s > floor && !stops_phrase(a, s - 1) {
                    s -= 1;
                }
                span(s, a.words[ow].stem_end)
            };
            // Nearest first: in the clause (a place or time before a role: `…에` before
            // `선수로`), then a topicalized phrase (`열병식에는 A를 비롯해 …`), which frames
            // the whole sentence as a topic does.
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
                .filter_map(phrase_at);
            let first = candidates.next()?;
            if heads.is_empty() || ends_with_any(&a.text[first.0..first.1], heads) {
                return Some(first);
            }
            // A rule that names its heads takes the nearest phrase that ends with one
            // (`이날 열린 시사회에는 … 내레이션에 도전한 배우 A 씨가 참석해`).
            Some(
                candidates
                    .find(|&(s, e)| ends_with_any(&a.text[s..e], heads))
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
            let stop = |w: usize| {
                let word = &a.words[w];
                word.clause_end
                    || matches!(word.role, Role::Topic | Role::Subject)
                    || word.mention.is_some_and(|m| {
                        matches!(
                            a.resolved.mentions[m].kind,
                            EntityType::Date | EntityType::Amount
                        )
                    })
                    || a.text[word.start..word.end].ends_with('=')
                    || word.mention.is_some_and(|m| a.mentions[m].framing)
                    || person_possessor(w)
            };
            let mut s = t;
            while s > sr.start && !stop(s - 1) {
                s -= 1;
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

/// The topic and subject phrases before trigger word `t` that end with one of `heads` (any,
/// when empty), the farthest first.
fn topic_phrases<'x>(
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

/// Matches a sequence rule over adjacent mentions of sentence `si`.
fn match_sequence(
    a: &Analysis<'_>,
    si: usize,
    rule: &Rule,
    verb_words: &[bool],
) -> Vec<Vec<(String, ArgValue)>> {
    let ms = &a.resolved.mentions;
    let range = a.sentence_mentions[si].clone();
    let mut out = Vec::new();
    let mut start = range.start;
    while start < range.end {
        let mut pos = start;
        let mut args: Vec<(String, ArgValue)> = Vec::new();
        let mut ok = true;
        let mut prev: Option<(usize, &[String])> = None;
        let mut listed: Vec<(&str, usize)> = Vec::new();
        let mut last_matched = start;
        let mut matched_titles: Vec<usize> = Vec::new();
        for spec in &rule.sequence {
            // Skip a parenthesized restatement of the previous element, or a mention inside
            // its parenthesized note (`교육과학기술부(이하 교과부) 장관`).
            // Not when the rule reads into the parentheses (`해양수산부(장관 김영석)`).
            let note_end = prev.and_then(|(e, joiners)| {
                if joiners.iter().any(|j| j == "(") {
                    return None;
                }
                let rest = a.text[e..].strip_prefix('(')?;
                let close = rest.find(')').filter(|&c| c <= MAX_NOTE)?;
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
                && !verb_form_name(a, pos, verb_words)
                && !common_word_name(a, pos)
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
                if !spec.skip {
                    args.push((
                        spec.role.clone(),
                        ArgValue::Entity(a.resolved.entity_of[pos]),
                    ));
                    if spec.many {
                        listed.push((spec.role.as_str(), pos));
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
                    Some(m) => {
                        args.push((spec.role.clone(), ArgValue::Entity(a.resolved.entity_of[m])))
                    }
                    None if spec.optional => {}
                    None => ok = false,
                }
            }
            if ok {
                // `김정재·윤종필 의원`: the bare names listed before a `many` element share
                // the relation, one relation each.
                for &(role, m) in &listed {
                    for c in a.list_chains(m) {
                        let other = c.head;
                        if other >= m || c.members.len() != 1 || ms[other].kind != ms[m].kind {
                            continue;
                        }
                        let mut shared = args.clone();
                        for (r, v) in shared.iter_mut() {
                            if r == role {
                                *v = ArgValue::Entity(a.resolved.entity_of[other]);
                            }
                        }
                        out.push(shared);
                    }
                }
                out.push(args);
                start = last_matched + 1;
                continue;
            }
        }
        start += 1;
    }
    out
}

/// Nouns of kinship after a person (`… 대통령 영부인`, `… 장군의 딸이자`): the person they
/// follow is named for a relative.
const KIN_NOUNS: &[&str] = &[
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
const CANDIDATE_WORDS: &[&str] = &["후보", "예비후보", "경선후보"];

/// Whether title mention `t` is followed by a word of [`CANDIDATE_WORDS`] (with its particle
/// or `자`: `후보자는`, `후보로`), or by a staff title written as a plain noun (`정민호 대통령
/// 특사는`: the envoy, not the president; a staff title that is a mention is
/// [`staff_of_title_before`]'s).
fn candidate_for(a: &Analysis<'_>, t: usize) -> bool {
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

/// Syllables that end a verb form: connectives (`지내고`, `지내며`, `하면서`) and adnominal
/// endings (`설립한`, `선임된`).
const VERB_FINALS: [char; 10] = ['고', '며', '서', '다', '면', '해', '한', '된', '던', '는'];

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
const STAFF_TITLES: &[&str] = &[
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
fn staff_of_title_before(a: &Analysis<'_>, before: usize, m: usize, matched: bool) -> bool {
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

/// Common words that recognition's context patterns take for a name before a title (`이번
/// 교황`, `당시 장관`, `이들은 국무총리와`, `지역구 국회의원`): function words, pronouns and
/// nouns of time, place or kind. From the free corpus parts (scripts/mine_relation_frames.py).
const NOT_NAMES: &[&str] = &[
    // One syllable that stands for no one before a title: the party (`당 대표`, `김여정 당
    // 부부장`), a province (`시·도 소방본부장`), "a certain" (`모 의원`, `허 모 영사`), each.
    "당",
    "도",
    "모",
    "각",
    // An envoy's posting (`김민수 주미 대사`) is no name.
    "주미",
    "주한",
    "주중",
    "주일",
    "주러",
    "이번",
    "이후",
    "이하",
    "이전",
    "이제",
    "이날",
    "이들",
    "이곳",
    "당시",
    "당초",
    "현재",
    "최근",
    "지난",
    "동안",
    "하루",
    "한편",
    "또한",
    "아예",
    "우리",
    "우리측",
    "저희",
    "자신",
    "관계자",
    "지역구",
    "출신",
    "차세대",
    "소속사",
    "소속",
    "시도",
    "캠프",
    "측근",
    "후임",
    "전임",
    "역대",
    "초대",
    "신임",
    "차기",
    "현직",
    "전직",
    "당국",
    "정부",
    "그러나",
    "하지만",
    "그리고",
    "또",
    "특히",
    "다만",
    "결국",
    "이에",
    "따라서",
    "반면",
    "이어",
    "앞서",
];

/// Whether mention `m` is a PERSON found by its context (a pattern) that is no name: a
/// common word of [`NOT_NAMES`], alone or with its particle (`이들은`, `동안에`), or a word
/// ending in an adnominal ending no name ends in (`피어오르는`, `공개된`, `지낸 중도파`; not `던`: `조스 웨던`).
fn common_word_name(a: &Analysis<'_>, m: usize) -> bool {
    let mention = &a.resolved.mentions[m];
    if mention.kind != EntityType::Person || mention.source != Source::Pattern {
        return false;
    }
    let text = &a.text[mention.start..mention.end];
    let first = text.split(' ').next().unwrap_or(text);
    let stem = guess_particle(first).map_or(first, |p| &first[..first.len() - p.len]);
    NOT_NAMES.contains(&first)
        || NOT_NAMES.contains(&stem)
        || (first.chars().count() >= 2 && first.ends_with(['는', '된', '낸']))
        // A connective verb form (`…라고 하면서 소방서장과`, `…하며`, `…하고`) names nobody.
        || (first.chars().count() >= 2 && VERB_CONNECTIVES.iter().any(|c| first.ends_with(c)))
}

/// Endings of a `…하다` verb's connective forms, which no name before a title ends with.
const VERB_CONNECTIVES: &[&str] = &["하면서", "하면", "하며", "하고", "하여", "해서", "하자"];

/// Whether the text between two elements of a sequence keeps them in apposition: nothing, a
/// space, a closing parenthesis, one of the previous element's joiners (`의`, `인`), and
/// between them only gap words (`전`, `신임`, `제#대` where `#` stands for digits).
fn sequence_gap_ok(gap: &str, joiners: &[String], gap_words: &[String]) -> bool {
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
    if !gap.starts_with(' ') || !gap.ends_with(' ') {
        return false;
    }
    gap.split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| gap_words.iter().any(|g| gap_word_matches(g, w)))
}

/// The longest parenthesized note (bytes) a sequence steps over (`(이하 교과부)`, `(4선·서울 성북갑)`).
const MAX_NOTE: usize = 40;

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

/// Merges restatements: same relation type, and every role both state has the same
/// values (texts may contain each other). The merged relation has the union of roles.
/// Beside each relation: the starts of the sentences that state it.
fn merge(found: Vec<Found>, an: &Analysis<'_>) -> (Vec<Found>, Vec<Vec<usize>>) {
    let mut out: Vec<Found> = Vec::new();
    let mut stated: Vec<Vec<usize>> = Vec::new();
    let mut restatements = RestatementIndex::default();
    for f in found {
        let hit = restatements
            .candidates(&f, &out)
            .into_iter()
            .find(|&g| compatible(&out[g].args, &f.args, an));
        match hit {
            Some(g) => {
                let mut gained = Vec::new();
                for (role, v) in &f.args {
                    if !out[g].args.iter().any(|(r, _)| r == role) {
                        out[g].args.push((role.clone(), v.clone()));
                        gained.push((role.clone(), v.clone()));
                    }
                }
                restatements.add_args(&out[g].relation, &gained, g);
                stated[g].push(f.evidence.0);
            }
            None => {
                restatements.add(&f, out.len());
                stated.push(vec![f.evidence.0]);
                out.push(f);
            }
        }
    }
    (out, stated)
}

/// Where to look for the relation a new one restates, so that merging stays linear in the
/// number of relations: two restatements that share a role holding entities share its
/// first entity, so relations are indexed by (type, role, entity); restatements that share
/// only free-text roles are looked for among the relations of the type. Each list is
/// searched back over its most recent [`RECENT_WINDOW`] entries only: a restatement further
/// back than that many relations of one kind (possible only in a text of many articles) is
/// kept as a relation of its own.
#[derive(Default)]
struct RestatementIndex {
    /// Relation type and role names, numbered as they come (a few dozen at most).
    names: Vec<String>,
    by_entity: HashMap<(u32, u32, usize), Vec<usize>>,
    by_type: HashMap<u32, Vec<usize>>,
}

/// How many of the most recent relations of one index list a new relation is compared with.
const RECENT_WINDOW: usize = 256;

impl RestatementIndex {
    /// The number of a type or role name, given one on first sight.
    fn number(&mut self, name: &str) -> u32 {
        match self.names.iter().position(|n| n == name) {
            Some(i) => i as u32,
            None => {
                self.names.push(name.to_string());
                (self.names.len() - 1) as u32
            }
        }
    }

    fn known(&self, name: &str) -> Option<u32> {
        self.names.iter().position(|n| n == name).map(|i| i as u32)
    }

    fn add(&mut self, f: &Found, at: usize) {
        self.add_args(&f.relation, &f.args, at);
        let t = self.number(&f.relation);
        self.by_type.entry(t).or_default().push(at);
    }

    /// Indexes arguments of relation `at` (on adding it, or when a merge gave it more).
    fn add_args(&mut self, relation: &str, args: &[(String, ArgValue)], at: usize) {
        let t = self.number(relation);
        for (role, v) in args {
            if let ArgValue::Entity(e) = v {
                let r = self.number(role);
                self.by_entity.entry((t, r, *e)).or_default().push(at);
            }
        }
    }

    /// Candidate relations in `out` order (the first compatible one wins, as a scan would).
    fn candidates(&self, f: &Found, out: &[Found]) -> Vec<usize> {
        let mut cands: Vec<usize> = Vec::new();
        let Some(t) = self.known(&f.relation) else {
            return cands;
        };
        for (role, v) in &f.args {
            if let ArgValue::Entity(e) = v {
                let Some(r) = self.known(role) else { continue };
                if let Some(b) = self.by_entity.get(&(t, r, *e)) {
                    cands.extend(&b[b.len().saturating_sub(RECENT_WINDOW)..]);
                }
            }
        }
        if let Some(of_type) = self.by_type.get(&t) {
            let recent = &of_type[of_type.len().saturating_sub(RECENT_WINDOW)..];
            cands.extend(recent.iter().copied().filter(|&g| {
                // Only those that share no entity-valued role with `f` need this path.
                !out[g].args.iter().any(|(r, v)| {
                    matches!(v, ArgValue::Entity(_))
                        && f.args
                            .iter()
                            .any(|(fr, fv)| fr == r && matches!(fv, ArgValue::Entity(_)))
                })
            }));
        }
        cands.sort_unstable();
        cands.dedup();
        cands
    }
}

/// How many sentences back a `joins` rule looks for the relation it joins.
const JOIN_REACH: usize = 2;

/// Adds what `joins` rules found to the relation of their type stated last in the sentences
/// just before theirs, in their paragraph (`…정상회담을 가졌다. 이날 회담에는 B 장관도
/// 배석했다`: B joins the meeting); with none stated there, they give nothing. A role the
/// relation has already gains values only where the rule takes `many` of it (participants,
/// not a second date).
fn join_stated(
    relations: &mut [Found],
    stated: &[Vec<usize>],
    joiners: Vec<(usize, Found)>,
    rules: &[Rule],
    a: &Analysis<'_>,
    seg: &Segments,
) {
    for (si, j) in joiners {
        let first = si.saturating_sub(JOIN_REACH);
        let paragraph = a.paragraph_of.get(si);
        let earlier = (first..si)
            .filter(|&s| a.paragraph_of.get(s) == paragraph)
            .map(|s| seg.sentences[s].start)
            .collect::<Vec<_>>();
        // The relation stated last in those sentences (also one first stated in the headline
        // and restated there).
        let target = (0..relations.len())
            .filter(|&i| relations[i].relation == j.relation)
            .filter_map(|i| {
                let last = stated[i].iter().filter(|s| earlier.contains(s)).max()?;
                Some((*last, i))
            })
            .max()
            .map(|(_, i)| i);
        let Some(t) = target else { continue };
        let spec = &rules[j.rule_index].args;
        for (role, v) in j.args {
            let held = relations[t].args.iter().any(|(r, _)| *r == role);
            let many = spec.iter().any(|s| s.role == role && s.many);
            if (!held || many) && !relations[t].args.iter().any(|(r, x)| *r == role && *x == v) {
                relations[t].args.push((role, v));
            }
        }
    }
}

/// Completes relations with the partial restatements that point at exactly one of them: every
/// entity the partial names is in that relation under the same role, and every role both
/// state agrees. The relation gains the roles only the restatement states (a date).
fn complete_restatements(relations: &mut [Found], partials: Vec<Found>) {
    for p in partials {
        let matches: Vec<usize> = relations
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.relation == p.relation
                    && p.args.iter().all(|(role, v)| {
                        !matches!(v, ArgValue::Entity(_))
                            || r.args.iter().any(|(r2, v2)| r2 == role && v2 == v)
                            || !r.args.iter().any(|(r2, _)| r2 == role)
                    })
                    && restates(&r.args, &p.args)
            })
            .map(|(i, _)| i)
            .collect();
        if let [only] = matches[..] {
            let r = &mut relations[only];
            for (role, v) in p.args {
                if !r.args.iter().any(|(r2, _)| *r2 == role) {
                    r.args.push((role, v));
                }
            }
        }
    }
}

/// Whether partial arguments `p` agree with relation arguments `r` on every role both have:
/// the partial's values are among the relation's (texts may contain each other).
fn restates(r: &[(String, ArgValue)], p: &[(String, ArgValue)]) -> bool {
    p.iter().all(|(role, v)| {
        let theirs: Vec<&ArgValue> = r
            .iter()
            .filter(|(r2, _)| r2 == role)
            .map(|(_, x)| x)
            .collect();
        theirs.is_empty()
            || theirs.iter().any(|x| match (x, v) {
                (ArgValue::Text(a, ..), ArgValue::Text(b, ..)) => {
                    let (a, b) = (squash(a), squash(b));
                    a.contains(&b) || b.contains(&a)
                }
                _ => *x == v,
            })
    })
}

/// Whether two relations of one type restate each other: they share a role, and on every
/// role both state, their values agree (texts may contain each other).
fn compatible(a: &[(String, ArgValue)], b: &[(String, ArgValue)], an: &Analysis<'_>) -> bool {
    fn values<'v>(x: &'v [(String, ArgValue)], role: &str) -> Vec<&'v ArgValue> {
        x.iter()
            .filter(|(r, _)| r == role)
            .map(|(_, v)| v)
            .collect()
    }
    let mut shared = false;
    for (i, (role, _)) in a.iter().enumerate() {
        if a[..i].iter().any(|(r, _)| r == role) || !b.iter().any(|(r, _)| r == role) {
            continue;
        }
        shared = true;
        let (va, vb) = (values(a, role), values(b, role));
        let agree = match (va[0], vb[0]) {
            (ArgValue::Text(x, ..), ArgValue::Text(y, ..)) => either_contains(x, y),
            // One restatement names the entity, the other a phrase around it
            // (`인도네시아` and `인도네시아 배터리 공장`).
            (ArgValue::Entity(e), ArgValue::Text(t, ..))
            | (ArgValue::Text(t, ..), ArgValue::Entity(e))
                if va.len() == 1 && vb.len() == 1 =>
            {
                let t = squash(t);
                entity_texts(an, *e)
                    .iter()
                    .any(|name| !name.is_empty() && t.contains(&squash(name)))
            }
            // `강창희 국회의장` and `강창희 의장`: a title and its short form.
            (ArgValue::Entity(x), ArgValue::Entity(y))
                if va.len() == 1 && vb.len() == 1 && x != y =>
            {
                short_title_of(an, *x, *y) || short_title_of(an, *y, *x)
            }
            _ => va.len() == vb.len() && va.iter().all(|v| vb.contains(v)),
        };
        if !agree {
            return false;
        }
    }
    shared
}

/// Prefixes that make another rank of a title, not a longer name of it (`부회장`, `명예회장`,
/// `원내대표`, `수석부위원장`).
const RANK_PREFIXES: &[&str] = &[
    "부",
    "명예",
    "수석",
    "원내",
    "공동",
    "상임",
    "직무대행",
    "전",
    "前",
];

/// Whether TITLE entity `short` is the short form of TITLE entity `long`: `의장` of `국회의장`,
/// `위원장` of `정보위원장` — the long title ends with the short one after a prefix of two
/// syllables or more that is no rank of its own.
fn short_title_of(an: &Analysis<'_>, short: usize, long: usize) -> bool {
    let (Some(s), Some(l)) = (
        an.resolved.entities.get(short),
        an.resolved.entities.get(long),
    ) else {
        return false;
    };
    if s.kind != EntityType::Title || l.kind != EntityType::Title {
        return false;
    }
    l.canonical
        .strip_suffix(s.canonical.as_str())
        .is_some_and(|prefix| {
            prefix.chars().count() >= 2
                && prefix.chars().all(|c| Script::of(c).is_word())
                && !RANK_PREFIXES.iter().any(|r| prefix.ends_with(r))
        })
}

/// Whether one text contains the other, spaces ignored.
fn either_contains(x: &str, y: &str) -> bool {
    if x.contains(char::is_whitespace) || y.contains(char::is_whitespace) {
        let (x, y) = (squash(x), squash(y));
        x.contains(&y) || y.contains(&x)
    } else {
        x.contains(y) || y.contains(x)
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
