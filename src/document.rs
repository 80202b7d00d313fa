//! The output contract of `../shared/SCHEMA.md`, and nothing else.
//!
//! Field names, types and vocabularies are fixed by that contract: other programs read them.
//! Fields may be added, none renamed or removed.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Everything korex found in one text.
///
/// ```
/// let doc = korex::Extractor::default().extract("오픈AI가 한국산업은행과 MOU를 맺었다.");
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["entities"][0]["canonical"], "오픈AI");
/// assert_eq!(json["entities"][0]["mentions"][0]["char_start"], 0);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Document {
    /// The caller's id for the text (JSONL `id`, or the file name), or null: a string stays
    /// a string, a number a number.
    pub id: Option<DocId>,
    /// The date relative dates were resolved against (`YYYY-MM-DD`), or null.
    pub reference_date: Option<String>,
    /// Entities in order of their first mention.
    pub entities: Vec<Entity>,
    /// Relations between the entities.
    pub relations: Vec<Relation>,
}

/// The id of a document as the caller gave it: a string stays a string, a number a number
/// (`"doc-1"`, `42`), so a JSONL id comes back exactly as it went in.
///
/// ```
/// use korex::DocId;
/// let text: DocId = "doc-1".into();
/// let number: DocId = 42u64.into();
/// assert_eq!(serde_json::to_string(&text).unwrap(), r#""doc-1""#);
/// assert_eq!(serde_json::to_string(&number).unwrap(), "42");
/// assert_eq!(text.as_str(), Some("doc-1"));
/// assert_eq!(number.to_string(), "42");
/// // Read back as written; anything but a string or a number is refused.
/// assert_eq!(serde_json::from_str::<DocId>("42").unwrap(), number);
/// assert_eq!(serde_json::from_str::<DocId>(r#""doc-1""#).unwrap(), text);
/// assert_eq!(serde_json::from_str::<DocId>("-4.5").unwrap().to_string(), "-4.5");
/// assert!(serde_json::from_str::<DocId>("[1]").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum DocId {
    /// A string id.
    Text(String),
    /// A numeric id, kept as JSON wrote it (integer or not).
    Number(serde_json::Number),
}

impl DocId {
    /// The id if it is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            DocId::Text(s) => Some(s),
            DocId::Number(_) => None,
        }
    }
}

