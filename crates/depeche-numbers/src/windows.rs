//! Windows of text that may hold numbers: a fast pre-scan so that the
//! tokenizer and the finder's rules only run where a number can be.
//!
//! The scan splits the normalised text on ASCII spaces and line feeds into
//! *chunks* and marks a chunk as a trigger when it holds a digit or when
//! its word (stripped of punctuation and of an elided prefix) is a number
//! word, an approximation noun ("dizaines"), "moitié", "premier(e)" or an
//! upper-case roman numeral. Each trigger opens a window that starts
//! [`BEFORE`] chunks earlier (for qualifiers and currency symbols: "un peu
//! plus de", "$") and ends [`AFTER`] chunks after the last trigger it holds
//! (for units and ranges), or at a line feed. Windows never overlap and are
//! cut at white space, so tokens inside them are the tokens of the whole
//! text.

use crate::context_words::{approx_noun, is_prenominal_adjective, QUALIFIER_PHRASES};
use crate::ordinal::ordinal_rank_key;
use crate::word_key::WordKey;
use crate::words::{atom_of_key, Atom};

/// Chunks kept before a trigger.
pub(crate) const BEFORE: usize = 5;
/// Chunks kept after the last trigger of a window.
pub(crate) const AFTER: usize = 6;

/// Whether a chunk (text between spaces) may be part of a number.
#[cfg(test)]
pub(crate) fn is_trigger(chunk: &[u8]) -> bool {
    chunk.iter().any(u8::is_ascii_digit) || is_word_trigger(chunk)
}

/// What a chunk without digits is for the scan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Trigger {
    /// Not part of a number.
    No,
    /// May be part of a number.
    Yes,
    /// "un"/"une": a number only if it counts (see [`for_each_window`]).
    Article,
}

/// The word of a chunk: punctuation and quotes around it and an elided
/// prefix ("d'un") removed.
#[inline]
pub(crate) fn word_of(chunk: &[u8]) -> &[u8] {
    let inner = strip_marks(chunk);
    let start = inner.iter().rposition(|&b| b == b'\'').map_or(0, |k| k + 1);
    inner.get(start..).unwrap_or(&[])
}

/// UTF-8 quotation marks that may be glued to a word: « » “ ” ‘ ’ „.
const QUOTE_MARKS: [&[u8]; 7] = [
    "«".as_bytes(),
    "»".as_bytes(),
    "“".as_bytes(),
    "”".as_bytes(),
    "‘".as_bytes(),
    "’".as_bytes(),
    "„".as_bytes(),
];

/// A chunk without the ASCII punctuation and quotation marks around it.
fn strip_marks(mut chunk: &[u8]) -> &[u8] {
    loop {
        if let Some((&b, rest)) = chunk.split_first() {
            if b.is_ascii_punctuation() {
                chunk = rest;
                continue;
            }
        }
        if let Some(q) = QUOTE_MARKS.iter().find(|q| chunk.starts_with(q)) {
            chunk = chunk.get(q.len()..).unwrap_or(&[]);
            continue;
        }
        break;
    }
    loop {
        if let Some((&b, rest)) = chunk.split_last() {
            if b.is_ascii_punctuation() {
                chunk = rest;
                continue;
            }
        }
        if let Some(q) = QUOTE_MARKS.iter().find(|q| chunk.ends_with(q)) {
            chunk = chunk.get(..chunk.len() - q.len()).unwrap_or(&[]);
            continue;
        }
        break;
    }
    chunk
}

/// [`is_trigger`] for a chunk known to hold no digit.
#[cfg(test)]
fn is_word_trigger(chunk: &[u8]) -> bool {
    word_trigger(chunk) != Trigger::No
}

