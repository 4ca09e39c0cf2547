//! Folding (`depeche_text::fold_into`: lower case, no accents, ligatures
//! expanded, one apostrophe, one hyphen) with a fast path: ASCII is lowered
//! in place and the folds of the Latin letters U+0080..U+0250 are computed
//! once with `depeche_text::fold_char_into`, so the output is the same
//! char for char.

use std::sync::OnceLock;

use depeche_text::fold_char_into;

use crate::trie::ASCII_FOLD;

/// First char of the table.
const FIRST: u32 = 0x80;
/// One past the last char of the table.
const END: u32 = 0x250;

/// The folds of U+0080..U+0250.
fn latin() -> &'static [Box<str>] {
    static LATIN: OnceLock<Vec<Box<str>>> = OnceLock::new();
    LATIN.get_or_init(|| {
        (FIRST..END)
            .map(|cp| {
                let mut s = String::new();
                if let Some(c) = char::from_u32(cp) {
                    fold_char_into(c, &mut s);
                }
                s.into_boxed_str()
            })
            .collect()
    })
}

/// Appends the fold of `text` to `out`; the same as
/// `depeche_text::fold_into`.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    out.reserve(text.len());
    let latin = latin();
    let bytes = text.as_bytes();
    // Runs of ASCII: one table lookup per byte.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            out.push(char::from(ASCII_FOLD.get(b as usize).copied().unwrap_or(b)));
            i += 1;
            continue;
        }
        // U+00C0..U+00FF (lead byte 0xC3, the accented letters of French)
        // from their second byte, without decoding.
        if b == 0xC3 {
            if let Some(f) = bytes
                .get(i + 1)
                .filter(|s| (0x80..=0xBF).contains(*s))
                .and_then(|&s| latin.get(usize::from(s) + 0x40 - FIRST as usize))
            {
                out.push_str(f);
                i += 2;
                continue;
            }
        }
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            return;
        };
        match latin.get((c as usize).wrapping_sub(FIRST as usize)) {
            Some(f) => out.push_str(f),
            None => fold_char_into(c, out),
        }
        i += c.len_utf8();
    }
}

/// The fold of `text`; the same as `depeche_text::fold_str`.
pub(crate) fn fold_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn same_as_depeche_text() {
        let mut all = String::new();
        for cp in (0u32..0x600).chain(0x1e00..0x2100) {
            if let Some(c) = char::from_u32(cp) {
                all.push(c);
            }
        }
        all.push_str("Œuvre ÉTAT Al-Qaïda l’armée Ağa ß Ø ǅ İ");
        for s in [all.as_str(), "", "Niamey", "président nigérien"] {
            assert_eq!(super::fold_str(s), depeche_text::fold_str(s), "{s:?}");
        }
    }
}
