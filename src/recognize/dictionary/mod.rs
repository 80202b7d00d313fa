//! Dictionary entities: TSV parsing and one prefix index over every surface.
//!
//! Matches count only at Korean word boundaries: a surface must start an eojeol (or follow
//! punctuation or a change of script) and end where the eojeol ends, before a particle chain,
//! before a change of script, or before a compound head (see `text::segment`). The search is
//! a prefix search at those starts only (see [`prefix`]) (after a Bloom filter on the first two characters turns most
//! of them away), which is faster than an unanchored scan and exact: at each start the longest
//! surface is found, and when its end is no boundary, the longest that fits before it, so the
//! longest surface whose end is a boundary wins.

use std::collections::hash_map::Entry as MapEntry;
use std::collections::HashMap;

mod prefix;

use prefix::PrefixIndex;

use super::{Candidate, Label};
use crate::document::{EntityType, Source};
use crate::error::{Error, ErrorKind, Result, Warning};
use crate::extractor::AutomatonKind;
use crate::text::segment::{names_a_post, tail_after, Tail};
use crate::text::word_starts;

/// When a surface may count as a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Condition {
    /// At any word boundary.
    #[default]
    Always,
    /// Only as a whole eojeol, optionally followed by particles (never before a compound
    /// head or a change of script).
    Standalone,
    /// Only when the next word is a TITLE, or an ORG followed by a TITLE (`이 회장`,
    /// `강석훈 산은 회장`).
    BeforeTitle,
}

impl Condition {
    fn parse(s: &str) -> Option<Condition> {
        match s {
            "standalone" => Some(Condition::Standalone),
            "before-title" => Some(Condition::BeforeTitle),
            "always" => Some(Condition::Always),
            _ => None,
        }
    }
}

/// One dictionary entry: a canonical name, its type, aliases and attributes.
///
/// ```
/// use korex::{Entry, EntityType, Extractor};
/// let ex = Extractor::builder()
///     .entry(Entry::new("퓨처랩스", EntityType::Org).alias("FL"))
///     .build()
///     .unwrap();
/// let doc = ex.extract("FL과 퓨처랩스는 같은 회사다.");
/// let org = doc.entities_of(EntityType::Org).next().unwrap();
/// assert_eq!(org.canonical, "퓨처랩스");
/// assert_eq!(org.mentions.len(), 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    canonical: String,
    kind: EntityType,
    aliases: Vec<String>,
    attributes: Vec<(String, String)>,
    condition: Condition,
}

impl Entry {
    /// An entry whose canonical name is also its first surface.
    pub fn new(canonical: impl Into<String>, kind: EntityType) -> Self {
        Entry {
            canonical: canonical.into(),
            kind,
            aliases: Vec::new(),
            attributes: Vec::new(),
            condition: Condition::Always,
        }
    }

    /// Adds another surface of the same entity.
    pub fn alias(mut self, alias: impl Into<String>) -> Self {
        self.aliases.push(alias.into());
        self
    }

    /// Adds an attribute (`title=회장`, `kind=bank` …).
    pub fn attribute(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.attributes.push((key.into(), value.into()));
        self
    }

    /// Restricts when this entry's surfaces count as mentions.
    pub fn only(mut self, condition: Condition) -> Self {
        self.condition = condition;
        self
    }

    /// The canonical name.
    pub fn canonical(&self) -> &str {
        &self.canonical
    }

    /// The entity type.
    pub fn kind(&self) -> EntityType {
        self.kind
    }
}

/// A dictionary entity after loading: lines with the same canonical and type merged.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub(crate) canonical: Box<str>,
    pub(crate) kind: EntityType,
    pub(crate) attributes: Vec<(Box<str>, Box<str>)>,
}

/// An entity a surface names, with the entity's type beside it (the search reads the type
/// of every match, and the entity table is large and cold).
#[derive(Debug, Clone, Copy)]
struct Target {
    entity: u32,
    kind: EntityType,
    condition: Condition,
}