/// Read straight from the token (a derived untagged enum buffers every id and tries each
/// variant in turn, which cost more than the rest of reading a JSONL line).
impl<'de> Deserialize<'de> for DocId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = DocId;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or a number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DocId, E> {
                Ok(DocId::Text(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<DocId, E> {
                Ok(DocId::Text(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<DocId, E> {
                Ok(DocId::Number(v.into()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<DocId, E> {
                Ok(DocId::Number(v.into()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<DocId, E> {
                serde_json::Number::from_f64(v)
                    .map(DocId::Number)
                    .ok_or_else(|| E::custom("an id must be a finite number"))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocId::Text(s) => f.write_str(s),
            DocId::Number(n) => write!(f, "{n}"),
        }
    }
}

impl From<String> for DocId {
    fn from(s: String) -> Self {
        DocId::Text(s)
    }
}

impl From<&str> for DocId {
    fn from(s: &str) -> Self {
        DocId::Text(s.to_string())
    }
}

impl From<u64> for DocId {
    fn from(n: u64) -> Self {
        DocId::Number(n.into())
    }
}

impl From<i64> for DocId {
    fn from(n: i64) -> Self {
        DocId::Number(n.into())
    }
}

impl From<usize> for DocId {
    fn from(n: usize) -> Self {
        DocId::Number((n as u64).into())
    }
}

impl From<serde_json::Number> for DocId {
    fn from(n: serde_json::Number) -> Self {
        DocId::Number(n)
    }
}

impl PartialEq<str> for DocId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == Some(other)
    }
}

impl PartialEq<&str> for DocId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == Some(*other)
    }
}

impl Document {
    /// The entity with this `id` (`"e0"`, `"e1"` …).
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The entities of one type, in document order.
    pub fn entities_of(&self, kind: EntityType) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }
}

/// One real-world thing, with every place the text names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Entity {
    /// `e0`, `e1` … unique within the document.
    pub id: String,
    /// What kind of thing it is.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The canonical name (names), normalized value (amounts, dates).
    pub canonical: String,
    /// The normalized value of an AMOUNT or DATE; null for names.
    pub value: Option<Value>,
    /// Every mention, in document order.
    pub mentions: Vec<Mention>,
}

/// The entity types of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    /// Organizations: companies, government bodies, institutions.
    Org,
    /// People.
    Person,
    /// Job titles held by a person (`회장`, `최고경영자`).
    Title,
    /// Places: countries, cities, districts, venues.
    Location,
    /// Named events (`CES`, `SK AI 서밋`).
    Event,
    /// Money: number, currency, qualifier.
    Amount,
    /// Dates and times.
    Date,
}

impl EntityType {
    /// The name used in dictionaries and JSON (`ORG`, `PERSON` …).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Org => "ORG",
            EntityType::Person => "PERSON",
            EntityType::Title => "TITLE",
            EntityType::Location => "LOCATION",
            EntityType::Event => "EVENT",
            EntityType::Amount => "AMOUNT",
            EntityType::Date => "DATE",
        }
    }

    /// Parses `ORG`, `PERSON` … (as written in dictionaries and rule packs).
    pub fn parse(s: &str) -> Option<EntityType> {
        Some(match s {
            "ORG" => EntityType::Org,
            "PERSON" => EntityType::Person,
            "TITLE" => EntityType::Title,
            "LOCATION" => EntityType::Location,
            "EVENT" => EntityType::Event,
            "AMOUNT" => EntityType::Amount,
            "DATE" => EntityType::Date,
            _ => return None,
        })
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One place in the input that names an entity.
///
/// `text` is exactly `input[start..end]`, without the particle (`오픈AI가` → `오픈AI`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Mention {
    /// The mention as written in the input.
    pub text: String,
    /// Byte offset into the original input.
    pub start: usize,
    /// Byte offset into the original input, exclusive.
    pub end: usize,
    /// Offset in Unicode scalar values.
    pub char_start: usize,
    /// Offset in Unicode scalar values, exclusive.
    pub char_end: usize,
    /// Which recognizer found it.
    pub source: Source,
}

/// Which recognizer found a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// A dictionary entry.
    Dictionary,
    /// The amount grammar.
    Amount,
    /// The date grammar.
    Date,
    /// A context pattern (a name before a title, an organization suffix).
    Pattern,
    /// A short form linked to an entity named earlier (`강 회장`, `양사`).
    Coreference,
}

impl Source {
    /// The name used in JSON (`dictionary`, `amount` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Dictionary => "dictionary",
            Source::Amount => "amount",
            Source::Date => "date",
            Source::Pattern => "pattern",
            Source::Coreference => "coreference",
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The normalized value of an AMOUNT or DATE entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Value {
    /// Money.
    Amount(AmountValue),
    /// A date or time.
    Date(DateValue),
}

/// Money: `{"number": 6600000000, "currency": "USD", "qualifier": "exact"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AmountValue {
    /// The amount, exact (the lower bound of a range).
    pub number: Decimal,
    /// ISO 4217 code (`KRW`, `USD` …).
    pub currency: String,
    /// How the text qualifies the amount.
    pub qualifier: Qualifier,
    /// The upper bound of a range (`3000억~5000억원`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Decimal>,
}

/// How the text qualifies an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    Exact,
    /// 약, 여, 가량, 정도, 안팎, 남짓 …
    Approx,
    /// 이상.
    AtLeast,
    /// 넘는, 넘게, 초과.
    MoreThan,
    /// 이하.
    AtMost,
    /// 미만.
    LessThan,
}

/// A date: `{"date": "2024-11-26", "grain": "day"}`, or unresolved with its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct DateValue {
    /// ISO-8601 date or date-time cut to its grain, or null when unresolved.
    pub date: Option<String>,
    /// The precision of the date.
    pub grain: Grain,
    /// The text of a relative date that had no reference date to resolve against.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unresolved: Option<String>,
}

/// The precision of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    /// `2024`
    Year,
    /// 상반기/하반기: the half's first day.
    Half,
    /// 1분기 …: the quarter's first day.
    Quarter,
    /// `2024-10`
    Month,
    /// 지난주 …: the week's first day (Monday).
    Week,
    /// `2024-11-26`
    Day,
    /// `2024-11-26T15:00:00` (a date-time is always written in full)
    Hour,
    /// `2024-11-26T15:20:00`
    Minute,
    /// `2024-11-27T06:01:00`
    Second,
}

