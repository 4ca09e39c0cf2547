//! Plain tokens: the common tokens of news copy (a word of letters and
//! digits followed by a space or punctuation, an elision, a number of
//! digits, a punctuation or quotation mark, a dash), recognised from their
//! bytes alone by a short loop, before the tokenizer's full dispatch and
//! probes.
//!
//! A plain token is one that the full reading (`Tokens::read`) surely reads
//! the same way: its bytes and the bytes right after it leave none of the
//! probes (links, e-mail addresses, acronyms, initials, elisions, compounds,
//! clitics, ordinals, times, grouped numbers, percentages) anything to
//! find. Anything else is left to the full reading, which is never wrong,
//! only dearer: [`plain_token`] answers `None`.

use crate::byte_class::byte_class;
use crate::{QuoteMark, TokenKind};

/// What [`plain_token`] read: a token of `kind` ending at `end`, and, for a
/// word, whether the byte at `end` is one-byte punctuation that the
/// tokenizer returns as the next token ([`TokenKind::Punct`]
/// `end..end + 1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Plain {
    /// What the token is.
    pub(crate) kind: TokenKind,
    /// Where the token ends.
    pub(crate) end: usize,
    /// Whether the byte at `end` is punctuation read as the next token.
    pub(crate) punct_after: bool,
}

