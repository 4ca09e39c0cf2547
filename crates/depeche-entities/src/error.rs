//! The error of a bad dictionary entry or file.

use std::fmt;

/// What is wrong with a dictionary file or entry.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// The file could not be read.
    Io(String),
    /// A TSV line has the wrong number of fields.
    FieldCount {
        /// Fields the header announces.
        expected: usize,
        /// Fields found on the line.
        found: usize,
    },
    /// A required field is empty (or `-`).
    EmptyField(&'static str),
    /// A field has a value outside its vocabulary or format.
    BadValue {
        /// The field.
        field: &'static str,
        /// The value found.
        value: String,
        /// What was expected.
        expected: &'static str,
    },
    /// The header line does not name the expected columns.
    BadHeader {
        /// The header expected.
        expected: String,
    },
    /// JSON that does not parse or does not have the expected shape.
    Json(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Io(e) => write!(f, "cannot read: {e}"),
            Problem::FieldCount { expected, found } => {
                write!(f, "expected {expected} TAB-separated fields, found {found}")
            }
            Problem::EmptyField(field) => write!(f, "field `{field}` is empty"),
            Problem::BadValue {
                field,
                value,
                expected,
            } => write!(f, "field `{field}` is {value:?}, expected {expected}"),
            Problem::BadHeader { expected } => write!(f, "header should be {expected:?}"),
            Problem::Json(e) => write!(f, "bad JSON: {e}"),
        }
    }
}

/// A bad dictionary: which file, which line (1-based; 0 when the whole file
/// is concerned) and what is wrong.
///
/// ```
/// use depeche_entities::{DictionaryKind, Dictionaries};
/// let err = Dictionaries::builder()
///     .add_tsv(DictionaryKind::Countries, "mine.tsv", "XX\tonly two\n")
///     .unwrap_err();
/// assert_eq!(err.path, "mine.tsv");
/// assert_eq!(err.line, 1);
/// assert!(err.to_string().starts_with("mine.tsv:1: "));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {problem}")]
#[non_exhaustive]
pub struct DictionaryError {
    /// The file (or the name given to a string source).
    pub path: String,
    /// 1-based line of the bad entry, 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub problem: Problem,
}

impl DictionaryError {
    pub(crate) fn new(path: &str, line: usize, problem: Problem) -> DictionaryError {
        DictionaryError {
            path: path.to_owned(),
            line,
            problem,
        }
    }
}