/// Classifies a chunk known to hold no digit.
pub(crate) fn word_trigger(chunk: &[u8]) -> Trigger {
    if chunk.len() > 40 {
        return Trigger::No;
    }
    // Fast rejection on the first letter (after an opening quote or
    // parenthesis): number words, approximation nouns, "moitié",
    // "premier", roman numerals and the elisions before them ("d'un",
    // "qu'une") start with one of these.
    let rest = strip_marks(chunk);
    match rest.first() {
        Some(b'b' | b'c' | b'd' | b'h' | b'm' | b'n' | b'o' | b'p' | b'q' | b's' | b't' | b'u')
        | Some(b'v' | b'z' | b'B' | b'C' | b'D' | b'H' | b'M' | b'N' | b'O' | b'P' | b'Q' | b'S')
        | Some(b'T' | b'U' | b'V' | b'Z' | b'I' | b'X' | b'j' | b'J') => {}
        _ => return Trigger::No,
    }
    // Two-letter prefix on the chunk itself, unless an elision or a roman
    // numeral may hide the word ("d'un", "qu'une", "XXIe").
    let elision = matches!(rest.get(1), Some(b'\'')) || matches!(rest.get(2), Some(b'\''));
    let roman = matches!(rest.first(), Some(b'I' | b'V' | b'X'));
    if !elision && !roman && !has_number_prefix(rest) {
        return Trigger::No;
    }
    let word = word_of(chunk);
    let Some(&first) = word.first() else {
        return Trigger::No;
    };
    if matches!(first, b'I' | b'V' | b'X') {
        // "XIV", and with an ordinal suffix "XXIe", "Ier", "IIIème".
        let roman = word
            .iter()
            .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
            .count();
        let rest = word.get(roman..).unwrap_or(&[]);
        if rest.is_empty() || matches!(rest.first(), Some(b'e' | b'r' | b'n' | 0xC3)) {
            return Trigger::Yes;
        }
    }
    if word.len() > 24
        || !matches!(
            first.to_ascii_lowercase(),
            b'b' | b'c'
                | b'd'
                | b'h'
                | b'm'
                | b'n'
                | b'o'
                | b'p'
                | b'q'
                | b's'
                | b't'
                | b'u'
                | b'v'
                | b'z'
        )
    {
        return Trigger::No;
    }
    // Short words: only these are number words.
    match word.len() {
        0 | 1 => return Trigger::No,
        2 if word.eq_ignore_ascii_case(b"un") => return Trigger::Article,
        3 if word.eq_ignore_ascii_case(b"une") => return Trigger::Article,
        2 => return Trigger::No,
        3 => {
            let yes = [&b"six"[..], b"dix", b"mil"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w));
            return if yes { Trigger::Yes } else { Trigger::No };
        }
        _ => {}
    }
    if !has_number_prefix3(word) {
        return Trigger::No;
    }
    let Some(key) = WordKey::from_bytes(word) else {
        return Trigger::No;
    };
    let k = key.as_bytes();
    let first_part = k.split(|&b| b == b'-').next().unwrap_or(k);
    let yes = match atom_of_key(first_part, 0) {
        Some(a) => a.atom != Atom::Et,
        // "premier" in lower case only: "Premier ministre" is a title.
        None => {
            approx_noun(k).is_some()
                || k == b"moitie"
                || (ordinal_rank_key(k) == Some(1) && first.is_ascii_lowercase())
        }
    };
    if yes {
        Trigger::Yes
    } else {
        Trigger::No
    }
}

/// Whether a word of four bytes or more starts with three bytes that
/// begin a number word, an approximation noun, "moitié" or "premier"
/// ("deu", "tro", "qua", "mil"...), ASCII letters in any case. Stricter
/// than [`has_number_prefix`]: "depuis", "très", "présence" fail here.
#[inline]
pub(crate) fn has_number_prefix3(word: &[u8]) -> bool {
    let low = |k: usize| word.get(k).map_or(0, u8::to_ascii_lowercase);
    matches!(
        [low(0), low(1), low(2)],
        [b'z', b'e', b'r']
            | [b'z', 0xC3, _]
            | [b'u', b'n', b'i']
            | [b'd', b'e', b'u']
            | [b'd', b'i', b'x' | b'z']
            | [b'd', b'o', b'u']
            | [b't', b'r', b'o' | b'e' | b'i']
            | [b'q', b'u', b'a' | b'i']
            | [b'c', b'i', b'n']
            | [b'c', b'e', b'n']
            | [b's', b'i', b'x']
            | [b's', b'e', b'p' | b'i']
            | [b's', b'o', b'i']
            | [b'h', b'u', b'i']
            | [b'n', b'e', b'u']
            | [b'n', b'o', b'n']
            | [b'o', b'n', b'z']
            | [b'o', b'c', b't']
            | [b'v', b'i', b'n']
            | [b'm', b'i', b'l']
            | [b'm', b'o', b'i']
            | [b'b', b'i', b'l']
            | [b'p', b'r', b'e']
    )
}

