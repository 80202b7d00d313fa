//! Any bytes: the first two pick a reference date (or none), the rest, read as UTF-8 with
//! replacement, is the text. The document must keep the whole output contract
//! (`tests/contract.rs`), and a second extraction must give the same JSON.
#![no_main]

use std::sync::OnceLock;

use chrono::NaiveDate;
use korex::{ExtractOptions, Extractor};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/contract.rs"]
mod contract;

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(Extractor::default)
}

/// A reference date from two bytes: none, the calendar's edges, a leap day, or a day of a
/// year spread over 0001–9999.
fn reference(b: [u8; 2]) -> Option<NaiveDate> {
    match b[0] % 8 {
        0 => None,
        1 => NaiveDate::from_ymd_opt(1, 1, 1),
        2 => NaiveDate::from_ymd_opt(9999, 12, 31),
        3 => NaiveDate::from_ymd_opt(2024, 2, 29),
        _ => {
            let year = 1 + (u32::from(b[0]) * 256 + u32::from(b[1])) % 9999;
            NaiveDate::from_yo_opt(year as i32, 1 + u32::from(b[1]) % 365)
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_at(data.len().min(2));
    let mut date = [0u8; 2];
    date[..head.len()].copy_from_slice(head);
    let text = String::from_utf8_lossy(body);
    let options = ExtractOptions {
        reference_date: reference(date),
        ..Default::default()
    };
    let doc = extractor().extract_with(&text, &options);
    contract::check_offsets(&text, &doc);
    let again = extractor().extract_with(&text, &options);
    assert_eq!(
        serde_json::to_string(&doc).unwrap(),
        serde_json::to_string(&again).unwrap()
    );
});
