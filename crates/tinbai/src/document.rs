//! The result of [`extract`](crate::extract): a cleaned article with its
//! sentences, entities and numbers.
//!
//! Every span here is a byte range into [`Document::text`]. The JSON form
//! ([`Document::to_json`]) converts them to Unicode code-point offsets, as
//! the schema `tinbai/1` says.

use serde::Serialize;
use std::fmt;
use std::ops::Range;

/// The label given to one input line.
///
/// ```
/// use tinbai::LineLabel;
/// assert_eq!(LineLabel::Caption.as_str(), "caption");
/// assert!(LineLabel::Body.is_kept());
/// assert!(!LineLabel::Drop.is_kept());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LineLabel {
    /// A date header, a source tag line or a dateline.
    Meta,
    /// The headline.
    Title,
    /// The summary paragraph after the headline.
    Lead,
    /// A paragraph of the story.
    Body,
    /// Text describing a photo.
    Caption,
    /// The author line.
    Byline,
    /// Page furniture that is not the story.
    Drop,
    /// An empty line.
    Blank,
}

impl LineLabel {
    /// The label as written in the JSON output.
    ///
    /// ```
    /// assert_eq!(tinbai::LineLabel::Meta.as_str(), "meta");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            LineLabel::Meta => "meta",
            LineLabel::Title => "title",
            LineLabel::Lead => "lead",
            LineLabel::Body => "body",
            LineLabel::Caption => "caption",
            LineLabel::Byline => "byline",
            LineLabel::Drop => "drop",
            LineLabel::Blank => "blank",
        }
    }

    /// Whether a line with this label is kept in [`Document::text`].
    ///
    /// ```
    /// assert!(tinbai::LineLabel::Title.is_kept());
    /// ```
    pub fn is_kept(self) -> bool {
        matches!(
            self,
            LineLabel::Title | LineLabel::Lead | LineLabel::Body | LineLabel::Caption
        )
    }

    /// The paragraph kind of a kept line, `None` for the others.
    ///
    /// ```
    /// use tinbai::{LineLabel, ParagraphKind};
    /// assert_eq!(LineLabel::Lead.paragraph_kind(), Some(ParagraphKind::Lead));
    /// assert_eq!(LineLabel::Blank.paragraph_kind(), None);
    /// ```
    pub fn paragraph_kind(self) -> Option<ParagraphKind> {
        match self {
            LineLabel::Title => Some(ParagraphKind::Title),
            LineLabel::Lead => Some(ParagraphKind::Lead),
            LineLabel::Body => Some(ParagraphKind::Body),
            LineLabel::Caption => Some(ParagraphKind::Caption),
            _ => None,
        }
    }
}

impl fmt::Display for LineLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of a kept paragraph.
///
/// ```
/// assert_eq!(tinbai::ParagraphKind::Body.as_str(), "body");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// The headline.
    Title,
    /// The summary paragraph.
    Lead,
    /// A story paragraph.
    Body,
    /// A photo caption.
    Caption,
}

impl ParagraphKind {
    /// The kind as written in the JSON output.
    ///
    /// ```
    /// assert_eq!(tinbai::ParagraphKind::Caption.as_str(), "caption");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Title => "title",
            ParagraphKind::Lead => "lead",
            ParagraphKind::Body => "body",
            ParagraphKind::Caption => "caption",
        }
    }
}

/// Metadata taken off the article's lines.
///
/// ```
/// let doc = tinbai::extract("Tiêu đề\n\n(QNO) - Nội dung bài.\n");
/// assert_eq!(doc.meta.source_tag.as_deref(), Some("QNO"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// The headline, without section words or a glued date header.
    pub title: Option<String>,
    /// The article's date (`YYYY-MM-DD` or `YYYY-MM`) from a date header or a dateline.
    pub date: Option<String>,
    /// The source tag opening the lead, bare (`QNO`, `Baohatinh.vn`).
    pub source_tag: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// Photo credits, bare and distinct, in order of first appearance.
    pub credits: Vec<String>,
}

/// A kept paragraph: its kind, its byte range in [`Document::text`] and its input line.
///
/// ```
/// let doc = tinbai::extract("Tiêu đề bài báo\n\nĐoạn thứ nhất của bài.\n");
/// let p = &doc.paragraphs[1];
/// assert_eq!(&doc.text[p.span.clone()], "Đoạn thứ nhất của bài.");
/// assert_eq!(p.line, 2);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Title, lead, body or caption.
    pub kind: ParagraphKind,
    /// Byte range in [`Document::text`].
    pub span: Range<usize>,
    /// Zero-based index of the input line it came from.
    pub line: usize,
}

