//! `korex --version`: the version and what is embedded.

use korex::{DEFAULT_DICTIONARIES, DEFAULT_RULE_PACKS};

/// `0.1.0` and the embedded dictionaries and rule packs, counted from their text (cheap:
/// nothing is compiled).
pub fn long_version() -> &'static str {
    let entries: usize = DEFAULT_DICTIONARIES
        .iter()
        .map(|(_, text)| {
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .count()
        })
        .sum();
    let rules: usize = DEFAULT_RULE_PACKS
        .iter()
        .map(|(_, text)| text.lines().filter(|l| l.trim() == "[[rule]]").count())
        .sum();
    let text = format!(
        "{}\nembedded: {} dictionaries ({entries} entries), {} rule packs ({rules} rules)",
        env!("CARGO_PKG_VERSION"),
        DEFAULT_DICTIONARIES.len(),
        DEFAULT_RULE_PACKS.len(),
    );
    Box::leak(text.into_boxed_str())
}
