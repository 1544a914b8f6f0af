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
    let mut out = String::with_capacity(s.len().min(min_len.saturating_add(16)));
    // Spaces are no part of a word: NFC and tones work within each
    // space-separated piece as over the whole text (NFC neither makes nor
    // removes a space, nor composes across one), so only the pieces the
    // head needs are looked at.
    for piece in s.split_whitespace() {
        if out.len() > min_len {
            break;
        }
        // A capital sigma lowers by its place in the word: the library does
        // it, over the whole text (a head ends the same either way).
        if piece.contains('Σ') {
            return crate::normalize::canonical(s).to_lowercase();
        }
        if !out.is_empty() {
            out.push(' ');
        }
        push_key_piece(&mut out, piece);
    }
    out
}

/// Pushes the [`key`] form of `piece` (one space-separated piece of text,
/// with no capital sigma) onto `out`: NFC, new-style tones, lower case.
fn push_key_piece(out: &mut String, piece: &str) {
    let mark = out.len();
    let mut fast = FastKey::default();
    if !piece.chars().all(|c| fast.push(out, c)) || !fast.finished() {
        out.truncate(mark);
        push_key_piece_slow(out, piece);
    }
}

/// The one-pass [`push_key_piece`] for the common case: ASCII and
/// precomposed Latin letters (NFC already) where no word ends with `o` or
/// `u` and a non-ASCII letter (the only place `tone_new_style` moves a tone:
/// it changes nothing then).
#[derive(Default)]
struct FastKey {
    /// The last char was `o` or `u` (any case).
    after_ou: bool,
    /// The last char was a non-ASCII letter after `o` or `u`: the word must
    /// go on.
    pending: bool,
}

impl FastKey {
    /// Pushes the key of `c` onto `out`; `false` when the piece needs the
    /// slow path (what was pushed of it must then go).
    #[inline(always)]
    fn push(&mut self, out: &mut String, c: char) -> bool {
        if self.pending {
            if !crate::normalize::is_alphabetic(c) {
                return false;
            }
            self.pending = false;
        }
        let u = c as u32;
        if u < 0x80 {
            out.push(c.to_ascii_lowercase());
            self.after_ou = matches!(c, 'o' | 'O' | 'u' | 'U');
            return true;
        }
        if !matches!(u, 0x80..=0x24f | 0x1e00..=0x1eff) {
            return false;
        }
        self.pending = self.after_ou;
        self.after_ou = false;
        match u {
            // Ạ..Ỹ: upper case even, lower case odd (as `push_lowercase`).
            0x1ea0..=0x1ef9 => out.push(char::from_u32(u | 1).unwrap_or(c)),
            _ => crate::normalize::push_lowercase(out, c),
        }
        true
    }

    /// Whether the piece, ended here, needed no slow path.
    fn finished(&self) -> bool {
        !self.pending
    }
}

