//! One pass over the text: words, digit runs, punctuation and line breaks,
//! each with its byte range, whether whitespace comes before it, and whether
//! it sits in a code-like chunk (URL, file name, identifier such as `VA-06`).

use super::lexicon::{key_of, LEX};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters (and combining marks, `²`, `³`).
    Word,
    /// A run of ASCII digits.
    Num,
    /// One other character.
    Punct(char),
    /// A line break: a hard boundary.
    Newline,
}

/// A token: kind, byte range, spacing and chunk flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Whitespace, a line break or the start of the text comes before it.
    pub space: bool,
    /// The token belongs to a code-like chunk: no number is read in it.
    pub code: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '²' | '³' | '\u{300}'..='\u{36f}')
}

/// [`is_word_char`], answered from the Unicode blocks of Vietnamese text
/// without a table look-up (the same answer; checked by a test).
#[inline]
fn word_char(c: char) -> bool {
    match c as u32 {
        0x41..=0x5a | 0x61..=0x7a => true,
        0..=0x7f => false,
        // Latin-1 letters (not × ÷), Latin Extended-A and B
        0xc0..=0x24f => c != '×' && c != '÷',
        // combining marks, Latin Extended Additional (Vietnamese letters)
        0x300..=0x36f | 0x1e00..=0x1eff => true,
        // general punctuation
        0x2000..=0x206f => false,
        _ => is_word_char(c),
    }
}

/// The character that starts at byte `i` of `text` (a character boundary)
/// and its length in bytes. Characters of two and three bytes are decoded
/// here (the bytes of a `str` are valid UTF-8), others by the standard library.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = text.as_bytes();
    let c0 = *b.get(i)? as u32;
    let cont = |k: usize| b.get(i + k).map(|&c| c as u32 & 0x3f);
    match c0 {
        0..=0x7f => Some((char::from(c0 as u8), 1)),
        0xc0..=0xdf => char::from_u32(((c0 & 0x1f) << 6) | cont(1)?).map(|c| (c, 2)),
        0xe0..=0xef => {
            char::from_u32(((c0 & 0x0f) << 12) | (cont(1)? << 6) | cont(2)?).map(|c| (c, 3))
        }
        _ => {
            let c = text.get(i..)?.chars().next()?;
            Some((c, c.len_utf8()))
        }
    }
}

/// The tokens of a text, with what the scanner needs to know of them.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub toks: Vec<Tok>,
    /// The tokens a number may start at, in order: digit runs, and words
    /// that may be Roman numerals ([`is_roman`]).
    pub starts: Vec<usize>,
    /// Byte offsets of the line breaks.
    pub breaks: Vec<usize>,
    /// For each line, whether it is written in Title Case or capitals (a
    /// headline): at least 4 words, and at least 4 in 5 with a capital.
    pub caseless_lines: Vec<bool>,
}

/// Split `text` into tokens, in one pass, flagging code-like chunks as
/// they end. ASCII bytes are classified directly; other characters are decoded.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let b = text.as_bytes();
    let mut out = Tokens {
        toks: Vec::with_capacity(text.len() / 5 + 16),
        ..Tokens::default()
    };
    let toks = &mut out.toks;
    let mut space = true;
    // the chunk being read: its first token, and whether it holds digits
    let mut chunk = 0;
    let mut chunk_num = false;
    // words, and words with a capital, on the line being read
    let (mut words, mut capitals) = (0usize, 0usize);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let (kind, end) = if c < 0x80 {
            match c {
                b'a'..=b'z' | b'A'..=b'Z' => {
                    let end = word_end(text, i + 1);
                    words += 1;
                    if c.is_ascii_uppercase() {
                        capitals += 1;
                        if matches!(c, b'I' | b'V' | b'X' | b'L' | b'C')
                            && is_roman(text.get(i..end).unwrap_or(""))
                        {
                            out.starts.push(toks.len());
                        }
                    }
                    (Kind::Word, end)
                }
                b' ' | b'\t' | b'\r' | 0x0b | 0x0c => {
                    space = true;
                    i += 1;
                    continue;
                }
                b'0'..=b'9' => {
                    let mut e = i + 1;
                    while b.get(e).is_some_and(u8::is_ascii_digit) {
                        e += 1;
                    }
                    out.starts.push(toks.len());
                    (Kind::Num, e)
                }
                b'\n' => {
                    space = true;
                    out.breaks.push(i);
                    out.caseless_lines.push(headline(words, capitals));
                    (words, capitals) = (0, 0);
                    (Kind::Newline, i + 1)
                }
                _ => (Kind::Punct(c as char), i + 1),
            }
        } else {
            let Some((ch, len)) = char_at(text, i) else {
                i += 1;
                continue;
            };
            if ch.is_whitespace() {
                space = true;
                i += len;
                continue;
            }
            if word_char(ch) {
                words += 1;
                if ch.is_uppercase() {
                    capitals += 1;
                }
                (Kind::Word, word_end(text, i + len))
            } else {
                (Kind::Punct(ch), i + len)
            }
        };
        if space {
            // a new chunk: the one before is complete
            if chunk_num {
                flag_chunk(text, toks.get_mut(chunk..).unwrap_or_default());
            }
            chunk = toks.len();
            chunk_num = false;
        }
        chunk_num |= matches!(kind, Kind::Num);
        toks.push(Tok {
            kind,
            start: i,
            end,
            space,
            code: false,
        });
        // a line break is followed by a space
        space = matches!(kind, Kind::Newline);
        i = end;
    }
    if chunk_num {
        flag_chunk(text, toks.get_mut(chunk..).unwrap_or_default());
    }
    out.caseless_lines.push(headline(words, capitals));
    out
}

