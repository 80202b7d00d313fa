//! One error type for everything korex loads: dictionaries, rule packs, files.
//!
//! Every error says *where* the problem is (file, line, rule id) and *what* it is, so a
//! user fixing a dictionary or a rule pack never has to guess.

use std::fmt;

/// The result type of korex's fallible operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from loading a dictionary, a rule pack or an input file.
///
/// The message names the origin (a file path, or the name given to an in-memory source),
/// the 1-based line where known, and the problem:
///
/// ```
/// let err = korex::ExtractorBuilder::new()
///     .dictionary_str("mine.tsv", "오픈AI\tCOMPANY\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "mine.tsv:1: unknown entity type `COMPANY` (expected ORG, PERSON, TITLE, LOCATION or EVENT)");
/// assert_eq!(err.line(), Some(1));
/// ```
#[derive(Debug)]
pub struct Error {
    origin: Option<String>,
    line: Option<usize>,
    kind: ErrorKind,
}

/// What went wrong, without the location.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file could not be read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// A file is not valid UTF-8.
    #[error("not valid UTF-8 (at byte {0})")]
    Utf8(usize),
    /// A dictionary line is malformed.
    #[error("{0}")]
    Dictionary(String),
    /// A rule pack is malformed or a rule is invalid.
    #[error("{0}")]
    RulePack(String),
    /// A rule pack example did not give what it expects.
    #[error("{0}")]
    Example(String),
    /// An option given to the builder is invalid.
    #[error("{0}")]
    Option(String),
    /// The dictionary automaton could not be built.
    #[error("cannot build the dictionary automaton: {0}")]
    Automaton(String),
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Self {
        Error {
            origin: None,
            line: None,
            kind,
        }
    }

    pub(crate) fn at(origin: impl Into<String>, line: Option<usize>, kind: ErrorKind) -> Self {
        Error {
            origin: Some(origin.into()),
            line,
            kind,
        }
    }

    pub(crate) fn io(path: &std::path::Path, err: std::io::Error) -> Self {
        Error::at(path.display().to_string(), None, ErrorKind::Io(err))
    }

    /// The file or source name the error is about, if any.
    pub fn origin(&self) -> Option<&str> {
        self.origin.as_deref()
    }

    /// The 1-based line the error is about, if any.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// What went wrong, taken out of the error.
    pub fn into_kind(self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.origin, self.line) {
            (Some(o), Some(l)) => write!(f, "{o}:{l}: {}", self.kind),
            (Some(o), None) => write!(f, "{o}: {}", self.kind),
            (None, Some(l)) => write!(f, "line {l}: {}", self.kind),
            (None, None) => write!(f, "{}", self.kind),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

/// Reads a file as UTF-8, with an error naming the file and the line of the first invalid
/// byte.
pub(crate) fn read_utf8(path: &std::path::Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = memchr::memchr_iter(b'\n', &bytes[..at]).count() + 1;
        Error::at(path.display().to_string(), Some(line), ErrorKind::Utf8(at))
    })
}

/// Something in a dictionary that korex accepts but a user should know about: one surface
/// given two entity types (`서울` as a LOCATION in one file and an ORG in another).
///
/// The extractor keeps both entries; [`Extractor::warnings`](crate::Extractor::warnings)
/// lists these, and the CLI prints them on standard error.
///
/// ```
/// let extractor = korex::Extractor::builder()
///     .default_dictionaries(false)
///     .dictionary_str("mine.tsv", "카카오\tORG\n카카오\tLOCATION\n")
///     .build()?;
/// let w = &extractor.warnings()[0];
/// assert_eq!(w.to_string(), "mine.tsv:2: surface `카카오` is LOCATION here but ORG at mine.tsv:1");
/// # Ok::<(), korex::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    origin: String,
    line: Option<usize>,
    message: String,
}

impl Warning {
    pub(crate) fn new(origin: impl Into<String>, line: Option<usize>, message: String) -> Self {
        Warning {
            origin: origin.into(),
            line,
            message,
        }
    }

    /// The file or source name the warning is about.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The 1-based line the warning is about, if any.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// What the warning says, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{l}: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}
