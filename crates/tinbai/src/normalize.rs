//! Unicode and spacing normalisation, and new-style tone placement.
//!
//! Vietnamese text arrives in NFC and NFD, with old (`hoà`, `thoả`, `uỷ`) and
//! new (`hòa`, `thỏa`, `ủy`) tone placement. Text is converted to NFC only
//! when a quick check says it is needed; tone placement is changed in the
//! document text only on request, and always in canonical forms.

use std::borrow::Cow;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Whether `c` is an NFC starter: NFC quick check `Yes` and canonical
/// combining class 0. Such a character leaves the quick check as an ASCII
/// character does.
fn stable_of(c: char) -> bool {
    c.is_ascii()
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// Whether `clean_line` copies `c` unchanged: an NFC starter, neither
/// space-like nor invisible.
fn plain_of(c: char) -> bool {
    stable_of(c) && !is_space_like(c) && !is_invisible(c)
}

/// [`plain_of`], answered from the Unicode blocks of Vietnamese text without
/// a look-up (the same answer; checked by a test).
#[inline]
fn plain(c: char) -> bool {
    match c as u32 {
        0x21..=0x7e => true,
        // Latin-1 (not the soft hyphen), Latin Extended-A and B
        0xa1..=0xac | 0xae..=0x24f => true,
        // Latin Extended Additional (Vietnamese letters)
        0x1e00..=0x1eff => true,
        // dashes, quotes, bullets, ellipsis, primes
        0x2010..=0x2027 | 0x2030..=0x205e => true,
        _ => plain_of(c),
    }
}

/// [`stable_of`], answered like [`plain`].
#[inline]
fn stable(c: char) -> bool {
    match c as u32 {
        0..=0x24f => true,
        0x1e00..=0x1eff => true,
        0x2002..=0x206f => true,
        _ => stable_of(c),
    }
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
        || text.chars().all(stable)
        || is_nfc_quick(text.chars()) == IsNormalized::Yes
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// [`char::is_alphabetic`], answered without a look-up for the Latin blocks
/// of Vietnamese text (the same answer; checked by a test).
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphabetic(),
        0xc0..=0x24f => c != '×' && c != '÷',
        0x1e00..=0x1eff => true,
        _ => c.is_alphabetic(),
    }
}

/// [`char::is_alphanumeric`], by [`is_alphabetic`]'s fast path.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0xc0..=0x24f => c != '×' && c != '÷',
        0x1e00..=0x1eff => true,
        _ => c.is_alphanumeric(),
    }
}

