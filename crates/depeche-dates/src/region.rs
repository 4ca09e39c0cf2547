//! The regions of a text worth lexing: every temporal expression holds an
//! anchor — a digit or a temporal word (a month, a weekday, a unit, a part
//! of day, "hier", "Noël"...) — so that only the text around anchors needs
//! the full tokenizer and grammar. A byte scan finds the anchors; each one
//! opens a window wide enough for the longest lead ("au cours des trois
//! derniers") and tail ("à 14 h 30 heure locale") of an expression;
//! overlapping windows merge.

use crate::lex::{fold_word_into, is_anchor, packed_folded_letters, single_byte_folded_len};
use crate::lexicon::{
    classify, classify_packed, classify_short_ascii, may_be_anchor, may_be_anchor_pair,
};

/// Bytes kept before an anchor.
const LEAD: usize = 40;
/// Bytes kept after an anchor.
const TAIL: usize = 32;
/// How far a window edge moves to reach white space.
const SNAP: usize = 32;
/// Words longer than this (folded) are never anchors.
const MAX_WORD: usize = 24;

/// Pushes onto `out` (cleared first) the byte ranges of `text` around its
/// anchors, sorted, disjoint, on char boundaries. `buf` is scratch space.
pub(crate) fn regions(text: &str, out: &mut Vec<(usize, usize)>, buf: &mut String) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    // The end of the last window before snapping: `push_window` skips the
    // snap of an anchor whose window ends before it.
    let mut raw_end = 0;
    let mut i = 0;
    while i < n {
        // Skip what starts neither a word nor a number: one table lookup a
        // byte, in a tight slice scan.
        i += run_of(b, i, SKIPPED);
        let Some(&c) = b.get(i) else {
            break;
        };
        if class(c) == DIGIT {
            let s = i;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            push_window(text, s, i, out, &mut raw_end);
            continue;
        }
        if !starts_word(text, i) {
            // A char of two bytes or more that is no letter (ASCII that
            // starts nothing was skipped above).
            i += text
                .get(i..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
            continue;
        }
        // A word: letters, apostrophes and hyphens inside.
        let s = i;
        i += run_of(b, i, PLAIN);
        if !b
            .get(i)
            .is_some_and(|&c| matches!(class(c), APOSTROPHE | LATIN1 | HIGH))
        {
            // The common case: ASCII letters and hyphens only, filtered on
            // their first two letters and length with no folding.
            if ascii_word_may_anchor(b, s, i) {
                let anchor = match b.get(s..i) {
                    // No hyphen: no "mi-" word, and a lookup without
                    // folding.
                    Some(w) if w.len() <= 8 && !w.contains(&b'-') => {
                        classify_short_ascii(w).is_some_and(is_anchor)
                    }
                    // A hyphen, or more than eight letters: no short key.
                    _ => word_is_anchor(text.get(s..i).unwrap_or(""), None, false, buf),
                };
                if anchor {
                    push_window(text, s, i, out, &mut raw_end);
                }
            }
            continue;
        }
        let mut apostrophe = None;
        let mut latin1 = 0usize;
        let mut latin1_before = 0usize;
        let mut exotic = false;
        loop {
            // ASCII letters and hyphens, in a tight slice scan.
            i += run_of(b, i, PLAIN);
            let Some(&c) = b.get(i) else {
                break;
            };
            match class(c) {
                APOSTROPHE => {
                    apostrophe = Some(i - s);
                    latin1_before = latin1;
                    i += 1;
                }
                // Latin-1 letters "à".."ÿ", "À".."Þ" (not × ÷): the common
                // case.
                LATIN1
                    if b.get(i + 1)
                        .is_some_and(|&d| d >= 0x80 && d != 0x97 && d != 0xB7) =>
                {
                    latin1 += 1;
                    i += 2;
                }
                LATIN1 | HIGH => match text.get(i..).and_then(|r| r.chars().next()) {
                    Some(ch) if ch.is_alphabetic() => {
                        exotic = true;
                        i += ch.len_utf8();
                    }
                    _ => break,
                },
                _ => break,
            }
        }
        // Most words are rejected by their first two letters and length
        // (folded: a Latin-1 letter folds to one byte).
        let maybe = exotic || {
            let len = i - s - latin1;
            // The pair filter reads 5 bits of each letter, the same for
            // both cases: only Latin-1 letters need folding.
            let (first, second) = match (b.get(s), b.get(s + 1)) {
                (Some(&f), Some(&g)) if f < 0x80 && g < 0x80 => (f, g),
                _ => {
                    let (first, width) = folded_letter(text, s);
                    (first, folded_letter(text, s + width).0)
                }
            };
            let mi = len > 3
                && b.get(s + 2) == Some(&b'-')
                && b.get(s..s + 2)
                    .is_some_and(|m| m.eq_ignore_ascii_case(b"mi"));
            // After an elision ("l'an", "l'été"): the tail may be an anchor,
            // by its first two letters and length as the whole word.
            let after = apostrophe.is_some_and(|k| {
                let tail_len = (i - s - k - 1).saturating_sub(latin1 - latin1_before);
                let t = s + k + 1;
                match b.get(t) {
                    None => false,
                    Some(&f) if tail_len < 2 => {
                        let f = if f == 0xC3 {
                            b'e'
                        } else {
                            f.to_ascii_lowercase()
                        };
                        may_be_anchor(f, tail_len)
                    }
                    Some(&f) => {
                        let (first, width) = if f < 0x80 {
                            (f, 1)
                        } else {
                            folded_letter(text, t)
                        };
                        let second = match b.get(t + width) {
                            Some(&g) if g < 0x80 => g,
                            _ => folded_letter(text, t + width).0,
                        };
                        may_be_anchor_pair(first, second, tail_len)
                    }
                }
            });
            mi || after || may_be_anchor_pair(first, second, len)
        };
        if maybe {
            let word = text.get(s..i).unwrap_or("");
            let short = !exotic && i - s - latin1 <= 8;
            if word_is_anchor(word, apostrophe, short, buf) {
                push_window(text, s, i, out, &mut raw_end);
            }
        }
        // Never stall on a char that starts no word.
        if i == s {
            i += text
                .get(i..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
        }
    }
}

/// Byte classes of the scan.
const SKIP: u8 = 0;
const LETTER: u8 = 1;
const HYPHEN: u8 = 2;
const APOSTROPHE: u8 = 3;
const DIGIT: u8 = 4;
/// 0xC3, the first byte of the Latin-1 letters.
const LATIN1: u8 = 5;
/// Any other byte of a multi-byte char.
const HIGH: u8 = 6;

/// The class of every byte. A hyphen or an apostrophe starts nothing, so
/// they are skipped between words.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static CLASSES: [u8; 256] = {
    let mut t = [SKIP; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b == b'-' {
            HYPHEN
        } else if b == b'\'' {
            APOSTROPHE
        } else if b.is_ascii_digit() {
            DIGIT
        } else if b == 0xC3 {
            LATIN1
        } else if b >= 0x80 {
            HIGH
        } else {
            SKIP
        };
        c += 1;
    }
    t
};