/// [`push_key_piece`] for any piece: NFC, tones moved, lower case.
fn push_key_piece_slow(out: &mut String, piece: &str) {
    if piece.is_ascii() {
        out.extend(piece.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        return;
    }
    // Latin letters and signs alone (the common case) are NFC already.
    let latin = piece
        .chars()
        .all(|c| matches!(c as u32, 0..=0x24f | 0x1e00..=0x1eff));
    let nfc = if latin {
        std::borrow::Cow::Borrowed(piece)
    } else {
        crate::normalize::nfc(piece)
    };
    let toned = crate::normalize::tone_new_style(&nfc);
    out.reserve(toned.len());
    for c in toned.chars() {
        match c as u32 {
            0..=0x7f => out.push(c.to_ascii_lowercase()),
            // Ạ..Ỹ: upper case even, lower case odd (as `push_lowercase`).
            u @ 0x1ea0..=0x1ef9 => out.push(char::from_u32(u | 1).unwrap_or(c)),
            _ => crate::normalize::push_lowercase(out, c),
        }
    }
}

/// The first word of the [`key`] of `s`; `None` when `s` is blank or its
/// first word holds a capital sigma (lowered by its place in the text).
pub(crate) fn first_key_word(s: &str) -> Option<String> {
    let first = s.split_whitespace().next()?;
    if first.contains('Σ') {
        return None;
    }
    let mut w = String::with_capacity(first.len());
    push_key_piece(&mut w, first);
    Some(w)
}

/// Whether the [`key`] of `s`, or of a part of it cut at a space after its
/// first word, can be `k` (a key): `false` when their first words differ.
pub(crate) fn may_have_key(s: &str, k: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    let k_first = k.split(' ').next().unwrap_or("");
    // A sigma lowers by its place: no quick answer then.
    if first.contains('Σ') || k_first.contains(['σ', 'ς']) {
        return true;
    }
    let mut w = String::with_capacity(first.len());
    push_key_piece(&mut w, first);
    w == k_first
}

/// [`key`] with every character that is not a letter, a digit or a combining
/// mark turned into a space, collapsed, with one space at each end:
/// `"Tại buổi làm việc,"` → `" tại buổi làm việc "`.
pub(crate) fn words(s: &str) -> String {
    // A capital sigma lowers by its place in the whole text.
    if s.contains('Σ') {
        return words_of_key(&key(s));
    }
    // The words of the key's pieces, one piece at a time (a word never
    // spans a space): as `words_of_key` reads the whole key.
    let mut out = String::with_capacity(s.len() + 2);
    out.push(' ');
    let mut piece_key = String::new();
    for piece in s.split_whitespace() {
        piece_key.clear();
        push_key_piece(&mut piece_key, piece);
        push_word_chars(&mut out, &piece_key);
        if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// Appends the letters and digits of `key_part` to `out`, any run of other
/// characters as one space.
fn push_word_chars(out: &mut String, key_part: &str) {
    for c in key_part.chars() {
        if crate::normalize::is_alphanumeric(c) {
            out.push(c);
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
}

/// The [`words`] form of `k`, a [`key`].
fn words_of_key(k: &str) -> String {
    let mut out = String::with_capacity(k.len() + 2);
    out.push(' ');
    push_word_chars(&mut out, k);
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
    let mut piece = String::new();
    // Words given so far: with a capital sigma further on, the words of the
    // whole form go on from there (the pieces before it give the same words).
    let mut given = 0;
    for w in s.split_whitespace() {
        if w.contains('Σ') {
            return words(s).split_whitespace().skip(given).all(f);
        }
        piece.clear();
        push_key_piece(&mut piece, w);
        for x in piece
            .split(|c: char| !crate::normalize::is_alphanumeric(c))
            .filter(|x| !x.is_empty())
        {
            if !f(x) {
                return false;
            }
            given += 1;
        }
    }
    true
}

/// The [`words`] form of `s`, or only its first words once they make more
/// than `min_len` bytes: a prefix of it ending with the space after a word,
/// long enough to hold any `min_len` bytes.
pub(crate) fn words_head(s: &str, min_len: usize) -> String {
    let mut out = String::from(" ");
    if !s.contains('Σ') {
        // As `words`, piece by piece, stopping after the word that makes
        // the head long enough.
        let mut piece_key = String::new();
        for piece in s.split_whitespace() {
            piece_key.clear();
            push_key_piece(&mut piece_key, piece);
            let mut in_word = false;
            for c in piece_key.chars() {
                if crate::normalize::is_alphanumeric(c) {
                    out.push(c);
                    in_word = true;
                } else if in_word {
                    out.push(' ');
                    in_word = false;
                    if out.len() > min_len {
                        return out;
                    }
                }
            }
            if in_word {
                out.push(' ');
                if out.len() > min_len {
                    return out;
                }
            }
        }
        return out;
    }
    each_word(s, |w| {
        out.push_str(w);
        out.push(' ');
        out.len() <= min_len
    });
    out
}

/// The [`key`] form of a text, normalised once, with where each of its
/// space-separated pieces lies in the text and in the key: the key of any
/// part of the text cut at char boundaries is read off it (the pieces
/// inside the part are the text's own, and those cut by its ends are
/// normalised again), with no new normalising when the part holds whole
/// pieces.
#[derive(Debug)]
pub(crate) struct KeyPieces {
    /// The key of the whole text and a space after it.
    key: String,
    /// Each piece: its byte range in the text and in `key`.
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    key_start: usize,
    key_end: usize,
}

impl KeyPieces {
    /// The pieces of `s`; `None` when it holds a capital sigma (lowered by
    /// its place in the whole text: no piece has a key of its own).
    pub(crate) fn new(s: &str) -> Option<KeyPieces> {
        let mut key = String::with_capacity(s.len() + 8);
        let mut pieces: Vec<Piece> = Vec::with_capacity(16);
        // The piece under way (its start in `s` and in `key`), whether it
        // needs [`push_key_piece_slow`], and the one-pass state.
        let mut open: Option<(usize, usize)> = None;
        let mut slow = false;
        let mut fast = FastKey::default();
        let close = |key: &mut String,
                     pieces: &mut Vec<Piece>,
                     st: usize,
                     ks: usize,
                     end: usize,
                     slow: bool| {
            if slow {
                key.truncate(ks);
                push_key_piece_slow(key, s.get(st..end).unwrap_or(""));
            }
            pieces.push(Piece {
                start: st,
                end,
                key_start: ks,
                key_end: key.len(),
            });
        };
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if let Some((st, ks)) = open.take() {
                    close(&mut key, &mut pieces, st, ks, i, slow || !fast.finished());
                }
                continue;
            }
            if c == 'Σ' {
                return None;
            }
            if open.is_none() {
                if !pieces.is_empty() {
                    key.push(' ');
                }
                open = Some((i, key.len()));
                slow = false;
                fast = FastKey::default();
            }
            if !slow && !fast.push(&mut key, c) {
                slow = true;
            }
        }
        if let Some((st, ks)) = open {
            close(
                &mut key,
                &mut pieces,
                st,
                ks,
                s.len(),
                slow || !fast.finished(),
            );
        }
        key.push(' ');
        Some(KeyPieces { key, pieces })
    }

    /// The [`key`] of the whole text.
    pub(crate) fn key(&self) -> &str {
        &self.key[..self.key.len() - 1]
    }

    /// The [`key`] of the whole text and a space after it.
    pub(crate) fn key_space(&self) -> &str {
        &self.key
    }

    /// The [`key`] of the first piece and the space after it (`None` for a
    /// blank text).
    pub(crate) fn first_space(&self) -> Option<&str> {
        let p = self.pieces.first()?;
        Some(&self.key[..=p.key_end])
    }

    /// The pieces met by `s[a..b]` (`s` the text these are of).
    fn within(&self, a: usize, b: usize) -> &[Piece] {
        if a >= b {
            return &[];
        }
        let i = self.pieces.partition_point(|p| p.end <= a);
        let j = self.pieces.partition_point(|p| p.start < b);
        self.pieces.get(i..j.max(i)).unwrap_or(&[])
    }

    /// How many space-separated pieces `s[a..b]` has.
    pub(crate) fn count_within(&self, a: usize, b: usize) -> usize {
        self.within(a, b).len()
    }

    /// The [`key`] of `s[a..b]` (`s` the text these are of, `a` and `b` on
    /// its char boundaries).
    pub(crate) fn key_of<'a>(&'a self, s: &str, a: usize, b: usize) -> std::borrow::Cow<'a, str> {
        let ps = self.within(a, b);
        let (Some(first), Some(last)) = (ps.first(), ps.last()) else {
            return std::borrow::Cow::Borrowed("");
        };
        if first.start >= a && last.end <= b {
            return std::borrow::Cow::Borrowed(&self.key[first.key_start..last.key_end]);
        }
        let mut out = String::with_capacity(last.key_end - first.key_start + 8);
        for p in ps {
            if !out.is_empty() {
                out.push(' ');
            }
            if p.start >= a && p.end <= b {
                out.push_str(&self.key[p.key_start..p.key_end]);
            } else {
                let cut = s.get(p.start.max(a)..p.end.min(b)).unwrap_or("");
                push_key_piece(&mut out, cut);
            }
        }
        std::borrow::Cow::Owned(out)
    }

    /// The [`key`] of the first piece met by `s[a..b]`, cut to it
    /// ([`first_key_word`] of `s[a..b]`).
    pub(crate) fn first_key_of<'a>(
        &'a self,
        s: &str,
        a: usize,
        b: usize,
    ) -> Option<std::borrow::Cow<'a, str>> {
        let p = self.within(a, b).first()?;
        if p.start >= a && p.end <= b {
            return Some(std::borrow::Cow::Borrowed(
                &self.key[p.key_start..p.key_end],
            ));
        }
        let mut out = String::new();
        push_key_piece(&mut out, s.get(p.start.max(a)..p.end.min(b)).unwrap_or(""));
        Some(std::borrow::Cow::Owned(out))
    }

    /// The words of the [`words`] form of the text, in order.
    pub(crate) fn words(&self) -> impl Iterator<Item = &str> {
        self.key()
            .split(|c: char| !crate::normalize::is_alphanumeric(c))
            .filter(|x| !x.is_empty())
    }
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

    /// The longest entry's length in bytes: a [`words_head`] longer than
    /// this answers [`Phrases::opening`] as the whole form does.
    pub(crate) fn max_len(&self) -> usize {
        self.max_len
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
    /// The first word and the space after it of each entry of several words.
    firsts: HashSet<String>,
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
        let firsts = pats
            .iter()
            .filter_map(|p| {
                let i = p.find(' ')?;
                (i + 1 < p.len()).then(|| p[..=i].to_string())
            })
            .collect();
        Prefixes {
            ac,
            max_len,
            firsts,
        }
    }

    /// Whether the [`key`] form of `s` opens with an entry. Only the words
    /// that can hold the longest entry are normalised.
    pub(crate) fn opens_text(&self, s: &str) -> bool {
        // The key opens with the first word's and a space: an entry fitting
        // in them opens it, and a longer one opens with them.
        let first = s.split_whitespace().next().unwrap_or("");
        if first.is_empty() || first.contains('Σ') {
            return self.opens(&key_head(s, self.max_len));
        }
        let mut h = String::with_capacity(first.len() + 1);
        push_key_piece(&mut h, first);
        h.push(' ');
        if self
            .ac
            .find(Input::new(&h).anchored(Anchored::Yes))
            .is_some()
        {
            return true;
        }
        self.firsts.contains(&h) && self.opens(&key_head(s, self.max_len))
    }

    /// [`Prefixes::opens_text`] of the text `kp` holds the pieces of.
    pub(crate) fn opens_pieces(&self, kp: &KeyPieces) -> bool {
        let anchored = |h: &str| {
            self.ac
                .find(Input::new(h).anchored(Anchored::Yes))
                .is_some()
        };
        // The whole key answers as the head `opens_text` takes: a head
        // longer than any entry, followed by a space in the key.
        let Some(h) = kp.first_space() else {
            return anchored(kp.key_space());
        };
        anchored(h) || (self.firsts.contains(h) && anchored(kp.key_space()))
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
            "Hoá, ΣΑΣ; ΟΔΟΣ Thuỷ",
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
    fn words_form_is_the_key_with_letters_and_digits() {
        for s in [
            "Tại buổi Hội đàm, hai bên... thống nhất: Thoả thuận!",
            "  Chia sẻ|Facebook,,Zalo (12) ",
            "Hu\u{309}a Pha\u{306}n - İstanbul ©2025",
            "",
            "...",
            "ΣΑΣ Hoá",
        ] {
            assert_eq!(words(s), words_of_key(&key(s)), "{s}");
        }
    }

    #[test]
    fn key_pieces_fast_and_slow_agree() {
        for p in [
            "Hoà",
            "HOÀ",
            "thuỷ",
            "Quảng",
            "ĐẠI",
            "Quốc",
            "hoà,",
            "hoà2",
            "HOÀN",
            "uỶ",
            "Thuý-Hoà",
            "khoẻ",
            "ngoài",
            "QUÝ",
            "Hu\u{309}a",
            "İstanbul",
            "quá",
            "Thoả",
            "ưu",
            "ÀÉÎÕÜ×Øþ",
            "ὈΔΥΣ",
            "©2025",
            "abc",
            "",
        ] {
            let (mut fast, mut slow) = (String::from("x"), String::from("x"));
            push_key_piece(&mut fast, p);
            push_key_piece_slow(&mut slow, p);
            assert_eq!(fast, slow, "{p}");
        }
    }

    #[test]
    fn key_pieces_give_the_key_of_every_part() {
        for s in [
            "Tin liên quan:",
            "Trang chủ > Thời sự>Quốc phòng | Hoà bình",
            "Chia sẻ\u{a0}Facebook\u{3000}Zalo\t»",
            " \u{a0}Tin  cùng chuyên mục\u{a0}: ",
            "Hu\u{309}a Pha\u{306}n - İstanbul ©2025 (12)",
            "ĐẠI TÁ NGUYỄN VĂN HOÀ, Thuỷ",
            "",
            "   ",
            "a",
        ] {
            let kp = KeyPieces::new(s).expect("no sigma");
            assert_eq!(kp.key(), key(s), "{s:?}");
            assert_eq!(kp.key_space(), format!("{} ", key(s)), "{s:?}");
            let got: Vec<&str> = kp.words().collect();
            let all = words(s);
            let want: Vec<&str> = all.split_whitespace().collect();
            assert_eq!(got, want, "{s:?}");
            let bounds: Vec<usize> = (0..=s.len()).filter(|&i| s.is_char_boundary(i)).collect();
            for &a in &bounds {
                for &b in bounds.iter().filter(|&&b| b >= a) {
                    let part = &s[a..b];
                    assert_eq!(kp.key_of(s, a, b), key(part), "{s:?} {a} {b}");
                    assert_eq!(
                        kp.first_key_of(s, a, b).map(|k| k.into_owned()),
                        first_key_word(part),
                        "{s:?} {a} {b}"
                    );
                    assert_eq!(
                        kp.count_within(a, b),
                        part.split_whitespace().count(),
                        "{s:?} {a} {b}"
                    );
                }
            }
        }
        assert!(KeyPieces::new("ΣΑΣ Hoá").is_none());
    }

    #[test]
    fn prefixes_on_pieces_answer_as_on_text() {
        for s in [
            "Từ khoá: biên giới, Lào",
            "Mời bạn đọc xem thêm các tin",
            "Mời bạn đọcx",
            "Tags:biên giới",
            "© Bản quyền thuộc Báo Điện Biên Phủ",
            "\u{a0}Mời\u{a0}bạn đọc",
            "Hai bên trao đổi tại Savannakhet.",
            "",
            " ",
        ] {
            let kp = KeyPieces::new(s).expect("no sigma");
            assert_eq!(
                DROP_PREFIXES.opens_pieces(&kp),
                DROP_PREFIXES.opens_text(s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn words_head_is_a_prefix_of_words() {
        for s in [
            "Tại buổi Hội đàm, hai bên... thống nhất: Thoả thuận!",
            "ΣΑΣ Hoá , , , a",
            "Hoà bình, ΣΑΣ Hoá , , , a",
            "Tại buổi.hội\u{a0}đàm,,hai bên…Thoả",
            "",
            "Một",
        ] {
            let all = words(s);
            let ws: Vec<&str> = all.split_whitespace().collect();
            for n in 0..all.len() + 2 {
                let h = words_head(s, n);
                assert!(all.starts_with(&h), "{s} {n}");
                assert!(h.len() > n || h == all, "{s} {n}");
                // It stops at the first word that makes it long enough.
                let mut want = String::from(" ");
                for w in &ws {
                    want.push_str(w);
                    want.push(' ');
                    if want.len() > n {
                        break;
                    }
                }
                assert_eq!(h, want, "{s} {n}");
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
