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
