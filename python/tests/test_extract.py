"""One text at a time: typed results, offsets as Python indices, the JSON contract."""

import datetime
import decimal
import json
import pickle
import unicodedata

import pytest

import korex
from conftest import run_cli

MOU = "오픈AI가 산은과 업무협약(MOU)을 체결했다."


def test_readme_example():
    extractor = korex.Extractor()
    doc = extractor.extract(MOU)
    assert [e.canonical for e in doc.entities if e.type == "ORG"] == ["오픈AI", "한국산업은행"]
    bank = doc.entities[1]
    assert bank.mentions[0].text == "산은"  # the particle 과 is split off
    assert doc.relations[0].type == "mou"
    assert [doc.entity(a.entity).canonical for a in doc.relations[0].args] == ["오픈AI", "한국산업은행"]


def assert_offsets(text: str, doc: korex.Document) -> int:
    """Every mention's char offsets slice `text`, and its byte offsets slice the UTF-8."""
    data = text.encode("utf-8")
    n = 0
    for e in doc.entities:
        for m in e.mentions:
            assert text[m.char_start : m.char_end] == m.text, (e, m)
            assert data[m.start : m.end].decode("utf-8") == m.text, (e, m)
            n += 1
    for r in doc.relations:
        span = r.evidence
        assert data[span.start : span.end].decode("utf-8") == text[span.char_start : span.char_end]
    return n


def test_char_offsets_are_python_indices_with_emoji_and_nfd(extractor):
    nfc = "🚀🇰🇷 오픈AI가 산은과 업무협약(MOU)을 체결했다 👏 샘 올트먼 오픈AI 최고경영자(CEO)는 지난 26일 방한했다."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc and len(nfd) > len(nfc)
    for text in (nfc, nfd, nfd + " " + nfc):
        doc = extractor.extract(text, reference_date="2024-11-27")
        assert assert_offsets(text, doc) >= 5
        canonicals = {e.canonical for e in doc.entities}
        # NFD Hangul is folded before matching: the same entities are found.
        assert {"오픈AI", "한국산업은행", "샘 올트먼", "2024-11-26"} <= canonicals, canonicals


def test_lone_surrogates_keep_indices_aligned(extractor):
    text = "\ud83d 한국은행은 \udfff 삼성전자와 만났다."
    doc = extractor.extract(text)
    assert assert_offsets_chars(text, doc) == ["한국은행", "삼성전자"]


def assert_offsets_chars(text, doc):
    found = []
    for e in doc.entities:
        for m in e.mentions:
            assert text[m.char_start : m.char_end] == m.text
            found.append(m.text)
    return found


def test_values_are_typed(extractor):
    doc = extractor.extract("지난 26일 66억 달러(약 9조2380억원) 투자 유치, 3.5달러 인상", reference_date="2024-11-27")
    by_text = {e.mentions[0].text: e for e in doc.entities}
    date = by_text["지난 26일"].value
    assert isinstance(date, korex.DateValue)
    assert (date.date, date.grain, date.unresolved) == ("2024-11-26", "day", None)
    usd = by_text["66억 달러"].value
    assert isinstance(usd, korex.AmountValue)
    assert (usd.number, usd.currency, usd.qualifier, usd.max) == (6_600_000_000, "USD", "exact", None)
    assert by_text["약 9조2380억원"].value.qualifier == "approx"
    assert by_text["약 9조2380억원"].value.number == 9_238_000_000_000
    fraction = by_text["3.5달러"].value.number
    assert isinstance(fraction, decimal.Decimal) and fraction == decimal.Decimal("3.5")


def test_reference_date_per_call_overrides_the_extractor():
    extractor = korex.Extractor(reference_date="2024-11-27")
    text = "지난 26일 서울에서"
    assert extractor.extract(text).entities[0].canonical == "2024-11-26"
    per_call = extractor.extract(text, reference_date=datetime.date(2013, 2, 12))
    assert per_call.reference_date == "2013-02-12"
    assert per_call.entities[0].canonical == "2013-01-26"
    unresolved = korex.Extractor().extract(text).entities[0].value
    assert (unresolved.date, unresolved.unresolved) == (None, "지난 26일")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        extractor.extract(text, reference_date="26 Nov 2024")


def test_to_json_is_the_cli_output(extractor, korex_bin):
    texts = [MOU, "브로크만 회장은 지난 4일 SK AI 서밋에 참석해 최태원 회장을 만났다.", "", "🙂"]
    jsonl = "".join(json.dumps({"id": f"d{i}", "text": t, "reference_date": "2024-11-27"}) + "\n" for i, t in enumerate(texts))
    cli = run_cli(korex_bin, jsonl)
    assert len(cli) == len(texts)
    for i, (text, expected) in enumerate(zip(texts, cli)):
        doc = extractor.extract(text, id=f"d{i}", reference_date="2024-11-27")
        assert doc.to_dict() == expected
        assert json.loads(doc.to_json()) == expected
    # Field order too: the same serializer writes both.
    assert extractor.extract(MOU, id="d0", reference_date="2024-11-27").to_json() == json.dumps(cli[0], ensure_ascii=False, separators=(",", ":"))


def test_ids_keep_their_type(extractor):
    assert extractor.extract(MOU, id=17).to_dict()["id"] == 17
    assert extractor.extract(MOU, id="a-1").id == "a-1"
    assert extractor.extract(MOU).to_dict()["id"] is None
    with pytest.raises(TypeError):
        extractor.extract(MOU, id=1.5)


def test_bad_input_types_raise_type_errors(extractor):
    with pytest.raises(TypeError, match="must be a str"):
        extractor.extract(b"\xed\x95\x9c")
    with pytest.raises(TypeError, match="must be a str"):
        extractor.extract(None)


def test_explain_tells_which_rule_fired(extractor):
    report = extractor.explain("오픈AI는 한국산업은행과 MOU를 체결했다.")
    assert "rule mou." in report and "fired" in report
    assert "mou(party=오픈AI, party=한국산업은행)" in report


def test_extractor_pickles_by_its_configuration(tmp_path):
    dictionary = tmp_path / "mine.tsv"
    dictionary.write_text("가나다랩\tORG\t가나다\n", encoding="utf-8")
    extractor = korex.Extractor(dictionaries=[dictionary], reference_date="2024-11-27", default_rules=False)
    copy = pickle.loads(pickle.dumps(extractor))
    text = "가나다는 지난 26일 산은과 MOU를 맺었다."
    assert copy.extract(text).to_json() == extractor.extract(text).to_json()
    assert copy.extract(text).entities[0].canonical == "가나다랩"
    assert copy.extract(text).relations == ()


def test_documents_round_trip_through_json_and_pickle(extractor, korex_bin):
    text = "지난 26일 66억 달러(약 9조2380억원) 투자 유치. 오픈AI가 산은과 업무협약(MOU)을 체결했다. 3.5달러"
    for doc_id in ("d-1", 42, None):
        doc = extractor.extract(text, id=doc_id, reference_date="2024-11-27")
        back = korex.Document.from_json(doc.to_json())
        assert back.to_json() == doc.to_json() and back.id == doc_id
        assert pickle.loads(pickle.dumps(doc)).to_dict() == doc.to_dict()
    [line] = run_cli(korex_bin, json.dumps({"id": "x", "text": text}) + "\n")
    assert korex.Document.from_json(json.dumps(line)).to_dict() == line
    with pytest.raises(ValueError, match="not a korex document"):
        korex.Document.from_json('{"entities": 3}')
