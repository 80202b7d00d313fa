//! Reading the inputs: files or standard input (`-`), a leading BOM stripped, JSONL lines
//! ended by LF, CRLF or a lone CR, read a buffer at a time so a line on a pipe is handed on
//! as soon as it arrives and memory never holds more than the lines in flight.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where an input comes from, for messages and ids.
#[derive(Debug, Clone)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// `-` is standard input.
    pub fn from_arg(path: &Path) -> Source {
        if path == Path::new("-") {
            Source::Stdin
        } else {
            Source::File(path.to_path_buf())
        }
    }

    /// The name in messages: the path, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".into(),
            Source::File(p) => p.display().to_string(),
        }
    }

    /// The document id of a whole-file input: the file stem (`기사1.txt` → `기사1`).
    pub fn stem(&self) -> Option<String> {
        match self {
            Source::Stdin => None,
            Source::File(p) => Some(
                p.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| p.display().to_string()),
            ),
        }
    }

    fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        Ok(match self {
            Source::Stdin => Box::new(io::stdin()),
            Source::File(p) => Box::new(File::open(p)?),
        })
    }

    /// Bytes in the file, for the progress bar; unknown for standard input.
    pub fn size(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        }
    }

    /// The whole input, without a leading BOM.
    pub fn read_all(&self) -> Result<Vec<u8>, String> {
        let mut bytes = Vec::new();
        self.open()
            .and_then(|mut r| r.read_to_end(&mut bytes))
            .map_err(|e| format!("{}: cannot read: {e}", self.name()))?;
        if bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
        }
        Ok(bytes)
    }
}

/// One unit of work for the extractor, in input order.
pub enum Item {
    /// A document: a whole file, or one JSONL line.
    Doc {
        origin: Arc<str>,
        /// The 1-based line, for JSONL.
        line: Option<usize>,
        /// The file stem, for a whole-file document.
        id: Option<String>,
        bytes: Vec<u8>,
    },
    /// An input that could not be read.
    Unreadable(String),
}

/// Reads every input in order and sends its items; stops when the receiver is gone.
pub fn read_items(sources: Vec<Source>, jsonl: bool, tx: SyncSender<Item>) {
    for source in sources {
        let origin: Arc<str> = source.name().into();
        let sent = if jsonl {
            send_lines(&source, &origin, &tx)
        } else {
            let item = match source.read_all() {
                Ok(bytes) => Item::Doc {
                    origin,
                    line: None,
                    id: source.stem(),
                    bytes,
                },
                Err(message) => Item::Unreadable(message),
            };
            tx.send(item).is_ok()
        };
        if !sent {
            return;
        }
    }
}

/// Sends each non-blank line of a JSONL input; false when the receiver is gone.
fn send_lines(source: &Source, origin: &Arc<str>, tx: &SyncSender<Item>) -> bool {
    let reader = match source.open() {
        Ok(r) => r,
        Err(e) => {
            return tx
                .send(Item::Unreadable(format!("{origin}: cannot read: {e}")))
                .is_ok()
        }
    };
    let mut lines = Lines::new(BufReader::with_capacity(1 << 16, reader));
    loop {
        let mut buf = Vec::new();
        match lines.next_line(&mut buf) {
            Ok(None) => return true,
            Ok(Some(n)) => {
                if buf.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                let item = Item::Doc {
                    origin: origin.clone(),
                    line: Some(n),
                    id: None,
                    bytes: buf,
                };
                if tx.send(item).is_err() {
                    return false;
                }
            }
            Err(e) => {
                let message = format!("{origin}:{}: cannot read: {e}", lines.number + 1);
                return tx.send(Item::Unreadable(message)).is_ok();
            }
        }
    }
}

/// Splits a byte stream into lines at LF, CRLF or a lone CR; the first line loses a BOM.
pub struct Lines<R> {
    inner: R,
    /// The last line ended with CR: a LF right after it belongs to that line end.
    after_cr: bool,
    /// Lines returned so far (the number of the last one).
    pub number: usize,
}

impl<R: BufRead> Lines<R> {
    pub fn new(inner: R) -> Self {
        Lines {
            inner,
            after_cr: false,
            number: 0,
        }
    }

    /// Reads the next line into `buf` (without its end); its 1-based number, or None at
    /// the end of the input.
    pub fn next_line(&mut self, buf: &mut Vec<u8>) -> io::Result<Option<usize>> {
        buf.clear();
        let mut any = false;
        loop {
            let available = match self.inner.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                break;
            }
            if self.after_cr {
                self.after_cr = false;
                if available[0] == b'\n' {
                    self.inner.consume(1);
                    continue;
                }
            }
            any = true;
            match memchr::memchr2(b'\n', b'\r', available) {
                Some(i) => {
                    buf.extend_from_slice(&available[..i]);
                    self.after_cr = available[i] == b'\r';
                    self.inner.consume(i + 1);
                    return Ok(Some(self.finish(buf)));
                }
                None => {
                    let n = available.len();
                    buf.extend_from_slice(available);
                    self.inner.consume(n);
                }
            }
        }
        Ok(any.then(|| self.finish(buf)))
    }

    fn finish(&mut self, buf: &mut Vec<u8>) -> usize {
        self.number += 1;
        if self.number == 1 && buf.starts_with(BOM) {
            buf.drain(..BOM.len());
        }
        self.number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(input: &[u8]) -> Vec<(usize, String)> {
        let mut lines = Lines::new(input);
        let mut out = Vec::new();
        let mut buf = Vec::new();
        while let Some(n) = lines.next_line(&mut buf).unwrap() {
            out.push((n, String::from_utf8(buf.clone()).unwrap()));
        }
        out
    }

    #[test]
    fn lf_crlf_and_lone_cr_end_lines() {
        let got = split(b"\xEF\xBB\xBFa\r\nb\rc\n\nd");
        let want = [(1, "a"), (2, "b"), (3, "c"), (4, ""), (5, "d")];
        let want: Vec<(usize, String)> = want.iter().map(|(n, s)| (*n, s.to_string())).collect();
        assert_eq!(got, want);
        assert_eq!(split(b"a\r"), vec![(1, "a".to_string())]);
        assert_eq!(split(b""), vec![]);
    }

    #[test]
    fn crlf_split_across_buffers_is_one_line_end() {
        let reader = BufReader::with_capacity(2, &b"ab\r\ncd\r"[..]);
        let mut lines = Lines::new(reader);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        while let Some(n) = lines.next_line(&mut buf).unwrap() {
            got.push((n, String::from_utf8(buf.clone()).unwrap()));
        }
        assert_eq!(got, vec![(1, "ab".to_string()), (2, "cd".to_string())]);
    }
}
