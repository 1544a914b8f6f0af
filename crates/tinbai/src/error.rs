//! Errors.

/// What can go wrong when reading an article.
///
/// ```
/// let e = tinbai::Error::InvalidUtf8 { offset: 7 };
/// assert_eq!(e.to_string(), "invalid UTF-8 at byte 7");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not UTF-8; `offset` is the first bad byte.
    #[error("invalid UTF-8 at byte {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}
