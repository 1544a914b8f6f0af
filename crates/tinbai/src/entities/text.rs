//! Tokens and the folded text the vocabulary trie runs over.
//!
//! A token is a maximal run of letters and digits. The folded text holds
//! every token lowercased with new-style tone placement. Runs of spaces
//! become one space, a dash with or without spaces becomes `-`, other
//! punctuation is kept: `Thanh Hoá - Hủa Phăn` folds to `thanh hóa-hủa phăn`.
//! Most of a paragraph is its own folded text (lowercase words and single
//! spaces): those runs are copied whole.

use crate::normalize::tone_new_style_word;

/// One token of a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Byte range in the document text.
    pub s: usize,
    pub e: usize,
    /// Byte range of the folded token in the folded text.
    pub fs: usize,
    pub fe: usize,
    /// The `TOK_*` bits below.
    bits: u8,
}

/// The bits of [`Tok::bits`], each with the method that reads it.
macro_rules! tok_bits {
    ($($(#[$doc:meta])* $name:ident: $bit:ident = $value:expr;)*) => {
        $($(#[$doc])* const $bit: u8 = $value;)*
        impl Tok {
            $($(#[$doc])* #[inline] pub(crate) fn $name(&self) -> bool {
                self.bits & $bit != 0
            })*
        }
    };
}

tok_bits! {
    /// The first character is an uppercase letter.
    cap: TOK_CAP = 1;
    /// Two or more letters, all uppercase (`UBND`, `BĐBP`).
    upper: TOK_UPPER = 2;
    /// The first character is a digit.
    digit: TOK_DIGIT = 4;
    /// Only spaces (at least one) since the previous token; `false` for the first.
    sp: TOK_SP = 8;
    /// One dash (and maybe spaces) since the previous token; `false` for the first.
    dash: TOK_DASH = 16;
}

/// A paragraph's tokens and folded text.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    pub folded: String,
    pub toks: Vec<Tok>,
}

pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‐' | '‑' | '−')
}

/// Characters below this code point may be looked up in [`INFO`].
const TABLE_N: usize = 0x1F00;

/// The characters [`INFO`] describes: Latin (all of Vietnamese), the
/// combining diacritics and Latin Extended Additional. Others take the slow
/// paths (computing the whole table costs as much as the rest of the
/// vocabulary's construction).
fn in_table(u: u32) -> bool {
    u < 0x370 || (0x1E00..0x1F00).contains(&u)
}

const ALNUM: u16 = 1;
const ALPHA: u16 = 2;
const UPPER: u16 = 4;
const SPACE: u16 = 8;
const DASH: u16 = 16;
/// `lower` is the whole lowercase mapping (one character).
const LOWER_ONE: u16 = 32;
/// `flat` is the whole [`flat`] output of the character (`'\0'`: nothing),
/// and the character's decomposition has no combining character that
/// [`flat`] keeps (so that canonical reordering cannot change the output).
const FLAT_ONE: u16 = 64;
/// Quick-check NFC `Yes` and combining class 0: a string of such characters is NFC.
const NFC_OK: u16 = 128;
/// Lowercases to a toned `a`, `e` or `y`: the end of a word whose tone may move.
const TONED: u16 = 256;
/// A combining mark: part of the word it follows in [`canonical`].
const MARK: u16 = 512;
/// The entry describes its character (see [`in_table`]).
const KNOWN: u16 = 1024;
/// The tokeniser writes [`CharInfo::fold`] for the character: an uppercase
/// letter with a one-character lowercase, and `ð`.
const FOLDS: u16 = 2048;
/// Not described by the table (see [`class_at`]).
const SLOW: u16 = 4096;

/// What the tokeniser and [`flat`] need to know of one character.
#[derive(Clone, Copy)]
struct CharInfo {
    flags: u16,
    lower: char,
    flat: char,
    /// What the tokeniser writes for the character (see [`FOLDS`]).
    fold: char,
}

/// Per-character properties of the first code points, computed once with
/// the same `char` methods the slow paths use.
static INFO: once_cell::sync::Lazy<Vec<CharInfo>> = once_cell::sync::Lazy::new(|| {
    use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
    (0..TABLE_N as u32)
        .map(|u| {
            let Some(c) = char::from_u32(u).filter(|_| in_table(u)) else {
                return CharInfo {
                    flags: 0,
                    lower: '\0',
                    flat: '\0',
                    fold: '\0',
                };
            };
            let mut flags = KNOWN;
            for (yes, f) in [
                (c.is_alphanumeric(), ALNUM),
                (c.is_alphabetic(), ALPHA),
                (c.is_uppercase(), UPPER),
                (c.is_whitespace(), SPACE),
                (is_dash(c), DASH),
            ] {
                if yes {
                    flags |= f;
                }
            }
            let mut lower = c.to_lowercase();
            let l = match (lower.next(), lower.next()) {
                (Some(l), None) => {
                    flags |= LOWER_ONE;
                    l
                }
                _ => '\0',
            };
            let mut parts = Vec::new();
            decompose_canonical(c, |x| parts.push(x));
            let mut kept = Vec::new();
            let mut ok = true;
            for x in parts {
                let before = kept.len();
                flat_char(x, &mut kept);
                if kept.len() > before && canonical_combining_class(x) != 0 {
                    ok = false;
                }
            }
            let f = match kept.as_slice() {
                [] => '\0',
                [x] => *x,
                _ => {
                    ok = false;
                    '\0'
                }
            };
            if ok {
                flags |= FLAT_ONE;
            }
            if canonical_combining_class(c) == 0
                && unicode_normalization::is_nfc_quick(std::iter::once(c))
                    == unicode_normalization::IsNormalized::Yes
            {
                flags |= NFC_OK;
            }
            if c.to_lowercase().next().is_some_and(is_toned_lower) {
                flags |= TONED;
            }
            if unicode_normalization::char::is_combining_mark(c) {
                flags |= MARK;
            }
            let fold = if c == 'Ð' || c == 'ð' {
                flags |= FOLDS;
                'đ'
            } else if flags & (UPPER | LOWER_ONE) == UPPER | LOWER_ONE {
                flags |= FOLDS;
                l
            } else {
                '\0'
            };
            CharInfo {
                flags,
                lower: l,
                flat: f,
                fold,
            }
        })
        .collect()
});

/// The table's entry for code point `u`, if it describes it.
#[inline]
fn known(table: &[CharInfo], u: usize) -> Option<&CharInfo> {
    table.get(u).filter(|x| x.flags & KNOWN != 0)
}

fn info(c: char) -> Option<CharInfo> {
    known(&INFO, c as usize).copied()
}

#[cfg(test)]
fn is_tok_char(c: char) -> bool {
    match info(c) {
        Some(i) => i.flags & ALNUM != 0,
        None => c.is_alphanumeric(),
    }
}

#[cfg(test)]
fn is_upper(c: char) -> bool {
    match info(c) {
        Some(i) => i.flags & UPPER != 0,
        None => c.is_uppercase(),
    }
}

/// Folds one character of a token onto `out`, counting letters and uppercase letters.
#[inline]
fn fold_char(c: char, out: &mut String, letters: &mut usize, uppers: &mut usize) {
    if c.is_ascii() {
        if c.is_ascii_alphabetic() {
            *letters += 1;
            if c.is_ascii_uppercase() {
                *uppers += 1;
            }
        }
        out.push(c.to_ascii_lowercase());
        return;
    }
    if let Some(i) = info(c) {
        if i.flags & ALPHA != 0 {
            *letters += 1;
        }
        if c == 'Ð' || c == 'ð' {
            *uppers += usize::from(c == 'Ð');
            out.push('đ');
        } else if i.flags & UPPER != 0 {
            *uppers += 1;
            if i.flags & LOWER_ONE != 0 {
                out.push(i.lower);
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            out.push(c);
        }
        return;
    }
    if c.is_alphabetic() {
        *letters += 1;
    }
    if c.is_uppercase() {
        *uppers += 1;
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

/// New-style tone placement of the folded token `out[start..]`.
#[inline]
fn fix_tone(out: &mut String, start: usize) {
    if let Some(w) = out.get(start..) {
        if let std::borrow::Cow::Owned(t) = tone_new_style_word(w) {
            out.truncate(start);
            out.push_str(&t);
        }
    }
}

/// Appends the folded form of one token; returns (letters, uppercase letters).
pub(crate) fn fold_word(w: &str, out: &mut String) -> (usize, usize) {
    let start = out.len();
    let mut letters = 0usize;
    let mut uppers = 0usize;
    for c in w.chars() {
        fold_char(c, out, &mut letters, &mut uppers);
    }
    if let Some(last) = out[start..].chars().next_back() {
        fix_tone_last(out, start, last);
    }
    (letters, uppers)
}

fn is_toned_lower(c: char) -> bool {
    crate::normalize::is_toned_aey(c)
}

/// [`crate::normalize::canonical`], with the character table: NFC, new-style
/// tone placement, single spaces, trimmed.
pub(crate) fn canonical(text: &str) -> String {
    if is_canonical(text) {
        return text.to_string();
    }
    canonical_changed(text)
}

/// [`canonical`] of `s`, reusing it when it is its own canonical form.
pub(crate) fn into_canonical(s: String) -> String {
    if is_canonical(&s) {
        s
    } else {
        canonical_changed(&s)
    }
}

/// Surely its own [`canonical`] form: single plain spaces between words,
/// characters of the table that are NFC as they are, and no toned `a`, `e`
/// or `y` right after an `o` or a `u` (where a tone may move).
fn is_canonical(text: &str) -> bool {
    let table: &[CharInfo] = &INFO;
    let b = text.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev = 0u8;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            if ASCII[x as usize] & SPACE != 0 && (x != b' ' || prev == b' ') {
                return false;
            }
            prev = x;
            i += 1;
            continue;
        }
        let Some((len, flags, _)) = class_at(text, i, table) else {
            return false;
        };
        if flags & (NFC_OK | SPACE | SLOW) != NFC_OK
            || flags & TONED != 0 && matches!(prev, b'o' | b'O' | b'u' | b'U')
        {
            return false;
        }
        prev = x;
        i += len;
    }
    true
}

/// [`canonical`] character by character.
fn canonical_changed(text: &str) -> String {
    let table: &[CharInfo] = &INFO;
    let mut out = String::with_capacity(text.len());
    // Start of the current word (a run of letters and marks) in `out`, and whether its
    // last letter may carry a movable tone.
    let mut word: Option<usize> = None;
    let mut toned = false;
    let mut pending_space = false;
    for c in text.chars() {
        let flags = if c.is_ascii() {
            ASCII[c as usize] | NFC_OK
        } else {
            match known(table, c as usize) {
                Some(x) if x.flags & NFC_OK != 0 => x.flags,
                _ => return crate::normalize::canonical(text),
            }
        };
        // Letters and the combining marks after them make a word, as in
        // `tone_new_style`.
        if flags & (ALPHA | MARK) != 0 {
            if pending_space {
                if !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
            }
            if word.is_none() {
                word = Some(out.len());
            }
            toned = flags & TONED != 0;
            out.push(c);
            continue;
        }
        if let Some(ws) = word.take() {
            if toned {
                fix_tone(&mut out, ws);
            }
        }
        if flags & SPACE != 0 {
            pending_space = true;
        } else {
            if pending_space {
                if !out.is_empty() {
                    out.push(' ');
                }
                pending_space = false;
            }
            out.push(c);
        }
    }
    if let Some(ws) = word.take() {
        if toned {
            fix_tone(&mut out, ws);
        }
    }
    out
}

/// Whether the folded token `out[start..]`, ending in `last`, may need a
/// new-style tone placement, and if so applies it.
#[inline]
fn fix_tone_last(out: &mut String, start: usize, last: char) {
    if crate::normalize::is_toned_aey(last) {
        fix_tone(out, start);
    }
}

/// Classes of the ASCII characters, as [`CharInfo::flags`].
static ASCII: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | ALPHA | UPPER
        } else if c.is_ascii_alphabetic() {
            ALNUM | ALPHA
        } else if c.is_ascii_digit() {
            ALNUM
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if c == b'-' {
            DASH
        } else {
            0
        };
        b += 1;
    }
    t
};

fn slow_flags(c: char) -> u16 {
    if c.is_alphanumeric() {
        ALNUM | if c.is_alphabetic() { ALPHA } else { 0 } | if c.is_uppercase() { UPPER } else { 0 }
    } else if c.is_whitespace() {
        SPACE
    } else if is_dash(c) {
        DASH
    } else {
        0
    }
}

/// The character at byte `i` of `text`: its length, its classes and, when
/// [`INFO`] describes it, its code point (`SLOW`: it does not).
#[inline(always)]
fn class_at(text: &str, i: usize, table: &[CharInfo]) -> Option<(usize, u16, u32)> {
    let b = text.as_bytes();
    let b0 = u32::from(*b.get(i)?);
    // One-, two- and three-byte sequences (all of Vietnamese) decoded here.
    let (u, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 & 0xE0 == 0xC0 {
        let b1 = u32::from(*b.get(i + 1)?);
        (((b0 & 0x1F) << 6) | (b1 & 0x3F), 2)
    } else if b0 & 0xF0 == 0xE0 {
        let b1 = u32::from(*b.get(i + 1)?);
        let b2 = u32::from(*b.get(i + 2)?);
        (((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F), 3)
    } else {
        let c = text.get(i..)?.chars().next()?;
        return Some((c.len_utf8(), slow_flags(c) | SLOW, 0));
    };
    match known(table, u as usize) {
        Some(x) => Some((len, x.flags, u)),
        None => {
            // General punctuation (quotes, dashes, spaces): no letter or digit.
            let flags = if (0x2000..0x2070).contains(&u) {
                let c = char::from_u32(u)?;
                if c.is_whitespace() {
                    SPACE
                } else if is_dash(c) {
                    DASH
                } else {
                    0
                }
            } else {
                slow_flags(char::from_u32(u)?)
            };
            Some((len, flags | SLOW, u))
        }
    }
}

/// The gap before a token (see [`tokenize`]).
const GAP_EMPTY: u8 = 0;
const GAP_SPACES: u8 = 1;
const GAP_DASH: u8 = 2;
const GAP_OTHER: u8 = 3;

/// Appends `text[*copy..to]` (text that folds to itself) to `out`.
#[inline]
fn flush(out: &mut String, text: &str, copy: &mut usize, to: usize) {
    if *copy < to {
        out.push_str(text.get(*copy..to).unwrap_or(""));
    }
    *copy = to;
}

/// Tokenise `text` (a slice starting at byte `base` of the document text).
pub(crate) fn tokenize(text: &str, base: usize) -> Folded {
    let mut out = String::with_capacity(text.len() + 8);
    let mut toks: Vec<Tok> = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, base, &mut out, &mut toks);
    Folded { folded: out, toks }
}

/// [`tokenize`], appending to the folded text and tokens of the paragraphs
/// before (one buffer per document): the new tokens' folded ranges are
/// offsets into the whole of `out`, and what is already there does not
/// change how `text` folds.
pub(crate) fn tokenize_into(text: &str, base: usize, out: &mut String, toks: &mut Vec<Tok>) {
    out.reserve(text.len() + 8);
    toks.reserve(text.len() / 5 + 1);
    // Where this text's folded form and tokens start.
    let o0 = out.len();
    let t0 = toks.len();
    let table: &[CharInfo] = &INFO;
    let bytes = text.as_bytes();
    let mut i = 0usize;
    // `text[copy..i]` folds to itself and is not yet in `out`.
    let mut copy = 0usize;
    let mut pending_space = false;
    // The gap before the next token: empty, spaces only, one dash (and
    // maybe spaces), or anything else.
    let mut gap = GAP_EMPTY;
    // The classes of the character at `i` when it is known to start a token.
    let mut next: Option<u16> = None;
    loop {
        let first = match next.take() {
            Some(f) => f,
            None => {
                let Some(f) = gap_into(
                    text,
                    &mut i,
                    &mut copy,
                    out,
                    o0,
                    &mut gap,
                    &mut pending_space,
                ) else {
                    break;
                };
                f
            }
        };
        // A token.
        if pending_space && out.len() > o0 && !out.ends_with('-') {
            out.push(' ');
        }
        pending_space = false;
        let ts = i;
        let fs = out.len() + (i - copy);
        let mut bits = if first & UPPER != 0 { TOK_CAP } else { 0 };
        if bytes.get(ts).is_some_and(u8::is_ascii_digit) {
            bits |= TOK_DIGIT;
        }
        if toks.len() > t0 {
            bits |= match gap {
                GAP_SPACES => TOK_SP,
                GAP_DASH => TOK_DASH,
                _ => 0,
            };
        }
        let mut letters = 0usize;
        let mut uppers = 0usize;
        // The folded token ends with a toned `a`, `e` or `y`.
        let mut toned = false;
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_lowercase() {
                letters += 1;
                toned = false;
                i += 1;
                continue;
            }
            if b < 0x80 {
                let flags = ASCII[b as usize];
                if flags & ALNUM == 0 {
                    break;
                }
                if flags & UPPER != 0 {
                    letters += 1;
                    uppers += 1;
                    flush(out, text, &mut copy, i);
                    out.push(char::from(b.to_ascii_lowercase()));
                    copy = i + 1;
                }
                toned = false;
                i += 1;
                continue;
            }
            let Some((len, flags, u)) = class_at(text, i, table) else {
                break;
            };
            if flags & ALNUM == 0 {
                break;
            }
            letters += usize::from(flags & ALPHA != 0);
            uppers += usize::from(flags & UPPER != 0);
            if flags & (FOLDS | SLOW) == FOLDS {
                flush(out, text, &mut copy, i);
                out.push(table.get(u as usize).map_or(' ', |x| x.fold));
                copy = i + len;
                toned = flags & TONED != 0;
            } else if flags & UPPER != 0 {
                // Uppercase with no one-character lowercase, or not in the table.
                flush(out, text, &mut copy, i);
                let c = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
                let mut last = c;
                for l in c.to_lowercase() {
                    last = l;
                    out.push(l);
                }
                copy = i + len;
                toned = crate::normalize::is_toned_aey(last);
            } else {
                toned = flags & (TONED | SLOW) == TONED;
            }
            i += len;
        }
        if toned {
            flush(out, text, &mut copy, i);
            fix_tone(out, fs);
        }
        toks.push(Tok {
            s: base + ts,
            e: base + i,
            fs,
            fe: out.len() + (i - copy),
            bits: bits
                | if letters >= 2 && uppers == letters {
                    TOK_UPPER
                } else {
                    0
                },
        });
        // One plain space before the next token folds to itself: it stays
        // in the text still to copy.
        gap = GAP_EMPTY;
        if bytes.get(i) == Some(&b' ') {
            let f = match bytes.get(i + 1) {
                Some(&b) if b < 0x80 => ASCII[b as usize],
                _ => class_at(text, i + 1, table).map_or(0, |(_, f, _)| f),
            };
            if f & ALNUM != 0 {
                gap = GAP_SPACES;
                i += 1;
                next = Some(f);
            }
        }
    }
    flush(out, text, &mut copy, i);
}

/// Reads the gap at `text[*i..]` up to the next token, folding it onto
/// `out` (whose text from `o0` on is this paragraph's); returns the classes
/// of the token's first character (`None`: no token left).
fn gap_into(
    text: &str,
    i: &mut usize,
    copy: &mut usize,
    out: &mut String,
    o0: usize,
    gap: &mut u8,
    pending_space: &mut bool,
) -> Option<u16> {
    let table: &[CharInfo] = &INFO;
    loop {
        let (len, flags, _) = class_at(text, *i, table)?;
        if flags & ALNUM != 0 {
            // (A letter or digit: `UPPER` is exactly `char::is_uppercase`.)
            return Some(flags);
        }
        flush(out, text, copy, *i);
        if flags & SPACE != 0 {
            *gap = (*gap).max(GAP_SPACES);
            *pending_space = true;
        } else if flags & DASH != 0 {
            *gap = if *gap <= GAP_SPACES {
                GAP_DASH
            } else {
                GAP_OTHER
            };
            if out.len() > o0 && out.ends_with(' ') {
                out.pop();
            }
            out.push('-');
            *pending_space = false;
        } else {
            *gap = GAP_OTHER;
            if *pending_space && out.len() > o0 && !out.ends_with('-') {
                out.push(' ');
            }
            *pending_space = false;
            out.push_str(text.get(*i..*i + len).unwrap_or(""));
        }
        *i += len;
        *copy = *i;
    }
}

/// The folded form of a vocabulary entry, as the trie expects it.
pub(crate) fn fold_pattern(s: &str) -> String {
    let s = crate::normalize::nfc(s);
    tokenize(&s, 0).folded
}

/// The folded words of `s`, each with the punctuation after it (`bun-`),
/// trimmed: what is before the first word, if anything, is one too.
#[cfg(test)]
pub(crate) fn fold_words(s: &str) -> Vec<String> {
    let (folded, words) = folded_words(s);
    words
        .into_iter()
        .filter_map(|r| folded.get(r))
        .map(str::to_string)
        .collect()
}

/// [`fold_words`] as one folded text and the byte range of each word in it.
pub(crate) fn folded_words(s: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let s = crate::normalize::nfc(s);
    let f = tokenize(&s, 0);
    let starts = std::iter::once(0).chain(f.toks.iter().map(|t| t.fs));
    let ends = f
        .toks
        .iter()
        .map(|t| t.fs)
        .chain(std::iter::once(f.folded.len()));
    let mut words = Vec::with_capacity(f.toks.len() + 1);
    for (a, b) in starts.zip(ends) {
        let Some(w) = f.folded.get(a..b) else {
            continue;
        };
        let t = w.trim();
        if !t.is_empty() {
            let from = a + (w.len() - w.trim_start().len());
            words.push(from..from + t.len());
        }
    }
    (f.folded, words)
}

/// What [`flat`] keeps of one character of the decomposed text.
fn flat_char(c: char, out: &mut Vec<char>) {
    if c == 'đ' || c == 'Đ' {
        out.push('d');
    } else if c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c) {
        out.extend(c.to_lowercase());
    }
}

