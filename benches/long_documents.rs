//! Cost against document length: one document of 1, 4 and 16 MB of each kind of text, so
//! that a cost that is not linear shows as a ratio far above 4 between neighbouring sizes.
//!
//! Kinds: text with no entities, dense entities (the first MB of the news corpus, repeated,
//! as one document), dense triggers in one sentence (`오픈AI가 산은과 MOU를 체결했고 …` without a
//! sentence end), and many name-before-title patterns (`김민준 대표, 이서연 이사, …`).
//! After the timings the bench prints, per kind, the time of each size and the ratio to the
//! size before it.
//!
//! Run: `cargo bench --bench long_documents` (a few minutes on two cores).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use korex::Extractor;

mod common;

const MB: usize = 1_000_000;
const SIZES: [usize; 3] = [MB, 4 * MB, 16 * MB];

/// Repeats `unit` up to `bytes` (cut at a char boundary).
fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn no_entities(bytes: usize) -> String {
    repeat_to(
        "오늘은 날씨가 맑고 바람이 조금 불어서 산책하기에 좋은 날이었다. ",
        bytes,
    )
}

/// The first megabyte of the news corpus, repeated: every size holds the same text per MB.
/// (Longer prefixes of the corpus are not the same text: its later lines are denser in names
/// and triggers, and a prefix of 4 MB cost ×4.34 of 1 MB where the same MB four times costs
/// ×3.9.)
fn dense_entities(bytes: usize) -> String {
    let corpus = std::fs::read_to_string(common::CORPUS).unwrap_or_else(|_| {
        "오픈AI는 지난 26일 한국산업은행과 업무협약을 체결했다고 밝혔다.\n".repeat(1000)
    });
    repeat_to(&repeat_to(&corpus, MB), bytes)
}

fn dense_triggers(bytes: usize) -> String {
    repeat_to("오픈AI가 산은과 MOU를 체결했고 ", bytes)
}

fn names_before_titles(bytes: usize) -> String {
    let names = [
        "김민준 대표",
        "이서연 이사",
        "박도윤 사장",
        "최하은 부장",
        "정시우 회장",
        "강지아 기자",
        "조서준 교수",
        "윤하린 의원",
    ];
    let mut unit = names.join(", ");
    unit.push_str("이 회의에 참석했다. ");
    repeat_to(&unit, bytes)
}

type Kind = (&'static str, fn(usize) -> String);

const KINDS: [Kind; 4] = [
    ("no entities", no_entities),
    ("dense entities", dense_entities),
    ("dense triggers in one sentence", dense_triggers),
    ("names before titles", names_before_titles),
];

fn long_documents(c: &mut Criterion) {
    let extractor = Extractor::default();
    let mut group = c.benchmark_group("long documents");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(5));
    for (name, make) in KINDS {
        for bytes in SIZES {
            let text = make(bytes);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(name, format!("{} MB", bytes / MB)),
                &text,
                |b, text| b.iter(|| black_box(extractor.extract(black_box(text)).entities.len())),
            );
        }
    }
    group.finish();

    // The ratios, from one timed run per size (best of three).
    println!("\nlinearity: time per size and the ratio to the size before it (4 = linear)");
    for (name, make) in KINDS {
        let mut before: Option<f64> = None;
        let mut line = format!("{name:<32}");
        for bytes in SIZES {
            let text = make(bytes);
            let secs = (0..3)
                .map(|_| {
                    let start = Instant::now();
                    black_box(extractor.extract(&text).relations.len());
                    start.elapsed().as_secs_f64()
                })
                .fold(f64::INFINITY, f64::min);
            match before {
                Some(b) => line.push_str(&format!(
                    "  {:>3} MB {secs:7.3} s (×{:.2})",
                    bytes / MB,
                    secs / b
                )),
                None => line.push_str(&format!("  {:>3} MB {secs:7.3} s", bytes / MB)),
            }
            before = Some(secs);
        }
        println!("{line}");
    }
}

criterion_group!(benches, long_documents);
criterion_main!(benches);
