//! `korex.ConfigError`: a dictionary or rule pack that cannot be loaded, with its place.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

pyo3::create_exception!(
    korex,
    ConfigError,
    PyValueError,
    "A dictionary, rule pack or option korex cannot use.\n\n\
     `file` is the file or source name (or None), `line` the 1-based line (or None) and\n\
     `message` the problem without the place; `str(err)` is `file:line: message`."
);

/// The Python exception for a core error, with `file`, `line` and `message` set.
pub fn config_error(py: Python<'_>, err: &korex::Error) -> PyErr {
    let exc = ConfigError::new_err(err.to_string());
    let value = exc.value(py);
    // Setting attributes on a fresh exception instance cannot fail in practice; if it did,
    // the error to report is still the original one.
    let _ = value.setattr("file", err.origin());
    let _ = value.setattr("line", err.line());
    let _ = value.setattr("message", err.kind().to_string());
    exc
}
