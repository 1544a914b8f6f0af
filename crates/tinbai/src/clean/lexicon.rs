//! Word lists for cleaning, embedded from `data/clean_*.txt` and parsed once.
//!
//! Every list is matched on a normal form of the text: NFC, new-style tone
//! placement, lower case, single spaces ([`key`]), or the same with
//! punctuation turned into spaces ([`words`]) when whole words are wanted.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use once_cell::sync::Lazy;
use std::collections::HashSet;

/// NFC, new-style tones, lower case, single spaces, trimmed.
pub(crate) fn key(s: &str) -> String {
    key_head(s, usize::MAX)
}

/// The [`key`] of `s`, or only its first words once they make more than
/// `min_len` bytes: a prefix of the key ending before one of its spaces
/// (words are normalised one by one), long enough to hold any `min_len`
/// bytes and the space after them.
pub(crate) fn key_head(s: &str, min_len: usize) -> String {
    let t = crate::normalize::nfc(s);
    // A capital sigma lowers by its place in the word: the library does it.
    if t.contains('Σ') {
        return crate::normalize::canonical(s).to_lowercase();
    }
    let mut out = String::with_capacity(t.len().min(min_len.saturating_add(16)));
    // Spaces are no part of a word: tones move word by word within each
    // space-separated piece, as over the whole text.
    for w in t.split_whitespace() {
        if out.len() > min_len {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            crate::normalize::tone_new_style(w)
                .chars()
                .for_each(|c| crate::normalize::push_lowercase(&mut out, c));
        }
    }
    out
}

/// [`key`] with every character that is not a letter, a digit or a combining
/// mark turned into a space, collapsed, with one space at each end:
/// `"Tại buổi làm việc,"` → `" tại buổi làm việc "`.
pub(crate) fn words(s: &str) -> String {
    let k = key(s);
    let mut out = String::with_capacity(k.len() + 2);
    out.push(' ');
    for c in k.chars() {
        if crate::normalize::is_alphanumeric(c) {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    if !out.ends_with(' ') {
        out.push(' ');
    }
    out
}

/// Calls `f` on each word of the [`words`] form of `s`, in order, until it
/// returns `false`; returns whether it never did. Builds no whole form: a
/// word never spans a space, so each space-separated piece is normalised on
/// its own.
pub(crate) fn each_word(s: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    let t = crate::normalize::nfc(s);
    if t.contains('Σ') {
        return words(s).split_whitespace().all(f);
    }
    let mut piece = String::new();
    for w in t.split_whitespace() {
        piece.clear();
        if w.is_ascii() {
            piece.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            crate::normalize::tone_new_style(w)
                .chars()
                .for_each(|c| crate::normalize::push_lowercase(&mut piece, c));
        }
        let all = piece
            .split(|c: char| !crate::normalize::is_alphanumeric(c))
            .filter(|x| !x.is_empty())
            .all(&mut f);
        if !all {
            return false;
        }
    }
    true
}

/// The [`words`] form of `s`, or only its first words once they make more
/// than `min_len` bytes: a prefix of it ending with the space after a word,
/// long enough to hold any `min_len` bytes.
pub(crate) fn words_head(s: &str, min_len: usize) -> String {
    let mut out = String::from(" ");
    each_word(s, |w| {
        out.push_str(w);
        out.push(' ');
        out.len() <= min_len
    });
    out
}

/// The entries of a data file: one a line, `#` comments and blank lines skipped.
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A set of whole lines, compared by [`key`].
pub(crate) struct LineSet {
    set: HashSet<String>,
    /// The most words an entry has.
    max_words: usize,
}

impl LineSet {
    fn new(src: &'static str) -> Self {
        let set: HashSet<String> = entries(src).map(key).collect();
        let max_words = set
            .iter()
            .map(|k| k.split_whitespace().count())
            .max()
            .unwrap_or(0);
        LineSet { set, max_words }
    }

    /// Whether `k` (already a [`key`]) is in the set.
    pub(crate) fn contains_key(&self, k: &str) -> bool {
        self.set.contains(k)
    }

    /// The most words an entry has: a text with more (its [`key`] has as
    /// many words) is not in the set.
    pub(crate) fn max_words(&self) -> usize {
        self.max_words
    }
}

/// Phrases matched on whole words, by one Aho-Corasick automaton over the
/// [`words`] form of the entries.
pub(crate) struct Phrases {
    ac: AhoCorasick,
    /// Number of words of each pattern.
    lens: Vec<usize>,
    /// The longest pattern's length in bytes.
    max_len: usize,
}

impl Phrases {
    fn new(src: &'static str) -> Self {
        let pats: Vec<String> = entries(src)
            .map(words)
            .filter(|w| !w.trim().is_empty())
            .collect();
        let lens = pats.iter().map(|p| p.split_whitespace().count()).collect();
        let max_len = pats.iter().map(String::len).max().unwrap_or(0);
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Both)
            .build(&pats)
            .expect("the embedded word lists build an automaton");
        Phrases { ac, lens, max_len }
    }

    /// [`Phrases::opening`] of the [`words`] form of `s`, normalising only
    /// the words that can hold the longest entry.
    pub(crate) fn opening_text(&self, s: &str) -> Option<usize> {
        self.opening(&words_head(s, self.max_len))
    }

    /// How many words the longest entry opening `w` (a [`words`] form) has.
    pub(crate) fn opening(&self, w: &str) -> Option<usize> {
        let m = self.ac.find(Input::new(w).anchored(Anchored::Yes))?;
        self.lens.get(m.pattern().as_usize()).copied()
    }

    /// Whether some entry occurs in `w` (a [`words`] form) as whole words.
    pub(crate) fn occurs_in(&self, w: &str) -> bool {
        self.ac.is_match(Input::new(w).anchored(Anchored::No))
    }
}

/// Line beginnings matched on [`key`] forms (they may hold punctuation:
/// `tags:`, `©`); an entry ending in a letter must end at a word boundary.
pub(crate) struct Prefixes {
    ac: AhoCorasick,
    /// The longest entry's length in bytes (with its final space).
    max_len: usize,
}

impl Prefixes {
    fn new(src: &'static str) -> Self {
        let pats: Vec<String> = entries(src)
            .map(|e| {
                let k = key(e);
                if k.chars().last().is_some_and(char::is_alphanumeric) {
                    k + " "
                } else {
                    k
                }
            })
            .collect();
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&pats)
            .expect("the embedded word lists build an automaton");
        let max_len = pats.iter().map(String::len).max().unwrap_or(0);
        Prefixes { ac, max_len }
    }

    /// Whether the [`key`] form of `s` opens with an entry. Only the words
    /// that can hold the longest entry are normalised.
    pub(crate) fn opens_text(&self, s: &str) -> bool {
        self.opens(&key_head(s, self.max_len))
    }

    /// Whether `k` (a [`key`] form) opens with an entry.
    pub(crate) fn opens(&self, k: &str) -> bool {
        let mut h = String::with_capacity(k.len() + 1);
        h.push_str(k);
        h.push(' ');
        self.ac
            .find(Input::new(&h).anchored(Anchored::Yes))
            .is_some()
    }
}

