//! The `tinbai/1` JSON form of a [`Document`], and byte → code-point offsets.

use crate::document::{Document, NumberValue};
use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;
use serde_json::Value;

const BLOCK: usize = 64;

/// Converts byte offsets of one text into Unicode code-point offsets.
///
/// It keeps the code-point count at every 64th byte, so a conversion costs
/// at most one short scan, and building it is one pass over the text.
///
/// ```
/// let text = "Hủa Phăn";
/// let idx = tinbai::CharIndex::new(text);
/// assert_eq!(idx.char_offset(text.find("Phăn").unwrap()), 4);
/// assert_eq!(idx.char_offset(text.len()), 8);
/// ```
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    blocks: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    /// Index `text`.
    ///
    /// ```
    /// let idx = tinbai::CharIndex::new("abc");
    /// assert_eq!(idx.char_offset(2), 2);
    /// ```
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut count = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            blocks.push(count);
            count += chars_in(chunk);
        }
        blocks.push(count);
        CharIndex { text, blocks }
    }

    /// The code-point offset of byte offset `byte` (clamped to the text's length).
    ///
    /// ```
    /// let idx = tinbai::CharIndex::new("Việt");
    /// assert_eq!(idx.char_offset(4), 3);
    /// ```
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let start = block * BLOCK;
        let base = self.blocks.get(block).copied().unwrap_or(0);
        base + chars_in(&self.text.as_bytes()[start..byte])
    }
}

/// How many characters start in `bytes`: the bytes that are not UTF-8
/// continuation bytes (`10xxxxxx`), counted eight at a time.
fn chars_in(bytes: &[u8]) -> usize {
    let mut words = bytes.chunks_exact(8);
    let mut continuation = 0;
    for w in words.by_ref() {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let w = u64::from_le_bytes(a);
        // bit 7 set and bit 6 clear, in every byte at once
        continuation += (w & !(w << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    let rest = words.remainder();
    continuation += rest.iter().filter(|&&b| b & 0xc0 == 0x80).count();
    bytes.len() - continuation
}

/// A [`NumberValue`] as JSON: an integer when exact, else a float (`null`
/// when not finite), a string for dates and times, `{start, end}` for ranges.
struct ValueJson<'a>(&'a NumberValue);

impl Serialize for ValueJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            NumberValue::Number(d) => match d.as_integer().and_then(|i| i64::try_from(i).ok()) {
                Some(i) if d.scale == 0 => s.serialize_i64(i),
                _ => {
                    let f = d.as_f64();
                    if f.is_finite() {
                        s.serialize_f64(f)
                    } else {
                        s.serialize_none()
                    }
                }
            },
            NumberValue::Date(v) | NumberValue::Time(v) => s.serialize_str(v),
            NumberValue::Range { start, end } => {
                let mut m = s.serialize_struct("Range", 2)?;
                m.serialize_field("start", start)?;
                m.serialize_field("end", end)?;
                m.end()
            }
        }
    }
}

#[derive(Serialize)]
struct MetaJson<'a> {
    title: &'a Option<String>,
    date: &'a Option<String>,
    source_tag: &'a Option<String>,
    byline: &'a Option<String>,
    credits: &'a [String],
}

#[derive(Serialize)]
struct ParagraphJson<'a> {
    kind: &'static str,
    text: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    paragraph: usize,
}

#[derive(Serialize)]
struct EntityJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    text: &'a str,
    canonical: &'a str,
    start: usize,
    end: usize,
    name: &'a Option<String>,
    title: &'a Option<String>,
    role: &'a Option<String>,
    level: &'a Option<String>,
    country: &'a Option<String>,
}

#[derive(Serialize)]
struct GroupJson<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    canonical: &'a str,
    mentions: &'a [usize],
}

#[derive(Serialize)]
struct NumberJson<'a> {
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    value: ValueJson<'a>,
    unit: &'a Option<String>,
    approx: Option<&'static str>,
    per: &'a Option<String>,
}

