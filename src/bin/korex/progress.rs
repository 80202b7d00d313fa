//! A progress bar on stderr for long batches: only when stderr is a terminal and the
//! output goes elsewhere (so bar and table never share a screen), never in pipes.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::input::Source;

/// A bar counting input bytes (when every input's size is known), else a spinner.
pub fn bar(sources: &[Source], stdout_is_terminal: bool) -> Option<ProgressBar> {
    if stdout_is_terminal || !std::io::stderr().is_terminal() {
        return None;
    }
    let total: Option<u64> = sources.iter().map(Source::size).sum();
    let bar = match total {
        Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
            .with_style(
                ProgressStyle::with_template(
                    "{bar:40} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} eta {eta}",
                )
                .ok()?,
            ),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(
            ProgressStyle::with_template(
                "{spinner} {binary_bytes} {binary_bytes_per_sec} {elapsed}",
            )
            .ok()?,
        ),
    };
    Some(bar)
}
