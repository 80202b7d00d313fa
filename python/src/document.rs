//! The Python face of `korex::Document`: typed, read-only objects with attributes named as
//! in the JSON contract (`SCHEMA.md`).
//!
//! A `Document` keeps the Rust value and builds its entity and relation objects when they
//! are read, so iterating `pipe` does not pay for objects nobody looks at.

use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyModule, PyTuple};

use crate::input::DocId;

/// Everything korex found in one text.
#[pyclass(frozen, module = "korex")]
pub struct Document {
    doc: Arc<korex::Document>,
    id: DocId,
}

impl Document {
    /// Wraps a core document; `id` replaces the core's string id (it may be an int).
    pub fn new(doc: korex::Document, id: DocId) -> Self {
        Document {
            doc: Arc::new(doc),
            id,
        }
    }

    fn json(&self) -> serde_json::Value {
        let mut value = serde_json::to_value(&*self.doc).unwrap_or(serde_json::Value::Null);
        if let Some(obj) = value.as_object_mut() {
            obj.insert("id".into(), self.id.to_json());
        }
        value
    }
}

#[pymethods]
impl Document {
    /// The id given to `extract` (a str or an int), or None.
    #[getter]
    fn id(&self, py: Python<'_>) -> Py<PyAny> {
        self.id.to_py(py)
    }

    /// The date relative dates were resolved against (`YYYY-MM-DD`), or None.
    #[getter]
    fn reference_date(&self) -> Option<&str> {
        self.doc.reference_date.as_deref()
    }

    /// The entities, in order of their first mention (a new tuple on each read).
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .doc
            .entities
            .iter()
            .map(|e| Entity::from_core(py, e))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }

    /// The relations between the entities (a new tuple on each read).
    #[getter]
    fn relations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .doc
            .relations
            .iter()
            .map(|r| Relation::from_core(py, r))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }

    /// The entity with this id (`"e0"` …), or None.
    fn entity(&self, py: Python<'_>, id: &str) -> PyResult<Option<Entity>> {
        self.doc
            .entity(id)
            .map(|e| Entity::from_core(py, e))
            .transpose()
    }

    /// The document as the JSON contract's text (compact, one line).
    fn to_json(&self) -> String {
        self.json().to_string()
    }

    /// Reads a document back from the JSON contract (`to_json`, a CLI output line).
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<Document> {
        let value: serde_json::Value = serde_json::from_str(json)
            .map_err(|e| PyValueError::new_err(format!("not a korex document: {e}")))?;
        let id = match value.get("id") {
            None | Some(serde_json::Value::Null) => DocId::None,
            Some(serde_json::Value::String(s)) => DocId::Str(s.clone()),
            Some(serde_json::Value::Number(n)) => match n.as_i64() {
                Some(i) => DocId::Int(i),
                None => {
                    return Err(PyValueError::new_err(
                        "a document id must be a string or an integer",
                    ))
                }
            },
            Some(_) => {
                return Err(PyValueError::new_err(
                    "a document id must be a string or an integer",
                ))
            }
        };
        let mut value = value;
        if let Some(obj) = value.as_object_mut() {
            obj.insert("id".into(), serde_json::Value::Null);
        }
        let doc: korex::Document = serde_json::from_value(value)
            .map_err(|e| PyValueError::new_err(format!("not a korex document: {e}")))?;
        Ok(Document::new(doc, id))
    }

    /// Pickles as its JSON, so documents can cross process boundaries (Spark, multiprocessing).
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = py.get_type::<Document>().getattr("from_json")?;
        Ok((from_json, (self.to_json(),)))
    }

    /// The document as the JSON contract's dict (`json.loads(doc.to_json())`).
    fn to_dict(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let json = PyModule::import(py, "json")?;
        Ok(json.call_method1("loads", (self.to_json(),))?.unbind())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let id = self.id.to_py(py).bind(py).repr()?.to_string();
        Ok(format!(
            "Document(id={id}, entities={}, relations={})",
            self.doc.entities.len(),
            self.doc.relations.len()
        ))
    }
}

/// One real-world thing, with every place the text names it.
#[pyclass(frozen, get_all, module = "korex")]
pub struct Entity {
    /// `e0`, `e1` … unique within the document.
    id: String,
    /// `ORG`, `PERSON`, `TITLE`, `LOCATION`, `EVENT`, `AMOUNT` or `DATE`.
    #[pyo3(name = "type")]
    kind: &'static str,
    /// The canonical name (names) or normalized value (amounts, dates).
    canonical: String,
    /// An `AmountValue`, a `DateValue`, or None for names.
    value: Option<Py<PyAny>>,
    /// Every mention, in document order.
    mentions: Py<PyTuple>,
}