/// Related-story block headers: the line and everything after it are dropped.
pub(crate) static BLOCK_HEADERS: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_block_headers.txt")));
/// Whole furniture lines (share buttons, font size, navigation).
pub(crate) static DROP_LINES: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_drop_lines.txt")));
/// Beginnings of furniture lines (tags, subscription prompts, copyright).
pub(crate) static DROP_PREFIXES: Lazy<Prefixes> =
    Lazy::new(|| Prefixes::new(include_str!("../../data/clean_drop_prefixes.txt")));
/// Bracketed teaser tags (`[Video]`).
pub(crate) static TEASER_TAGS: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_teaser_tags.txt")));
/// Words of share buttons and page actions (each a whole word).
pub(crate) static SHARE_WORDS: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_share_words.txt")));
/// Words of related-story block headers, and whether each is an anchor.
pub(crate) static BLOCK_WORDS: Lazy<std::collections::HashMap<String, bool>> = Lazy::new(|| {
    entries(include_str!("../../data/clean_block_words.txt"))
        .map(|e| match e.strip_suffix('!') {
            Some(w) => (key(w), true),
            None => (key(e), false),
        })
        .collect()
});

/// News site section names.
pub(crate) static SECTIONS: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_sections.txt")));
/// Section names that also open headlines as their subject.
pub(crate) static SUBJECT_SECTIONS: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_subject_sections.txt")));
/// Source tags written without brackets.
pub(crate) static SOURCE_TAGS: Lazy<LineSet> =
    Lazy::new(|| LineSet::new(include_str!("../../data/clean_source_tags.txt")));
/// Openings that continue a story under way.
pub(crate) static CONNECTIVES: Lazy<Phrases> =
    Lazy::new(|| Phrases::new(include_str!("../../data/clean_connectives.txt")));
/// First words of adverbial openings.
pub(crate) static ADVERBIAL_HEADS: Lazy<Phrases> =
    Lazy::new(|| Phrases::new(include_str!("../../data/clean_adverbial_heads.txt")));
