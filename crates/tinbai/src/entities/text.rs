//! Tokens and the folded text the vocabulary automaton runs over.
//!
//! A token is a maximal run of letters and digits. The folded text holds
//! every token lowercased with new-style tone placement, each preceded by
//! `\x01` so that a vocabulary match can only start at a token start. Runs of
//! spaces become one space, a dash with or without spaces becomes `-`, other
//! punctuation is kept: `Thanh Hoá - Hủa Phăn` folds to
//! `\x01thanh \x01hóa-\x01hủa \x01phăn`.

use crate::normalize::tone_new_style_word;

/// One token of a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    /// Byte range in the document text.
    pub s: usize,
    pub e: usize,
    /// Byte range of the folded token (after its `\x01`) in the folded text.
    pub fs: usize,
    pub fe: usize,
    /// The first character is an uppercase letter.
    pub cap: bool,
    /// Two or more letters, all uppercase (`UBND`, `BĐBP`).
    pub upper: bool,
    /// The first character is a digit.
    pub digit: bool,
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

fn is_tok_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Appends the folded form of one token; returns (letters, uppercase letters).
pub(crate) fn fold_word(w: &str, out: &mut String) -> (usize, usize) {
    let start = out.len();
    let mut letters = 0usize;
    let mut uppers = 0usize;
    if w.is_ascii() {
        for b in w.bytes() {
            if b.is_ascii_alphabetic() {
                letters += 1;
                if b.is_ascii_uppercase() {
                    uppers += 1;
                }
            }
            out.push(b.to_ascii_lowercase() as char);
        }
        return (letters, uppers);
    }
    for c in w.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                letters += 1;
                if c.is_ascii_uppercase() {
                    uppers += 1;
                }
            }
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
        match c {
            'Ð' | 'ð' => {
                uppers += usize::from(c == 'Ð');
                out.push('đ');
            }
            _ if c.is_uppercase() => {
                uppers += 1;
                out.extend(c.to_lowercase());
            }
            _ => out.push(c),
        }
    }
    if let std::borrow::Cow::Owned(t) = tone_new_style_word(&out[start..]) {
        out.truncate(start);
        out.push_str(&t);
    }
    (letters, uppers)
}

/// Tokenise `text` (a slice starting at byte `base` of the document text).
pub(crate) fn tokenize(text: &str, base: usize) -> Folded {
    let mut f = Folded {
        folded: String::with_capacity(text.len() + text.len() / 4 + 8),
        toks: Vec::with_capacity(text.len() / 4 + 1),
    };
    let mut pending_space = false;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_tok_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_tok_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else {
                    break;
                }
            }
            let w = &text[i..end];
            if pending_space && !f.folded.is_empty() && !f.folded.ends_with('-') {
                f.folded.push(' ');
            }
            pending_space = false;
            f.folded.push('\x01');
            let fs = f.folded.len();
            let (letters, uppers) = fold_word(w, &mut f.folded);
            let fe = f.folded.len();
            f.toks.push(Tok {
                s: base + i,
                e: base + end,
                fs,
                fe,
                cap: c.is_uppercase(),
                upper: letters >= 2 && uppers == letters,
                digit: c.is_ascii_digit(),
            });
        } else if c.is_whitespace() {
            pending_space = true;
        } else if is_dash(c) {
            if f.folded.ends_with(' ') {
                f.folded.pop();
            }
            f.folded.push('-');
            pending_space = false;
        } else {
            if pending_space && !f.folded.is_empty() && !f.folded.ends_with('-') {
                f.folded.push(' ');
            }
            pending_space = false;
            f.folded.push(c);
        }
    }
    f
}

/// The folded form of a vocabulary entry, as the automaton expects it.
pub(crate) fn fold_pattern(s: &str) -> String {
    let s = crate::normalize::nfc(s);
    tokenize(&s, 0).folded
}

/// Lowercase, no diacritics, no spaces, hyphens or punctuation:
/// `Sê Kông`, `Sekong` and `Xê-kông` differ only in `s`/`x`.
pub(crate) fn flat(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if c == 'đ' || c == 'Đ' {
            out.push('d');
        } else if c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c) {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_tone_and_dashes() {
        let f = tokenize("Tỉnh Thanh Hoá - Hủa Phăn, Nặm-xổi", 0);
        assert_eq!(
            f.folded,
            "\x01tỉnh \x01thanh \x01hóa-\x01hủa \x01phăn, \x01nặm-\x01xổi"
        );
        assert_eq!(f.toks.len(), 7);
        assert!(f.toks[0].cap);
        assert!(!f.toks[6].cap);
    }

    #[test]
    fn token_spans_slice_the_text() {
        let text = "Bộ CHQS tỉnh Hà Tĩnh (2024)";
        let f = tokenize(text, 0);
        let words: Vec<&str> = f.toks.iter().map(|t| &text[t.s..t.e]).collect();
        assert_eq!(words, ["Bộ", "CHQS", "tỉnh", "Hà", "Tĩnh", "2024"]);
        assert!(f.toks[1].upper);
        assert!(f.toks[5].digit);
    }

    #[test]
    fn flat_ignores_marks_spaces_and_hyphens() {
        assert_eq!(flat("Sê Kông"), flat("Sekong"));
        assert_eq!(flat("NaKai"), flat("Na-kai"));
        assert_eq!(flat("Đắk Lắk"), "daklak");
    }

    #[test]
    fn empty_and_odd_input() {
        assert!(tokenize("", 0).toks.is_empty());
        assert_eq!(tokenize(" - ,;", 0).toks.len(), 0);
        assert_eq!(tokenize("🙂 Lào 🙂", 0).toks.len(), 1);
    }
}