/// A sentence: a byte range in [`Document::text`] inside one paragraph.
///
/// ```
/// let doc = tinbai::extract("Tiêu đề\n\nCâu một. Câu hai.\n");
/// let s = &doc.sentences[2];
/// assert_eq!(doc.slice(&s.span), "Câu hai.");
/// assert_eq!(s.paragraph, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in [`Document::text`].
    pub span: Range<usize>,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
}

/// The type of an entity.
///
/// ```
/// assert_eq!(tinbai::EntityType::Loc.as_str(), "LOC");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    /// A person.
    #[serde(rename = "PERSON")]
    Person,
    /// An organisation.
    #[serde(rename = "ORG")]
    Org,
    /// A place, facility or natural feature.
    #[serde(rename = "LOC")]
    Loc,
}

impl EntityType {
    /// The type as written in the JSON output.
    ///
    /// ```
    /// assert_eq!(tinbai::EntityType::Person.as_str(), "PERSON");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
        }
    }
}

/// A named entity found in [`Document::text`].
///
/// ```
/// let e = tinbai::Entity::new(tinbai::EntityType::Loc, 0..5, "Lào");
/// assert_eq!(e.canonical, "Lào");
/// assert!(e.name.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// PERSON, ORG or LOC.
    pub kind: EntityType,
    /// Byte range in [`Document::text`].
    pub span: Range<usize>,
    /// NFC, new-style tone placement, single spaces, abbreviations expanded.
    pub canonical: String,
    /// The bare name (PERSON, LOC).
    pub name: Option<String>,
    /// Rank or honorific before a person's name (`Đại tá`, `ông`).
    pub title: Option<String>,
    /// The position a person holds.
    pub role: Option<String>,
    /// The level or type word of a place (`tỉnh`, `huyện`, `Cửa khẩu quốc tế`).
    pub level: Option<String>,
    /// `VN`, `LA`, another ISO 3166-1 alpha-2 code, or none.
    pub country: Option<String>,
}

impl Entity {
    /// An entity with only its type, span and canonical form set.
    ///
    /// ```
    /// let e = tinbai::Entity::new(tinbai::EntityType::Org, 3..10, "Bộ Quốc phòng");
    /// assert_eq!(e.span, 3..10);
    /// ```
    pub fn new(kind: EntityType, span: Range<usize>, canonical: impl Into<String>) -> Self {
        Entity {
            kind,
            span,
            canonical: canonical.into(),
            name: None,
            title: None,
            role: None,
            level: None,
            country: None,
        }
    }
}

/// The mentions of one entity: same type, same canonical form (`Thanh Hoá`
/// and `Thanh Hóa`, `Bộ CHQS tỉnh X` and `Bộ Chỉ huy Quân sự tỉnh X`).
///
/// ```
/// let doc = tinbai::extract("Tiêu đề\n\nĐoàn đến tỉnh Thanh Hoá rồi rời Thanh Hóa.\n");
/// let g = doc.entity_groups.iter().find(|g| g.canonical == "tỉnh Thanh Hóa").unwrap();
/// assert_eq!(g.mentions.len(), 2);
/// assert_eq!(doc.entities[g.mentions[1]].canonical, "tỉnh Thanh Hóa");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityGroup {
    /// PERSON, ORG or LOC.
    pub kind: EntityType,
    /// The canonical form shared by the mentions.
    pub canonical: String,
    /// Indices into [`Document::entities`], in text order.
    pub mentions: Vec<usize>,
}

/// The kind of a number expression.
///
/// ```
/// assert_eq!(tinbai::NumberKind::DateRange.as_str(), "date_range");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    /// A calendar date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `--MM-DD`).
    Date,
    /// A span of dates.
    DateRange,
    /// A time of day (`HH:MM`).
    Time,
    /// A percentage.
    Percent,
    /// An amount of money in a currency's units.
    Money,
    /// A count or measure with its unit.
    Quantity,
    /// A number of time units that is not a date.
    Duration,
    /// An ordinal (`lần thứ 18`, `khóa XIII`).
    Ordinal,
}

impl NumberKind {
    /// The kind as written in the JSON output.
    ///
    /// ```
    /// assert_eq!(tinbai::NumberKind::Money.as_str(), "money");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Date => "date",
            NumberKind::DateRange => "date_range",
            NumberKind::Time => "time",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Quantity => "quantity",
            NumberKind::Duration => "duration",
            NumberKind::Ordinal => "ordinal",
        }
    }
}

