//! Decoding raw bytes, with errors that say where.

use std::borrow::Cow;

/// Input bytes that are not valid UTF-8.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
#[error("invalid UTF-8 at byte {offset} (line {line}, column {column})")]
pub struct DecodeError {
    /// Byte offset of the first invalid byte.
    pub offset: usize,
    /// 1-based line of that byte.
    pub line: usize,
    /// 1-based column (in bytes) of that byte.
    pub column: usize,
}

/// Decodes UTF-8 input, or says where it is invalid.
///
/// ```
/// use depeche_text::decode;
/// assert_eq!(decode(b"Niamey").unwrap(), "Niamey");
/// let err = decode(b"ligne un\nNiam\xffey").unwrap_err();
/// assert_eq!((err.offset, err.line, err.column), (13, 2, 5));
/// ```
pub fn decode(bytes: &[u8]) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let before = bytes.get(..offset).unwrap_or_default();
        let line = 1 + memchr::memchr_iter(b'\n', before).count();
        let column = 1 + offset - memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
        DecodeError {
            offset,
            line,
            column,
        }
    })
}

/// Decodes input, replacing invalid UTF-8 sequences with U+FFFD.
pub fn decode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}
