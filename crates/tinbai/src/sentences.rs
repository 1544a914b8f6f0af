//! Sentence splitting for Vietnamese news text.
//!
//! Sentences are split inside each kept paragraph, never across paragraphs.
//! A sentence ends at `.`, `!`, `?`, `…` or `...` (any run of them), with the
//! closing quotes and brackets written right after it, when what follows is
//! a space and then a capital letter (any Vietnamese capital), a digit, an
//! opening quote or bracket, or a list bullet (`- `, `+ `, `• `) before a
//! capital or a digit; or the end of the paragraph. Scraped text sometimes
//! glues two sentences (`tỉnh Sơn La.Ký kết`): a mark right after a plain
//! lowercase word (or a closing bracket) and right before a capitalised word
//! ends a sentence too.
//!
//! It does not end:
//! - where no space follows otherwise (`1.218`, `TP.HCM`, `thanhhoa.gov.vn`,
//!   `B.P`, `Q.Ba Đình`, `Nakai,..., trị giá`),
//! - where a lowercase word follows (`thăm thân... và`),
//! - at a colon or a semicolon,
//! - after an abbreviation that stands before a name, a place or a number
//!   (`TP.`, `ThS.`, `PGS.TS.`, `Q.`, `No.`, `v.v.`; the list is
//!   `data/sentence_abbreviations.txt`),
//! - after a single capital letter, a name's initial (`T. Hằng`,
//!   `Nguyễn V. Anh`, `N.V. Tuấn`), unless a label word stands before it
//!   (`bảng A.`, `lần thứ V.`; `data/sentence_label_words.txt`),
//! - after a list number at the start of a sentence or after `:` / `;`
//!   (`1. Tăng cường...`, `gồm: 1. Tuần tra; 2. Trao đổi`),
//! - at `!` or `?` inside an open quotation (`"Vì Tổ quốc! Vì nhân dân!"`),
//!   which ends with its closing quote,
//! - before a sentence has any letter or digit: a caption continued from the
//!   previous one keeps its leading `... ` (`... và mô hình nhà nổi`),
//! - at an omission mark, `(...)` or `[…]`.
//!
//! A list number therefore stays with its item: `Nội dung một. 2. Phối hợp.`
//! gives `Nội dung một.` and `2. Phối hợp.`.
//!
//! The scan is a single pass over the bytes of the paragraph; the looks
//! behind a period are bounded, so the time is linear in the input.

use crate::document::{Paragraph, Sentence};
use once_cell::sync::Lazy;
use std::collections::HashSet;
use std::ops::Range;

/// Abbreviations after which a period never ends a sentence.
static ABBREVIATIONS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| word_list(include_str!("../data/sentence_abbreviations.txt")));

/// Words after which a single capital letter is a label, not an initial.
static LABEL_WORDS: Lazy<HashSet<&'static str>> =
    Lazy::new(|| word_list(include_str!("../data/sentence_label_words.txt")));

/// One item a line; blank lines and `#` comments skipped.
fn word_list(src: &'static str) -> HashSet<&'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The longest token (in bytes) looked at behind a period.
const MAX_TOKEN: usize = 48;

/// Bytes that may start something the scanner cares about: a final mark, a
/// straight quote, or the lead byte of `…`, `“`, `”`.
static SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'"' as usize] = true;
    t[0xE2] = true;
    t
};

/// The first byte at or after `i` that [`SPECIAL`] marks, or `b.len()`.
///
/// Eight bytes at a time: sentence punctuation is rare in running text.
fn next_special(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // High bit set in the lowest byte equal to `t` (bits above it may be
    // spurious: only the lowest set bit is used).
    let eq = |v: u64, t: u8| {
        let x = v ^ (ONES * u64::from(t));
        x.wrapping_sub(ONES) & !x & HIGH
    };
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let hit = eq(v, b'.') | eq(v, b'!') | eq(v, b'?') | eq(v, b'"') | eq(v, 0xE2);
        if hit != 0 {
            return i + (hit.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if SPECIAL[c as usize] {
            break;
        }
        i += 1;
    }
    i.min(b.len())
}

/// Split each paragraph of `text` into sentences.
///
/// `paragraphs` give byte ranges of `text`; a range that is out of bounds or
/// not on character boundaries is skipped. Sentence spans are byte ranges of
/// `text`, trimmed of whitespace, in order.
///
/// ```
/// use tinbai::{Paragraph, ParagraphKind};
/// let text = "Hai tỉnh ký kết hợp tác\nNgày 3/4, đoàn đến TP. Vinh. Hai bên hội đàm.";
/// let nl = text.find('\n').unwrap();
/// let p = [
///     Paragraph { kind: ParagraphKind::Title, span: 0..nl, line: 0 },
///     Paragraph { kind: ParagraphKind::Body, span: nl + 1..text.len(), line: 2 },
/// ];
/// let s = tinbai::sentences::split(text, &p);
/// let texts: Vec<&str> = s.iter().map(|s| &text[s.span.clone()]).collect();
/// assert_eq!(texts, ["Hai tỉnh ký kết hợp tác", "Ngày 3/4, đoàn đến TP. Vinh.", "Hai bên hội đàm."]);
/// assert_eq!(s[2].paragraph, 1);
/// ```
pub fn split(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let Some(body) = text.get(p.span.clone()) else {
            continue;
        };
        let base = p.span.start;
        scan(body, |r| {
            out.push(Sentence {
                span: base + r.start..base + r.end,
                paragraph: pi,
            })
        });
    }
    out
}

