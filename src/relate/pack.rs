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
    rule: Vec<toml::Spanned<RawRule>>,
    #[serde(default)]
    example: Vec<toml::Spanned<RawExample>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    name: String,
    /// Dictionaries the pack's examples need, relative to the pack file.
    #[serde(default)]
    dictionaries: Vec<String>,
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
    sequence: Vec<toml::Spanned<RawArg>>,
    #[serde(default)]
    args: Vec<toml::Spanned<RawArg>>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    then: Vec<String>,
    #[serde(default)]
    require: std::collections::BTreeMap<String, usize>,
    #[serde(default)]
    gap_words: Vec<String>,
    #[serde(default)]
    joins: bool,
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
    #[serde(default)]
    inside: Vec<String>,
    #[serde(default)]
    not_endings: Vec<String>,
    #[serde(default)]
    not_after: Vec<String>,
    #[serde(default)]
    not_before: Vec<String>,
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
    after_phrase: Option<String>,
    #[serde(default)]
    from_trigger: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    same_as: Option<String>,
    #[serde(default)]
    from: Option<String>,
    #[serde(default)]
    joined_by: Vec<String>,
    #[serde(default)]
    heads: Vec<String>,
    #[serde(default)]
    not_heads: Vec<String>,
    #[serde(default)]
    through: Vec<String>,
    #[serde(default)]
    skip: bool,
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
    /// The goal noun phrase (`…에`, `…에는`) before the trigger.
    Goal,
    /// The place noun phrase (`…에서`, `…에서는`) before the trigger.
    Place,
    /// The noun phrase right before the trigger word (`AI 펀드 조성`).
    Preceding,
    /// The noun phrase the trigger (a relative verb) modifies (`설립한 일본 도쿄지사`).
    Following,
    /// The event noun phrase ending with the trigger word (`…에서 열린 행사`).
    Event,
    /// The first object or subject phrase after the trigger, else the first place phrase
    /// (`A가 참석한 가운데 …대회를 열고`, `… 가운데 열린 임원 세미나에서`).
    After,
    /// A topic or subject phrase before the trigger, the farthest first (`경축연회가 … 1000명이
    /// 참석한 가운데 열린다`: the event, not the attendees).
    Topic,
}

/// Where an argument's value comes from besides the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum From {
    Sentence,
    /// The news agency of the dateline (`[서울=뉴시스]`).
    Dateline,
    /// When the sentence names none: the last event named in an earlier sentence of the
    /// document (the games a sports report names in its lede, before `X가 출전했다`).
    Earlier,
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
    /// Only mentions after the named phrase argument (`개막식에는 A 회장, B 사장 등 200여명이
    /// 참석했다`: the attendees stand between the event and the verb).
    pub(crate) after_phrase: Option<String>,
    /// Trigger words that name the value themselves, with its canonical name (`방한` →
    /// `한국`): the document's entity of that name, or the name as text.
    pub(crate) from_trigger: Vec<(String, String)>,
    /// When the argument finds nothing, it takes the values of this other role (a body set
    /// up with no founder named is its own `organization`).
    pub(crate) same_as: Option<String>,
    pub(crate) from: From,
    /// Sequence rules: what may stand between this element and the next (`의`, `인`, `이던`).
    pub(crate) joined_by: Vec<String>,
    /// Phrase arguments: the phrase must end with one of these nouns (an event: `…식`, `…회의`);
    /// `from = "earlier"` arguments: the event's name must.
    pub(crate) heads: Vec<String>,
    /// Phrase arguments: a phrase ending with one of these nouns blocks the rule
    /// (`회의를 열다` is no establishment).
    pub(crate) not_heads: Vec<String>,
    /// Entity arguments: a bare name before one of these nouns takes the noun's particle
    /// (`애플 본사를` → object).
    pub(crate) through: Vec<String>,
    /// Sequence rules: the element must be there but gives no argument (the first of two
    /// titles: `경제부총리 겸 기획재정부 장관`).
    pub(crate) skip: bool,
    /// Entity arguments whose own role a phrase checks (`same_as` naming its own role): the
    /// topic is what the participle phrase names, so a subject between it and the trigger is
    /// the participle clause's, and blocks it no more (`X는 A가 설립한 …이다`).
    pub(crate) predicated: bool,
}

