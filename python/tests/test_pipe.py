"""Many texts: `pipe` gives what `extract` gives, in input order, with the GIL released."""

import threading
import time

import pytest

import korex
from conftest import corpus_lines

TEXTS = [
    "오픈AI가 산은과 업무협약(MOU)을 체결했다.",
    "샘 올트먼 오픈AI 최고경영자(CEO)는 지난 26일 중소벤처기업부 초청으로 한국을 방문했다.",
    "",
    "삼성전자·SK하이닉스 경영진을 만나 AI 반도체 협력을 논의했다.",
    "🙂 날씨가 좋다",
    "구글은 2015년 롯데정보통신 데이터센터 등 3곳을 임차해",
]


def test_pipe_matches_extract_in_order(extractor):
    texts = TEXTS * 50
    expected = [extractor.extract(t).to_json() for t in texts]
    for batch_size, n_threads in [(1000, 2), (7, 2), (1, 1), (300, None)]:
        got = [d.to_json() for d in extractor.pipe(texts, batch_size=batch_size, n_threads=n_threads)]
        assert got == expected, (batch_size, n_threads)


def test_pipe_over_the_news_corpus(extractor):
    lines = corpus_lines(2000)
    docs = list(extractor.pipe(iter(lines), n_threads=2, batch_size=256))
    assert len(docs) == len(lines)
    for line, doc in zip(lines[::97], docs[::97]):
        assert doc.to_json() == extractor.extract(line).to_json()
    assert sum(len(d.entities) for d in docs) > len(lines)


def test_as_tuples_carries_the_context(extractor):
    contexts = [{"n": i} for i in range(len(TEXTS))]
    out = list(extractor.pipe(zip(TEXTS, contexts), as_tuples=True, batch_size=4))
    assert [c for _, c in out] == contexts
    assert all(c is o for (_, c), o in zip(out, contexts))
    assert [d.to_json() for d, _ in out] == [extractor.extract(t).to_json() for t in TEXTS]


def test_bad_items_raise_where_they_are(extractor):
    with pytest.raises(TypeError, match="must be a str"):
        list(extractor.pipe(["한국은행", 3]))
    # The texts before a bad item still come out, then its error.
    docs = extractor.pipe(["한국은행은", "삼성전자는", None, "카카오"], batch_size=2)
    assert [next(docs).entities[0].canonical for _ in range(2)] == ["한국은행", "삼성전자"]
    with pytest.raises(TypeError, match="must be a str, not NoneType"):
        next(docs)
    with pytest.raises(TypeError, match=r"\(text, context\)"):
        list(extractor.pipe(["한국은행"], as_tuples=True))
    with pytest.raises(ValueError):
        extractor.pipe(TEXTS, batch_size=0)
    with pytest.raises(ValueError):
        extractor.pipe(TEXTS, n_threads=0)
    assert list(extractor.pipe([])) == []


def test_one_extractor_shared_by_python_threads(extractor):
    texts = TEXTS * 20
    expected = [extractor.extract(t).to_json() for t in texts]
    results = [None] * 4

    def work(i):
        results[i] = [extractor.extract(t).to_json() for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [expected] * 4


def ticks_while(call):
    """How far a pure-Python counter thread gets while `call` runs, against its own pace
    alone: near 0 if `call` holds the GIL, a good share of it if Rust releases it."""
    state = {"ticks": 0, "stop": False}

    def ticker():
        while not state["stop"]:
            state["ticks"] += 1

    thread = threading.Thread(target=ticker)
    thread.start()
    time.sleep(0.2)
    t0, n0 = time.perf_counter(), state["ticks"]
    time.sleep(0.2)
    rate = (state["ticks"] - n0) / (time.perf_counter() - t0)
    t0, n0 = time.perf_counter(), state["ticks"]
    call()
    elapsed, ticks = time.perf_counter() - t0, state["ticks"] - n0
    state["stop"] = True
    thread.join()
    return ticks / (rate * elapsed), elapsed


@pytest.mark.parametrize("how", ["extract", "pipe"])
def test_rust_work_releases_the_gil(extractor, how):
    long_text = " ".join(TEXTS) * 10000
    if how == "extract":
        share, elapsed = ticks_while(lambda: extractor.extract(long_text))
    else:
        share, elapsed = ticks_while(lambda: list(extractor.pipe([long_text[:20000]] * 100, batch_size=100, n_threads=1)))
    assert elapsed > 0.1, "too short to tell"
    # Holding the GIL would leave the counter one switch interval (5 ms) at most.
    assert share > 0.2, (share, elapsed)
