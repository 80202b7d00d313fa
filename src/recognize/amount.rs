//! Amounts of money (being written).
use super::Candidate;
use crate::document::{AmountValue, Decimal, Qualifier};

/// An amount of money.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    pub(crate) number: Decimal,
    pub(crate) currency: &'static str,
    pub(crate) qualifier: Qualifier,
    pub(crate) max: Option<Decimal>,
}

impl Amount {
    pub(crate) fn value(&self) -> AmountValue {
        AmountValue { number: self.number, currency: self.currency.to_string(), qualifier: self.qualifier, max: self.max }
    }
    pub(crate) fn canonical(&self) -> String {
        format!("{} {}", self.number, self.currency)
    }
}

pub(crate) fn recognize(_text: &str, _out: &mut Vec<Candidate>) {}
