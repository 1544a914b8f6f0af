//! Numbers: dates, ranges, times, money, percentages, quantities, durations, ordinals.

use crate::document::{Number, Sentence};

/// Find the number expressions of `text`.
///
/// ```
/// assert!(tinbai::numbers::extract("", &[], None).is_empty());
/// ```
pub fn extract(text: &str, sentences: &[Sentence], article_date: Option<&str>) -> Vec<Number> {
    let _ = (text, sentences, article_date);
    Vec::new()
}
