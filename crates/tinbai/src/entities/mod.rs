//! Entities: people, organisations and places.
//!
//! One pass of a vocabulary automaton (gazetteers, level words, ranks,
//! offices, organisation heads, facility types: `lexicon`) marks every
//! paragraph's tokens; local rules then read places with their level words
//! and lists, organisations with their qualifiers, and people with their
//! ranks and offices (`parse`). A last step joins mentions of one entity
//! (tone and spelling variants, shortened mentions) under one canonical form.

mod lexicon;
mod parse;
mod text;
mod trie;

use crate::document::{Entity, EntityGroup, EntityType, Paragraph, Sentence};

/// Find the entities of `text`: people, organisations and places, in span
/// order, with byte spans into `text`.
///
/// ```
/// use tinbai::EntityType;
/// let text = "Đại tá Vũ Văn Hùng, Chỉ huy trưởng Bộ CHQS tỉnh Nghệ An, thăm tỉnh Xiêng Khoảng.";
/// let p = [tinbai::Paragraph { kind: tinbai::ParagraphKind::Body, span: 0..text.len(), line: 0 }];
/// let ents = tinbai::entities::extract(text, &p, &[]);
/// let person = ents.iter().find(|e| e.kind == EntityType::Person).unwrap();
/// assert_eq!(person.name.as_deref(), Some("Vũ Văn Hùng"));
/// assert_eq!(person.title.as_deref(), Some("Đại tá"));
/// assert!(ents.iter().any(|e| e.canonical == "Bộ Chỉ huy quân sự tỉnh Nghệ An"));
/// assert!(ents.iter().any(|e| e.kind == EntityType::Loc && e.name.as_deref() == Some("Xiêng Khoảng")));
/// for e in &ents {
///     assert!(text.get(e.span.clone()).is_some());
/// }
/// ```
pub fn extract(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Entity> {
    parse::extract(text, paragraphs, sentences).0
}

/// Group the mentions of one entity: same type and same canonical form
/// (tone placement, abbreviations and spelling variants are already unified
/// in `canonical`). Groups come in order of first mention; each lists the
/// indices of its mentions in `entities`.
///
/// ```
/// let doc = tinbai::extract("Tiêu đề\n\nBộ CHQS tỉnh Thanh Hoá làm việc với Bộ Chỉ huy Quân sự tỉnh Thanh Hóa.\n");
/// let g = tinbai::entities::group(&doc.entities);
/// let org = g.iter().find(|g| g.kind == tinbai::EntityType::Org).unwrap();
/// assert_eq!(org.mentions.len(), 2);
/// ```
pub fn group(entities: &[Entity]) -> Vec<EntityGroup> {
    let mut out: Vec<EntityGroup> = Vec::new();
    let mut index: lexicon::DocMap<(EntityType, String), usize> = lexicon::doc_map(entities.len());
    // The same canonical form has the same flat key: computed once.
    let mut exact: lexicon::DocMap<(EntityType, &str), usize> = lexicon::doc_map(entities.len());
    for (i, e) in entities.iter().enumerate() {
        if let Some(&g) = exact.get(&(e.kind, e.canonical.as_str())) {
            out[g].mentions.push(i);
            continue;
        }
        let key = (e.kind, text::flat(&e.canonical));
        match index.get(&key) {
            Some(&g) => {
                exact.insert((e.kind, e.canonical.as_str()), g);
                out[g].mentions.push(i);
            }
            None => {
                exact.insert((e.kind, e.canonical.as_str()), out.len());
                index.insert(key, out.len());
                out.push(EntityGroup {
                    kind: e.kind,
                    canonical: e.canonical.clone(),
                    mentions: vec![i],
                });
            }
        }
    }
    out
}

/// [`extract`] and [`group`] at once: the groups come out of the step that
/// gives each entity one canonical form, with no key computed again.
pub(crate) fn extract_grouped(
    text: &str,
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
) -> (Vec<Entity>, Vec<EntityGroup>) {
    parse::extract(text, paragraphs, sentences)
}

#[cfg(test)]
mod tests;
