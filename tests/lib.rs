//! The single integration-test binary: one module per concern.

mod cli;
mod packs;
mod entities;
mod robustness;