/// What makes a rule look at a sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Trigger {
    pub(crate) words: Vec<String>,
    pub(crate) verbs: Vec<String>,
    pub(crate) max_gap: usize,
    pub(crate) particles: Vec<Role>,
    /// Trigger words matched inside a word too (`한미정상회담`, `만찬회동`).
    pub(crate) inside: Vec<String>,
    /// Word endings after the trigger that rule it out (`한` in `참석한 조직원`: a relative
    /// clause, whose verb has no attendee in the sentence's topic).
    pub(crate) not_endings: Vec<String>,
    /// Words right before the trigger that rule it out (`말을` in `관계자의 말을 빌려`: a
    /// quote, not a lease).
    pub(crate) not_after: Vec<String>,
    /// Nouns right after a bare verbal noun trigger that make it a modifier, no act (`창당
    /// 작업의`: the object before it belongs to another verb).
    pub(crate) not_before: Vec<String>,
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
    /// Stems one of which must start a word among the few after the trigger, in its sentence
    /// (`…공연을 위해 오키나와로 떠난`: a purpose names an attendance only before a journey).
    pub(crate) then: Vec<String>,
    /// Minimum number of values per role (`party = 2`).
    pub(crate) require: Vec<(String, usize)>,
    /// Sequence rules: words that may stand between two elements (`전`, `신임`, `제#대`).
    pub(crate) gap_words: Vec<String>,
    /// What the rule finds joins the relation of its type stated in the sentence before
    /// (`이날 회담에는 …도 배석했다` adds participants to the meeting just reported) and is
    /// no relation of its own.
    pub(crate) joins: bool,
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
    pub(crate) dictionaries: Vec<std::path::PathBuf>,
}

impl RulePack {
    /// Parses a pack from TOML text; `origin` names it in errors.
    ///
    /// # Errors
    ///
    /// A TOML syntax error, an unknown field, an invalid rule or an example that names an
    /// unknown rule, each with the origin and the 1-based line (from the TOML parser's spans).
    pub fn parse(origin: &str, toml_text: &str) -> Result<RulePack> {
        let toml_text = toml_text.strip_prefix('\u{feff}').unwrap_or(toml_text);
        let lines = LineIndex::new(toml_text);
        let raw: RawPack = toml::from_str(toml_text).map_err(|e| {
            let line = e.span().map(|s| lines.line_of(s.start));
            let message = e.message().trim_end();
            // The parser's own rendering keeps the column and the offending snippet.
            let detail = match e.span() {
                Some(span) => format!(
                    "{message} (column {})",
                    lines.column_of(toml_text, span.start)
                ),
                None => message.to_string(),
            };
            Error::at(origin, line, ErrorKind::RulePack(detail))
        })?;
        let mut rules = Vec::with_capacity(raw.rule.len());
        let mut seen = std::collections::HashSet::new();
        for spanned in raw.rule {
            let line = Some(lines.line_of(spanned.span().start));
            let r = spanned.into_inner();
            let err = |msg: String| {
                let msg = if r.id.trim().is_empty() {
                    format!("rule: {msg}")
                } else {
                    format!("rule `{}`: {msg}", r.id)
                };
                Error::at(origin, line, ErrorKind::RulePack(msg))
            };
            if r.id.trim().is_empty() {
                return Err(err("empty rule id".into()));
            }
            if !seen.insert(r.id.clone()) {
                return Err(err("duplicate rule id".into()));
            }
            // An invalid argument is reported at its own line, the rest at the rule's.
            let compiled = compile_rule(&r).map_err(|(at, msg)| match at {
                Some(pos) => {
                    let e = err(msg);
                    Error::at(origin, Some(lines.line_of(pos)), e.into_kind())
                }
                None => err(msg),
            })?;
            rules.push(compiled);
        }
        let rule_ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
        let mut examples = Vec::with_capacity(raw.example.len());
        for spanned in raw.example {
            let line = lines.line_of(spanned.span().start);
            let ex = spanned.into_inner();
            let err = |msg: String| Error::at(origin, Some(line), ErrorKind::RulePack(msg));
            let reference_date = match &ex.reference_date {
                None => None,
                Some(d) => Some(parse_iso_date(d).ok_or_else(|| {
                    err(format!("example reference_date `{d}` is not YYYY-MM-DD"))
                })?),
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
        let dictionaries = raw
            .pack
            .as_ref()
            .map(|m| {
                m.dictionaries
                    .iter()
                    .map(std::path::PathBuf::from)
                    .collect()
            })
            .unwrap_or_default();
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
            dictionaries,
        })
    }