/// Lowercase, no diacritics, no spaces, hyphens or punctuation:
/// `Sê Kông`, `Sekong` and `Xê-kông` differ only in `s`/`x`.
pub(crate) fn flat(s: &str) -> String {
    let table: &[CharInfo] = &INFO;
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x < 0x80 {
            let f = FLAT_ASCII[x as usize];
            if f != 0 {
                out.push(char::from(f));
            }
            i += 1;
            continue;
        }
        // Two- and three-byte characters of the table; others take the slow path.
        let (u, len) = match (x, b.get(i + 1), b.get(i + 2)) {
            (0xC0..=0xDF, Some(&b1), _) => ((u32::from(x & 0x1F) << 6) | u32::from(b1 & 0x3F), 2),
            (0xE0..=0xEF, Some(&b1), Some(&b2)) => (
                (u32::from(x & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F),
                3,
            ),
            _ => return flat_slow(s),
        };
        match table.get(u as usize) {
            Some(ci) if ci.flags & (KNOWN | FLAT_ONE) == KNOWN | FLAT_ONE => {
                if ci.flat != '\0' {
                    out.push(ci.flat);
                }
            }
            _ => return flat_slow(s),
        }
        i += len;
    }
    out
}

/// [`flat`] of the ASCII characters: lowercase letters and digits, `0` for
/// what it leaves out.
static FLAT_ASCII: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

