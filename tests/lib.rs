//! The single integration-test binary: one module per concern.

mod cli;
mod contract;
mod dictionaries;
mod discovery;
mod entities;
mod eval;
mod numbers_dates;
mod packs;
mod robustness;
mod schema;