    /// Reads and parses a pack file; the dictionaries its `[pack]` names resolve against the
    /// pack file's folder.
    ///
    /// # Errors
    ///
    /// A file that cannot be read or is not UTF-8, or any error of [`parse`](Self::parse).
    pub fn from_file(path: impl AsRef<std::path::Path>) -> Result<RulePack> {
        let path = path.as_ref();
        let text = crate::error::read_utf8(path)?;
        let mut pack = RulePack::parse(&path.display().to_string(), &text)?;
        let dir = path.parent().unwrap_or_else(|| std::path::Path::new(""));
        for d in &mut pack.dictionaries {
            if d.is_relative() {
                *d = dir.join(&*d);
            }
        }
        Ok(pack)
    }

    /// The dictionary files the pack's examples need (`[pack] dictionaries = ["mine.tsv"]`);
    /// [`ExtractorBuilder::build`](crate::ExtractorBuilder::build) loads them with the pack.
    pub fn dictionaries(&self) -> &[std::path::PathBuf] {
        &self.dictionaries
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

/// Line starts of a text, so that every span's line is one binary search.
struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex(starts)
    }

    /// The 1-based line of byte `pos`.
    fn line_of(&self, pos: usize) -> usize {
        self.0.partition_point(|&s| s <= pos)
    }

    /// The 1-based column (in characters) of byte `pos`.
    fn column_of(&self, text: &str, pos: usize) -> usize {
        let start = self.0[self.line_of(pos) - 1];
        let pos = pos.min(text.len());
        text.get(start..pos).map_or(1, |s| s.chars().count() + 1)
    }
}

/// Exactly `YYYY-MM-DD` (chrono alone also takes `2024-2-9` and `+2024-11-27`).
pub(crate) fn parse_iso_date(s: &str) -> Option<chrono::NaiveDate> {
    let b = s.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
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
            ("place", Phrase::Place),
            ("preceding", Phrase::Preceding),
            ("following", Phrase::Following),
            ("event", Phrase::Event),
            ("after", Phrase::After),
            ("topic", Phrase::Topic),
        ],
    )?;
    let from = keyword(
        role,
        "from",
        a.from.as_deref(),
        &[
            ("sentence", From::Sentence),
            ("dateline", From::Dateline),
            ("earlier", From::Earlier),
        ],
    )?
    .unwrap_or(From::Sentence);
    let types = parse_types(&a.types).map_err(|m| format!("arg `{}`: {m}", a.role))?;
    if from == From::Earlier && types != [EntityType::Event] {
        return Err(format!(
            "arg `{}`: `from = \"earlier\"` takes `types = [\"EVENT\"]`",
            a.role
        ));
    }
    if types.is_empty() && phrase.is_none() {
        return Err(format!("arg `{}`: give `types` or a text `phrase`", a.role));
    }
    if a.role.trim().is_empty() {
        return Err("an arg has an empty role".into());
    }
    if phrase.is_none() && !a.not_heads.is_empty() {
        return Err(format!(
            "arg `{}`: `not_heads` belong to a text `phrase`",
            a.role
        ));
    }
    if phrase.is_none() && from != From::Earlier && !a.heads.is_empty() {
        return Err(format!(
            "arg `{}`: `heads` belong to a text `phrase` or to `from = \"earlier\"`",
            a.role
        ));
    }
    let trigger_words: Vec<String> = a.from_trigger.keys().cloned().collect();
    let trigger_values: Vec<String> = a.from_trigger.values().cloned().collect();
    for (field, words) in [
        ("from_trigger", &trigger_words),
        ("from_trigger values", &trigger_values),
        ("followed_by", &a.followed_by),
        ("joined_by", &a.joined_by),
        ("heads", &a.heads),
        ("not_heads", &a.not_heads),
        ("through", &a.through),
    ] {
        check_words(format_args!("arg `{}`: {field}", a.role), words)?;
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
        after_phrase: a.after_phrase.clone(),
        from_trigger: a
            .from_trigger
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        same_as: a.same_as.clone(),
        from,
        joined_by: a.joined_by.clone(),
        heads: a.heads.clone(),
        not_heads: a.not_heads.clone(),
        through: a.through.clone(),
        skip: a.skip,
        predicated: false,
    })
}