/// Whether a line of `words` words, `capitals` with a capital, is a headline.
fn headline(words: usize, capitals: usize) -> bool {
    words >= 4 && capitals * 5 >= words * 4
}

/// Classes of bytes for [`word_end`]: 0 ends a word (ASCII but a letter),
/// 1 an ASCII letter, 2 the first byte of U+00C0–U+023F (letters but `×` and
/// `÷`), 3 the first byte of U+1000–U+1FFF, 4 another first byte.
const WORD_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphabetic() {
            1
        } else if c >= 0xc3 && c <= 0xc8 {
            2
        } else if c == 0xe1 {
            3
        } else if c >= 0xc0 {
            4
        } else {
            0
        };
        i += 1;
    }
    t
};

/// One past the last byte of the word that goes on at byte `i`.
#[inline]
fn word_end(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while let Some(&c) = b.get(i) {
        match WORD_BYTES[c as usize] {
            0 => break,
            1 => i += 1,
            // `×` is C3 97, `÷` C3 B7
            2 if !(c == 0xc3 && matches!(b.get(i + 1), Some(0x97 | 0xb7))) => i += 2,
            // U+1E00–U+1EFF (E1 B8–BB): Vietnamese letters
            3 if matches!(b.get(i + 1), Some(0xb8..=0xbb)) => i += 3,
            _ => match char_at(text, i) {
                Some((ch, len)) if word_char(ch) => i += len,
                _ => break,
            },
        }
    }
    i
}

/// Flag the tokens of a chunk (tokens with no whitespace between them) when
/// it looks like a URL, a file name, a phone number or an identifier.
fn flag_chunk(text: &str, chunk: &mut [Tok]) {
    if chunk.first().is_some_and(|t| t.kind != Kind::Newline) && is_code(text, chunk) {
        for t in chunk {
            t.code = true;
        }
    }
}

fn word<'a>(text: &'a str, t: &Tok) -> &'a str {
    text.get(t.start..t.end).unwrap_or("")
}

/// A Roman numeral written in capitals (`I`, `XIII`, `XXXII`).
pub(crate) fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 9 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// Whether a word glued to a number is a unit that may be written so
/// (`20km`, `5ha`, `500.000đ`, `300MW`, `14h30`).
fn glued_unit(w: &str) -> bool {
    let k = key_of(w);
    matches!(k.as_str(), "h" | "g") || LEX.units.contains(&k) || LEX.currencies.contains_key(&k)
}

