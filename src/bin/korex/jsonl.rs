//! One JSONL input line, parsed into a struct that borrows its text from the line.

use std::borrow::Cow;

use korex::{DocId, NaiveDate};
use serde::Deserialize;

/// `{"id": ..., "text": ..., "reference_date"?: "YYYY-MM-DD"}`; other fields are ignored.
#[derive(Deserialize)]
struct Line<'a> {
    #[serde(default)]
    id: Option<DocId>,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(default, borrow)]
    reference_date: Option<Cow<'a, str>>,
}

/// Only the id, to name a line whose other fields are wrong.
#[derive(Deserialize)]
struct IdOnly {
    #[serde(default)]
    id: Option<DocId>,
}

/// A parsed line: the text (borrowed unless it had escapes), its id and reference date.
pub struct Parsed<'a> {
    pub id: Option<DocId>,
    pub text: Cow<'a, str>,
    pub reference_date: Option<NaiveDate>,
}

/// A line that cannot be used: its id if one could be read, and why.
pub struct Bad {
    pub id: Option<DocId>,
    pub message: String,
}

/// Parses one line; `default_date` applies when the line gives no `reference_date`.
pub fn parse(line: &[u8], default_date: Option<NaiveDate>) -> Result<Parsed<'_>, Bad> {
    let bad = |message: String| Bad {
        id: serde_json::from_slice::<IdOnly>(line)
            .ok()
            .and_then(|l| l.id),
        message,
    };
    let text = std::str::from_utf8(line)
        .map_err(|e| bad(format!("not valid UTF-8 (at byte {})", e.valid_up_to())))?;
    let parsed: Line<'_> = serde_json::from_str(text).map_err(|e| {
        let message = if text.trim_start().starts_with('{') {
            format!("not a korex input line ({{\"id\", \"text\", \"reference_date\"?}}): {e}")
        } else {
            format!("not a JSON object: {e}")
        };
        bad(message)
    })?;
    let reference_date = match parsed.reference_date.as_deref() {
        None => default_date,
        Some(s) => Some(korex::parse_date(s).map_err(|e| Bad {
            id: parsed.id.clone(),
            message: format!("reference_date: {}", e.kind()),
        })?),
    };
    Ok(Parsed {
        id: parsed.id,
        text: parsed.text,
        reference_date,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_without_escapes_is_borrowed() {
        let line = r#"{"id": 7, "text": "구글과 애플", "source": "x"}"#.as_bytes();
        let p = parse(line, None).ok().unwrap();
        assert!(matches!(p.text, Cow::Borrowed("구글과 애플")));
        assert_eq!(p.id, Some(DocId::from(7u64)));
        let p = parse(br#"{"id": "a", "text": "\"MOU\""}"#, None)
            .ok()
            .unwrap();
        assert_eq!(p.text, "\"MOU\"");
    }

    #[test]
    fn reference_date_must_be_exactly_yyyy_mm_dd() {
        for bad in [
            " 2024-11-27",
            "+2024-11-27",
            "2024-2-9",
            "2023-02-29",
            "20241127",
        ] {
            let line = format!(r#"{{"id": "x", "text": "t", "reference_date": "{bad}"}}"#);
            let err = parse(line.as_bytes(), None).err().unwrap();
            assert!(err.message.contains("YYYY-MM-DD"), "{bad}: {}", err.message);
            assert_eq!(err.id, Some(DocId::from("x")));
        }
        let line = br#"{"text": "t", "reference_date": "2024-02-29"}"#;
        let date = parse(line, None).ok().unwrap().reference_date;
        assert_eq!(date, NaiveDate::from_ymd_opt(2024, 2, 29));
    }
}