/// The plain token starting at `bytes[start]`, if there is one (see the
/// module).
///
/// A word: a lead that starts nothing else (an ASCII lower-case letter, a
/// capital other than a roman one, a roman capital that no ordinal can
/// follow, a Latin-1 letter), then ASCII letters and digits and Latin-1
/// letters, then a byte that ends the word without a probe: white space,
/// the end of the text, one-byte punctuation (`, ; : ! ? ( ) [ ] { }`; a
/// colon not after a word starting with `h`, which may be a link), a
/// period before a byte that no address or "..." can hold (not after a
/// word starting with `w`, nor after one capital: an initial or an
/// acronym), or any other ASCII symbol but the bytes of addresses and
/// compounds (`@ _ % + - '`). An elision: "qu" or one letter of an elision
/// ("l", "d"...) and an apostrophe before an ASCII letter or digit or a
/// Latin-1 letter ("N'" before a capital is left: it starts a name). A
/// number: a lead digit, digits, then an ASCII byte that no number, time,
/// percentage or ordinal can go on with (a space before neither a digit,
/// `h`, `H` nor `%`; a period or a comma before no digit; no letter, digit
/// or `%`), or groups after periods and commas ("1.000", "12,5") before
/// anything but a percent sign. A mark: one-byte punctuation, a period not
/// before another, the straight quote, « », – — …, and the curly quotes
/// and single guillemets.
///
/// Cost: one table lookup for the lead, one for each letter or digit (read
/// four at a time behind one bounds check), one test or lookup for the
/// byte after; no state. `O(token)`.
#[inline(always)]
pub(crate) fn plain_token(bytes: &[u8], start: usize) -> Option<Plain> {
    let lead = *bytes.get(start)?;
    let mut i = start + 1;
    match byte_class(&PLAIN_LEAD, lead) {
        LEAD_WORD => {}
        LEAD_ROMAN => {
            // A roman capital starts an ordinal only before another roman
            // capital or, for I, V and X alone, before the suffix ("e",
            // "er", "re", "ère"...): "Le", "Ce", "Dans", "Il" are words.
            let next = bytes.get(i).copied().unwrap_or(0);
            if byte_class(&PLAIN_LEAD, next) == LEAD_ROMAN
                || (matches!(lead, b'I' | b'V' | b'X') && matches!(next, b'e' | b'r' | 0xC3))
            {
                return None;
            }
        }
        LEAD_LATIN1 => {
            if !is_latin1_letter_tail(bytes.get(i).copied().unwrap_or(0)) {
                return None;
            }
            i += 1;
        }
        LEAD_DIGIT => return plain_number(bytes, i),
        LEAD_MARK => return plain_mark(bytes, start, lead),
        _ => return None,
    }
    let first_end = i;
    // Letters and digits: ASCII by a table, Latin-1 by their two bytes.
    let stop = loop {
        let b = loop {
            // Four bytes at a time while four remain (one bounds check),
            // then one by one.
            if let Some(&[b0, b1, b2, b3]) = bytes.get(i..i + 4) {
                if byte_class(&ALNUM, b0) == 0 {
                    break b0;
                }
                if byte_class(&ALNUM, b1) == 0 {
                    i += 1;
                    break b1;
                }
                if byte_class(&ALNUM, b2) == 0 {
                    i += 2;
                    break b2;
                }
                if byte_class(&ALNUM, b3) == 0 {
                    i += 3;
                    break b3;
                }
                i += 4;
            } else {
                match bytes.get(i) {
                    Some(&b) if byte_class(&ALNUM, b) != 0 => i += 1,
                    Some(&b) => break b,
                    None => break 0,
                }
            }
        };
        if b == 0xC3 && is_latin1_letter_tail(bytes.get(i + 1).copied().unwrap_or(0)) {
            i += 2;
        } else {
            break b;
        }
    };
    // A space after the word, the common case, first.
    if stop == b' ' {
        return Some(Plain {
            kind: TokenKind::Word,
            end: i,
            punct_after: false,
        });
    }
    let punct_after = match byte_class(&WORD_STOP, stop) {
        STOP_END => false,
        STOP_PUNCT => true,
        // "http:" may be a link.
        STOP_COLON if lead | 0x20 != b'h' => true,
        // "l'", "d'", "qu'": an elision before a letter or a digit ("N'"
        // before a capital starts a name: "N'Djamena").
        STOP_APOSTROPHE
            if (i == first_end && is_elision_letter(lead))
                || (i == start + 2 && is_qu(lead, bytes.get(start + 1).copied().unwrap_or(0))) =>
        {
            let capital = match bytes.get(i + 1).copied().unwrap_or(0) {
                n if n.is_ascii_alphanumeric() => n.is_ascii_uppercase(),
                0xC3 => match bytes.get(i + 2).copied().unwrap_or(0) {
                    0x97 | 0xB7 => return None,
                    second => second <= 0x9E,
                },
                _ => return None,
            };
            if lead == b'N' && capital {
                return None;
            }
            return Some(Plain {
                kind: TokenKind::Elision,
                end: i + 1,
                punct_after: false,
            });
        }
        STOP_PERIOD => {
            let next = bytes.get(i + 1).copied().unwrap_or(0);
            // A byte of an address (or '@', or the period of "...") after
            // the period, "www.", or an initial or acronym of one capital:
            // the probes decide.
            if byte_class(&AFTER_PERIOD, next) != 0
                || lead | 0x20 == b'w'
                || (i == first_end && !lead.is_ascii_lowercase())
            {
                return None;
            }
            true
        }
        _ => return None,
    };
    Some(Plain {
        kind: TokenKind::Word,
        end: i,
        punct_after,
    })
}

/// The punctuation mark, quotation mark or dash starting with `lead` at
/// `bytes[start]` (a [`LEAD_MARK`] byte), if it is one of those
/// [`plain_token`] reads.
#[inline(always)]
fn plain_mark(bytes: &[u8], start: usize, lead: u8) -> Option<Plain> {
    let next = bytes.get(start + 1).copied().unwrap_or(0);
    let (kind, len) = match lead {
        b'"' => (TokenKind::Quote(QuoteMark::Straight), 1),
        // "..." is one token.
        b'.' if next == b'.' => return None,
        0xC2 => match next {
            0xAB => (TokenKind::Quote(QuoteMark::GuillemetOpen), 2),
            0xBB => (TokenKind::Quote(QuoteMark::GuillemetClose), 2),
            _ => return None,
        },
        0xE2 if next == 0x80 => match bytes.get(start + 2).copied().unwrap_or(0) {
            0x93 | 0x94 => (TokenKind::Dash, 3),
            0xA6 => (TokenKind::Punct, 3),
            0x9C => (TokenKind::Quote(QuoteMark::CurlyOpen), 3),
            0x9D => (TokenKind::Quote(QuoteMark::CurlyClose), 3),
            0x9E => (TokenKind::Quote(QuoteMark::LowOpen), 3),
            0xB9 => (TokenKind::Quote(QuoteMark::SingleGuillemetOpen), 3),
            0xBA => (TokenKind::Quote(QuoteMark::SingleGuillemetClose), 3),
            _ => return None,
        },
        0xE2 => return None,
        // One-byte punctuation: `. , ; : ! ? ( ) [ ] { }`.
        _ => (TokenKind::Punct, 1),
    };
    Some(Plain {
        kind,
        end: start + len,
        punct_after: false,
    })
}

