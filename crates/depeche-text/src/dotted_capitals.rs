//! Chains of dotted capitals ("A.B.C.", "J.-C.", "A.A.A.A…"), walked once
//! by the tokenizer: which of their letters start a dotted acronym, and
//! which are plain initials that need no probe at all.

use crate::byte_class::{byte_class, LOCAL_PART};
use crate::chars::is_word_char;

/// The most letters a dotted acronym may have ("C.I.A.", "U.R.S.S."); the
/// bound keeps a long run of dotted capitals linear.
pub(crate) const MAX_ACRONYM_LETTERS: usize = 12;

/// The longest local part of an e-mail address (RFC 5321).
pub(crate) const MAX_EMAIL_LOCAL: usize = 64;

/// A letter takes at most six bytes of a chain (a char of four bytes at
/// most, its period and a joining hyphen), so the last
/// [`MAX_ACRONYM_LETTERS`] letters of a chain all start within this many
/// bytes of its end.
const LETTER_SPAN: usize = 6 * MAX_ACRONYM_LETTERS;

/// A chain of dotted capitals: capitals, each followed by a period, glued
/// to one another or joined by a hyphen ("J.-C."), as far as they go.
///
/// The tokenizer walks a chain once, from the first of its letters it is
/// asked about, and keeps it: every later word start inside the chain is
/// one of its letters (the chain holds nothing but capitals, periods and
/// hyphens) and gets its answer from here, so that "A.A.A.A…" is read once,
/// not once per letter. Walking from any letter gives the same end, so the
/// answers do not depend on where the walk started.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Chain {
    /// Where the walk started (a letter).
    start: usize,
    /// Where the chain stops: after its last period (and a joining hyphen).
    end: usize,
    /// Whether nothing word-like follows `end`: a suffix of the chain with 2
    /// to [`MAX_ACRONYM_LETTERS`] letters is then an acronym.
    clean_end: bool,
    /// Letters before this offset are plain initials: no acronym starts
    /// there (they are not among the last letters of a chain that ends
    /// clean) and no e-mail address either (the run of local-part bytes
    /// through them does not reach an '@' within [`MAX_EMAIL_LOCAL`]
    /// bytes).
    plain_until: usize,
}

impl Chain {
    /// No chain: covers nothing.
    pub(crate) const EMPTY: Chain = Chain {
        start: 0,
        end: 0,
        clean_end: false,
        plain_until: 0,
    };

    /// The chain of `text` whose letter `start` is (a capital followed by a
    /// period). Linear in the chain, plus at most [`MAX_EMAIL_LOCAL`]` + 1`
    /// bytes read after it.
    pub(crate) fn walk(text: &str, start: usize) -> Chain {
        let (stop, letters) = walk_letters(text, start, usize::MAX);
        let mut chain = Chain {
            start,
            end: stop.max(start + 1),
            clean_end: !is_word_char_at(text, stop),
            plain_until: 0,
        };
        if letters > 0 {
            chain.plain_until = chain.plain_until(text);
        }
        chain
    }

    /// Whether `i` lies inside the chain, where the chain's answers hold.
    #[inline(always)]
    pub(crate) fn covers(&self, i: usize) -> bool {
        self.start <= i && i < self.end
    }

    /// Whether the letter at `i`, inside the chain, is a plain initial (see
    /// [`Chain::plain_until`]). False outside the chain.
    #[inline(always)]
    pub(crate) fn is_plain(&self, i: usize) -> bool {
        self.start <= i && i < self.plain_until
    }

    /// The end of the acronym starting at letter `i` of the chain, if there
    /// is one: the chain ends clean, and `i` is one of its last
    /// [`MAX_ACRONYM_LETTERS`] letters but the very last (an acronym has two
    /// letters at least). Counts at most [`MAX_ACRONYM_LETTERS`]` + 1`
    /// letters, and only near the end of a chain.
    pub(crate) fn acronym_at(&self, text: &str, i: usize) -> Option<usize> {
        // The last letters all start within `LETTER_SPAN` bytes of the end:
        // a letter further back is not one of them.
        if !self.clean_end || self.end.saturating_sub(i) > LETTER_SPAN {
            return None;
        }
        // The letters from `i` to the end of the chain.
        let (_, letters) = walk_letters(text, i, MAX_ACRONYM_LETTERS + 1);
        (2..=MAX_ACRONYM_LETTERS)
            .contains(&letters)
            .then_some(self.end)
    }

    /// Where the plain initials of the chain stop.
    fn plain_until(&self, text: &str) -> usize {
        // Acronyms: only among the last letters of a chain that ends clean.
        let acronym_free = if self.clean_end {
            self.end.saturating_sub(LETTER_SPAN)
        } else {
            self.end
        };
        // E-mail addresses: the chain holds capitals, periods and hyphens
        // only, so the run of local-part bytes from a letter stops inside
        // the chain at a non-ASCII capital (no '@'), or runs on past its
        // end to the same stop as the run from the end. An address needs
        // that stop to be an '@' at most `MAX_EMAIL_LOCAL` bytes after the
        // letter.
        let after = text.as_bytes().get(self.end..).unwrap_or_default();
        let stop = after
            .iter()
            .take(MAX_EMAIL_LOCAL + 1)
            .position(|&b| byte_class(&LOCAL_PART, b) == 0);
        let email_free = match stop {
            Some(n) if after.get(n) == Some(&b'@') => {
                (self.end + n).saturating_sub(MAX_EMAIL_LOCAL)
            }
            _ => usize::MAX,
        };
        acronym_free.min(email_free)
    }
}

