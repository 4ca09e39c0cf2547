//! Lower-cased, accent-stripped keys for number words, built on the stack.
//!
//! Number words are short and only use ASCII letters and `é`/`è`/`ê`/`ë`
//! (and their capitals), so a key fits a small fixed buffer and costs no
//! allocation. Anything else makes the word "not a number word".

/// Longest key kept (longer words are never number words).
pub(crate) const MAX_KEY: usize = 24;

/// Single bytes that fold ([`WordKey::from_bytes`]): ASCII letters to
/// lower case; digits, '-', '\'' and '.' to themselves; 0 for the others.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const FOLD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0usize;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'\'' || c == b'.' {
            t[b] = c;
        } else if c.is_ascii_uppercase() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// The folded letter of the second byte (0x80-0xBF, index minus 0x80) of
/// a two-byte char led by 0xC3 (é è ê ë à â ô ç î ï û ù and capitals), 0
/// for the others.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const FOLD_C3: [u8; 64] = {
    let mut t = [0u8; 64];
    let pairs: [(u8, u8); 23] = [
        (0xA9, b'e'),
        (0xA8, b'e'),
        (0xAA, b'e'),
        (0xAB, b'e'),
        (0x89, b'e'),
        (0x88, b'e'),
        (0x8A, b'e'),
        (0x8B, b'e'),
        (0xA0, b'a'),
        (0xA2, b'a'),
        (0x80, b'a'),
        (0x82, b'a'),
        (0xB4, b'o'),
        (0x94, b'o'),
        (0xA7, b'c'),
        (0x87, b'c'),
        (0xAE, b'i'),
        (0xAF, b'i'),
        (0x8E, b'i'),
        (0x8F, b'i'),
        (0xBB, b'u'),
        (0xB9, b'u'),
        (0x9B, b'u'),
    ];
    let mut k = 0;
    while k < pairs.len() {
        t[(pairs[k].0 - 0x80) as usize] = pairs[k].1;
        k += 1;
    }
    t
};

/// A folded word key on the stack.
#[derive(Clone, Copy)]
pub(crate) struct WordKey {
    buf: [u8; MAX_KEY],
    /// At most [`MAX_KEY`]. A `usize`: with a one-byte length the 25-byte
    /// key is copied by overlapping moves and reading the length back
    /// stalls (measured: half the time of the qualifier look-up).
    len: usize,
}

impl WordKey {
    /// Folds `word`: ASCII lower-cased, `é è ê ë` (any case) to `e`, `à â`
    /// to `a`, `ô` to `o`, `ç` to `c`, `î ï` to `i`, `û ù` to `u`. Returns
    /// `None` for a word too long or holding another char.
    pub(crate) fn new(word: &str) -> Option<WordKey> {
        let mut buf = [0u8; MAX_KEY];
        let mut len = 0;
        for c in word.chars() {
            let b = match c {
                'a'..='z' | '0'..='9' | '-' | '\'' | '.' => c as u8,
                'A'..='Z' => c.to_ascii_lowercase() as u8,
                'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => b'e',
                'à' | 'â' | 'À' | 'Â' => b'a',
                'ô' | 'Ô' => b'o',
                'ç' | 'Ç' => b'c',
                'î' | 'ï' | 'Î' | 'Ï' => b'i',
                'û' | 'ù' | 'Û' => b'u',
                _ => return None,
            };
            let slot = buf.get_mut(len)?;
            *slot = b;
            len += 1;
        }
        Some(WordKey { buf, len })
    }

    /// [`WordKey::new`] on raw UTF-8 bytes (a slice of a `str` cut at
    /// ASCII boundaries), without validating them first: any byte sequence
    /// outside the folded letters gives `None`.
    #[inline]
    pub(crate) fn from_bytes(word: &[u8]) -> Option<WordKey> {
        let mut buf = [0u8; MAX_KEY];
        let mut len = 0;
        let mut k = 0;
        while let Some(&b) = word.get(k) {
            let folded = FOLD.get(usize::from(b)).copied().unwrap_or(0);
            let (out, step) = if folded != 0 {
                (folded, 1)
            } else if b == 0xC3 {
                // Two-byte sequences of Latin-1 letters: C3 xx.
                let next = usize::from(*word.get(k + 1)?);
                let c = FOLD_C3.get(next.wrapping_sub(0x80)).copied().unwrap_or(0);
                if c == 0 {
                    return None;
                }
                (c, 2)
            } else {
                return None;
            };
            let slot = buf.get_mut(len)?;
            *slot = out;
            len += 1;
            k += step;
        }
        Some(WordKey { buf, len })
    }