fn is_code(text: &str, c: &[Tok]) -> bool {
    if !c.iter().any(|t| t.kind == Kind::Num) {
        return false;
    }
    let mut nums = 0;
    let mut slashes = 0;
    let mut colons = 0;
    for (k, t) in c.iter().enumerate() {
        let next = c.get(k + 1).map(|t| t.kind);
        let next2 = c.get(k + 2).map(|t| t.kind);
        match t.kind {
            Kind::Num => {
                nums += 1;
                let w = word(text, t);
                if w.len() > 15 || (w.len() >= 4 && w.starts_with('0')) {
                    return true;
                }
                match next {
                    // 2.jpg, 24h.com (but `năm 2024.Theo`: a missing space)
                    Some(Kind::Punct('.'))
                        if next2 == Some(Kind::Word)
                            && !word(text, &c[k + 2])
                                .chars()
                                .next()
                                .is_some_and(char::is_uppercase) =>
                    {
                        return true
                    }
                    Some(Kind::Word) => {
                        let u = word(text, &c[k + 1]);
                        if !glued_unit(u) {
                            return true;
                        }
                    }
                    // 36-NQ, 12/QĐ
                    Some(Kind::Punct('-' | '/' | '_'))
                        if next2 == Some(Kind::Word)
                            && word(text, &c[k + 2]).chars().any(char::is_uppercase)
                            && !is_roman(word(text, &c[k + 2])) =>
                    {
                        return true;
                    }
                    _ => {}
                }
            }
            Kind::Word => {
                let w = word(text, t);
                let low = w.to_lowercase();
                if matches!(low.as_str(), "http" | "https" | "www") {
                    return true;
                }
                match next {
                    Some(Kind::Num) => {
                        // m2, km2 after a number; 14h30
                        let prev_num = k > 0 && c[k - 1].kind == Kind::Num;
                        let sq = matches!(low.as_str(), "m" | "km" | "cm" | "dm" | "mm")
                            && matches!(word(text, &c[k + 1]), "2" | "3");
                        let hm = matches!(low.as_str(), "h" | "g") && prev_num;
                        if !(prev_num && (sq || hm)) {
                            return true;
                        }
                    }
                    // VA-06, COVID-19, Su_30, v.2 (but `7h-11h`, `5ha-7ha`: a range)
                    Some(Kind::Punct(p @ ('-' | '_' | '.'))) if next2 == Some(Kind::Num) => {
                        let unit_range =
                            p == '-' && k > 0 && c[k - 1].kind == Kind::Num && glued_unit(w);
                        if !unit_range {
                            return true;
                        }
                    }
                    Some(Kind::Punct('/'))
                        if next2 == Some(Kind::Num)
                            && w.chars().any(char::is_uppercase)
                            && !is_roman(w) =>
                    {
                        return true;
                    }
                    _ => {}
                }
            }
            Kind::Punct('@' | '#' | '_' | '+' | '=' | '\\' | '&') => return true,
            Kind::Punct(':') => {
                colons += 1;
                if next == Some(Kind::Punct('/')) {
                    return true;
                }
            }
            Kind::Punct('/') => slashes += 1,
            Kind::Punct('-' | '–' | '—') => slashes = 0,
            _ => {}
        }
        if slashes > 2 {
            return true;
        }
    }
    nums > 8 || colons > 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_words(text: &str) -> Vec<String> {
        tokenize(text)
            .toks
            .iter()
            .filter(|t| t.code && t.kind == Kind::Num)
            .map(|t| text[t.start..t.end].to_string())
            .collect()
    }

    #[test]
    fn tokens_have_byte_ranges_and_spacing() {
        let text = "Ngày 22/5, có 1.218 lượt";
        let t = tokenize(text).toks;
        assert_eq!(t[0].kind, Kind::Word);
        assert_eq!(&text[t[1].start..t[1].end], "22");
        assert_eq!(t[2].kind, Kind::Punct('/'));
        assert!(!t[2].space);
        assert!(t[1].space);
    }

    #[test]
    fn code_chunks_are_flagged() {
        assert_eq!(code_words("trồng cỏ VA-06 tốt"), vec!["06"]);
        assert_eq!(
            code_words("xem 7.jpg và www.abc.vn/2025/tin"),
            vec!["7", "2025"]
        );
        assert_eq!(
            code_words("gọi 0912.345.678 ngay"),
            vec!["0912", "345", "678"]
        );
        assert_eq!(code_words("Nghị quyết 36-NQ/TW"), vec!["36"]);
        assert!(code_words("dài 20km, rộng 5ha, giá 500.000đ, lúc 14h30").is_empty());
        assert!(code_words("làm việc 7h-11h, lúc 7h30-11h, rộng 5ha-7ha").is_empty());
        assert!(code_words("quý I/2025 và 100m2 đất, 55 lượt/1.218 lượt").is_empty());
        assert_eq!(code_words("máy bay F16 bay"), vec!["16"]);
    }

    #[test]
    fn word_char_agrees_with_the_properties() {
        for u in 0..0x11_0000u32 {
            if let Some(c) = char::from_u32(u) {
                assert_eq!(word_char(c), is_word_char(c), "{u:x}");
            }
        }
    }

    #[test]
    fn word_end_agrees_with_the_character_classes() {
        for u in (0x80..0x3000u32).chain(0x1_f600..0x1_f610) {
            let Some(c) = char::from_u32(u) else { continue };
            let text = format!("a{c}b c");
            let expected = if is_word_char(c) { 2 + c.len_utf8() } else { 1 };
            assert_eq!(word_end(&text, 1), expected, "{u:x}");
        }
    }

    #[test]
    fn many_dots_is_one_code_chunk_in_linear_time() {
        let s = "1.".repeat(50_000);
        let t = tokenize(&s).toks;
        assert!(t.iter().all(|t| t.code));
    }
}
