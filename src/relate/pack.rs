//! Rule packs: TOML files parsed strictly (unknown fields are errors) into raw structs, then
//! validated into compiled [`Rule`]s. Each pack carries its own examples, which are its tests.

use serde::Deserialize;

use crate::document::EntityType;
use crate::error::{Error, ErrorKind, Result};
use crate::text::Role;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    #[serde(default)]
    pack: Option<RawMeta>,
    #[serde(default)]
    rule: Vec<RawRule>,
    #[serde(default)]
    example: Vec<RawExample>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    name: String,
    /// For people reading the pack.
    #[serde(default, rename = "description")]
    _description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    relation: String,
    #[serde(default)]
    priority: i32,
    #[serde(default)]
    trigger: Option<RawTrigger>,
    #[serde(default)]
    sequence: Vec<RawArg>,
    #[serde(default)]
    args: Vec<RawArg>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    require: std::collections::BTreeMap<String, usize>,
    /// For people reading the pack.
    #[serde(default, rename = "description")]
    _description: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTrigger {
    #[serde(default)]
    words: Vec<String>,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    max_gap: Option<usize>,
    #[serde(default)]
    particles: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawArg {
    role: String,
    #[serde(default)]
    types: Vec<String>,
    #[serde(default)]
    particles: Vec<String>,
    #[serde(default)]
    position: Option<String>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    optional: bool,
    #[serde(default)]
    many: bool,
    #[serde(default)]
    split: bool,
    #[serde(default)]
    carry_over: bool,
    #[serde(default)]
    min: Option<usize>,
    #[serde(default)]
    max_distance: Option<usize>,
    #[serde(default)]
    followed_by: Vec<String>,
    #[serde(default)]
    phrase: Option<String>,
    #[serde(default)]
    or_inside: Option<String>,
    #[serde(default)]
    prefer_inside: Option<String>,
    #[serde(default)]
    from: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExample {
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
    #[serde(default)]
    rule: Option<String>,
    expect: Vec<String>,
}

/// Where an argument may stand relative to the trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Position {
    Before,
    After,
    Any,
}

/// How far from the trigger an argument may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The clause of the trigger (between clause-ending words).
    Clause,
    /// The whole sentence.
    Sentence,
}

/// A free-text argument: which phrase around the trigger it copies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phrase {
    /// The object noun phrase (`…를`) before the trigger.
    Object,
    /// The goal noun phrase (`…에`) before the trigger.
    Goal,
    /// The noun phrase right before the trigger word (`AI 펀드 조성`).
    Preceding,
    /// The noun phrase the trigger (a relative verb) modifies (`설립한 일본 도쿄지사`).
    Following,
    /// The event noun phrase ending with the trigger word (`…에서 열린 행사`).
    Event,
}

/// Where an argument's value comes from besides the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum From {
    Sentence,
    /// The news agency of the dateline (`[서울=뉴시스]`).
    Dateline,
}

/// One argument slot of a rule.
#[derive(Debug, Clone)]
pub(crate) struct ArgSpec {
    pub(crate) role: String,
    pub(crate) types: Vec<EntityType>,
    pub(crate) particles: Vec<Role>,
    pub(crate) position: Position,
    pub(crate) scope: Scope,
    pub(crate) optional: bool,
    pub(crate) many: bool,
    pub(crate) split: bool,
    pub(crate) carry_over: bool,
    pub(crate) min: usize,
    pub(crate) max_distance: Option<usize>,
    pub(crate) followed_by: Vec<String>,
    pub(crate) phrase: Option<Phrase>,
    pub(crate) or_inside: Option<String>,
    pub(crate) prefer_inside: Option<String>,
    pub(crate) from: From,
}

/// What makes a rule look at a sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Trigger {
    pub(crate) words: Vec<String>,
    pub(crate) verbs: Vec<String>,
    pub(crate) max_gap: usize,
    pub(crate) particles: Vec<Role>,
}

/// A compiled rule.
#[derive(Debug, Clone)]
pub(crate) struct Rule {
    pub(crate) id: String,
    pub(crate) relation: String,
    pub(crate) priority: i32,
    pub(crate) trigger: Option<Trigger>,
    /// Apposition rules: adjacent mentions in this order.
    pub(crate) sequence: Vec<ArgSpec>,
    pub(crate) args: Vec<ArgSpec>,
    pub(crate) unless: Vec<String>,
    /// Minimum number of values per role (`party = 2`).
    pub(crate) require: Vec<(String, usize)>,
}

