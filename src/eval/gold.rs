//! The gold annotation format of `../shared/gold/README.md`: one JSON file per article.

use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{read_utf8, Error, ErrorKind, Result};

/// One annotated article: its text, its reference date, and the entities and relations a
/// careful reader agrees it states.
///
/// ```
/// let gold = korex::eval::GoldArticle::parse("a.json", r#"{
///   "id": "a", "reference_date": "2024-11-27", "text": "오픈AI가 산은과 MOU를 맺었다.",
///   "entities": [{"type": "ORG", "canonical": "한국산업은행", "mentions": ["산은"]}],
///   "relations": [{"type": "mou", "args": {"party": ["오픈AI", "한국산업은행"]}}]
/// }"#)?;
/// assert_eq!(gold.entities[0].canonical.as_deref(), Some("한국산업은행"));
/// # Ok::<(), korex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldArticle {
    /// The article id.
    pub id: String,
    /// The article's own date (`YYYY-MM-DD`), relative dates resolve against it.
    #[serde(default)]
    pub reference_date: Option<String>,
    /// The article text, exact to the byte.
    pub text: String,
    /// The entities.
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    /// The relations.
    #[serde(default)]
    pub relations: Vec<GoldRelation>,
}

/// A gold entity: type, canonical name, every distinct surface, and a value for amounts and
/// dates (`{"value": 6600000000, "currency": "USD"}`, `{"value": "2024-11-26"}`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldEntity {
    /// `ORG`, `PERSON`, `TITLE`, `LOCATION`, `AMOUNT`, `DATE`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The canonical name or normalized value.
    #[serde(default)]
    pub canonical: Option<String>,
    /// Each distinct surface string as it appears in the text.
    #[serde(default)]
    pub mentions: Vec<String>,
    /// The value of an amount or a date.
    #[serde(default)]
    pub value: Option<Value>,
}

/// A gold relation: its type and, per role, one value or a list of values (a canonical
/// name, a date value, a text, or an amount object).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoldRelation {
    /// The relation type (`mou` …).
    #[serde(rename = "type")]
    pub kind: String,
    /// Role → value or list of values.
    #[serde(default)]
    pub args: Map<String, Value>,
}

impl GoldArticle {
    /// Parses one gold file's JSON; `origin` names it in errors.
    ///
    /// # Errors
    ///
    /// JSON that is not a gold article; the error names `origin` and the line.
    pub fn parse(origin: &str, json: &str) -> Result<GoldArticle> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        serde_json::from_str(json).map_err(|e| {
            Error::at(
                origin,
                Some(e.line()),
                ErrorKind::Option(format!("not a gold article: {e}")),
            )
        })
    }

    /// Reads and parses one gold file.
    ///
    /// # Errors
    ///
    /// A file that cannot be read, is not UTF-8, or is not a gold article.
    pub fn from_file(path: impl AsRef<Path>) -> Result<GoldArticle> {
        let path = path.as_ref();
        GoldArticle::parse(&path.display().to_string(), &read_utf8(path)?)
    }
}
