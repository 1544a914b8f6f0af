//! Unicode and spacing normalisation, and new-style tone placement.
//!
//! Vietnamese text arrives in NFC and NFD, with old (`hoà`, `thoả`, `uỷ`) and
//! new (`hòa`, `thỏa`, `ủy`) tone placement. Text is converted to NFC only
//! when a quick check says it is needed; tone placement is changed in the
//! document text only on request, and always in canonical forms.

use once_cell::sync::Lazy;
use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The characters below this code point have their classes in [`CLASSES`]
/// (Latin, Vietnamese letters, general punctuation).
const TABLE_END: u32 = 0x3000;

/// Class bit: NFC quick check `Yes` and canonical combining class 0 — a
/// character that leaves the quick check as an ASCII character does.
const STABLE: u8 = 1;
/// Class bit: [`STABLE`], and neither space-like nor invisible: `clean_line`
/// copies it unchanged.
const PLAIN: u8 = 2;

/// The class bits of a character, computed from the Unicode properties.
fn classes_of(c: char) -> u8 {
    let stable = c.is_ascii()
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes);
    let mut k = 0;
    if stable {
        k |= STABLE;
        if !is_space_like(c) && !is_invisible(c) {
            k |= PLAIN;
        }
    }
    k
}

/// [`classes_of`] for every character below [`TABLE_END`], computed once.
static CLASSES: Lazy<Vec<u8>> = Lazy::new(|| {
    (0..TABLE_END)
        .map(|u| char::from_u32(u).map_or(0, classes_of))
        .collect()
});

/// For each block of 64 code points below [`TABLE_END`], whether all its
/// characters are [`PLAIN`].
static PLAIN_BLOCKS: Lazy<Vec<bool>> = Lazy::new(|| {
    CLASSES
        .chunks(64)
        .map(|c| c.iter().all(|&k| k & PLAIN != 0))
        .collect()
});

/// The class bits of `c`: from the table, else computed.
#[inline]
fn classes(c: char) -> u8 {
    match CLASSES.get(c as usize) {
        Some(&k) => k,
        None => classes_of(c),
    }
}

/// Whether every non-ASCII character of `text` has class bit `bit`.
#[inline]
fn all_have(text: &str, bit: u8) -> bool {
    text.chars().all(|c| c.is_ascii() || classes(c) & bit != 0)
}

/// `text` in NFC, borrowed when it already is (the common case).
///
/// ```
/// let nfd = "Hu\u{309}a Pha\u{306}n";
/// assert_eq!(tinbai::normalize::nfc(nfd), "Hủa Phăn");
/// assert!(matches!(tinbai::normalize::nfc("Lào"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    // Characters that are NFC starters leave the quick check's state as
    // ASCII does: a text made only of them is `Yes` without looking further.
    if text.is_ascii()
        || all_have(text, STABLE)
        || is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// Moves a precomposed tone mark from `from` to `to` when `from` carries one.
/// Returns the new pair, or `None` when `from` has no tone.
fn move_tone(first: char, second: char) -> Option<(char, char)> {
    // Tone rows: level, grave, acute, hook, tilde, dot.
    const ROWS: &[[char; 6]] = &[
        ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
        ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
        ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
        ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
        ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
        ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
        ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
        ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
        ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
        ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ];
    let find = |c: char| {
        ROWS.iter()
            .enumerate()
            .find_map(|(r, row)| row.iter().position(|&x| x == c).map(|t| (r, t)))
    };
    let (r2, tone) = find(second)?;
    if tone == 0 {
        return None;
    }
    let (r1, t1) = find(first)?;
    if t1 != 0 {
        return None;
    }
    Some((ROWS[r1][tone], ROWS[r2][0]))
}

/// Whether `c` is a letter of the pair heads `o`/`u` (any case, no tone).
fn pair_ok(first: char, second: char) -> bool {
    let f = first.to_lowercase().next().unwrap_or(first);
    let s = second.to_lowercase().next().unwrap_or(second);
    let base_s = match s {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' => 'e',
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' => 'y',
        _ => return false,
    };
    matches!((f, base_s), ('o', 'a') | ('o', 'e') | ('u', 'y'))
}

/// One word (NFC) with new-style tone placement: `hoà` → `hòa`, `thoả` →
/// `thỏa`, `uỷ` → `ủy`. Words ending in `quy` keep theirs (`quý`).
///
/// ```
/// use tinbai::normalize::tone_new_style_word;
/// assert_eq!(tone_new_style_word("Hoá"), "Hóa");
/// assert_eq!(tone_new_style_word("uỷ"), "ủy");
/// assert_eq!(tone_new_style_word("quý"), "quý");
/// assert_eq!(tone_new_style_word("hoàn"), "hoàn");
/// ```
pub fn tone_new_style_word(word: &str) -> Cow<'_, str> {
    let mut it = word.char_indices().rev();
    let (Some((i2, c2)), Some((i1, c1))) = (it.next(), it.next()) else {
        return Cow::Borrowed(word);
    };
    if !pair_ok(c1, c2) {
        return Cow::Borrowed(word);
    }
    if let Some((_, c0)) = it.next() {
        if matches!(c0, 'q' | 'Q') && matches!(c1, 'u' | 'U') {
            return Cow::Borrowed(word);
        }
    }
    match move_tone(c1, c2) {
        Some((n1, n2)) => {
            let mut s = String::with_capacity(word.len() + 2);
            s.push_str(&word[..i1]);
            s.push(n1);
            s.push(n2);
            debug_assert!(i2 + c2.len_utf8() == word.len());
            Cow::Owned(s)
        }
        None => Cow::Borrowed(word),
    }
}

