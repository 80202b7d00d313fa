#!/usr/bin/env python3
"""Builds the name-shape model and the stop list of discovery from public-licence text only:
KLUE-NER train raw sentences (CC BY-SA 4.0: KLUE, Park et al. 2021, github.com/KLUE-benchmark/KLUE,
via github.com/korean-named-entity/konne-prep) and Korean Wikinews (CC BY 2.5, Wikinews
contributors, ko.wikinews.org), leaving out every line of the articles in tests/fixtures/wikinews
and every sentence of tests/fixtures/klue (they are evaluation data). The KMOU corpus (non-commercial) is never read here.

  names.tsv      per syllable: how often it stands at given-name position 1 / 2 of a name, and
                 at the same position of an ordinary word that starts with a surname; per
                 surname, names vs words starting with it. Names are the 3-syllable words seen
                 right before a title of ../title.tsv, 씨 or an age `(45)`, right before or
                 after a role noun of role_nouns.txt (`배우 송강호`), plus ../person.tsv.
  modifiers.txt  words seen before a role noun only as its modifier (`차세대 감독`): never a name.
  stop_words.txt words (2-4 syllables) never seen in a name context and either frequent in the
                 news part of the corpus or seen glued to a plural or a derivation no name
                 takes (`구성원들`, `최소화하고`, `선순환되는`): never a discovered name.

Usage, from the repository root:  python3 dictionaries/discovery/build.py
Outputs are CC BY-SA 4.0 (derived from KLUE), as their headers say.
"""
import json
import re
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
PARTICLES = sorted("""은 는 이 가 을 를 의 에 에서 에게 와 과 도 로 으로 만 께서 이나 나 이며 며
이라고 라고 에서는 에는 와의 과의 으로는 로는 에게는 까지 부터 보다 처럼 이라는 라는 이다 였다 이었다
도 의해 에도 에서도 과도 와도 이고 고""".split(), key=len, reverse=True)
HANGUL = re.compile(r"^[가-힣]+$")
# A plural or a verb- or adjective-forming ending glued to a noun: names never take one
# (`구성원들`, `최소화하고`, `선순환되는`). Not 하고/한테, which are also particles after a name.
# A word is common, whatever context it was once seen in, when under one in this many of its
# occurrences stands in a name context.
RARE_CONTEXT = 20
# A word seen this many times in the news part, never in a name context, is a common word.
MIN_NEWS = 4
# Right before a role noun is a weak name context: a modifier stands there as well (`차세대
# 감독`, `최전방 공격수`). A word seen in no other name context is a modifier when under one in
# RARE_BEFORE_ROLE of its occurrences stands there and under one in MOSTLY_BARE carries a
# particle (a name takes one most times, `박승희가`, or stands before its role, `이연복 셰프`).
RARE_BEFORE_ROLE = 4
MOSTLY_BARE = 2
DERIVATIONS = ("들", "되", "된", "될", "됐", "돼", "했", "할", "함", "해서", "해야", "하기",
               "하는", "하며", "하여", "하면", "하지", "시키", "적인", "적으로")


def lines():
    held_out = set()
    for f in (ROOT / "tests" / "fixtures" / "wikinews").glob("wn-*.json"):
        for para in json.loads(f.read_text(encoding="utf-8"))["text"].split("\n"):
            if para.strip():
                held_out.add(para.strip())
    # the KLUE sentences of tests/fixtures/klue are evaluation data too
    for line in (ROOT / "tests" / "fixtures" / "klue" / "sentences.jsonl").open(encoding="utf-8"):
        if line.strip():
            held_out.add(json.loads(line)["text"].strip())
    for line in (CORPORA / "klue-ner-train-raw-sentences" / "train-raw-sent.tsv").open(encoding="utf-8"):
        sid, _, text = line.rstrip("\n").partition("\t")
        if text.strip() in held_out:
            continue
        # movie reviews name actors bare: their words count for names, not for the stop list
        yield text, sid.endswith("_wikitree")
    for line in (CORPORA / "ko-wikinews" / "wikinews.txt").open(encoding="utf-8"):
        line = line.strip()
        if line and line not in held_out:
            yield line, True


