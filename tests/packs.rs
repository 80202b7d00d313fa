//! Every `[[example]]` of the default rule packs is a test, named `{pack}/{rule}/{n}`.

use korex::{Extractor, RulePack, DEFAULT_RULE_PACKS};

#[test]
fn default_pack_examples_pass() {
    let extractor = Extractor::default();
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, text) in DEFAULT_RULE_PACKS {
        let pack = RulePack::parse(name, text).expect("default pack parses");
        assert!(!pack.examples().is_empty(), "{name} has no examples");
        count += pack.examples().len();
        for f in extractor.check_pack(&pack).unwrap() {
            let n = pack
                .examples()
                .iter()
                .position(|e| e.line == f.line)
                .unwrap_or(0);
            failures.push(format!(
                "{}/{}/{n}\n{f}",
                pack.name(),
                f.rule.as_deref().unwrap_or("(any)")
            ));
        }
    }
    assert!(count >= 9 * 3, "too few examples: {count}");
    assert!(
        failures.is_empty(),
        "{} of {count} examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_rule_has_three_examples() {
    for (name, text) in DEFAULT_RULE_PACKS {
        let pack = RulePack::parse(name, text).unwrap();
        let single_rule = pack.rule_ids().len() == 1;
        for id in pack.rule_ids() {
            let n = pack
                .examples()
                .iter()
                .filter(|e| e.rule.as_deref() == Some(id) || (single_rule && e.rule.is_none()))
                .count();
            assert!(n >= 3, "{name}: rule {id} has {n} examples (needs 3)");
        }
    }
}

#[test]
fn all_nine_relation_types_are_covered() {
    let extractor = Extractor::default();
    let mut types: Vec<&str> = extractor
        .rule_packs()
        .iter()
        .flat_map(|p| p.relation_types())
        .collect();
    types.sort_unstable();
    types.dedup();
    assert_eq!(
        types,
        [
            "attendance",
            "establishment",
            "funding",
            "investment",
            "lease",
            "meeting",
            "mou",
            "position",
            "visit"
        ]
    );
}

/// A user's pack for a relation the defaults do not have.
const HIRE_PACK: &str = r#"
[[rule]]
id = "hire.joined"
relation = "hire"
trigger = { verbs = ["합류"] }
args = [
  { role = "person", types = ["PERSON"], particles = ["topic", "subject"] },
  { role = "organization", types = ["ORG"], particles = ["goal"] },
]
"#;

#[test]
fn a_failing_example_reports_rule_text_expected_and_found() {
    let example = r#"
[[example]]
rule = "hire.joined"
text = "이재용 회장은 구글에 합류했다."
expect = ["hire(person=이재용, organization=애플)"]
"#;
    let pack = RulePack::parse("mine.toml", &format!("{HIRE_PACK}{example}")).unwrap();
    let failures = Extractor::default().check_pack(&pack).unwrap();
    assert_eq!(failures.len(), 1);
    let shown = failures[0].to_string();
    assert!(shown.contains("hire.joined"), "{shown}");
    assert!(shown.contains("이재용 회장은 구글에 합류했다."), "{shown}");
    assert!(
        shown.contains("expected: hire(person=이재용, organization=애플)"),
        "{shown}"
    );
    assert!(
        shown.contains("found:    hire(organization=구글, person=이재용)"),
        "{shown}"
    );
}

#[test]
fn user_packs_load_beside_or_instead_of_the_defaults() {
    let pack = HIRE_PACK;
    let text = "이재용 회장은 구글에 합류했다.";
    let beside = Extractor::builder()
        .rule_pack_str("hire.toml", pack)
        .build()
        .unwrap();
    let kinds: Vec<String> = beside
        .extract(text)
        .relations
        .iter()
        .map(|r| r.kind.clone())
        .collect();
    assert!(
        kinds.contains(&"hire".to_string()) && kinds.contains(&"position".to_string()),
        "{kinds:?}"
    );
    let instead = Extractor::builder()
        .default_rules(false)
        .rule_pack_str("hire.toml", pack)
        .build()
        .unwrap();
    let kinds: Vec<String> = instead
        .extract(text)
        .relations
        .iter()
        .map(|r| r.kind.clone())
        .collect();
    assert_eq!(kinds, ["hire"]);
}

