//! Dictionary files as users write them: byte-order marks, old line ends, invisible or
//! runaway entries, and one surface given two types.

use korex::{EntityType, Extractor};

fn build(tsv: &str) -> korex::Result<Extractor> {
    Extractor::builder()
        .default_dictionaries(false)
        .dictionary_str("mine.tsv", tsv)
        .build()
}

fn canonicals(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .entities_of(EntityType::Org)
        .map(|e| e.canonical.clone())
        .collect()
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_name() {
    let ex = build("\u{feff}퓨처랩스\tORG\n").unwrap();
    assert_eq!(canonicals(&ex, "퓨처랩스는 투자를 받았다."), ["퓨처랩스"]);
}

#[test]
fn lone_cr_and_crlf_end_lines() {
    let ex = build("퓨처랩스\tORG\r미래센서\tORG\r\n한빛소프트\tORG").unwrap();
    assert_eq!(ex.dictionary_size().0, 3);
    assert_eq!(
        canonicals(&ex, "퓨처랩스와 미래센서, 한빛소프트가 협약을 맺었다."),
        ["퓨처랩스", "미래센서", "한빛소프트"]
    );
}

#[test]
fn a_canonical_of_invisible_characters_is_an_error() {
    let err = build("퓨처랩스\tORG\n\u{200b}\u{feff}\tORG\n").unwrap_err();
    assert_eq!(
        err.to_string(),
        "mine.tsv:2: the canonical name is only invisible characters"
    );
}

#[test]
fn a_runaway_line_is_refused_before_it_costs_memory() {
    let long = "가".repeat(1_000_000);
    let err = build(&format!("퓨처랩스\tORG\n{long}\tORG\n")).unwrap_err();
    assert_eq!(err.line(), Some(2));
    assert!(err.to_string().contains("longer than the 65536"), "{err}");
    let err = build(&format!("퓨처랩스\tORG\t{}\n", "나".repeat(300))).unwrap_err();
    assert!(
        err.to_string().contains("an alias is longer than the 200"),
        "{err}"
    );
}

#[test]
fn one_surface_with_two_types_is_a_warning() {
    let ex = build("카카오\tORG\n서울\tLOCATION\n카카오\tLOCATION\n").unwrap();
    let warnings: Vec<String> = ex.warnings().iter().map(|w| w.to_string()).collect();
    assert_eq!(
        warnings,
        ["mine.tsv:3: surface `카카오` is LOCATION here but ORG at mine.tsv:1"]
    );
    assert!(Extractor::default().warnings().is_empty());
}

#[test]
fn a_dictionary_file_that_is_not_utf8_names_its_line() {
    let dir = std::env::temp_dir().join(format!("korex-dict-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.tsv");
    std::fs::write(&path, b"\xed\x93\xa8\xec\xb2\x98\tORG\ncaf\xe9\tORG\n").unwrap();
    let err = Extractor::builder()
        .dictionary_file(&path)
        .build()
        .unwrap_err();
    assert_eq!(err.line(), Some(2), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
