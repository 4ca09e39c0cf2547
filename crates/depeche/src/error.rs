//! Errors of the facade: small, precise, saying what and where.

/// What went wrong while configuring a [`Parser`](crate::Parser) or reading
/// a record.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A date option or a record's `date` is not an ISO 8601 date.
    #[error("invalid date {input:?}: expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss]")]
    InvalidDate {
        /// The text that was given.
        input: String,
    },
    /// A JSON record is malformed.
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// A JSON record that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// The line is not valid JSON, or not an object of the expected shape.
    #[error("malformed JSON record at column {column}: {message}")]
    Json {
        /// 1-based column (in chars) where the JSON reader stopped.
        column: usize,
        /// What the JSON reader expected.
        message: String,
    },
    /// The record has no `text` string.
    #[error("record has no \"text\" string")]
    MissingText,
    /// The record's `date` is not an ISO 8601 date.
    #[error("record has an invalid \"date\" {date:?}: expected YYYY, YYYY-MM or YYYY-MM-DD")]
    InvalidDate {
        /// The date that was given.
        date: String,
    },
}