/// Collects entries from TSV sources and code, then compiles them into a [`Dictionary`].
#[derive(Debug, Default, Clone)]
pub(crate) struct DictionaryBuilder {
    entities: Vec<Entity>,
    entity_ids: HashMap<(Box<str>, EntityType), u32>,
    surfaces: Vec<Box<str>>,
    surface_ids: HashMap<Box<str>, u32>,
    targets: Vec<Vec<Target>>,
    /// Where each surface was first given, for warnings: (origin, line).
    first_seen: Vec<(std::sync::Arc<str>, Option<usize>)>,
    warnings: Vec<Warning>,
}

/// The longest dictionary line read, in bytes: a name with its aliases and attributes fits
/// many times over, while a runaway line (a binary file, a missing newline in a generated
/// list) is refused before it costs memory.
pub(crate) const MAX_LINE_BYTES: usize = 64 * 1024;

/// The longest surface, in characters.
pub(crate) const MAX_SURFACE_CHARS: usize = 200;

impl DictionaryBuilder {
    /// Adds the entries of one TSV source; `origin` names it in errors.
    pub(crate) fn add_tsv(&mut self, origin: &str, text: &str) -> Result<()> {
        let shared: std::sync::Arc<str> = origin.into();
        // One entry a line, most with one or two surfaces: room for them all at once, not
        // a rehash of every table at each doubling.
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1;
        self.entities.reserve(lines);
        self.entity_ids.reserve(lines);
        self.surfaces.reserve(lines);
        self.surface_ids.reserve(lines);
        self.targets.reserve(lines);
        self.first_seen.reserve(lines);
        for (i, line) in crate::text::lines(text).enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let error = |msg: String| Error::at(origin, Some(line_no), ErrorKind::Dictionary(msg));
            if line.len() > MAX_LINE_BYTES {
                return Err(error(format!(
                    "line of {} bytes is longer than the {MAX_LINE_BYTES} a dictionary line may have",
                    line.len()
                )));
            }
            let entry = parse_line(line).map_err(error)?;
            self.add_from(entry, (shared.clone(), Some(line_no)));
        }
        Ok(())
    }

    /// Adds one entry given in code.
    pub(crate) fn add(&mut self, entry: Entry) {
        self.add_from(entry, ("entry".into(), None));
    }

    /// Warnings about what was added: surfaces given two entity types.
    pub(crate) fn take_warnings(&mut self) -> Vec<Warning> {
        std::mem::take(&mut self.warnings)
    }

    fn add_from(&mut self, entry: Entry, at: (std::sync::Arc<str>, Option<usize>)) {
        let next_id = self.entities.len() as u32;
        let id = match self
            .entity_ids
            .entry((entry.canonical.as_str().into(), entry.kind))
        {
            MapEntry::Occupied(e) => *e.get(),
            MapEntry::Vacant(e) => {
                self.entities.push(Entity {
                    canonical: e.key().0.clone(),
                    kind: entry.kind,
                    attributes: Vec::new(),
                });
                *e.insert(next_id)
            }
        };
        let entity = &mut self.entities[id as usize];
        for (k, v) in entry.attributes {
            if k != "only" {
                entity.attributes.push((k.into(), v.into()));
            }
        }
        let condition = entry.condition;
        for surface in std::iter::once(entry.canonical).chain(entry.aliases) {
            let surface: Box<str> = crate::text::normalize(surface.trim()).text.into();
            if surface.is_empty() {
                continue;
            }
            let next_sid = self.surfaces.len() as u32;
            let sid = match self.surface_ids.entry(surface) {
                MapEntry::Occupied(e) => *e.get(),
                MapEntry::Vacant(e) => {
                    self.surfaces.push(e.key().clone());
                    self.targets.push(Vec::new());
                    self.first_seen.push(at.clone());
                    *e.insert(next_sid)
                }
            };
            let surface = &self.surfaces[sid as usize];
            let kind = self.entities[id as usize].kind;
            if let Some(other) = self.targets[sid as usize]
                .iter()
                .map(|t| t.kind)
                .find(|&k| k != kind)
            {
                let (first_origin, first_line) = &self.first_seen[sid as usize];
                let first = match first_line {
                    Some(l) => format!("{first_origin}:{l}"),
                    None => first_origin.to_string(),
                };
                self.warnings.push(Warning::new(
                    at.0.to_string(),
                    at.1,
                    format!("surface `{surface}` is {kind} here but {other} at {first}"),
                ));
            }
            let targets = &mut self.targets[sid as usize];
            if !targets
                .iter()
                .any(|t| t.entity == id && t.condition == condition)
            {
                targets.push(Target {
                    entity: id,
                    kind,
                    condition,
                });
            }
        }
    }

    /// Compiles the automaton.
    pub(crate) fn build(self, kind: AutomatonKind) -> Result<Dictionary> {
        let automaton = PrefixIndex::build(&self.surfaces, kind)?;
        let mut offsets = Vec::with_capacity(self.targets.len() + 1);
        let mut flat = Vec::new();
        offsets.push(0u32);
        for t in &self.targets {
            flat.extend_from_slice(t);
            offsets.push(flat.len() as u32);
        }
        let starts = StartFilter::new(&self.surfaces);
        Ok(Dictionary {
            automaton,
            starts,
            entities: self.entities,
            surface_count: self.surfaces.len(),
            target_offsets: offsets,
            targets: flat,
        })
    }
}