/// Bytes skipped between words: those of [`SKIP`], [`HYPHEN`] and
/// [`APOSTROPHE`].
const SKIPPED: u8 = 1;
/// Bytes read in bulk inside a word: those of [`LETTER`] and [`HYPHEN`].
const PLAIN: u8 = 2;

/// The sets [`SKIPPED`] and [`PLAIN`] each byte is in (a bit each).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
static SETS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let k = CLASSES[c];
        if k == SKIP || k == HYPHEN || k == APOSTROPHE {
            t[c] |= SKIPPED;
        }
        if k == LETTER || k == HYPHEN {
            t[c] |= PLAIN;
        }
        c += 1;
    }
    t
};

/// How many bytes from `i` on are in `set` (see [`SETS`]).
// A 256-entry table indexed by a byte cannot be indexed out of bounds; the
// checked lookup and the iterator adapter cost about twice the
// instructions a byte in this, the scan's innermost loop.
#[allow(clippy::indexing_slicing)]
#[inline]
fn run_of(b: &[u8], i: usize, set: u8) -> usize {
    let mut k = i;
    while let Some(&c) = b.get(k) {
        if SETS[usize::from(c)] & set == 0 {
            break;
        }
        k += 1;
    }
    k - i
}

/// The class of byte `c` in the scan.
#[inline]
fn class(c: u8) -> u8 {
    // A 256-entry table indexed by a byte: the lookup cannot fail.
    CLASSES.get(usize::from(c)).copied().unwrap_or(SKIP)
}