impl Entity {
    fn from_core(py: Python<'_>, e: &korex::Entity) -> PyResult<Entity> {
        let mentions = e
            .mentions
            .iter()
            .map(Mention::from_core)
            .collect::<Vec<_>>();
        let value = match &e.value {
            None => None,
            Some(korex::Value::Amount(a)) => {
                Some(Py::new(py, AmountValue::from_core(py, a)?)?.into_any())
            }
            // The core does not re-export `DateValue`; its fields are public all the same.
            Some(korex::Value::Date(d)) => Some(
                Py::new(
                    py,
                    DateValue {
                        date: d.date.clone(),
                        grain: grain_name(d.grain),
                        unresolved: d.unresolved.clone(),
                    },
                )?
                .into_any(),
            ),
        };
        Ok(Entity {
            id: e.id.clone(),
            kind: e.kind.as_str(),
            canonical: e.canonical.clone(),
            value,
            mentions: PyTuple::new(py, mentions)?.unbind(),
        })
    }
}

#[pymethods]
impl Entity {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Entity(id={:?}, type={:?}, canonical={:?}, mentions={})",
            self.id,
            self.kind,
            self.canonical,
            self.mentions.bind(py).len()
        )
    }
}

/// One place in the input that names an entity; `text == input[char_start:char_end]`.
#[pyclass(frozen, get_all, module = "korex")]
pub struct Mention {
    /// The mention as written, without the particle (`오픈AI가` → `오픈AI`).
    text: String,
    /// UTF-8 byte offset into the input.
    start: usize,
    /// UTF-8 byte offset into the input, exclusive.
    end: usize,
    /// Python string index into the input.
    char_start: usize,
    /// Python string index into the input, exclusive.
    char_end: usize,
    /// `dictionary`, `amount`, `date`, `pattern` or `coreference`.
    source: &'static str,
}

impl Mention {
    fn from_core(m: &korex::Mention) -> Mention {
        Mention {
            text: m.text.clone(),
            start: m.start,
            end: m.end,
            char_start: m.char_start,
            char_end: m.char_end,
            source: source_name(m.source),
        }
    }
}

#[pymethods]
impl Mention {
    fn __repr__(&self) -> String {
        format!(
            "Mention(text={:?}, char_start={}, char_end={}, source={:?})",
            self.text, self.char_start, self.char_end, self.source
        )
    }
}

/// Money: `number` (an int, or a `decimal.Decimal` when not whole), ISO 4217 `currency`,
/// `qualifier` and, for a range, `max`.
#[pyclass(frozen, get_all, module = "korex")]
pub struct AmountValue {
    /// The amount, exact (the lower bound of a range).
    number: Py<PyAny>,
    /// ISO 4217 code (`KRW`, `USD` …).
    currency: String,
    /// `exact`, `approx`, `at_least`, `more_than`, `at_most` or `less_than`.
    qualifier: &'static str,
    /// The upper bound of a range, or None.
    max: Option<Py<PyAny>>,
}

impl AmountValue {
    fn from_core(py: Python<'_>, a: &korex::AmountValue) -> PyResult<AmountValue> {
        Ok(AmountValue {
            number: decimal(py, a.number)?,
            currency: a.currency.clone(),
            qualifier: qualifier_name(a.qualifier),
            max: a.max.map(|m| decimal(py, m)).transpose()?,
        })
    }
}

#[pymethods]
impl AmountValue {
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "AmountValue(number={}, currency={:?}, qualifier={:?})",
            self.number.bind(py).repr()?,
            self.currency,
            self.qualifier
        ))
    }
}

/// A date: `date` (ISO-8601 cut to its grain, or None when unresolved), `grain`, and the
/// text of an `unresolved` relative date.
#[pyclass(frozen, get_all, module = "korex")]
pub struct DateValue {
    /// `2024-11-26`, `2024-10`, `2024` …, or None when unresolved.
    date: Option<String>,
    /// `year`, `half`, `quarter`, `month`, `week`, `day`, `hour`, `minute` or `second`.
    grain: &'static str,
    /// The relative date's text when there was no reference date, else None.
    unresolved: Option<String>,
}

