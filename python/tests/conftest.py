"""Shared fixtures: the extractor, the repository's CLI, and the shared corpus."""

import json
import os
import subprocess
from pathlib import Path

import pytest

import korex

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpora" / "ko-news-text" / "ko_news_paragraphs.txt"


@pytest.fixture(scope="session")
def extractor() -> korex.Extractor:
    return korex.Extractor()


@pytest.fixture(scope="session")
def korex_bin() -> str:
    """The CLI built by `cargo build --release` at the repository root (or $KOREX_BIN)."""
    path = Path(os.environ.get("KOREX_BIN", REPO / "target" / "release" / "korex"))
    if not path.is_file():
        pytest.fail(f"{path} is missing: run `cargo build --release` at the repository root first")
    return str(path)


def corpus_lines(n: int) -> list[str]:
    """The first `n` non-blank paragraphs of ko-news-text; skips when ../shared is absent."""
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} is absent (the shared corpora sit beside the repository)")
    lines = []
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip():
                lines.append(line)
                if len(lines) == n:
                    break
    return lines


def run_cli(korex_bin: str, jsonl: str, *args: str) -> list[dict]:
    """`korex extract --input jsonl --format jsonl` over `jsonl`; one dict per output line."""
    out = subprocess.run(
        [korex_bin, "extract", "--input", "jsonl", "--format", "jsonl", *args],
        input=jsonl.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    assert out.returncode in (0, 1), out.stderr.decode("utf-8", "replace")
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


README = REPO / "README.md"


def readme_sections() -> str:
    """The README's "Python" and "Spark" sections: from `## Python` to the next section after
    `## Spark`."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Python\n")
    spark = text.index("\n## Spark\n", start)
    end = text.find("\n## ", spark + 1)
    return text[start : end if end != -1 else len(text)]


def readme_blocks(language: str) -> list[str]:
    """The fenced code blocks of one language in the README's Python and Spark sections."""
    blocks, current = [], None
    for line in readme_sections().splitlines():
        if current is None and line == f"```{language}":
            current = []
        elif current is not None and line == "```":
            blocks.append("\n".join(current) + "\n")
            current = None
        elif current is not None:
            current.append(line)
    return blocks