/// Byte ranges of the sentences of one paragraph, trimmed of whitespace.
///
/// ```
/// let p = "Ngày 5/9/2024, PGS.TS. Lê Văn Hòa đến Viêng Chăn... Đoàn được đón tiếp (tại sân bay). Tổng kinh phí 1.218 triệu đồng";
/// let s: Vec<&str> = tinbai::sentences::split_paragraph(p).into_iter().map(|r| &p[r]).collect();
/// assert_eq!(s, [
///     "Ngày 5/9/2024, PGS.TS. Lê Văn Hòa đến Viêng Chăn...",
///     "Đoàn được đón tiếp (tại sân bay).",
///     "Tổng kinh phí 1.218 triệu đồng",
/// ]);
/// ```
pub fn split_paragraph(p: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    scan(p, |r| out.push(r));
    out
}

/// Byte ranges of the sentences of plain text: each line is a paragraph, and
/// no sentence crosses a line break. For text that needs no cleaning.
///
/// ```
/// let t = "Một câu. Hai câu.\nDòng khác không có dấu";
/// let s: Vec<&str> = tinbai::sentences::split_text(t).into_iter().map(|r| &t[r]).collect();
/// assert_eq!(s, ["Một câu.", "Hai câu.", "Dòng khác không có dấu"]);
/// ```
pub fn split_text(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut base = 0;
    for line in text.split('\n') {
        scan(line, |r| out.push(base + r.start..base + r.end));
        base += line.len() + 1;
    }
    out
}

/// The splitter: calls `emit` with each sentence's byte range, in order.
fn scan(p: &str, mut emit: impl FnMut(Range<usize>)) {
    let b = p.as_bytes();
    let n = b.len();
    let mut start = skip_ws(p, 0);
    let mut content = Content::at(start);
    let mut straight_open = false;
    let mut curly: u32 = 0;
    let mut i = start;
    loop {
        i = next_special(b, i);
        let Some(&c) = b.get(i) else { break };
        match c {
            b'"' => {
                straight_open = !straight_open;
                i += 1;
                continue;
            }
            0xE2 => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0x80), Some(0x9C)) => {
                    curly = curly.saturating_add(1);
                    i += 3;
                    continue;
                }
                (Some(0x80), Some(0x9D)) => {
                    curly = curly.saturating_sub(1);
                    i += 3;
                    continue;
                }
                (Some(0x80), Some(0xA6)) => {}
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => {}
        }

        // A run of final marks: `.`, `!`, `?`, `…` in any mix.
        let run_start = i;
        let mut j = i;
        let mut has_stop = false;
        loop {
            match b.get(j) {
                Some(b'.') => {
                    has_stop = true;
                    j += 1;
                }
                Some(b'!' | b'?') => j += 1,
                Some(0xE2) if b.get(j + 1) == Some(&0x80) && b.get(j + 2) == Some(&0xA6) => {
                    has_stop = true;
                    j += 3;
                }
                _ => break,
            }
        }

        // Closing quotes and brackets written right after the run.
        let mut k = j;
        let mut quote_closed = false;
        while let Some(c) = char_at(p, k) {
            match c {
                ')' | ']' | '}' | '’' | '»' | '\'' => k += c.len_utf8(),
                '”' => {
                    curly = curly.saturating_sub(1);
                    quote_closed = true;
                    k += c.len_utf8();
                }
                '"' => {
                    let next = char_at(p, k + 1);
                    if straight_open || next.map_or(true, |c| c.is_whitespace() || is_closer(c)) {
                        straight_open = false;
                        quote_closed = true;
                        k += 1;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        // A closing quote set off by a stray space (`anh em. ” Sau`) still
        // closes the quotation and belongs to this sentence.
        let mut after = skip_ws(p, k);
        if after > k {
            let quote = char_at(p, after);
            let closing = match quote {
                Some('”') => true,
                Some('"') => straight_open,
                _ => false,
            };
            let end = after + quote.map_or(0, char::len_utf8);
            let next = skip_ws(p, end);
            if closing && (next > end || next >= n) {
                if b[after] == b'"' {
                    straight_open = false;
                } else {
                    curly = curly.saturating_sub(1);
                }
                k = end;
                after = next;
                quote_closed = true;
            }
        }
        i = k;
        // `.” - BS. Khăm Phăn chia sẻ.`: a dash after a closed quotation
        // introduces its speaker, it opens no list item
        if quote_closed && char_at(p, after).is_some_and(|c| matches!(c, '-' | '–' | '—')) {
            continue;
        }

        if after >= n {
            break; // only whitespace left: the last sentence ends here
        }
        let glued = after == k && glued_boundary(p, run_start, k);
        if !glued && (after == k || !starts_sentence(p, after)) {
            continue;
        }
        if !has_stop && (straight_open || curly > 0) {
            continue; // `!` or `?` inside a quotation
        }
        if char_before(p, run_start).is_some_and(|c| matches!(c, '(' | '[')) {
            continue; // an omission mark, `(...)` or `[…]`
        }
        if !content.found(p, run_start) {
            continue; // nothing but punctuation so far (`... và`)
        }
        let lone_period = j == run_start + 1 && b[run_start] == b'.' && k == j;
        if lone_period && period_is_inside(p, start, run_start) {
            continue;
        }
        emit(start..k);
        start = after;
        content = Content::at(after);
        i = after;
    }
    let end = p.trim_end().len();
    if start < end {
        emit(start..end);
    }
}

/// Whether the sentence so far has a letter or a digit; scans each byte once.
struct Content {
    upto: usize,
    found: bool,
}

impl Content {
    fn at(pos: usize) -> Self {
        Content {
            upto: pos,
            found: false,
        }
    }

    fn found(&mut self, p: &str, to: usize) -> bool {
        if !self.found && to > self.upto {
            self.found = p
                .get(self.upto..to)
                .is_some_and(|s| s.chars().any(char::is_alphanumeric));
            self.upto = to;
        }
        self.found
    }
}

/// The character starting at byte `i`, if `i` is a character boundary.
fn char_at(p: &str, i: usize) -> Option<char> {
    p.get(i..)?.chars().next()
}

/// The character ending at byte `i`, if `i` is a character boundary.
fn char_before(p: &str, i: usize) -> Option<char> {
    p.get(..i)?.chars().next_back()
}

/// The first byte at or after `i` that is not whitespace.
fn skip_ws(p: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(p, i) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '{' | '«' | '„')
}

fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '}' | '’' | '»' | '\'' | '”' | '"')
}

