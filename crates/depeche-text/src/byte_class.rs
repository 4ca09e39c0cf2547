//! Byte classes: 256-entry tables that sort a byte in one lookup, for the
//! tokenizer's dispatch on the first byte of a token and its scans of words
//! and e-mail local parts; [`byte_class`] reads them (and the normaliser's
//! own table of plain bytes).

/// Kinds of the first byte of a token, read by the tokenizer through
/// [`LEAD_KIND`]: ASCII white space (skipped), an ASCII lower-case letter
/// or capital (a word; apart, as a capital may be an initial), a
/// digit (a number), a sign `-` or `+` (a number, a dash or a symbol), a
/// period (punctuation, or "..."), other ASCII punctuation, the straight
/// quote, any other ASCII byte (a symbol); the lead byte 0xC3 of U+00C0..U+00FF
/// (`LEAD_LATIN1`: a letter but × and ÷); the lead byte 0xC2 of
/// U+0080..U+00BF (`LEAD_C2`: « and » read by their bytes, other chars
/// decoded); every other non-ASCII byte is `LEAD_OTHER` and its char is
/// decoded.
pub(crate) const LEAD_OTHER: u8 = 0;
pub(crate) const LEAD_SPACE: u8 = 1;
pub(crate) const LEAD_LETTER: u8 = 2;
pub(crate) const LEAD_DIGIT: u8 = 3;
pub(crate) const LEAD_SIGN: u8 = 4;
pub(crate) const LEAD_DOT: u8 = 5;
pub(crate) const LEAD_PUNCT: u8 = 6;
pub(crate) const LEAD_QUOTE: u8 = 7;
pub(crate) const LEAD_SYMBOL: u8 = 8;
pub(crate) const LEAD_LATIN1: u8 = 9;
pub(crate) const LEAD_C2: u8 = 10;
pub(crate) const LEAD_CAPITAL: u8 = 11;
pub(crate) static LEAD_KIND: [u8; 256] = {
    let mut t = [LEAD_OTHER; 256];
    let mut b = 0u8;
    while b < 0x80 {
        let kind = match b {
            b' ' | b'\n' | b'\t' | b'\r' => LEAD_SPACE,
            b'a'..=b'z' => LEAD_LETTER,
            b'A'..=b'Z' => LEAD_CAPITAL,
            b'0'..=b'9' => LEAD_DIGIT,
            b'-' | b'+' => LEAD_SIGN,
            b'.' => LEAD_DOT,
            b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => {
                LEAD_PUNCT
            }
            b'"' => LEAD_QUOTE,
            _ => LEAD_SYMBOL,
        };
        // `b` is below 0x80: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = kind;
        }
        b += 1;
    }
    // A constant index of a 256-entry table.
    #[allow(clippy::indexing_slicing)]
    {
        t[0xC2] = LEAD_C2;
        t[0xC3] = LEAD_LATIN1;
    }
    t
};

/// The bytes of an e-mail local part, `[A-Za-z0-9._%+-]`:
/// [`LOCAL_ALNUM`] for ASCII letters and digits (the bytes of an ASCII
/// word), [`LOCAL_SIGN`] for the others; 0 for every other byte.
pub(crate) const LOCAL_ALNUM: u8 = 2;
pub(crate) const LOCAL_SIGN: u8 = 1;
pub(crate) static LOCAL_PART: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0u8;
    while b < 0x80 {
        if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-') {
            // `b` is below 0x80: always a valid index of a 256-entry table.
            #[allow(clippy::indexing_slicing)]
            {
                t[b as usize] = if b.is_ascii_alphanumeric() {
                    LOCAL_ALNUM
                } else {
                    LOCAL_SIGN
                };
            }
        }
        b += 1;
    }
    t
};

/// The class of byte `b` in a 256-entry table (the lookup cannot fail).
#[inline]
pub(crate) fn byte_class(table: &[u8; 256], b: u8) -> u8 {
    table.get(usize::from(b)).copied().unwrap_or(0)
}
