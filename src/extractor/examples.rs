//! Checking rule packs' examples: what an example expected, what the rules found, and hints
//! when they differ.

use crate::document::{Document, Relation};
use crate::relate::pack::{Expectation, RulePack};

/// An example of a rule pack that did not give what it expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The pack's file or source name.
    pub pack: String,
    /// The line of the example in the pack.
    pub line: usize,
    /// The rule the example names, if any.
    pub rule: Option<String>,
    /// The example text.
    pub text: String,
    /// What the example expects.
    pub expected: Vec<String>,
    /// What the rules found (relation types of the pack only).
    pub found: Vec<String>,
    /// Hints: an expected argument that no entity of the text names (`expected party
    /// 미래센서: no entity with that name was found; add it to a dictionary`).
    pub notes: Vec<String>,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}:{}: example of rule {} failed",
            self.pack,
            self.line,
            self.rule.as_deref().unwrap_or("(any)")
        )?;
        writeln!(f, "  text:     {}", self.text)?;
        writeln!(f, "  expected: {}", self.expected.join("; "))?;
        write!(f, "  found:    {}", self.found.join("; "))?;
        for note in &self.notes {
            write!(f, "\n  note:     {note}")?;
        }
        Ok(())
    }
}

/// Whether some rule of the pack fills `role` of `relation` with an entity (not a text).
pub(super) fn is_entity_role(pack: &RulePack, relation: &str, role: &str) -> bool {
    pack.rules
        .iter()
        .filter(|r| r.relation == relation)
        .flat_map(|r| r.args.iter().chain(&r.sequence))
        .any(|a| a.role == role && a.phrase.is_none() && !a.types.is_empty())
}

/// Whether an entity of the document has this canonical name or a mention written so.
pub(super) fn names_entity(doc: &Document, name: &str) -> bool {
    doc.entities
        .iter()
        .any(|e| e.canonical == name || e.mentions.iter().any(|m| m.text == name))
}

/// A relation in the expectation form: entities by canonical name, texts as written.
pub(super) fn describe_relation(doc: &Document, r: &Relation) -> Expectation {
    let mut args: Vec<(String, String)> = r
        .args
        .iter()
        .map(|a| {
            let value = match (&a.entity, &a.text) {
                (Some(id), _) => doc
                    .entity(id)
                    .map_or_else(|| id.clone(), |e| e.canonical.clone()),
                (None, Some(t)) => t.clone(),
                (None, None) => String::new(),
            };
            (a.role.clone(), value)
        })
        .collect();
    args.sort();
    Expectation {
        relation: r.kind.clone(),
        args,
    }
}

pub(super) fn render_expectation(e: &Expectation) -> String {
    let args: Vec<String> = e.args.iter().map(|(r, v)| format!("{r}={v}")).collect();
    format!("{}({})", e.relation, args.join(", "))
}