/// Whether the text at `i` (after a final mark and a space) opens a sentence:
/// a capital letter, a digit, an opening quote or bracket, or a list dash
/// followed by a space and a capital or a digit.
fn starts_sentence(p: &str, i: usize) -> bool {
    let Some(c) = char_at(p, i) else {
        return false;
    };
    if c.is_uppercase() || c.is_ascii_digit() || is_opener(c) {
        return true;
    }
    if matches!(c, '-' | '–' | '—' | '•' | '+' | '*') {
        let j = i + c.len_utf8();
        let k = skip_ws(p, j);
        return k > j && char_at(p, k).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    }
    false
}

/// Whether a final mark with no space after it still ends a sentence, as in
/// scraped text that glues two sentences (`tỉnh Sơn La.Ký kết biên bản`):
/// a capitalised word (a capital, then a lowercase letter) follows at `k`,
/// and the token before the mark at `mark` is a plain word with a lowercase
/// letter, or ends with a closing bracket or quote. Dotted tokens, domain
/// names, e-mail addresses, paths, abbreviations and initials never qualify
/// (`TP.HCM`, `Q.Ba Đình`, `Th.Sĩ`, `Baohatinh.vn`, `thanhhoa.Gov.vn`).
fn glued_boundary(p: &str, mark: usize, k: usize) -> bool {
    // The word after: a capital, then a lowercase letter, and no `.x` after it.
    let Some(rest) = p.get(k..) else {
        return false;
    };
    let mut letters = rest.char_indices().filter(|(_, c)| !is_combining(*c));
    match (letters.next(), letters.next()) {
        (Some((_, a)), Some((_, b))) if a.is_uppercase() && b.is_lowercase() => {}
        _ => return false,
    }
    let mut word_end = rest.len();
    for (idx, c) in rest.char_indices() {
        if idx > MAX_TOKEN {
            return false;
        }
        if !(c.is_alphabetic() || is_combining(c)) {
            word_end = idx;
            break;
        }
    }
    let tail = &rest[word_end..];
    let mut t = tail.chars();
    if t.next() == Some('.') && t.next().is_some_and(char::is_alphanumeric) {
        return false; // `Thanhhoa.Gov.vn`
    }
    // The token before.
    let Some(before) = p.get(..mark) else {
        return false;
    };
    let mut tstart = 0;
    for (idx, c) in before.char_indices().rev() {
        if mark - idx > MAX_TOKEN {
            return false;
        }
        if c.is_whitespace() || matches!(c, '(' | '[' | '{' | '“' | '«') {
            tstart = idx + c.len_utf8();
            break;
        }
    }
    let token = &before[tstart..];
    if token.is_empty()
        || token.contains(['.', '@', '/', ':', '\\'])
        || ABBREVIATIONS.contains(token)
    {
        return false;
    }
    let ends_closed = token.chars().next_back().is_some_and(is_closer);
    let worded = token.chars().filter(|c| !is_combining(*c)).count() >= 2
        && token.chars().any(char::is_lowercase);
    ends_closed || worded
}

/// A combining mark (decomposed Vietnamese tone and vowel marks).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}

/// Whether the lone period at `dot` belongs to the token before it (an
/// abbreviation, an initial, a list number) rather than ending the sentence
/// that started at `sent_start`.
fn period_is_inside(p: &str, sent_start: usize, dot: usize) -> bool {
    let Some(before) = p.get(..dot) else {
        return false;
    };
    let mut tstart = 0;
    for (idx, c) in before.char_indices().rev() {
        if dot - idx > MAX_TOKEN {
            return false;
        }
        if c.is_whitespace() || is_opener(c) || c == '/' {
            tstart = idx + c.len_utf8();
            break;
        }
    }
    let token = &before[tstart..];
    let Some(last_char) = token.chars().next_back() else {
        return false;
    };
    if is_closer(last_char) {
        return false;
    }
    let last = token.rsplit('.').next().unwrap_or(token);
    if ABBREVIATIONS.contains(token) || ABBREVIATIONS.contains(last) {
        return true;
    }
    let mut chars = last.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            // An initial, unless a label word stands before it (`bảng A.`).
            return last.len() != token.len() || !follows_label_word(before, tstart);
        }
    }
    if is_list_marker(token) {
        let prev = before[..tstart].trim_end();
        return tstart <= sent_start
            || before[sent_start.min(tstart)..tstart]
                .chars()
                .all(|c| c.is_whitespace() || is_opener(c))
            || prev.ends_with(':')
            || prev.ends_with(';');
    }
    false
}

