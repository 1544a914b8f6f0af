//! # tinbai
//!
//! Turns Vietnamese news articles, as scraped from web pages, into structured
//! data: it labels every line (title, lead, body, caption, byline, meta,
//! furniture), pulls out metadata, splits sentences the way Vietnamese text
//! needs, and extracts people, organisations, places and numbers.
//!
//! ```
//! let article = "Hai tỉnh tăng cường hợp tác\n\n(QNO) - Chiều 28/11, tại tỉnh Sê Kông (Lào), hai bên hội đàm lần thứ 18.\n";
//! let doc = tinbai::extract(article);
//! assert_eq!(doc.meta.title.as_deref(), Some("Hai tỉnh tăng cường hợp tác"));
//! assert_eq!(doc.meta.source_tag.as_deref(), Some("QNO"));
//! assert_eq!(doc.sentences.len(), 2);
//! println!("{}", doc.to_json_pretty());
//! ```
//!
//! Spans in the Rust API are byte ranges into [`Document::text`]; the JSON
//! output ([`Document::to_json`]) gives Unicode code-point offsets.

#![warn(missing_docs)]

pub mod clean;
mod document;
pub mod entities;
mod error;
mod json;
pub mod normalize;
pub mod numbers;
pub mod parallel;
pub mod sentences;

pub use document::{
    Approx, Decimal, Document, Entity, EntityGroup, EntityType, LineLabel, Meta, Number,
    NumberKind, NumberValue, Paragraph, ParagraphKind, Sentence,
};
pub use error::Error;
pub use json::CharIndex;

/// How `Document::text` writes tone marks.
///
/// ```
/// use tinbai::{Extractor, Options, ToneStyle};
/// let ex = Extractor::new(Options { tone: ToneStyle::New, ..Options::default() });
/// assert_eq!(ex.extract("Thanh Hoá\n").text, "Thanh Hóa");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ToneStyle {
    /// Keep the tone placement as written (`hoà` stays `hoà`). The default.
    #[default]
    AsWritten,
    /// Rewrite to new-style placement (`hoà` → `hòa`).
    New,
}

/// Settings for an [`Extractor`].
///
/// ```
/// let opts = tinbai::Options { numbers: false, ..Default::default() };
/// let doc = tinbai::Extractor::new(opts).extract("Tiêu đề\n\nNgày 22/5 có 16 mộ.\n");
/// assert!(doc.numbers.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Tone placement in [`Document::text`]; canonical forms always use the new style.
    pub tone: ToneStyle,
    /// Extract entities.
    pub entities: bool,
    /// Extract numbers.
    pub numbers: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            tone: ToneStyle::AsWritten,
            entities: true,
            numbers: true,
        }
    }
}

/// Runs the whole pipeline with a set of [`Options`]. Cheap to build, `Send`
/// and `Sync`: share one between threads.
///
/// ```
/// let ex = tinbai::Extractor::default();
/// let doc = ex.extract("Tiêu đề\n\nMột câu.\n");
/// assert_eq!(doc.sentence_texts(), vec!["Tiêu đề", "Một câu."]);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor with these options.
    ///
    /// ```
    /// let ex = tinbai::Extractor::new(tinbai::Options::default());
    /// assert!(ex.options().entities);
    /// ```
    pub fn new(options: Options) -> Self {
        Extractor { options }
    }

    /// The options in force.
    ///
    /// ```
    /// assert!(tinbai::Extractor::default().options().numbers);
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Clean, split and extract one article.
    ///
    /// ```
    /// let doc = tinbai::Extractor::default().extract("");
    /// assert_eq!(doc.lines, vec![tinbai::LineLabel::Blank]);
    /// assert!(doc.text.is_empty());
    /// ```
    pub fn extract(&self, text: &str) -> Document {
        let cleaned = clean::clean(text, &self.options);
        let sentences = sentences::split(&cleaned.text, &cleaned.paragraphs);
        let (entities, entity_groups) = if self.options.entities {
            entities::extract_grouped(&cleaned.text, &cleaned.paragraphs, &sentences)
        } else {
            (Vec::new(), Vec::new())
        };
        let numbers = if self.options.numbers {
            numbers::extract(&cleaned.text, &sentences, cleaned.meta.date.as_deref())
        } else {
            Vec::new()
        };
        Document {
            meta: cleaned.meta,
            lines: cleaned.lines,
            paragraphs: cleaned.paragraphs,
            text: cleaned.text,
            sentences,
            entities,
            entity_groups,
            numbers,
        }
    }

    /// Extract many articles, in parallel on `threads` threads (all the
    /// machine's cores when `None`). Results come back in input order.
    ///
    /// ```
    /// let ex = tinbai::Extractor::default();
    /// let docs = ex.extract_many(&["Một\n", "Hai\n", "Ba\n"], Some(2));
    /// assert_eq!(docs.len(), 3);
    /// assert_eq!(docs[2].text, "Ba");
    /// ```
    pub fn extract_many<S: AsRef<str> + Sync>(
        &self,
        texts: &[S],
        threads: Option<usize>,
    ) -> Vec<Document> {
        parallel::map(texts, threads, |t| self.extract(t.as_ref()))
    }

    /// Like [`Extractor::extract`], from bytes that must be UTF-8 (a BOM is allowed).
    ///
    /// ```
    /// let err = tinbai::Extractor::default().extract_bytes(b"ok\xff").unwrap_err();
    /// assert_eq!(err.to_string(), "invalid UTF-8 at byte 2");
    /// ```
    pub fn extract_bytes(&self, bytes: &[u8]) -> Result<Document, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })?;
        Ok(self.extract(text))
    }
}

/// Clean, split and extract one article with the default [`Options`].
///
/// ```
/// let doc = tinbai::extract(" date 2025-05 Hai tỉnh hợp tác\n\nNgày 22/5, hai bên gặp nhau.\n");
/// assert_eq!(doc.meta.date.as_deref(), Some("2025-05"));
/// assert_eq!(doc.meta.title.as_deref(), Some("Hai tỉnh hợp tác"));
/// ```
pub fn extract(text: &str) -> Document {
    Extractor::default().extract(text)
}

/// [`Extractor::extract_many`] with the default [`Options`].
///
/// ```
/// let docs = tinbai::extract_many(&["Tiêu đề\n\nMột câu.", "Khác\n"], None);
/// assert_eq!(docs[0].sentences.len(), 2);
/// ```
pub fn extract_many<S: AsRef<str> + Sync>(texts: &[S], threads: Option<usize>) -> Vec<Document> {
    Extractor::default().extract_many(texts, threads)
}

/// [`extract`] from bytes; invalid UTF-8 gives [`Error::InvalidUtf8`] with its byte offset.
///
/// ```
/// assert!(tinbai::extract_bytes("Tiêu đề".as_bytes()).is_ok());
/// assert!(tinbai::extract_bytes(b"\xc3").is_err());
/// ```
pub fn extract_bytes(bytes: &[u8]) -> Result<Document, Error> {
    Extractor::default().extract_bytes(bytes)
}