/// Whether the word `b[s..e]` of ASCII letters and hyphens (nothing else)
/// may be an anchor: what the general filter of [`regions`] computes for
/// such a word, in a few instructions.
#[inline]
fn ascii_word_may_anchor(b: &[u8], s: usize, e: usize) -> bool {
    let len = e - s;
    match b.get(s..e) {
        // Shorter words are no anchor (the pair filter holds words of two
        // bytes or more).
        Some([f, g, rest @ ..]) => {
            let mi = len > 3 && rest.first() == Some(&b'-') && [*f, *g].eq_ignore_ascii_case(b"mi");
            mi || may_be_anchor_pair(*f, *g, len)
        }
        _ => false,
    }
}

/// The letter at byte `i` folded to one ASCII byte (a Latin-1 letter to its
/// base letter; 0 for anything else), and its width in bytes.
fn folded_letter(text: &str, i: usize) -> (u8, usize) {
    match text.as_bytes().get(i) {
        Some(0xC3) => (
            text.get(i..)
                .and_then(|r| r.chars().next())
                .and_then(crate::lex::fold_latin1)
                .map_or(0, |c| c as u8),
            2,
        ),
        Some(c) => (c.to_ascii_lowercase(), 1),
        None => (0, 1),
    }
}

/// Whether a word starts at byte `i`.
fn starts_word(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    match b.get(i) {
        Some(c) if c.is_ascii_alphabetic() => true,
        // The common chars of news copy, by their first two bytes, with no
        // Unicode table (a unit test checks them): U+00C0..=U+00FF are
        // letters but × and ÷; U+2000..=U+203F (’ – — … “ ”, spaces) are
        // none.
        Some(0xC3) => b.get(i + 1).is_some_and(|&d| d != 0x97 && d != 0xB7),
        Some(0xE2) if b.get(i + 1) == Some(&0x80) => false,
        Some(&c) if c >= 0x80 => text
            .get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphabetic),
        _ => false,
    }
}

/// Whether a word anchors an expression; `apostrophe` is the offset of
/// its last apostrophe, if any; `short`: the word may fold to at most eight
/// bytes (false when it surely does not: no short-key lookup is tried).
fn word_is_anchor(word: &str, apostrophe: Option<usize>, short: bool, buf: &mut String) -> bool {
    if word.len() > 2 * MAX_WORD || word.len() < 2 {
        return false;
    }
    // The common case: at most eight letters that fold to one byte each,
    // no apostrophe nor hyphen: one lookup of the packed key, no folding
    // out.
    if let Some(k) = apostrophe {
        if let Some(anchor) = elided_word_is_anchor(word.as_bytes(), k) {
            return anchor;
        }
    }
    if short && apostrophe.is_none() {
        if let Some((key, _)) = packed_folded_letters(word.as_bytes()) {
            return classify_packed(key).is_some_and(is_anchor);
        }
    }
    buf.clear();
    if word.is_ascii() {
        // The words of the scan hold letters, '-' and '\'' only.
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        fold_word_into(word, buf);
    }
    let folded = buf.as_str();
    if folded.starts_with("mi-") {
        return true;
    }
    let fb = folded.as_bytes();
    if fb.first().is_some_and(|&f| may_be_anchor(f, fb.len()))
        && classify(folded).is_some_and(is_anchor)
    {
        return true;
    }
    // "l'an", "d'octobre": the word after an elision.
    if apostrophe.is_none() {
        return false;
    }
    match folded.rsplit_once('\'') {
        Some((_, tail)) if !tail.is_empty() => classify(tail).is_some_and(is_anchor),
        _ => false,
    }
}

/// [`word_is_anchor`] of a word with an apostrophe, its last at byte `k`
/// ("l'an", "d'octobre", "l'Assemblée"), when it is found without folding
/// the word out: every char folds to one byte, the whole word may be no
/// anchor by its first two letters and length (nor "mi-..."), and the part
/// after the elision is empty or short and plain (one lookup of its packed
/// key). `None`: the general path decides. `O(len)`, no allocation.
fn elided_word_is_anchor(b: &[u8], k: usize) -> Option<bool> {
    let (&f, &g) = (b.first()?, b.get(1)?);
    if !f.is_ascii_alphabetic() || !g.is_ascii() || g == b'`' {
        return None;
    }
    let (f, g) = (f.to_ascii_lowercase(), g.to_ascii_lowercase());
    // Whole-word readings: "mi-..." and the anchors of the lexicon, as
    // folded they would start.
    if f == b'm' || may_be_anchor_pair(f, g, single_byte_folded_len(b)?) {
        return None;
    }
    let tail = b.get(k + 1..)?;
    if tail.is_empty() {
        return Some(false);
    }
    let (key, _) = packed_folded_letters(tail)?;
    Some(classify_packed(key).is_some_and(is_anchor))
}

