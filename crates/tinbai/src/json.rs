//! The `tinbai/1` JSON form of a [`Document`], and byte → code-point offsets.

use crate::document::{Document, Entity, Number, Sentence};
use serde_json::{json, Map, Value};

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
            count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
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
        base + self.text.as_bytes()[start..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    }
}

fn opt(s: &Option<String>) -> Value {
    match s {
        Some(s) => Value::from(s.as_str()),
        None => Value::Null,
    }
}

fn sentence_json(doc: &Document, idx: &CharIndex<'_>, s: &Sentence) -> Value {
    json!({
        "text": doc.slice(&s.span),
        "start": idx.char_offset(s.span.start),
        "end": idx.char_offset(s.span.end),
        "paragraph": s.paragraph,
    })
}

fn entity_json(doc: &Document, idx: &CharIndex<'_>, e: &Entity) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), Value::from(e.kind.as_str()));
    m.insert("text".into(), Value::from(doc.slice(&e.span)));
    m.insert("canonical".into(), Value::from(e.canonical.as_str()));
    m.insert("start".into(), Value::from(idx.char_offset(e.span.start)));
    m.insert("end".into(), Value::from(idx.char_offset(e.span.end)));
    m.insert("name".into(), opt(&e.name));
    m.insert("title".into(), opt(&e.title));
    m.insert("role".into(), opt(&e.role));
    m.insert("level".into(), opt(&e.level));
    m.insert("country".into(), opt(&e.country));
    Value::Object(m)
}

fn number_json(doc: &Document, idx: &CharIndex<'_>, n: &Number) -> Value {
    let mut m = Map::new();
    m.insert("kind".into(), Value::from(n.kind.as_str()));
    m.insert("text".into(), Value::from(doc.slice(&n.span)));
    m.insert("start".into(), Value::from(idx.char_offset(n.span.start)));
    m.insert("end".into(), Value::from(idx.char_offset(n.span.end)));
    m.insert("value".into(), n.value.to_json());
    m.insert("unit".into(), opt(&n.unit));
    m.insert(
        "approx".into(),
        n.approx.map_or(Value::Null, |a| Value::from(a.as_str())),
    );
    m.insert("per".into(), opt(&n.per));
    Value::Object(m)
}

pub(crate) fn document_to_json(doc: &Document) -> Value {
    let idx = CharIndex::new(&doc.text);
    let mut meta = Map::new();
    meta.insert("title".into(), opt(&doc.meta.title));
    meta.insert("date".into(), opt(&doc.meta.date));
    meta.insert("source_tag".into(), opt(&doc.meta.source_tag));
    meta.insert("byline".into(), opt(&doc.meta.byline));
    meta.insert("credits".into(), json!(doc.meta.credits));
    let paragraphs: Vec<Value> = doc
        .paragraphs
        .iter()
        .map(|p| json!({"kind": p.kind.as_str(), "text": doc.slice(&p.span), "line": p.line}))
        .collect();
    let mut m = Map::new();
    m.insert("schema".into(), Value::from("tinbai/1"));
    m.insert("meta".into(), Value::Object(meta));
    m.insert(
        "lines".into(),
        Value::Array(doc.lines.iter().map(|l| Value::from(l.as_str())).collect()),
    );
    m.insert("paragraphs".into(), Value::Array(paragraphs));
    m.insert("text".into(), Value::from(doc.text.as_str()));
    m.insert(
        "sentences".into(),
        Value::Array(
            doc.sentences
                .iter()
                .map(|s| sentence_json(doc, &idx, s))
                .collect(),
        ),
    );
    m.insert(
        "entities".into(),
        Value::Array(
            doc.entities
                .iter()
                .map(|e| entity_json(doc, &idx, e))
                .collect(),
        ),
    );
    m.insert(
        "entity_groups".into(),
        Value::Array(
            doc.entity_groups
                .iter()
                .map(|g| json!({"type": g.kind.as_str(), "canonical": g.canonical, "mentions": g.mentions}))
                .collect(),
        ),
    );
    m.insert(
        "numbers".into(),
        Value::Array(
            doc.numbers
                .iter()
                .map(|n| number_json(doc, &idx, n))
                .collect(),
        ),
    );
    Value::Object(m)
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
}