/// Whether a word starts with two letters that begin a number word, an
/// approximation noun, "moitié" or "premier" ("ze", "un", "de", "tr",
/// "qu"...), in any case.
#[inline]
pub(crate) fn has_number_prefix(word: &[u8]) -> bool {
    let a = word.first().map_or(0, u8::to_ascii_lowercase);
    let b = word.get(1).map_or(0, u8::to_ascii_lowercase);
    matches!(
        [a, b],
        [b'z', b'e' | 0xC3]
            | [b'u', b'n']
            | [b'd', b'e' | b'i' | b'o']
            | [b't', b'r']
            | [b'q', b'u']
            | [b'c', b'i' | b'e']
            | [b's', b'i' | b'e' | b'o']
            | [b'h', b'u']
            | [b'n', b'e' | b'o']
            | [b'o', b'n' | b'c']
            | [b'v', b'i']
            | [b'm', b'i' | b'o']
            | [b'b', b'i']
            | [b'p', b'r']
    )
}

/// Whether the white space at the start of `rest` holds a paragraph
/// break: at least two line feeds (a blank line, spaces allowed).
pub(crate) fn is_paragraph_break(rest: &[u8]) -> bool {
    let mut feeds = 0;
    for &b in rest {
        match b {
            b'\n' => {
                feeds += 1;
                if feeds == 2 {
                    return true;
                }
            }
            b' ' => {}
            _ => return false,
        }
    }
    false
}

/// Byte classes for the chunk scan.
const OTHER: u8 = 0;
const SEPARATOR: u8 = 1;
const DIGIT: u8 = 2;
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    t[b' ' as usize] = SEPARATOR;
    t[b'\n' as usize] = SEPARATOR;
    let mut d = b'0';
    while d <= b'9' {
        t[d as usize] = DIGIT;
        d += 1;
    }
    t
};

/// Bytes a trigger chunk may start with: the first letters of number
/// words (either case), roman numerals, the elided "j'", punctuation (an
/// opening quote or parenthesis) and any non-ASCII byte (quotes, accented
/// capitals).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const FIRST_OK: [bool; 256] = {
    let mut t = [false; 256];
    let letters = b"bcdhmnopqstuvzjBCDHMNOPQSTUVZJIX";
    let mut k = 0;
    while k < letters.len() {
        t[letters[k] as usize] = true;
        k += 1;
    }
    let mut b = 0usize;
    while b < 256 {
        if b >= 0x80 || (b < 0x80 && (b as u8).is_ascii_punctuation()) {
            t[b] = true;
        }
        b += 1;
    }
    t
};

/// The next chunk at or after `pos`: its start and end.
fn next_chunk(bytes: &[u8], pos: usize) -> Option<(usize, usize)> {
    let rest = bytes.get(pos..)?;
    let start = pos + rest.iter().position(|&b| b != b' ' && b != b'\n')?;
    let len = bytes
        .get(start..)?
        .iter()
        .position(|&b| b == b' ' || b == b'\n')
        .unwrap_or(bytes.len() - start);
    Some((start, start + len))
}

