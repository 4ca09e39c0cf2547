//! Safe starts: places where the tokenization of a text is surely between
//! two tokens, so that tokenising from there gives the tokens of the whole
//! text from there on.
//!
//! The byte before a safe start is ASCII white space that no token holds.
//! Only numbers hold white space, a single space each time ("1 000",
//! "14 h 30", "12 %"), and always before a digit, an `h`, an `H` or `%`:
//! after `\n`, `\t` or `\r`, or after a space followed by any other byte,
//! a token starts (or white space goes on). The tokenizer holds no state
//! that changes its tokens but its position (its memos give the same
//! answers wherever they were filled), so reading from a safe start gives
//! the tokens of the whole text from there on.

/// Whether `q` is a safe start of `bytes` (see the module): the byte
/// before it is white space that no token holds.
#[inline]
pub(crate) fn is_safe_start(bytes: &[u8], q: usize) -> bool {
    let Some(prev) = q.checked_sub(1).and_then(|i| bytes.get(i)) else {
        return false;
    };
    match prev {
        b'\n' | b'\t' | b'\r' => true,
        b' ' => !matches!(bytes.get(q), Some(b'0'..=b'9' | b'h' | b'H' | b'%')),
        _ => false,
    }
}

/// The latest place `p` with `lo <= p <= at` from which the tokens of
/// `text` can be read alone: a safe start (the byte before it is white
/// space that no token holds: only numbers hold white space, one space
/// each time, before a digit, `h`, `H` or `%`), or `lo` itself when there
/// is none after it. `lo` must be such a place already (the start of the
/// text, of a paragraph or sentence, or an earlier safe start); then the
/// tokens of `&text[p..]` are those of [`tokenize`](crate::tokenize) over
/// the whole text from `p` on, shifted by `p`.
///
/// Reads the bytes of `(lo, at]` backwards, at most (`at` is clamped to
/// the text's length).
///
/// ```
/// use depeche_text::{last_safe_start, tokenize};
///
/// let text = "Il a dit 1 000 fois : non.";
/// // Byte 13 is inside "1 000": the space before "1" is held by no token
/// // only if a digit does not follow, so the safe start is before "dit".
/// let p = last_safe_start(text, 0, 13);
/// assert_eq!(&text[p..], "dit 1 000 fois : non.");
/// let whole: Vec<_> = tokenize(text).map(|t| t.span).filter(|s| s.start >= p).collect();
/// let part: Vec<_> = tokenize(&text[p..]).map(|t| t.span).collect();
/// assert_eq!(part.len(), whole.len());
/// assert!(part.iter().zip(&whole).all(|(a, b)| a.start + p == b.start && a.end + p == b.end));
/// ```
pub fn last_safe_start(text: &str, lo: usize, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut p = at.min(bytes.len());
    while p > lo {
        if is_safe_start(bytes, p) {
            return p;
        }
        p -= 1;
    }
    lo
}
