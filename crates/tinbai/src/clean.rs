//! Cleaning: one label per input line, metadata, kept paragraphs and text.

use crate::document::{LineLabel, Meta, Paragraph};
use crate::Options;

/// What cleaning gives: labels, metadata, kept paragraphs and their text.
///
/// ```
/// let c = tinbai::clean::clean("Tiêu đề\n\nNội dung.\n", &tinbai::Options::default());
/// assert_eq!(c.lines.len(), 4);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Metadata taken off the lines.
    pub meta: Meta,
    /// One label per input line.
    pub lines: Vec<LineLabel>,
    /// Kept paragraphs, byte ranges into `text`.
    pub paragraphs: Vec<Paragraph>,
    /// Kept paragraphs joined with `\n`.
    pub text: String,
}

/// Label every line of `input` and build the kept text.
///
/// ```
/// let c = tinbai::clean::clean("Tiêu đề\n", &tinbai::Options::default());
/// assert_eq!(c.text, "Tiêu đề");
/// ```
pub fn clean(input: &str, options: &Options) -> Cleaned {
    let _ = options;
    let mut c = Cleaned::default();
    for (i, line) in input.split('\n').enumerate() {
        let t = crate::normalize::clean_line(line);
        if t.is_empty() {
            c.lines.push(LineLabel::Blank);
            continue;
        }
        let kind = if c.paragraphs.is_empty() {
            LineLabel::Title
        } else {
            LineLabel::Body
        };
        c.lines.push(kind);
        if !c.text.is_empty() {
            c.text.push('\n');
        }
        let start = c.text.len();
        c.text.push_str(&t);
        if let Some(k) = kind.paragraph_kind() {
            c.paragraphs.push(Paragraph {
                kind: k,
                span: start..c.text.len(),
                line: i,
            });
        }
        if kind == LineLabel::Title {
            c.meta.title = Some(t);
        }
    }
    c
}