/// A relation between entities, found by a rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Relation {
    /// `mou`, `visit`, `meeting`, `attendance`, `investment`, `funding`, `lease`,
    /// `establishment`, `position`, or a type of a user's rule pack.
    #[serde(rename = "type")]
    pub kind: String,
    /// The arguments, in the rule's role order.
    pub args: Vec<Arg>,
    /// The text span the relation was read from.
    pub evidence: Span,
    /// The id of the rule that found it.
    pub rule: String,
}

/// One argument of a relation: an entity, or free text for text roles (`what`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Arg {
    /// The role (`party`, `visitor`, `date` …).
    pub role: String,
    /// The entity id, for entity roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// The text, for free-text roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// A span of the original input, in bytes and in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Span {
    /// Byte offset.
    pub start: usize,
    /// Byte offset, exclusive.
    pub end: usize,
    /// Offset in Unicode scalar values.
    pub char_start: usize,
    /// Offset in Unicode scalar values, exclusive.
    pub char_end: usize,
}

/// An exact decimal number: whole amounts stay integers, decimals stay exact.
///
/// `3.5조` is `Decimal::new(35, 1)` times 10^12, i.e. `3500000000000`; it serializes as a
/// JSON integer when it is whole and as a JSON number with a fraction otherwise.
///
/// ```
/// use korex::Decimal;
/// assert_eq!(Decimal::from_int(1_600_000_000_000).to_string(), "1600000000000");
/// assert_eq!(Decimal::new(123, 2).to_string(), "1.23");
/// assert_eq!(Decimal::new(350, 2).normalized(), Decimal::new(35, 1));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

impl Decimal {
    /// `mantissa × 10^-scale`.
    pub const fn new(mantissa: i128, scale: u32) -> Self {
        Decimal { mantissa, scale }
    }

    /// A whole number.
    pub const fn from_int(n: i128) -> Self {
        Decimal {
            mantissa: n,
            scale: 0,
        }
    }

    /// The digits without the decimal point.
    pub fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// How many digits follow the decimal point.
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// The same number with no trailing zero after the decimal point.
    pub fn normalized(self) -> Self {
        let (mut m, mut s) = (self.mantissa, self.scale);
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        Decimal {
            mantissa: m,
            scale: s,
        }
    }

    /// The value as an integer, if it is whole.
    pub fn to_int(self) -> Option<i128> {
        let n = self.normalized();
        (n.scale == 0).then_some(n.mantissa)
    }

    /// Multiplies by `10^exp`, exactly; `None` on overflow.
    pub fn scaled_up(self, exp: u32) -> Option<Self> {
        let mut d = self;
        let mut exp = exp;
        while exp > 0 && d.scale > 0 {
            d.scale -= 1;
            exp -= 1;
        }
        let factor = 10i128.checked_pow(exp)?;
        Some(
            Decimal {
                mantissa: d.mantissa.checked_mul(factor)?,
                scale: d.scale,
            }
            .normalized(),
        )
    }