#[pymethods]
impl DateValue {
    fn __repr__(&self) -> String {
        format!("DateValue(date={:?}, grain={:?})", self.date, self.grain)
    }
}

/// A relation between entities, found by a rule.
#[pyclass(frozen, get_all, module = "korex")]
pub struct Relation {
    /// `mou`, `visit`, `meeting` … or a type of your rule pack.
    #[pyo3(name = "type")]
    kind: String,
    /// The arguments, in the rule's role order.
    args: Py<PyTuple>,
    /// The text span the relation was read from.
    evidence: Py<Span>,
    /// The id of the rule that found it.
    rule: String,
}

impl Relation {
    fn from_core(py: Python<'_>, r: &korex::Relation) -> PyResult<Relation> {
        let args = r
            .args
            .iter()
            .map(|a| Arg {
                role: a.role.clone(),
                entity: a.entity.clone(),
                text: a.text.clone(),
            })
            .collect::<Vec<_>>();
        Ok(Relation {
            kind: r.kind.clone(),
            args: PyTuple::new(py, args)?.unbind(),
            evidence: Py::new(py, Span::from_core(&r.evidence))?,
            rule: r.rule.clone(),
        })
    }
}

#[pymethods]
impl Relation {
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Relation(type={:?}, args={}, rule={:?})",
            self.kind,
            self.args.bind(py).len(),
            self.rule
        )
    }
}

/// One argument of a relation: an entity id, or free text for text roles (`what`).
#[pyclass(frozen, get_all, module = "korex")]
pub struct Arg {
    /// The role (`party`, `visitor`, `date` …).
    role: String,
    /// The entity id for entity roles, else None.
    entity: Option<String>,
    /// The text for free-text roles, else None.
    text: Option<String>,
}

#[pymethods]
impl Arg {
    fn __repr__(&self) -> String {
        match (&self.entity, &self.text) {
            (Some(e), _) => format!("Arg(role={:?}, entity={e:?})", self.role),
            (None, Some(t)) => format!("Arg(role={:?}, text={t:?})", self.role),
            (None, None) => format!("Arg(role={:?})", self.role),
        }
    }
}

/// A span of the input, in UTF-8 bytes and in Python string indices.
#[pyclass(frozen, get_all, module = "korex")]
pub struct Span {
    /// UTF-8 byte offset.
    start: usize,
    /// UTF-8 byte offset, exclusive.
    end: usize,
    /// Python string index.
    char_start: usize,
    /// Python string index, exclusive.
    char_end: usize,
}

impl Span {
    fn from_core(s: &korex::Span) -> Span {
        Span {
            start: s.start,
            end: s.end,
            char_start: s.char_start,
            char_end: s.char_end,
        }
    }
}

#[pymethods]
impl Span {
    fn __repr__(&self) -> String {
        format!(
            "Span(char_start={}, char_end={})",
            self.char_start, self.char_end
        )
    }
}

/// A whole amount as a Python int (exact at any size), else a `decimal.Decimal`.
fn decimal(py: Python<'_>, d: korex::Decimal) -> PyResult<Py<PyAny>> {
    match d.to_int() {
        Some(i) => Ok(i.into_pyobject(py)?.into_any().unbind()),
        None => {
            let module = PyModule::import(py, "decimal")?;
            Ok(module.getattr("Decimal")?.call1((d.to_string(),))?.unbind())
        }
    }
}

fn source_name(source: korex::Source) -> &'static str {
    match source {
        korex::Source::Dictionary => "dictionary",
        korex::Source::Amount => "amount",
        korex::Source::Date => "date",
        korex::Source::Pattern => "pattern",
        korex::Source::Coreference => "coreference",
    }
}

fn qualifier_name(q: korex::Qualifier) -> &'static str {
    match q {
        korex::Qualifier::Exact => "exact",
        korex::Qualifier::Approx => "approx",
        korex::Qualifier::AtLeast => "at_least",
        korex::Qualifier::MoreThan => "more_than",
        korex::Qualifier::AtMost => "at_most",
        korex::Qualifier::LessThan => "less_than",
    }
}

fn grain_name(g: korex::Grain) -> &'static str {
    match g {
        korex::Grain::Year => "year",
        korex::Grain::Half => "half",
        korex::Grain::Quarter => "quarter",
        korex::Grain::Month => "month",
        korex::Grain::Week => "week",
        korex::Grain::Day => "day",
        korex::Grain::Hour => "hour",
        korex::Grain::Minute => "minute",
        korex::Grain::Second => "second",
    }
}