/// The `tinbai/1` object of a document, borrowing from it: serialised
/// straight to text (or to a `Value`) without building a tree first.
#[derive(Serialize)]
struct DocumentJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    schema: &'static str,
    meta: MetaJson<'a>,
    lines: Vec<&'static str>,
    paragraphs: Vec<ParagraphJson<'a>>,
    text: &'a str,
    sentences: Vec<SentenceJson<'a>>,
    entities: Vec<EntityJson<'a>>,
    entity_groups: Vec<GroupJson<'a>>,
    numbers: Vec<NumberJson<'a>>,
}

impl<'a> DocumentJson<'a> {
    fn new(doc: &'a Document, id: Option<&'a str>) -> Self {
        let idx = CharIndex::new(&doc.text);
        let at = |b: usize| idx.char_offset(b);
        DocumentJson {
            id,
            schema: SCHEMA,
            meta: MetaJson {
                title: &doc.meta.title,
                date: &doc.meta.date,
                source_tag: &doc.meta.source_tag,
                byline: &doc.meta.byline,
                credits: &doc.meta.credits,
            },
            lines: doc.lines.iter().map(|l| l.as_str()).collect(),
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|p| ParagraphJson {
                    kind: p.kind.as_str(),
                    text: doc.slice(&p.span),
                    line: p.line,
                })
                .collect(),
            text: &doc.text,
            sentences: doc
                .sentences
                .iter()
                .map(|s| SentenceJson {
                    text: doc.slice(&s.span),
                    start: at(s.span.start),
                    end: at(s.span.end),
                    paragraph: s.paragraph,
                })
                .collect(),
            entities: doc
                .entities
                .iter()
                .map(|e| EntityJson {
                    kind: e.kind.as_str(),
                    text: doc.slice(&e.span),
                    canonical: &e.canonical,
                    start: at(e.span.start),
                    end: at(e.span.end),
                    name: &e.name,
                    title: &e.title,
                    role: &e.role,
                    level: &e.level,
                    country: &e.country,
                })
                .collect(),
            entity_groups: doc
                .entity_groups
                .iter()
                .map(|g| GroupJson {
                    kind: g.kind.as_str(),
                    canonical: &g.canonical,
                    mentions: &g.mentions,
                })
                .collect(),
            numbers: doc
                .numbers
                .iter()
                .map(|n| NumberJson {
                    kind: n.kind.as_str(),
                    text: doc.slice(&n.span),
                    start: at(n.span.start),
                    end: at(n.span.end),
                    value: ValueJson(&n.value),
                    unit: &n.unit,
                    approx: n.approx.map(|a| a.as_str()),
                    per: &n.per,
                })
                .collect(),
        }
    }
}

const SCHEMA: &str = "tinbai/1";

pub(crate) fn document_to_json(doc: &Document) -> Value {
    serde_json::to_value(DocumentJson::new(doc, None)).unwrap_or(Value::Null)
}

pub(crate) fn number_value_to_json(v: &NumberValue) -> Value {
    serde_json::to_value(ValueJson(v)).unwrap_or(Value::Null)
}

/// Writes the document's JSON (one line, or indented) to `out`, with `id`
/// as its first field when given.
pub(crate) fn write_document<W: std::io::Write>(
    doc: &Document,
    id: Option<&str>,
    pretty: bool,
    out: W,
) -> std::io::Result<()> {
    let view = DocumentJson::new(doc, id);
    if pretty {
        serde_json::to_writer_pretty(out, &view)?;
    } else {
        serde_json::to_writer(out, &view)?;
    }
    Ok(())
}

/// The document's JSON as a string.
pub(crate) fn document_string(doc: &Document, pretty: bool) -> String {
    let mut buf = Vec::with_capacity(doc.text.len() * 3 + 256);
    // Writing borrowed strings, numbers and options to a Vec cannot fail.
    let _ = write_document(doc, None, pretty, &mut buf);
    // serde_json writes valid UTF-8.
    String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_python_indices() {
        let text = "Hủa Phăn và Việt Nam ".repeat(20);
        let idx = CharIndex::new(&text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(bi), ci);
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn chars_in_counts_code_points_of_every_width() {
        let text = "aĐ\u{1ec7}\u{1f600}\u{308}b Lào ສະບາຍດີ 中文 ".repeat(7);
        for start in 0..text.len() {
            for end in start..=text.len().min(start + 40) {
                if let Some(part) = text.get(start..end) {
                    assert_eq!(chars_in(part.as_bytes()), part.chars().count());
                }
            }
        }
    }
}
