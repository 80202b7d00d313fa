"""The Spark recipes of `korex.spark` on a real local Spark (`local[2]`), over ko-news-text."""

import json
import os
import shutil
import subprocess
import sys
from collections import Counter

import pytest

import korex
import korex.spark
from conftest import corpus_lines, run_cli

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (python/ci.sh installs it)")
if shutil.which("java") is None:
    pytest.skip("java is absent (python/ci.sh installs openjdk-17-jre-headless)", allow_module_level=True)

LINES = 3000


@pytest.fixture(scope="module")
def spark_dir(tmp_path_factory):
    """The Spark JVM's working directory, where relative paths of the README resolve."""
    return tmp_path_factory.mktemp("spark-cwd")


@pytest.fixture(scope="module")
def spark(spark_dir, korex_bin):
    from pyspark.sql import SparkSession

    # Executors run this interpreter, the one korex is installed in.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    # and find the CLI on their PATH, as the README's recipe expects.
    os.environ["PATH"] = f"{os.path.dirname(korex_bin)}{os.pathsep}{os.environ['PATH']}"

    cwd = os.getcwd()
    os.chdir(spark_dir)  # the JVM starts here and keeps this directory
    session = (
        SparkSession.builder.master("local[2]")
        .appName("korex-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    os.chdir(cwd)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def news_jsonl(tmp_path_factory):
    """A few thousand paragraphs of ko-news-text as JSONL, with ids."""
    lines = corpus_lines(LINES)
    path = tmp_path_factory.mktemp("news") / "news.jsonl"
    path.write_text("".join(json.dumps({"id": f"p{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(lines)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cli_docs(news_jsonl, korex_bin):
    """The direct CLI run over the same lines: id → document."""
    docs = run_cli(korex_bin, news_jsonl.read_text(encoding="utf-8"))
    return {d["id"]: d for d in docs}


def supports_keep_going(korex_bin) -> bool:
    help_text = subprocess.run([korex_bin, "extract", "--help"], capture_output=True, text=True).stdout
    return "--keep-going" in help_text


def test_cli_pipe_gives_one_row_per_line_and_the_cli_counts(spark, news_jsonl, cli_docs, korex_bin):
    keep_going = supports_keep_going(korex_bin)
    docs = korex.spark.cli_pipe(spark, str(news_jsonl), korex_bin=korex_bin, keep_going=keep_going)
    docs = docs.cache()  # one extraction for the three queries below
    rows = docs.selectExpr("id", "size(entities) AS n", "size(relations) AS r", "error").collect()
    assert docs.rdd.getNumPartitions() >= 2
    assert len(rows) == LINES
    assert sorted(r.id for r in rows) == sorted(cli_docs)
    assert all(r.error is None for r in rows)
    assert {r.id: r.n for r in rows} == {i: len(d["entities"]) for i, d in cli_docs.items()}
    assert {r.id: r.r for r in rows} == {i: len(d["relations"]) for i, d in cli_docs.items()}
    # The nested contract survives the schema: one document compared in full.
    first = docs.filter("id = 'p0'").first().asDict(recursive=True)
    expected = cli_docs["p0"]
    assert [e["canonical"] for e in first["entities"]] == [e["canonical"] for e in expected["entities"]]
    assert [m["char_start"] for e in first["entities"] for m in e["mentions"]] == [
        m["char_start"] for e in expected["entities"] for m in e["mentions"]
    ]


def test_cli_pipe_passes_bad_lines_through(spark, news_jsonl, tmp_path, korex_bin):
    if not supports_keep_going(korex_bin):
        pytest.skip(f"{korex_bin} does not accept `extract --keep-going` yet: pipe(checkCode=True) needs it")
    good = news_jsonl.read_text(encoding="utf-8").splitlines()[:400]
    bad = ['{"id": "no-text"}', "this is not JSON", '{"id": "bad-date", "text": "지난 26일", "reference_date": "26/11"}']
    lines = good[:100] + bad[:1] + good[100:250] + bad[1:] + good[250:]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = korex.spark.cli_pipe(spark, str(path), korex_bin=korex_bin).select("id", "error", "line").collect()
    assert len(rows) == len(lines)
    errors = [r for r in rows if r.error is not None]
    assert sorted((r.id or "") for r in errors) == ["", "bad-date", "no-text"]
    assert all(r.line >= 1 for r in errors)


def test_partition_recipe_writes_entity_and_relation_parquet(spark, news_jsonl, cli_docs, tmp_path):
    entities_path, relations_path = str(tmp_path / "entities"), str(tmp_path / "relations")
    korex.spark.write_entities(spark, str(news_jsonl), entities_path)
    korex.spark.write_relations(spark, str(news_jsonl), relations_path)
    entities = spark.read.parquet(entities_path)
    per_doc = Counter(r.doc_id for r in entities.select("doc_id").collect())
    assert entities.count() == sum(len(d["entities"]) for d in cli_docs.values())
    assert per_doc == Counter({i: len(d["entities"]) for i, d in cli_docs.items() if d["entities"]})
    types = Counter(r.type for r in entities.select("type").collect())
    assert types == Counter(e["type"] for d in cli_docs.values() for e in d["entities"])
    relations = spark.read.parquet(relations_path)
    assert relations.count() == sum(len(d["relations"]) for d in cli_docs.values())
    assert Counter(r.type for r in relations.select("type").collect()) == Counter(
        r["type"] for d in cli_docs.values() for r in d["relations"]
    )


def test_partition_recipe_builds_one_extractor_per_partition(monkeypatch, news_jsonl):
    """Without Spark: the function `mapPartitions` calls builds one Extractor per call
    (per partition), however many rows the partition has, and survives bad lines."""
    built = []

    real = korex.Extractor

    def counting(*args, **kwargs):
        built.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(korex, "Extractor", counting)
    lines = news_jsonl.read_text(encoding="utf-8").splitlines()[:300] + ["not JSON"]
    rows = list(korex.spark.entity_rows(iter(lines), {"reference_date": "2024-11-27"}))
    assert built == [{"reference_date": "2024-11-27"}]
    assert len({r[0] for r in rows if r[7] is None}) > 100
    assert rows[-1][7].startswith("not a JSON object")


def test_readme_recipe_runs_as_written(spark, spark_dir, news_jsonl, korex_bin, monkeypatch, capsys):
    if not supports_keep_going(korex_bin):
        pytest.skip(f"{korex_bin} does not accept `extract --keep-going` yet: the README's cli_pipe passes it")
    from conftest import readme_blocks

    _example, recipe = readme_blocks("python")
    shutil.copy(news_jsonl, spark_dir / "news.jsonl")
    monkeypatch.chdir(spark_dir)
    exec(compile(recipe, "README.md", "exec"), {})
    shown = capsys.readouterr().out
    assert "|entities|" in shown.replace(" ", "") and "ORG" in shown
    assert spark.read.parquet(str(spark_dir / "entities.parquet")).count() > LINES