/// Parses `canonical<TAB>TYPE<TAB>aliases<TAB>attributes`.
fn parse_line(line: &str) -> std::result::Result<Entry, String> {
    let mut cols = line.split('\t');
    let canonical = cols.next().unwrap_or("").trim();
    if canonical.is_empty() {
        return Err("empty canonical name (the first column)".into());
    }
    if canonical
        .chars()
        .all(|c| c.is_whitespace() || crate::text::normalize::is_invisible(c))
    {
        return Err("the canonical name is only invisible characters".into());
    }
    let kind_text = cols.next().map(str::trim).unwrap_or("");
    if kind_text.is_empty() {
        return Err(format!(
            "missing entity type after `{canonical}` (columns are separated by tabs)"
        ));
    }
    let kind = match EntityType::parse(kind_text) {
        Some(k @ (EntityType::Amount | EntityType::Date)) => {
            return Err(format!(
                "entity type `{k}` cannot come from a dictionary (expected ORG, PERSON, TITLE, LOCATION or EVENT)"
            ))
        }
        Some(k) => k,
        None => {
            return Err(format!(
                "unknown entity type `{kind_text}` (expected ORG, PERSON, TITLE, LOCATION or EVENT)"
            ))
        }
    };
    let too_long = |s: &str| s.chars().count() > MAX_SURFACE_CHARS;
    if too_long(canonical) {
        return Err(format!(
            "the canonical name is longer than the {MAX_SURFACE_CHARS} characters a name may have"
        ));
    }
    let mut entry = Entry::new(canonical, kind);
    if let Some(aliases) = cols.next() {
        for alias in aliases.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            if too_long(alias) {
                return Err(format!(
                    "an alias is longer than the {MAX_SURFACE_CHARS} characters a name may have"
                ));
            }
            entry = entry.alias(alias);
        }
    }
    if let Some(attrs) = cols.next() {
        for pair in attrs.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((k, v)) = pair.split_once('=') else {
                return Err(format!("attribute `{pair}` is not key=value"));
            };
            let (k, v) = (k.trim(), v.trim());
            if k.is_empty() {
                return Err(format!("attribute `{pair}` has an empty key"));
            }
            if k == "only" {
                entry.condition = Condition::parse(v).ok_or_else(|| {
                    format!("unknown condition only={v} (expected standalone or before-title)")
                })?;
            }
            entry = entry.attribute(k, v);
        }
    }
    if let Some(extra) = cols.next() {
        return Err(format!(
            "too many columns (at most 4: canonical, type, aliases, attributes); extra: `{extra}`"
        ));
    }
    Ok(entry)
}

