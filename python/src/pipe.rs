//! `Extractor.pipe`: many texts in parallel in Rust, with the GIL released, in input order.
//!
//! The iterator reads a batch of texts from Python, extracts the batch on its own thread
//! pool while Python runs other threads, then hands the documents out one by one.

use std::collections::VecDeque;
use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyTuple};

use crate::document::Document;
use crate::input::{text_of, DocId};

/// The iterator `Extractor.pipe` returns.
#[pyclass(module = "korex")]
pub struct Pipe {
    extractor: Arc<korex::Extractor>,
    source: Py<PyIterator>,
    as_tuples: bool,
    batch_size: usize,
    pool: rayon::ThreadPool,
    ready: VecDeque<(korex::Document, Option<Py<PyAny>>)>,
    exhausted: bool,
}

impl Pipe {
    pub fn new(
        extractor: Arc<korex::Extractor>,
        texts: &Bound<'_, PyAny>,
        as_tuples: bool,
        batch_size: usize,
        n_threads: Option<usize>,
    ) -> PyResult<Pipe> {
        if batch_size == 0 {
            return Err(PyValueError::new_err("batch_size must be at least 1"));
        }
        let threads = match n_threads {
            Some(0) => return Err(PyValueError::new_err("n_threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("korex-pipe-{i}"))
            .build()
            .map_err(|e| PyValueError::new_err(format!("cannot start {threads} threads: {e}")))?;
        Ok(Pipe {
            extractor,
            source: texts.try_iter()?.unbind(),
            as_tuples,
            batch_size,
            pool,
            ready: VecDeque::new(),
            exhausted: false,
        })
    }

    /// Reads up to `batch_size` items and extracts them; false when the input is done.
    fn fill(&mut self, py: Python<'_>) -> PyResult<bool> {
        let mut texts = Vec::with_capacity(self.batch_size);
        let mut contexts = Vec::with_capacity(if self.as_tuples { self.batch_size } else { 0 });
        let source = self.source.bind(py).clone();
        for item in source.take(self.batch_size) {
            let item = item?;
            if self.as_tuples {
                let pair = item
                    .cast::<PyTuple>()
                    .ok()
                    .filter(|t| t.len() == 2)
                    .ok_or_else(|| {
                        PyTypeError::new_err(
                            "with as_tuples=True, each item must be a (text, context) tuple",
                        )
                    })?;
                texts.push(text_of(
                    &pair.get_item(0)?,
                    "the text of a (text, context) pair",
                )?);
                contexts.push(pair.get_item(1)?.unbind());
            } else {
                texts.push(text_of(&item, "each text given to pipe()")?);
            }
        }
        if texts.len() < self.batch_size {
            self.exhausted = true;
        }
        if texts.is_empty() {
            return Ok(false);
        }
        let extractor = &self.extractor;
        let pool = &self.pool;
        let docs: Vec<korex::Document> = py.detach(|| {
            use rayon::prelude::*;
            pool.install(|| texts.par_iter().map(|t| extractor.extract(t)).collect())
        });
        let mut contexts = contexts.into_iter();
        self.ready
            .extend(docs.into_iter().map(|d| (d, contexts.next())));
        Ok(true)
    }
}

#[pymethods]
impl Pipe {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(mut slf: PyRefMut<'_, Self>, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if slf.ready.is_empty() && (slf.exhausted || !slf.fill(py)?) {
            return Ok(None);
        }
        let Some((doc, context)) = slf.ready.pop_front() else {
            return Ok(None);
        };
        let doc = Py::new(py, Document::new(doc, DocId::None))?;
        Ok(Some(match context {
            Some(context) => (doc, context).into_pyobject(py)?.into_any().unbind(),
            None => doc.into_any(),
        }))
    }
}