/// One example of a pack: a text and the relations it must give.
#[derive(Debug, Clone)]
pub struct Example {
    /// The example text.
    pub text: String,
    /// The reference date for relative dates.
    pub reference_date: Option<chrono::NaiveDate>,
    /// The rule the example is written for, if it names one.
    pub rule: Option<String>,
    /// Expected relations, as `type(role=canonical, …)`.
    pub expect: Vec<String>,
    /// The 1-based line of the example in its pack.
    pub line: usize,
}

/// A loaded rule pack: its rules and its examples.
///
/// ```
/// let pack = korex::RulePack::parse("mine.toml", r#"
/// [[rule]]
/// id = "hire.joined"
/// relation = "hire"
/// trigger = { verbs = ["합류"] }
/// args = [
///   { role = "person", types = ["PERSON"], particles = ["topic", "subject"] },
///   { role = "organization", types = ["ORG"], particles = ["goal"] },
/// ]
///
/// [[example]]
/// text = "김하늘 대표는 퓨처랩스에 합류했다."
/// expect = ["hire(person=김하늘, organization=퓨처랩스)"]
/// "#)?;
/// assert_eq!(pack.rule_ids(), ["hire.joined"]);
/// assert_eq!(pack.examples().len(), 1);
/// # Ok::<(), korex::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct RulePack {
    pub(crate) name: String,
    pub(crate) origin: String,
    pub(crate) rules: Vec<Rule>,
    pub(crate) examples: Vec<Example>,
}

impl RulePack {
    /// Parses a pack from TOML text; `origin` names it in errors.
    pub fn parse(origin: &str, toml_text: &str) -> Result<RulePack> {
        let raw: RawPack = toml::from_str(toml_text).map_err(|e| {
            let line = e.span().map(|s| line_of(toml_text, s.start));
            Error::at(origin, line, ErrorKind::RulePack(e.message().to_string()))
        })?;
        let mut rules = Vec::with_capacity(raw.rule.len());
        let mut seen = std::collections::HashSet::new();
        for r in raw.rule {
            let line = find_line(toml_text, &format!("\"{}\"", r.id));
            let err = |msg: String| {
                Error::at(
                    origin,
                    line,
                    ErrorKind::RulePack(format!("rule `{}`: {msg}", r.id)),
                )
            };
            if !seen.insert(r.id.clone()) {
                return Err(err("duplicate rule id".into()));
            }
            rules.push(compile_rule(&r).map_err(err)?);
        }
        let rule_ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        let mut examples = Vec::with_capacity(raw.example.len());
        let mut search_from = 0;
        for ex in raw.example {
            let line = toml_text[search_from..]
                .find("[[example]]")
                .map(|i| {
                    search_from += i + 1;
                    line_of(toml_text, search_from - 1)
                })
                .unwrap_or(0);
            let err = |msg: String| Error::at(origin, Some(line), ErrorKind::RulePack(msg));
            let reference_date =
                match &ex.reference_date {
                    None => None,
                    Some(d) => Some(chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(
                        |_| err(format!("example reference_date `{d}` is not YYYY-MM-DD")),
                    )?),
                };
            if let Some(rule) = &ex.rule {
                if !rule_ids.contains(&rule.as_str()) {
                    return Err(err(format!("example names unknown rule `{rule}`")));
                }
            }
            for e in &ex.expect {
                parse_expectation(e).map_err(|m| err(format!("expectation `{e}`: {m}")))?;
            }
            examples.push(Example {
                text: ex.text,
                reference_date,
                rule: ex.rule,
                expect: ex.expect,
                line,
            });
        }
        let name = raw.pack.map(|m| m.name).unwrap_or_else(|| {
            std::path::Path::new(origin)
                .file_stem()
                .map_or_else(|| origin.to_string(), |s| s.to_string_lossy().into_owned())
        });
        Ok(RulePack {
            name,
            origin: origin.to_string(),
            rules,
            examples,
        })
    }

    /// Reads and parses a pack file.
    pub fn from_file(path: impl AsRef<std::path::Path>) -> Result<RulePack> {
        let path = path.as_ref();
        let text = crate::error::read_utf8(path)?;
        RulePack::parse(&path.display().to_string(), &text)
    }

