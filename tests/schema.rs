//! The JSON Schema of the output (`docs/document.schema.json`): generated from the Rust
//! types (feature `schemars`), and real output validates against it.

use korex::{DocId, ExtractOptions, Extractor, NaiveDate};

const SCHEMA: &str = include_str!("../docs/document.schema.json");

#[cfg(feature = "schemars")]
#[test]
fn checked_in_schema_is_the_generated_one() {
    let generated = korex::schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/document.schema.json");
    if std::env::var_os("KOREX_BLESS").is_some() {
        let text = serde_json::to_string_pretty(&generated).unwrap() + "\n";
        std::fs::write(path, text).unwrap();
    }
    let checked_in: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    assert!(
        checked_in == generated,
        "docs/document.schema.json is stale: run `KOREX_BLESS=1 cargo test --features schemars --test lib schema`"
    );
}

#[test]
fn real_output_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("urn:korex:document", schema).unwrap();
    let index = compiler
        .compile("urn:korex:document", &mut schemas)
        .unwrap();

    let extractor = Extractor::default();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/naver_kaist_mou.txt"
    ))
    .unwrap();
    let date = NaiveDate::from_ymd_opt(2024, 11, 27);
    let cases: Vec<(Option<DocId>, &str, Option<NaiveDate>)> = vec![
        (Some("article".into()), example.as_str(), None),
        (
            Some(42u64.into()),
            "지난 26일 3000억~5000억원 규모의 펀드를 약 66억 달러(약 9조2380억원)로 늘렸다.",
            date,
        ),
        (
            Some(DocId::Number(serde_json::Number::from_f64(4.5).unwrap())),
            "지난 26일 발표",
            None,
        ),
        (None, "", None),
        (
            None,
            "오픈AI는 한국산업은행과 MOU를 체결했다. 올트먼 CEO는 다음 달 한국을 방문한다.",
            date,
        ),
    ];
    let mut checked = 0;
    for (id, text, reference_date) in cases {
        let doc = extractor.extract_with(text, &ExtractOptions { id, reference_date });
        let json = serde_json::to_value(&doc).unwrap();
        if let Err(e) = schemas.validate(&json, index) {
            panic!("{text}: {e:#}\n{json:#}");
        }
        checked += 1;
    }
    assert_eq!(checked, 5);
    // And it refuses what the contract refuses.
    let bad =
        serde_json::json!({"id": true, "reference_date": null, "entities": [], "relations": []});
    assert!(schemas.validate(&bad, index).is_err());
    let bad = serde_json::json!({"id": null, "reference_date": null,
        "entities": [{"id": "e0", "type": "COMPANY", "canonical": "x", "value": null, "mentions": []}],
        "relations": []});
    assert!(schemas.validate(&bad, index).is_err());
}

/// The backticked words of the first line after `marker` in `text`.
fn backticked_after(text: &str, marker: &str) -> Vec<String> {
    let at = text
        .find(marker)
        .unwrap_or_else(|| panic!("`{marker}` in the text"));
    let line = text[at + marker.len()..]
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap();
    line.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn consts(schema: &serde_json::Value, def: &str) -> Vec<String> {
    schema["$defs"][def]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["const"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn docs_page_and_schema_agree_with_shared_schema_md() {
    let docs = include_str!("../docs/output.md");
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let types = backticked_after(docs, "## Entity types");
    assert_eq!(types, consts(&schema, "EntityType"));
    assert_eq!(
        consts(&schema, "Qualifier"),
        [
            "exact",
            "approx",
            "at_least",
            "more_than",
            "at_most",
            "less_than"
        ]
    );
    for grain in consts(&schema, "Grain") {
        assert!(docs.contains(&format!("`{grain}`")), "{grain}");
    }
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/SCHEMA.md");
    let Ok(shared) = std::fs::read_to_string(shared) else {
        eprintln!("skipped the comparison with {shared}: it is not beside the repository");
        return;
    };
    assert_eq!(backticked_after(&shared, "## Entity types"), types);
    for row in shared.lines().filter(|l| l.starts_with("| `")) {
        assert!(
            docs.contains(row),
            "docs/output.md lacks SCHEMA.md's row {row}"
        );
    }
    for q in consts(&schema, "Qualifier") {
        assert!(shared.contains(&format!("`{q}`")), "{q}");
    }
    for g in consts(&schema, "Grain") {
        assert!(shared.contains(&format!("`{g}`")), "{g}");
    }
}
