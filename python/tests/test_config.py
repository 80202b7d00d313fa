"""Dictionaries and rule packs from Python: errors with file and line, pack examples."""

from pathlib import Path

import pytest

import korex
from conftest import REPO

PACK = """
[[rule]]
id = "supply.signed"
relation = "supply"
trigger = { words = ["공급계약"], verbs = ["체결"] }
args = [
  { role = "supplier", types = ["ORG"], particles = ["topic", "subject"], position = "before" },
  { role = "buyer", types = ["ORG"], particles = ["partner"] },
]

[[example]]
rule = "supply.signed"
text = "삼성전자는 현대자동차와 반도체 공급계약을 체결했다."
expect = ["supply(supplier=삼성전자, buyer=현대자동차)"]
"""


def test_bad_dictionary_line_is_a_config_error_with_file_and_line(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my companies\n가나다랩\tORG\n오픈AI\tCOMPANY\n", encoding="utf-8")
    with pytest.raises(korex.ConfigError) as info:
        korex.Extractor(dictionaries=[path])
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.file, err.line) == (str(path), 3)
    assert "unknown entity type `COMPANY`" in err.message
    assert str(err) == f"{path}:3: {err.message}"


def test_missing_file_names_the_file(tmp_path):
    path = tmp_path / "absent.toml"
    with pytest.raises(korex.ConfigError) as info:
        korex.Extractor(rule_packs=[str(path)])
    assert info.value.file == str(path)
    assert info.value.line is None
    assert "cannot read" in info.value.message


def test_bad_rule_pack_names_the_line(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text(PACK.replace('types = ["ORG"], particles = ["partner"]', 'types = ["COMPANY"]'), encoding="utf-8")
    with pytest.raises(korex.ConfigError) as info:
        korex.Extractor(rule_packs=[path])
    assert info.value.file == str(path)
    assert "COMPANY" in info.value.message


def test_user_dictionary_and_pack_are_used(tmp_path):
    dictionary = tmp_path / "mine.tsv"
    dictionary.write_text("가나다랩\tORG\t가나다\n", encoding="utf-8")
    pack = tmp_path / "supply.toml"
    pack.write_text(PACK, encoding="utf-8")
    extractor = korex.Extractor(dictionaries=[dictionary], rule_packs=[pack], default_rules=False)
    doc = extractor.extract("가나다는 삼성전자와 배터리 공급계약을 체결했다.")
    orgs = [e.canonical for e in doc.entities if e.type == "ORG"]
    assert orgs == ["가나다랩", "삼성전자"]
    [relation] = doc.relations
    assert relation.type == "supply" and relation.rule == "supply.signed"
    assert [(a.role, doc.entity(a.entity).canonical) for a in relation.args] == [
        ("supplier", "가나다랩"),
        ("buyer", "삼성전자"),
    ]
    without_defaults = korex.Extractor(dictionaries=[dictionary], default_dictionaries=False)
    assert [e.canonical for e in extractor.extract("가나다는 산은과").entities] == ["가나다랩", "한국산업은행"]
    assert [e.canonical for e in without_defaults.extract("가나다는 산은과").entities] == ["가나다랩"]


@pytest.mark.parametrize("pack", sorted((REPO / "rules").glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_packs_pass_their_examples(pack: Path):
    assert [str(f) for f in korex.check_pack(pack)] == []


def test_check_pack_reports_a_failing_example(tmp_path):
    path = tmp_path / "supply.toml"
    path.write_text(PACK.replace("buyer=현대자동차", "buyer=기아"), encoding="utf-8")
    [failure] = korex.check_pack(path)
    assert failure.pack == str(path)
    assert failure.rule == "supply.signed"
    assert failure.line == PACK.splitlines().index("[[example]]") + 1
    assert failure.expected == ["supply(supplier=삼성전자, buyer=기아)"]
    assert failure.found == ["supply(buyer=현대자동차, supplier=삼성전자)"]
    assert "example of rule supply.signed failed" in str(failure)
