//! `korex extract`: inputs stream through a window of documents extracted in parallel and
//! written in input order, each as soon as it and those before it are done.
//!
//! A reader thread hands on files or JSONL lines as they arrive (a bounded channel, so
//! memory holds the window, not the input). Each document runs on the thread pool with a
//! panic caught and a time budget; a document that fails is reported in place and the
//! batch goes on.

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

/// Documents in flight at most (extracting, or done and waiting for those before them).
const WINDOW: usize = 512;
/// Input bytes in flight at most, besides the one document that may exceed it alone.
const WINDOW_BYTES: usize = 32 << 20;
/// Items the reader may have read ahead.
const READ_AHEAD: usize = 256;

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

enum State {
    Queued,
    Running(Instant),
    Finished(Done),
}

/// One item's place in the output order.
struct Slot {
    state: Mutex<State>,
    ready: Condvar,
    bytes: usize,
    /// Where the item comes from, to report it when it runs over budget.
    origin: Arc<str>,
    line: Option<usize>,
}

impl Slot {
    fn new(state: State, bytes: usize, origin: Arc<str>, line: Option<usize>) -> Arc<Slot> {
        Arc::new(Slot {
            state: Mutex::new(state),
            ready: Condvar::new(),
            bytes,
            origin,
            line,
        })
    }

    fn set(&self, state: State) {
        *self.state.lock().unwrap_or_else(|e| e.into_inner()) = state;
        self.ready.notify_all();
    }

    fn is_finished(&self) -> bool {
        matches!(
            *self.state.lock().unwrap_or_else(|e| e.into_inner()),
            State::Finished(_)
        )
    }

    /// Waits until the item is done, or until it has run `budget` (then `None`).
    fn wait(&self, budget: Duration) -> Option<Done> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            match &*state {
                State::Finished(_) => {
                    let State::Finished(done) = std::mem::replace(&mut *state, State::Queued)
                    else {
                        unreachable!()
                    };
                    return Some(done);
                }
                State::Queued => {
                    state = self.ready.wait(state).unwrap_or_else(|e| e.into_inner());
                }
                State::Running(started) => {
                    let left = budget.saturating_sub(started.elapsed());
                    if left.is_zero() {
                        return None;
                    }
                    state = self
                        .ready
                        .wait_timeout(state, left)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                }
            }
        }
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

    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    if format == Format::Html {
        html::begin(&mut out)?;
    }
    let mut inflight: VecDeque<Arc<Slot>> = VecDeque::new();
    let mut inflight_bytes = 0usize;
    let (mut bad_lines, mut bad_inputs) = (false, false);
    let mut seq = 0usize;
    let mut input_done = false;
    loop {
        // Take what has arrived (waiting only when nothing is in flight).
        while !input_done && inflight.len() < WINDOW && inflight_bytes < WINDOW_BYTES {
            let item = if inflight.is_empty() {
                match rx.recv() {
                    Ok(item) => item,
                    Err(_) => {
                        input_done = true;
                        break;
                    }
                }
            } else {
                match rx.try_recv() {
                    Ok(item) => item,
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        input_done = true;
                        break;
                    }
                }
            };
            let slot = match item {
                Item::Unreadable(message) => Slot::new(
                    State::Finished(Done::Unreadable(message)),
                    0,
                    "".into(),
                    None,
                ),
                Item::Doc {
                    origin,
                    line,
                    id,
                    bytes,
                } => {
                    let slot = Slot::new(State::Queued, bytes.len(), origin.clone(), line);
                    let (job, worker_slot) = (job.clone(), slot.clone());
                    let n = seq;
                    pool.spawn(move || {
                        worker_slot.set(State::Running(Instant::now()));
                        let done = job.run(origin, line, id, &bytes, n);
                        drop(bytes);
                        worker_slot.set(State::Finished(done));
                    });
                    seq += 1;
                    slot
                }
            };
            inflight_bytes += slot.bytes;
            inflight.push_back(slot);
        }
        let Some(slot) = inflight.pop_front() else {
            break;
        };
        inflight_bytes -= slot.bytes;
        let done = slot.wait(budget).unwrap_or_else(|| Done::Bad {
            origin: slot.origin.clone(),
            line: slot.line,
            id: None,
            message: format!(
                "over the budget of {}s per document (--timeout); skipped",
                args.timeout
            ),
        });
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
        if let Some(bar) = &progress {
            bar.inc(slot.bytes as u64);
        }
        if inflight.front().is_none_or(|s| !s.is_finished()) {
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
