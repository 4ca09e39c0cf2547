//! Folding: the matching key of a text.

use crate::chars::{is_apostrophe, is_combining_mark, is_hyphen_variant};
use crate::offset_map::{OffsetMap, OffsetMapBuilder};
use crate::Span;
use unicode_normalization::char::decompose_canonical;

/// Folded text and the map from its byte offsets back to the folded source.
///
/// Made by [`fold`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Folded {
    text: String,
    map: OffsetMap,
}

impl Folded {
    /// The folded text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The map from folded offsets to source offsets.
    #[inline]
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// Maps a span of the folded text to the text that was folded.
    #[inline]
    pub fn to_source(&self, span: Span) -> Span {
        self.map.span_to_source(span)
    }
}

/// Folds a text into its matching key, with a map back to it.
///
/// Folding lowers the case, removes diacritics (É -> e, ï -> i, ç -> c),
/// expands ligatures (œ -> oe, æ -> ae, ß -> ss), unifies apostrophes to `'`
/// and hyphens to `-`, so that "Etat islamique", "État islamique" and
/// "ETAT ISLAMIQUE" fold alike. Decomposed accents fold like composed ones.
/// Folded ASCII keeps its length, so the map of ASCII text is the identity.
///
/// Linear in the input; allocates the output once.
///
/// ```
/// use depeche_text::{fold, Span};
/// let f = fold("l’ÉTAT islamique");
/// assert_eq!(f.as_str(), "l'etat islamique");
/// let s = f.to_source(Span::new(2, 6));
/// assert_eq!(&"l’ÉTAT islamique"[s.range()], "ÉTAT");
/// ```
pub fn fold(text: &str) -> Folded {
    let mut out = String::with_capacity(text.len());
    let mut map = OffsetMapBuilder::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            let start = i;
            i += bytes
                .get(i..)
                .map_or(0, |rest| rest.iter().take_while(|c| c.is_ascii()).count());
            for &c in bytes.get(start..i).unwrap_or_default() {
                out.push(if c == b'`' {
                    '\''
                } else {
                    c.to_ascii_lowercase() as char
                });
            }
            map.copied(i - start);
            continue;
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        let len = c.len_utf8();
        let before = out.len();
        fold_char_into(c, &mut out);
        let written = out.len() - before;
        if written == len && out.as_bytes().get(before..) == bytes.get(i..i + len) {
            map.copied(len);
        } else {
            map.replaced(len, written);
        }
        i += len;
    }
    Folded {
        text: out,
        map: map.finish(),
    }
}

/// Folds a text into a new string, without a map. Use it for dictionary keys.
///
/// ```
/// assert_eq!(depeche_text::fold_str("Côte d’Ivoire"), "cote d'ivoire");
/// ```
pub fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// Appends the folded form of `text` to `out` (no allocation beyond `out`'s
/// growth).
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char_into(c, out);
    }
}

/// Appends the folded form of one char to `out`: nothing for a combining
/// mark, one or two chars otherwise.
#[inline]
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(if c == '`' {
            '\''
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    // U+00C0..U+00FF, the accented letters of French copy: by table.
    if let Some(folded) = LATIN1_FOLDS.get((c as usize).wrapping_sub(0xC0)) {
        out.push_str(folded);
        return;
    }
    match c {
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        'ø' | 'Ø' => out.push('o'),
        'đ' | 'Đ' => out.push('d'),
        'ł' | 'Ł' => out.push('l'),
        'ı' => out.push('i'),
        c if is_apostrophe(c) => out.push('\''),
        c if is_hyphen_variant(c) || c == '\u{2212}' => out.push('-'),
        c if is_combining_mark(c) => {}
        c => {
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() {
                    base = Some(d);
                }
            });
            let b = base.unwrap_or(c);
            if b.is_ascii() {
                out.push(b.to_ascii_lowercase());
            } else {
                for l in b.to_lowercase() {
                    out.push(l);
                }
            }
        }
    }
}

/// The folded forms of U+00C0..U+00FF, in order (what the general rules
/// give: a test checks every one).
const LATIN1_FOLDS: [&str; 64] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00C0
    "ð", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "þ", "ss", // U+00D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // U+00E0
    "ð", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "þ", "y", // U+00F0
];

#[cfg(test)]
mod tests {
    /// The table of U+00C0..U+00FF gives what the general rules give.
    #[test]
    fn latin1_table_agrees_with_the_rules() {
        for (k, folded) in super::LATIN1_FOLDS.iter().enumerate() {
            let c = char::from_u32(0xC0 + k as u32).unwrap();
            let by_rules = match c {
                'æ' | 'Æ' => "ae".to_string(),
                'ß' => "ss".to_string(),
                'ø' | 'Ø' => "o".to_string(),
                c => {
                    let mut base = None;
                    super::decompose_canonical(c, |d| {
                        if base.is_none() {
                            base = Some(d);
                        }
                    });
                    base.unwrap_or(c).to_lowercase().collect()
                }
            };
            assert_eq!(*folded, by_rules, "{c:?}");
        }
    }

    use super::*;

    #[test]
    fn etat_islamique_folds_alike() {
        let a = fold_str("Etat islamique");
        assert_eq!(a, fold_str("État islamique"));
        assert_eq!(a, fold_str("ETAT ISLAMIQUE"));
        assert_eq!(a, fold_str("E\u{301}tat islamique"));
    }

    #[test]
    fn ligatures_and_marks() {
        assert_eq!(fold_str("Œuvre cœur Æsope"), "oeuvre coeur aesope");
        assert_eq!(fold_str("Al-Qaïda"), fold_str("Al\u{2011}Qaida"));
        assert_eq!(fold_str("aujourd’hui"), "aujourd'hui");
        assert_eq!(fold_str("Burkinabè Tillabéri ç"), "burkinabe tillaberi c");
    }

    #[test]
    fn map_goes_back_through_expansions() {
        let src = "Le cœur d’Œdipe";
        let f = fold(src);
        assert_eq!(f.as_str(), "le coeur d'oedipe");
        let i = f.as_str().find("coeur").unwrap();
        let s = f.to_source(Span::new(i, i + 5));
        assert_eq!(&src[s.range()], "cœur");
        let i = f.as_str().find("oedipe").unwrap();
        let s = f.to_source(Span::new(i, i + 6));
        assert_eq!(&src[s.range()], "Œdipe");
    }
}
