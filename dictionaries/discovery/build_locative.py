#!/usr/bin/env python3
"""Builds locative_words.txt: words the news writes with a locative particle, so a place, a
time, a thing or a field, never a person (people take 에게/께 for "to", not 에/에서).

Source: the lines build.py reads (KLUE-NER train raw sentences, CC BY-SA 4.0: KLUE, Park et al.
2021, via konne-prep; Korean Wikinews, CC BY 2.5, Wikinews contributors), leaving out the
evaluation articles and sentences of tests/fixtures as build.py does. The KMOU corpus
(non-commercial) is never read here.

A word (two to five Hangul syllables) is listed when it is seen at least once glued to one of
LOCATIVE (`애초에`, `야권에서`, `쇼트트랙에서는`) and never glued to one of PERSONAL (`에게`,
`께서` …), never before `씨`, and it is no word of a PERSON dictionary name. The list gates one
reading only: a single word spelled foreign right before a title or a role noun (`애초
국무총리`, `야권 후보`, `쇼트트랙 선수`), which is otherwise the family name of `벤투 감독`.

Usage, from the repository root:  python3 dictionaries/discovery/build_locative.py
The output is CC BY-SA 4.0 (derived from KLUE), as its header says.
"""
import re
from collections import Counter

import build

LOCATIVE = ("에서는", "에서도", "에서", "에는", "에도", "에")
PERSONAL = ("에게서", "에게는", "에게도", "에게", "께서는", "께서", "께", "한테")
HANGUL = re.compile(r"^[가-힣]{2,5}$")
PUNCT = "\"'“”‘’()[]<>«»,.·!?…:;"


def main():
    person_words = set()
    for line in (build.ROOT / "dictionaries" / "person.tsv").open(encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        for surface in [cols[0]] + (cols[2].split("|") if len(cols) > 2 else []):
            person_words.update(surface.split())
    locative, personal = Counter(), Counter()
    for text, _news in build.lines():
        tokens = text.split()
        for i, tok in enumerate(tokens):
            tok = tok.strip(PUNCT)
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if tok.endswith("씨") and HANGUL.match(tok[:-1]):
                personal[tok[:-1]] += 1
            if nxt.startswith("씨") and HANGUL.match(tok):
                personal[tok] += 1
            for p in PERSONAL:
                if tok.endswith(p) and HANGUL.match(tok[: -len(p)]):
                    personal[tok[: -len(p)]] += 1
                    break
            else:
                for p in LOCATIVE:
                    if tok.endswith(p) and HANGUL.match(tok[: -len(p)]):
                        locative[tok[: -len(p)]] += 1
                        break
    words = sorted(w for w in locative if personal[w] == 0 and w not in person_words)
    (build.HERE / "locative_words.txt").write_text(
        "# Words seen glued to a locative particle (에, 에서, 에는, 에도, 에서는, 에서도) and never to\n"
        "# 에게/께/한테 nor before 씨, in KLUE-NER train raw sentences (CC BY-SA 4.0: KLUE, Park et al.\n"
        "# 2021; konne-prep) and Korean Wikinews (CC BY 2.5, Wikinews contributors), no word of a PERSON\n"
        "# dictionary name: a place, a time, a thing or a field, no person's one-word name before a\n"
        "# title. Built by build_locative.py; this file is CC BY-SA 4.0.\n"
        + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} locative words")


if __name__ == "__main__":
    main()