/// Text (NFC) with every word in new-style tone placement.
///
/// ```
/// assert_eq!(tinbai::normalize::tone_new_style("Thanh Hoá, thoả thuận"), "Thanh Hóa, thỏa thuận");
/// ```
pub fn tone_new_style(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut last = 0;
    let mut start = None;
    let bytes_len = text.len();
    let flush = |s: usize, e: usize, out: &mut Option<String>, last: &mut usize| {
        let w = &text[s..e];
        if let Cow::Owned(n) = tone_new_style_word(w) {
            let o = out.get_or_insert_with(|| String::with_capacity(bytes_len + 8));
            o.push_str(&text[*last..s]);
            o.push_str(&n);
            *last = e;
        }
    };
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(s) = start.take() {
            flush(s, i, &mut out, &mut last);
        }
    }
    if let Some(s) = start {
        flush(s, bytes_len, &mut out, &mut last);
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[last..]);
            Cow::Owned(o)
        }
        None => Cow::Borrowed(text),
    }
}

/// Whether `c` is a space of some kind that should read as one ASCII space
/// (no-break, thin, ideographic, tab...).
fn is_space_like(c: char) -> bool {
    c == ' '
        || c == '\t'
        || c == '\u{a0}'
        || c == '\u{3000}'
        || ('\u{2000}'..='\u{200a}').contains(&c)
        || c == '\u{202f}'
        || c == '\u{205f}'
}

/// Whether `c` is invisible and should be removed (zero-width marks, BOM,
/// soft hyphen, control characters other than tab and newline).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}'
    ) || (c.is_control() && c != '\n' && c != '\t')
}

/// One line of input made tidy: NFC, spaces of every kind as one ASCII
/// space, invisible and control characters removed, no space before `,` `.`
/// `;` `:` `!` `?` `)` `…`, no space after `(`, trimmed.
///
/// ```
/// use tinbai::normalize::clean_line;
/// assert_eq!(clean_line("  Chăn , Bí thư\u{a0}\u{a0}Đảng ủy ;"), "Chăn, Bí thư Đảng ủy;");
/// assert_eq!(clean_line("( Lào )"), "(Lào)");
/// assert_eq!(clean_line("... và mô hình"), "... và mô hình");
/// ```
pub fn clean_line(line: &str) -> String {
    if is_clean(line) {
        return line.to_string();
    }
    clean_line_changed(line)
}

/// Whether `clean_line` leaves `line` as it is: every character in NFC,
/// visible and no special space, spaces single, inside the line, not before
/// `,` `.` `;` `:` `!` `?` `)` `]` `…` nor after `(` `[`. One pass over the
/// bytes; only non-ASCII characters are decoded.
fn is_clean(line: &str) -> bool {
    // The bytes that may not follow a space: ` ` `,` `.` `;` `:` `!` `?` `)` `]`.
    const NOT_AFTER_SPACE: u128 = (1 << b' ')
        | (1 << b',')
        | (1 << b'.')
        | (1 << b';')
        | (1 << b':')
        | (1 << b'!')
        | (1 << b'?')
        | (1 << b')')
        | (1 << b']');
    let blocks: &[bool] = &PLAIN_BLOCKS;
    let b = line.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut it = b.iter();
    while let Some(&c) = it.next() {
        // printable ASCII, not a space
        if c.wrapping_sub(0x21) < 0x5e {
            continue;
        }
        if c == b' ' {
            // neither the first nor the last byte (checked above)
            let rest = it.as_slice();
            let next = rest.first().copied().unwrap_or(0);
            if next < 0x80 {
                if NOT_AFTER_SPACE & (1 << next) != 0 {
                    return false;
                }
            } else if rest.starts_with("…".as_bytes()) {
                return false;
            }
            let prev = (b.len() - rest.len()).checked_sub(2).and_then(|p| b.get(p));
            if matches!(prev, Some(b'(' | b'[')) {
                return false;
            }
            continue;
        }
        if c < 0x80 {
            // tab, control characters, DEL
            return false;
        }
        // The block of 64 code points of a character of two or three bytes,
        // from its first bytes (the bytes of a `str` are valid UTF-8).
        let rest = it.as_slice();
        let (block, len) = if c < 0xE0 {
            (c as usize & 0x1F, 2)
        } else if c < 0xF0 {
            let c1 = rest.first().copied().unwrap_or(0);
            (((c as usize & 0x0F) << 6) | (c1 as usize & 0x3F), 3)
        } else {
            (usize::MAX, 4)
        };
        if blocks.get(block) != Some(&true) {
            // decode it and look it up; the character starts one byte back
            let start = b.len() - rest.len() - 1;
            let Some(ch) = line.get(start..).and_then(|r| r.chars().next()) else {
                return false;
            };
            if classes(ch) & PLAIN == 0 {
                return false;
            }
        }
        // past the continuation bytes
        it.nth(len - 2);
    }
    true
}

