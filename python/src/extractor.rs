//! `korex.Extractor`: built once from dictionaries and rule packs, shared by every thread.

use std::path::PathBuf;
use std::sync::Arc;

use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyAny, PyTuple, PyType};

use crate::document::Document;
use crate::errors::config_error;
use crate::input::{iso, text_of, DocId};
use crate::pipe::Pipe;

/// What an extractor was built from; kept so it can be pickled (rebuilt where unpickled).
#[derive(Clone)]
struct Config {
    dictionaries: Vec<PathBuf>,
    rule_packs: Vec<PathBuf>,
    default_dictionaries: bool,
    default_rules: bool,
    reference_date: Option<NaiveDate>,
}

impl Config {
    fn build(&self) -> korex::Result<korex::Extractor> {
        let mut builder = korex::Extractor::builder()
            .default_dictionaries(self.default_dictionaries)
            .default_rules(self.default_rules);
        for path in &self.dictionaries {
            builder = builder.dictionary_file(path);
        }
        for path in &self.rule_packs {
            builder = builder.rule_pack_file(path);
        }
        if let Some(date) = self.reference_date {
            builder = builder.reference_date(date);
        }
        builder.build()
    }
}

/// Finds entities and relations in Korean news text.
#[pyclass(frozen, module = "korex")]
pub struct Extractor {
    inner: Arc<korex::Extractor>,
    config: Config,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (dictionaries=None, rule_packs=None, default_dictionaries=true, default_rules=true, reference_date=None))]
    fn new(
        py: Python<'_>,
        dictionaries: Option<Vec<PathBuf>>,
        rule_packs: Option<Vec<PathBuf>>,
        default_dictionaries: bool,
        default_rules: bool,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let config = Config {
            dictionaries: dictionaries.unwrap_or_default(),
            rule_packs: rule_packs.unwrap_or_default(),
            default_dictionaries,
            default_rules,
            reference_date: crate::input::reference_date(reference_date)?,
        };
        // Building compiles the automaton over every surface: let other threads run.
        let inner = py
            .detach(|| config.build())
            .map_err(|e| config_error(py, &e))?;
        Ok(Extractor {
            inner: Arc::new(inner),
            config,
        })
    }

    /// Extracts from one text; `id` (a str or an int) and `reference_date` are this call's.
    #[pyo3(signature = (text, id=None, reference_date=None))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        id: Option<&Bound<'_, PyAny>>,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Document> {
        let text = text_of(text, "text")?;
        let id = DocId::from_py(id)?;
        let options = korex::ExtractOptions {
            id: None,
            reference_date: crate::input::reference_date(reference_date)?,
        };
        let doc = py.detach(|| self.inner.extract_with(&text, &options));
        Ok(Document::new(doc, id))
    }

    /// Extracts from many texts in parallel, yielding documents in input order.
    #[pyo3(signature = (texts, *, as_tuples=false, batch_size=256, n_threads=None))]
    fn pipe(
        &self,
        texts: &Bound<'_, PyAny>,
        as_tuples: bool,
        batch_size: usize,
        n_threads: Option<usize>,
    ) -> PyResult<Pipe> {
        Pipe::new(
            Arc::clone(&self.inner),
            texts,
            as_tuples,
            batch_size,
            n_threads,
        )
    }

    /// The entities found and, for every rule whose trigger occurs, whether it fired or
    /// which argument was missing: the report of `korex explain`.
    #[pyo3(signature = (text, reference_date=None))]
    fn explain(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let text = text_of(text, "text")?;
        let date = crate::input::reference_date(reference_date)?;
        Ok(py.detach(|| self.inner.explain(&text, date)))
    }

    /// Runs a rule pack's examples with this extractor's dictionaries and rules, the pack in
    /// place of a loaded one with the same rules; one `ExampleFailure` per example that did
    /// not give what it expects.
    fn check_pack(&self, py: Python<'_>, path: PathBuf) -> PyResult<Vec<ExampleFailure>> {
        check_pack_with(py, &self.inner, path)
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let c = &self.config;
        let args = (
            c.dictionaries.clone(),
            c.rule_packs.clone(),
            c.default_dictionaries,
            c.default_rules,
            c.reference_date.map(iso),
        )
            .into_pyobject(py)?;
        Ok((py.get_type::<Extractor>(), args))
    }

    fn __repr__(&self) -> String {
        let (entities, surfaces) = self.inner.dictionary_size();
        format!(
            "Extractor(entities={entities}, surfaces={surfaces}, rule_packs={}, reference_date={})",
            self.inner.rule_packs().len(),
            self.config
                .reference_date
                .map_or("None".to_string(), |d| format!("'{}'", iso(d)))
        )
    }
}

/// Runs a rule pack's examples with the default dictionaries and rule packs (the pack in
/// place of a default one with the same rules); see `Extractor.check_pack`.
#[pyfunction]
pub fn check_pack(py: Python<'_>, path: PathBuf) -> PyResult<Vec<ExampleFailure>> {
    let extractor = py
        .detach(|| korex::Extractor::builder().build())
        .map_err(|e| config_error(py, &e))?;
    check_pack_with(py, &extractor, path)
}

fn check_pack_with(
    py: Python<'_>,
    extractor: &korex::Extractor,
    path: PathBuf,
) -> PyResult<Vec<ExampleFailure>> {
    let failures = py
        .detach(|| {
            let pack = korex::RulePack::from_file(&path)?;
            extractor.check_pack(&pack)
        })
        .map_err(|e| config_error(py, &e))?;
    Ok(failures.into_iter().map(ExampleFailure::from).collect())
}

/// A rule pack example that did not give what it expects; `str()` is the CLI's report.
#[pyclass(frozen, module = "korex")]
pub struct ExampleFailure {
    /// The pack's file.
    #[pyo3(get)]
    pack: String,
    /// The example's line in the pack.
    #[pyo3(get)]
    line: usize,
    /// The rule the example names, or None.
    #[pyo3(get)]
    rule: Option<String>,
    /// The example's text.
    #[pyo3(get)]
    text: String,
    /// What the example expects.
    #[pyo3(get)]
    expected: Vec<String>,
    /// What the rules found (the pack's relation types only).
    #[pyo3(get)]
    found: Vec<String>,
    report: String,
}

impl From<korex::ExampleFailure> for ExampleFailure {
    fn from(f: korex::ExampleFailure) -> Self {
        ExampleFailure {
            report: f.to_string(),
            pack: f.pack,
            line: f.line,
            rule: f.rule,
            text: f.text,
            expected: f.expected,
            found: f.found,
        }
    }
}

#[pymethods]
impl ExampleFailure {
    fn __str__(&self) -> &str {
        &self.report
    }

    fn __repr__(&self) -> String {
        format!(
            "ExampleFailure(pack={:?}, line={}, rule={:?})",
            self.pack, self.line, self.rule
        )
    }
}