#[test]
fn bad_packs_name_file_rule_and_line() {
    let err = Extractor::builder()
        .rule_pack_str(
            "bad.toml",
            "[[rule]]\nid = \"x.y\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"ORG\"], scope = \"paragraph\" }]\n",
        )
        .build()
        .expect_err("an unknown scope is an error");
    assert_eq!(
        err.to_string(),
        "bad.toml:5: rule `x.y`: arg `party`: unknown scope `paragraph` (clause, sentence)"
    );
}

/// A rule with the given body after `[[rule]]`, parsed; the error message when it fails.
fn pack_error(body: &str) -> String {
    RulePack::parse("bad.toml", body)
        .expect_err("the pack is refused")
        .to_string()
}

const MOU_ARGS: &str =
    "trigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"ORG\"] }]\n";

#[test]
fn relation_types_are_lower_case_words() {
    let err = pack_error(&format!(
        "[[rule]]\nid = \"x\"\nrelation = \"Hire Me!\"\n{MOU_ARGS}"
    ));
    assert!(
        err.starts_with("bad.toml:1: rule `x`: relation `Hire Me!` is not a lower-case word"),
        "{err}"
    );
}

#[test]
fn built_in_relations_check_their_roles_and_types() {
    let err = pack_error("[[rule]]\nid = \"x\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"partyy\", types = [\"ORG\"] }]\n");
    assert!(
        err.contains("`mou` has no role `partyy` (its roles: party, date)"),
        "{err}"
    );
    let err = pack_error("[[rule]]\nid = \"x\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"PERSON\"] }]\n");
    assert!(
        err.contains("the `party` role of `mou` takes ORG, not PERSON"),
        "{err}"
    );
    // A relation type of the user's own takes any roles.
    RulePack::parse("ok.toml", "[[rule]]\nid = \"x\"\nrelation = \"hire\"\ntrigger = { words = [\"합류\"] }\nargs = [{ role = \"person\", types = [\"PERSON\"] }]\n").unwrap();
}

#[test]
fn words_with_spaces_around_them_are_refused() {
    let err = pack_error("[[rule]]\nid = \"x\"\nrelation = \"mou\"\ntrigger = { words = [\" MOU\"] }\nargs = [{ role = \"party\", types = [\"ORG\"] }]\n");
    assert!(
        err.contains("trigger: ` MOU` has spaces around it"),
        "{err}"
    );
    let err = pack_error(&format!(
        "[[rule]]\nid = \"x\"\nrelation = \"mou\"\nunless = [\"검토 \"]\n{MOU_ARGS}"
    ));
    assert!(
        err.contains("unless: `검토 ` has spaces around it"),
        "{err}"
    );
}

#[test]
fn require_counts_must_be_possible() {
    for n in [0, 1000] {
        let err = pack_error(&format!(
            "[[rule]]\nid = \"x\"\nrelation = \"mou\"\nrequire = {{ party = {n} }}\n{MOU_ARGS}"
        ));
        assert!(
            err.contains(&format!("require `party = {n}`: a count from 1 to 16")),
            "{err}"
        );
    }
}

#[test]
fn empty_rule_ids_are_refused() {
    let err = pack_error(&format!(
        "[[rule]]\nid = \" \"\nrelation = \"mou\"\n{MOU_ARGS}"
    ));
    assert_eq!(err, "bad.toml:1: rule: empty rule id");
}

#[test]
fn sequence_rules_take_no_sentence_args() {
    let err = pack_error("[[rule]]\nid = \"x\"\nrelation = \"position\"\nsequence = [{ role = \"person\", types = [\"PERSON\"] }, { role = \"title\", types = [\"TITLE\"] }]\nargs = [{ role = \"organization\", types = [\"ORG\"] }]\n");
    assert!(
        err.contains("a sequence rule takes its arguments from the `sequence`"),
        "{err}"
    );
}

#[test]
fn lines_come_from_the_toml_parser() {
    // The rule's id also stands in a comment above it: the line is still the rule's.
    let text = format!(
        "# x.late is explained below\n\n[[rule]]\nid = \"x.ok\"\nrelation = \"mou\"\n{MOU_ARGS}\n[[rule]]\nid = \"x.late\"\nrelation = \"Bad\"\n{MOU_ARGS}"
    );
    let err = pack_error(&text);
    assert!(err.starts_with("bad.toml:9: rule `x.late`"), "{err}");
    // `[[ example ]]` with spaces is valid TOML and gets its own line, not 0.
    let text = format!(
        "[[rule]]\nid = \"x\"\nrelation = \"mou\"\n{MOU_ARGS}\n[[ example ]]\ntext = \"t\"\nexpect = [\"mou party=a\"]\n"
    );
    let err = pack_error(&text);
    assert!(err.starts_with("bad.toml:7: expectation"), "{err}");
    // A TOML syntax error keeps its line and column.
    let err = pack_error("[[rule]]\nid = \"x\"\nrelation = mou\n");
    assert!(
        err.starts_with("bad.toml:3: ") && err.contains("column"),
        "{err}"
    );
}

