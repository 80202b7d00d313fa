"""Throughput of `Extractor.pipe` against the CLI on the same lines of ko-news-text.

    python python/bench/pipe_vs_cli.py [--threads 2] [--repeat 3]

Both sides do the whole job from a file: the CLI (`korex extract --input jsonl --format jsonl`,
RAYON_NUM_THREADS=threads) reads JSONL, builds its extractor and writes JSON; pipe reads the
paragraphs, builds its extractor, extracts with `n_threads=threads` and reads every
document's entities. The best of `--repeat` runs counts; entity totals must agree.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import korex

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpora" / "ko-news-text" / "ko_news_paragraphs.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--korex", default=str(REPO / "target" / "release" / "korex"))
    args = parser.parse_args()

    lines = [l for l in CORPUS.read_text(encoding="utf-8").split("\n") if l.strip()]
    megabytes = sum(len(l.encode("utf-8")) for l in lines) / 2**20
    with tempfile.TemporaryDirectory() as tmp:
        text_path = Path(tmp) / "paragraphs.txt"
        text_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        jsonl_path = Path(tmp) / "paragraphs.jsonl"
        jsonl_path.write_text("".join(json.dumps({"id": i, "text": l}, ensure_ascii=False) + "\n" for i, l in enumerate(lines)), encoding="utf-8")

        env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))
        cli_times, cli_entities = [], 0
        for _ in range(args.repeat):
            with jsonl_path.open("rb") as stdin, tempfile.TemporaryFile() as stdout:
                t0 = time.perf_counter()
                subprocess.run([args.korex, "extract", "--input", "jsonl", "--format", "jsonl"], stdin=stdin, stdout=stdout, env=env, check=True)
                cli_times.append(time.perf_counter() - t0)
                stdout.seek(0)
                cli_entities = sum(len(json.loads(l)["entities"]) for l in stdout)

        pipe_times, pipe_entities = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            texts = text_path.read_text(encoding="utf-8").splitlines()
            extractor = korex.Extractor()
            pipe_entities = sum(len(doc.entities) for doc in extractor.pipe(texts, n_threads=args.threads))
            pipe_times.append(time.perf_counter() - t0)

    assert pipe_entities == cli_entities, (pipe_entities, cli_entities)
    cli, pipe = min(cli_times), min(pipe_times)
    print(f"{len(lines)} lines, {megabytes:.1f} MiB, {cli_entities} entities, {args.threads} threads, best of {args.repeat}")
    print(f"CLI  {cli:6.2f} s  {len(lines) / cli:8.0f} lines/s  {megabytes / cli:5.1f} MiB/s")
    print(f"pipe {pipe:6.2f} s  {len(lines) / pipe:8.0f} lines/s  {megabytes / pipe:5.1f} MiB/s")
    print(f"pipe / CLI throughput: {cli / pipe:.2f}")
    sys.exit(0 if cli / pipe >= 0.8 else 1)


if __name__ == "__main__":
    main()
