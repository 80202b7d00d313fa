//! The `korex` binary: formats, inputs, exit statuses, Unix manners, and errors that name
//! their file and line.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use serde_json::Value;

fn korex_env(args: &[&str], stdin: &[u8], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_korex"))
        .args(args)
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("korex runs");
    // Written from a thread: korex answers while it reads, so both pipes are busy at once.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn korex(args: &[&str], stdin: &[u8]) -> Output {
    korex_env(args, stdin, &[])
}

fn temp(name: &str, content: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("korex-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn json_lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn jsonl_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec!["extract", "--input", "jsonl", "--format", "jsonl"];
    v.extend_from_slice(extra);
    v
}

#[test]
fn extracts_json_from_stdin_when_piped() {
    let out = korex(&["extract"], "오픈AI가 산은과 MOU를 맺었다.".as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], Value::Null);
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
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["id"], "기사1");
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let input = "{\"id\": \"1\", \"text\": \"구글\"}\nnot json\n{\"id\": 3, \"text\": \"애플\", \"reference_date\": \"2024-11-27\"}\n";
    let out = korex(
        &jsonl_args(&["--reference-date", "2013-02-12"]),
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "1");
    assert_eq!(lines[0]["reference_date"], "2013-02-12");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("not a JSON object"));
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[2]["id"], 3);
    assert_eq!(lines[2]["reference_date"], "2024-11-27");
    assert!(stderr(&out).contains("<stdin>:2:"), "{}", stderr(&out));
}

