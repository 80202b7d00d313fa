//! The single integration-test binary: one module per concern.

mod cli;
mod discovery;
mod entities;
mod numbers_dates;
mod packs;
mod robustness;