/// A one-hash Bloom filter over the first two characters of every surface, so the automaton
/// is only asked at word starts that can begin a surface (about one in four in news text).
///
/// It is sized by the number of surfaces, about 64 bits a key (a false positive rate near
/// 1.5 %: each false positive costs a trie walk, which misses the cache more than the
/// filter's own look-up does), so a user dictionary of 100k surfaces gets a filter as
/// selective as the defaults' 128 KB one.
#[derive(Debug, Clone)]
struct StartFilter {
    bits: Vec<u64>,
    /// `64 - log2(bit count)`: the hash's top bits index the table.
    shift: u32,
}

impl StartFilter {
    const MIN_BITS: u32 = 12;
    const MAX_BITS: u32 = 22;

    /// A filter over the first one or two characters of each of `surfaces`.
    fn new(surfaces: &[Box<str>]) -> StartFilter {
        let log2 = (surfaces.len().max(1) * 64)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(Self::MIN_BITS, Self::MAX_BITS);
        let mut filter = StartFilter {
            bits: vec![0; (1usize << log2) / 64],
            shift: 64 - log2,
        };
        for surface in surfaces {
            let mut chars = surface.chars();
            if let Some(first) = chars.next() {
                let i = filter.slot(first, chars.next());
                filter.bits[i / 64] |= 1 << (i % 64);
            }
        }
        filter
    }

    #[inline]
    fn slot(&self, first: char, second: Option<char>) -> usize {
        let key = (u64::from(first as u32) << 21) | u64::from(second.map_or(0, |c| c as u32));
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn contains(&self, first: char, second: Option<char>) -> bool {
        let i = self.slot(first, second);
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }

    /// Whether some surface may start with `first` followed by `second`.
    #[inline]
    fn may_start(&self, first: char, second: Option<char>) -> bool {
        self.contains(first, None) || second.is_some_and(|s| self.contains(first, Some(s)))
    }
}

/// The compiled dictionary.
#[derive(Debug, Clone)]
pub(crate) struct Dictionary {
    automaton: PrefixIndex,
    starts: StartFilter,
    pub(crate) entities: Vec<Entity>,
    surface_count: usize,
    target_offsets: Vec<u32>,
    targets: Vec<Target>,
}

impl Dictionary {
    /// How many entities and surfaces it holds.
    pub(crate) fn len(&self) -> (usize, usize) {
        (self.entities.len(), self.surface_count)
    }

    /// Heap bytes of the automaton.
    pub(crate) fn automaton_bytes(&self) -> usize {
        self.automaton.memory_usage()
    }

    /// The entity a candidate label refers to.
    pub(crate) fn entity(&self, id: u32) -> &Entity {
        &self.entities[id as usize]
    }

    fn targets(&self, pattern: usize) -> &[Target] {
        let (a, b) = (
            self.target_offsets[pattern] as usize,
            self.target_offsets[pattern + 1] as usize,
        );
        &self.targets[a..b]
    }

    /// Finds every dictionary mention in `text` (normalized), in order, without overlaps.
    pub(crate) fn recognize(&self, text: &str, out: &mut Vec<Candidate>) {
        self.recognize_at(text, word_starts(text), out);
    }

