//! Dates (being written).
use super::Candidate;
use crate::document::{DateValue, Grain};
use crate::text::segment::Segments;
use chrono::NaiveDate;

/// A date mention.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateMention {
    pub(crate) date: Option<String>,
    pub(crate) grain: Grain,
}

impl DateMention {
    pub(crate) fn value(&self, text: &str) -> DateValue {
        DateValue { date: self.date.clone(), grain: self.grain, unresolved: self.date.is_none().then(|| text.to_string()) }
    }
    pub(crate) fn canonical(&self, text: &str) -> String {
        self.date.clone().unwrap_or_else(|| text.to_string())
    }
}

pub(crate) fn recognize(_text: &str, _seg: &Segments, _reference: Option<NaiveDate>, _out: &mut Vec<Candidate>) {}

pub(crate) fn detect_reference_date(_text: &str) -> Option<NaiveDate> { None }