fn flat_slow(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::with_capacity(s.len());
    for c in s.nfd() {
        flat_char(c, &mut out);
    }
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_tone_and_dashes() {
        let f = tokenize("Tỉnh Thanh Hoá - Hủa Phăn, Nặm-xổi", 0);
        assert_eq!(f.folded, "tỉnh thanh hóa-hủa phăn, nặm-xổi");
        assert_eq!(f.toks.len(), 7);
        assert!(f.toks[0].cap());
        assert!(!f.toks[6].cap());
    }

    #[test]
    fn token_spans_slice_the_text() {
        let text = "Bộ CHQS tỉnh Hà Tĩnh (2024)";
        let f = tokenize(text, 0);
        let words: Vec<&str> = f.toks.iter().map(|t| &text[t.s..t.e]).collect();
        assert_eq!(words, ["Bộ", "CHQS", "tỉnh", "Hà", "Tĩnh", "2024"]);
        assert!(f.toks[1].upper());
        assert!(f.toks[5].digit());
    }

    #[test]
    fn flat_ignores_marks_spaces_and_hyphens() {
        assert_eq!(flat("Sê Kông"), flat("Sekong"));
        assert_eq!(flat("NaKai"), flat("Na-kai"));
        assert_eq!(flat("Đắk Lắk"), "daklak");
    }

    #[test]
    fn fast_paths_agree_with_the_slow_ones() {
        let text = "Đại tá ÐINH Công Thuỷ, Ǆ ǅ İstanbul ß ﬁ Ω Å Ä\u{301} Hoà Hoạ Khoẻ ﬀ ǲ ᾼ ⅷ ① ᴬ x\u{345}\u{301}";
        for c in text.chars().chain('\0'..'\u{2100}') {
            let s = c.to_string();
            assert_eq!(flat(&s), flat_slow(&s), "{c:?}");
            assert_eq!(is_tok_char(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
        assert_eq!(flat(text), flat_slow(text));
        for w in text.split_whitespace() {
            let mut a = String::new();
            fold_word(w, &mut a);
            let mut b = String::new();
            for c in w.chars() {
                match c {
                    'Ð' | 'ð' => b.push('đ'),
                    _ if c.is_uppercase() => b.extend(c.to_lowercase()),
                    _ => b.push(c),
                }
            }
            assert_eq!(a, tone_new_style_word(&b), "{w}");
        }
    }

    /// Start, end, cap, upper, digit, sp, dash of a token.
    type RefTok = (usize, usize, bool, bool, bool, bool, bool);

    /// The plain character-by-character tokeniser the fast one must agree with.
    fn tokenize_reference(text: &str) -> (String, Vec<RefTok>) {
        let mut folded = String::new();
        let mut toks: Vec<RefTok> = Vec::new();
        let mut pending_space = false;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_alphanumeric() {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if d.is_alphanumeric() {
                        end = j + d.len_utf8();
                        iter.next();
                    } else {
                        break;
                    }
                }
                if pending_space && !folded.is_empty() && !folded.ends_with('-') {
                    folded.push(' ');
                }
                pending_space = false;
                let start = folded.len();
                let mut letters = 0;
                let mut uppers = 0;
                for c in text[i..end].chars() {
                    if c.is_alphabetic() {
                        letters += 1;
                    }
                    match c {
                        'Ð' | 'ð' => {
                            uppers += usize::from(c == 'Ð');
                            folded.push('đ');
                        }
                        _ if c.is_uppercase() => {
                            uppers += 1;
                            folded.extend(c.to_lowercase());
                        }
                        _ => folded.push(c),
                    }
                }
                let w = tone_new_style_word(&folded[start..]).into_owned();
                folded.truncate(start);
                folded.push_str(&w);
                let gap = toks.last().map(|&(_, e, ..)| &text[e..i]).unwrap_or("");
                let sp = !gap.is_empty() && gap.chars().all(char::is_whitespace);
                let g = gap.trim();
                let dash = g.chars().count() == 1 && g.chars().all(is_dash);
                toks.push((
                    i,
                    end,
                    c.is_uppercase(),
                    letters >= 2 && uppers == letters,
                    c.is_ascii_digit(),
                    sp,
                    dash,
                ));
            } else if c.is_whitespace() {
                pending_space = true;
            } else if is_dash(c) {
                if folded.ends_with(' ') {
                    folded.pop();
                }
                folded.push('-');
                pending_space = false;
            } else {
                if pending_space && !folded.is_empty() && !folded.ends_with('-') {
                    folded.push(' ');
                }
                pending_space = false;
                folded.push(c);
            }
        }
        (folded, toks)
    }

    #[test]
    fn tokenizer_agrees_with_the_plain_one() {
        for text in [
            "Đại tá ÐINH Công Thuỷ - Chính uỷ BĐBP tỉnh Quảng Bình, thăm Hủa Phăn (Lào).",
            " -  Khoẻ, hoà bình – Nặm-xổi;  QUỲ\u{a0}Hợp\u{2003}x  —y\u{0b}z\u{85}w ",
            "İstanbul ß ﬁ ǅ Ǆx ᾼ ⅷ ① 2024-2025 (BĐBP)3 tỉnh 🙂 Lào 🙂 ٣ 中文 UBND",
            "",
            "-",
            "a - - b -- c - ,d , - e",
        ]
        .into_iter()
        .map(String::from)
        .chain((0u32..0x2100).map(|u| {
            // Every character of the table, alone, in words and next to gaps.
            let c = char::from_u32(u).unwrap_or(' ');
            format!("{c} a{c}b {c}{c}-Hoà{c} ,{c}")
        })) {
            let text = text.as_str();
            let f = tokenize(text, 0);
            let (folded, toks) = tokenize_reference(text);
            assert_eq!(f.folded, folded, "{text}");
            let got: Vec<_> = f
                .toks
                .iter()
                .map(|t| (t.s, t.e, t.cap(), t.upper(), t.digit(), t.sp(), t.dash()))
                .collect();
            assert_eq!(got, toks, "{text}");
            for (t, w) in f.toks.iter().zip(
                text.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty()),
            ) {
                let mut folded = String::new();
                fold_word(w, &mut folded);
                assert_eq!(&f.folded[t.fs..t.fe], folded, "{text}");
            }
        }
    }

    #[test]
    fn canonical_agrees_with_the_normalizer() {
        for text in [
            "  Thanh  Hoá ",
            "HOÀ BÌNH, thoả\tthuận - QUỲ Hợp\u{a0}x",
            "Hu\u{309}a Pha\u{306}n",
            "Ǆx ǅ İstanbul ß ﬁ ᾼ ⅷ ①  🙂 Lào",
            "",
            " ",
            "Bộ CHQS tỉnh Khăm Muồn (Lào),Ủy ban",
        ]
        .into_iter()
        .map(String::from)
        .chain((0u32..0x2100).flat_map(|u| {
            let c = char::from_u32(u).unwrap_or(' ');
            // (The second and third have single spaces: the fast path's.)
            [
                format!("{c} Ho{c} Hoà{c} {c}a{c}  {c}"),
                format!("Ho{c} u{c} Thanh Hóa{c}b Xã {c}"),
                format!("{c}"),
            ]
        })) {
            assert_eq!(
                canonical(&text),
                crate::normalize::canonical(&text),
                "{text:?}"
            );
            assert_eq!(
                into_canonical(text.clone()),
                crate::normalize::canonical(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn folded_words_keep_their_punctuation() {
        assert_eq!(
            fold_words("Bun-nhăng Vo-Lạ"),
            ["bun-", "nhăng", "vo-", "lạ"]
        );
        assert_eq!(fold_words(" Nguyễn  Văn Hoà "), ["nguyễn", "văn", "hòa"]);
        assert_eq!(fold_words("(Lò Văn A)"), ["(", "lò", "văn", "a)"]);
        assert!(fold_words("").is_empty());
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(tokenize("", 0).toks.is_empty());
        assert_eq!(tokenize(" - ,;", 0).toks.len(), 0);
        assert_eq!(tokenize("🙂 Lào 🙂", 0).toks.len(), 1);
    }
}
