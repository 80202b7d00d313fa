//! The `korex` binary: formats, inputs, and errors that name their file and line.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn korex(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_korex"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("korex runs");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn temp(name: &str, content: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("korex-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

#[test]
fn extracts_json_from_stdin() {
    let out = korex(&["extract"], "오픈AI가 산은과 MOU를 맺었다.".as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], serde_json::Value::Null);
    assert_eq!(doc["entities"][1]["canonical"], "한국산업은행");
    assert_eq!(doc["entities"][1]["mentions"][0]["text"], "산은");
}

#[test]
fn file_name_is_the_id() {
    let path = temp("기사1.txt", "구글과 애플".as_bytes());
    let out = korex(
        &["extract", "--format", "jsonl", path.to_str().unwrap()],
        b"",
    );
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "기사1");
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let input = "{\"id\": \"1\", \"text\": \"구글\"}\nnot json\n{\"id\": 3, \"text\": \"애플\", \"reference_date\": \"2024-11-27\"}\n";
    let out = korex(
        &[
            "extract",
            "--input",
            "jsonl",
            "--format",
            "jsonl",
            "--reference-date",
            "2013-02-12",
        ],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "1");
    assert_eq!(lines[0]["reference_date"], "2013-02-12");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("not a JSON object"));
    assert_eq!(lines[2]["id"], "3");
    assert_eq!(lines[2]["reference_date"], "2024-11-27");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("<stdin>:2:"), "{stderr}");
}

#[test]
fn invalid_utf8_names_the_file() {
    let path = temp("bad.txt", b"\xff\xfe\xfd");
    let out = korex(&["extract", path.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("bad.txt: not valid UTF-8"), "{stderr}");
}

#[test]
fn missing_file_and_bad_dictionary_fail_cleanly() {
    let out = korex(&["extract", "/nonexistent/korex.txt"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/korex.txt: cannot read"));
    let dict = temp("bad.tsv", "좋은회사\tORG\n\tORG\n".as_bytes());
    let out = korex(
        &["extract", "--dict", dict.to_str().unwrap()],
        "x".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("bad.tsv:2: empty canonical name"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn user_dictionary_is_used() {
    let dict = temp("mine.tsv", "새봄전자\tORG\t새봄\n".as_bytes());
    let out = korex(
        &[
            "extract",
            "--no-default-dicts",
            "--dict",
            dict.to_str().unwrap(),
            "--format",
            "pretty",
        ],
        "새봄이 밝혔다".as_bytes(),
    );
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("ORG") && table.contains("새봄전자"),
        "{table}"
    );
}

#[test]
fn jsonl_output_keeps_input_order_across_parallel_chunks() {
    let input: String = (0..5000)
        .map(|i| format!("{{\"id\": \"{i}\", \"text\": \"구글은 {i}억원을 투자했다.\"}}\n"))
        .collect();
    let out = korex(
        &["extract", "--input", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert!(out.status.success());
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let expected: Vec<String> = (0..5000).map(|i| i.to_string()).collect();
    assert_eq!(ids, expected);
}
