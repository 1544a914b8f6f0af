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
//!
//! Cases decided by rule:
//! - `1.500` is 1500 (three digits after the dot), `1.5` is 1.5; `1,5` is
//!   1.5, `1,500,000` (several groups of three) is 1500000.
//! - A year-like number (1900–2100) with no unit after it is a date
//!   (`ASEAN 2024`); `2000 người` is a quantity.
//! - `quý I/2025` is a date with the year as its value (`2025`): SPEC's ISO
//!   forms have no quarter; with no year written the year is inferred like a
//!   month's, and with none known nothing is reported. `tháng 7` with no year
//!   known is `--07`.
//! - `d-m` and `d.m` are dates only after a day word (`ngày`, `sáng`,
//!   `chiều`...); `d/m` is a date unless it is a fraction (`gần 1/4`) or a
//!   count of a count (`3/5 xã`, read as two quantities like `55 lượt/1.218 lượt`).
//! - A number after a name head (`Quân khu 4`, `bão số 3`, `Điều 5`) or a
//!   capitalised word inside a sentence (`Sekong 3`) names something, unless
//!   a counted noun follows (`Bộ Quốc phòng 2 nước`).
//! - The unit of a count is the classifier or counted noun after the number:
//!   a listed lexical word of two syllables (`cán bộ`, `địa phương`), else the
//!   first syllable (`16 mộ hài cốt` → `mộ`, `1 bộ máy tính` → `bộ`).
//! - An amount with a scale word and no unit (`hỗ trợ 50 triệu`) is money in
//!   VND unless the words before speak of a count (`dân số`).
//! - A day that does not exist is not a date: `29/2/2023` (no leap year,
//!   also when the year is inferred), `31/4`.
//! - A range that runs backwards (`giai đoạn 2025–2021`) is no range: each
//!   end is read on its own (two dates).
//! - Days joined by `và` are one range when they run on (`trong hai ngày
//!   19 và 20-12`, like `19-20/12`), else two dates (`ngày 5 và 7/3`);
//!   `đêm 14 rạng sáng 15/9` is two dates.
//! - A year written as part of a date may be old (`19/5/1890`, `năm 1858`);
//!   a bare number is a year only in 1900–2100.
//! - `N tuổi` is a quantity (unit `tuổi`); `N giờ`, `trong 24h` are
//!   durations, `lúc 8 giờ`, `13h`, `8 giờ 30` are times.

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
