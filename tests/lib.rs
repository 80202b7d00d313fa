//! The single integration-test binary: one module per concern.

mod cli;
mod contract;
mod dictionaries;
mod entities;
mod numbers_dates;
mod packs;
mod robustness;
