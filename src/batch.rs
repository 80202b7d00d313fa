//! [`Batch`]: many texts through one [`Extractor`], in input order, a chunk at a time (in
//! parallel with the `rayon` feature).

use std::collections::VecDeque;

use chrono::NaiveDate;

use crate::document::{DocId, Document};
use crate::extractor::{ExtractOptions, Extractor};

/// How many texts a [`Batch`] takes from its input at a time, unless told otherwise.
pub const DEFAULT_CHUNK: usize = 256;

/// An iterator over the [`Document`]s of many texts, from
/// [`Extractor::extract_batch`].
///
/// It takes [`chunk_size`](Self::chunk_size) items from its input at a time, extracts them
/// (on rayon's thread pool with the `rayon` feature, else on this thread) and yields the
/// documents in input order. Memory is bounded by the chunk, not by the input.
///
/// ```
/// use korex::{DocId, Extractor, NaiveDate};
/// let extractor = Extractor::default();
/// let date = NaiveDate::from_ymd_opt(2024, 11, 27);
/// let items = vec![
///     (Some(DocId::from(1u64)), "오픈AI가 산은과 MOU를 맺었다.", date),
///     (Some(DocId::from("b")), "구글은 지난 26일 발표했다.", date),
/// ];
/// let docs: Vec<_> = extractor.extract_batch(items).chunk_size(64).collect();
/// assert_eq!(docs[0].id, Some(DocId::from(1u64)));
/// assert_eq!(docs[1].id.as_ref().unwrap(), "b");
/// assert_eq!(docs[1].entities[1].canonical, "2024-11-26");
/// ```
pub struct Batch<'e, I> {
    extractor: &'e Extractor,
    items: I,
    chunk: usize,
    ready: VecDeque<Document>,
}

impl<'e, I> Batch<'e, I> {
    pub(crate) fn new(extractor: &'e Extractor, items: I) -> Self {
        Batch {
            extractor,
            items,
            chunk: DEFAULT_CHUNK,
            ready: VecDeque::new(),
        }
    }

    /// How many items to extract at a time (at least 1); larger chunks keep more threads
    /// busy, smaller ones hold less memory and answer sooner.
    pub fn chunk_size(mut self, n: usize) -> Self {
        self.chunk = n.max(1);
        self
    }
}

impl<I, T> Iterator for Batch<'_, I>
where
    I: Iterator<Item = (Option<DocId>, T, Option<NaiveDate>)>,
    T: AsRef<str> + Send,
{
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        if self.ready.is_empty() {
            let chunk: Vec<I::Item> = self.items.by_ref().take(self.chunk).collect();
            if chunk.is_empty() {
                return None;
            }
            let extractor = self.extractor;
            let one = move |(id, text, reference_date): I::Item| {
                extractor.extract_with(text.as_ref(), &ExtractOptions { id, reference_date })
            };
            #[cfg(feature = "rayon")]
            let docs: Vec<Document> = {
                use rayon::prelude::*;
                chunk.into_par_iter().map(one).collect()
            };
            #[cfg(not(feature = "rayon"))]
            let docs: Vec<Document> = chunk.into_iter().map(one).collect();
            self.ready.extend(docs);
        }
        self.ready.pop_front()
    }
}