/// Pushes the lower case of `c` (as [`char::to_lowercase`]) onto `out`,
/// without a look-up for ASCII and the Vietnamese letters.
#[inline]
pub(crate) fn push_lowercase(out: &mut String, c: char) {
    let u = c as u32;
    let l = match u {
        0..=0x7f => Some(c.to_ascii_lowercase()),
        // À..Þ (but ×) → à..þ; ß..ÿ are lower case.
        0xc0..=0xde if u != 0xd7 => char::from_u32(u + 0x20),
        0xdf..=0xff => Some(c),
        // Ă Đ Ĩ Ũ Ơ Ư and their lower cases.
        0x102 | 0x110 | 0x128 | 0x168 | 0x1a0 => char::from_u32(u + 1),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1a1 | 0x1b0 => Some(c),
        0x1af => Some('ư'),
        // Ạ..Ỹ: upper case even, lower case odd.
        0x1ea0..=0x1ef9 => char::from_u32(u | 1),
        _ => None,
    };
    match l {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// Whether `c` is a lowercase `a`, `e` or `y` carrying a tone mark: the
/// only last letters of a word whose tone [`tone_new_style_word`] may move.
pub(crate) fn is_toned_aey(c: char) -> bool {
    matches!(
        c,
        'à' | 'á'
            | 'ả'
            | 'ã'
            | 'ạ'
            | 'è'
            | 'é'
            | 'ẻ'
            | 'ẽ'
            | 'ẹ'
            | 'ỳ'
            | 'ý'
            | 'ỷ'
            | 'ỹ'
            | 'ỵ'
    )
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
    // Only `o` and `u` lower to `o` and `u`: a quick reject.
    if !matches!(first, 'o' | 'O' | 'u' | 'U') {
        return false;
    }
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
    // A tone moves only between `o`/`u` and a toned letter right after it
    // (never ASCII): without such a pair of bytes nothing changes.
    let b = text.as_bytes();
    if !b
        .windows(2)
        .any(|w| matches!(w[0], b'o' | b'O' | b'u' | b'U') && w[1] >= 0x80)
    {
        return Cow::Borrowed(text);
    }
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
        // A combining mark left after NFC belongs to the word it follows.
        if is_alphabetic(c) || (!c.is_ascii() && unicode_normalization::char::is_combining_mark(c))
        {
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
/// (no-break, thin, ideographic, tab, a stray `\r`, line and paragraph
/// separators: every Unicode white space but the line break `\n`).
fn is_space_like(c: char) -> bool {
    c != '\n' && c.is_whitespace()
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
    let b = line.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // 16 bytes at a time (with 3 bytes of look-ahead) by a test written for
    // the vector unit; a window it cannot clear is checked character by
    // character.
    let mut pos = 0;
    while pos < b.len() {
        let mut w = [b'a'; WINDOW + 3];
        match b.get(pos..pos + WINDOW + 3) {
            Some(s) => w.copy_from_slice(s),
            None => {
                let s = b.get(pos..).unwrap_or_default();
                w[..s.len()].copy_from_slice(s);
            }
        }
        if window_clean(&w) {
            pos += WINDOW;
            continue;
        }
        // back to the start of the character that holds `pos`
        let mut start = pos;
        while start > 0 && b.get(start).is_some_and(|&c| (0x80..0xc0).contains(&c)) {
            start -= 1;
        }
        match chars_clean(line, start, pos + WINDOW) {
            Some(next) => pos = next,
            None => return false,
        }
    }
    true
}

/// Bytes per window of [`window_clean`].
const WINDOW: usize = 16;

/// Whether the first [`WINDOW`] bytes of `w` (a piece of a line, not its
/// first byte nor its last, followed by 3 more bytes of the line or `a`s)
/// surely need no change: no control character, no space before `,` `.` `;`
/// `:` `!` `?` `)` `]` `…` or another space, none after `(` `[`, and only
/// characters of the Vietnamese blocks [`plain`] accepts (Latin-1, Latin
/// Extended-A and B to U+023F, U+1E00–U+1EFF, U+2010–U+2027, U+2030–U+205E).
/// Continuation bytes are not looked at: their first byte is. `false` may
/// only mean "look closer". Branch-free, for the vector unit.
#[inline]
fn window_clean(w: &[u8; WINDOW + 3]) -> bool {
    let mut bad = false;
    for k in 0..WINDOW {
        let (c, n, n2, n3) = (w[k], w[k + 1], w[k + 2], w[k + 3]);
        let control = (c < 0x20) | (c == 0x7f);
        let space = c == b' ';
        let before = (n == b' ')
            | (n == b',')
            | (n == b'.')
            | (n == b';')
            | (n == b':')
            | (n == b'!')
            | (n == b'?')
            | (n == b')')
            | (n == b']')
            | ((n == 0xe2) & (n2 == 0x80) & (n3 == 0xa6));
        let open = ((c == b'(') | (c == b'[')) & (n == b' ');
        // first bytes of characters that are surely plain
        let latin = c.wrapping_sub(0xc3) <= 0xc8 - 0xc3;
        let latin1 = (c == 0xc2) & (n >= 0xa1) & (n != 0xad);
        let viet = (c == 0xe1) & (n.wrapping_sub(0xb8) <= 0xbb - 0xb8);
        let punct = (c == 0xe2)
            & (((n == 0x80) & ((n2.wrapping_sub(0x90) <= 0xa7 - 0x90) | (n2 >= 0xb0)))
                | ((n == 0x81) & (n2 <= 0x9e)));
        let lead = c >= 0xc0;
        let unknown = lead & !(latin | latin1 | viet | punct);
        bad |= control | (space & before) | open | unknown;
    }
    !bad
}

/// Whether the characters of `line` that start from byte `start` (a
/// character boundary) to before byte `end` need no change; then the first
/// character boundary at or after `end`.
fn chars_clean(line: &str, start: usize, end: usize) -> Option<usize> {
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
    let b = line.as_bytes();
    let mut i = start;
    while i < end {
        let c = *b.get(i)?;
        if c.wrapping_sub(0x21) < 0x5e {
            // printable ASCII, not a space; an opening bracket may not be
            // followed by a space, even one past `end`
            if matches!(c, b'(' | b'[') && b.get(i + 1) == Some(&b' ') {
                return None;
            }
            i += 1;
            continue;
        }
        if c == b' ' {
            // neither the first nor the last byte (checked by the caller)
            let next = b.get(i + 1).copied().unwrap_or(0);
            if next < 0x80 {
                if NOT_AFTER_SPACE & (1 << next) != 0 {
                    return None;
                }
            } else if b.get(i + 1..)?.starts_with("…".as_bytes()) {
                return None;
            }
            if matches!(i.checked_sub(1).and_then(|p| b.get(p)), Some(b'(' | b'[')) {
                return None;
            }
            i += 1;
            continue;
        }
        if c < 0x80 {
            // tab, control characters, DEL
            return None;
        }
        let ch = line.get(i..)?.chars().next()?;
        if !plain(ch) {
            return None;
        }
        i += ch.len_utf8();
    }
    Some(i)
}

/// `clean_line` for a line that needs some change.
fn clean_line_changed(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        if is_space_like(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if is_invisible(c) {
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
    // NFC last: removing an invisible character can bring a base letter and
    // a combining mark together.
    match nfc(&out) {
        Cow::Borrowed(_) => out,
        Cow::Owned(n) => n,
    }
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
    fn space_after_a_bracket_at_a_window_edge_is_removed() {
        // the bracket is the last byte of a 16-byte window, the space the
        // first of the next one
        for pad in 0..40 {
            let line = format!("{} ( Bộ [ x", "a".repeat(pad));
            assert_eq!(clean_line(&line), clean_line_changed(&line), "{line:?}");
        }
    }

    #[test]
    fn fast_char_classes_agree_with_std() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            let mut s = String::new();
            push_lowercase(&mut s, c);
            assert_eq!(s, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn tone_moves_for_oa_oe_uy_only_at_word_end() {
        assert_eq!(tone_new_style("hoà bình"), "hòa bình");
        assert_eq!(tone_new_style("khoẻ"), "khỏe");
        assert_eq!(tone_new_style("Thuỷ lợi"), "Thủy lợi");
        assert_eq!(tone_new_style("HOÀ"), "HÒA");
        assert_eq!(tone_new_style("hoàng"), "hoàng");
        assert_eq!(tone_new_style("quỳ"), "quỳ");
        assert_eq!(tone_new_style("hòa"), "hòa");
        // A stray mark that NFC cannot compose ends no word.
        assert_eq!(tone_new_style("Hoá\u{301}"), "Hoá\u{301}");
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
        assert_eq!(clean_line("Pha\u{306}\u{200b}n"), "Phăn");
        assert_eq!(clean_line("Phăn\u{200b}\u{301}"), "Phăń");
        assert_eq!(
            clean_line("một\rhai\u{2028}ba\u{85}bốn\u{c}năm"),
            "một hai ba bốn năm"
        );
        assert_eq!(clean_line(""), "");
    }

    /// `clean_line` character by character, without the fast path.
    fn clean_line_reference(line: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in line.chars() {
            if c != '\n' && c.is_whitespace() {
                pending_space = !out.is_empty();
                continue;
            }
            if is_invisible(c) {
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
        if is_nfc_quick(out.chars()) == IsNormalized::Yes {
            out
        } else {
            out.nfc().collect()
        }
    }

    #[test]
    fn fast_path_agrees_with_the_reference() {
        let pieces = [
            " ",
            "  ",
            "a",
            "Đ",
            "ủy",
            "(",
            ")",
            "[",
            "]",
            ",",
            ".",
            ";",
            ":",
            "!",
            "?",
            "…",
            "\u{a0}",
            "\t",
            "\u{200b}",
            "\u{feff}",
            "\u{ad}",
            "\u{0}",
            "\r",
            "\u{7f}",
            "\u{85}",
            "\u{2009}",
            "\u{3000}",
            "\u{2028}",
            "u\u{309}",
            "\u{301}",
            "e\u{302}\u{301}",
            "😀",
            "“",
            "–",
            "1",
            "ア",
            "\u{1e00}",
            "\u{0340}",
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
    fn long_lines_agree_with_the_reference() {
        // lines long enough for several windows, with every piece at every
        // offset of a window
        let pieces = [
            " ", "  ", "a", "Đ", "ủy", "(", ")", "[", "]", ",", ".", "…", "\u{a0}", "\t",
            "\u{200b}", "\u{ad}", "\u{0}", "\u{7f}", "\u{85}", "\u{2009}", "u\u{309}", "😀", "“",
            "–", "ア", "\u{2060}", "\u{205f}", "ɐ", "\u{2028}", "x y", "ạ ",
        ];
        let mut seed = 7u64;
        let mut rnd = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..20_000 {
            let mut s = String::new();
            let len = rnd(60);
            for _ in 0..len {
                // mostly ordinary text, like an article
                let p = match rnd(4) {
                    0 => pieces[rnd(pieces.len())],
                    1 => " ",
                    2 => "ế",
                    _ => "ab",
                };
                s.push_str(p);
            }
            assert_eq!(clean_line(&s), clean_line_reference(&s), "{s:?}");
        }
    }

    #[test]
    fn fast_classes_agree_with_the_properties() {
        for u in 0..0x11_0000u32 {
            if let Some(c) = char::from_u32(u) {
                let stable_ref = canonical_combining_class(c) == 0
                    && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
                assert_eq!(stable(c), stable_ref, "{u:x}");
                assert_eq!(stable_of(c), stable_ref, "{u:x}");
                if c != ' ' {
                    assert_eq!(plain(c), plain_of(c), "{u:x}");
                }
            }
        }
        assert!(plain('ệ') && plain('…') && plain('“'));
        assert!(!plain('\u{a0}') && !plain('\u{ad}') && !plain('\u{200b}') && !plain('\t'));
        assert!(!stable('\u{300}'));
    }

    #[test]
    fn idempotent() {
        for s in ["  a , b ( c ) …", "Chăn , Bí thư", "x . y"] {
            let once = clean_line(s);
            assert_eq!(clean_line(&once), once);
        }
    }
}
