#!/usr/bin/env python3
"""List real news sentences around the trigger words of a relation type, with the entities
korex finds in them and the relations it states, so a reader can see which frames news uses
and which of them the rule packs miss.

Sources (all allow building; attribute them where a sentence becomes a pack example):
  ../shared/corpora/ko-wikinews/wikinews.csv: Korean Wikinews (CC BY 2.5, Wikinews
      contributors), every article except those whose URL is in a tests/fixtures/wikinews file
      (the evaluation articles, dev and test alike, are never mined).
  ../shared/corpora/ko-news-text/ko_news_paragraphs.txt lines 3,329-14,758 only: KLUE-NER
      WikiTree sentences (CC BY-SA 4.0). Its lines 1-3,328 are the Wikinews articles above (read
      from the CSV, where the fixture's URLs can be excluded); the lines after 14,758 are the
      non-commercial KMOU corpus and are never read here.
  ../shared/corpora/klue-ner-train-raw-sentences/train-raw-sent.tsv, `_wikitree` lines only
      (CC BY-SA 4.0, KLUE, Park et al. 2021; konne-prep).
A sentence that occurs in any fixture article's text is skipped as well, and so is every
sentence of the KLUE evaluation fixture (tests/fixtures/klue/sentences.jsonl, dev and test).

Usage (from the repository root, after `cargo build --release`):
    python3 scripts/mine_relation_frames.py attendance            # the type's built-in triggers
    python3 scripts/mine_relation_frames.py visit --trigger 방한 --trigger 순방
    python3 scripts/mine_relation_frames.py establishment --missed   # only sentences with no relation of the type
    python3 scripts/mine_relation_frames.py meeting --limit 40 --types PERSON ORG
    python3 scripts/mine_relation_frames.py attendance --found --sample 60 --seed 8
        # precision sample: the relations korex states on ko-news-text's free lines 1-14,758
        # (each line one document; evaluation text skipped), N drawn at random, to judge by hand
"""
import argparse
import csv
import json
import random
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
NEWS = CORPORA / "ko-news-text" / "ko_news_paragraphs.txt"
NEWS_FREE_LINES = 14758  # lines after this one are non-commercial (KMOU): never read
NEWS_WIKINEWS_LINES = 3328  # lines up to this one are the Wikinews articles of WIKINEWS
KLUE = CORPORA / "klue-ner-train-raw-sentences" / "train-raw-sent.tsv"
WIKINEWS = CORPORA / "ko-wikinews" / "wikinews.csv"
FIXTURE = ROOT / "tests" / "fixtures" / "wikinews"
KLUE_FIXTURE = ROOT / "tests" / "fixtures" / "klue" / "sentences.jsonl"

# The trigger groups the issue names, per type (section 4); --trigger replaces them.
TRIGGERS = {
    "attendance": ["참석", "참여", "자리를 함께", "동석", "배석", "초청", "참가", "출전"],
    "establishment": ["설립", "창립", "창업", "출범", "세운", "세워", "개원", "개소", "발족",
                      "문을 연", "신설", "개장", "개관", "창단", "창당", "설치"],
    "meeting": ["회담", "회동", "면담", "접견", "만나", "만난", "만났"],
    "visit": ["방문", "방한", "방미", "방중", "방일", "찾아", "찾았", "찾은", "순방"],
    "position": ["임명", "선임", "취임", "내정", "맡아", "맡았", "지냈", "역임"],
    "investment": ["투자", "출자", "지분", "인수"],
}


def split_sentences(text):
    for line in text.splitlines():
        for sentence in re.split(r"(?<=[다요]\.)\s+", line.strip()):
            yield sentence


def fixture_articles():
    """The URLs and texts of the evaluation articles, which are never mined."""
    urls, texts = set(), []
    for path in sorted(FIXTURE.glob("*.json")):
        if path.name == "relation_figures.json":
            continue
        article = json.loads(path.read_text(encoding="utf-8"))
        urls.add(article.get("source_url", ""))
        texts.append(article.get("text", ""))
    return urls, "\n".join(texts)


def klue_fixture():
    """The ids and texts of the KLUE sentences of the evaluation fixture (dev and test), which
    are never mined either: they are KLUE-NER WikiTree lines, also in ko-news-text."""
    ids, texts = set(), []
    if KLUE_FIXTURE.exists():
        for line in KLUE_FIXTURE.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                ids.add(record["id"])
                texts.append(record["text"])
    return ids, texts


