//! The error type of the parsers.

use thiserror::Error;

/// Why a text is not a well-formed French number.
///
/// Offsets are byte offsets into the text given to the parser.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum NumberError {
    /// The text holds no number at all (empty or blank).
    #[error("empty input: no number to parse")]
    Empty,
    /// A word that is not part of the French number vocabulary.
    #[error("unknown number word {word:?} at byte {offset}")]
    UnknownWord {
        /// The word as written.
        word: String,
        /// Where it starts.
        offset: usize,
    },
    /// Number words in an order French does not allow ("quarante douze",
    /// "mille mille", "vingt un", "cinq zéro").
    #[error("ill-formed number at byte {offset}: {reason}")]
    Grammar {
        /// Where the offending word starts.
        offset: usize,
        /// What is wrong.
        reason: &'static str,
    },
    /// A digit string that is not a number in French or English conventions
    /// ("1.23.4", "12,,5", "1 00").
    #[error("malformed digits at byte {offset}: {reason}")]
    Digits {
        /// Where the offending character is.
        offset: usize,
        /// What is wrong.
        reason: &'static str,
    },
    /// The value does not fit the parser's integer range (u64); it is
    /// rejected rather than wrapped.
    #[error("number too large at byte {offset}")]
    Overflow {
        /// Where the number (or the scale word that overflowed) starts.
        offset: usize,
    },
}