    /// Exact sum; `None` on overflow.
    pub fn checked_add(self, other: Self) -> Option<Self> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10i128.checked_pow(scale - other.scale)?)?;
        Some(
            Decimal {
                mantissa: a.checked_add(b)?,
                scale,
            }
            .normalized(),
        )
    }

    /// Exact product; `None` on overflow.
    pub fn checked_mul(self, other: Self) -> Option<Self> {
        Some(
            Decimal {
                mantissa: self.mantissa.checked_mul(other.mantissa)?,
                scale: self.scale.checked_add(other.scale)?,
            }
            .normalized(),
        )
    }

    /// Does JSON carry this number exactly through any reader, `serde_json::Value`
    /// included? Whole numbers do within `i64::MIN..=u64::MAX`; fractions do with at most 15
    /// significant digits (what an `f64` keeps for every decimal). korex's grammars refuse
    /// any amount that is not.
    ///
    /// ```
    /// use korex::Decimal;
    /// assert!(Decimal::from_int(18_446_744_073_709_551_615).is_json_exact());
    /// assert!(!Decimal::from_int(18_446_744_073_709_551_616).is_json_exact());
    /// assert!(Decimal::new(2780, 2).is_json_exact());
    /// assert!(!Decimal::new(1_234_567_890_123_456, 3).is_json_exact());
    /// ```
    pub fn is_json_exact(self) -> bool {
        let n = self.normalized();
        if n.scale == 0 {
            return i64::try_from(n.mantissa).is_ok() || u64::try_from(n.mantissa).is_ok();
        }
        n.mantissa.unsigned_abs() < 1_000_000_000_000_000
    }

    /// Parses `1,200`, `3.5`, `-2` (commas ignored).
    pub fn parse(s: &str) -> Option<Self> {
        let (neg, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let mut mantissa: i128 = 0;
        let mut scale = 0u32;
        let mut seen_point = false;
        let mut seen_digit = false;
        for c in digits.chars() {
            match c {
                '0'..='9' => {
                    mantissa = mantissa
                        .checked_mul(10)?
                        .checked_add(c as i128 - '0' as i128)?;
                    seen_digit = true;
                    if seen_point {
                        scale += 1;
                    }
                }
                ',' if !seen_point => {}
                '.' if !seen_point => seen_point = true,
                _ => return None,
            }
        }
        if !seen_digit {
            return None;
        }
        Some(
            Decimal {
                mantissa: if neg { -mantissa } else { mantissa },
                scale,
            }
            .normalized(),
        )
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.normalized();
        if n.scale == 0 {
            return write!(f, "{}", n.mantissa);
        }
        let sign = if n.mantissa < 0 { "-" } else { "" };
        let abs = n.mantissa.unsigned_abs();
        let pow = 10u128.pow(n.scale);
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / pow,
            abs % pow,
            width = n.scale as usize
        )
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.to_int() {
            Some(i) => match (i64::try_from(i), u64::try_from(i)) {
                (Ok(small), _) => s.serialize_i64(small),
                (_, Ok(large)) => s.serialize_u64(large),
                (Err(_), Err(_)) => s.serialize_i128(i),
            },
            None => {
                let text = self.to_string();
                s.serialize_f64(text.parse().unwrap_or(f64::NAN))
            }
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from_int(v.into()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from_int(v.into()))
            }
            fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<Decimal, E> {
                Ok(Decimal::from_int(v))
            }
            fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<Decimal, E> {
                i128::try_from(v)
                    .map(Decimal::from_int)
                    .map_err(|_| E::custom("number too large"))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                Decimal::parse(&format!("{v}")).ok_or_else(|| E::custom("not a finite number"))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::parse(v).ok_or_else(|| E::custom("not a number"))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_arithmetic_is_exact() {
        let a = Decimal::parse("3.5").unwrap();
        assert_eq!(a.scaled_up(12).unwrap().to_int(), Some(3_500_000_000_000));
        let b = Decimal::parse("1,200").unwrap();
        assert_eq!(b.to_int(), Some(1200));
        assert_eq!(
            Decimal::parse("0.1")
                .unwrap()
                .checked_add(Decimal::parse("0.2").unwrap())
                .unwrap(),
            Decimal::new(3, 1)
        );
        assert_eq!(Decimal::parse("1.23").unwrap().to_string(), "1.23");
        assert_eq!(Decimal::parse("-0.05").unwrap().to_string(), "-0.05");
        assert_eq!(Decimal::parse(""), None);
        assert_eq!(Decimal::parse("1.2.3"), None);
    }

    #[test]
    fn decimal_serializes_whole_as_integer() {
        let json = serde_json::to_string(&Decimal::from_int(9_238_000_000_000)).unwrap();
        assert_eq!(json, "9238000000000");
        let json = serde_json::to_string(&Decimal::new(123, 2)).unwrap();
        assert_eq!(json, "1.23");
        let back: Decimal = serde_json::from_str("1.23").unwrap();
        assert_eq!(back, Decimal::new(123, 2));
        let big: Decimal = serde_json::from_str("10000000000000000").unwrap();
        assert_eq!(big.to_int(), Some(10_000_000_000_000_000));
    }

    #[test]
    fn value_round_trips_untagged() {
        let v = Value::Date(DateValue {
            date: None,
            grain: Grain::Day,
            unresolved: Some("지난 26일".into()),
        });
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            json,
            r#"{"date":null,"grain":"day","unresolved":"지난 26일"}"#
        );
        let back: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, v);
        let a = Value::Amount(AmountValue {
            number: Decimal::from_int(5),
            currency: "KRW".into(),
            qualifier: Qualifier::AtLeast,
            max: None,
        });
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(
            json,
            r#"{"number":5,"currency":"KRW","qualifier":"at_least"}"#
        );
        assert_eq!(serde_json::from_str::<Value>(&json).unwrap(), a);
    }
}
