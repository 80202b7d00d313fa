//! `--format html`: one self-contained page per run, in the spirit of displaCy's entity
//! view: the text with every mention highlighted by type (hover: type, canonical, value,
//! source), and below it the relations, each argument a link to its highlighted mention.

use std::io::{self, Write};

use korex::Document;

const HEAD: &str = r#"<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>korex</title>
<style>
body { font-family: "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; margin: 2em auto; max-width: 60em; line-height: 2.4; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; border-bottom: 1px solid #ddd; } h3 { font-size: 1em; margin-bottom: 0; }
.text { white-space: pre-wrap; }
mark.ent { border-radius: .35em; padding: .2em .3em; margin: 0 .1em; position: relative; cursor: help; }
mark.ent .tag { font-size: .6em; font-weight: bold; margin-left: .4em; vertical-align: middle; opacity: .75; }
mark.ent:hover::after, mark.ent.lit::after { content: attr(data-tip); position: absolute; left: 0; top: 2.2em; z-index: 2; background: #333; color: #fff; font-size: .75em; line-height: 1.4; padding: .3em .6em; border-radius: .3em; white-space: nowrap; }
mark.ent.lit, mark.ent:target { outline: 2px solid #333; }
.t-ORG { background: #7aecec; } .t-PERSON { background: #aa9cfc; } .t-TITLE { background: #f0c8f0; }
.t-LOCATION { background: #bfe1d9; } .t-EVENT { background: #ffeb80; } .t-AMOUNT { background: #e4e7d2; }
.t-DATE { background: #bfeeb7; }
ol.relations { line-height: 1.9; }
.rel-type { font-weight: bold; margin-right: .5em; }
a.arg, span.arg { margin-right: .6em; text-decoration: none; color: inherit; border-bottom: 2px solid #999; }
.role { font-size: .75em; color: #666; margin-right: .2em; }
.rule { font-size: .7em; color: #999; }
section.error { color: #a00; }
</style>
</head>
<body>
<h1>korex</h1>
"#;

const TAIL: &str = r#"<script>
// Hovering a relation argument lights up every mention of its entity.
for (const a of document.querySelectorAll("a.arg")) {
  const marks = () => document.querySelectorAll(`mark[data-doc="${a.dataset.doc}"][data-entity~="${a.dataset.entity}"]`);
  a.addEventListener("mouseenter", () => marks().forEach(m => m.classList.add("lit")));
  a.addEventListener("mouseleave", () => marks().forEach(m => m.classList.remove("lit")));
}
</script>
</body>
</html>
"#;

/// `&`, `<`, `>` and quotes escaped, for text and attribute values.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub fn begin(out: &mut impl Write) -> io::Result<()> {
    out.write_all(HEAD.as_bytes())
}

pub fn end(out: &mut impl Write) -> io::Result<()> {
    out.write_all(TAIL.as_bytes())
}

/// A JSONL line that could not be used.
pub fn error(out: &mut impl Write, line: usize, message: &str) -> io::Result<()> {
    writeln!(
        out,
        "<section class=\"error\"><p>line {line}: {}</p></section>",
        escape(message)
    )
}

/// One highlighted span and the entities (and their mention index) it names.
struct Mark<'d> {
    start: usize,
    end: usize,
    names: Vec<(&'d korex::Entity, usize)>,
}

/// The section of one document; `seq` makes its element ids unique in the page.
pub fn document(out: &mut Vec<u8>, doc: &Document, text: &str, seq: usize) -> io::Result<()> {
    let d = format!("d{seq}");
    let mut title = doc
        .id
        .as_ref()
        .map_or_else(|| format!("document {}", seq + 1), |id| id.to_string());
    if let Some(date) = &doc.reference_date {
        title.push_str(&format!(" · reference date {date}"));
    }
    let id_attr = doc.id.as_ref().map(|id| id.to_string()).unwrap_or_default();
    writeln!(
        out,
        "<section class=\"doc\" id=\"{d}\" data-id=\"{}\">",
        escape(&id_attr)
    )?;
    writeln!(out, "<h2>{}</h2>", escape(&title))?;

    // Mentions in text order, one mark per span (`양 기관` may name two entities); a span
    // that overlaps the one before is left out of the view.
    let mut mentions: Vec<(usize, usize, &korex::Entity, usize)> = doc
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .enumerate()
                .map(move |(k, m)| (m.start, m.end, e, k))
        })
        .filter(|&(s, e, _, _)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    mentions.sort_by_key(|&(s, e, _, _)| (s, std::cmp::Reverse(e)));
    let mut marks: Vec<Mark> = Vec::with_capacity(mentions.len());
    for (s, e, entity, k) in mentions {
        match marks.last_mut() {
            Some(last) if last.start == s && last.end == e => last.names.push((entity, k)),
            Some(last) if s < last.end => {}
            _ => marks.push(Mark {
                start: s,
                end: e,
                names: vec![(entity, k)],
            }),
        }
    }
    out.write_all(b"<div class=\"text\">")?;
    let mut at = 0;
    for (i, mark) in marks.iter().enumerate() {
        out.write_all(escape(&text[at..mark.start]).as_bytes())?;
        let (first, _) = mark.names[0];
        let tips: Vec<String> = mark
            .names
            .iter()
            .map(|&(entity, k)| {
                let mut tip = format!("{} · {}", entity.kind, entity.canonical);
                let value = super::pretty::value_text(&entity.value);
                if !value.is_empty() {
                    tip.push_str(&format!(" · {value}"));
                }
                tip.push_str(&format!(" · {}", entity.mentions[k].source));
                tip
            })
            .collect();
        let ids: Vec<&str> = mark.names.iter().map(|(e, _)| e.id.as_str()).collect();
        let tip = escape(&tips.join(" | "));
        write!(
            out,
            "<mark class=\"ent t-{kind}\" id=\"{d}-m{i}\" data-doc=\"{d}\" data-entity=\"{ids}\" data-type=\"{kind}\" data-canonical=\"{canonical}\" data-source=\"{source}\" data-start=\"{s}\" data-end=\"{e}\" data-tip=\"{tip}\" title=\"{tip}\"><span class=\"mtext\">{text}</span><span class=\"tag\">{kind}</span></mark>",
            kind = first.kind,
            ids = ids.join(" "),
            canonical = escape(&first.canonical),
            source = first.mentions[mark.names[0].1].source,
            s = mark.start,
            e = mark.end,
            text = escape(&text[mark.start..mark.end]),
        )?;
        at = mark.end;
    }
    out.write_all(escape(&text[at..]).as_bytes())?;
    out.write_all(b"</div>\n")?;

    if !doc.relations.is_empty() {
        writeln!(out, "<h3>relations</h3>\n<ol class=\"relations\">")?;
        for r in &doc.relations {
            write!(
                out,
                "<li class=\"relation\" data-type=\"{}\" data-rule=\"{}\"><span class=\"rel-type\">{}</span>",
                escape(&r.kind),
                escape(&r.rule),
                escape(&r.kind)
            )?;
            for a in &r.args {
                let role = escape(&a.role);
                match (&a.entity, &a.text) {
                    (Some(eid), _) => {
                        let entity = doc.entity(eid);
                        let name = entity.map_or(eid.as_str(), |e| e.canonical.as_str());
                        let target = marks
                            .iter()
                            .position(|m| m.names.iter().any(|(e, _)| &e.id == eid))
                            .map(|i| format!("#{d}-m{i}"))
                            .unwrap_or_default();
                        write!(
                            out,
                            "<a class=\"arg\" href=\"{target}\" data-doc=\"{d}\" data-role=\"{role}\" data-entity=\"{eid}\"><span class=\"role\">{role}</span>{}</a>",
                            escape(name)
                        )?;
                    }
                    (None, Some(t)) => write!(
                        out,
                        "<span class=\"arg text\" data-role=\"{role}\"><span class=\"role\">{role}</span>“{}”</span>",
                        escape(t)
                    )?,
                    (None, None) => {}
                }
            }
            writeln!(out, "<span class=\"rule\">{}</span></li>", escape(&r.rule))?;
        }
        writeln!(out, "</ol>")?;
    }
    writeln!(out, "</section>")
}
