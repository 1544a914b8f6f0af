//! The `tinbai/1` JSON form of a [`Document`], and byte → code-point offsets.

use crate::document::{Document, NumberValue};
use serde_json::Value;
use std::io::{self, Write};

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

/// A [`NumberValue`] as a JSON value: an integer when exact, else a float
/// (`null` when not finite), a string for dates and times, `{start, end}`
/// for ranges.
pub(crate) fn number_value_to_json(v: &NumberValue) -> Value {
    match v {
        NumberValue::Number(d) => match exact_int(d) {
            Some(i) => Value::from(i),
            None => serde_json::Number::from_f64(d.as_f64()).map_or(Value::Null, Value::Number),
        },
        NumberValue::Date(s) | NumberValue::Time(s) => Value::from(s.as_str()),
        NumberValue::Range { start, end } => {
            let mut m = serde_json::Map::new();
            m.insert(
                "start".into(),
                start.as_deref().map_or(Value::Null, Value::from),
            );
            m.insert(
                "end".into(),
                end.as_deref().map_or(Value::Null, Value::from),
            );
            Value::Object(m)
        }
    }
}

fn exact_int(d: &crate::document::Decimal) -> Option<i64> {
    if d.scale == 0 {
        d.as_integer().and_then(|i| i64::try_from(i).ok())
    } else {
        None
    }
}

/// Writes JSON straight to `w`, one line or indented exactly as
/// `serde_json::to_writer_pretty` does. Strings that need no escaping (the
/// common case: cleaned text has no control characters) are copied whole.
struct Writer<W: Write> {
    w: W,
    pretty: bool,
    depth: usize,
    /// No member written yet in the object or array being written.
    first: bool,
}

impl<W: Write> Writer<W> {
    fn newline(&mut self) -> io::Result<()> {
        if self.pretty {
            self.w.write_all(b"\n")?;
            for _ in 0..self.depth {
                self.w.write_all(b"  ")?;
            }
        }
        Ok(())
    }

    fn open(&mut self, bracket: &[u8]) -> io::Result<()> {
        self.w.write_all(bracket)?;
        self.depth += 1;
        self.first = true;
        Ok(())
    }

    fn close(&mut self, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if !self.first {
            self.newline()?;
        }
        self.first = false;
        self.w.write_all(bracket)
    }

    /// Starts the next member of an array.
    fn item(&mut self) -> io::Result<()> {
        if !self.first {
            self.w.write_all(b",")?;
        }
        self.first = false;
        self.newline()
    }

    /// Starts the member `k` of an object (a name of the schema: nothing
    /// to escape).
    fn key(&mut self, k: &'static str) -> io::Result<()> {
        self.item()?;
        self.w.write_all(b"\"")?;
        self.w.write_all(k.as_bytes())?;
        self.w.write_all(if self.pretty { b"\": " } else { b"\":" })
    }

    /// A label of the schema (`"title"`, `"PERSON"`...): nothing to escape.
    fn label(&mut self, s: &'static str) -> io::Result<()> {
        self.w.write_all(b"\"")?;
        self.w.write_all(s.as_bytes())?;
        self.w.write_all(b"\"")
    }

    fn field_label(&mut self, k: &'static str, v: &'static str) -> io::Result<()> {
        self.key(k)?;
        self.label(v)
    }

    fn string(&mut self, s: &str) -> io::Result<()> {
        if !needs_escape(s.as_bytes()) {
            self.w.write_all(b"\"")?;
            self.w.write_all(s.as_bytes())?;
            self.w.write_all(b"\"")
        } else {
            serde_json::to_writer(&mut self.w, s).map_err(io::Error::from)
        }
    }

    fn opt(&mut self, s: Option<&str>) -> io::Result<()> {
        match s {
            Some(s) => self.string(s),
            None => self.w.write_all(b"null"),
        }
    }

    fn int(&mut self, n: impl serde::Serialize) -> io::Result<()> {
        serde_json::to_writer(&mut self.w, &n).map_err(io::Error::from)
    }

    fn field_str(&mut self, k: &'static str, v: &str) -> io::Result<()> {
        self.key(k)?;
        self.string(v)
    }

    fn field_opt(&mut self, k: &'static str, v: &Option<String>) -> io::Result<()> {
        self.key(k)?;
        self.opt(v.as_deref())
    }

    fn field_int(&mut self, k: &'static str, v: usize) -> io::Result<()> {
        self.key(k)?;
        self.int(v)
    }

    fn value(&mut self, v: &NumberValue) -> io::Result<()> {
        match v {
            NumberValue::Number(d) => match exact_int(d) {
                Some(i) => self.int(i),
                None if d.as_f64().is_finite() => self.int(d.as_f64()),
                None => self.w.write_all(b"null"),
            },
            NumberValue::Date(s) | NumberValue::Time(s) => self.string(s),
            NumberValue::Range { start, end } => {
                self.open(b"{")?;
                self.field_opt("start", start)?;
                self.field_opt("end", end)?;
                self.close(b"}")
            }
        }
    }

    /// An array of the items of `items`, each written by `each`.
    fn array<T>(
        &mut self,
        k: &'static str,
        items: &[T],
        mut each: impl FnMut(&mut Self, &T) -> io::Result<()>,
    ) -> io::Result<()> {
        self.key(k)?;
        self.open(b"[")?;
        for x in items {
            self.item()?;
            each(self, x)?;
        }
        self.close(b"]")
    }