/// Words a rule matches against the text: non-empty, and without spaces around them (a
/// space inside, `투자 유치`, is fine).
/// `what` names the field in an error; it is formatted only then (a pack of many rules
/// checks every field of every argument).
fn check_words(what: impl std::fmt::Display, words: &[String]) -> std::result::Result<(), String> {
    for w in words {
        if w.trim().is_empty() {
            return Err(format!("{what} has an empty word"));
        }
        if w.trim() != w {
            return Err(format!("{what}: `{w}` has spaces around it"));
        }
    }
    Ok(())
}

/// The roles of the nine built-in relation types and the entity types each role takes
/// (`SCHEMA.md`); a text role takes a `phrase`. Other relation types are the user's own.
fn builtin_roles(relation: &str) -> Option<&'static [(&'static str, &'static [EntityType])]> {
    use EntityType::*;
    const NAMES: &[EntityType] = &[Org, Person, Location];
    const DATE: &[EntityType] = &[Date];
    const AMOUNT: &[EntityType] = &[Amount];
    Some(match relation {
        "mou" => &[("party", &[Org]), ("date", DATE)],
        "visit" => &[
            ("visitor", &[Person, Org]),
            ("destination", &[Location, Org]),
            ("date", DATE),
            ("host", NAMES),
        ],
        "meeting" => &[
            ("participant", &[Person, Org, Location]),
            ("date", DATE),
            ("place", &[Location, Org]),
        ],
        "attendance" => &[
            ("attendee", &[Person, Org]),
            ("event", &[Event]),
            ("date", DATE),
        ],
        "investment" => &[
            ("investor", NAMES),
            ("target", &[Org, Person, Location, Event]),
            ("amount", AMOUNT),
            ("date", DATE),
        ],
        "funding" => &[
            ("recipient", NAMES),
            ("amount", AMOUNT),
            ("date", DATE),
            ("investor", NAMES),
        ],
        "lease" => &[("lessee", NAMES), ("lessor", NAMES), ("date", DATE)],
        "establishment" => &[
            ("organization", NAMES),
            ("what", &[Org, Location, Event]),
            ("location", &[Location]),
            ("amount", AMOUNT),
            ("date", DATE),
        ],
        "position" => &[
            ("person", &[Person]),
            ("title", &[Title]),
            ("organization", &[Org, Location]),
            ("date", DATE),
        ],
        _ => return None,
    })
}

/// A relation type is a lower-case word: `mou`, `hire`, `supply_deal`.
fn is_relation_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// The largest `require` count a rule may ask for: more values than any sentence names.
const MAX_REQUIRE: usize = 16;

fn compile_args(
    raw: &[toml::Spanned<RawArg>],
) -> std::result::Result<Vec<ArgSpec>, (Option<usize>, String)> {
    raw.iter()
        .map(|a| compile_arg(a.get_ref()).map_err(|m| (Some(a.span().start), m)))
        .collect()
}