def sentences():
    """Every sentence of the free corpus parts that is no part of an evaluation article or
    sentence."""
    urls, fixture_text = fixture_articles()
    klue_ids, klue_texts = klue_fixture()
    with WIKINEWS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["출처"] in urls:
                continue
            for sentence in split_sentences(row["제목"] + "\n" + row["내용"]):
                if sentence and sentence not in fixture_text:
                    yield "wikinews", sentence
    with NEWS.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if number > NEWS_FREE_LINES:
                break
            if number <= NEWS_WIKINEWS_LINES:
                continue
            for sentence in split_sentences(line):
                if not any(k in sentence or sentence in k for k in klue_texts):
                    yield "wikitree", sentence
    with KLUE.open(encoding="utf-8") as f:
        for line in f:
            ident, _, sentence = line.rstrip("\n").partition("\t")
            if ident.endswith("_wikitree") and ident not in klue_ids and sentence not in klue_texts:
                yield "klue", sentence


def run_korex(korex, texts):
    lines = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                    for i, t in enumerate(texts))
    out = subprocess.run([korex, "extract", "--input", "jsonl", "--format", "jsonl"],
                         input=lines.encode(), capture_output=True, check=True)
    return [json.loads(line) for line in out.stdout.decode().splitlines()]


def describe(doc, kind):
    names = {e["id"]: e.get("canonical") or e["mentions"][0]["text"] for e in doc["entities"]}
    found = []
    for r in doc["relations"]:
        if r["type"] != kind:
            continue
        args = ", ".join(f"{a['role']}={names.get(a.get('entity'), a.get('text'))}"
                         for a in r["args"])
        found.append(f"{kind}({args}) [{r.get('rule', '')}]")
    return found


def found_relations(korex, kind):
    """Every relation of `kind` korex states on the free lines of ko-news-text, one line a
    document (evaluation text skipped), as (line number, description, line)."""
    _, fixture_text = fixture_articles()
    _, klue_texts = klue_fixture()
    lines = []
    with NEWS.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if number > NEWS_FREE_LINES:
                break
            line = line.strip()
            if line and line not in fixture_text and not any(k in line for k in klue_texts):
                lines.append((number, line))
    docs = run_korex(korex, [t for _, t in lines])
    out = []
    for (number, line), doc in zip(lines, docs):
        for d in describe(doc, kind):
            out.append((number, d, line))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("type", choices=sorted(TRIGGERS))
    ap.add_argument("--trigger", action="append", help="a trigger word (repeatable)")
    ap.add_argument("--types", nargs="*", default=["PERSON", "ORG"],
                    help="entity types one of which must be in the sentence")
    ap.add_argument("--missed", action="store_true", help="only sentences with no relation of the type")
    ap.add_argument("--limit", type=int, default=60)
    ap.add_argument("--korex", default=str(ROOT / "target" / "release" / "korex"))
    ap.add_argument("--found", action="store_true",
                    help="list what korex states on the free lines of ko-news-text instead")
    ap.add_argument("--sample", type=int, help="with --found: this many, drawn at random")
    ap.add_argument("--seed", type=int, default=0, help="with --sample: the random seed")
    args = ap.parse_args()
    if args.found:
        found = found_relations(args.korex, args.type)
        picked = found
        if args.sample and args.sample < len(found):
            picked = sorted(random.Random(args.seed).sample(found, args.sample))
        for number, d, line in picked:
            print(f"L{number} {d}\n    {line[:300]}")
        print(f"-- {len(picked)} shown of {len(found)} {args.type} relations")
        return
    triggers = args.trigger or TRIGGERS[args.type]
    seen = set()  # the WikiTree sentences of ko-news-text are also in the KLUE file
    picked = []
    for src, s in sentences():
        if 8 <= len(s) <= 300 and s not in seen and any(t in s for t in triggers):
            seen.add(s)
            picked.append((src, s))
    docs = run_korex(args.korex, [s for _, s in picked])
    shown = 0
    for (src, sentence), doc in zip(picked, docs):
        types = {e["type"] for e in doc["entities"]}
        if not types & set(args.types):
            continue
        found = describe(doc, args.type)
        if args.missed and found:
            continue
        ents = " ".join(f"{e['type']}:{e['mentions'][0]['text']}" for e in doc["entities"]
                        if e["type"] != "DATE")
        print(f"[{src}] {sentence}\n    entities: {ents}")
        for f in found:
            print(f"    found: {f}")
        shown += 1
        if shown >= args.limit:
            break
    print(f"-- {shown} shown of {len(picked)} sentences with a trigger")


if __name__ == "__main__":
    main()
