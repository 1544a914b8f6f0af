//! Word lists of the numbers module, parsed once from `data/number_*`.
//!
//! Every key is lower-case, NFC, with new-style tone placement and words
//! separated by one space, the form [`key_of`] gives.

use crate::Approx;
use once_cell::sync::Lazy;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast hash for short keys (the multiply-rotate hash of the Firefox and
/// rustc hash maps). The keys of the tables are fixed word lists, so no
/// flooding resistance is needed.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, x: u64) {
        self.0 = (self.0.rotate_left(5) ^ x).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A set of keys with the fast hash.
pub(crate) type Set = HashSet<String, BuildHasherDefault<FxHasher>>;
/// A map from keys with the fast hash.
pub(crate) type Map<T> = HashMap<String, T, BuildHasherDefault<FxHasher>>;

/// Bits of [`Lexicon::flags`]: the lists a key is in.
pub(crate) mod flag {
    /// [`super::Lexicon::units`].
    pub const UNIT: u16 = 1;
    /// [`super::Lexicon::currencies`].
    pub const CURRENCY: u16 = 2;
    /// [`super::Lexicon::scales`].
    pub const SCALE: u16 = 4;
    /// [`super::Lexicon::counted`].
    pub const COUNTED: u16 = 8;
    /// [`super::Lexicon::time_units`].
    pub const TIME: u16 = 16;
    /// [`super::Lexicon::name_heads`].
    pub const NAME_HEAD: u16 = 32;
    /// [`super::Lexicon::not_name_heads`].
    pub const NOT_NAME_HEAD: u16 = 64;
    /// [`super::Lexicon::ordinal_heads`].
    pub const ORDINAL_HEAD: u16 = 128;
    /// [`super::Lexicon::range_heads`].
    pub const RANGE_HEAD: u16 = 256;
    /// [`super::Lexicon::date_cues`].
    pub const DATE_CUE: u16 = 512;
    /// [`super::Lexicon::approx`].
    pub const APPROX: u16 = 1024;
    /// [`super::Lexicon::capital_counted`].
    pub const CAPITAL_COUNTED: u16 = 2048;
    /// [`super::Lexicon::stop`].
    pub const STOP: u16 = 4096;
}

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

fn set(src: &'static str) -> Set {
    items(src).map(key_of).collect()
}

fn map<T>(src: &'static str, parse: impl Fn(&str) -> Option<T>) -> Map<T> {
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
    pub scales: Map<u32>,
    /// Currency word(s) → ISO code.
    pub currencies: Map<String>,
    /// Minor currency units (`cent`) → power of ten of their share.
    pub minor_currencies: Map<u32>,
    /// Units of measure.
    pub units: Set,
    /// Units of time.
    pub time_units: Set,
    /// Approximation words.
    pub approx: Map<Approx>,
    /// Counted nouns and classifiers.
    pub counted: Set,
    /// Counted nouns written with a capital by convention (`Đảng`).
    pub capital_counted: Set,
    /// Heads whose following digits are identifiers.
    pub name_heads: Set,
    /// Phrases ending in a name head that do not name (`tổng số`).
    pub not_name_heads: Set,
    /// Heads whose following number is an ordinal.
    pub ordinal_heads: Set,
    /// Words that are never a counted noun.
    pub stop: Set,
    /// Words before a day/month that mark a date.
    pub date_cues: Set,
    /// Words before a year that belong to the date's span.
    pub range_heads: Set,
    /// The most words any multi-word entry has.
    pub max_words: usize,
    /// For every key of the lists: the [`flag`] bits of the lists it is in.
    pub flags: Map<u16>,
}

impl Lexicon {
    /// The [`flag`] bits of `key` (0 when it is in no list).
    #[inline]
    pub fn flags(&self, key: &str) -> u16 {
        self.flags.get(key).copied().unwrap_or(0)
    }
}

pub(crate) static LEX: Lazy<Lexicon> = Lazy::new(|| {
    let currencies = map(include_str!("../../data/number_currencies.tsv"), |v| {
        Some(v.split('\t').next()?.trim().to_string())
    });
    let minor_currencies = map(include_str!("../../data/number_currencies.tsv"), |v| {
        v.split('\t').nth(1)?.trim().parse().ok()
    });
    let lex = Lexicon {
        scales: map(include_str!("../../data/number_scales.tsv"), |v| {
            v.parse().ok()
        }),
        currencies,
        minor_currencies,
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
        flags: Map::default(),
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
    let mut flags: Map<u16> = Map::default();
    let mut add = |keys: &mut dyn Iterator<Item = &String>, bit: u16| {
        for k in keys {
            *flags.entry(k.clone()).or_insert(0) |= bit;
        }
    };
    add(&mut lex.units.iter(), flag::UNIT);
    add(&mut lex.currencies.keys(), flag::CURRENCY);
    add(&mut lex.scales.keys(), flag::SCALE);
    add(&mut lex.counted.iter(), flag::COUNTED);
    add(&mut lex.time_units.iter(), flag::TIME);
    add(&mut lex.name_heads.iter(), flag::NAME_HEAD);
    add(&mut lex.not_name_heads.iter(), flag::NOT_NAME_HEAD);
    add(&mut lex.ordinal_heads.iter(), flag::ORDINAL_HEAD);
    add(&mut lex.range_heads.iter(), flag::RANGE_HEAD);
    add(&mut lex.date_cues.iter(), flag::DATE_CUE);
    add(&mut lex.approx.keys(), flag::APPROX);
    add(&mut lex.capital_counted.iter(), flag::CAPITAL_COUNTED);
    add(&mut lex.stop.iter(), flag::STOP);
    Lexicon {
        max_words,
        flags,
        ..lex
    }
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
        assert_eq!(
            LEX.currencies.get("us cent").map(String::as_str),
            Some("USD")
        );
        assert_eq!(LEX.minor_currencies.get("us cent"), Some(&2));
        assert_eq!(LEX.minor_currencies.get("usd"), None);
        assert!(LEX.name_heads.contains("quân khu"));
        assert!(LEX.ordinal_heads.contains("khóa"));
        assert_eq!(key_of("Khoá  XIII"), "khóa xiii");
        assert!(LEX.max_words >= 3);
        assert_eq!(LEX.flags("tỷ") & flag::SCALE, flag::SCALE);
        assert_eq!(LEX.flags("cán bộ") & flag::COUNTED, flag::COUNTED);
        assert_eq!(LEX.flags("không có"), 0);
        for k in LEX.units.iter() {
            assert_ne!(LEX.flags(k) & flag::UNIT, 0);
        }
    }
}
