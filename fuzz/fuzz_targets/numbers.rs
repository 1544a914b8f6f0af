//! The number parser on arbitrary text: each line a paragraph, sentences
//! from `tinbai::sentences::split`, an article date chosen by the first
//! byte. Never a panic; spans in bounds, values well formed.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tinbai::{Document, Paragraph, ParagraphKind};

#[path = "../../crates/tinbai/tests/common/invariants.rs"]
mod invariants;

const DATES: &[Option<&str>] = &[
    None,
    Some("2025-05"),
    Some("2025-01-03"),
    Some("2024-12-31"),
    Some("2024"),
    Some("2024-02-29"),
    Some("9999-12"),
    Some("0000-01-01"),
    Some("not a date"),
    Some(""),
];

fuzz_target!(|data: &[u8]| {
    let (date, rest) = match data.split_first() {
        Some((b, rest)) => (DATES[*b as usize % DATES.len()], rest),
        None => (None, data),
    };
    let text = String::from_utf8_lossy(rest).into_owned();
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for (line, l) in text.split('\n').enumerate() {
        if !l.trim().is_empty() {
            paragraphs.push(Paragraph {
                kind: ParagraphKind::Body,
                span: start..start + l.len(),
                line,
            });
        }
        start += l.len() + 1;
    }
    let sentences = tinbai::sentences::split(&text, &paragraphs);
    let numbers = tinbai::numbers::extract(&text, &sentences, date);
    let doc = Document {
        text,
        paragraphs,
        sentences,
        numbers,
        ..Default::default()
    };
    invariants::check_sentences(&doc);
    invariants::check_numbers(&doc);
});
