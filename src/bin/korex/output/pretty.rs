//! `--format pretty`: one aligned table per document, columns measured in display width so
//! Hangul (two columns a syllable) lines up; colour by entity type on a terminal.

use std::io::{self, Write};

use korex::{Document, EntityType, Value};
use unicode_width::UnicodeWidthStr;

/// The ANSI colour of an entity type.
fn colour_of(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Org => "\x1b[36m",
        EntityType::Person => "\x1b[33m",
        EntityType::Title => "\x1b[35m",
        EntityType::Location => "\x1b[32m",
        EntityType::Event => "\x1b[34m",
        EntityType::Amount => "\x1b[31m",
        EntityType::Date => "\x1b[94m",
    }
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

/// `s` padded with spaces to `width` display columns.
fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

pub fn value_text(value: &Option<Value>) -> String {
    match value {
        Some(Value::Amount(a)) => {
            let q = serde_json::to_value(a.qualifier)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            match &a.max {
                Some(max) => format!("{}–{max} {} {q}", a.number, a.currency),
                None => format!("{} {} {q}", a.number, a.currency),
            }
        }
        Some(Value::Date(d)) => {
            let grain = serde_json::to_value(d.grain)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            match &d.unresolved {
                Some(text) => format!("{grain}, unresolved: {text}"),
                None => grain,
            }
        }
        _ => String::new(),
    }
}

/// Writes the table of one document.
pub fn write(out: &mut impl Write, doc: &Document, colour: bool) -> io::Result<()> {
    let (bold, reset) = if colour { (BOLD, RESET) } else { ("", "") };
    let mut title = doc
        .id
        .as_ref()
        .map(|id| format!("# {id}"))
        .unwrap_or_else(|| "#".into());
    if let Some(date) = &doc.reference_date {
        title.push_str(&format!("  (reference date {date})"));
    }
    writeln!(out, "{bold}{title}{reset}")?;
    let rows: Vec<[String; 5]> = doc
        .entities
        .iter()
        .map(|e| {
            let mentions: Vec<String> = e
                .mentions
                .iter()
                .map(|m| format!("{}@{}", m.text, m.char_start))
                .collect();
            [
                e.id.clone(),
                e.kind.as_str().to_string(),
                e.canonical.clone(),
                value_text(&e.value),
                mentions.join(", "),
            ]
        })
        .collect();
    let header = ["id", "type", "canonical", "value", "mentions"];
    let mut widths = header.map(UnicodeWidthStr::width);
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(UnicodeWidthStr::width(cell.as_str()));
        }
    }
    let line = |cells: [&str; 5], paint: &str, reset: &str| -> String {
        let mut s = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i == 4 {
                s.push_str(cell);
            } else if i == 1 || i == 2 {
                s.push_str(&format!("{paint}{}{reset}  ", pad(cell, widths[i])));
            } else {
                s.push_str(&format!("{}  ", pad(cell, widths[i])));
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{bold}{}{reset}", line(header, "", ""))?;
    for (e, row) in doc.entities.iter().zip(&rows) {
        let paint = if colour { colour_of(e.kind) } else { "" };
        let cells = [&*row[0], &*row[1], &*row[2], &*row[3], &*row[4]];
        writeln!(out, "{}", line(cells, paint, reset))?;
    }
    if !doc.relations.is_empty() {
        writeln!(out, "{bold}relations{reset}")?;
        let kinds: Vec<&str> = doc.relations.iter().map(|r| r.kind.as_str()).collect();
        let kind_width = kinds.iter().map(|k| k.width()).max().unwrap_or(0);
        for r in &doc.relations {
            let args: Vec<String> = r
                .args
                .iter()
                .map(|a| {
                    let v = match (&a.entity, &a.text) {
                        (Some(id), _) => doc.entity(id).map_or(id.clone(), |e| e.canonical.clone()),
                        (None, Some(t)) => format!("\"{t}\""),
                        (None, None) => "?".into(),
                    };
                    format!("{}={v}", a.role)
                })
                .collect();
            writeln!(
                out,
                "  {}  {}  [{}]",
                pad(&r.kind, kind_width),
                args.join(", "),
                r.rule
            )?;
        }
    }
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_columns_line_up_by_display_width() {
        let doc = korex::Extractor::default().extract("한국산업은행과 LG가 지난해 5억원을 냈다.");
        let mut out = Vec::new();
        write(&mut out, &doc, false).unwrap();
        let table = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = table.lines().collect();
        let header = lines[1];
        let want = header[..header.find("mentions").unwrap()].width();
        assert!(doc.entities.len() >= 3, "{table}");
        for (e, line) in doc.entities.iter().zip(&lines[2..]) {
            let m = &e.mentions[0];
            let first = format!("{}@{}", m.text, m.char_start);
            let at = line.rfind(&first).unwrap();
            assert_eq!(line[..at].width(), want, "{table}");
        }
    }
}
