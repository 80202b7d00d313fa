//! Large dictionaries: building an `Extractor` over the default dictionaries plus 100,000
//! generated entries, and searching the news corpus with it next to a bare Aho-Corasick scan
//! with the same surfaces (the real entries make the matches; the generated ones make it big).
//!
//! Run: `cargo bench --bench dictionary` (about a minute on two cores).

use std::hint::black_box;
use std::time::Duration;

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use korex::Extractor;

mod common;

use common::{count_mentions, default_surfaces, CORPUS};

/// `n` distinct, deterministic Korean-looking names (2–4 syllables) with a type each.
fn generated_tsv(n: usize) -> (String, Vec<String>) {
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let types = ["ORG", "PERSON", "LOCATION"];
    let suffixes = ["", "전자", "은행", "그룹", "재단", "시", "구"];
    let mut seen = std::collections::HashSet::new();
    let mut tsv = String::new();
    let mut surfaces = Vec::new();
    while surfaces.len() < n {
        let len = 2 + (next() % 3) as usize;
        let mut name: String = (0..len)
            .map(|_| char::from_u32(0xAC00 + (next() % 11172) as u32).unwrap_or('가'))
            .collect();
        name.push_str(suffixes[(next() % suffixes.len() as u64) as usize]);
        if seen.insert(name.clone()) {
            let kind = types[(next() % 3) as usize];
            tsv.push_str(&format!("{name}\t{kind}\n"));
            surfaces.push(name);
        }
    }
    (tsv, surfaces)
}

fn bench(c: &mut Criterion) {
    let (tsv, mut surfaces) = generated_tsv(100_000);
    surfaces.extend(default_surfaces());
    surfaces.sort();
    surfaces.dedup();
    let text = std::fs::read_to_string(CORPUS).unwrap_or_else(|_| {
        // Without the corpus, a text made of the surfaces themselves.
        surfaces
            .iter()
            .take(20_000)
            .map(|s| format!("{s}은 발표했다. "))
            .collect()
    });
    let build = || {
        Extractor::builder()
            .default_rules(false)
            .discovery(false)
            .amounts(false)
            .dates(false)
            .dictionary_str("generated.tsv", tsv.clone())
            .build()
            .unwrap()
    };

    let mut g = c.benchmark_group("dictionary_100k");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("build_extractor", |b| b.iter(|| black_box(build())));
    g.bench_function("build_bare_aho_corasick", |b| {
        b.iter(|| {
            black_box(
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&surfaces)
                    .unwrap(),
            )
        })
    });
    g.finish();

    let ex = build();
    let bare = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&surfaces)
        .unwrap();
    let docs: Vec<&str> = text.lines().collect();
    let count = |ex: &Extractor| count_mentions(ex, &docs);
    let mentions = count(&ex);
    let bare_count = bare.find_iter(&text).count();
    eprintln!(
        "100k entries: automaton heap {} bytes (bare {} bytes); {mentions} mentions at word boundaries, {bare_count} bare matches",
        ex.automaton_bytes(),
        bare.memory_usage()
    );

    let mut g = c.benchmark_group("dictionary_100k_search");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("bare_aho_corasick_scan", |b| {
        b.iter(|| assert_eq!(bare.find_iter(black_box(&text)).count(), bare_count))
    });
    g.bench_function("extract_dictionary_only", |b| {
        b.iter(|| assert_eq!(count(black_box(&ex)), mentions))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
