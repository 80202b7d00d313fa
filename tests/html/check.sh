#!/usr/bin/env bash
# The HTML view in a real browser: render the example article with `korex extract --format
# html`, load it in headless Chromium, and check from the DOM Chromium built that every
# mention is highlighted with its type and that every relation argument links to a
# highlighted mention of its entity. Keeps target/html/korex.png as an artifact.
#
# Usage: tests/html/check.sh [KOREX_BINARY]   (default: builds and uses target/release/korex)
# Skips with a message (status 0) when Chromium is absent and cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."

korex="${1:-}"
if [ -z "$korex" ]; then
  cargo build --release --quiet
  korex=target/release/korex
fi

find_chromium() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
browser="$(find_chromium)"
if [ -z "$browser" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "html: installing chromium (apt-get)"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1 || true
  browser="$(find_chromium)"
fi
if [ -z "$browser" ]; then
  echo "html: skipped: Chromium is not installed and cannot be installed here"
  exit 0
fi

# Hangul needs a Korean font, or the screenshot shows boxes (the DOM checks do not care).
if command -v fc-list >/dev/null && ! fc-list :lang=ko | grep -q . && [ "$(id -u)" = 0 ]; then
  echo "html: installing a Korean font (fonts-nanum) for the screenshot"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-nanum >/dev/null 2>&1 || true
fi

out=target/html
mkdir -p "$out"
article=examples/naver_kaist_mou.txt
"$korex" extract --format json "$article" > "$out/korex.json"
"$korex" extract --format html "$article" > "$out/korex.html"
page="file://$(pwd)/$out/korex.html"

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --user-data-dir="$profile")
start=$(date +%s.%N)
timeout 120 "$browser" "${flags[@]}" --dump-dom "$page" > "$out/dom.html" 2>"$out/chromium.log"
timeout 120 "$browser" "${flags[@]}" --window-size=1280,2000 --screenshot="$out/korex.png" "$page" \
  >>"$out/chromium.log" 2>&1
end=$(date +%s.%N)

python3 - "$out/korex.json" "$out/dom.html" "$article" <<'PY'
import json, sys
from html.parser import HTMLParser

doc = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
text = open(sys.argv[3], "rb").read()
if text.startswith(b"\xef\xbb\xbf"):
    text = text[3:]

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks, self.ids, self.relations = [], set(), []
        self.in_mtext = None
        self.stack = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "mark" and "ent" in a.get("class", "").split():
            self.marks.append({**a, "text": ""})
        if tag == "span" and a.get("class") == "mtext":
            self.in_mtext = self.marks[-1]
        if tag == "li" and a.get("class") == "relation":
            self.relations.append({"type": a["data-type"], "rule": a["data-rule"], "args": []})
        if tag in ("a", "span") and "arg" in a.get("class", "").split():
            self.relations[-1]["args"].append(a)
        self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag == "span":
            self.in_mtext = None
    def handle_data(self, data):
        if self.in_mtext is not None:
            self.in_mtext["text"] += data

p = Page()
p.feed(dom)
assert "<title>korex</title>" in dom, "Chromium loaded the page"
spans = {}
for e in doc["entities"]:
    for m in e["mentions"]:
        spans.setdefault((m["start"], m["end"]), []).append((e, m))
marks = {(int(m["data-start"]), int(m["data-end"])): m for m in p.marks}
assert set(marks) == set(spans), f"highlighted spans differ: {sorted(set(spans) ^ set(marks))}"
for span, mark in marks.items():
    entities = spans[span]
    assert mark["text"] == text[span[0]:span[1]].decode(), (mark["text"], span)
    assert mark["text"] == entities[0][1]["text"]
    assert mark["data-entity"].split() == [e["id"] for e, _ in entities], mark
    assert mark["data-type"] == entities[0][0]["type"], mark
    for e, m in entities:
        assert e["canonical"] in mark["title"] and m["source"] in mark["title"], mark["title"]
assert len(p.relations) == len(doc["relations"]) > 0, (len(p.relations), len(doc["relations"]))
for shown, rel in zip(p.relations, doc["relations"]):
    assert shown["type"] == rel["type"] and shown["rule"] == rel["rule"], (shown, rel)
    assert [a["data-role"] for a in shown["args"]] == [a["role"] for a in rel["args"]], (shown, rel)
    for a, want in zip(shown["args"], rel["args"]):
        if "entity" in want:
            target = a["href"].lstrip("#")
            assert target in p.ids, f"link {a['href']} has no target"
            mark = next(m for m in p.marks if m.get("id") == target)
            assert want["entity"] in mark["data-entity"].split(), (a, mark)
print(f"html: {len(p.marks)} highlighted spans and {len(p.relations)} relations checked in Chromium's DOM")
PY
[ -s "$out/korex.png" ] || { echo "html: no screenshot"; exit 1; }
printf 'html: screenshot %s (%s bytes), browser runs %.1f s\n' "$out/korex.png" "$(stat -c %s "$out/korex.png")" "$(echo "$end - $start" | bc)"
