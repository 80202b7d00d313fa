//! The output contract of `SCHEMA.md`, checked on one document: used by the property tests
//! and by the fuzz target (`fuzz/fuzz_targets/extract.rs` includes this file).

use chrono::NaiveDate;
use korex::Document;

/// Panics with the input when `doc` breaks the contract for `input`.
pub fn check_offsets(input: &str, doc: &Document) {
    for e in &doc.entities {
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            assert!(m.start <= m.end && m.end <= input.len());
            assert!(input.is_char_boundary(m.start) && input.is_char_boundary(m.end));
            assert_eq!(&input[m.start..m.end], m.text);
            assert_eq!(input[..m.start].chars().count(), m.char_start);
            assert_eq!(input[..m.end].chars().count(), m.char_end);
        }
    }
    for r in &doc.relations {
        for a in &r.args {
            if let Some(id) = &a.entity {
                assert!(
                    doc.entity(id).is_some(),
                    "relation points at a missing entity {id}"
                );
            }
        }
        assert!(r.evidence.end <= input.len());
    }
    // The output always serializes and reads back, through text and through a `Value`.
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, doc);
    let value = serde_json::to_value(doc).expect("a Document is a JSON value");
    let again: Document = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(&again, doc);
    check_values(input, doc, &value);
}

/// The contract of SCHEMA.md on every value, read from the JSON as a consumer reads it.
pub fn check_values(input: &str, doc: &Document, json: &serde_json::Value) {
    let invisible = |c: char| {
        matches!(c, '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
    };
    let mut last_first = 0usize;
    for e in &doc.entities {
        for m in &e.mentions {
            let (first, last) = (m.text.chars().next(), m.text.chars().next_back());
            assert!(
                !first.is_some_and(invisible) && !last.is_some_and(invisible),
                "mention {:?} of {input:?} begins or ends with an invisible character",
                m.text
            );
        }
        let first = e.mentions.iter().map(|m| m.start).min().unwrap_or(0);
        assert!(
            first >= last_first,
            "entity {} ({}) is listed after one mentioned later, in {input:?}",
            e.id,
            e.canonical
        );
        last_first = first;
    }
    for e in json["entities"].as_array().unwrap() {
        let value = &e["value"];
        match e["type"].as_str().unwrap() {
            "DATE" => check_date(input, value),
            "AMOUNT" => {
                let n = value["number"]
                    .as_f64()
                    .expect("an AMOUNT number is a JSON number");
                assert!(n.is_finite() && n >= 0.0, "amount {value} in {input:?}");
                if let Some(max) = value.get("max").and_then(|m| m.as_f64()) {
                    assert!(max >= n, "amount max below number: {value} in {input:?}");
                }
                let currency = value["currency"].as_str().unwrap();
                assert!(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase()));
            }
            _ => {}
        }
    }
}

/// A DATE value is an ISO date of its grain in 0001–9999, or `null` with the unresolved text.
pub fn check_date(input: &str, value: &serde_json::Value) {
    let grain = value["grain"].as_str().unwrap();
    let Some(date) = value["date"].as_str() else {
        assert!(value["unresolved"].is_string(), "{value} in {input:?}");
        return;
    };
    let ymd = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok() && s.len() == 10;
    let ok = match grain {
        "year" => date.len() == 4 && date.bytes().all(|b| b.is_ascii_digit()) && date != "0000",
        "month" => date.len() == 7 && ymd(&format!("{date}-01")),
        "half" | "quarter" | "week" | "day" => ymd(date),
        "hour" | "minute" | "second" => {
            let (d, t) = date.split_once('T').unwrap_or((date, ""));
            ymd(d)
                && !t.is_empty()
                && t.split(':')
                    .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
        }
        other => panic!("unknown grain {other} in {input:?}"),
    };
    assert!(
        ok,
        "DATE value {value} is no ISO date of grain {grain}, in {input:?}"
    );
}