/// The plain number whose first digit ends at `i` (see [`plain_token`]).
/// Out of line: numbers are a few tokens in a hundred, and the words read
/// in [`plain_token`] keep their registers.
#[inline(never)]
fn plain_number(bytes: &[u8], mut i: usize) -> Option<Plain> {
    let mut stop = digit_run(bytes, &mut i);
    let mut next = bytes.get(i + 1).copied().unwrap_or(0);
    // Dot and comma groups: "1.000", "12,5", "26.03.2024" (no time: its
    // `h` would stand right after the first group or one space after it).
    let mut separated = false;
    while matches!(stop, b'.' | b',') && next.is_ascii_digit() {
        i += 1;
        stop = digit_run(bytes, &mut i);
        next = bytes.get(i + 1).copied().unwrap_or(0);
        separated = true;
    }
    let plain = if separated {
        // After groups, neither space groups nor an ordinal suffix: only a
        // percent sign goes on.
        stop != b'%' && !(stop == b' ' && next == b'%')
    } else {
        match byte_class(&NUMBER_STOP, stop) {
            NUMBER_END => true,
            // "1 000", "14 h 30", "12 %".
            NUMBER_SPACE => !matches!(next, b'0'..=b'9' | b'h' | b'H' | b'%'),
            // "1." and "12," before no digit.
            NUMBER_SEPARATOR => !next.is_ascii_digit(),
            _ => false,
        }
    };
    plain.then_some(Plain {
        kind: TokenKind::Number,
        end: i,
        punct_after: false,
    })
}

/// Moves `i` past the ASCII digits at `bytes[i]` and returns the byte
/// after them (0 at the end).
#[inline(always)]
fn digit_run(bytes: &[u8], i: &mut usize) -> u8 {
    loop {
        match bytes.get(*i) {
            Some(&b) if b.is_ascii_digit() => *i += 1,
            Some(&b) => return b,
            None => return 0,
        }
    }
}

/// Whether the ASCII letter `b` is one of the one-letter elisions
/// ("c", "d", "j", "l", "m", "n", "s", "t", in either case).
#[inline(always)]
fn is_elision_letter(b: u8) -> bool {
    matches!(
        b | 0x20,
        b'c' | b'd' | b'j' | b'l' | b'm' | b'n' | b's' | b't'
    )
}

/// Whether `lead` and `second` are "qu" in any case.
#[inline(always)]
fn is_qu(lead: u8, second: u8) -> bool {
    lead | 0x20 == b'q' && second | 0x20 == b'u'
}

/// Whether `d`, after 0xC3, makes a Latin-1 letter (U+00C0..=U+00FF but
/// × and ÷), as the tokenizer reads them.
#[inline(always)]
fn is_latin1_letter_tail(d: u8) -> bool {
    (0x80..=0xBF).contains(&d) && d != 0x97 && d != 0xB7
}

