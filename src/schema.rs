//! The JSON Schema of [`Document`](crate::Document), generated from the Rust types
//! (feature `schemars`).
//!
//! The schema is checked in as `docs/document.schema.json`; a test keeps the file equal to
//! what [`schema`] generates, and another validates real output against it.

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use crate::document::{AmountValue, Decimal, Document, Qualifier};

/// The JSON Schema (draft 2020-12) of the JSON a [`Document`] serializes to.
///
/// ```
/// let schema = korex::schema();
/// assert_eq!(schema["title"], "Document");
/// assert!(schema["properties"]["entities"].is_object());
/// ```
pub fn schema() -> serde_json::Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Document>();
    let mut schema = serde_json::to_value(schema).unwrap_or_default();
    // Fields that are null when empty are still always written.
    require(&mut schema, &["id", "reference_date"]);
    if let Some(defs) = schema.get_mut("$defs") {
        require(&mut defs["Entity"], &["value"]);
        require(&mut defs["DateValue"], &["date"]);
    }
    first_paragraphs(&mut schema);
    schema
}

/// Adds fields to an object schema's `required` list.
fn require(object: &mut serde_json::Value, fields: &[&str]) {
    if let Some(required) = object.get_mut("required").and_then(|r| r.as_array_mut()) {
        for f in fields {
            if !required.iter().any(|r| r == f) {
                required.push((*f).into());
            }
        }
    }
}

/// Descriptions keep their first paragraph: the rest of a doc comment is examples for Rust.
fn first_paragraphs(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    serde_json::Value::String(s) if key == "description" => {
                        if let Some(end) = s.find("\n\n") {
                            s.truncate(end);
                        }
                        *s = s.replace('\n', " ");
                    }
                    other => first_paragraphs(other),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(first_paragraphs),
        _ => {}
    }
}

/// An exact number: a JSON integer when whole, a JSON number with a fraction otherwise.
impl JsonSchema for Decimal {
    fn schema_name() -> Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An exact decimal number: an integer when whole (also beyond 2^64).",
            "type": "number"
        })
    }
}

/// Written by hand because `AmountValue`'s serde is shaped by its `Decimal` fields.
impl JsonSchema for AmountValue {
    fn schema_name() -> Cow<'static, str> {
        "AmountValue".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let qualifier = generator.subschema_for::<Qualifier>();
        json_schema!({
            "description": "Money: the amount (the lower bound of a range), its ISO 4217 currency, how the text qualifies it, and the upper bound of a range.",
            "type": "object",
            "properties": {
                "number": {"type": "number", "minimum": 0},
                "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "qualifier": qualifier,
                "max": {"type": "number", "minimum": 0}
            },
            "required": ["number", "currency", "qualifier"]
        })
    }
}
