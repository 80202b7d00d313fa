//! Writing documents in the chosen format: JSON straight from the `Document`, or for people
//! an aligned table (`pretty`) or one HTML page (`html`).

pub mod html;
pub mod pretty;

use std::io::{self, Write};

use korex::{DocId, Document};

use crate::args::Format;

/// The line written in place of a JSONL line that could not be used.
#[derive(serde::Serialize)]
struct ErrorRecord<'a> {
    id: Option<&'a DocId>,
    error: &'a str,
    line: usize,
}

/// Renders one document (on a worker) or one reported failure (in order, on the writer).
pub struct Renderer {
    pub format: Format,
    /// ANSI colour in the pretty table.
    pub colour: bool,
}

impl Renderer {
    /// `text` is the document's input (the HTML view shows it); `seq` numbers documents in
    /// output order (the HTML view's element ids).
    pub fn document(
        &self,
        out: &mut Vec<u8>,
        doc: &Document,
        text: &str,
        seq: usize,
    ) -> io::Result<()> {
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, doc)?;
                writeln!(out)
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut *out, doc)?;
                writeln!(out)
            }
            Format::Pretty => pretty::write(out, doc, self.colour),
            Format::Html => html::document(out, doc, text, seq),
        }
    }

    /// A JSONL line that could not be used, in its place: `{"id", "error", "line"}`.
    pub fn error(
        &self,
        out: &mut impl Write,
        id: Option<&DocId>,
        line: Option<usize>,
        message: &str,
    ) -> io::Result<()> {
        let Some(line) = line else {
            return Ok(());
        };
        match self.format {
            Format::Json | Format::Jsonl => {
                let record = ErrorRecord {
                    id,
                    error: message,
                    line,
                };
                serde_json::to_writer(&mut *out, &record)?;
                writeln!(out)
            }
            Format::Pretty => writeln!(out, "! line {line}: {message}\n"),
            Format::Html => html::error(out, line, message),
        }
    }
}
