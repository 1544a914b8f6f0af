//! Numbers: dates, ranges, times, money, percentages, quantities, durations, ordinals.
//!
//! One scanner goes over the text once: it splits it into words, digit runs
//! and punctuation, flags code-like chunks (URLs, file names, `VA-06`), and
//! at every digit run (or Roman numeral after an ordinal head) reads a
//! bounded window of tokens to decide what the expression states. Values
//! are normalised: Vietnamese `.` thousands and `,` decimals, scale words
//! (`nghìn`, `triệu`, `tỷ`), currencies as ISO codes, dates as ISO strings
//! with the year inferred from the article's date or the sentence.
//!
//! The word lists live in `data/number_*` (units, currencies, scale words,
//! counted nouns, name heads, ordinal heads...).

mod dates;
mod lexicon;
mod scan;
mod tokens;

use crate::document::{Number, Sentence};

/// Find the number expressions of `text`, in order, with non-overlapping
/// byte spans.
///
/// `sentences` (byte ranges into `text`) give the sentence in which a year
/// is looked for when a date has none and `article_date` (`YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`) is not known; without sentences the line is used.
///
/// ```
/// use tinbai::{NumberKind, NumberValue, Decimal};
/// let text = "Ngày 22/5, hai bên trao tặng hơn 1,2 tỷ đồng cho 16 xã.";
/// let nums = tinbai::numbers::extract(text, &[], Some("2025-05-30"));
/// assert_eq!(nums[0].kind, NumberKind::Date);
/// assert_eq!(nums[0].value, NumberValue::Date("2025-05-22".into()));
/// assert_eq!(&text[nums[0].span.clone()], "22/5");
/// assert_eq!(nums[1].kind, NumberKind::Money);
/// assert_eq!(nums[1].value, NumberValue::Number(Decimal::integer(1_200_000_000)));
/// assert_eq!(nums[1].unit.as_deref(), Some("VND"));
/// assert_eq!(&text[nums[1].span.clone()], "hơn 1,2 tỷ đồng");
/// assert_eq!(nums[2].unit.as_deref(), Some("xã"));
/// assert!(tinbai::numbers::extract("", &[], None).is_empty());
/// ```
pub fn extract(text: &str, sentences: &[Sentence], article_date: Option<&str>) -> Vec<Number> {
    scan::Scanner::new(text, sentences, article_date).run()
}

#[cfg(test)]
mod tests;