    /// [`recognize`](Self::recognize) at the given word starts of `text`, in order (the
    /// extractor lists them once when the rule triggers ask at them too).
    pub(crate) fn recognize_at(
        &self,
        text: &str,
        starts: impl Iterator<Item = (usize, char)>,
        out: &mut Vec<Candidate>,
    ) {
        if self.surface_count == 0 {
            return;
        }
        let mut conditional: Vec<(usize, usize)> = Vec::new();
        let mut prefixes: Vec<(usize, usize)> = Vec::new();
        let mut skip_to = 0usize;
        for (here, c) in starts {
            if here < skip_to {
                continue;
            }
            let next = text[here + c.len_utf8()..].chars().next();
            if !self.starts.may_start(c, next) {
                continue;
            }
            let pos = here;
            // The longest surface that starts here; when its end is no word boundary (or its
            // condition fails), the longest one that fits before that end, and so on.
            let mut best: Option<(usize, Target, usize)> = None;
            self.automaton.prefixes(text, pos, &mut prefixes);
            for &(end, pattern) in prefixes.iter().rev() {
                if !text.is_char_boundary(end) {
                    continue;
                }
                let last = text[..end].chars().next_back().unwrap_or(' ');
                // a title may go on with `직`, its post (`총리직에서`, `대표이사직을`)
                let (tail, post) = match tail_after(text, end, last) {
                    Some(tail) => (tail, false),
                    None if names_a_post(&text[end..]) => (Tail::Compound, true),
                    None => continue,
                };
                let standalone_ok = matches!(tail, Tail::End | Tail::Particle(_));
                let chosen = self.targets(pattern).iter().find(|t| {
                    (t.condition != Condition::Standalone || standalone_ok)
                        && (!post || t.kind == EntityType::Title)
                });
                if let Some(t) = chosen {
                    best = Some((end, *t, pattern));
                    break;
                }
            }
            if let Some((end, target, pattern)) = best {
                if target.condition == Condition::BeforeTitle {
                    conditional.push((out.len(), pattern));
                }
                out.push(Candidate {
                    start: pos,
                    end,
                    kind: target.kind,
                    label: Label::Entry(target.entity),
                    source: Source::Dictionary,
                });
                skip_to = end;
            }
        }
        if !conditional.is_empty() {
            self.apply_before_title(text, out, &conditional);
        }
    }

    /// Drops (or replaces) the mentions whose entry holds only before a title, when no title
    /// follows. `conditional` holds their indices in `out` (ascending) and their patterns.
    fn apply_before_title(
        &self,
        text: &str,
        out: &mut Vec<Candidate>,
        conditional: &[(usize, usize)],
    ) {
        let mut drop = Vec::new();
        for &(i, pattern) in conditional {
            if self.title_follows(text, out, i) {
                continue;
            }
            // Fall back to another entity of the same surface with a weaker condition.
            match self
                .targets(pattern)
                .iter()
                .find(|t| t.condition != Condition::BeforeTitle)
            {
                Some(t) => {
                    out[i].label = Label::Entry(t.entity);
                    out[i].kind = t.kind;
                }
                None => drop.push(i),
            }
        }
        // One pass, not one `remove` per dropped mention (quadratic on a long text).
        if !drop.is_empty() {
            let mut next = drop.into_iter().peekable();
            let mut i = 0usize;
            out.retain(|_| {
                let keep = next.peek() != Some(&i);
                if !keep {
                    next.next();
                }
                i += 1;
                keep
            });
        }
    }

