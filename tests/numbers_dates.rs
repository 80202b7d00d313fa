//! Amounts and dates through the public API, on sentences written for these tests: values,
//! offsets back into the caller's (unnormalized) text, and the reference date's sources.
//! The grammar itself is covered case by case by `tests/cases/*.tsv` (run by `cargo test
//! --lib`).

use chrono::NaiveDate;
use korex::{Document, EntityType, Extractor, Value};

fn extractor(reference: Option<NaiveDate>) -> Extractor {
    let mut b = Extractor::builder().default_dictionaries(false);
    if let Some(r) = reference {
        b = b.reference_date(r);
    }
    b.build().expect("an extractor without dictionaries builds")
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// `(canonical, mention texts)` of one entity type, in order.
fn of(doc: &Document, kind: EntityType) -> Vec<(String, Vec<String>)> {
    doc.entities_of(kind)
        .map(|e| {
            (
                e.canonical.clone(),
                e.mentions.iter().map(|m| m.text.clone()).collect(),
            )
        })
        .collect()
}

#[test]
fn amount_values_and_offsets_survive_normalization() {
    // Full-width digits and a no-break space are folded before recognition; the mention
    // must still be the caller's own text at the caller's offsets.
    let text = "회사는 총 １조６０００억원과 66억\u{a0}달러(약 9조2380억원)를 모았다.";
    let doc = extractor(None).extract(text);
    let amounts = of(&doc, EntityType::Amount);
    assert_eq!(
        amounts,
        [
            (
                "1600000000000 KRW".to_string(),
                vec!["１조６０００억원".to_string()]
            ),
            (
                "6600000000 USD".to_string(),
                vec!["66억\u{a0}달러".to_string()]
            ),
            (
                "9238000000000 KRW".to_string(),
                vec!["약 9조2380억원".to_string()]
            ),
        ]
    );
    for e in doc.entities_of(EntityType::Amount) {
        for m in &e.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
            let chars: String = text
                .chars()
                .skip(m.char_start)
                .take(m.char_end - m.char_start)
                .collect();
            assert_eq!(chars, m.text);
        }
    }
    let approx = doc
        .entities_of(EntityType::Amount)
        .nth(2)
        .and_then(|e| e.value.clone());
    let json = serde_json::to_string(&approx).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"number":9238000000000,"currency":"KRW","qualifier":"approx"}"#
    );
}

#[test]
fn ranges_and_qualifiers_reach_the_json() {
    let doc = extractor(None).extract("예산은 3000억~5000억원이고, 투자는 1조원 이상이다.");
    let values: Vec<String> = doc
        .entities_of(EntityType::Amount)
        .map(|e| serde_json::to_string(&e.value).unwrap_or_default())
        .collect();
    assert_eq!(
        values,
        [
            r#"{"number":300000000000,"currency":"KRW","qualifier":"exact","max":500000000000}"#,
            r#"{"number":1000000000000,"currency":"KRW","qualifier":"at_least"}"#,
        ]
    );
}

#[test]
fn caller_reference_date_resolves_relative_dates() {
    let doc = extractor(Some(ymd(2024, 11, 27))).extract(
        "양사는 지난 26일 협약을 맺었다. 행사는 2024.11.26. 열렸다. 지난해 6월에도 만났다.",
    );
    assert_eq!(doc.reference_date.as_deref(), Some("2024-11-27"));
    assert_eq!(
        of(&doc, EntityType::Date),
        [
            (
                "2024-11-26".to_string(),
                vec!["지난 26일".to_string(), "2024.11.26.".to_string()]
            ),
            ("2023-06".to_string(), vec!["지난해 6월".to_string()]),
        ]
    );
}

#[test]
fn the_articles_dateline_is_the_reference_without_one_from_the_caller() {
    let text = "입력 2024-03-05 09:00\n회사는 어제 신제품을 내놨다. 다음 달 출시한다.";
    let doc = extractor(None).extract(text);
    assert_eq!(doc.reference_date.as_deref(), Some("2024-03-05"));
    let dates = of(&doc, EntityType::Date);
    let canon: Vec<&str> = dates.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(canon, ["2024-03-05T09:00:00", "2024-03-04", "2024-04"]);
}