/// An exact decimal: `digits / 10^scale`. Money in tỷ đồng stays exact.
///
/// ```
/// let d = tinbai::Decimal::new(10666, 2);
/// assert_eq!(d.to_string(), "106.66");
/// assert_eq!(tinbai::Decimal::integer(1_200_000_000).to_string(), "1200000000");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits, as an integer.
    pub digits: i128,
    /// How many of them are after the decimal point.
    pub scale: u32,
}

impl Decimal {
    /// `digits / 10^scale`.
    ///
    /// ```
    /// assert_eq!(tinbai::Decimal::new(15, 1).as_f64(), 1.5);
    /// ```
    pub fn new(digits: i128, scale: u32) -> Self {
        Decimal { digits, scale }
    }

    /// A whole number.
    ///
    /// ```
    /// assert_eq!(tinbai::Decimal::integer(16).as_f64(), 16.0);
    /// ```
    pub fn integer(n: i128) -> Self {
        Decimal {
            digits: n,
            scale: 0,
        }
    }

    /// The nearest `f64`.
    ///
    /// ```
    /// assert_eq!(tinbai::Decimal::new(10666, 2).as_f64(), 106.66);
    /// ```
    pub fn as_f64(&self) -> f64 {
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// The value as an integer when it has no fractional part.
    ///
    /// ```
    /// assert_eq!(tinbai::Decimal::new(10, 1).as_integer(), Some(1));
    /// assert_eq!(tinbai::Decimal::new(15, 1).as_integer(), None);
    /// ```
    pub fn as_integer(&self) -> Option<i128> {
        let p = 10i128.checked_pow(self.scale)?;
        (self.digits % p == 0).then(|| self.digits / p)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.digits);
        }
        let neg = self.digits < 0;
        let s = self.digits.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let s = if s.len() <= scale {
            format!("{}{}", "0".repeat(scale + 1 - s.len()), s)
        } else {
            s
        };
        let (int, frac) = s.split_at(s.len() - scale);
        write!(f, "{}{}.{}", if neg { "-" } else { "" }, int, frac)
    }
}

/// The normalised value of a number expression.
///
/// ```
/// use tinbai::{NumberValue, Decimal};
/// let v = NumberValue::Number(Decimal::new(15, 1));
/// assert_eq!(v.to_json(), serde_json::json!(1.5));
/// let r = NumberValue::Range { start: Some("2021".into()), end: None };
/// assert_eq!(r.to_json(), serde_json::json!({"start": "2021", "end": null}));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberValue {
    /// A numeric value (percent, money, quantity, duration, ordinal).
    Number(Decimal),
    /// An ISO date (`2025-05-22`, `2025-05`, `2025`) or `--MM-DD` when no year is known.
    Date(String),
    /// A date range; either end may be open.
    Range {
        /// Start date, ISO.
        start: Option<String>,
        /// End date, ISO; `None` for `đến nay`.
        end: Option<String>,
    },
    /// A time of day, `HH:MM`.
    Time(String),
}

impl NumberValue {
    /// The value as the JSON output writes it.
    ///
    /// ```
    /// let v = tinbai::NumberValue::Date("2025-05-22".into());
    /// assert_eq!(v.to_json(), serde_json::json!("2025-05-22"));
    /// ```
    pub fn to_json(&self) -> serde_json::Value {
        crate::json::number_value_to_json(self)
    }
}

/// How a number is qualified by `gần`, `hơn`, `khoảng` and their kin.
///
/// ```
/// assert_eq!(tinbai::Approx::Below.as_str(), "below");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Approx {
    /// gần, dưới, chưa đến.
    Below,
    /// hơn, trên, ngoài.
    Above,
    /// khoảng, chừng, ước, tầm, xấp xỉ.
    About,
}

impl Approx {
    /// As written in the JSON output.
    ///
    /// ```
    /// assert_eq!(tinbai::Approx::About.as_str(), "about");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Approx::Below => "below",
            Approx::Above => "above",
            Approx::About => "about",
        }
    }
}

/// A number expression found in [`Document::text`].
///
/// ```
/// use tinbai::{Number, NumberKind, NumberValue, Decimal};
/// let n = Number::new(NumberKind::Quantity, 0..6, NumberValue::Number(Decimal::integer(16)));
/// assert!(n.unit.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    /// What sort of value it states.
    pub kind: NumberKind,
    /// Byte range in [`Document::text`].
    pub span: Range<usize>,
    /// The normalised value.
    pub value: NumberValue,
    /// Currency code, or the counted noun or unit as written.
    pub unit: Option<String>,
    /// gần/hơn/khoảng...
    pub approx: Option<Approx>,
    /// What a rate is per (`500 nghìn đồng/em` → `em`).
    pub per: Option<String>,
}