def stem(word):
    word = word.strip("\"'“”‘’()[]<>«»,.·!?…:;")
    for p in PARTICLES:
        if word.endswith(p) and len(word) > len(p) + 1:
            return word[: -len(p)]
    return word


def main():
    surnames = [l.strip() for l in (HERE / "surnames.txt").open(encoding="utf-8")
                if l.strip() and not l.startswith("#")]
    single = {s for s in surnames if len(s) == 1}
    titles = set()
    for line in (ROOT / "dictionaries" / "title.tsv").open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        titles.add(cols[0])
        if len(cols) > 2 and cols[2]:
            titles.update(cols[2].split("|"))
    titles.add("씨")
    roles = {l.strip() for l in (HERE / "role_nouns.txt").open(encoding="utf-8")
             if l.strip() and not l.startswith("#")}
    known = set()
    for line in (ROOT / "dictionaries" / "person.tsv").open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name = line.split("\t")[0]
        if len(name) == 3 and HANGUL.match(name) and name[0] in single:
            known.add(name)

    # words of the dictionaries' people and places, and the common loanwords
    dictionary_words = set()
    for name in ("person.tsv", "location.tsv"):
        for line in (ROOT / "dictionaries" / name).open(encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for surface in [cols[0]] + (cols[2].split("|") if len(cols) > 2 else []):
                dictionary_words.update(surface.split())
    dictionary_words.update(l.strip() for l in (HERE / "loanwords.txt").open(encoding="utf-8")
                            if l.strip() and not l.startswith("#"))
    words, news_words, in_context, derived = Counter(), Counter(), Counter(), Counter()
    before_role_only, with_particle = Counter(), Counter()
    for text, news in lines():
        tokens = text.split()
        for i, tok in enumerate(tokens):
            bare_tok = tok.strip("\"'“”‘’()[]<>«»,.·!?…:;")
            if HANGUL.match(bare_tok):
                for k in (2, 3, 4):
                    if len(bare_tok) > k and bare_tok[k:].startswith(DERIVATIONS):
                        derived[bare_tok[:k]] += 1
            w = stem(tok)
            if not HANGUL.match(w) or not 2 <= len(w) <= 4:
                continue
            words[w] += 1
            news_words[w] += news
            with_particle[w] += tok.strip("\"'“”‘’()[]<>«»,.·!?…:;") != w
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            nxt_word = re.sub(r"[^가-힣A-Za-z]+$", "", nxt)
            bare = tok.strip("\"'“”‘’(") == w  # the name itself carries no particle
            age = re.match(r"^[가-힣]+\(\d{1,3}\)", tok)
            # beside a role noun only a word of a name's shape counts (`배우 송강호가`,
            # `손흥민 선수`): `가수 데뷔` says nothing of 데뷔, nor `한국인 선수` of a nationality
            prv = tokens[i - 1] if i > 0 else ""
            shaped = len(w) == 3 and w[0] in single and not w.endswith("인")
            after_role = shaped and prv in roles
            before_role = shaped and bare and (nxt_word in roles or stem(nxt) in roles)
            strong = (bare and (nxt_word in titles or stem(nxt) in titles)) or tok.startswith(w + "씨") \
                or age or after_role
            if strong or before_role:
                in_context[w] += 1
            if before_role and not strong:
                before_role_only[w] += 1
    names = Counter({w: n for w, n in in_context.items() if len(w) == 3 and w[0] in single})
    for w in known:
        names[w] += 1
    # syllable statistics: names (by distinct name) vs ordinary 3-syllable words starting with a
    # surname syllable, seen often enough and never in a name context (by distinct word)
    ordinary = [w for w, n in words.items()
                if len(w) == 3 and w[0] in single and in_context[w] == 0 and w not in names]
    pos = {k: Counter() for k in ("name1", "name2", "word1", "word2", "sname", "sword")}
    for w in names:
        pos["name1"][w[1]] += 1
        pos["name2"][w[2]] += 1
        pos["sname"][w[0]] += 1
    for w in ordinary:
        pos["word1"][w[1]] += 1
        pos["word2"][w[2]] += 1
        pos["sword"][w[0]] += 1
    header = (
        "# Name-shape model of discovery, built by build.py (run it to rebuild) from KLUE-NER train\n"
        "# raw sentences (CC BY-SA 4.0: KLUE, Park et al. 2021; konne-prep) and Korean Wikinews (CC BY 2.5,\n"
        "# Wikinews contributors), without the articles of tests/fixtures/wikinews, plus ../person.tsv.\n"
        "# This file is CC BY-SA 4.0. Counts of distinct names / distinct ordinary words:\n"
        f"# {len(names)} names, {len(ordinary)} words.\n"
        "# kind<TAB>syllable<TAB>in names<TAB>in words   (kind: surname, given1, given2)\n"
    )
    out = [header]
    for s in sorted(single):
        out.append(f"surname\t{s}\t{pos['sname'][s]}\t{pos['sword'][s]}\n")
    for kind, a, b in (("given1", "name1", "word1"), ("given2", "name2", "word2")):
        for syl in sorted(set(pos[a]) | set(pos[b])):
            out.append(f"{kind}\t{syl}\t{pos[a][syl]}\t{pos[b][syl]}\n")
    (HERE / "names.tsv").write_text("".join(out), encoding="utf-8")

    frequent = {w for w, n in news_words.items() if n >= MIN_NEWS}
    # A word seen in a name context now and then is still a common word when such contexts are
    # rare for it (`출신 의원`, `가운데 회장`, `올린 선수`: under one time in RARE_CONTEXT); a name
    # news writes bare (`한효주`) stands in one far more often.
    # (Not a word of a person or a place of the dictionaries, `제임스`, `브라질`, nor a loanword
    # of loanwords.txt, `드라마`: the transliteration model reads the stop list as Korean words.)
    modifiers = sorted(w for w in frequent
                       if 2 <= len(w) <= 4 and w not in known and w not in dictionary_words
                       and 0 < in_context[w] == before_role_only[w]
                       and in_context[w] * RARE_BEFORE_ROLE < words[w]
                       and with_particle[w] * MOSTLY_BARE < words[w])
    stop = sorted(set(modifiers) | {
                  w for w in frequent | set(derived)
                  if 2 <= len(w) <= 4 and w not in known
                  and (in_context[w] == 0
                       or (in_context[w] * RARE_CONTEXT < words[w] and w not in dictionary_words))})
    (HERE / "stop_words.txt").write_text(
        "# Words that are never a discovered name: 2-4 syllable words seen at least 4 times in the WikiTree news of\n"
        "# KLUE-NER train raw sentences (CC BY-SA 4.0: KLUE, Park et al. 2021; konne-prep) and Korean Wikinews\n"
        "# (CC BY 2.5, Wikinews contributors), or seen there glued to a plural or a derivation no name takes\n"
        "# (구성원들, 최소화하고), never or seldom (under one time in 20) before a title, 씨 or an age nor beside\n"
        "# a role noun. Built by build.py; this file is CC BY-SA 4.0.\n" + "".join(w + "\n" for w in stop), encoding="utf-8")
    (HERE / "modifiers.txt").write_text(
        "# Words seen right before a role noun as a modifier (`차세대 감독`, `최전방 공격수`), in no other name\n"
        "# context, mostly without a particle and seldom (under one time in 4) before a role noun, in the\n"
        "# WikiTree news of KLUE-NER train raw sentences (CC BY-SA 4.0: KLUE, Park et al. 2021; konne-prep)\n"
        "# and Korean Wikinews (CC BY 2.5). Never a name, not even in a name's context. Built by build.py;\n"
        "# this file is CC BY-SA 4.0.\n" + "".join(w + "\n" for w in modifiers), encoding="utf-8")
    print(f"{len(names)} names, {len(ordinary)} words, {len(stop)} stop words, {len(modifiers)} modifiers")


if __name__ == "__main__":
    main()
