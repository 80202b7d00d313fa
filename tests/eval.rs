//! `korex eval` and `korex::eval` give the figures of `../shared/eval/score.py` on the same
//! gold files: the seed article of `../shared/gold` and the Wikinews fixture.

use std::path::{Path, PathBuf};
use std::process::Command;

const SCORER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/score.py");

fn gold_files(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| {
        p.extension().is_some_and(|e| e == "json")
            && p.file_name().unwrap().to_string_lossy().starts_with(prefix)
    });
    files.sort();
    files
}

/// The scorer's and korex's tables for the same files, or `None` (with a message) when the
/// scorer or python3 is not there.
fn both(files: &[PathBuf]) -> Option<(String, String)> {
    if !Path::new(SCORER).exists() {
        eprintln!("skipped: {SCORER} is not beside the repository");
        return None;
    }
    let korex = env!("CARGO_BIN_EXE_korex");
    // korex's output for every article from one JSONL run, one file per article for the
    // scorer's --pred-dir (what its --cmd would get, without a process per article).
    let pred_dir =
        std::env::temp_dir().join(format!("korex-eval-{}-{}", std::process::id(), files.len()));
    std::fs::create_dir_all(&pred_dir).unwrap();
    let golds: Vec<serde_json::Value> = files
        .iter()
        .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
        .collect();
    let jsonl: String = golds
        .iter()
        .map(|g| {
            serde_json::json!({"id": g["id"], "text": g["text"], "reference_date": g["reference_date"]})
                .to_string()
                + "\n"
        })
        .collect();
    let input = pred_dir.join("input.jsonl");
    std::fs::write(&input, jsonl).unwrap();
    let out = Command::new(korex)
        .args(["extract", "--input", "jsonl", "--format", "jsonl"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), golds.len());
    for (g, line) in golds.iter().zip(lines) {
        let name = format!("{}.json", g["id"].as_str().unwrap());
        std::fs::write(pred_dir.join(name), line).unwrap();
    }
    let python = Command::new("python3")
        .arg(SCORER)
        .args(files)
        .arg("--pred-dir")
        .arg(&pred_dir)
        .output();
    let python = match python {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        Ok(out) => panic!("score.py failed: {}", String::from_utf8_lossy(&out.stderr)),
        Err(e) => {
            eprintln!("skipped: python3 cannot run: {e}");
            return None;
        }
    };
    let _ = std::fs::remove_dir_all(&pred_dir);
    let ours = Command::new(korex)
        .arg("eval")
        .args(files)
        .output()
        .unwrap();
    assert!(
        ours.status.success(),
        "{}",
        String::from_utf8_lossy(&ours.stderr)
    );
    Some((python, String::from_utf8(ours.stdout).unwrap()))
}

#[test]
fn eval_agrees_with_score_py_on_the_seed_gold() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/gold"));
    let files = gold_files(dir, "");
    if files.is_empty() {
        eprintln!("skipped: no gold files in {}", dir.display());
        return;
    }
    if let Some((python, ours)) = both(&files) {
        assert_eq!(ours, python);
        assert!(ours.contains("relations"), "{ours}");
    }
}

#[test]
fn eval_agrees_with_score_py_on_the_wikinews_fixture() {
    let dir = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/wikinews"
    ));
    let files = gold_files(dir, "wn-");
    assert!(
        files.len() >= 50,
        "the Wikinews fixture ships with the crate"
    );
    if let Some((python, ours)) = both(&files) {
        assert_eq!(ours, python);
    }
}

#[test]
fn library_evaluation_counts_what_the_gold_states() {
    let gold = korex::eval::GoldArticle::parse(
        "mini.json",
        r#"{"id": "mini", "reference_date": "2024-11-27",
            "text": "오픈AI는 지난 26일 한국산업은행과 MOU를 체결했다.",
            "entities": [
              {"type": "ORG", "canonical": "오픈AI", "mentions": ["오픈AI"]},
              {"type": "ORG", "canonical": "한국산업은행", "mentions": ["한국산업은행"]},
              {"type": "DATE", "canonical": "2024-11-26", "mentions": ["지난 26일"], "value": {"value": "2024-11-26"}},
              {"type": "PERSON", "canonical": "샘 올트먼", "mentions": ["올트먼"]}
            ],
            "relations": [{"type": "mou", "args": {"party": ["오픈AI", "한국산업은행"], "date": "2024-11-26"}}]}"#,
    )
    .unwrap();
    let scores = korex::Extractor::default().evaluate(&[gold]);
    assert_eq!(scores.entities["ORG"].matched, 2);
    assert_eq!(scores.entities["DATE"].matched, 1);
    assert_eq!(scores.entities["PERSON"].gold, 1);
    assert_eq!(scores.entities["PERSON"].matched, 0);
    assert_eq!(scores.relations["mou"].core, 1);
    assert_eq!(scores.relations["mou"].full, 1);
    assert!(scores
        .misses
        .iter()
        .any(|m| m.kind == "missed entity" && m.item.contains("샘 올트먼")));
    assert_eq!(scores.to_json()["entity_r"], 0.75);
}

#[test]
fn a_broken_gold_file_names_its_line() {
    let err = korex::eval::GoldArticle::parse("g.json", "{\n  \"id\": 1,\n").unwrap_err();
    assert_eq!(err.origin(), Some("g.json"));
    assert!(err.line().is_some(), "{err}");
}