/// Whether an "un"/"une" (chunk before it `prev`, ending at `end`) may
/// count.
fn article_counts(
    bytes: &[u8],
    prev: (usize, usize),
    end: usize,
    counts: &impl Fn(&[u8]) -> bool,
) -> bool {
    let before = word_of(bytes.get(prev.0..prev.1).unwrap_or(&[]));
    // A qualifier phrase may end right before it ("au moins un", "plus de
    // un") or with the elision glued to it ("plus d'un").
    let chunk = bytes.get(prev.1..end).unwrap_or(&[]);
    let elided = chunk.contains(&b'\'');
    let qualifier_end = WordKey::from_bytes(before).is_some_and(|k| {
        let k = k.as_str();
        QUALIFIER_PHRASES.iter().any(|(phrase, _)| {
            let n = phrase.len();
            let last = phrase.get(n.wrapping_sub(1)).copied().unwrap_or("");
            let second = phrase.get(n.wrapping_sub(2)).copied().unwrap_or("");
            last == k || (elided && last.ends_with('\'') && second == k)
        })
    });
    // A currency symbol before it ("$ un"): the finder may read a
    // qualifier further back.
    let raw_before = bytes.get(prev.0..prev.1).unwrap_or(&[]);
    let currency = ["$", "€", "£", "¥"]
        .iter()
        .any(|c| raw_before == c.as_bytes());
    if qualifier_end || currency {
        return true;
    }
    let Some((s1, e1)) = next_chunk(bytes, end) else {
        return false;
    };
    let w1 = word_of(bytes.get(s1..e1).unwrap_or(&[]));
    if counts(w1) {
        return true;
    }
    // "un tiers", "un quart", "un dixième": fractions.
    let fraction = WordKey::from_bytes(w1).is_some_and(|k| {
        let k = k.as_bytes();
        matches!(k, b"tiers" | b"quart" | b"quarts" | b"demi") || k.ends_with(b"ieme")
    });
    if fraction {
        return true;
    }
    // Up to two adjectives before the noun, as the finder reads them
    // ("un seul mort", "une autre jeune otage").
    let mut at = (s1, e1);
    for _ in 0..2 {
        let w = word_of(bytes.get(at.0..at.1).unwrap_or(&[]));
        let adjective = WordKey::from_bytes(w).is_some_and(|k| is_prenominal_adjective(k.as_str()));
        if !adjective {
            return false;
        }
        let Some(next) = next_chunk(bytes, at.1) else {
            return false;
        };
        if counts(word_of(bytes.get(next.0..next.1).unwrap_or(&[]))) {
            return true;
        }
        at = next;
    }
    false
}

