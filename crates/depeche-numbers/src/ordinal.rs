//! Ordinals written with digits or roman numerals and a suffix ("1er",
//! "1re", "2e", "2nd", "11ème", "XXIe"), and the ordinal words that are not
//! "-ième" forms (premier, second).

use depeche_text::roman::parse_roman;

use crate::word_key::WordKey;

/// Ordinal suffixes after digits or roman numerals (folded: accents removed,
/// lower case), with the rank they are allowed on (`Some(1)` only after 1,
/// `Some(2)` only after 2, `None` any).
const SUFFIXES: &[(&str, Option<u64>)] = &[
    ("er", Some(1)),
    ("ers", Some(1)),
    ("re", Some(1)),
    ("res", Some(1)),
    ("ere", Some(1)),
    ("eres", Some(1)),
    ("nd", Some(2)),
    ("nde", Some(2)),
    ("nds", Some(2)),
    ("ndes", Some(2)),
    ("d", Some(2)),
    ("de", Some(2)),
    ("e", None),
    ("es", None),
    ("eme", None),
    ("emes", None),
];

/// Reads a digit or roman ordinal ("1er", "2e", "XXIe", "IIIe"): its rank.
///
/// ```
/// use depeche_numbers::parse_ordinal_suffixed;
/// assert_eq!(parse_ordinal_suffixed("1er"), Some(1));
/// assert_eq!(parse_ordinal_suffixed("2ème"), Some(2));
/// assert_eq!(parse_ordinal_suffixed("XXIe"), Some(21));
/// assert_eq!(parse_ordinal_suffixed("3er"), None);
/// ```
pub fn parse_ordinal_suffixed(s: &str) -> Option<u64> {
    let split = s
        .char_indices()
        .find(|&(_, c)| {
            !(c.is_ascii_digit() || matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
        })
        .map(|(k, _)| k)?;
    let (head, suffix) = (s.get(..split)?, s.get(split..)?);
    let key = WordKey::new(suffix)?;
    let rule = SUFFIXES.iter().find(|(sfx, _)| *sfx == key.as_str())?.1;
    let n = if head.bytes().all(|b| b.is_ascii_digit()) {
        if head.is_empty() || head.len() > 18 {
            return None;
        }
        head.parse::<u64>().ok()?
    } else {
        u64::from(parse_roman(head)?)
    };
    match rule {
        Some(only) if only != n => None,
        _ if n == 0 => None,
        _ => Some(n),
    }
}

/// The rank of "premier"/"première"/"second"/"seconde" (and plurals).
pub(crate) fn ordinal_word_rank(word: &str) -> Option<u64> {
    let key = WordKey::new(word)?;
    ordinal_rank_key(key.as_bytes())
}

/// [`ordinal_word_rank`] on an already folded key.
pub(crate) fn ordinal_rank_key(key: &[u8]) -> Option<u64> {
    match key {
        b"premier" | b"premiere" | b"premiers" | b"premieres" => Some(1),
        b"second" | b"seconde" | b"seconds" | b"secondes" => Some(2),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        for (s, n) in [
            ("1er", 1),
            ("1re", 1),
            ("1ère", 1),
            ("1ere", 1),
            ("2e", 2),
            ("2nd", 2),
            ("2nde", 2),
            ("2ème", 2),
            ("2eme", 2),
            ("11e", 11),
            ("IIIe", 3),
            ("XXIe", 21),
        ] {
            assert_eq!(parse_ordinal_suffixed(s), Some(n), "{s}");
        }
        for s in ["3er", "1nd", "e", "0e", "12", "XIIII e"] {
            assert_eq!(parse_ordinal_suffixed(s), None, "{s}");
        }
    }

    #[test]
    fn words() {
        assert_eq!(ordinal_word_rank("Première"), Some(1));
        assert_eq!(ordinal_word_rank("second"), Some(2));
        assert_eq!(ordinal_word_rank("troisième"), None);
    }
}