    /// Whether the candidate at `i` is followed (after spaces) by a TITLE, or by an ORG and
    /// then a TITLE.
    fn title_follows(&self, text: &str, out: &[Candidate], i: usize) -> bool {
        let mut end = out[i].end;
        for next in out.iter().skip(i + 1).take(2) {
            let gap = &text[end..next.start];
            if !gap.chars().all(|c| c == ' ') || gap.len() > 1 {
                return false;
            }
            match next.kind {
                EntityType::Title => return true,
                EntityType::Org => end = next.end,
                _ => return false,
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict_of(tsv: &str, kind: AutomatonKind) -> Dictionary {
        let mut b = DictionaryBuilder::default();
        b.add_tsv("test.tsv", tsv).unwrap();
        b.build(kind).unwrap()
    }

    fn dict(tsv: &str) -> Dictionary {
        dict_of(tsv, AutomatonKind::default())
    }

    fn found(d: &Dictionary, text: &str) -> Vec<(String, String)> {
        let mut out = Vec::new();
        d.recognize(text, &mut out);
        out.iter()
            .map(|c| {
                let Label::Entry(e) = c.label else {
                    unreachable!()
                };
                (
                    text[c.start..c.end].to_string(),
                    d.entity(e).canonical.to_string(),
                )
            })
            .collect()
    }

    const TSV: &str = "한국산업은행\tORG\t산은|산업은행\n한국\tLOCATION\t韓\n부산\tLOCATION\n\
        도쿄\tLOCATION\n마이크로소프트\tORG\tMS\n회장\tTITLE\n이영\tPERSON\t\tonly=before-title\n\
        장관\tTITLE\n중소벤처기업부\tORG\n기아\tORG\t\tonly=standalone\n미국\tLOCATION\t美\n";

    #[test]
    fn boundaries() {
        let d = dict(TSV);
        let hits = |t: &str| found(&d, t).into_iter().map(|x| x.0).collect::<Vec<_>>();
        assert_eq!(hits("한국산업은행과 한국어"), ["한국산업은행"]);
        assert_eq!(hits("부산은 산은과 달리"), ["부산", "산은"]);
        assert_eq!(hits("일본 도쿄지사가 MS데이터센터를"), ["도쿄", "MS"]);
        assert_eq!(hits("한국형 모델"), Vec::<String>::new());
        assert_eq!(hits("韓美 정상"), ["韓", "美"]);
        assert_eq!(hits("(산은)"), ["산은"]);
    }

    /// The prefix index is an implementation choice: every kind finds the same mentions,
    /// including where the longest prefix is no word boundary and a shorter one wins.
    #[test]
    fn every_automaton_kind_agrees() {
        let texts = [
            "한국산업은행과 한국어 부산은 산은과 달리",
            "일본 도쿄지사가 MS데이터센터를 (산은) 韓美 정상",
            "이영 중소벤처기업부 장관과 이영은 기아가 기아사태 산업은행은",
            "한국산업은행장 한국산업 한국산업은행 도쿄지사가",
        ];
        // `도쿄지` is there only to be a longer prefix whose end is no boundary.
        let tsv = format!("{TSV}한국산업\tORG\n도쿄지\tLOCATION\n");
        let reference = dict_of(&tsv, AutomatonKind::DoubleArray);
        for kind in [
            AutomatonKind::Auto,
            AutomatonKind::ContiguousNfa,
            AutomatonKind::Dfa,
        ] {
            let other = dict_of(&tsv, kind);
            for t in texts {
                assert_eq!(found(&reference, t), found(&other, t), "{kind:?} on {t}");
            }
        }
        assert_eq!(
            found(
                &reference,
                "한국산업은행장 한국산업 한국산업은행 도쿄지사가"
            )
            .into_iter()
            .map(|x| x.0)
            .collect::<Vec<_>>(),
            ["한국산업", "한국산업은행", "도쿄"]
        );
    }

    #[test]
    fn an_empty_dictionary_finds_nothing() {
        assert!(found(&dict(""), "한국산업은행과 한국어").is_empty());
    }

    #[test]
    fn aliases_resolve_to_canonical() {
        let d = dict(TSV);
        assert_eq!(
            found(&d, "산업은행은"),
            [("산업은행".to_string(), "한국산업은행".to_string())]
        );
    }

    #[test]
    fn conditions() {
        let d = dict(TSV);
        assert_eq!(found(&d, "이영 중소벤처기업부 장관과").len(), 3);
        assert_eq!(found(&d, "이영 회장").len(), 2);
        assert_eq!(found(&d, "이영은 말했다").len(), 0);
        assert_eq!(found(&d, "기아가").len(), 1);
        assert_eq!(found(&d, "기아사태").len(), 0);
    }

    #[test]
    fn bad_lines_name_the_line() {
        let mut b = DictionaryBuilder::default();
        let err = b.add_tsv("x.tsv", "# c\n오픈AI\tORG\n\tORG\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:3: empty canonical name (the first column)"
        );
        let err = b
            .add_tsv("y.tsv", "가나\tORG\t\tonly=sometimes")
            .unwrap_err();
        assert!(err.to_string().starts_with("y.tsv:1: unknown condition"));
        let err = b.add_tsv("z.tsv", "가나\tORG\t\tkv").unwrap_err();
        assert!(err.to_string().contains("not key=value"), "{err}");
        let err = b.add_tsv("w.tsv", "가나다").unwrap_err();
        assert!(err.to_string().contains("missing entity type"), "{err}");
        let err = b.add_tsv("v.tsv", "가나\tDATE").unwrap_err();
        assert!(
            err.to_string().contains("cannot come from a dictionary"),
            "{err}"
        );
    }
}
