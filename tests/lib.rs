//! The single integration-test binary: one module per concern.

mod cli;
mod entities;
mod numbers_dates;
mod packs;
mod robustness;
