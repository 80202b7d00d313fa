//! Python bindings of korex: the same Rust core, thin wrappers.
//!
//! The module is `korex._korex`; the `korex` Python package re-exports it and adds the
//! Spark recipe. Documents stay Rust values until Python reads an attribute, so `pipe`
//! costs little more than the extraction itself.

mod document;
mod errors;
mod extractor;
mod input;
mod pipe;

use pyo3::prelude::*;

/// The extension's own allocations (a mention's text, an entity's id: many, small and
/// short-lived) go to mimalloc, as in the `korex` CLI; Python's objects stay with Python's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// korex: entities and relations from Korean news.
#[pymodule]
fn _korex(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("ConfigError", m.py().get_type::<errors::ConfigError>())?;
    m.add_class::<extractor::Extractor>()?;
    m.add_class::<extractor::ExampleFailure>()?;
    m.add_class::<pipe::Pipe>()?;
    m.add_class::<document::Document>()?;
    m.add_class::<document::Entity>()?;
    m.add_class::<document::Mention>()?;
    m.add_class::<document::AmountValue>()?;
    m.add_class::<document::DateValue>()?;
    m.add_class::<document::Relation>()?;
    m.add_class::<document::Arg>()?;
    m.add_class::<document::Span>()?;
    m.add_function(wrap_pyfunction!(extractor::check_pack, m)?)?;
    Ok(())
}