/// Words of a photographed moment.
pub(crate) static PHOTO_VERBS: Lazy<Phrases> =
    Lazy::new(|| Phrases::new(include_str!("../../data/clean_photo_verbs.txt")));
/// Openings of a caption's subject.
pub(crate) static CAPTION_SUBJECTS: Lazy<Phrases> =
    Lazy::new(|| Phrases::new(include_str!("../../data/clean_caption_subjects.txt")));
/// Words of story prose that captions leave out.
pub(crate) static PROSE_MARKERS: Lazy<Phrases> =
    Lazy::new(|| Phrases::new(include_str!("../../data/clean_prose_markers.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_form_drops_punctuation_and_case() {
        assert_eq!(
            words("Tại buổi Hội đàm, hai bên"),
            " tại buổi hội đàm hai bên "
        );
        assert_eq!(words("Thoả thuận"), " thỏa thuận ");
        assert_eq!(words(""), " ");
    }

    #[test]
    fn each_word_gives_the_words_form() {
        for s in [
            "Tại buổi Hội đàm, hai bên",
            "  Thoả thuận|Chia sẻ  Facebook,,Zalo ",
            "ΣΑΣ Hoá",
            "Hu\u{309}a Pha\u{306}n - İstanbul",
            "",
            "...",
        ] {
            let mut got = Vec::new();
            assert!(each_word(s, |w| {
                got.push(w.to_string());
                true
            }));
            let want: Vec<String> = words(s).split_whitespace().map(String::from).collect();
            assert_eq!(got, want, "{s}");
        }
        assert!(!each_word("a b c", |w| w != "b"));
    }

    #[test]
    fn words_head_is_a_prefix_of_words() {
        for s in [
            "Tại buổi Hội đàm, hai bên... thống nhất: Thoả thuận!",
            "ΣΑΣ Hoá , , , a",
            "",
            "Một",
        ] {
            let all = words(s);
            for n in 0..all.len() + 2 {
                let h = words_head(s, n);
                assert!(all.starts_with(&h), "{s} {n}");
                assert!(h.len() > n || h == all, "{s} {n}");
            }
        }
    }

    #[test]
    fn phrases_match_whole_words_only() {
        assert_eq!(CONNECTIVES.opening(&words("Đồng thời, hai bên")), Some(2));
        assert_eq!(CONNECTIVES.opening(&words("Đồng thờii hai bên")), None);
        assert!(PROSE_MARKERS.occurs_in(&words("Hai bên đã ký kết.")));
        assert!(!PROSE_MARKERS.occurs_in(&words("Đoàn tham quan nhà máy đá")));
    }

    #[test]
    fn prefixes_need_a_word_boundary() {
        assert!(DROP_PREFIXES.opens(&key("Từ khoá: biên giới, Lào")));
        assert!(DROP_PREFIXES.opens(&key("Mời bạn đọc xem thêm")));
        assert!(!DROP_PREFIXES.opens(&key("Mời bạn đọcx")));
    }

    #[test]
    fn data_files_are_nfc_without_repeats() {
        let files = [
            include_str!("../../data/clean_block_headers.txt"),
            include_str!("../../data/clean_drop_lines.txt"),
            include_str!("../../data/clean_block_words.txt"),
            include_str!("../../data/clean_share_words.txt"),
            include_str!("../../data/clean_drop_prefixes.txt"),
            include_str!("../../data/clean_teaser_tags.txt"),
            include_str!("../../data/clean_sections.txt"),
            include_str!("../../data/clean_subject_sections.txt"),
            include_str!("../../data/clean_source_tags.txt"),
            include_str!("../../data/clean_connectives.txt"),
            include_str!("../../data/clean_adverbial_heads.txt"),
            include_str!("../../data/clean_prose_markers.txt"),
            include_str!("../../data/clean_photo_verbs.txt"),
            include_str!("../../data/clean_caption_subjects.txt"),
        ];
        for src in files {
            assert!(src.starts_with('#'), "a comment header first");
            let mut seen = HashSet::new();
            for e in entries(src) {
                assert_eq!(crate::normalize::nfc(e), e, "{e}");
                assert!(seen.insert(key(e)), "repeated entry {e}");
            }
        }
    }

    #[test]
    fn every_list_loads() {
        assert!(BLOCK_HEADERS.contains_key("tin bài liên quan"));
        assert!(DROP_LINES.contains_key("chia sẻ"));
        assert!(TEASER_TAGS.contains_key("infographic"));
        assert!(SECTIONS.contains_key("quốc phòng"));
        assert!(SOURCE_TAGS.contains_key("tpo"));
        assert!(ADVERBIAL_HEADS.opening(" chiều 22 6 ").is_some());
    }
}
