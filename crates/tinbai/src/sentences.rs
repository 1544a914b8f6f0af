//! Sentence splitting for Vietnamese news text.

use crate::document::{Paragraph, Sentence};
use std::ops::Range;

/// Split each paragraph of `text` into sentences.
///
/// ```
/// let text = "Một. Hai.";
/// let p = [tinbai::Paragraph { kind: tinbai::ParagraphKind::Body, span: 0..text.len(), line: 0 }];
/// assert_eq!(tinbai::sentences::split(text, &p).len(), 2);
/// ```
pub fn split(text: &str, paragraphs: &[Paragraph]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let base = p.span.start;
        for r in split_paragraph(&text[p.span.clone()]) {
            out.push(Sentence {
                span: base + r.start..base + r.end,
                paragraph: pi,
            });
        }
    }
    out
}

/// Byte ranges of the sentences of one paragraph.
///
/// ```
/// assert_eq!(tinbai::sentences::split_paragraph("Một. Hai."), vec![0..6, 7..11]);
/// ```
pub fn split_paragraph(p: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in p.match_indices(". ") {
        out.push(start..i + 1);
        start = i + 2;
    }
    if start < p.len() {
        out.push(start..p.len());
    }
    out
}
