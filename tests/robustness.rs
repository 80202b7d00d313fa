//! Property tests: any string, with any reference date, gives a `Document` without
//! panicking whose every value keeps the output contract: offsets slice the input to the
//! mention's text, in bytes and in chars; no mention begins or ends with an invisible
//! character; DATE values are ISO dates of their grain within 0001–9999; AMOUNT numbers are
//! finite, non-negative and no larger than their `max`; entities come in order of their
//! first mention; the JSON round trip is exact; and extraction is deterministic across
//! extractors and threads.
//!
//! `KOREX_PROPTEST_CASES` sets the number of cases per property (10,000 by default).

use std::sync::OnceLock;

use crate::contract::check_offsets;
use chrono::NaiveDate;
use korex::{ExtractOptions, Extractor};
use proptest::prelude::*;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::default)
}

fn cases() -> u32 {
    std::env::var("KOREX_PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

/// Reference dates at the edges of the calendar, leap days, and any day between.
fn reference_date() -> impl Strategy<Value = Option<NaiveDate>> {
    let edges = prop::sample::select(vec![
        NaiveDate::from_ymd_opt(1, 1, 1),
        NaiveDate::from_ymd_opt(9999, 12, 31),
        NaiveDate::from_ymd_opt(2024, 2, 29),
        NaiveDate::from_ymd_opt(2000, 2, 29),
        NaiveDate::from_ymd_opt(1, 12, 31),
        NaiveDate::from_ymd_opt(9999, 1, 1),
    ]);
    let any_day = (1i32..=9999, 1u32..=366).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d));
    prop_oneof![Just(None), edges, any_day]
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
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_string_gives_a_document(input in any::<String>(), reference in reference_date()) {
        let doc = extractor().extract_with(&input, &ExtractOptions { reference_date: reference, ..Default::default() });
        check_offsets(&input, &doc);
    }

    #[test]
    fn newsy_strings_keep_the_contract(input in newsy(), reference in reference_date()) {
        let doc = extractor().extract_with(&input, &ExtractOptions { reference_date: reference, ..Default::default() });
        check_offsets(&input, &doc);
    }
}

/// Dates and amounts at the edges of what can be represented, against edge reference dates.
#[test]
fn edge_dates_and_amounts_keep_the_contract() {
    let texts = [
        "3000년 전",
        "8000년 후",
        "내년",
        "24일",
        "지난해",
        "지난 26일",
        "다음 달",
        "올해 상반기",
        "10000년 1월 1일",
        "0년",
        "9999년 12월 31일 다음 날",
        "이튿날",
        "18446744073709551616원",
        "99999999999999999999조 달러",
        "340282366920938463463374607431768211456원",
        "1.5경원",
        "0.000001달러",
        "구글\u{200b}은",
        "구글\u{200d}이",
        "\u{feff}삼성전자는",
    ];
    let references = [
        None,
        NaiveDate::from_ymd_opt(1, 1, 1),
        NaiveDate::from_ymd_opt(9999, 12, 31),
        NaiveDate::from_ymd_opt(2024, 2, 29),
    ];
    for text in texts {
        for reference_date in references {
            let doc = extractor().extract_with(
                text,
                &ExtractOptions {
                    id: None,
                    reference_date,
                },
            );
            check_offsets(text, &doc);
        }
    }
}

/// Two extractors, and eight threads sharing one, give byte-identical output.
#[test]
fn extraction_is_deterministic_across_extractors_and_threads() {
    let texts: Vec<String> = (0..64)
        .map(|i| {
            format!(
                "[서울=뉴시스] 오픈AI는 지난 {}일 한국산업은행과 MOU를 체결했다. 샘 올트먼 CEO는 {}억 달러 투자를 밝혔다.",
                i % 28 + 1,
                i + 1
            )
        })
        .collect();
    let serial: Vec<String> = texts
        .iter()
        .map(|t| serde_json::to_string(&extractor().extract(t)).unwrap())
        .collect();
    let other = Extractor::default();
    for (t, want) in texts.iter().zip(&serial) {
        assert_eq!(&serde_json::to_string(&other.extract(t)).unwrap(), want);
    }
    let chunks: Vec<Vec<(usize, String)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|k| {
                let texts = &texts;
                scope.spawn(move || {
                    (k..texts.len())
                        .step_by(8)
                        .map(|i| {
                            (
                                i,
                                serde_json::to_string(&extractor().extract(&texts[i])).unwrap(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (i, json) in chunks.into_iter().flatten() {
        assert_eq!(json, serial[i], "text {i} differs across threads");
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

/// The free part of the shared news corpus (Wikinews and KLUE paragraphs; its later lines are
/// KMOU sentences, which stay out of tests) read as one long document: many people share
/// surnames and short forms there, which is where coreference renumbers entities.
#[test]
fn the_free_news_corpus_as_one_document_keeps_every_mention_in_an_entity_of_its_kind() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpora/ko-news-text/ko_news_paragraphs.txt"
    );
    let corpus = std::fs::read_to_string(path).expect("../shared beside the repository");
    let text: String = corpus
        .lines()
        .take(14_758)
        .flat_map(|l| [l, "\n"])
        .collect();
    let doc = extractor().extract(&text);
    check_offsets(&text, &doc);
    assert!(
        doc.entities.len() > 5_000,
        "{} entities",
        doc.entities.len()
    );
    // A short form joins a person (`옐친` → 보리스 옐친) or an organization (`양 기관`),
    // never a title, a date or an amount.
    for e in &doc.entities {
        for m in &e.mentions {
            if m.source == korex::Source::Coreference {
                assert!(
                    matches!(e.kind, korex::EntityType::Person | korex::EntityType::Org),
                    "{:?} joined {:?} {}",
                    m.text,
                    e.kind,
                    e.canonical
                );
            }
        }
    }
}

#[test]
fn entities_follow_their_first_mention_even_a_coreference() {
    let doc = extractor().extract("올트먼은 웃었다. 오픈AI가 왔다. 샘 올트먼이다.");
    let order: Vec<(&str, &str)> = doc
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.canonical.as_str()))
        .collect();
    assert_eq!(order[..2], [("e0", "샘 올트먼"), ("e1", "오픈AI")]);
    assert_eq!(doc.entities[0].mentions[0].text, "올트먼");
}

#[test]
fn mentions_never_keep_an_invisible_character_before_their_particle() {
    for (text, name) in [
        ("구글\u{200b}은 애플과 만났다.", "구글"),
        ("구글\u{200d}이 발표했다.", "구글"),
        ("\u{feff}삼성전자는 투자했다.", "삼성전자"),
        ("카카오\u{2060}가 밝혔다.", "카카오"),
    ] {
        let doc = extractor().extract(text);
        let m = &doc.entities[0].mentions[0];
        assert_eq!(m.text, name, "in {text:?}");
        assert_eq!(&text[m.start..m.end], name);
    }
}

/// A title whose only mention becomes part of a surname + title (`이 사무관`) is dropped after
/// the new mention points at its person, not before: the index used to run past the entities
/// and panic (found on a 4 MB document of the news corpus).
#[test]
fn surname_titles_that_empty_a_title_entity_keep_valid_entities() {
    let text = "이번 영상은 한지호 감독의 작품이다. 한 장관의 등장에 주민들이 항의했다. 그때 이도윤(33)이 타석에 섰다. 당시 서 씨가 이 사무관에게 인사했다.";
    let doc = extractor().extract(text);
    check_offsets(text, &doc);
    let people: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.kind == korex::EntityType::Person)
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(people.contains(&"이도윤"), "{people:?}");
}
