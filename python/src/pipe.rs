//! `Extractor.pipe`: many texts in parallel in Rust, with the GIL released, in input order.
//!
//! The iterator reads a batch of texts from Python and hands it to its own thread pool;
//! while Python consumes the documents of one batch, the pool extracts the next, so the
//! extraction and the Python work on its results overlap.

use std::collections::VecDeque;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyIterator, PyTuple};

use crate::document::Document;
use crate::input::{text_of, DocId};

/// A batch handed to the pool: its documents arrive on `docs`, in input order.
struct Batch {
    docs: Mutex<Receiver<Vec<korex::Document>>>,
    contexts: Vec<Py<PyAny>>,
}

/// The iterator `Extractor.pipe` returns.
#[pyclass(module = "korex")]
pub struct Pipe {
    extractor: Arc<korex::Extractor>,
    source: Py<PyIterator>,
    as_tuples: bool,
    batch_size: usize,
    pool: Arc<rayon::ThreadPool>,
    /// Documents ready to hand out, with their contexts.
    ready: VecDeque<(korex::Document, Option<Py<PyAny>>)>,
    /// The batch the pool is extracting.
    pending: Option<Batch>,
    /// The input is read to its end (or to an error).
    exhausted: bool,
    /// An error reading the input, raised once the texts before it are handed out.
    error: Option<PyErr>,
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
            pool: Arc::new(pool),
            ready: VecDeque::new(),
            pending: None,
            exhausted: false,
            error: None,
        })
    }

    /// Reads up to `batch_size` items and starts extracting them on the pool.
    fn submit(&mut self, py: Python<'_>) {
        if self.exhausted {
            return;
        }
        let mut texts = Vec::with_capacity(self.batch_size);
        let mut contexts = Vec::new();
        let source = self.source.bind(py).clone();
        for item in source.take(self.batch_size) {
            match self.read(item) {
                Ok((text, context)) => {
                    texts.push(text);
                    contexts.extend(context);
                }
                Err(e) => {
                    self.error = Some(e);
                    break;
                }
            }
        }
        if texts.len() < self.batch_size {
            self.exhausted = true;
        }
        if texts.is_empty() {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let extractor = Arc::clone(&self.extractor);
        self.pool.spawn(move || {
            use rayon::prelude::*;
            let docs: Vec<korex::Document> =
                texts.par_iter().map(|t| extractor.extract(t)).collect();
            // The receiver is gone only when the iterator was dropped: nobody wants them.
            let _ = tx.send(docs);
        });
        self.pending = Some(Batch {
            docs: Mutex::new(rx),
            contexts,
        });
    }

    /// One input item: its text, and its context with `as_tuples`.
    fn read(&self, item: PyResult<Bound<'_, PyAny>>) -> PyResult<(String, Option<Py<PyAny>>)> {
        let item = item?;
        if !self.as_tuples {
            return Ok((text_of(&item, "each text given to pipe()")?, None));
        }
        let pair = item
            .cast::<PyTuple>()
            .ok()
            .filter(|t| t.len() == 2)
            .ok_or_else(|| {
                PyTypeError::new_err(
                    "with as_tuples=True, each item must be a (text, context) tuple",
                )
            })?;
        let text = text_of(&pair.get_item(0)?, "the text of a (text, context) pair")?;
        Ok((text, Some(pair.get_item(1)?.unbind())))
    }

    /// Waits for the pending batch, starts the next one, and queues the documents.
    fn collect_pending(&mut self, py: Python<'_>) -> PyResult<()> {
        let Some(batch) = self.pending.take() else {
            return Ok(());
        };
        let docs = py.detach(|| {
            let rx = batch
                .docs
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            rx.recv()
        });
        let docs = docs.map_err(|_| PyValueError::new_err("a korex pipe worker stopped"))?;
        self.submit(py);
        let mut contexts = batch.contexts.into_iter();
        let as_tuples = self.as_tuples;
        self.ready.extend(
            docs.into_iter()
                .map(|d| (d, if as_tuples { contexts.next() } else { None })),
        );
        Ok(())
    }
}

#[pymethods]
impl Pipe {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(mut slf: PyRefMut<'_, Self>, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if slf.ready.is_empty() {
            if slf.pending.is_none() {
                slf.submit(py);
            }
            slf.collect_pending(py)?;
        }
        let Some((doc, context)) = slf.ready.pop_front() else {
            return match slf.error.take() {
                Some(e) => Err(e),
                None => Ok(None),
            };
        };
        let doc = Py::new(py, Document::new(doc, DocId::None))?;
        Ok(Some(match context {
            Some(context) => (doc, context).into_pyobject(py)?.into_any().unbind(),
            None => doc.into_any(),
        }))
    }
}
