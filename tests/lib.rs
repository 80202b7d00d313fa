//! The single integration-test binary: one module per concern.

mod cli;
mod entities;
mod packs;
mod robustness;
