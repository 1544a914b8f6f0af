//! Word lists of the numbers module, parsed once from `data/number_*`.
//!
//! Every key is lower-case, NFC, with new-style tone placement and words
//! separated by one space, the form [`key_of`] gives.

use crate::Approx;
use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};

/// The lines of a data file that hold an item: not empty, not a `#` comment.
fn items(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lookup key of a word or words: lower-case, new-style tones, single spaces.
pub(crate) fn key_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.chars().any(char::is_uppercase) {
            let low = w.to_lowercase();
            out.push_str(&crate::normalize::tone_new_style_word(&low));
        } else {
            out.push_str(&crate::normalize::tone_new_style_word(w));
        }
    }
    out
}

fn set(src: &'static str) -> HashSet<String> {
    items(src).map(key_of).collect()
}

fn map<T>(src: &'static str, parse: impl Fn(&str) -> Option<T>) -> HashMap<String, T> {
    items(src)
        .filter_map(|l| {
            let (k, v) = l.split_once('\t')?;
            Some((key_of(k), parse(v.trim())?))
        })
        .collect()
}

/// All the word lists.
pub(crate) struct Lexicon {
    /// Scale word → power of ten.
    pub scales: HashMap<String, u32>,
    /// Currency word(s) → ISO code.
    pub currencies: HashMap<String, String>,
    /// Units of measure.
    pub units: HashSet<String>,
    /// Units of time.
    pub time_units: HashSet<String>,
    /// Approximation words.
    pub approx: HashMap<String, Approx>,
    /// Counted nouns and classifiers.
    pub counted: HashSet<String>,
    /// Counted nouns written with a capital by convention (`Đảng`).
    pub capital_counted: HashSet<String>,
    /// Heads whose following digits are identifiers.
    pub name_heads: HashSet<String>,
    /// Phrases ending in a name head that do not name (`tổng số`).
    pub not_name_heads: HashSet<String>,
    /// Heads whose following number is an ordinal.
    pub ordinal_heads: HashSet<String>,
    /// Words that are never a counted noun.
    pub stop: HashSet<String>,
    /// Words before a day/month that mark a date.
    pub date_cues: HashSet<String>,
    /// Words before a year that belong to the date's span.
    pub range_heads: HashSet<String>,
    /// The most words any multi-word entry has.
    pub max_words: usize,
}

pub(crate) static LEX: Lazy<Lexicon> = Lazy::new(|| {
    let currencies = map(include_str!("../../data/number_currencies.tsv"), |v| {
        Some(v.to_string())
    });
    let lex = Lexicon {
        scales: map(include_str!("../../data/number_scales.tsv"), |v| {
            v.parse().ok()
        }),
        currencies,
        units: set(include_str!("../../data/number_units.tsv")),
        time_units: set(include_str!("../../data/number_time_units.txt")),
        approx: map(include_str!("../../data/number_approx.tsv"), |v| match v {
            "below" => Some(Approx::Below),
            "above" => Some(Approx::Above),
            "about" => Some(Approx::About),
            _ => None,
        }),
        counted: items(include_str!("../../data/number_counted.txt"))
            .map(|l| key_of(l.trim_start_matches('^')))
            .collect(),
        capital_counted: items(include_str!("../../data/number_counted.txt"))
            .filter_map(|l| l.strip_prefix('^'))
            .map(key_of)
            .collect(),
        name_heads: items(include_str!("../../data/number_name_heads.txt"))
            .filter(|l| !l.starts_with('!'))
            .map(key_of)
            .collect(),
        not_name_heads: items(include_str!("../../data/number_name_heads.txt"))
            .filter_map(|l| l.strip_prefix('!'))
            .map(key_of)
            .collect(),
        ordinal_heads: set(include_str!("../../data/number_ordinal_heads.txt")),
        stop: set(include_str!("../../data/number_stopwords.txt")),
        date_cues: set(include_str!("../../data/number_date_cues.txt")),
        range_heads: set(include_str!("../../data/number_range_heads.txt")),
        max_words: 1,
    };
    let max_words = lex
        .currencies
        .keys()
        .chain(lex.units.iter())
        .chain(lex.counted.iter())
        .chain(lex.name_heads.iter())
        .chain(lex.ordinal_heads.iter())
        .chain(lex.time_units.iter())
        .chain(lex.range_heads.iter())
        .chain(lex.date_cues.iter())
        .chain(lex.approx.keys())
        .map(|k| k.split(' ').count())
        .max()
        .unwrap_or(1);
    Lexicon { max_words, ..lex }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_keys_are_normalised() {
        assert_eq!(LEX.scales.get("tỷ"), Some(&9));
        assert_eq!(
            LEX.currencies.get("đô la mỹ").map(String::as_str),
            Some("USD")
        );
        assert!(LEX.counted.contains("cán bộ"));
        assert!(LEX.name_heads.contains("quân khu"));
        assert!(LEX.ordinal_heads.contains("khóa"));
        assert_eq!(key_of("Khoá  XIII"), "khóa xiii");
        assert!(LEX.max_words >= 3);
    }
}
