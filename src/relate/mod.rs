//! Relate: rule packs applied sentence by sentence, restatements merged.
//!
//! A trigger rule fires where its trigger words occur (nouns `MOU`, `업무협약`; predicates
//! `체결`, `맺`, tolerant of endings) and its arguments are found by entity type and particle
//! role in the trigger's clause or sentence, with coordinated lists expanded and a dropped
//! subject carried over from the previous sentences of the paragraph. A sequence rule
//! matches adjacent mentions (`강석훈 한국산업은행 회장`).

pub(crate) mod args;
mod merge;
pub(crate) mod pack;
mod phrase;
mod sequence;
mod trigger;

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind, StartKind};

use crate::document::{EntityType, Source};
use crate::error::{Error, ErrorKind, Result};
use crate::recognize::visit_words;
use crate::text::segment::{guess_particle, Segments};
use crate::text::{FirstChars, PrefixTrie, Role, Script};
use args::Analysis;
use merge::*;
use pack::{ArgSpec, From, Phrase, Position, Rule, RulePack, Scope};
use phrase::*;
use sequence::*;
use trigger::*;

/// `비정상` is "abnormal": the `정상` (summit) of an inside-word trigger read in it, or a talk
/// right after it (`비정상회담`, a talk show's title), names no summit.
const ABNORMAL: &str = "비정상";

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
    /// Per sequence rule: its index and the kinds each of its required elements may have. A
    /// text with no trigger and, for every sequence rule, some required element no mention
    /// can fill gives no relation, and is not analysed; a sentence where one cannot be filled
    /// is not matched against that rule.
    sequence_needs: Vec<(usize, Vec<u32>)>,
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
            .enumerate()
            .filter(|(_, r)| !r.sequence.is_empty())
            .map(|(ri, r)| {
                let needs = r
                    .sequence
                    .iter()
                    .filter(|e| !e.optional)
                    .map(|e| kind_bits(e.types.iter().copied()))
                    .collect();
                (ri, needs)
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
            .any(|(_, needs)| needs.iter().all(|&kinds| kinds & present != 0));
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
                // `비정상회담` ("abnormal talks", a talk show's title) is no summit: neither
                // `정상회담` inside `비정상` nor `회담` right after it names a talk.
                let before = &a.text[w.start..m_start];
                let hit = &a.text[m_start..m_end];
                if before.ends_with(ABNORMAL) || (before.ends_with('비') && hit.starts_with("정상"))
                {
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
        // Each mention judged once for the document, not once per sequence rule tried.
        let no_names = sequence::no_names(a, &verb_words);
        for (si, sentence) in seg.sentences.iter().enumerate() {
            let evidence = (sentence.start, sentence.end);
            // Sequence rules, where the sentence has a mention for each required element.
            let present = kind_bits(
                a.sentence_mentions[si]
                    .clone()
                    .map(|m| a.resolved.mentions[m].kind),
            );
            for (ri, needs) in &self.sequence_needs {
                if !needs.iter().all(|&kinds| kinds & present != 0) {
                    continue;
                }
                let (ri, rule) = (*ri, &self.rules[*ri]);
                for f in match_sequence(a, si, rule, &no_names) {
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
                // Also after a noun trigger (`방북 제안을`: a proposal, not a visit), and
                // after a verb's relative form (`신씨와 만난 주변인`, `대학을 방문한 학부생`):
                // the head noun is the clause's argument, not the sentence's topic.
                let relative = verb && {
                    let w = &a.words[wi];
                    let rest = &a.text[stem_end.min(w.end)..w.end];
                    matches!(rest, "한" | "하는" | "했던" | "하던" | "은" | "는" | "던")
                };
                if stem_end >= a.words[wi].end || relative {
                    let next = a.words.get(wi + 1).map(|w| &a.text[w.start..w.end]);
                    if next.is_some_and(|n| {
                        trigger.not_before.iter().any(|b| n.starts_with(b.as_str()))
                    }) {
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
        glued_place_organizations(a, &mut found);
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
