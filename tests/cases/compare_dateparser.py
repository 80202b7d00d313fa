#!/usr/bin/env python3
"""korex beside PyPI `dateparser` on the date cases of tests/cases/dates.tsv.

Both are scored the same way, on values only (which dates a sentence names, in order, each
cut to the grain the case expects), so dateparser is not marked down for drawing a mention's
edges differently or for not reporting a grain. Cases that expect an unresolved date (`?`)
are left out: dateparser has no notion of one. `cargo test` checks korex more strictly
(mention text and grain too).

Setup (this script installs nothing): `pip install dateparser` and
`cargo build --release` (the script runs target/release/korex).

Run: python3 tests/cases/compare_dateparser.py [-v]
"""
import datetime
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
TABLE = ROOT / "tests" / "cases" / "dates.tsv"
KOREX = ROOT / "target" / "release" / "korex"


def cases():
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, text, reference, expected = line.split("\t")
        text = text.replace("\\n", "\n")
        want = [] if expected == "-" else expected.split(" | ")
        values = [w.rsplit(" => ", 1)[1].split(" ") for w in want]
        if any(v[0] == "?" for v in values):
            continue
        yield name, text, None if reference == "-" else reference, values


def cut(moment, grain):
    """An ISO string of `moment` cut to `grain`, as SCHEMA.md prints dates."""
    d = moment.date() if isinstance(moment, datetime.datetime) else moment
    if grain == "year":
        return f"{d.year:04}"
    if grain == "month":
        return f"{d.year:04}-{d.month:02}"
    if grain == "half":
        return f"{d.year:04}-{1 if d.month <= 6 else 7:02}-01"
    if grain == "quarter":
        return f"{d.year:04}-{(d.month - 1) // 3 * 3 + 1:02}-01"
    if grain == "week":
        return (d - datetime.timedelta(days=d.weekday())).isoformat()
    if grain == "day":
        return d.isoformat()
    # A date-time is written in full whatever its grain (the gold format's only date-time form).
    if grain == "hour":
        return moment.strftime("%Y-%m-%dT%H:00:00")
    if grain == "minute":
        return moment.strftime("%Y-%m-%dT%H:%M:00")
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def korex_values(table):
    lines = [
        json.dumps({"id": name, "text": text, "reference_date": ref}, ensure_ascii=False)
        for name, text, ref, _ in table
    ]
    out = subprocess.run(
        [str(KOREX), "extract", "--input", "jsonl", "--format", "jsonl", "--no-default-dicts",
         "--no-default-rules"],
        input="\n".join(lines) + "\n", capture_output=True, text=True, check=True,
    ).stdout
    found = {}
    for line in out.splitlines():
        doc = json.loads(line)
        mentions = []
        for e in doc["entities"]:
            if e["type"] != "DATE":
                continue
            for m in e["mentions"]:
                mentions.append((m["start"], e["value"]["date"]))
        found[doc["id"]] = [v for _, v in sorted(mentions)]
    return found


def dateparser_values(table):
    from dateparser.search import search_dates

    found = {}
    for name, text, ref, want in table:
        settings = {}
        if ref:
            settings["RELATIVE_BASE"] = datetime.datetime.fromisoformat(ref)
        hits = search_dates(text, languages=["ko"], settings=settings) or []
        grains = [g for _, g in want]
        found[name] = [
            cut(moment, grains[k] if k < len(grains) else "day") for k, (_, moment) in enumerate(hits)
        ]
    return found


def main():
    verbose = "-v" in sys.argv
    table = list(cases())
    expected = {name: [v for v, _ in want] for name, _, _, want in table}
    results = {"korex": korex_values(table), "dateparser": dateparser_values(table)}
    for system, found in results.items():
        passed = sum(found.get(name) == want for name, want in expected.items())
        print(f"{system}: {passed}/{len(table)} cases ({100 * passed / len(table):.1f} %)")
        if verbose:
            for name, want in expected.items():
                if found.get(name) != want:
                    print(f"  {name}: expected {want}, found {found.get(name)}")


main()
