//! Throughput of `extract` next to a bare Aho-Corasick scan of the same text with the same
//! dictionary, measured in the same run; and the time to build the `Extractor`.
//!
//! Corpus: `../shared/corpora/ko-news-text/ko_news_paragraphs.txt` (one paragraph a line,
//! each line one document), or a generated news-like corpus when that file is absent.
//! Every timed loop checks its own answer (match and entity counts).
//!
//! Run: `cargo bench --bench extract` (about two minutes on two cores).

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use korex::{AutomatonKind, Extractor};

mod common;

use common::{default_surfaces as surfaces, CORPUS};

fn corpus() -> String {
    match std::fs::read_to_string(CORPUS) {
        Ok(text) => text,
        Err(_) => generated_corpus(6_000_000),
    }
}

/// News-like sentences built from the default dictionaries' names, for machines without the
/// shared corpus.
fn generated_corpus(bytes: usize) -> String {
    let names = surfaces();
    let frames = [
        "{}는 지난 26일 {}과 업무협약을 체결했다고 밝혔다.",
        "{} 관계자는 {}에서 열린 행사에서 1조6000억원 규모의 투자 계획을 발표했다.",
        "업계에서는 {}이 올해 하반기 {} 시장에 진출할 것으로 보고 있다.",
    ];
    let mut out = String::with_capacity(bytes + 200);
    let mut i = 0usize;
    while out.len() < bytes {
        let f = frames[i % frames.len()];
        let a = &names[(i * 7919) % names.len()];
        let b = &names[(i * 104_729 + 13) % names.len()];
        out.push_str(&f.replacen("{}", a, 1).replacen("{}", b, 1));
        out.push('\n');
        i += 1;
    }
    out
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let docs: Vec<&str> = text.lines().collect();
    let surfaces = surfaces();

    let mut build = c.benchmark_group("build");
    build
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    build.bench_function("extractor_default", |b| {
        b.iter(|| black_box(Extractor::default()))
    });
    build.bench_function("bare_aho_corasick", |b| {
        b.iter(|| {
            black_box(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&surfaces)
                    .unwrap(),
            )
        })
    });
    build.finish();

    let bare = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&surfaces)
        .unwrap();
    let bare_count = bare.find_iter(&text).count();
    // The foundation: normalization, word boundaries, the dictionary, the JSON contract.
    let dictionary_only = || {
        Extractor::builder()
            .default_rules(false)
            .discovery(false)
            .amounts(false)
            .dates(false)
    };
    // The default prefix index (a double-array trie) and the Aho-Corasick kinds beside it.
    let foundation = dictionary_only().build().unwrap();
    let nfa = dictionary_only()
        .automaton(AutomatonKind::ContiguousNfa)
        .build()
        .unwrap();
    let dfa = dictionary_only()
        .automaton(AutomatonKind::Dfa)
        .build()
        .unwrap();
    // The amount and date grammars alone (no dictionary).
    let grammars = Extractor::builder()
        .default_dictionaries(false)
        .default_rules(false)
        .discovery(false)
        .build()
        .unwrap();
    let entities_only = Extractor::builder().default_rules(false).build().unwrap();
    let full = Extractor::default();
    let count_mentions = |ex: &Extractor| common::count_mentions(ex, &docs);
    let mentions_full = count_mentions(&full);
    let mentions_entities = count_mentions(&entities_only);
    let mentions_foundation = count_mentions(&foundation);
    let mentions_nfa = count_mentions(&nfa);
    let mentions_dfa = count_mentions(&dfa);
    let mentions_grammars = count_mentions(&grammars);
    assert_eq!(
        (mentions_foundation, mentions_foundation),
        (mentions_nfa, mentions_dfa),
        "every automaton kind finds the same mentions"
    );
    eprintln!(
        "corpus: {} bytes, {} documents; bare matches {bare_count}; mentions: full {mentions_full}, \
         entities {mentions_entities}, dictionary only {mentions_foundation}, amounts and dates {mentions_grammars}",
        text.len(),
        docs.len()
    );
    let (entities, surfaces) = full.dictionary_size();
    eprintln!(
        "default dictionaries: {entities} entities, {surfaces} surfaces; automaton heap: double-array trie {} bytes, contiguous NFA {} bytes, DFA {} bytes",
        foundation.automaton_bytes(),
        nfa.automaton_bytes(),
        dfa.automaton_bytes()
    );
    let before = resident_bytes();
    let held: Vec<Extractor> = (0..4).map(|_| Extractor::default()).collect();
    let after = resident_bytes();
    eprintln!(
        "resident memory per default Extractor: {:.1} MB (4 built, {} rule packs each)",
        after.saturating_sub(before) as f64 / 4.0 / 1e6,
        held[0].rule_packs().len()
    );
    drop(held);

    let mut g = c.benchmark_group("throughput");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(12));
    g.bench_function("bare_aho_corasick_scan", |b| {
        b.iter(|| assert_eq!(bare.find_iter(black_box(&text)).count(), bare_count))
    });
    g.bench_function("extract_dictionary_only", |b| {
        b.iter(|| assert_eq!(count_mentions(black_box(&foundation)), mentions_foundation))
    });
    g.bench_function("extract_dictionary_only_nfa", |b| {
        b.iter(|| assert_eq!(count_mentions(black_box(&nfa)), mentions_nfa))
    });
    g.bench_function("extract_dictionary_only_dfa", |b| {
        b.iter(|| assert_eq!(count_mentions(black_box(&dfa)), mentions_dfa))
    });
    g.bench_function("extract_amounts_dates_only", |b| {
        b.iter(|| assert_eq!(count_mentions(black_box(&grammars)), mentions_grammars))
    });
    g.bench_function("extract_entities", |b| {
        b.iter(|| assert_eq!(count_mentions(black_box(&entities_only)), mentions_entities))
    });
    g.bench_function("extract_full", |b| {
        b.iter(|| assert_eq!(count_mentions(black_box(&full)), mentions_full))
    });
    g.finish();
}

/// Resident set size of this process, from `/proc/self/statm` (0 where there is none).
fn resident_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<usize>().ok())
        })
        .map_or(0, |pages| pages * 4096)
}

criterion_group!(benches, bench);
criterion_main!(benches);
