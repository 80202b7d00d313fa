//! What Python hands in: texts, ids and reference dates, checked once at the boundary.

use chrono::{Datelike, NaiveDate};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt, PyString};

/// The text of a Python `str`, owned.
///
/// A `str` with lone surrogates (which UTF-8 cannot hold) has each surrogate replaced by
/// `?`, one character for one, so `char_start`/`char_end` still index the caller's string.
pub fn text_of(item: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    let s = item.cast::<PyString>().map_err(|_| {
        let kind = item
            .get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "?".into());
        PyTypeError::new_err(format!("{what} must be a str, not {kind}"))
    })?;
    match s.to_str() {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => {
            let bytes = s.call_method1("encode", ("utf-8", "replace"))?;
            let bytes: Vec<u8> = bytes.extract()?;
            String::from_utf8(bytes).map_err(|e| PyValueError::new_err(e.to_string()))
        }
    }
}

/// A document id as the JSON contract keeps it: a string, an integer, or null.
#[derive(Debug, Clone, PartialEq)]
pub enum DocId {
    /// No id.
    None,
    /// A string id.
    Str(String),
    /// An integer id (JSONL ids that were numbers).
    Int(i64),
}

impl DocId {
    /// Reads `None`, a `str` or an `int`; anything else is a `TypeError`.
    pub fn from_py(id: Option<&Bound<'_, PyAny>>) -> PyResult<DocId> {
        let Some(id) = id.filter(|id| !id.is_none()) else {
            return Ok(DocId::None);
        };
        if let Ok(s) = id.cast::<PyString>() {
            return Ok(DocId::Str(s.to_str()?.to_owned()));
        }
        if id.is_instance_of::<PyInt>() && !id.is_instance_of::<PyBool>() {
            return Ok(DocId::Int(id.extract()?));
        }
        Err(PyTypeError::new_err("id must be a str, an int or None"))
    }

    /// The id as JSON.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            DocId::None => serde_json::Value::Null,
            DocId::Str(s) => serde_json::Value::String(s.clone()),
            DocId::Int(i) => serde_json::Value::from(*i),
        }
    }

    /// The id as a Python object.
    pub fn to_py(&self, py: Python<'_>) -> Py<PyAny> {
        match self {
            DocId::None => py.None(),
            DocId::Str(s) => PyString::new(py, s).into_any().unbind(),
            DocId::Int(i) => i
                .into_pyobject(py)
                .map(|i| i.into_any().unbind())
                .unwrap_or_else(|_| py.None()),
        }
    }
}

/// A reference date from `"YYYY-MM-DD"` or a `datetime.date`; `None` stays `None`.
pub fn reference_date(date: Option<&Bound<'_, PyAny>>) -> PyResult<Option<NaiveDate>> {
    let Some(date) = date.filter(|d| !d.is_none()) else {
        return Ok(None);
    };
    if let Ok(s) = date.cast::<PyString>() {
        let s = s.to_str()?;
        return NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|e| {
                PyValueError::new_err(format!(
                    "reference_date `{s}` is not a YYYY-MM-DD date: {e}"
                ))
            });
    }
    let field = |name: &str| -> PyResult<i64> { date.getattr(name)?.extract() };
    match (field("year"), field("month"), field("day")) {
        (Ok(y), Ok(m), Ok(d)) => i32::try_from(y)
            .ok()
            .zip(u32::try_from(m).ok().zip(u32::try_from(d).ok()))
            .and_then(|(y, (m, d))| NaiveDate::from_ymd_opt(y, m, d))
            .map(Some)
            .ok_or_else(|| PyValueError::new_err("reference_date is not a valid date")),
        _ => Err(PyTypeError::new_err(
            "reference_date must be a \"YYYY-MM-DD\" str, a datetime.date or None",
        )),
    }
}

/// `YYYY-MM-DD`, the way the contract writes dates.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}