/// Walks the letters of a chain from `start`, at most `limit` of them:
/// returns where the walk stopped and how many letters it read. The stop
/// is the chain's end when fewer than `limit` letters were read.
fn walk_letters(text: &str, start: usize, limit: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let byte = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let (mut i, mut letters) = (start, 0);
    while letters < limit {
        // ASCII capitals glued by periods ("A.B.C.D.E"), four letters a
        // step, then one: the general step below would find the same.
        if letters + 4 <= limit
            && byte(i + 8).is_ascii_uppercase()
            && bytes.get(i..i + 8).is_some_and(four_dotted_capitals)
        {
            letters += 4;
            i += 8;
            continue;
        }
        if byte(i).is_ascii_uppercase() && byte(i + 1) == b'.' && byte(i + 2).is_ascii_uppercase() {
            letters += 1;
            i += 2;
            continue;
        }
        let Some(len) = capital_len(text, i) else {
            break;
        };
        let after = i + len;
        if byte(after) != b'.' {
            break;
        }
        letters += 1;
        i = after + 1;
        if byte(i) == b'-' && capital_len(text, i + 1).is_some() {
            i += 1;
        }
        if !is_word_char_at(text, i) {
            break;
        }
    }
    (i, letters)
}

/// Whether `chunk` (eight bytes) is four ASCII capitals, each followed by
/// a period ("A.B.C.D."). Branch-free on the eight bytes read as one word.
#[inline(always)]
fn four_dotted_capitals(chunk: &[u8]) -> bool {
    let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
        return false;
    };
    let w = u64::from_le_bytes(bytes);
    const LOW: u64 = 0x00FF_00FF_00FF_00FF;
    const PERIODS: u64 = 0x2E00_2E00_2E00_2E00;
    const HIGH_BITS: u64 = 0x0080_0080_0080_0080;
    // The even bytes, each alone in a 16-bit lane: adding never carries
    // into the next lane, and bit 7 of a lane after adding 0x3F (0x25) is
    // set for a byte in 0x41..=0xC0 (0x5B..=0xDA): both tests leave exactly
    // 'A'..='Z'.
    let letters = w & LOW;
    let from_a = letters + 0x003F_003F_003F_003F;
    let past_z = letters + 0x0025_0025_0025_0025;
    w & !LOW == PERIODS && from_a & !past_z & HIGH_BITS == HIGH_BITS
}

/// The length of the char at `i` of `text` if it is an upper-case letter
/// (ASCII tested by its byte).
#[inline(always)]
fn capital_len(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes().get(i).copied().unwrap_or(0) {
        b if b.is_ascii_uppercase() => Some(1),
        b if b < 0x80 => None,
        _ => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .filter(|c| c.is_uppercase())
            .map(char::len_utf8),
    }
}

/// Whether a word char stands at `i` of `text` (ASCII tested by its byte).
#[inline(always)]
pub(crate) fn is_word_char_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i).copied().unwrap_or(0) {
        b if b < 0x80 => b.is_ascii_alphanumeric(),
        _ => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .is_some_and(is_word_char),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-byte test agrees with the byte-by-byte rule on every byte
    /// value in each of its eight places.
    #[test]
    fn four_dotted_capitals_matches_the_byte_rule() {
        let base = *b"A.Z.M.Q.";
        let rule = |c: &[u8; 8]| {
            c.chunks(2)
                .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
        };
        assert!(four_dotted_capitals(&base));
        for place in 0..8 {
            for b in 0..=255u8 {
                let mut c = base;
                c[place] = b;
                assert_eq!(four_dotted_capitals(&c), rule(&c), "{c:?}");
            }
        }
        assert!(!four_dotted_capitals(b"A.B.C."));
    }

    /// Walking from any letter of a chain stops at the same end, counting
    /// the letters left, whatever mix of glued, hyphenated and non-ASCII
    /// capitals it holds.
    #[test]
    fn walks_agree_from_every_letter() {
        for text in [
            "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q. fin",
            "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Qx",
            "J.-C.A.B.C.D.É.F.G.H.I.J.K.L.M.N.O.P.Q.R.",
            "A.B.C.D.E.F.G.H.I.J.-K.L.M.N.O.P.Q.R@x.fr",
        ] {
            let (end, total) = walk_letters(text, 0, usize::MAX);
            let starts: Vec<usize> = text
                .char_indices()
                .filter(|&(i, c)| c.is_uppercase() && text[i + c.len_utf8()..].starts_with('.'))
                .map(|(i, _)| i)
                .collect();
            assert_eq!(starts.len(), total, "{text}");
            for (k, &s) in starts.iter().enumerate() {
                assert_eq!(
                    walk_letters(text, s, usize::MAX),
                    (end, total - k),
                    "{text} {s}"
                );
                let (_, n) = walk_letters(text, s, MAX_ACRONYM_LETTERS + 1);
                assert_eq!(n, (total - k).min(MAX_ACRONYM_LETTERS + 1), "{text} {s}");
            }
        }
    }
}