/// Calls `f(start, end)` for each window of `text` that may hold numbers,
/// in order, non-overlapping, cut at ASCII white space.
///
/// An "un"/"une" opens a window only when it may count: when `counts`
/// accepts the word after it (or the word after "seul(e)", "autre"...),
/// or when the word before it ends a qualifier ("au moins un").
pub(crate) fn for_each_window(
    text: &str,
    counts: impl Fn(&[u8]) -> bool,
    mut f: impl FnMut(usize, usize),
) {
    let bytes = text.as_bytes();
    // Starts of the last BEFORE chunks (ring), and the end of the last window.
    // A ring of 8 (a power of two, at least BEFORE) indexed by masking.
    const RING: usize = 8;
    const _: () = assert!(BEFORE <= RING);
    let mut recent = [0usize; RING];
    let mut seen = 0usize;
    let mut done = 0usize;
    // The open window: its start and the chunks left before it closes.
    let mut open: Option<usize> = None;
    let mut left = 0usize;
    let mut pos = 0usize;
    // The previous chunk.
    let mut prev = (0usize, 0usize);
    // A closed window not yet reported (the next one may extend it).
    let mut pending: Option<(usize, usize)> = None;
    // Where the current paragraph starts.
    let mut line_start = 0usize;
    while pos < bytes.len() {
        // Skip separators.
        let Some(off) = bytes
            .get(pos..)
            .and_then(|r| r.iter().position(|&b| b != b' ' && b != b'\n'))
        else {
            break;
        };
        let start = pos + off;
        // One pass: the chunk's end and whether it holds a digit.
        let mut digit = false;
        let rest = bytes.get(start..).unwrap_or(&[]);
        let mut len = rest.len();
        for (k, &b) in rest.iter().enumerate() {
            let class = CLASS.get(usize::from(b)).copied().unwrap_or(OTHER);
            if class == SEPARATOR {
                len = k;
                break;
            }
            digit |= class == DIGIT;
        }
        let end = start + len;
        let chunk = bytes.get(start..end).unwrap_or(&[]);
        // A paragraph break (a blank line): matches never cross it. A
        // single line feed (hard-wrapped copy) is only a space.
        let line_end = is_paragraph_break(bytes.get(end..).unwrap_or(&[]));
        // Most chunks are rejected on their first byte without a call.
        let first_ok = chunk
            .first()
            .is_some_and(|&b| FIRST_OK.get(usize::from(b)).copied().unwrap_or(false));
        let trigger = digit
            || first_ok
                && match word_trigger(chunk) {
                    Trigger::No => false,
                    Trigger::Yes => true,
                    Trigger::Article => article_counts(bytes, prev, end, &counts),
                };
        prev = (start, end);
        if trigger {
            if open.is_none() {
                let back = seen.min(BEFORE);
                let first = if back == 0 {
                    start
                } else {
                    // The chunk `back` positions ago in the ring.
                    recent
                        .get((seen - back) & (RING - 1))
                        .copied()
                        .unwrap_or(start)
                };
                // Never back over a paragraph break.
                let first = first.max(line_start);
                // A window that would reach back into the pending one
                // extends it instead.
                match pending.take() {
                    Some((ps, pe)) if first < pe => open = Some(ps),
                    Some((ps, pe)) => {
                        f(ps, pe);
                        open = Some(first);
                    }
                    None => open = Some(first.max(done)),
                }
            }
            left = AFTER;
        } else if open.is_some() {
            left = left.saturating_sub(1);
        }
        if let Some(ws) = open {
            if line_end || end == bytes.len() {
                if let Some((ps, pe)) = pending.take() {
                    f(ps, pe);
                }
                f(ws, end);
                done = end;
                open = None;
            } else if left == 0 {
                if let Some((ps, pe)) = pending.take() {
                    f(ps, pe);
                }
                pending = Some((ws, end));
                done = end;
                open = None;
            }
        }
        if let Some(slot) = recent.get_mut(seen & (RING - 1)) {
            *slot = start;
        }
        if line_end {
            line_start = end;
        }
        seen += 1;
        pos = end;
    }
    if let Some((ps, pe)) = pending {
        f(ps, pe);
    }
    if let Some(ws) = open {
        f(ws, bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers() {
        for t in [
            "«trois",
            "vingt»,",
            "1.000",
            "deux",
            "(trois",
            "d'un",
            "vingt-et-un",
            "dizaines",
            "moitié,",
            "XIV",
            "XXIe",
            "139.",
        ] {
            assert!(is_trigger(t.as_bytes()), "{t}");
        }
        for t in [
            "et",
            "Niger,",
            "soldats",
            "le",
            "l'armée",
            "Poutine",
            "depuis",
            "très",
            "présence",
        ] {
            assert!(!is_trigger(t.as_bytes()), "{t}");
        }
    }

    #[test]
    fn every_number_word_passes_the_prefix_filters() {
        let mut words: Vec<String> = Vec::new();
        for n in (0..2000).chain([
            1_000_000,
            2_000_000_000,
            3_000_000_000_000,
            7_000_000_000_000_000,
        ]) {
            let w = crate::to_words(n);
            words.extend(w.split([' ', '-']).map(str::to_string));
        }
        for w in [
            "septante",
            "huitante",
            "octante",
            "nonante",
            "dizaine",
            "douzaines",
            "quinzaine",
            "vingtaine",
            "trentaine",
            "quarantaine",
            "cinquantaine",
            "soixantaine",
            "centaines",
            "milliers",
            "moitié",
            "premier",
            "première",
            "deuxième",
            "troisième",
            "quatrième",
            "cinquième",
            "sixième",
            "septième",
            "huitième",
            "neuvième",
            "dixième",
            "onzième",
            "vingtième",
            "centième",
            "millième",
            "millionième",
            "Zéro",
            "TROIS",
            "huitaine",
            "trillions",
            "billiards",
        ] {
            words.push(w.to_string());
        }
        for w in words.iter().filter(|w| w.len() >= 4) {
            assert!(has_number_prefix(w.as_bytes()), "{w}");
            assert!(has_number_prefix3(w.as_bytes()), "{w}");
            assert!(is_trigger(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn articles_open_windows_only_when_they_count() {
        let text = "Un communiqué lu par une porte-parole annonce un mort.";
        let mut w = Vec::new();
        for_each_window(text, |word| word == b"mort", |s, e| w.push(&text[s..e]));
        assert_eq!(w.len(), 1);
        assert!(w[0].ends_with("un mort."), "{:?}", w[0]);
        assert!(!w[0].starts_with("Un communiqué"));
    }

    #[test]
    fn windows_cover_triggers_with_context() {
        let text = "Le Niger a dénoncé la présence d'un peu plus de 1.000 soldats américains au Niger depuis des années et encore et encore.";
        let mut w = Vec::new();
        for_each_window(text, |_| false, |s, e| w.push(&text[s..e]));
        assert_eq!(w.len(), 1);
        assert!(
            w[0].contains("présence d'un peu plus de 1.000"),
            "{:?}",
            w[0]
        );
        assert!(w[0].contains("soldats américains"));
        assert!(!w[0].ends_with("encore."));
    }
}
