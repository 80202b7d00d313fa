//! `korex extract`: inputs stream through a window of chunks extracted in parallel and
//! written in input order, each chunk as soon as it and those before it are done.
//!
//! A reader thread hands on files or JSONL lines as they arrive (a bounded channel, so
//! memory holds the window, not the input). A chunk is whatever has arrived, up to a size:
//! one line on a slow pipe, hundreds from a file. Its documents run on the thread pool with a
//! panic caught and a time budget; a document that fails is reported in place and the batch
//! goes on. Threads wake once per chunk, not per document.

use std::collections::VecDeque;
use std::io::{self, IsTerminal, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use korex::{DocId, ExtractOptions, Extractor, NaiveDate};

use crate::args::{ExtractArgs, Format, InputKind};
use crate::exit::{Failure, Outcome};
use crate::input::{read_items, Item, Source};
use crate::output::{html, Renderer};

/// Documents in one chunk at most.
const CHUNK: usize = 256;
/// Input bytes in one chunk at most, besides a single document that exceeds it alone.
const CHUNK_BYTES: usize = 8 << 20;
/// Chunks in flight at most (extracting, or done and waiting for those before them).
const WINDOW: usize = 4;
/// Items the reader may have read ahead.
const READ_AHEAD: usize = 1024;

/// What became of one item.
enum Done {
    /// The document's output.
    Rendered(Vec<u8>),
    /// A document that could not be extracted: reported, and in place for JSONL.
    Bad {
        origin: Arc<str>,
        line: Option<usize>,
        id: Option<DocId>,
        message: String,
    },
    /// An input that could not be read.
    Unreadable(String),
}

/// A document waiting for a worker.
struct Work {
    index: usize,
    origin: Arc<str>,
    line: Option<usize>,
    id: Option<String>,
    bytes: Vec<u8>,
    seq: usize,
}

/// What the writer knows of a chunk's documents.
struct Progress {
    results: Vec<Option<Done>>,
    /// Documents being extracted: index in the chunk, and since when.
    running: Vec<(usize, Instant)>,
    /// Documents with no result yet.
    remaining: usize,
}

/// One chunk: its queue of documents, drained by as many workers as the pool has, and
/// their results in input order.
struct Chunk {
    queue: Mutex<VecDeque<Work>>,
    progress: Mutex<Progress>,
    ready: Condvar,
    /// Where each document comes from, to report one that runs over budget.
    labels: Vec<(Arc<str>, Option<usize>)>,
    bytes: usize,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Chunk {
    /// Takes documents from the queue until it is empty, recording each result.
    fn drain(&self, job: &Job) {
        loop {
            let Some(work) = lock(&self.queue).pop_front() else {
                return;
            };
            lock(&self.progress)
                .running
                .push((work.index, Instant::now()));
            let done = job.run(work.origin, work.line, work.id, &work.bytes, work.seq);
            let mut progress = lock(&self.progress);
            progress.running.retain(|&(i, _)| i != work.index);
            // A document already reported as over budget keeps that report.
            if progress.results[work.index].is_none() {
                progress.results[work.index] = Some(done);
                progress.remaining -= 1;
                if progress.remaining == 0 {
                    self.ready.notify_all();
                }
            }
        }
    }

    fn is_finished(&self) -> bool {
        lock(&self.progress).remaining == 0
    }

    /// Waits for every result; a document running longer than `budget` is reported as over
    /// budget, and `respawn` lets another worker take over the rest of the queue.
    fn wait(&self, budget: Duration, timeout: f64, respawn: impl Fn()) -> Vec<Done> {
        let mut progress = lock(&self.progress);
        while progress.remaining > 0 {
            let now = Instant::now();
            let over: Vec<usize> = progress
                .running
                .iter()
                .filter(|(_, started)| now.duration_since(*started) >= budget)
                .map(|&(i, _)| i)
                .collect();
            for i in over {
                let (origin, line) = self.labels[i].clone();
                progress.running.retain(|&(j, _)| j != i);
                progress.results[i] = Some(Done::Bad {
                    origin,
                    line,
                    id: None,
                    message: format!(
                        "over the budget of {timeout}s per document (--timeout); skipped"
                    ),
                });
                progress.remaining -= 1;
                respawn();
            }
            if progress.remaining == 0 {
                break;
            }
            let next_deadline = progress
                .running
                .iter()
                .map(|(_, started)| budget.saturating_sub(now.duration_since(*started)))
                .min();
            progress = match next_deadline {
                Some(left) => {
                    self.ready
                        .wait_timeout(progress, left.max(Duration::from_millis(1)))
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
                // Nothing running yet: the workers have not started; wake to check again.
                None => {
                    self.ready
                        .wait_timeout(progress, Duration::from_millis(50))
                        .unwrap_or_else(|e| e.into_inner())
                        .0
                }
            };
        }
        progress
            .results
            .iter_mut()
            .map(|r| r.take().unwrap_or(Done::Unreadable(String::new())))
            .collect()
    }
}

/// Everything a worker needs, shared.
struct Job {
    extractor: Arc<Extractor>,
    renderer: Renderer,
    jsonl: bool,
    default_date: Option<NaiveDate>,
}

impl Job {
    fn run(
        &self,
        origin: Arc<str>,
        line: Option<usize>,
        id: Option<String>,
        bytes: &[u8],
        seq: usize,
    ) -> Done {
        let bad = |id: Option<DocId>, message: String| Done::Bad {
            origin: origin.clone(),
            line,
            id,
            message,
        };
        let (text, options) = if self.jsonl {
            match crate::jsonl::parse(bytes, self.default_date) {
                Ok(p) => (
                    p.text,
                    ExtractOptions {
                        id: p.id,
                        reference_date: p.reference_date,
                    },
                ),
                Err(b) => return bad(b.id, b.message),
            }
        } else {
            match std::str::from_utf8(bytes) {
                Ok(t) => (
                    t.into(),
                    ExtractOptions {
                        id: id.map(DocId::from),
                        reference_date: self.default_date,
                    },
                ),
                Err(e) => {
                    return bad(
                        id.map(DocId::from),
                        format!("not valid UTF-8 (at byte {})", e.valid_up_to()),
                    )
                }
            }
        };
        let extracted = catch_unwind(AssertUnwindSafe(|| {
            let doc = self.extractor.extract_with(&text, &options);
            let mut out = Vec::with_capacity(text.len() * 4);
            self.renderer
                .document(&mut out, &doc, &text, seq)
                .map(|_| out)
        }));
        match extracted {
            Ok(Ok(out)) => Done::Rendered(out),
            Ok(Err(e)) => bad(options.id, format!("cannot render the document: {e}")),
            Err(panic) => {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                bad(
                    options.id,
                    format!("internal error while extracting ({why}); please report this text"),
                )
            }
        }
    }
}

pub fn run(
    args: ExtractArgs,
    extractor: Extractor,
    pool: rayon::ThreadPool,
) -> Result<Outcome, Failure> {
    let stdout = io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        Format::Pretty
    } else {
        Format::Json
    });
    let colour = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let sources: Vec<Source> = if args.files.is_empty() {
        vec![Source::Stdin]
    } else {
        args.files.iter().map(|p| Source::from_arg(p)).collect()
    };
    let progress = crate::progress::bar(&sources, stdout.is_terminal());
    let budget = Duration::try_from_secs_f64(args.timeout.max(0.0)).unwrap_or(Duration::MAX);
    let jsonl = args.input == InputKind::Jsonl;
    let job = Arc::new(Job {
        extractor: Arc::new(extractor),
        renderer: Renderer { format, colour },
        jsonl,
        default_date: args.dict.reference_date,
    });

    let (tx, rx) = mpsc::sync_channel::<Item>(READ_AHEAD);
    std::thread::spawn(move || read_items(sources, jsonl, tx));
    let pool = Arc::new(pool);
    let workers = pool.current_num_threads().max(1);

    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if format == Format::Html {
        html::begin(&mut out)?;
    }
    let mut inflight: VecDeque<Arc<Chunk>> = VecDeque::new();
    let (mut bad_lines, mut bad_inputs) = (false, false);
    let mut seq = 0usize;
    let mut input_done = false;
    let spawn_drainer = |chunk: &Arc<Chunk>| {
        let (chunk, job) = (chunk.clone(), job.clone());
        pool.spawn(move || chunk.drain(&job));
    };
    loop {
        // Make chunks of what has arrived (waiting only when nothing is in flight).
        while !input_done && inflight.len() < WINDOW {
            let mut items = Vec::new();
            let mut bytes = 0;
            while items.len() < CHUNK && bytes < CHUNK_BYTES {
                let next = if items.is_empty() && inflight.is_empty() {
                    rx.recv().map_err(|_| TryRecvError::Disconnected)
                } else {
                    rx.try_recv()
                };
                match next {
                    Ok(item) => {
                        if let Item::Doc { bytes: b, .. } = &item {
                            bytes += b.len();
                        }
                        items.push(item);
                    }
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        input_done = true;
                        break;
                    }
                }
            }
            if items.is_empty() {
                break;
            }
            let n = items.len();
            let mut results: Vec<Option<Done>> = Vec::with_capacity(n);
            let mut labels = Vec::with_capacity(n);
            let mut queue = VecDeque::with_capacity(n);
            for (index, item) in items.into_iter().enumerate() {
                match item {
                    Item::Unreadable(message) => {
                        results.push(Some(Done::Unreadable(message)));
                        labels.push(("".into(), None));
                    }
                    Item::Doc {
                        origin,
                        line,
                        id,
                        bytes,
                    } => {
                        results.push(None);
                        labels.push((origin.clone(), line));
                        queue.push_back(Work {
                            index,
                            origin,
                            line,
                            id,
                            bytes,
                            seq,
                        });
                        seq += 1;
                    }
                }
            }
            let docs = queue.len();
            let chunk = Arc::new(Chunk {
                queue: Mutex::new(queue),
                progress: Mutex::new(Progress {
                    results,
                    running: Vec::new(),
                    remaining: docs,
                }),
                ready: Condvar::new(),
                labels,
                bytes,
            });
            for _ in 0..workers.min(docs) {
                spawn_drainer(&chunk);
            }
            inflight.push_back(chunk);
        }
        let Some(chunk) = inflight.pop_front() else {
            break;
        };
        for done in chunk.wait(budget, args.timeout, || spawn_drainer(&chunk)) {
            match done {
                Done::Rendered(bytes) => out.write_all(&bytes)?,
                Done::Bad {
                    origin,
                    line,
                    id,
                    message,
                } => {
                    match line {
                        Some(n) => {
                            bad_lines = true;
                            crate::report(&format!("{origin}:{n}: {message}"));
                        }
                        None => {
                            bad_inputs = true;
                            let at = if origin.is_empty() {
                                String::new()
                            } else {
                                format!("{origin}: ")
                            };
                            crate::report(&format!("{at}{message}"));
                        }
                    }
                    job.renderer.error(&mut out, id.as_ref(), line, &message)?;
                }
                Done::Unreadable(message) => {
                    bad_inputs = true;
                    crate::report(&message);
                }
            }
        }
        if let Some(bar) = &progress {
            bar.inc(chunk.bytes as u64);
        }
        if inflight.front().is_none_or(|c| !c.is_finished()) {
            out.flush()?;
        }
    }
    if format == Format::Html {
        html::end(&mut out)?;
    }
    out.flush()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(Outcome::from_failures(
        bad_inputs || (bad_lines && !args.keep_going),
    ))
}