    fn document(&mut self, doc: &Document, id: Option<&str>) -> io::Result<()> {
        let idx = CharIndex::new(&doc.text);
        let at = |b: usize| idx.char_offset(b);
        self.open(b"{")?;
        if let Some(id) = id {
            self.field_str("id", id)?;
        }
        self.field_label("schema", SCHEMA)?;
        self.key("meta")?;
        self.open(b"{")?;
        let m = &doc.meta;
        self.field_opt("title", &m.title)?;
        self.field_opt("date", &m.date)?;
        self.field_opt("source_tag", &m.source_tag)?;
        self.field_opt("byline", &m.byline)?;
        self.array("credits", &m.credits, |w, c| w.string(c))?;
        self.close(b"}")?;
        self.array("lines", &doc.lines, |w, l| w.label(l.as_str()))?;
        self.array("paragraphs", &doc.paragraphs, |w, p| {
            w.open(b"{")?;
            w.field_label("kind", p.kind.as_str())?;
            w.field_str("text", doc.slice(&p.span))?;
            w.field_int("line", p.line)?;
            w.close(b"}")
        })?;
        self.field_str("text", &doc.text)?;
        self.array("sentences", &doc.sentences, |w, s| {
            w.open(b"{")?;
            w.field_str("text", doc.slice(&s.span))?;
            w.field_int("start", at(s.span.start))?;
            w.field_int("end", at(s.span.end))?;
            w.field_int("paragraph", s.paragraph)?;
            w.close(b"}")
        })?;
        self.array("entities", &doc.entities, |w, e| {
            w.open(b"{")?;
            w.field_label("type", e.kind.as_str())?;
            w.field_str("text", doc.slice(&e.span))?;
            w.field_str("canonical", &e.canonical)?;
            w.field_int("start", at(e.span.start))?;
            w.field_int("end", at(e.span.end))?;
            w.field_opt("name", &e.name)?;
            w.field_opt("title", &e.title)?;
            w.field_opt("role", &e.role)?;
            w.field_opt("level", &e.level)?;
            w.field_opt("country", &e.country)?;
            w.close(b"}")
        })?;
        self.array("entity_groups", &doc.entity_groups, |w, g| {
            w.open(b"{")?;
            w.field_label("type", g.kind.as_str())?;
            w.field_str("canonical", &g.canonical)?;
            w.array("mentions", &g.mentions, |w, &i| w.int(i))?;
            w.close(b"}")
        })?;
        self.array("numbers", &doc.numbers, |w, n| {
            w.open(b"{")?;
            w.field_label("kind", n.kind.as_str())?;
            w.field_str("text", doc.slice(&n.span))?;
            w.field_int("start", at(n.span.start))?;
            w.field_int("end", at(n.span.end))?;
            w.key("value")?;
            w.value(&n.value)?;
            w.field_opt("unit", &n.unit)?;
            w.key("approx")?;
            match n.approx {
                Some(a) => w.label(a.as_str())?,
                None => w.w.write_all(b"null")?,
            }
            w.field_opt("per", &n.per)?;
            w.close(b"}")
        })?;
        self.close(b"}")
    }
}

const SCHEMA: &str = "tinbai/1";

/// Whether `bytes` hold a byte JSON escapes: a control character, `"` or `\`.
/// Eight bytes at a time: a byte below 0x20, or equal to 0x22 or 0x5C
/// after an XOR, shows as a borrow into its top bit.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & TOPS;
    let mut words = bytes.chunks_exact(8);
    let mut found = 0u64;
    for w in words.by_ref() {
        let mut a = [0u8; 8];
        a.copy_from_slice(w);
        let x = u64::from_le_bytes(a);
        found |= x.wrapping_sub(ONES * 0x20) & !x & TOPS;
        found |= zero_byte(x ^ (ONES * u64::from(b'"')));
        found |= zero_byte(x ^ (ONES * u64::from(b'\\')));
    }
    found != 0
        || words
            .remainder()
            .iter()
            .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// The document's `tinbai/1` JSON value (its JSON text, parsed).
pub(crate) fn document_to_json(doc: &Document) -> Value {
    serde_json::from_str(&document_string(doc, false)).unwrap_or(Value::Null)
}

/// Writes the document's JSON (one line, or indented) to `out`, with `id`
/// as its first field when given.
pub(crate) fn write_document<W: Write>(
    doc: &Document,
    id: Option<&str>,
    pretty: bool,
    out: W,
) -> io::Result<()> {
    Writer {
        w: out,
        pretty,
        depth: 0,
        first: true,
    }
    .document(doc, id)
}

/// The document's JSON as a string.
pub(crate) fn document_string(doc: &Document, pretty: bool) -> String {
    let mut buf = Vec::with_capacity(doc.text.len() * 3 + 256);
    // Writing to a Vec cannot fail.
    let _ = write_document(doc, None, pretty, &mut buf);
    // Only valid UTF-8 is written (whole `str`s and ASCII).
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
    fn needs_escape_finds_every_escaped_byte_at_every_position() {
        let base = "Hủa Phăn và Việt Nam, 2025 ".repeat(3);
        assert!(!needs_escape(base.as_bytes()));
        for pos in 0..base.len() {
            if !base.is_char_boundary(pos) {
                continue;
            }
            for c in ['"', '\\', '\n', '\t', '\0', '\u{1f}'] {
                let mut s = base.clone();
                s.insert(pos, c);
                assert!(needs_escape(s.as_bytes()), "{c:?} at {pos}");
            }
            for c in [' ', '#', '!', '\u{7f}', 'Đ', '🎉'] {
                let mut s = base.clone();
                s.insert(pos, c);
                assert!(!needs_escape(s.as_bytes()), "{c:?} at {pos}");
            }
        }
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
