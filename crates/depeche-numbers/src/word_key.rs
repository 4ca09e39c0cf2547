//! Lower-cased, accent-stripped keys for number words, built on the stack.
//!
//! Number words are short and only use ASCII letters and `é`/`è`/`ê`/`ë`
//! (and their capitals), so a key fits a small fixed buffer and costs no
//! allocation. Anything else makes the word "not a number word".

/// Longest key kept (longer words are never number words).
pub(crate) const MAX_KEY: usize = 24;

/// A folded word key on the stack.
#[derive(Clone, Copy)]
pub(crate) struct WordKey {
    buf: [u8; MAX_KEY],
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
            let (out, step) = match b {
                b'a'..=b'z' | b'0'..=b'9' | b'-' | b'\'' | b'.' => (b, 1),
                b'A'..=b'Z' => (b.to_ascii_lowercase(), 1),
                // Two-byte sequences of Latin-1 letters: C3 xx.
                0xC3 => {
                    let c = match word.get(k + 1)? {
                        0xA9 | 0xA8 | 0xAA | 0xAB | 0x89 | 0x88 | 0x8A | 0x8B => b'e',
                        0xA0 | 0xA2 | 0x80 | 0x82 => b'a',
                        0xB4 | 0x94 => b'o',
                        0xA7 | 0x87 => b'c',
                        0xAE | 0xAF | 0x8E | 0x8F => b'i',
                        0xBB | 0xB9 | 0x9B => b'u',
                        _ => return None,
                    };
                    (c, 2)
                }
                _ => return None,
            };
            let slot = buf.get_mut(len)?;
            *slot = out;
            len += 1;
            k += step;
        }
        Some(WordKey { buf, len })
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
    fn phrase_keys() {
        assert_eq!(fold_phrase("Chefs  d'État"), "chefs d'etat");
    }
}