#[test]
fn without_any_reference_relative_dates_stay_unresolved() {
    let doc = extractor(None).extract("회사는 지난 26일 협약을 맺었고 2015년 설립됐다.");
    assert_eq!(doc.reference_date, None);
    let values: Vec<Option<Value>> = doc
        .entities_of(EntityType::Date)
        .map(|e| e.value.clone())
        .collect();
    let json = serde_json::to_string(&values).unwrap_or_default();
    assert_eq!(
        json,
        r#"[{"date":null,"grain":"day","unresolved":"지난 26일"},{"date":"2015","grain":"year"}]"#
    );
    let canon: Vec<String> = doc
        .entities_of(EntityType::Date)
        .map(|e| e.canonical.clone())
        .collect();
    assert_eq!(canon, ["지난 26일", "2015"]);
}

#[test]
fn quantities_and_durations_are_neither_amounts_nor_dates() {
    let doc = extractor(Some(ymd(2024, 11, 27))).extract(
        "직원 1954명이 3년간 준비해 8년 만에 1위에 올랐다. 데이터센터 2곳과 5G망을 두 차례 점검했다.",
    );
    assert_eq!(of(&doc, EntityType::Amount), []);
    assert_eq!(of(&doc, EntityType::Date), []);
}

/// issue 12: every amount the grammar gives round-trips exactly through `Document`'s own
/// serde and through `serde_json::Value`; numbers beyond what JSON readers carry exactly
/// (above `u64`) are refused instead of printed.
#[test]
fn amounts_round_trip_exactly_or_are_refused() {
    let ex = extractor(None);
    let cases: &[(&str, Option<&str>)] = &[
        (
            "잔액은 18446744073709551615원이다.",
            Some("18446744073709551615"),
        ),
        ("잔액은 18446744073709551616원이다.", None),
        ("부채는 99999999999999999999조 달러다.", None),
        ("가격은 27달러 80센트다.", Some("27.8")),
        ("환율은 1,390.55원이다.", Some("1390.55")),
        ("기금은 9000경원이다.", None),
    ];
    for &(text, want) in cases {
        let doc = ex.extract(text);
        let numbers: Vec<String> = doc
            .entities_of(EntityType::Amount)
            .filter_map(|e| match &e.value {
                Some(Value::Amount(a)) => Some(a.number.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(
            numbers,
            want.into_iter().map(String::from).collect::<Vec<_>>(),
            "{text}"
        );
        let value = serde_json::to_value(&doc).expect("a Document converts to a JSON value");
        let back: Document = serde_json::from_value(value).expect("and back");
        assert_eq!(back, doc, "{text}: through serde_json::Value");
        let json = serde_json::to_string(&doc).expect("a Document serializes");
        let back: Document = serde_json::from_str(&json).expect("and deserializes");
        assert_eq!(back, doc, "{text}: through JSON text");
    }
}

/// issue 12: against the ends of the calendar, dates outside 0001–9999 are unresolved in
/// the JSON, never `-976`, `10024` or `0000-12-24`.
#[test]
fn dates_at_the_ends_of_the_calendar_are_valid_or_unresolved() {
    let cases = [
        ("3000년 전 일이다.", ymd(2024, 11, 27)),
        ("8000년 후 일이다.", ymd(2024, 11, 27)),
        ("내년 출시한다.", ymd(9999, 12, 31)),
        ("24일 열렸다.", ymd(1, 1, 1)),
    ];
    for (text, reference) in cases {
        let doc = extractor(Some(reference)).extract(text);
        let json = serde_json::to_value(&doc).expect("a Document converts to a JSON value");
        let dates: Vec<&serde_json::Value> = json["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["type"] == "DATE")
            .collect();
        assert_eq!(dates.len(), 1, "{text}");
        assert_eq!(dates[0]["value"]["date"], serde_json::Value::Null, "{text}");
        assert!(dates[0]["value"]["unresolved"].is_string(), "{text}");
    }
}
