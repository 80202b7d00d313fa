//! [`Explanation`]: what [`Extractor::explanation`](crate::Extractor::explanation) found in a
//! text and why each rule whose trigger occurs did or did not fire, as data and as text.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::document::Document;

/// What korex found in a text and, for every rule whose trigger occurs, whether it fired or
/// which argument was missing. Serializes to JSON; `Display` gives the text of
/// `korex explain`.
///
/// ```
/// let ex = korex::Extractor::default();
/// let why = ex.explanation("오픈AI는 한국산업은행과 MOU를 체결했다.", None);
/// let mou = why.attempts.iter().find(|a| a.rule.starts_with("mou.") && a.fired).unwrap();
/// assert!(mou.trigger.starts_with("MOU"), "{}", mou.trigger);
/// assert_eq!(why.document.relations[0].kind, "mou");
/// assert!(why.to_string().contains("fired"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Explanation {
    /// The document `extract` gives for the text.
    pub document: Document,
    /// The sentences the rules read, in order (normalized text).
    pub sentences: Vec<String>,
    /// One attempt per rule and trigger occurrence, in sentence order.
    pub attempts: Vec<RuleAttempt>,
}

/// One rule tried on one trigger occurrence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleAttempt {
    /// The rule id (`mou.topic-with-partner`).
    pub rule: String,
    /// The index of the sentence in [`Explanation::sentences`].
    pub sentence: usize,
    /// The trigger word or verb that occurred.
    pub trigger: String,
    /// Whether the rule gave at least one relation.
    pub fired: bool,
    /// How many relations it gave.
    pub relations: usize,
    /// Why it did not fire (the argument that was missing), when it did not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl fmt::Display for Explanation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let doc = &self.document;
        writeln!(f, "entities:")?;
        for e in &doc.entities {
            let mentions: Vec<String> = e
                .mentions
                .iter()
                .map(|m| format!("{}@{}({})", m.text, m.char_start, m.source.as_str()))
                .collect();
            writeln!(
                f,
                "  {} {} {} [{}]",
                e.id,
                e.kind,
                e.canonical,
                mentions.join(", ")
            )?;
        }
        writeln!(f, "sentences:")?;
        for (i, s) in self.sentences.iter().enumerate() {
            writeln!(f, "  [{i}] {s}")?;
        }
        writeln!(f, "rules:")?;
        if self.attempts.is_empty() {
            writeln!(f, "  (no rule's trigger occurs)")?;
        }
        for at in &self.attempts {
            match &at.reason {
                None => writeln!(
                    f,
                    "  [{}] rule {} on `{}`: fired ({} relation{})",
                    at.sentence,
                    at.rule,
                    at.trigger,
                    at.relations,
                    if at.relations == 1 { "" } else { "s" }
                )?,
                Some(why) => writeln!(
                    f,
                    "  [{}] rule {} on `{}`: did not fire: {why}",
                    at.sentence, at.rule, at.trigger
                )?,
            }
        }
        writeln!(f, "relations:")?;
        for r in &doc.relations {
            let args: Vec<String> = r
                .args
                .iter()
                .map(|a| match (&a.entity, &a.text) {
                    (Some(id), _) => format!(
                        "{}={}",
                        a.role,
                        doc.entity(id).map_or(id.as_str(), |e| e.canonical.as_str())
                    ),
                    (None, Some(t)) => format!("{}=\"{t}\"", a.role),
                    _ => a.role.clone(),
                })
                .collect();
            writeln!(f, "  {}({})  [{}]", r.kind, args.join(", "), r.rule)?;
        }
        Ok(())
    }
}