/// `clean_line` for a line that needs some change.
fn clean_line_changed(line: &str) -> String {
    let line = nfc(line);
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        if is_invisible(c) {
            continue;
        }
        if is_space_like(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            let drop_space = matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | ']' | '…')
                || c == '.'
                || out.ends_with('(')
                || out.ends_with('[');
            if !drop_space {
                out.push(' ');
            }
            pending_space = false;
        }
        out.push(c);
    }
    out
}

/// The canonical form of a name: NFC, new-style tone placement, single spaces, trimmed.
///
/// ```
/// assert_eq!(tinbai::normalize::canonical("  Thanh  Hoá "), "Thanh Hóa");
/// ```
pub fn canonical(text: &str) -> String {
    let t = nfc(text);
    let t = tone_new_style(&t);
    let mut out = String::with_capacity(t.len());
    for w in t.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tone_moves_for_oa_oe_uy_only_at_word_end() {
        assert_eq!(tone_new_style("hoà bình"), "hòa bình");
        assert_eq!(tone_new_style("khoẻ"), "khỏe");
        assert_eq!(tone_new_style("Thuỷ lợi"), "Thủy lợi");
        assert_eq!(tone_new_style("HOÀ"), "HÒA");
        assert_eq!(tone_new_style("hoàng"), "hoàng");
        assert_eq!(tone_new_style("quỳ"), "quỳ");
        assert_eq!(tone_new_style("hòa"), "hòa");
    }

    #[test]
    fn nfd_input_becomes_nfc() {
        let nfd: String = "Thanh Hoá".nfd().collect();
        assert_eq!(canonical(&nfd), "Thanh Hóa");
    }

    #[test]
    fn clean_line_handles_controls_and_bom() {
        assert_eq!(clean_line("\u{feff}Tin\u{0}  bài\r"), "Tin bài");
        assert_eq!(clean_line("a\u{200b}b"), "ab");
        assert_eq!(clean_line(""), "");
    }

    /// The original `clean_line`, character by character.
    fn clean_line_reference(line: &str) -> String {
        let nfc_line: String = if is_nfc_quick(line.chars()) == IsNormalized::Yes {
            line.to_string()
        } else {
            line.nfc().collect()
        };
        let mut out = String::new();
        let mut pending_space = false;
        for c in nfc_line.chars() {
            if is_invisible(c) {
                continue;
            }
            if is_space_like(c) {
                pending_space = !out.is_empty();
                continue;
            }
            if pending_space {
                let drop_space = matches!(c, ',' | ';' | ':' | '!' | '?' | ')' | ']' | '…')
                    || c == '.'
                    || out.ends_with('(')
                    || out.ends_with('[');
                if !drop_space {
                    out.push(' ');
                }
                pending_space = false;
            }
            out.push(c);
        }
        out
    }

    #[test]
    fn fast_path_agrees_with_the_reference() {
        let pieces = [
            " ", "  ", "a", "Đ", "ủy", "(", ")", "[", "]", ",", ".", ";", ":", "!", "?", "…",
            "\u{a0}", "\t", "\u{200b}", "\u{feff}", "\u{ad}", "\u{0}", "\r", "\u{7f}", "\u{85}",
            "\u{2009}", "\u{3000}", "\u{2028}", "u\u{309}", "\u{301}", "e\u{302}\u{301}", "😀",
            "“", "–", "1", "ア", "\u{1e00}", "\u{0340}",
        ];
        // every string of up to three pieces
        let mut all = vec![String::new()];
        for _ in 0..3 {
            let mut next = Vec::new();
            for s in &all {
                for p in pieces {
                    next.push(format!("{s}{p}"));
                }
            }
            all.extend(next);
        }
        for s in &all {
            assert_eq!(clean_line(s), clean_line_reference(s), "{s:?}");
        }
    }

    #[test]
    fn classes_match_the_properties() {
        for u in 0..0x11_0000u32 {
            if let Some(c) = char::from_u32(u) {
                let stable = canonical_combining_class(c) == 0
                    && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
                assert_eq!(classes(c) & STABLE != 0, stable, "{u:x}");
            }
        }
        assert_eq!(classes('ệ') & PLAIN, PLAIN);
        assert!(PLAIN_BLOCKS[0x1EC0 >> 6]);
        assert!(PLAIN_BLOCKS[0xC0 >> 6]);
        assert!(!PLAIN_BLOCKS[0x80 >> 6]);
        assert_eq!(classes('\u{a0}') & PLAIN, 0);
        assert_eq!(classes('\u{300}') & STABLE, 0);
    }

    #[test]
    fn idempotent() {
        for s in ["  a , b ( c ) …", "Chăn , Bí thư", "x . y"] {
            let once = clean_line(s);
            assert_eq!(clean_line(&once), once);
        }
    }
}