    /// [`WordKey::from_bytes`] of `text[start..end]`. A word of one to
    /// eight lower-case ASCII letters (most words read in a window), with
    /// eight bytes of `text` from `start`, is its own key: tested and copied
    /// eight bytes at once instead of folded byte by byte.
    #[inline]
    pub(crate) fn of_span(text: &[u8], start: usize, end: usize) -> Option<WordKey> {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let len = end.wrapping_sub(start);
        if (1..=8).contains(&len) {
            if let Some(block) = text.get(start..start + 8) {
                let mut eight = [0u8; 8];
                eight.copy_from_slice(block);
                // The word's bytes, zeros after them.
                let mask = u64::MAX >> (64 - 8 * len);
                let x = u64::from_le_bytes(eight) & mask;
                // Bytes past the word taken as 'a': every byte must then
                // be in 'a'..='z' (below 0x80, at least 0x61, at most 0x7A;
                // no carry crosses a byte below 0x80).
                let y = x | (!mask & (ONES * u64::from(b'a')));
                let at_least_a = y.wrapping_add(ONES * (0x80 - u64::from(b'a')));
                let above_z = y.wrapping_add(ONES * (0x80 - u64::from(b'z') - 1));
                if y & HIGH == 0 && at_least_a & HIGH == HIGH && above_z & HIGH == 0 {
                    let mut buf = [0u8; MAX_KEY];
                    if let Some(head) = buf.get_mut(..8) {
                        head.copy_from_slice(&x.to_le_bytes());
                    }
                    return Some(WordKey { buf, len });
                }
            }
        }
        WordKey::from_bytes(text.get(start..end).unwrap_or(&[]))
    }

    /// The key's bytes (ASCII).
    pub(crate) fn as_bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }

    /// The key as a string slice.
    pub(crate) fn as_str(&self) -> &str {
        // Every byte written in `new` is ASCII, so any prefix is valid UTF-8.
        std::str::from_utf8(self.buf.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}

/// Whether two short byte strings (keys, words of the closed lists) are
/// equal: compared inline, a call to `memcmp` costs more for a few bytes.
#[inline]
pub(crate) fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// Folds a phrase for lexicon keys (lower case, accents removed, one space
/// between words); allocates. Used when building lexicons and when looking
/// up a found unit, never per token.
pub(crate) fn fold_phrase(text: &str) -> String {
    let folded = depeche_text::fold_str(text);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_and_case() {
        assert_eq!(
            WordKey::new("Zéro").map(|k| k.as_str().to_string()),
            Some("zero".into())
        );
        assert_eq!(
            WordKey::new("DEUXIÈME").map(|k| k.as_str().to_string()),
            Some("deuxieme".into())
        );
        assert!(WordKey::new("Москва").is_none());
        assert!(WordKey::new("anticonstitutionnellement-x").is_none());
    }

    #[test]
    fn bytes_and_str_agree() {
        for w in ["Zéro", "DEUXIÈME", "quatre-vingt", "ça", "Naïve", "d'un"] {
            let a = WordKey::new(w).map(|k| k.as_str().to_string());
            let b = WordKey::from_bytes(w.as_bytes()).map(|k| k.as_str().to_string());
            assert_eq!(a, b, "{w}");
        }
        assert!(WordKey::from_bytes("Москва".as_bytes()).is_none());
        assert!(WordKey::from_bytes(&[0xC3]).is_none());
    }

    #[test]
    fn byte_tables_fold_as_chars_do() {
        for c in (0u32..0x800).filter_map(char::from_u32) {
            for w in [c.to_string(), format!("a{c}b"), format!("{c}{c}")] {
                let a = WordKey::new(&w).map(|k| k.as_str().to_string());
                let b = WordKey::from_bytes(w.as_bytes()).map(|k| k.as_str().to_string());
                assert_eq!(a, b, "{w:?}");
            }
        }
    }

    #[test]
    fn span_keys_are_byte_keys() {
        // Every word of up to ten bytes over a small alphabet (lower and
        // upper case, the bounds of 'a'..='z', an accent, a hyphen, a
        // space), at every offset of a text that may end right after it.
        let alphabet: [&[u8]; 9] = [
            b"a",
            b"z",
            b"m",
            b"`",
            b"{",
            b"A",
            b"-",
            b" ",
            "é".as_bytes(),
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mut text = Vec::new();
            let mut r = state;
            for _ in 0..(round % 14) {
                text.extend_from_slice(alphabet[(r % 9) as usize]);
                r /= 9;
            }
            for start in 0..=text.len() {
                for end in start..=text.len().min(start + 10) {
                    let a = WordKey::of_span(&text, start, end).map(|k| (k.buf, k.len));
                    let b = WordKey::from_bytes(&text[start..end]).map(|k| (k.buf, k.len));
                    assert_eq!(a, b, "{:?}", &text[start..end]);
                }
            }
        }
    }

    #[test]
    fn phrase_keys() {
        assert_eq!(fold_phrase("Chefs  d'État"), "chefs d'etat");
    }
}