/// Opens the window of an anchor at `s..e` and merges it with the last one;
/// `raw_end` is the largest end before snapping of the windows merged into
/// the last one.
///
/// Anchors come close together ("le 14 mai 2024"): a window that surely
/// merges (its start before snapping is already inside the last window,
/// and snapping only moves it left) skips the left snap, and the right one
/// too when it ends before `raw_end` ([`snap_right`] never moves a later
/// point to an earlier place, so its end cannot pass the last window's).
fn push_window(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>, raw_end: &mut usize) {
    let raw_start = s.saturating_sub(LEAD);
    let raw = e.saturating_add(TAIL).min(text.len());
    if let Some(last) = out.last_mut() {
        if raw_start <= last.1 {
            if raw > *raw_end {
                last.1 = last.1.max(snap_right(text, raw));
                *raw_end = raw;
            }
            return;
        }
    }
    let start = snap_left(text, raw_start);
    let end = snap_right(text, raw);
    match out.last_mut() {
        Some(last) if start <= last.1 => {
            last.1 = last.1.max(end);
            *raw_end = (*raw_end).max(raw);
        }
        _ => {
            out.push((start, end));
            *raw_end = raw;
        }
    }
}

/// Moves `at` left to just after white space (or to a char boundary).
fn snap_left(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let floor = at.saturating_sub(SNAP);
    let mut k = at;
    while k > floor {
        if b.get(k - 1).is_some_and(u8::is_ascii_whitespace) {
            return k;
        }
        k -= 1;
    }
    if k == 0 {
        return 0;
    }
    let mut k = at;
    while !text.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// Moves `at` right to white space (or to a char boundary).
fn snap_right(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let ceil = at.saturating_add(SNAP).min(b.len());
    let mut k = at;
    while k < ceil {
        if b.get(k).is_some_and(u8::is_ascii_whitespace) {
            return k;
        }
        k += 1;
    }
    if k >= b.len() {
        return b.len();
    }
    let mut k = at;
    while !text.is_char_boundary(k) {
        k += 1;
    }
    k
}

/// Whether eight bytes hold one of `\n . ! ?` (the candidates for a
/// sentence end), tested on them as one word: the classic test for a zero
/// byte, after an XOR with each candidate. `None` (a short chunk) counts as
/// holding one.
#[inline]
fn chunk_has_candidate(chunk: Option<&[u8]>) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let Some(x) = chunk
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
        .map(u64::from_le_bytes)
    else {
        return true;
    };
    let has = |t: u8| {
        let y = x ^ ONES.wrapping_mul(u64::from(t));
        y.wrapping_sub(ONES) & !y & HIGHS
    };
    has(b'\n') | has(b'.') | has(b'!') | has(b'?') != 0
}

/// The sentence around `start..end`: back to the previous sentence end or
/// line break, forward to the next, at most `reach` bytes each way.
pub(crate) fn sentence_around(
    text: &str,
    start: usize,
    end: usize,
    reach: usize,
) -> (usize, usize) {
    let b = text.as_bytes();
    let is_end = |k: usize| match b.get(k) {
        Some(b'\n') => true,
        Some(b'.' | b'!' | b'?') => b.get(k + 1).map_or(true, u8::is_ascii_whitespace),
        _ => false,
    };
    // The candidates for an end, found by tight slice scans, then checked.
    let candidate = |c: &u8| matches!(c, b'\n' | b'.' | b'!' | b'?');
    // The last end before `start`, not below `floor`.
    let floor = start.saturating_sub(reach);
    let behind = b.get(floor..start).unwrap_or(&[]);
    let mut upto = behind.len();
    let s = loop {
        // Eight bytes at a time over the stretches without a candidate.
        while upto >= 8 && !chunk_has_candidate(behind.get(upto - 8..upto)) {
            upto -= 8;
        }
        match behind
            .get(..upto)
            .and_then(|w| w.iter().rposition(candidate))
        {
            Some(j) if is_end(floor + j) => break floor + j + 1,
            Some(j) => upto = j,
            None => break floor,
        }
    };
    // The first end from `end`, below `ceil`.
    let ceil = end.saturating_add(reach).min(b.len());
    let ahead = b.get(end..ceil).unwrap_or(&[]);
    let mut from = 0;
    let mut e = loop {
        while from + 8 <= ahead.len() && !chunk_has_candidate(ahead.get(from..from + 8)) {
            from += 8;
        }
        match ahead.get(from..).and_then(|w| w.iter().position(candidate)) {
            Some(j) if is_end(end + from + j) => break end + from + j,
            Some(j) => from += j + 1,
            None => break ceil,
        }
    };
    if e < b.len() && is_end(e) {
        e += 1;
    }
    on_chars(text, s, e, start, end)
}