#[test]
fn many_rules_parse_with_their_own_lines() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "[[rule]]\nid = \"r.{i}\"\nrelation = \"mou\"\n{MOU_ARGS}\n"
        ));
    }
    text.push_str("[[rule]]\nid = \"r.last\"\nrelation = \"mou\"\ntrigger = { words = [\"MOU\"] }\nargs = [{ role = \"party\", types = [\"ORG\"], scope = \"page\" }]\n");
    let err = pack_error(&text);
    assert!(
        err.starts_with(&format!("bad.toml:{}: rule `r.last`", 20_000 * 6 + 5)),
        "{err}"
    );
}

#[test]
fn a_pack_with_a_byte_order_mark_parses() {
    let pack = RulePack::parse(
        "bom.toml",
        &format!("\u{feff}[[rule]]\nid = \"x\"\nrelation = \"mou\"\n{MOU_ARGS}"),
    )
    .unwrap();
    assert_eq!(pack.rule_ids(), ["x"]);
}

#[test]
fn a_pack_that_is_not_utf8_names_its_line() {
    let dir = std::env::temp_dir().join(format!("korex-pack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("latin1.toml");
    std::fs::write(&path, b"[[rule]]\nid = \"x\"\nrelation = \"caf\xe9\"\n").unwrap();
    let err = RulePack::from_file(&path).unwrap_err();
    assert_eq!(err.line(), Some(3), "{err}");
    assert!(
        err.to_string().contains("not valid UTF-8 (at byte"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// A mention's text and byte offsets.
type Spanned = (String, usize, usize);

/// The canonical name of a text's visit destination and its mentions; `None` when no visit
/// is found.
fn visit_destination(text: &str) -> Option<(String, Vec<Spanned>)> {
    let doc = Extractor::default().extract(text);
    let visit = doc.relations.iter().find(|r| r.kind == "visit")?;
    let id = visit
        .args
        .iter()
        .find(|a| a.role == "destination")?
        .entity
        .as_deref()?;
    let e = doc.entity(id)?;
    let mentions = e
        .mentions
        .iter()
        .map(|m| (m.text.clone(), m.start, m.end))
        .collect();
    Some((e.canonical.clone(), mentions))
}

#[test]
fn a_country_inside_a_visit_word_is_the_destination_mention() {
    // `한` of `방한하면서`: a LOCATION mention at its own offsets, the visit's destination.
    let text = "모친인 하쓰코 씨도 방한하면서 가족회의가 임박했다.";
    let at = text.find("방한").unwrap() + "방".len();
    assert_eq!(
        visit_destination(text),
        Some(("한국".to_string(), vec![("한".to_string(), at, at + 3)]))
    );
    // Joined to the country the text names elsewhere: one entity, two mentions.
    let text = "박근혜 대통령은 미국 정부의 초청으로 방미했다.";
    let (name, mentions) = visit_destination(text).unwrap();
    assert_eq!(name, "미국");
    assert_eq!(
        mentions.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(),
        ["미국", "미"]
    );
}

#[test]
fn a_homograph_of_a_visit_word_holds_no_country() {
    for text in [
        "구세군은 노숙인들에게 방한복을 나눠줬다.",
        "한국전력은 취약계층에 방한용품을 전달했다.",
        "이 품종은 내한성이 뛰어나다.",
        "한미 정상은 북핵 문제를 논의했다.",
    ] {
        let doc = Extractor::default().extract(text);
        assert!(
            doc.relations.iter().all(|r| r.kind != "visit"),
            "{text}: {:?}",
            doc.relations
        );
        let one_syllable: Vec<&str> = doc
            .entities
            .iter()
            .flat_map(|e| &e.mentions)
            .map(|m| m.text.as_str())
            .filter(|t| t.chars().count() == 1)
            .collect();
        assert!(one_syllable.is_empty(), "{text}: {one_syllable:?}");
    }
}
