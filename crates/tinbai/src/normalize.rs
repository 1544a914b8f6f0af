//! Unicode and spacing normalisation, and new-style tone placement.
//!
//! Vietnamese text arrives in NFC and NFD, with old (`hoà`, `thoả`, `uỷ`) and
//! new (`hòa`, `thỏa`, `ủy`) tone placement. Text is converted to NFC only
//! when a quick check says it is needed; tone placement is changed in the
//! document text only on request, and always in canonical forms.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// `text` in NFC, borrowed when it already is (the common case).
///
/// ```
/// let nfd = "Hu\u{309}a Pha\u{306}n";
/// assert_eq!(tinbai::normalize::nfc(nfd), "Hủa Phăn");
/// assert!(matches!(tinbai::normalize::nfc("Lào"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
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
        // A combining mark left after NFC belongs to the word it follows.
        if c.is_alphabetic() || unicode_normalization::char::is_combining_mark(c) {
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

    #[test]
    fn idempotent() {
        for s in ["  a , b ( c ) …", "Chăn , Bí thư", "x . y"] {
            let once = clean_line(s);
            assert_eq!(clean_line(&once), once);
        }
    }
}