/// A window `s..e` moved in to char boundaries of `text` and widened to hold
/// `start..end` (which lies on char boundaries), within the text.
fn on_chars(text: &str, mut s: usize, mut e: usize, start: usize, end: usize) -> (usize, usize) {
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    (s.min(start), e.max(end).min(text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions_of(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        regions(text, &mut out, &mut String::new());
        out
    }

    /// The general path of [`word_is_anchor`] for a word with an apostrophe
    /// (the fast path skipped).
    fn elided_general(word: &str, buf: &mut String) -> bool {
        buf.clear();
        fold_word_into(word, buf);
        let folded = buf.clone();
        if folded.starts_with("mi-")
            || folded
                .as_bytes()
                .first()
                .is_some_and(|&f| may_be_anchor(f, folded.len()))
                && classify(&folded).is_some_and(is_anchor)
        {
            return true;
        }
        match folded.rsplit_once('\'') {
            Some((_, tail)) if !tail.is_empty() => classify(tail).is_some_and(is_anchor),
            _ => false,
        }
    }

    #[test]
    fn elided_words_read_as_the_general_path() {
        let heads = [
            "l'", "d'", "L'", "D'", "qu'", "jusqu'", "aujourd'", "m'", "Mi-", "mi-l'", "s'", "n'",
            "é'", "l'l'", "a'",
        ];
        let tails = [
            "",
            "an",
            "An",
            "été",
            "Été",
            "octobre",
            "Octobre",
            "hui",
            "hui-meme",
            "hui-même",
            "assemblée",
            "après-midi",
            "aprés",
            "hiver",
            "automne",
            "avril",
            "août",
            "aout",
            "année",
            "années",
            "ère",
            "ç",
            "æon",
            "ß",
            "heure",
            "Heure",
            "instant",
            "origine",
            "époque",
            "an-",
            "l'an",
            "x",
            "mars",
            "après",
            "ici",
            "abord",
            "avant-hier",
            "mi-mars",
            "est",
            "Élysée",
            "œuvre",
            "anniversaire",
            "ancien",
        ];
        let mut buf = String::new();
        let mut fast = 0;
        for h in heads {
            for t in tails {
                let w = format!("{h}{t}");
                let Some(k) = w.rfind('\'') else { continue };
                if let Some(got) = elided_word_is_anchor(w.as_bytes(), k) {
                    fast += 1;
                    assert_eq!(got, elided_general(&w, &mut buf), "{w}");
                }
                assert_eq!(
                    word_is_anchor(&w, Some(k), false, &mut buf),
                    elided_general(&w, &mut buf),
                    "{w}"
                );
            }
        }
        assert!(fast > 100, "{fast}");
    }

    #[test]
    fn elided_anchors_open_windows() {
        // Every anchor of the lexicon after an elision, in three casings,
        // opens a window: the scan's filter on the part after the
        // apostrophe keeps them all.
        let heads = [
            "l'", "d'", "L'", "D'", "qu'", "jusqu'", "aujourd'", "s'", "é'",
        ];
        let mut seen = 0;
        for &(key, class) in crate::lexicon::WORDS {
            if !is_anchor(class) {
                continue;
            }
            let mut capital = key.chars();
            let capital: String = capital
                .next()
                .map(|c| c.to_uppercase().chain(capital).collect())
                .unwrap_or_default();
            for tail in [key.to_owned(), capital, key.to_uppercase()] {
                for h in heads {
                    let w = format!("{h}{tail}");
                    let k = w.rfind('\'').unwrap_or(0);
                    let mut buf = String::new();
                    if word_is_anchor(&w, Some(k), false, &mut buf) {
                        seen += 1;
                        assert_eq!(regions_of(&format!("un {w} mot")).len(), 1, "{w}");
                    }
                }
            }
        }
        assert!(seen > 300, "{seen}");
    }

    #[test]
    fn words_start_on_letters() {
        for u in (0x80..=0x7FFu32).chain(0x2000..=0x20FF) {
            let Some(c) = char::from_u32(u) else {
                continue;
            };
            let t = format!("{c}x");
            assert_eq!(starts_word(&t, 0), c.is_alphabetic(), "{c:?}");
        }
        assert!(starts_word("a", 0));
        assert!(!starts_word("1", 0));
        assert!(!starts_word("", 0));
    }

    #[test]
    fn windows_open_around_anchors_only() {
        assert!(regions_of("Les gouvernements civils ont renversé le régime.").is_empty());
        let t = "Il est parti l'an dernier.";
        assert_eq!(regions_of(t), [(0, t.len())]);
        let filler = "mot ".repeat(200);
        let t = format!("{filler}mardi {filler}");
        let r = regions_of(&t);
        assert_eq!(r.len(), 1);
        assert!(r[0].0 > 0 && r[0].1 < t.len());
        assert!(t[r[0].0..r[0].1].contains("mardi"));
        assert!(t.is_char_boundary(r[0].0) && t.is_char_boundary(r[0].1));
        let t = format!("«mardi» {filler} Mi-mars {filler} aujourd'hui {filler} 2020");
        assert_eq!(regions_of(&t).len(), 4);
    }

    /// The byte-by-byte scan [`sentence_around`] replaced.
    fn sentence_around_naive(text: &str, start: usize, end: usize, reach: usize) -> (usize, usize) {
        let b = text.as_bytes();
        let is_end = |k: usize| match b.get(k) {
            Some(b'\n') => true,
            Some(b'.' | b'!' | b'?') => b.get(k + 1).map_or(true, u8::is_ascii_whitespace),
            _ => false,
        };
        let mut s = start;
        let floor = start.saturating_sub(reach);
        while s > floor && !is_end(s - 1) {
            s -= 1;
        }
        let mut e = end;
        let ceil = end.saturating_add(reach).min(b.len());
        while e < ceil && !is_end(e) {
            e += 1;
        }
        if e < b.len() && is_end(e) {
            e += 1;
        }
        on_chars(text, s, e, start, end)
    }

    #[test]
    fn sentence_scans_agree_with_the_naive_scan() {
        let t = "Fin. A.B. c! d?e ?\n\nLe 3.5 é. «Non.» Il est parti mardi.Puis! Oui?\nÉté. \
                 Une phrase bien plus longue que huit octets, sans fin avant longtemps... \
                 puis.une.autre!et?encore\nfin";
        for reach in [0, 1, 3, 7, 400] {
            for start in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                for end in (start..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                    assert_eq!(
                        sentence_around(t, start, end, reach),
                        sentence_around_naive(t, start, end, reach),
                        "{start} {end} {reach}"
                    );
                }
            }
        }
    }

    #[test]
    fn snapping_right_keeps_the_order_of_points() {
        let filler = "mot ".repeat(3);
        let long = "x".repeat(40);
        for t in [
            format!("{filler}{long} é{long}ç {filler}"),
            format!("{long}{long}"),
            format!("a{long}\n{long}éé"),
        ] {
            let mut last = 0;
            for at in 0..=t.len() {
                let r = snap_right(&t, at);
                assert!(r >= last && r >= at && t.is_char_boundary(r), "{at}");
                last = r;
            }
        }
    }

    #[test]
    fn chunks_with_candidates() {
        assert!(!chunk_has_candidate(Some(b"abcdefgh")));
        assert!(!chunk_has_candidate("é,« »:;x".as_bytes().get(..8)));
        for c in [b'\n', b'.', b'!', b'?'] {
            for at in 0..8 {
                let mut chunk = *b"abcdefgh";
                chunk[at] = c;
                assert!(chunk_has_candidate(Some(&chunk)));
            }
        }
        assert!(chunk_has_candidate(None));
        assert!(chunk_has_candidate(Some(b"abc")));
    }

    #[test]
    fn sentences_around() {
        let t = "Première phrase. Le ministre est arrivé mardi. Fin.";
        let at = t.find("mardi").unwrap();
        let (s, e) = sentence_around(t, at, at + 5, 400);
        assert_eq!(&t[s..e], " Le ministre est arrivé mardi.");
    }
}