impl Number {
    /// A number with no unit, approximation or rate.
    ///
    /// ```
    /// use tinbai::{Number, NumberKind, NumberValue};
    /// let n = Number::new(NumberKind::Date, 0..4, NumberValue::Date("2025".into()));
    /// assert_eq!(n.kind, NumberKind::Date);
    /// ```
    pub fn new(kind: NumberKind, span: Range<usize>, value: NumberValue) -> Self {
        Number {
            kind,
            span,
            value,
            unit: None,
            approx: None,
            per: None,
        }
    }
}

/// A cleaned article with everything extracted from it.
///
/// ```
/// let doc = tinbai::extract("Hai tỉnh ký kết hợp tác\n\nNgày 22/5, hai bên đã gặp nhau. Kết quả tốt.\n");
/// assert_eq!(doc.meta.title.as_deref(), Some("Hai tỉnh ký kết hợp tác"));
/// assert_eq!(doc.lines.len(), 4);
/// assert_eq!(doc.sentences.len(), 3);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Metadata taken off the lines.
    pub meta: Meta,
    /// One label per input line (the input split on `\n`).
    pub lines: Vec<LineLabel>,
    /// Kept paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Kept paragraphs joined with `\n`, normalised.
    pub text: String,
    /// Sentences, in order, never across paragraphs.
    pub sentences: Vec<Sentence>,
    /// Entities, in order of their spans.
    pub entities: Vec<Entity>,
    /// Mentions of the same entity grouped, in order of first mention.
    pub entity_groups: Vec<EntityGroup>,
    /// Number expressions, in order of their spans.
    pub numbers: Vec<Number>,
}

impl Document {
    /// The text of a byte range of [`Document::text`], or `""` when the range
    /// is out of bounds or not on character boundaries.
    ///
    /// ```
    /// let doc = tinbai::extract("Xin chào Việt Nam\n");
    /// assert_eq!(doc.slice(&(10..20)), "Việt Nam");
    /// assert_eq!(doc.slice(&(0..1000)), "");
    /// ```
    pub fn slice(&self, span: &Range<usize>) -> &str {
        self.text.get(span.clone()).unwrap_or("")
    }

    /// The text of each sentence, in order.
    ///
    /// ```
    /// let doc = tinbai::extract("Tiêu đề\n\nMột. Hai.\n");
    /// assert_eq!(doc.sentence_texts(), vec!["Tiêu đề", "Một.", "Hai."]);
    /// ```
    pub fn sentence_texts(&self) -> Vec<&str> {
        self.sentences.iter().map(|s| self.slice(&s.span)).collect()
    }

    /// The document as the `tinbai/1` JSON value, with code-point offsets.
    ///
    /// ```
    /// let doc = tinbai::extract("Tiêu đề\n");
    /// let v = doc.to_json_value();
    /// assert_eq!(v["schema"], "tinbai/1");
    /// assert_eq!(v["lines"][0], "title");
    /// ```
    pub fn to_json_value(&self) -> serde_json::Value {
        crate::json::document_to_json(self)
    }

    /// The document as one line of `tinbai/1` JSON.
    ///
    /// ```
    /// let doc = tinbai::extract("Tiêu đề\n");
    /// assert!(doc.to_json().starts_with("{\"schema\":\"tinbai/1\""));
    /// ```
    pub fn to_json(&self) -> String {
        crate::json::document_string(self, false)
    }

    /// The document as indented `tinbai/1` JSON.
    ///
    /// ```
    /// let doc = tinbai::extract("Tiêu đề\n");
    /// assert!(doc.to_json_pretty().contains("\n  \"meta\""));
    /// ```
    pub fn to_json_pretty(&self) -> String {
        crate::json::document_string(self, true)
    }

    /// Writes the document's `tinbai/1` JSON to `out` (one line, or
    /// indented when `pretty`), with `id` as the object's first field when
    /// given: the form of one line of the CLI's JSONL output. Nothing is
    /// built in between; only errors of `out` itself are returned.
    ///
    /// ```
    /// let doc = tinbai::extract("Tiêu đề\n");
    /// let mut out = Vec::new();
    /// doc.write_json(&mut out, Some("a-1"), false).unwrap();
    /// assert!(out.starts_with(b"{\"id\":\"a-1\",\"schema\":\"tinbai/1\""));
    /// assert_eq!(serde_json::from_slice::<serde_json::Value>(&out).unwrap()["lines"][0], "title");
    /// ```
    pub fn write_json<W: std::io::Write>(
        &self,
        out: W,
        id: Option<&str>,
        pretty: bool,
    ) -> std::io::Result<()> {
        crate::json::write_document(self, id, pretty, out)
    }
}
