"""Spark recipes for news archives larger than one machine.

Both read a JSONL text file, one `{"id", "text", "reference_date"?}` object a line (the
input of `korex extract --input jsonl`), and never fail a task on a bad line.

1. `cli_pipe`: the `korex` binary as a filter (`rdd.pipe`), its JSONL parsed back into a
   DataFrame of documents — one row per input line; a bad line gives a row whose `error`
   and `line` (counted within its partition) are set.
2. `entity_rows` / `relation_rows` in `mapPartitions`: the Python package, one `Extractor`
   per partition (built once, not per row), one row per entity or relation, ready for
   Parquet (`write_entities`, `write_relations`).

`pyspark` is imported only here, and only when these functions run.
"""

from __future__ import annotations

import functools
import json
import shlex
import shutil
from typing import Any, Iterable, Iterator, Mapping, Sequence

import korex

#: The JSON contract as a Spark schema, plus the error lines of `--keep-going`.
#: Numbers of amounts are exact up to 32 digits before the point.
DOCUMENT_SCHEMA = (
    "id string, reference_date string, error string, line long, "
    "entities array<struct<id: string, type: string, canonical: string, "
    "value: struct<number: decimal(38,6), max: decimal(38,6), currency: string, "
    "qualifier: string, date: string, grain: string, unresolved: string>, "
    "mentions: array<struct<text: string, start: long, end: long, char_start: long, "
    "char_end: long, source: string>>>>, "
    "relations array<struct<type: string, args: array<struct<role: string, entity: string, "
    "text: string>>, evidence: struct<start: long, end: long, char_start: long, "
    "char_end: long>, rule: string>>"
)

#: One row per entity (`entity_rows`); a bad input line gives one row with `error` set.
ENTITY_SCHEMA = (
    "doc_id string, entity_id string, type string, canonical string, mentions int, "
    "char_start long, char_end long, error string"
)

#: One row per relation (`relation_rows`); arguments name their entity's canonical form.
RELATION_SCHEMA = (
    "doc_id string, type string, rule string, "
    "args array<struct<role: string, entity_id: string, canonical: string, text: string>>, "
    "char_start long, char_end long"
)


def cli_command(korex_bin: str = "korex", args: Sequence[str] = (), keep_going: bool = True) -> str:
    """The command line `cli_pipe` runs on every partition."""
    command = [korex_bin, "extract", "--input", "jsonl", "--format", "jsonl"]
    if keep_going:
        command.append("--keep-going")
    return shlex.join([*command, *args])


def cli_pipe(
    spark: Any,
    jsonl_path: str,
    korex_bin: str = "korex",
    args: Sequence[str] = (),
    keep_going: bool = True,
    threads_per_task: int = 1,
) -> Any:
    """Documents of every line of `jsonl_path`, extracted by the `korex` binary.

    `korex_bin` is looked up on the driver's `PATH` and must be at the same path on every
    executor (`rdd.pipe` starts it with an empty environment). `args` go to `korex extract`
    (`--dict`, `--rules`, `--reference-date` …). With `keep_going` the CLI exits 0 when only
    some lines were bad, so the pipe checks the exit code (`checkCode=True`) and a crash
    still fails the task. Each task runs `threads_per_task` extraction threads: Spark already
    runs one task per core. Blank lines give no row, as in the CLI.
    """
    command = cli_command(shutil.which(korex_bin) or korex_bin, args, keep_going)
    env = {"RAYON_NUM_THREADS": str(threads_per_task)}
    out = spark.sparkContext.textFile(jsonl_path).pipe(command, env=env, checkCode=keep_going)
    return spark.read.schema(DOCUMENT_SCHEMA).json(out)


def _records(lines: Iterable[str]) -> Iterator[tuple[Any, str | None, str | None, str | None]]:
    """(id, text, reference_date, error) per non-blank JSONL line."""
    for line in lines:
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as e:
            yield None, None, None, f"not a JSON object: {e}"
            continue
        if not isinstance(record, dict):
            yield None, None, None, "not a JSON object"
            continue
        doc_id = record.get("id")
        doc_id = None if doc_id is None else str(doc_id)
        text = record.get("text")
        if not isinstance(text, str):
            yield doc_id, None, None, "missing string field `text`"
            continue
        yield doc_id, text, record.get("reference_date"), None


def _documents(
    lines: Iterable[str], options: Mapping[str, Any] | None
) -> Iterator[tuple[str | None, korex.Document | None, str | None]]:
    """(id, document, error) per line, with one Extractor for all of `lines`."""
    extractor = korex.Extractor(**(options or {}))
    for doc_id, text, reference_date, error in _records(lines):
        if error is None:
            try:
                yield doc_id, extractor.extract(text, reference_date=reference_date), None
                continue
            except (TypeError, ValueError) as e:
                error = str(e)
        yield doc_id, None, error


def entity_rows(lines: Iterable[str], options: Mapping[str, Any] | None = None) -> Iterator[tuple]:
    """For `rdd.mapPartitions`: one `ENTITY_SCHEMA` row per entity of every line.

    `options` are the keyword arguments of `korex.Extractor` (`dictionaries`, `rule_packs`,
    `reference_date` …); the files they name must be readable on every executor.
    """
    for doc_id, doc, error in _documents(lines, options):
        if doc is None:
            yield doc_id, None, None, None, None, None, None, error
            continue
        for e in doc.entities:
            first = e.mentions[0]
            yield doc_id, e.id, e.type, e.canonical, len(e.mentions), first.char_start, first.char_end, None


def relation_rows(lines: Iterable[str], options: Mapping[str, Any] | None = None) -> Iterator[tuple]:
    """For `rdd.mapPartitions`: one `RELATION_SCHEMA` row per relation of every line."""
    for doc_id, doc, _error in _documents(lines, options):
        if doc is None:
            continue
        relations = doc.relations
        if not relations:
            continue
        canonical = {e.id: e.canonical for e in doc.entities}
        for r in relations:
            args = [(a.role, a.entity, canonical.get(a.entity) if a.entity else None, a.text) for a in r.args]
            yield doc_id, r.type, r.rule, args, r.evidence.char_start, r.evidence.char_end


def write_entities(spark: Any, jsonl_path: str, out_path: str, options: Mapping[str, Any] | None = None) -> None:
    """Extracts every line of `jsonl_path` and writes one Parquet row per entity."""
    rows = spark.sparkContext.textFile(jsonl_path).mapPartitions(functools.partial(entity_rows, options=options))
    spark.createDataFrame(rows, ENTITY_SCHEMA).write.mode("overwrite").parquet(out_path)


def write_relations(spark: Any, jsonl_path: str, out_path: str, options: Mapping[str, Any] | None = None) -> None:
    """Extracts every line of `jsonl_path` and writes one Parquet row per relation."""
    rows = spark.sparkContext.textFile(jsonl_path).mapPartitions(functools.partial(relation_rows, options=options))
    spark.createDataFrame(rows, RELATION_SCHEMA).write.mode("overwrite").parquet(out_path)