/// Compiles a rule; an error carries the byte offset of the argument it is about, if any.
fn compile_rule(r: &RawRule) -> std::result::Result<Rule, (Option<usize>, String)> {
    let sequence = compile_args(&r.sequence)?;
    let mut args = compile_args(&r.args)?;
    let checked: Vec<String> = args
        .iter()
        .filter(|a| a.phrase.is_some() && a.same_as.as_ref() == Some(&a.role))
        .map(|a| a.role.clone())
        .collect();
    for a in args.iter_mut().filter(|a| a.phrase.is_none()) {
        a.predicated = checked.contains(&a.role);
    }
    compile_rule_body(r, sequence, args).map_err(|m| (None, m))
}

fn compile_rule_body(
    r: &RawRule,
    sequence: Vec<ArgSpec>,
    args: Vec<ArgSpec>,
) -> std::result::Result<Rule, String> {
    if r.relation.trim().is_empty() {
        return Err("empty relation".into());
    }
    if !is_relation_word(&r.relation) {
        return Err(format!(
            "relation `{}` is not a lower-case word (letters a-z, digits, `_`, `-`)",
            r.relation
        ));
    }
    check_words("unless", &r.unless)?;
    check_words("then", &r.then)?;
    check_words("gap_words", &r.gap_words)?;
    let trigger = match &r.trigger {
        None => None,
        Some(t) => {
            if t.words.is_empty() && t.verbs.is_empty() {
                return Err("trigger needs `words` or `verbs`".into());
            }
            check_words("trigger", &t.words)?;
            check_words("trigger", &t.verbs)?;
            check_words("trigger inside", &t.inside)?;
            check_words("trigger not_endings", &t.not_endings)?;
            check_words("trigger not_after", &t.not_after)?;
            check_words("trigger not_before", &t.not_before)?;
            if let Some(w) = t
                .inside
                .iter()
                .find(|w| !t.words.contains(w) && !t.verbs.contains(w))
            {
                return Err(format!(
                    "trigger inside: `{w}` is none of the trigger's words or verbs"
                ));
            }
            Some(Trigger {
                words: t.words.clone(),
                verbs: t.verbs.clone(),
                max_gap: t.max_gap.unwrap_or(8),
                particles: parse_roles(&t.particles)?,
                inside: t.inside.clone(),
                not_endings: t.not_endings.clone(),
                not_after: t.not_after.clone(),
                not_before: t.not_before.clone(),
            })
        }
    };
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
    if let Some(a) = args.iter().find(|a| a.skip || !a.joined_by.is_empty()) {
        return Err(format!(
            "arg `{}`: `skip` and `joined_by` belong to `sequence` elements",
            a.role
        ));
    }
    if !sequence.is_empty() {
        if let Some(a) = args.iter().find(|a| a.from != From::Dateline) {
            return Err(format!(
                "arg `{}`: a sequence rule takes its arguments from the `sequence`; beside it only `from = \"dateline\"` args are allowed",
                a.role
            ));
        }
    } else if !r.gap_words.is_empty() {
        return Err("`gap_words` belong to a `sequence` rule".into());
    }
    if r.joins && !sequence.is_empty() {
        return Err("`joins` belongs to a rule with a `trigger`".into());
    }
    for (role, &n) in &r.require {
        if !args.iter().chain(&sequence).any(|a| &a.role == role) {
            return Err(format!(
                "require names `{role}`, which is no arg of the rule"
            ));
        }
        if n == 0 || n > MAX_REQUIRE {
            return Err(format!(
                "require `{role} = {n}`: a count from 1 to {MAX_REQUIRE}"
            ));
        }
    }
    if let Some(roles) = builtin_roles(&r.relation) {
        for a in args.iter().chain(&sequence).filter(|a| !a.skip) {
            let Some((_, allowed)) = roles.iter().find(|(name, _)| *name == a.role) else {
                let names: Vec<&str> = roles.iter().map(|(n, _)| *n).collect();
                return Err(format!(
                    "`{}` has no role `{}` (its roles: {})",
                    r.relation,
                    a.role,
                    names.join(", ")
                ));
            };
            if let Some(t) = a.types.iter().find(|t| !allowed.contains(t)) {
                let names: Vec<&str> = allowed.iter().map(|t| t.as_str()).collect();
                return Err(format!(
                    "arg `{}`: the `{}` role of `{}` takes {}, not {}",
                    a.role,
                    a.role,
                    r.relation,
                    names.join("/"),
                    t.as_str()
                ));
            }
        }
    }
    for a in &args {
        if let Some(other) = &a.same_as {
            // A phrase may name its own role: it is then only checked, and the role's entity
            // arg gives the value (`X는 A가 설립한 …이다`: `what` is the topic X). An entity arg
            // may stand in for a phrase arg too, taking its text (`진상조사위원회도 설치됐다`:
            // a body set up with no founder named is its own organization).
            let own_ok = other != &a.role || a.phrase.is_some();
            let names_other = args.iter().any(|b| {
                &b.role == other && (b.phrase.is_none() || (a.phrase.is_none() && b.role != a.role))
            });
            if !own_ok || !names_other {
                return Err(format!(
                    "arg `{}`: `same_as = \"{other}\"` names no other arg of the rule it may copy",
                    a.role
                ));
            }
        }
        let named = [&a.or_inside, &a.prefer_inside, &a.after_phrase];
        for inside in named.into_iter().flatten() {
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
        then: r.then.clone(),
        require: r.require.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        gap_words: r.gap_words.clone(),
        joins: r.joins,
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
            "p.toml:5: rule `x.bad`: arg `party`: unknown entity type `COMPANY`"
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
        let err = RulePack::parse(
            "p.toml",
            "[[rule]]\nid = \"x.join\"\nrelation = \"position\"\njoins = true\nsequence = [{ role = \"person\", types = [\"PERSON\"] }, { role = \"title\", types = [\"TITLE\"] }]\n",
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("rule `x.join`: `joins` belongs to a rule with a `trigger`"),
            "{err}"
        );
    }

    #[test]
    fn an_entity_arg_may_stand_in_with_a_phrase_arg() {
        let rule = |args: &str| {
            format!("[[rule]]\nid = \"x.s\"\nrelation = \"establishment\"\ntrigger = {{ words = [\"설치됐\"] }}\nargs = [{args}]\n")
        };
        let ok = RulePack::parse(
            "p.toml",
            &rule(
                r#"{ role = "what", phrase = "topic" }, { role = "organization", types = ["ORG"], same_as = "what" }"#,
            ),
        );
        assert!(ok.is_ok(), "{ok:?}");
        // A phrase copies no other phrase: only an entity arg stands in.
        let err = RulePack::parse(
            "p.toml",
            &rule(r#"{ role = "what", phrase = "topic" }, { role = "organization", phrase = "object", same_as = "what" }"#),
        )
        .unwrap_err();
        assert!(err.to_string().contains("names no other arg"), "{err}");
    }

    #[test]
    fn heads_belong_to_phrases_and_earlier_events() {
        let rule = |arg: &str| {
            format!("[[rule]]\nid = \"x.h\"\nrelation = \"attendance\"\ntrigger = {{ words = [\"소감\"] }}\nargs = [{arg}]\n")
        };
        let err = RulePack::parse(
            "p.toml",
            &rule(r#"{ role = "attendee", types = ["PERSON"], heads = ["식"] }"#),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("`heads` belong to a text `phrase` or to `from = \"earlier\"`"),
            "{err}"
        );
        let ok = RulePack::parse(
            "p.toml",
            &rule(r#"{ role = "event", types = ["EVENT"], from = "earlier", heads = ["시상식"] }"#),
        );
        assert!(ok.is_ok(), "{ok:?}");
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