/// Classes of a token's first byte for [`plain_token`].
const LEAD_NONE: u8 = 0;
const LEAD_WORD: u8 = 1;
const LEAD_ROMAN: u8 = 2;
const LEAD_LATIN1: u8 = 3;
const LEAD_DIGIT: u8 = 4;
/// Punctuation, quotation marks and dashes: `. , ; : ! ? ( ) [ ] { } "`
/// and the lead bytes 0xC2 (« ») and 0xE2 (– — … “ ” „ ‹ ›).
const LEAD_MARK: u8 = 5;
static PLAIN_LEAD: [u8; 256] = {
    let mut t = [LEAD_NONE; 256];
    let mut b = 0u8;
    while b < 0x80 {
        let class = match b {
            b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M' => LEAD_ROMAN,
            b'a'..=b'z' | b'A'..=b'Z' => LEAD_WORD,
            b'0'..=b'9' => LEAD_DIGIT,
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}'
            | b'"' => LEAD_MARK,
            _ => LEAD_NONE,
        };
        // `b` is below 0x80: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = class;
        }
        b += 1;
    }
    // A constant index of a 256-entry table.
    #[allow(clippy::indexing_slicing)]
    {
        t[0xC3] = LEAD_LATIN1;
        t[0xC2] = LEAD_MARK;
        t[0xE2] = LEAD_MARK;
    }
    t
};

/// ASCII letters and digits (1), the bytes of a word's run the tokenizer
/// reads by its table; 0 for every other byte.
static ALNUM: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0u8;
    while b < 0x80 {
        // `b` is below 0x80: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = b.is_ascii_alphanumeric() as u8;
        }
        b += 1;
    }
    t
};

/// Classes of the byte after a word's letters for [`plain_token`]: the end
/// of the word and nothing queued (white space, the end of the text read
/// as 0, ASCII symbols that start no probe), one-byte punctuation queued
/// after it, a colon, a period, an apostrophe; every other byte
/// (non-ASCII, `@ _ % + -`) is left to the full reading.
const STOP_PROBE: u8 = 0;
const STOP_END: u8 = 1;
const STOP_PUNCT: u8 = 2;
const STOP_COLON: u8 = 3;
const STOP_PERIOD: u8 = 4;
const STOP_APOSTROPHE: u8 = 5;
static WORD_STOP: [u8; 256] = {
    let mut t = [STOP_PROBE; 256];
    let mut b = 0u8;
    while b < 0x80 {
        let class = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => STOP_PROBE,
            b'@' | b'_' | b'%' | b'+' | b'-' => STOP_PROBE,
            b'\'' => STOP_APOSTROPHE,
            b',' | b';' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => STOP_PUNCT,
            b':' => STOP_COLON,
            b'.' => STOP_PERIOD,
            _ => STOP_END,
        };
        // `b` is below 0x80: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = class;
        }
        b += 1;
    }
    t
};

/// The bytes after a period that may make the word before it part of an
/// e-mail address or start "..." (1): `[A-Za-z0-9._%+-@]`; 0 for every
/// other byte (non-ASCII bytes hold no address).
static AFTER_PERIOD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0u8;
    while b < 0x80 {
        // `b` is below 0x80: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = (b.is_ascii_alphanumeric()
                || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-' | b'@'))
                as u8;
        }
        b += 1;
    }
    t
};

/// Classes of the byte after a number's digits for [`plain_number`]: the
/// end of the number (an ASCII byte but a letter, a digit, `%`, a space, a
/// period or a comma; the end of the text read as 0), a space, a period or
/// a comma; every other byte is left to the full reading.
const NUMBER_PROBE: u8 = 0;
const NUMBER_END: u8 = 1;
const NUMBER_SPACE: u8 = 2;
const NUMBER_SEPARATOR: u8 = 3;
static NUMBER_STOP: [u8; 256] = {
    let mut t = [NUMBER_PROBE; 256];
    let mut b = 0u8;
    while b < 0x80 {
        let class = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'%' => NUMBER_PROBE,
            b' ' => NUMBER_SPACE,
            b'.' | b',' => NUMBER_SEPARATOR,
            _ => NUMBER_END,
        };
        // `b` is below 0x80: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = class;
        }
        b += 1;
    }
    t
};
