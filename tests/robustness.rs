//! Property tests: any string gives a `Document` without panicking, and every mention's
//! offsets slice the input to its text, in bytes and in chars.

use std::sync::OnceLock;

use korex::{Document, Extractor};
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::default)
}

fn check_offsets(input: &str, doc: &Document) {
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
    // The output always serializes and reads back.
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, doc);
}

/// Pieces of Korean news text mixed with hostile characters.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "오픈AI가",
        "한국산업은행과",
        "산은",
        "MOU를",
        "체결했다.",
        "샘 올트먼",
        "강 회장은",
        "66억 달러(약 9조2380억원)",
        "지난 26일",
        "2024.11.26.",
        "韓",
        "美",
        "삼성전자·SK하이닉스",
        "등록 2024.11.27 06:01:00",
        "\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}",
        "\u{0000}",
        "\u{200B}",
        "🙂",
        "ＯｐｅｎＡＩ",
        "\u{00A0}",
        "\n",
        "  ",
        "\t",
        "…",
        "“",
        "”",
        "ㆍ",
        "1조6000억원",
        "이상",
        "지난해 6월과 지난 1월",
        "서울",
        "부산은",
        "한국어",
        "9.5%",
        "\u{FEFF}",
        "\r\n",
    ]);
    prop::collection::vec(
        prop_oneof![pieces.prop_map(String::from), any::<String>()],
        0..24,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_gives_a_document(input in any::<String>()) {
        let doc = extractor().extract(&input);
        check_offsets(&input, &doc);
    }

    #[test]
    fn newsy_strings_give_consistent_offsets(input in newsy()) {
        let doc = extractor().extract(&input);
        check_offsets(&input, &doc);
    }
}

#[test]
fn edge_inputs() {
    let long = "오픈AI가 한국산업은행과 MOU를 체결했다. ".repeat(20_000);
    let cases: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\u{0}\u{1}\u{7f}".into(),
        "\u{1112}".into(),
        "\u{1112}\u{1161}".into(),
        "\u{11AB}\u{1161}".into(),
        "🙂🙂 韓美中日 ＡＢＣ".into(),
        long,
    ];
    for input in cases {
        let doc = extractor().extract(&input);
        check_offsets(&input, &doc);
    }
}