/// Whether the word ending before byte `tstart` (past whitespace) is a label word.
fn follows_label_word(before: &str, tstart: usize) -> bool {
    let head = before[..tstart].trim_end();
    let mut wstart = head.len();
    for (idx, c) in head.char_indices().rev() {
        if head.len() - idx > MAX_TOKEN {
            return false;
        }
        if !c.is_alphabetic() {
            break;
        }
        wstart = idx;
    }
    let word = &head[wstart..];
    !word.is_empty() && LABEL_WORDS.contains(word.to_lowercase().as_str())
}

/// A list number: `1`, `12`, `1.2`, a Roman numeral (`IV`), or one lowercase letter (`a`).
fn is_list_marker(token: &str) -> bool {
    let digits = token.len() <= 7
        && token
            .split('.')
            .all(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let roman = (1..=6).contains(&token.len()) && token.bytes().all(|b| b"IVXLC".contains(&b));
    let letter = token.len() == 1 && token.bytes().all(|b| b.is_ascii_lowercase());
    digits || roman || letter
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_special_agrees_with_the_table_at_every_offset() {
        // Every byte value once, punctuation at every alignment, a tail
        // shorter than a word.
        let mut b: Vec<u8> = (0..=255u8).collect();
        b.extend_from_slice("Ông A. Đến “Lào”… Có? Không! Vâng \"ạ\" x".as_bytes());
        for start in 0..=b.len() {
            let naive = (start..b.len())
                .find(|&k| super::SPECIAL[b[k] as usize])
                .unwrap_or(b.len());
            assert_eq!(super::next_special(&b, start), naive, "from {start}");
        }
    }

    use super::*;
    use crate::document::ParagraphKind;

    fn sents(p: &str) -> Vec<&str> {
        split_paragraph(p).into_iter().map(|r| &p[r]).collect()
    }

    fn one(p: &str) {
        assert_eq!(sents(p), vec![p.trim()], "should be one sentence: {p}");
    }

    #[test]
    fn splits_at_period_before_capital() {
        assert_eq!(
            sents("Đoàn công tác tỉnh Nghệ An đến thăm huyện Viêng Thoong. Hai bên trao đổi kinh nghiệm."),
            ["Đoàn công tác tỉnh Nghệ An đến thăm huyện Viêng Thoong.", "Hai bên trao đổi kinh nghiệm."]
        );
    }

    #[test]
    fn splits_before_any_vietnamese_capital() {
        for cap in ["Đ", "Ấ", "Ở", "Ủ", "Ê", "Ư", "Ý", "Ơ", "Â", "Ă", "Ô"] {
            let p = format!("Hai bên ký kết biên bản. {cap}n tượng sâu sắc.");
            assert_eq!(sents(&p).len(), 2, "{p}");
        }
        // decomposed (NFD) capital
        let nfd = "Đoàn thăm tỉnh Quảng Trị. A\u{302}\u{301}n tượng sâu sắc.";
        assert_eq!(sents(nfd).len(), 2);
    }

    #[test]
    fn splits_at_bang_question_and_ellipsis() {
        assert_eq!(
            sents("Tổ quốc ghi công! Đồng đội mãi nhớ các anh."),
            ["Tổ quốc ghi công!", "Đồng đội mãi nhớ các anh."]
        );
        assert_eq!(
            sents("Làm sao giữ vững biên giới? Câu trả lời nằm ở lòng dân."),
            ["Làm sao giữ vững biên giới?", "Câu trả lời nằm ở lòng dân."]
        );
        assert_eq!(
            sents("Bà con vui mừng đón đoàn… Chủ tịch xã phát biểu."),
            ["Bà con vui mừng đón đoàn…", "Chủ tịch xã phát biểu."]
        );
        assert_eq!(
            sents("Hai bên trao đổi về thương mại, du lịch... Năm nay kim ngạch tăng."),
            [
                "Hai bên trao đổi về thương mại, du lịch...",
                "Năm nay kim ngạch tăng."
            ]
        );
        assert_eq!(
            sents("Thật sao?! Không ai ngờ tới."),
            ["Thật sao?!", "Không ai ngờ tới."]
        );
    }

    #[test]
    fn splits_before_digit_and_opening_quote_or_bracket() {
        assert_eq!(
            sents("Hội nghị kết thúc lúc 11 giờ. 15 phút sau, đoàn lên đường."),
            [
                "Hội nghị kết thúc lúc 11 giờ.",
                "15 phút sau, đoàn lên đường."
            ]
        );
        assert_eq!(
            sents("Hai bên đã ký biên bản. \"Đây là dấu mốc quan trọng\", ông Sổm Phết nói."),
            [
                "Hai bên đã ký biên bản.",
                "\"Đây là dấu mốc quan trọng\", ông Sổm Phết nói."
            ]
        );
        assert_eq!(
            sents("Hai bên đã ký biên bản. “Đây là dấu mốc”, ông nói."),
            ["Hai bên đã ký biên bản.", "“Đây là dấu mốc”, ông nói."]
        );
        assert_eq!(
            sents("Đoàn về đến Nậm Cắn. (Nguồn tin từ đồn biên phòng.)"),
            ["Đoàn về đến Nậm Cắn.", "(Nguồn tin từ đồn biên phòng.)"]
        );
    }

    #[test]
    fn no_split_in_thousands_and_decimals() {
        one("Tỉnh đã hỗ trợ 2.450 tấn gạo và 13.500.000 liều vắc xin, tương đương 1,7 tỷ đồng.");
        one("Tốc độ tăng trưởng đạt 7.5 phần trăm theo cách viết quốc tế và 6,25% theo cách viết trong nước.");
        assert_eq!(
            sents("Tỷ lệ hộ nghèo giảm còn 3,15%. Năm tới, huyện phấn đấu giảm thêm 1,2%."),
            [
                "Tỷ lệ hộ nghèo giảm còn 3,15%.",
                "Năm tới, huyện phấn đấu giảm thêm 1,2%."
            ]
        );
    }

    #[test]
    fn no_split_in_dates() {
        one("Từ ngày 12/3/2024 đến 20-10-2024, và ngày 15.8.2023, hai đơn vị đã tuần tra 30 lượt.");
        assert_eq!(
            sents("Hiệp định được ký ngày 18/7/1977. Từ đó, quan hệ ngày càng bền chặt."),
            [
                "Hiệp định được ký ngày 18/7/1977.",
                "Từ đó, quan hệ ngày càng bền chặt."
            ]
        );
    }

    #[test]
    fn no_split_after_initials() {
        one("Bài viết của T. Hằng và nhóm phóng viên được đăng trên trang nhất.");
        one("Đại úy Nguyễn V. Bình cùng tổ công tác đã có mặt kịp thời.");
        one("Phóng viên N.V. Tuấn ghi lại khoảnh khắc đó.");
        one("Ông Đ. Khánh, cán bộ đồn biên phòng, cho biết.");
        one("Tác giả Th. Hương và Ng. Minh đã đến bản Phìn Hồ.");
        one("Anh nhớ mãi người đồng đội T. Quang đã hy sinh ở Mường Lát.");
        one("Người báo tin là anh Lò V. B, trú tại bản Pù Nhi.");
    }

    #[test]
    fn label_letter_can_end_a_sentence() {
        assert_eq!(
            sents("Đội tuyển huyện Kỳ Sơn xếp thứ hai bảng A. Sau đó, đội vào bán kết."),
            [
                "Đội tuyển huyện Kỳ Sơn xếp thứ hai bảng A.",
                "Sau đó, đội vào bán kết."
            ]
        );
        assert_eq!(
            sents("Đây là Đại hội đại biểu lần thứ V. Tiếp theo là phần thảo luận."),
            [
                "Đây là Đại hội đại biểu lần thứ V.",
                "Tiếp theo là phần thảo luận."
            ]
        );
    }

    #[test]
    fn no_split_after_abbreviations() {
        one("Đoàn đến TP. Viêng Chăn ngày 3/4 và làm việc tại Tp. Vinh.");
        one("ThS. Lê Văn Hòa và Th.S Nguyễn Thu Trang trình bày tham luận.");
        one("PGS.TS. Trần Minh Đức cùng GS. Phạm Hữu Lộc và TS. Vương Thị Mai phát biểu.");
        one("BS. Đào Quang Huy khám cho 120 người dân bản Huồi Xài.");
        one("Văn phòng đặt tại Q. 3 và P. Bến Thành, gần đường St. Petersburg.");
        one("Ông Mr. Sổm Xay Phôm Vi Hản gửi thư cảm ơn.");
        one("Công văn No. 5 được gửi tới các đơn vị.");
        one("Tham khảo tài liệu tr. 25 và Tr. 40 của cuốn sách.");
        one("Sách do Nxb. Quân đội nhân dân phát hành.");
        one("Các lĩnh vực giáo dục, y tế, văn hóa v.v. đều được hai bên quan tâm.");
    }

    #[test]
    fn vv_before_capital_does_not_end_per_spec() {
        one("Hai bên hợp tác về giáo dục, y tế, v.v. Ngoài ra còn có du lịch.");
    }

    #[test]
    fn abbreviation_list_is_clean() {
        assert!(ABBREVIATIONS.contains("TP"));
        assert!(ABBREVIATIONS.contains("PGS"));
        assert!(ABBREVIATIONS.contains("v.v"));
        assert!(!ABBREVIATIONS
            .iter()
            .any(|a| a.ends_with('.') || a.contains(' ')));
        assert!(LABEL_WORDS.contains("bảng"));
        assert!(LABEL_WORDS
            .iter()
            .all(|w| w.to_lowercase() == *w && !w.contains(' ')));
    }

    #[test]
    fn sentence_ending_in_dotted_place_name_splits() {
        assert_eq!(
            sents("Đoàn đã đến TP.HCM. Tại đây, đoàn làm việc với Sở Ngoại vụ."),
            [
                "Đoàn đã đến TP.HCM.",
                "Tại đây, đoàn làm việc với Sở Ngoại vụ."
            ]
        );
        assert_eq!(
            sents("Trụ sở đặt tại Q.1. Đoàn đến đó lúc 9 giờ."),
            ["Trụ sở đặt tại Q.1.", "Đoàn đến đó lúc 9 giờ."]
        );
        assert_eq!(
            sents("Nhóm phóng viên báo Nhân Dân có mặt tại TP. HCM. Sau đó đoàn về Đồng Nai."),
            [
                "Nhóm phóng viên báo Nhân Dân có mặt tại TP. HCM.",
                "Sau đó đoàn về Đồng Nai."
            ]
        );
    }

    #[test]
    fn glued_sentences_split() {
        assert_eq!(
            sents("Hai bên hội đàm tại Bộ CHQS tỉnh Điện Biên.Ký kết biên bản ghi nhớ năm 2025."),
            [
                "Hai bên hội đàm tại Bộ CHQS tỉnh Điện Biên.",
                "Ký kết biên bản ghi nhớ năm 2025."
            ]
        );
        assert_eq!(
            sents("Đoàn thăm bản Na Mèo (Thanh Hóa).Đây là bản giáp biên."),
            ["Đoàn thăm bản Na Mèo (Thanh Hóa).", "Đây là bản giáp biên."]
        );
        assert_eq!(
            sents("Bà con ra đón đoàn…Ấn tượng nhất là các em nhỏ."),
            ["Bà con ra đón đoàn…", "Ấn tượng nhất là các em nhỏ."]
        );
        // decomposed capital after the mark
        assert_eq!(
            sents("Đoàn về Nghệ An.A\u{302}\u{301}n tượng sâu sắc.").len(),
            2
        );
    }

    #[test]
    fn glued_dots_that_do_not_split() {
        one("Đoàn đến TP.Hồ Chí Minh, Tp.Vinh và Q.Ba Đình, P.Bến Nghé.");
        one("Đoàn gồm ThS.Nguyễn Lan, PGS.TS.Lê Hùng và Ng.Hương, Nguyễn V.Anh.");
        one("Tin đăng trên Thanhhoa.Gov.vn và Baohatinh.vn, liên hệ qua dientu@baohatinh.Vn nhé.");
        one("Công ty ABC Co.Ltd tài trợ và GD&ĐT.Sở cũng tham gia.");
        one("Các lĩnh vực giáo dục, y tế v.v.Cùng với đó là văn hóa.");
        one("Đoàn đến TP.HCM và Hà Nội.");
    }

    #[test]
    fn no_split_in_domain_names() {
        one("Thông tin đăng trên nghean.gov.vn và Baonghean.vn cho biết số liệu chính xác.");
        assert_eq!(
            sents("Tin do Baoquangtri.vn đưa. Theo đó, hai bên tuần tra 12 lượt."),
            [
                "Tin do Baoquangtri.vn đưa.",
                "Theo đó, hai bên tuần tra 12 lượt."
            ]
        );
        assert_eq!(
            sents("Xem chi tiết tại quangtri.gov.vn. Hai bên cam kết thực hiện."),
            [
                "Xem chi tiết tại quangtri.gov.vn.",
                "Hai bên cam kết thực hiện."
            ]
        );
    }

    #[test]
    fn no_split_at_ellipsis_before_lowercase() {
        one("Đoàn đi thăm trường học, trạm y tế... và gặp gỡ bà con bản Na Ngoi.");
        one("Đoàn đi thăm trường học… rồi trở về đồn Biên phòng Mường Típ.");
        one("Hỗ trợ 9 con bò, 1.000 con gà cho bà con huyện Sầm Tớ,..., tổng trị giá hơn 800 triệu đồng.");
    }

    #[test]
    fn no_split_at_colon_or_semicolon() {
        one("Ông nhấn mạnh: Hai bên cần phối hợp chặt chẽ; Tuần tra song phương phải duy trì thường xuyên.");
        one("Chủ tịch UBND huyện Kỳ Sơn Lữ Văn Phương: Hai huyện có 90 km đường biên giới.");
    }

    #[test]
    fn closing_quote_or_bracket_belongs_to_the_sentence() {
        assert_eq!(
            sents("Ông nói: \"Chúng ta là anh em.\" Sau đó, hai bên ký kết."),
            [
                "Ông nói: \"Chúng ta là anh em.\"",
                "Sau đó, hai bên ký kết."
            ]
        );
        assert_eq!(
            sents("Ông nói: “Chúng ta là anh em!” Sau đó, hai bên ký kết."),
            ["Ông nói: “Chúng ta là anh em!”", "Sau đó, hai bên ký kết."]
        );
        assert_eq!(
            sents("Đoàn được đón tiếp nồng hậu (theo TTXVN.) Sau đó hai bên hội đàm."),
            [
                "Đoàn được đón tiếp nồng hậu (theo TTXVN.)",
                "Sau đó hai bên hội đàm."
            ]
        );
    }

    #[test]
    fn closing_quote_after_a_stray_space_belongs_to_the_sentence() {
        assert_eq!(
            sents("Ông nói: \"Chúng ta là anh em. \" Sau đó, hai bên ký kết."),
            [
                "Ông nói: \"Chúng ta là anh em. \"",
                "Sau đó, hai bên ký kết."
            ]
        );
        assert_eq!(
            sents("Ông nói: “Chúng ta là anh em! ” Sau đó, hai bên ký kết."),
            ["Ông nói: “Chúng ta là anh em! ”", "Sau đó, hai bên ký kết."]
        );
        // Outside a quotation a straight quote after the space opens the next sentence.
        assert_eq!(
            sents("Hai bên ký kết. \"Đây là dấu mốc\", ông nói."),
            ["Hai bên ký kết.", "\"Đây là dấu mốc\", ông nói."]
        );
    }

    #[test]
    fn realistic_paragraphs() {
        let cases: &[&[&str]] = &[
            &[
                "Chiều 15/3, tại TP. Vinh (Nghệ An), Bộ CHQS tỉnh Nghệ An tổ chức hội đàm với Bộ CHQS tỉnh Xiêng Khoảng (Lào).",
                "Dự hội đàm có Đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ CHQS tỉnh; Thượng tá Xổm Phon Vi La Vông, Phó Chỉ huy trưởng Bộ CHQS tỉnh Xiêng Khoảng.",
            ],
            &[
                "Năm 2023, hai bên tổ chức 24 lượt tuần tra song phương với 1.350 lượt cán bộ, chiến sĩ tham gia; phát hiện, xử lý 15 vụ/32 đối tượng vi phạm...",
                "Qua đó góp phần giữ vững an ninh biên giới.",
            ],
            &[
                "Theo ThS. Nguyễn Thị Lan, Phó Giám đốc Sở Ngoại vụ, năm 2024 tỉnh đã tiếp nhận 1.200 lưu học sinh Lào (tăng 12,5% so với năm 2023).",
                "Đây là con số cao nhất từ trước đến nay.",
            ],
            &[
                "Phát biểu tại buổi lễ, Thiếu tướng Phạm Văn Nam nhấn mạnh: \"Tình hữu nghị Việt - Lào là tài sản vô giá.",
                "Chúng ta phải giữ gìn và phát huy!\"",
                "Ông đề nghị hai bên tiếp tục phối hợp.",
            ],
            &[
                "Chương trình do Báo Quân đội nhân dân (qdnd.vn) phối hợp tổ chức.",
                "Thông tin chi tiết xem tại www.qdnd.vn.",
            ],
            &[
                "Đoàn gồm PGS.TS Trần Văn Minh, TS. Lê Thị Hoa và GS.TSKH. Vũ Đình Cự.",
                "Đoàn làm việc tại Viêng Chăn từ ngày 3 - 7/4/2024.",
            ],
            &[
                "Tổng kinh phí hỗ trợ là 2,5 tỷ đồng...",
                "Trong đó, tỉnh hỗ trợ 1,2 tỷ đồng, huyện 800 triệu đồng v.v.",
            ],
            &[
                "Hai bên thống nhất: 1. Duy trì tuần tra song phương; 2. Trao đổi thông tin định kỳ; 3. Phối hợp đấu tranh phòng, chống tội phạm.",
                "Biên bản được ký bằng tiếng Việt và tiếng Lào.",
            ],
            &["Ông Bua Khăm (bên phải) trao quà cho Đồn Biên phòng Cửa khẩu quốc tế Cầu Treo."],
            &[
                "Lúc 8h30 ngày 12.5.2024, Đồn BP Nà Ngoi phát hiện 2 đối tượng...",
                "Các đối tượng khai nhận hành vi vi phạm.",
            ],
        ];
        for want in cases {
            let p = want.join(" ");
            assert_eq!(sents(&p), *want);
        }
    }

    #[test]
    fn omission_mark_does_not_end_a_sentence() {
        one("Ông cho rằng (...) Hai bên cần giữ vững biên giới hòa bình.");
        one("Văn bản nêu rõ […] Các lực lượng phối hợp tuần tra.");
    }

    #[test]
    fn splits_after_period_following_a_bracket() {
        assert_eq!(
            sents("Huyện đề xuất mở lối mở (tại bản Na Mèo). Mong muốn các ngành cùng vào cuộc."),
            [
                "Huyện đề xuất mở lối mở (tại bản Na Mèo).",
                "Mong muốn các ngành cùng vào cuộc."
            ]
        );
    }

    #[test]
    fn paragraph_without_final_mark_is_one_sentence() {
        one("Quảng Trị và Savannakhet tăng cường hợp tác phát triển");
        one("Lãnh đạo hai tỉnh chụp ảnh lưu niệm");
        assert_eq!(
            sents("Đoàn tham quan cửa khẩu Lao Bảo. Đại biểu chụp ảnh"),
            ["Đoàn tham quan cửa khẩu Lao Bảo.", "Đại biểu chụp ảnh"]
        );
    }

    #[test]
    fn spans_are_trimmed() {
        let p = "  Câu thứ nhất.   Câu thứ hai.  \t";
        let a = p.find("Câu thứ nhất.").unwrap_or(0);
        let b = p.find("Câu thứ hai.").unwrap_or(0);
        let r = split_paragraph(p);
        assert_eq!(
            r,
            vec![a..a + "Câu thứ nhất.".len(), b..b + "Câu thứ hai.".len()]
        );
    }

    #[test]
    fn continued_caption_keeps_its_leading_ellipsis() {
        one("... và cầu treo bản Pha Lềnh, xã Tam Hợp.");
        one("… và trạm kiểm soát biên phòng Nậm Cắn.");
        one("... Và cầu treo bản Pha Lềnh, xã Tam Hợp.");
        assert_eq!(
            sents("Đoàn thăm mô hình trồng chè ở xã Hữu Kiệm..."),
            ["Đoàn thăm mô hình trồng chè ở xã Hữu Kiệm..."]
        );
    }

    #[test]
    fn bang_and_question_inside_quotes_do_not_split() {
        one("Khẩu hiệu \"Vì Tổ quốc! Vì nhân dân!\" được treo trang trọng tại hội trường.");
        one("Phong trào “Ai cũng làm được? Có chứ!” lan tỏa khắp các bản.");
        assert_eq!(
            sents("Ông hỏi: \"Vì sao?\" Mọi người đều im lặng."),
            ["Ông hỏi: \"Vì sao?\"", "Mọi người đều im lặng."]
        );
        // A period inside a long quotation still splits.
        assert_eq!(
            sents("Ông khẳng định: “Hai bên cần phối hợp chặt chẽ. Chúng ta sẽ làm được.”"),
            [
                "Ông khẳng định: “Hai bên cần phối hợp chặt chẽ.",
                "Chúng ta sẽ làm được.”"
            ]
        );
    }

    #[test]
    fn numbered_lists() {
        one("1. Tăng cường tuần tra song phương trên tuyến biên giới.");
        one("II. Nhiệm vụ trọng tâm năm 2025");
        one("a. Phối hợp trao đổi thông tin.");
        one("Gồm ba nội dung: 1. Tuần tra song phương; 2. Trao đổi thông tin; 3. Phòng chống tội phạm.");
        assert_eq!(
            sents("Nội dung thứ nhất là tuần tra. 2. Phối hợp trao đổi thông tin."),
            [
                "Nội dung thứ nhất là tuần tra.",
                "2. Phối hợp trao đổi thông tin."
            ]
        );
        // A number ending a sentence is not a list marker.
        assert_eq!(
            sents("Số đồn biên phòng tham gia là 12. Tất cả đều hoàn thành nhiệm vụ."),
            [
                "Số đồn biên phòng tham gia là 12.",
                "Tất cả đều hoàn thành nhiệm vụ."
            ]
        );
    }

    #[test]
    fn dash_after_a_closed_quotation_names_the_speaker() {
        one("“Chúng tôi sẽ tiếp tục phối hợp tuần tra song phương.” - Trung tá Vàng A Dơ, Đồn trưởng Đồn Biên phòng Pa Thơm, cho biết.");
        one("\"Hai bên cần đẩy nhanh tiến độ dự án.\" – Ông Sỉ Ma Vông nhấn mạnh.");
        assert_eq!(
            sents("Nhiệm vụ đã hoàn thành. - Tuần tra 12 lượt."),
            ["Nhiệm vụ đã hoàn thành.", "- Tuần tra 12 lượt."]
        );
    }

    #[test]
    fn list_dash_after_final_mark_splits() {
        assert_eq!(
            sents("Kết quả cụ thể như sau. - Tuần tra 30 lượt với 240 cán bộ."),
            [
                "Kết quả cụ thể như sau.",
                "- Tuần tra 30 lượt với 240 cán bộ."
            ]
        );
        assert_eq!(
            sents(
                "Nhiệm vụ năm tới gồm nhiều nội dung. + Phối hợp tuần tra. • Trao đổi thông tin."
            ),
            [
                "Nhiệm vụ năm tới gồm nhiều nội dung.",
                "+ Phối hợp tuần tra.",
                "• Trao đổi thông tin."
            ]
        );
        one("Hai tỉnh Điện Biên - Phông Sa Lỳ ký kết thỏa thuận.");
        one("Tỷ lệ che phủ rừng đạt 58,2%. + hoặc - vài điểm tùy năm.");
    }

    #[test]
    fn split_maps_paragraphs_and_skips_bad_spans() {
        let text = "Tiêu đề bài viết\nCâu một. Câu hai.\nChú thích ảnh";
        let l1 = text.find('\n').unwrap_or(0);
        let l2 = text.rfind('\n').unwrap_or(0);
        let para = |kind, span, line| Paragraph { kind, span, line };
        let paras = [
            para(ParagraphKind::Title, 0..l1, 0),
            para(ParagraphKind::Body, l1 + 1..l2, 2),
            para(ParagraphKind::Caption, l2 + 1..text.len(), 4),
            para(ParagraphKind::Body, 2..3, 5),
            para(ParagraphKind::Body, 500..900, 6),
        ];
        let s = split(text, &paras);
        let got: Vec<(&str, usize)> = s
            .iter()
            .map(|s| (&text[s.span.clone()], s.paragraph))
            .collect();
        assert_eq!(
            got,
            [
                ("Tiêu đề bài viết", 0),
                ("Câu một.", 1),
                ("Câu hai.", 1),
                ("Chú thích ảnh", 2)
            ]
        );
    }

    fn check_invariants(p: &str) {
        let r = split_paragraph(p);
        let mut last = 0;
        for s in &r {
            assert!(s.start >= last && s.start < s.end && s.end <= p.len());
            let t = p.get(s.clone()).expect("char boundaries");
            assert_eq!(t, t.trim());
            last = s.end;
        }
    }

    /// Every non-space character of the paragraph lands in exactly one sentence.
    fn check_coverage(p: &str) {
        check_invariants(p);
        let joined: String = split_paragraph(p)
            .into_iter()
            .flat_map(|r| p[r].chars().collect::<Vec<_>>())
            .filter(|c| !c.is_whitespace())
            .collect();
        let all: String = p.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, all, "{p:?}");
    }

    #[test]
    fn random_paragraphs_keep_every_character() {
        let alphabet: Vec<&str> = vec![
            "a", "Đ", "Ấ", "b", "T", "1", "9", ".", ".", "!", "?", "…", "...", " ", " ", " ", "\"",
            "“", "”", "(", ")", "'", ",", ";", ":", "-", "–", "TP", "v.v", "\u{a0}", "ơ", "😀",
            "\t",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..3000 {
            let mut p = String::new();
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let len = (state % 40) as usize;
            for _ in 0..len {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                p.push_str(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            check_coverage(&p);
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let odd = [
            "",
            " ",
            "\t\n",
            ".",
            "...",
            "…",
            "?!",
            "\"",
            "“”",
            "”",
            "A.",
            "A. ",
            ". A",
            "… A",
            "—",
            "–",
            "\u{e2}",
            "Đ.",
            "1.",
            " . . . ",
            "Ok. 😀 Tốt. 👍",
            "ສະບາຍດີ. ລາວ.",
            "中文。日本語. Tiếng Việt.",
            "a\u{0}b. C\u{7}d.",
            "\u{feff}Câu. Câu.",
            "(\"",
            "\")",
            "x.\"",
            "Câu.\u{a0}Tiếp.",
            "TP.",
            "v.v.",
            "\u{2026}\u{2026} Ả",
            "“A? B.” C",
            "A.\"B\" C",
        ];
        for p in odd {
            check_coverage(p);
        }
    }

    #[test]
    fn linear_on_long_runs() {
        let n = 100_000;
        for unit in [
            ".", "1", "1.", ". ", "A. ", "... (", "\"", "? ", "“", ".\" ", "Đ. ", "TP. ",
        ] {
            let p = unit.repeat(n);
            check_invariants(&p);
        }
        let p = format!("{}. Câu sau.", "a".repeat(n));
        assert_eq!(split_paragraph(&p).len(), 2);
    }
}