#[test]
fn jsonl_ids_keep_their_json_type() {
    let input = concat!(
        "{\"id\": 42, \"text\": \"구글\"}\n",
        "{\"id\": \"42\", \"text\": \"구글\"}\n",
        "{\"id\": 4.5, \"text\": \"구글\"}\n",
        "{\"id\": -7, \"text\": \"구글\"}\n",
        "{\"text\": \"구글\"}\n",
        "{\"id\": true, \"text\": \"구글\"}\n",
    );
    let out = korex(&jsonl_args(&[]), input.as_bytes());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 6);
    assert_eq!(lines[0]["id"], serde_json::json!(42));
    assert_eq!(lines[1]["id"], serde_json::json!("42"));
    assert_eq!(lines[2]["id"], serde_json::json!(4.5));
    assert_eq!(lines[3]["id"], serde_json::json!(-7));
    assert_eq!(lines[4]["id"], Value::Null);
    assert_eq!(
        lines[5]["line"], 6,
        "a boolean id is refused: {:?}",
        lines[5]
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn jsonl_reference_date_must_be_exactly_yyyy_mm_dd() {
    let dates = [
        " 2024-11-27",
        "+2024-11-27",
        "2024-2-9",
        "2024-13-01",
        "2024-11-27",
    ];
    let input: String = dates
        .iter()
        .map(|d| {
            format!("{{\"id\": \"{d}\", \"text\": \"지난 26일\", \"reference_date\": \"{d}\"}}\n")
        })
        .collect();
    let out = korex(&jsonl_args(&[]), input.as_bytes());
    let lines = json_lines(&out);
    for (line, n) in lines[..4].iter().zip(1..) {
        assert_eq!(line["line"], n, "{line}");
        assert!(
            line["error"].as_str().unwrap().contains("YYYY-MM-DD"),
            "{line}"
        );
    }
    assert_eq!(lines[4]["entities"][0]["canonical"], "2024-11-26");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn keep_going_exits_zero_when_only_jsonl_lines_were_bad() {
    let input = "{\"id\": 1, \"text\": \"구글\"}\n{\"id\": 2}\n{\"id\": 3, \"text\": \"애플\"}\n";
    let out = korex(&jsonl_args(&["--keep-going"]), input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["id"], 2);
    assert!(
        lines[1]["error"].as_str().unwrap().contains("text"),
        "{}",
        lines[1]
    );
    // An input that cannot be read is still a failure.
    let out = korex(
        &jsonl_args(&["--keep-going", "-", "/nonexistent/korex.jsonl"]),
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn bom_is_stripped_from_jsonl_files_and_stdin() {
    let jsonl =
        "\u{feff}{\"id\": \"a\", \"text\": \"구글\"}\n{\"id\": \"b\", \"text\": \"애플\"}\n";
    let out = korex(&jsonl_args(&[]), jsonl.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let ids: Vec<Value> = json_lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, ["a", "b"]);
    let path = temp("bom.txt", "\u{feff}구글과 애플".as_bytes());
    let out = korex(&["extract", path.to_str().unwrap()], b"");
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["entities"][0]["mentions"][0]["start"], 0);
    assert_eq!(doc["entities"][0]["canonical"], "구글");
    let out = korex(&["extract", "-"], "\u{feff}구글".as_bytes());
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["entities"][0]["mentions"][0]["start"], 0);
}

#[test]
fn crlf_and_lone_cr_end_jsonl_lines() {
    let input = "{\"id\": 1, \"text\": \"구글\"}\r{\"id\": 2, \"text\": \"애플\"}\r\n{\"id\": 3, \"text\": \"삼성전자\"}\r";
    let out = korex(&jsonl_args(&[]), input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    let ids: Vec<Value> = lines.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, [1, 2, 3]);
    assert_eq!(lines[2]["entities"][0]["canonical"], "삼성전자");
    let bad = korex(&jsonl_args(&[]), b"{\"id\": 1, \"text\": \"a\"}\rnope\r\n");
    assert!(stderr(&bad).contains("<stdin>:2:"), "{}", stderr(&bad));
}

#[test]
fn missing_file_among_several_is_reported_and_the_rest_processed() {
    let a = temp("a.txt", "구글".as_bytes());
    let b = temp("b.txt", "애플".as_bytes());
    let out = korex(
        &[
            "extract",
            "--format",
            "jsonl",
            a.to_str().unwrap(),
            "/nonexistent/one.txt",
            b.to_str().unwrap(),
            "/nonexistent/two.txt",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    let ids: Vec<Value> = json_lines(&out).iter().map(|l| l["id"].clone()).collect();
    assert_eq!(ids, ["a", "b"]);
    let err = stderr(&out);
    assert!(err.contains("/nonexistent/one.txt: cannot read"), "{err}");
    assert!(err.contains("/nonexistent/two.txt: cannot read"), "{err}");
}

#[test]
fn dash_is_stdin_among_files() {
    let a = temp("dash-a.txt", "구글".as_bytes());
    let out = korex(
        &["extract", "--format", "jsonl", a.to_str().unwrap(), "-"],
        "애플".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines[0]["id"], "dash-a");
    assert_eq!(lines[1]["id"], Value::Null);
    assert_eq!(lines[1]["entities"][0]["canonical"], "애플");
}

#[test]
fn invalid_utf8_is_status_1_in_extract_and_explain() {
    let path = temp("bad.txt", b"\xff\xfe\xfd");
    for args in [["extract"], ["explain"]] {
        let mut argv = args.to_vec();
        argv.push(path.to_str().unwrap());
        let out = korex(&argv, b"");
        assert_eq!(out.status.code(), Some(1), "{argv:?}");
        assert!(
            stderr(&out).contains("bad.txt: not valid UTF-8"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn configuration_errors_are_status_2_and_name_the_line() {
    let dict = temp("bad.tsv", "좋은회사\tORG\n\tORG\n".as_bytes());
    for sub in ["extract", "explain", "test-pack"] {
        let out = korex(&[sub, "--dict", dict.to_str().unwrap()], "x".as_bytes());
        assert_eq!(out.status.code(), Some(2), "{sub}");
        let err = stderr(&out);
        assert!(
            err.contains("bad.tsv:2: empty canonical name"),
            "{sub}: {err}"
        );
        assert!(!err.contains("panicked"));
    }
    let out = korex(&["extract", "--reference-date", "2024-2-9"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = korex(&["extract", "--no-such-flag"], b"");
    assert_eq!(out.status.code(), Some(2));
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
    assert!(!table.contains('\x1b'), "no colour in a pipe: {table:?}");
}

#[test]
fn jsonl_output_keeps_input_order_across_parallel_chunks() {
    let input: String = (0..5000)
        .map(|i| format!("{{\"id\": \"{i}\", \"text\": \"구글은 {i}억원을 투자했다.\"}}\n"))
        .collect();
    for threads in ["1", "2"] {
        let out = korex(&jsonl_args(&["--threads", threads]), input.as_bytes());
        assert!(out.status.success());
        let ids: Vec<String> = json_lines(&out)
            .iter()
            .map(|l| l["id"].as_str().unwrap().to_string())
            .collect();
        let expected: Vec<String> = (0..5000).map(|i| i.to_string()).collect();
        assert_eq!(ids, expected);
    }
}

#[test]
fn one_and_several_threads_give_the_same_bytes() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/naver_kaist_mou.txt"
    ))
    .unwrap();
    let input: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| serde_json::json!({"id": i, "text": l}).to_string() + "\n")
        .collect::<String>()
        .repeat(20);
    let one = korex(&jsonl_args(&["--threads", "1"]), input.as_bytes());
    let four = korex(&jsonl_args(&["--threads", "4"]), input.as_bytes());
    assert!(one.status.success());
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn a_line_on_a_pipe_is_answered_before_eof() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_korex"))
        .args(jsonl_args(&[]))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stdout).lines();
        while let Some(Ok(line)) = lines.next() {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    for (i, text) in ["구글", "애플"].iter().enumerate() {
        writeln!(stdin, "{{\"id\": {i}, \"text\": \"{text}\"}}").unwrap();
        stdin.flush().unwrap();
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("an answer while standard input is still open");
        let doc: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(doc["id"], i);
        assert_eq!(doc["entities"][0]["canonical"], *text);
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}

#[test]
fn a_document_over_its_budget_is_reported_in_place_and_the_batch_goes_on() {
    let long = "오픈AI가 산은과 MOU를 체결했고 삼성전자는 5억원을 투자했다. ".repeat(20_000);
    let input = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "long", "text": long}),
        serde_json::json!({"id": "short", "text": "구글"})
    );
    let out = korex(&jsonl_args(&["--timeout", "0.000001"]), input.as_bytes());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["line"], 1);
    assert!(
        lines[0]["error"].as_str().unwrap().contains("budget"),
        "{}",
        lines[0]
    );
    assert!(
        stderr(&out).contains("<stdin>:1: over the budget"),
        "{}",
        stderr(&out)
    );
    assert_eq!(out.status.code(), Some(1));
}

/// Runs a subcommand with its standard output already closed.
fn with_closed_stdout(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_korex"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn closed_stdout_ends_every_subcommand_quietly_with_0() {
    let many: String = (0..3000)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"구글은 {i}억원을 투자했다.\"}}\n"))
        .collect();
    let jsonl = temp("many.jsonl", many.as_bytes());
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/naver_kaist_mou.txt");
    let gold = temp(
        "gold.json",
        serde_json::json!({"id": "g", "reference_date": "2025-03-14",
            "text": std::fs::read_to_string(article).unwrap(), "entities": [], "relations": []})
        .to_string()
        .as_bytes(),
    );
    let runs: Vec<Vec<&str>> = vec![
        jsonl_args(&[jsonl.to_str().unwrap()]),
        vec![
            "extract",
            "--input",
            "jsonl",
            "--format",
            "json",
            jsonl.to_str().unwrap(),
        ],
        vec![
            "extract",
            "--input",
            "jsonl",
            "--format",
            "pretty",
            jsonl.to_str().unwrap(),
        ],
        vec![
            "extract",
            "--input",
            "jsonl",
            "--format",
            "html",
            jsonl.to_str().unwrap(),
        ],
        vec!["test-pack"],
        vec!["explain", article],
        vec!["explain", "--json", article],
        vec!["eval", "-v", gold.to_str().unwrap()],
        vec!["--help"],
        vec!["extract", "--help"],
        vec!["--version"],
    ];
    for args in runs {
        let out = with_closed_stdout(&args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn help_of_every_subcommand_has_examples_and_exit_statuses() {
    for sub in ["extract", "test-pack", "explain", "eval"] {
        let out = korex(&[sub, "--help"], b"");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("Examples:"), "{sub}: {help}");
        assert!(help.contains(&format!("korex {sub}")), "{sub}: {help}");
        assert!(help.contains("Exit status"), "{sub}: {help}");
    }
    let out = korex(&["--help"], b"");
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("2  nothing done"), "{help}");
}

#[test]
fn version_counts_the_embedded_dictionaries_and_packs() {
    let out = korex(&["--version"], b"");
    let text = String::from_utf8(out.stdout).unwrap();
    let packs = korex::DEFAULT_RULE_PACKS.len();
    let dicts = korex::DEFAULT_DICTIONARIES.len();
    assert!(
        text.starts_with(&format!("korex {}", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
    assert!(text.contains(&format!("{dicts} dictionaries (")), "{text}");
    assert!(text.contains(&format!("{packs} rule packs (")), "{text}");
}

#[test]
fn test_pack_loads_the_dictionaries_a_pack_names() {
    let dir = std::env::temp_dir().join(format!("korex-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("sensors.tsv"), "미래센서\tORG\n").unwrap();
    let pack = |dicts: &str| {
        format!(
            "[pack]\nname = \"supply\"\n{dicts}\n\n[[rule]]\nid = \"supply.deal\"\nrelation = \"supply\"\ntrigger = {{ words = [\"공급 계약\"], verbs = [\"맺\"], max_gap = 4 }}\nrequire = {{ party = 2 }}\nargs = [\n  {{ role = \"party\", types = [\"ORG\"], particles = [\"topic\", \"subject\"], position = \"before\", many = true, optional = true }},\n  {{ role = \"party\", types = [\"ORG\"], particles = [\"partner\"], many = true, optional = true }},\n]\n\n[[example]]\ntext = \"미래센서는 삼성전자와 공급 계약을 맺었다.\"\nexpect = [\"supply(party=미래센서, party=삼성전자)\"]\n"
        )
    };
    std::fs::write(
        dir.join("with.toml"),
        pack("dictionaries = [\"sensors.tsv\"]"),
    )
    .unwrap();
    std::fs::write(dir.join("without.toml"), pack("")).unwrap();
    let out = korex(
        &[
            "test-pack",
            "--no-discovery",
            dir.join("with.toml").to_str().unwrap(),
        ],
        b"",
    );
    let report = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(out.status.code(), Some(0), "{report}{}", stderr(&out));
    assert!(report.contains("1 passed, 0 failed"), "{report}");
    let out = korex(
        &[
            "test-pack",
            "--no-discovery",
            dir.join("without.toml").to_str().unwrap(),
        ],
        b"",
    );
    let report = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{report}");
    assert!(
        report.contains(
            "expected party 미래센서: no entity with that name was found; add it to a dictionary"
        ),
        "{report}"
    );
    assert!(!report.contains("expected party 삼성전자"), "{report}");
}

#[test]
fn explain_json_is_the_structured_explanation() {
    let out = korex(
        &[
            "explain",
            "--json",
            "--text",
            "오픈AI는 한국산업은행과 MOU를 체결했다.",
        ],
        b"",
    );
    assert!(out.status.success());
    let why: korex::Explanation = serde_json::from_slice(&out.stdout).unwrap();
    assert!(why
        .attempts
        .iter()
        .any(|a| a.fired && a.rule.starts_with("mou.")));
    assert_eq!(why.document.relations[0].kind, "mou");
}

#[test]
fn html_page_highlights_every_mention_and_links_relations() {
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/naver_kaist_mou.txt");
    let json = korex(&["extract", "--format", "json", article], b"");
    let doc: korex::Document = serde_json::from_slice(&json.stdout).unwrap();
    let out = korex(&["extract", "--format", "html", article], b"");
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "self-contained"
    );
    let mut spans: Vec<(usize, usize)> = doc
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| (m.start, m.end)))
        .collect();
    spans.sort_unstable();
    spans.dedup();
    assert_eq!(page.matches("<mark class=\"ent ").count(), spans.len());
    for (s, e) in &spans {
        assert!(page.contains(&format!("data-start=\"{s}\" data-end=\"{e}\"")));
    }
    assert_eq!(
        page.matches("<li class=\"relation\"").count(),
        doc.relations.len()
    );
    assert!(!doc.relations.is_empty());
    for r in &doc.relations {
        for a in r.args.iter().filter_map(|a| a.entity.as_deref()) {
            let link = format!("data-entity=\"{a}\">");
            let at = page.find(&link).unwrap_or_else(|| panic!("a link to {a}"));
            let href = &page[..at];
            let href = &href[href.rfind("href=\"#").unwrap() + 7..];
            let target = &href[..href.find('"').unwrap()];
            assert!(page.contains(&format!("id=\"{target}\"")), "{target}");
        }
    }
}

/// Runs korex on a pseudo-terminal (util-linux `script`), or `None` when there is none.
fn on_a_terminal(args: &str, env: &[(&str, &str)]) -> Option<String> {
    let korex = env!("CARGO_BIN_EXE_korex");
    let out = Command::new("script")
        .args(["-qec", &format!("{korex} {args}"), "/dev/null"])
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn a_terminal_gets_a_coloured_table_unless_no_color() {
    let article = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/naver_kaist_mou.txt");
    let Some(table) = on_a_terminal(&format!("extract {article}"), &[]) else {
        eprintln!("skipped: no `script` to give korex a terminal");
        return;
    };
    assert!(
        table.contains("canonical") && table.contains("네이버"),
        "{table}"
    );
    assert!(table.contains("\x1b["), "colour on a terminal: {table:?}");
    assert!(!table.trim_start().starts_with('{'), "{table}");
    let plain = on_a_terminal(&format!("extract {article}"), &[("NO_COLOR", "1")]).unwrap();
    assert!(
        plain.contains("네이버") && !plain.contains("\x1b["),
        "{plain:?}"
    );
}

#[test]
fn dictionary_warnings_are_printed_and_the_run_goes_on() {
    let dict = temp("two-types.tsv", "새봄\tORG\n새봄\tPERSON\n".as_bytes());
    let out = korex(
        &[
            "extract",
            "--no-default-dicts",
            "--dict",
            dict.to_str().unwrap(),
        ],
        "새봄이 밝혔다".as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("korex: warning: ") && err.contains("two-types.tsv"),
        "{err}"
    );
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["entities"][0]["canonical"], "새봄");
}