    /// The pack's name (`[pack] name`, else the file stem).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file or source name the pack came from.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The ids of its rules, in order.
    pub fn rule_ids(&self) -> Vec<&str> {
        self.rules.iter().map(|r| r.id.as_str()).collect()
    }

    /// The relation types its rules produce.
    pub fn relation_types(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.rules.iter().map(|r| r.relation.as_str()).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Its examples.
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

fn find_line(text: &str, needle: &str) -> Option<usize> {
    text.find(needle).map(|i| line_of(text, i))
}

fn parse_types(types: &[String]) -> std::result::Result<Vec<EntityType>, String> {
    types
        .iter()
        .map(|t| EntityType::parse(t).ok_or_else(|| format!("unknown entity type `{t}`")))
        .collect()
}

fn parse_roles(roles: &[String]) -> std::result::Result<Vec<Role>, String> {
    roles
        .iter()
        .map(|r| {
            Role::parse(r).ok_or_else(|| {
                format!("unknown particle role `{r}` (expected topic, subject, object, partner, place, goal, possessor, other, bare or compound)")
            })
        })
        .collect()
}

/// One of a field's keywords, or an error listing them; `None` when the field is absent.
fn keyword<T: Copy>(
    role: &str,
    field: &str,
    value: Option<&str>,
    options: &[(&str, T)],
) -> std::result::Result<Option<T>, String> {
    let Some(v) = value else { return Ok(None) };
    match options.iter().find(|(name, _)| *name == v) {
        Some(&(_, t)) => Ok(Some(t)),
        None => {
            let names: Vec<&str> = options.iter().map(|(name, _)| *name).collect();
            Err(format!(
                "arg `{role}`: unknown {field} `{v}` ({})",
                names.join(", ")
            ))
        }
    }
}

fn compile_arg(a: &RawArg) -> std::result::Result<ArgSpec, String> {
    let role = a.role.as_str();
    let position = keyword(
        role,
        "position",
        a.position.as_deref(),
        &[
            ("before", Position::Before),
            ("after", Position::After),
            ("any", Position::Any),
        ],
    )?
    .unwrap_or(Position::Any);
    let scope = keyword(
        role,
        "scope",
        a.scope.as_deref(),
        &[("clause", Scope::Clause), ("sentence", Scope::Sentence)],
    )?
    .unwrap_or(Scope::Clause);
    let phrase = keyword(
        role,
        "phrase",
        a.phrase.as_deref(),
        &[
            ("object", Phrase::Object),
            ("goal", Phrase::Goal),
            ("preceding", Phrase::Preceding),
            ("following", Phrase::Following),
            ("event", Phrase::Event),
        ],
    )?;
    let from = keyword(
        role,
        "from",
        a.from.as_deref(),
        &[("sentence", From::Sentence), ("dateline", From::Dateline)],
    )?
    .unwrap_or(From::Sentence);
    let types = parse_types(&a.types).map_err(|m| format!("arg `{}`: {m}", a.role))?;
    if types.is_empty() && phrase.is_none() {
        return Err(format!("arg `{}`: give `types` or a text `phrase`", a.role));
    }
    if a.role.trim().is_empty() {
        return Err("an arg has an empty role".into());
    }
    Ok(ArgSpec {
        role: a.role.clone(),
        types,
        particles: parse_roles(&a.particles).map_err(|m| format!("arg `{}`: {m}", a.role))?,
        position,
        scope,
        optional: a.optional,
        many: a.many,
        split: a.split,
        carry_over: a.carry_over,
        min: a.min.unwrap_or(1),
        max_distance: a.max_distance,
        followed_by: a.followed_by.clone(),
        phrase,
        or_inside: a.or_inside.clone(),
        prefer_inside: a.prefer_inside.clone(),
        from,
    })
}

fn compile_rule(r: &RawRule) -> std::result::Result<Rule, String> {
    if r.relation.trim().is_empty() {
        return Err("empty relation".into());
    }
    let trigger = match &r.trigger {
        None => None,
        Some(t) => {
            if t.words.is_empty() && t.verbs.is_empty() {
                return Err("trigger needs `words` or `verbs`".into());
            }
            if t.words.iter().chain(&t.verbs).any(|w| w.trim().is_empty()) {
                return Err("trigger has an empty word".into());
            }
            Some(Trigger {
                words: t.words.clone(),
                verbs: t.verbs.clone(),
                max_gap: t.max_gap.unwrap_or(8),
                particles: parse_roles(&t.particles)?,
            })
        }
    };
    let sequence = r
        .sequence
        .iter()
        .map(compile_arg)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    let args = r
        .args
        .iter()
        .map(compile_arg)
        .collect::<std::result::Result<Vec<_>, _>>()?;
    match (&trigger, sequence.is_empty()) {
        (None, true) => return Err("a rule needs a `trigger` or a `sequence`".into()),
        (Some(_), false) => {
            return Err("a rule has either a `trigger` or a `sequence`, not both".into())
        }
        _ => {}
    }
    if trigger.is_some() && args.is_empty() {
        return Err("a trigger rule needs `args`".into());
    }
    for role in r.require.keys() {
        if !args.iter().chain(&sequence).any(|a| &a.role == role) {
            return Err(format!(
                "require names `{role}`, which is no arg of the rule"
            ));
        }
    }
    for a in &args {
        if let Some(inside) = a.or_inside.as_ref().or(a.prefer_inside.as_ref()) {
            if !args.iter().any(|b| &b.role == inside && b.phrase.is_some()) {
                return Err(format!(
                    "arg `{}`: `{inside}` is no phrase arg of the rule",
                    a.role
                ));
            }
        }
    }
    Ok(Rule {
        id: r.id.clone(),
        relation: r.relation.clone(),
        priority: r.priority,
        trigger,
        sequence,
        args,
        unless: r.unless.clone(),
        require: r.require.iter().map(|(k, v)| (k.clone(), *v)).collect(),
    })
}

/// A parsed expectation: `mou(party=오픈AI, party=한국산업은행, date=2024-11-26)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Expectation {
    pub(crate) relation: String,
    pub(crate) args: Vec<(String, String)>,
}

pub(crate) fn parse_expectation(s: &str) -> std::result::Result<Expectation, String> {
    let s = s.trim();
    let open = s.find('(').ok_or("expected `type(role=value, …)`")?;
    let inner = s[open + 1..]
        .strip_suffix(')')
        .ok_or("missing closing `)`")?;
    let relation = s[..open].trim().to_string();
    if relation.is_empty() {
        return Err("missing relation type".into());
    }
    let mut args = Vec::new();
    for part in inner.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (role, value) = part
            .split_once('=')
            .ok_or_else(|| format!("`{part}` is not role=value"))?;
        args.push((role.trim().to_string(), value.trim().to_string()));
    }
    args.sort();
    Ok(Expectation { relation, args })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_errors_with_lines() {
        let err = RulePack::parse(
            "p.toml",
            "[[rule]]\nid = \"a\"\nrelation = \"mou\"\ntriger = { words = [\"MOU\"] }\n",
        )
        .unwrap_err();
        assert_eq!(err.line(), Some(4), "{err}");
        assert!(err.to_string().contains("unknown field `triger`"), "{err}");
    }

    #[test]
    fn invalid_rules_name_the_rule() {
        let err = RulePack::parse(
            "p.toml",
            "[[rule]]\nid = \"x.bad\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"COMPANY\"] }]\n",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "p.toml:2: rule `x.bad`: arg `party`: unknown entity type `COMPANY`"
        );
        let err = RulePack::parse(
            "p.toml",
            "[[rule]]\nid = \"x.roles\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"ORG\"], particles = [\"subjekt\"] }]\n",
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("unknown particle role `subjekt`"),
            "{err}"
        );
    }

    #[test]
    fn examples_are_checked() {
        let err = RulePack::parse(
            "p.toml",
            "[[rule]]\nid = \"a\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"ORG\"] }]\n\n[[example]]\ntext = \"x\"\nexpect = [\"mou party=a\"]\n",
        )
        .unwrap_err();
        assert_eq!(err.line(), Some(7), "{err}");
        let e = parse_expectation("mou(party=B, party=A, date=2024-11-26)").unwrap();
        assert_eq!(e.relation, "mou");
        assert_eq!(e.args[0], ("date".into(), "2024-11-26".into()));
    }
}
