//! Entities: people, organisations and places.

use crate::document::{Entity, Paragraph, Sentence};

/// Find the entities of `text`.
///
/// ```
/// let e = tinbai::entities::extract("", &[], &[]);
/// assert!(e.is_empty());
/// ```
pub fn extract(text: &str, paragraphs: &[Paragraph], sentences: &[Sentence]) -> Vec<Entity> {
    let _ = (text, paragraphs, sentences);
    Vec::new()
}
