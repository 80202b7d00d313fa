//! What the benches share: the corpus and the default dictionaries' surfaces. Each bench
//! compiles this module on its own and uses part of it.
#![allow(dead_code)]

use korex::DEFAULT_DICTIONARIES;

/// The shared Korean news corpus (one paragraph a line), if it is beside the repository.
pub const CORPUS: &str = "../shared/corpora/ko-news-text/ko_news_paragraphs.txt";

/// Every surface of the default dictionaries (canonical names and aliases), sorted, once each.
pub fn default_surfaces() -> Vec<String> {
    let mut v = Vec::new();
    for (_, tsv) in DEFAULT_DICTIONARIES {
        for line in tsv
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        {
            let cols: Vec<&str> = line.split('\t').collect();
            v.push(cols[0].trim().to_string());
            if let Some(aliases) = cols.get(2) {
                v.extend(
                    aliases
                        .split('|')
                        .map(str::trim)
                        .filter(|a| !a.is_empty())
                        .map(String::from),
                );
            }
        }
    }
    v.sort();
    v.dedup();
    v
}

/// Extracts every document and counts the mentions found: the answer a timed loop checks.
pub fn count_mentions(extractor: &korex::Extractor, docs: &[&str]) -> usize {
    docs.iter()
        .map(|d| {
            extractor
                .extract(d)
                .entities
                .iter()
                .map(|e| e.mentions.len())
                .sum::<usize>()
        })
        .sum()
}
