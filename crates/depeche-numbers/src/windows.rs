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
//! (for units and ranges), or at a paragraph break. Windows never overlap
//! and are cut at white space, so tokens inside them are the tokens of the
//! whole text.
//!
//! Between windows the chunks are not read one by one: the scan skips to
//! the next chunk that holds a digit or whose first bytes may start a
//! trigger word ([`crate::chunk_scan::next_candidate`], eight bytes at a
//! time, with the test of [`crate::trigger_start`]), and reads back from a
//! trigger for the chunks before it. An open window is read on eight bytes
//! at a time as well until it closes ([`crate::window_close`]).

use crate::chunk_scan::{chunk_before, is_separator, next_candidate, next_chunk, scan_chunk};
use crate::context_words::{
    approx_noun, ends_qualifier, ends_qualifier_before_elision, is_prenominal_adjective,
};
use crate::ordinal::ordinal_rank_key;
use crate::trigger_start::may_start_trigger;
use crate::window_close::{close_window, Close};
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
    after_elision(strip_marks(chunk))
}

/// The bytes after the last apostrophe (all of them without one).
#[inline]
fn after_elision(inner: &[u8]) -> &[u8] {
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
fn strip_marks(chunk: &[u8]) -> &[u8] {
    strip_marks_end(strip_marks_start(chunk))
}

/// A chunk without the ASCII punctuation and quotation marks before it.
#[inline(always)]
fn strip_marks_start(chunk: &[u8]) -> &[u8] {
    // Most chunks start with a letter: nothing to strip.
    match chunk.first() {
        Some(b) if b.is_ascii_alphanumeric() => chunk,
        _ => strip_marks_start_slow(chunk),
    }
}

/// [`strip_marks_start`] past its first byte test.
fn strip_marks_start_slow(mut chunk: &[u8]) -> &[u8] {
    while let Some((&b, rest)) = chunk.split_first() {
        if b.is_ascii_punctuation() {
            chunk = rest;
        } else if b != 0xC2 && b != 0xE2 {
            // A letter, a digit, a control or a char that starts no
            // quotation mark (they start with 0xC2 or 0xE2): nothing more
            // to strip.
            break;
        } else if let Some(q) = QUOTE_MARKS.iter().find(|q| chunk.starts_with(q)) {
            chunk = chunk.get(q.len()..).unwrap_or(&[]);
        } else {
            break;
        }
    }
    chunk
}

/// A chunk without the ASCII punctuation and quotation marks after it.
#[inline(always)]
fn strip_marks_end(chunk: &[u8]) -> &[u8] {
    // Most chunks end with a letter: nothing to strip.
    match chunk.last() {
        Some(b) if b.is_ascii_alphanumeric() => chunk,
        _ => strip_marks_end_slow(chunk),
    }
}

/// [`strip_marks_end`] past its last byte test.
fn strip_marks_end_slow(mut chunk: &[u8]) -> &[u8] {
    while let Some((&b, rest)) = chunk.split_last() {
        if b.is_ascii_punctuation() {
            chunk = rest;
        } else if !matches!(b, 0xAB | 0xBB | 0x98..=0x9E) {
            // Not the last byte of a quotation mark (« » “ ” ‘ ’ „ end with
            // one of these).
            break;
        } else if let Some(q) = QUOTE_MARKS.iter().find(|q| chunk.ends_with(q)) {
            chunk = chunk.get(..chunk.len() - q.len()).unwrap_or(&[]);
        } else {
            break;
        }
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
    let rest = strip_marks_start(chunk);
    match rest.first() {
        Some(&b) if is_number_word_initial(b) || matches!(b, b'I' | b'X' | b'j' | b'J') => {}
        _ => return Trigger::No,
    }
    // Two-letter prefix on the chunk itself, unless an elision or a roman
    // numeral may hide the word ("d'un", "qu'une", "XXIe").
    let elision = matches!(rest.get(1), Some(b'\'')) || matches!(rest.get(2), Some(b'\''));
    let roman = matches!(rest.first(), Some(b'I' | b'V' | b'X'));
    if !elision && !roman && !has_number_prefix(rest) {
        return Trigger::No;
    }
    // The word: `rest` without the marks after it, from its last
    // apostrophe on (as `word_of`).
    let word = after_elision(strip_marks_end(rest));
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
    if word.len() > 24 || !is_number_word_initial(first) {
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
/// One table look-up, no branch (see [`PREFIX3`]).
#[inline]
pub(crate) fn has_number_prefix3(word: &[u8]) -> bool {
    let byte = |k: usize| word.get(k).copied().unwrap_or(0);
    number_prefix3(byte(0), byte(1), byte(2))
}

/// [`has_number_prefix3`] on a word's first three bytes (0 for none).
#[inline]
pub(crate) fn number_prefix3(a: u8, b: u8, c: u8) -> bool {
    let class = |x: u8| usize::from(PREFIX_CLASS.get(usize::from(x)).copied().unwrap_or(0));
    let row = PREFIX3
        .get(class(a))
        .and_then(|r| r.get(class(b)))
        .copied()
        .unwrap_or(0);
    row >> class(c) & 1 == 1
}

/// The three-byte prefixes of [`has_number_prefix3`], lower case; `*`
/// stands for any byte (or none).
const PREFIXES3: &[&[u8; 3]] = &[
    b"zer", b"z\xC3*", b"uni", b"deu", b"dix", b"diz", b"dou", b"tro", b"tre", b"tri", b"qua",
    b"qui", b"cin", b"cen", b"six", b"sep", b"sei", b"soi", b"hui", b"neu", b"non", b"onz", b"oct",
    b"vin", b"mil", b"moi", b"bil", b"pre",
];

/// Byte classes for [`PREFIX3`]: 1-26 for the letters (either case), 27
/// for 0xC3 (the lead byte of accented Latin letters), 0 for any other.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const PREFIX_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = b'a';
    while c <= b'z' {
        t[c as usize] = c - b'a' + 1;
        t[c.to_ascii_uppercase() as usize] = c - b'a' + 1;
        c += 1;
    }
    t[0xC3] = 27;
    t
};

/// [`PREFIXES3`] as a table: for the classes of the first two bytes, a bit
/// set for each class of the third byte that completes a prefix.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const PREFIX3: [[u32; 28]; 28] = {
    let mut t = [[0u32; 28]; 28];
    let mut k = 0;
    while k < PREFIXES3.len() {
        let p = PREFIXES3[k];
        let a = PREFIX_CLASS[p[0] as usize] as usize;
        let b = PREFIX_CLASS[p[1] as usize] as usize;
        t[a][b] |= if p[2] == b'*' {
            u32::MAX
        } else {
            1 << PREFIX_CLASS[p[2] as usize]
        };
        k += 1;
    }
    t
};

/// Whether a word starts with two letters that begin a number word, an
/// approximation noun, "moitié" or "premier" ("ze", "un", "de", "tr",
/// "qu"...), in any case.
#[inline]
pub(crate) fn has_number_prefix(word: &[u8]) -> bool {
    number_prefix2(
        word.first().copied().unwrap_or(0),
        word.get(1).copied().unwrap_or(0),
    )
}

/// [`has_number_prefix`] on a word's first two bytes (0 for none).
#[inline]
pub(crate) fn number_prefix2(a: u8, b: u8) -> bool {
    let class = |x: u8| usize::from(PREFIX_CLASS.get(usize::from(x)).copied().unwrap_or(0));
    PREFIX2.get(class(a)).copied().unwrap_or(0) >> class(b) & 1 == 1
}

/// The two-byte prefixes of [`has_number_prefix`], lower case.
const PREFIXES2: &[&[u8; 2]] = &[
    b"ze", b"z\xC3", b"un", b"de", b"di", b"do", b"tr", b"qu", b"ci", b"ce", b"si", b"se", b"so",
    b"hu", b"ne", b"no", b"on", b"oc", b"vi", b"mi", b"mo", b"bi", b"pr",
];

/// [`PREFIXES2`] as a table: for the class of the first byte, a bit set
/// for each class of the second byte that completes a prefix.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const PREFIX2: [u32; 28] = {
    let mut t = [0u32; 28];
    let mut k = 0;
    while k < PREFIXES2.len() {
        let p = PREFIXES2[k];
        t[PREFIX_CLASS[p[0] as usize] as usize] |= 1 << PREFIX_CLASS[p[1] as usize];
        k += 1;
    }
    t
};

/// Whether the white space at the start of `rest` holds a paragraph
/// break: at least two line feeds (a blank line, spaces allowed). (The
/// scan counts line feeds in its bit masks; this is the test's reference.)
#[cfg(test)]
pub(crate) fn is_paragraph_break(rest: &[u8]) -> bool {
    // Most often one space, then a word.
    if let [b' ', b, ..] = rest {
        if *b != b' ' && *b != b'\n' {
            return false;
        }
    }
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

/// The lower-case first letters of the words a number in words may start
/// with, for the scan: number words ("deux", "trois", "cent", "mille"...),
/// approximation nouns ("dizaine", "centaine"), "moitié" and
/// "premier(e)". Only ASCII: no number word starts with an accent.
const NUMBER_WORD_INITIALS: &[u8] = b"bcdhmnopqstuvz";

/// [`NUMBER_WORD_INITIALS`] in either case, as a table.
///
/// The finder's own table, [`FINDER_WORD_INITIAL`], has one letter more.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const NUMBER_WORD_INITIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut k = 0;
    while k < NUMBER_WORD_INITIALS.len() {
        let c = NUMBER_WORD_INITIALS[k];
        t[c as usize] = true;
        t[c.to_ascii_uppercase() as usize] = true;
        k += 1;
    }
    t
};

/// The first letters of the words the finder reads a number from: those of
/// [`NUMBER_WORD_INITIAL`] and 'l' for "la moitié". The scan needs no 'l':
/// "moitié" itself opens the window and "la" is in the words before it.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const FINDER_WORD_INITIAL: [bool; 256] = {
    let mut t = NUMBER_WORD_INITIAL;
    t[b'l' as usize] = true;
    t[b'L' as usize] = true;
    t
};

/// Whether the scan may take a word starting with `b` for a number word
/// (see [`NUMBER_WORD_INITIAL`]).
#[inline]
pub(crate) fn is_number_word_initial(b: u8) -> bool {
    NUMBER_WORD_INITIAL
        .get(usize::from(b))
        .copied()
        .unwrap_or(false)
}

/// Letters a trigger word may start with (after the marks before it):
/// [`NUMBER_WORD_INITIAL`], roman numerals ('I', 'V', 'X') and the elided
/// "j'".
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
pub(crate) const FIRST_LETTER: [bool; 256] = {
    let mut t = NUMBER_WORD_INITIAL;
    let letters = b"jJIVX";
    let mut k = 0;
    while k < letters.len() {
        t[letters[k] as usize] = true;
        k += 1;
    }
    t
};

/// Whether a chunk may be a trigger word (a cheap test before
/// [`word_trigger`], false only for chunks it rejects). `apostrophe`: the
/// chunk holds a `'`.
///
/// Past the punctuation and quotation marks before it ([`strip_marks_start`],
/// as in `word_trigger`), a chunk is its own word up to closing marks,
/// unless it holds an elision; so it needs a number word's initial, and the
/// three-letter prefix of a number word, or "un"/"une", or to be a roman
/// numeral. A chunk starting with another non-ASCII char (an accented
/// letter: "à", "été") is never a number word.
#[inline]
pub(crate) fn may_trigger(chunk: &[u8], apostrophe: bool) -> bool {
    let b0 = chunk.first().copied().unwrap_or(b' ');
    // Most chunks start with a letter: no stripping, no branch below.
    let rest = if b0.is_ascii_alphabetic() {
        chunk
    } else {
        strip_marks_start(chunk)
    };
    let r0 = rest.first().copied().unwrap_or(b' ');
    let r1 = rest.get(1).copied().unwrap_or(0) | 0x20;
    let first_ok = FIRST_LETTER.get(usize::from(r0)).copied().unwrap_or(false);
    let roman = matches!(r0, b'I' | b'V' | b'X');
    let un = (r0 | 0x20) == b'u' && r1 == b'n';
    first_ok & (apostrophe | roman | un | has_number_prefix3(rest))
}

/// Whether an "un"/"une" (chunk before it `prev`, ending at `end`) may
/// count; `counts` tells whether a folded word is a counting noun.
fn article_counts(
    bytes: &[u8],
    prev: (usize, usize),
    end: usize,
    counts: &impl Fn(&WordKey) -> bool,
) -> bool {
    let before = word_of(bytes.get(prev.0..prev.1).unwrap_or(&[]));
    // A qualifier phrase may end right before it ("au moins un", "plus de
    // un") or with the elision glued to it ("plus d'un").
    let chunk = bytes.get(prev.1..end).unwrap_or(&[]);
    let elided = chunk.contains(&b'\'');
    // The words that end a qualifier fold to a key starting with one of
    // these letters (0xC3: "à" is "a", "É" is "e"): the others are not
    // folded.
    let may_end_qualifier = matches!(
        before.first(),
        Some(
            b'd' | b'D'
                | b'q'
                | b'Q'
                | b'm'
                | b'M'
                | b'p'
                | b'P'
                | b'a'
                | b'A'
                | b'e'
                | b'E'
                | 0xC3
        )
    );
    let qualifier_end = may_end_qualifier
        && WordKey::from_bytes(before).is_some_and(|k| {
            let k = k.as_bytes();
            ends_qualifier(k) || (elided && ends_qualifier_before_elision(k))
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
    // Each word after it is folded once: a word without a key neither
    // counts nor is an adjective nor a fraction.
    let Some(k1) = WordKey::from_bytes(word_of(bytes.get(s1..e1).unwrap_or(&[]))) else {
        return false;
    };
    if counts(&k1) {
        return true;
    }
    // "un tiers", "un quart", "un dixième": fractions.
    let k = k1.as_bytes();
    if matches!(k, b"tiers" | b"quart" | b"quarts" | b"demi") || k.ends_with(b"ieme") {
        return true;
    }
    // Up to two adjectives before the noun, as the finder reads them
    // ("un seul mort", "une autre jeune otage").
    let mut at = (s1, e1);
    let mut key = k1;
    for _ in 0..2 {
        if !is_prenominal_adjective(key.as_bytes()) {
            return false;
        }
        let Some(next) = next_chunk(bytes, at.1) else {
            return false;
        };
        let Some(next_key) = WordKey::from_bytes(word_of(bytes.get(next.0..next.1).unwrap_or(&[])))
        else {
            return false;
        };
        if counts(&next_key) {
            return true;
        }
        at = next;
        key = next_key;
    }
    false
}

/// Whether the chunk `start..end`, without digits, opens or extends a
/// window; `prev` gives the chunk before it, asked for only before an
/// "un"/"une".
#[inline]
pub(crate) fn chunk_trigger(
    bytes: &[u8],
    start: usize,
    end: usize,
    prev: impl FnOnce() -> (usize, usize),
    counts: &impl Fn(&WordKey) -> bool,
) -> bool {
    match word_trigger(bytes.get(start..end).unwrap_or(&[])) {
        Trigger::No => false,
        Trigger::Yes => true,
        Trigger::Article => article_counts(bytes, prev(), end, counts),
    }
}

/// Where a window opened by the chunk starting at `start` starts: at most
/// [`BEFORE`] chunks earlier, never before the text's first chunk nor back
/// over a paragraph break (then right after the chunk before the break).
/// Reads the bytes back from `start`.
fn window_start(bytes: &[u8], start: usize) -> usize {
    let byte = |k: usize| bytes.get(k).copied().unwrap_or(b' ');
    let mut first = start;
    for _ in 0..BEFORE {
        // The separators before `first`, and their line feeds.
        let mut end = first;
        let mut feeds = 0;
        while end > 0 && is_separator(byte(end - 1)) {
            feeds += usize::from(byte(end - 1) == b'\n');
            end -= 1;
        }
        if end == 0 {
            // No chunk before.
            break;
        }
        // A paragraph break between the chunk before and `first` (see
        // `is_paragraph_break`).
        if feeds >= 2 {
            return end;
        }
        let mut chunk_start = end;
        while chunk_start > 0 && !is_separator(byte(chunk_start - 1)) {
            chunk_start -= 1;
        }
        first = chunk_start;
    }
    first
}

/// Calls `f(start, end)` for each window of `text` that may hold numbers,
/// in order, non-overlapping, cut at ASCII white space.
///
/// An "un"/"une" opens a window only when it may count: when `counts`
/// accepts the word after it (or the word after "seul(e)", "autre"...),
/// or when the word before it ends a qualifier ("au moins un").
///
/// Between windows the text is skipped eight bytes at a time to the next
/// chunk that may be a trigger ([`next_candidate`]); the chunks before a
/// trigger are found by reading back from it. Inside a window the chunks
/// are read one by one. Linear in the text.
pub(crate) fn for_each_window(
    text: &str,
    counts: impl Fn(&WordKey) -> bool,
    mut f: impl FnMut(usize, usize),
) {
    let bytes = text.as_bytes();
    // The end of the last window.
    let mut done = 0usize;
    // A closed window not yet reported (the next one may extend it).
    let mut pending: Option<(usize, usize)> = None;
    // Where the scan goes on: 0 or the end of a chunk.
    let mut pos = 0usize;
    // The open window left at the end of the text, if any.
    let mut open_at_end: Option<usize> = None;
    'closed: loop {
        // No window open: the next trigger.
        let (start, scan) = loop {
            let Some(start) = next_candidate(bytes, pos, |at| may_start_trigger(bytes, at)) else {
                break 'closed;
            };
            let scan = scan_chunk(bytes.get(start..).unwrap_or(&[]));
            let end = start + scan.len;
            if scan.digit {
                break (start, scan);
            }
            // A chunk starting with a letter passed `may_start_trigger`,
            // which implies `may_trigger`; others are tested.
            let letter = bytes.get(start).is_some_and(u8::is_ascii_alphabetic);
            if letter || may_trigger(bytes.get(start..end).unwrap_or(&[]), scan.apostrophe) {
                let prev = || chunk_before(bytes, start).unwrap_or((0, 0));
                if chunk_trigger(bytes, start, end, prev, &counts) {
                    break (start, scan);
                }
            }
            pos = end;
        };
        let first = window_start(bytes, start);
        // A window that would reach back into the pending one extends it
        // instead.
        let ws = match pending.take() {
            Some((ps, pe)) if first < pe => ps,
            Some((ps, pe)) => {
                f(ps, pe);
                first
            }
            None => first.max(done),
        };
        // A window open: read on until it closes.
        match close_window(bytes, start + scan.len, &counts) {
            Close::Break(end) => {
                if let Some((ps, pe)) = pending.take() {
                    f(ps, pe);
                }
                f(ws, end);
                done = end;
                pos = end;
            }
            Close::Quiet(end) => {
                if let Some((ps, pe)) = pending.take() {
                    f(ps, pe);
                }
                pending = Some((ws, end));
                done = end;
                pos = end;
            }
            Close::TextEnd => {
                open_at_end = Some(ws);
                break 'closed;
            }
        }
    }
    if let Some((ps, pe)) = pending {
        f(ps, pe);
    }
    if let Some(ws) = open_at_end {
        f(ws, bytes.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The window loop as it was before `crate::window_close`, for the
    // reference below.
    /// A chunk whose trigger test may be put off: the chunk before it, its
    /// bounds and whether it holds an apostrophe (for [`may_trigger`], tested
    /// only when the chunk is).
    #[derive(Clone, Copy, Debug, Default)]
    struct Candidate {
        prev: (usize, usize),
        start: usize,
        end: usize,
        apostrophe: bool,
    }

    /// Whether a chunk without digits opens or extends a window.
    #[inline]
    fn is_trigger_at(c: &Candidate, bytes: &[u8], counts: &impl Fn(&WordKey) -> bool) -> bool {
        // Most chunks fail `may_trigger`: no call for them.
        may_trigger(bytes.get(c.start..c.end).unwrap_or(&[]), c.apostrophe)
            && word_trigger_at(c, bytes, counts)
    }

    /// [`is_trigger_at`] for a chunk that passed [`may_trigger`].
    fn word_trigger_at(c: &Candidate, bytes: &[u8], counts: &impl Fn(&WordKey) -> bool) -> bool {
        chunk_trigger(bytes, c.start, c.end, || c.prev, counts)
    }

    /// The chunks of an open window after its last known trigger (at most
    /// [`AFTER`]), in order; those before `known` are known not to be
    /// triggers.
    #[derive(Debug, Default)]
    struct Deferred {
        chunks: [Candidate; AFTER],
        len: usize,
        known: usize,
    }

    impl Deferred {
        fn len(&self) -> usize {
            self.len
        }

        fn clear(&mut self) {
            self.len = 0;
            self.known = 0;
        }

        fn push(&mut self, c: Candidate) {
            if let Some(slot) = self.chunks.get_mut(self.len) {
                *slot = c;
                self.len += 1;
            }
        }

        /// The last chunk not yet known that is a trigger, testing from the
        /// last one back; the chunks tested are known afterwards.
        fn last_trigger(&mut self, mut is_trigger: impl FnMut(Candidate) -> bool) -> Option<usize> {
            let known = self.known;
            self.known = self.len;
            (known..self.len)
                .rev()
                .find(|&k| self.chunks.get(k).is_some_and(|&c| is_trigger(c)))
        }

        /// Forgets the chunks up to and including `k` (a trigger): those after
        /// it are known not to be triggers.
        fn drop_through(&mut self, k: usize) {
            let from = (k + 1).min(self.len);
            self.chunks.copy_within(from..self.len, 0);
            self.len -= from;
            self.known = self.len;
        }
    }

    /// [`for_each_window`] as it was written before its skip between windows: every chunk read one by one,
    /// the chunks before a trigger kept in a ring. Calls `f(start, end)` for each window of `text` that may hold numbers,
    /// in order, non-overlapping, cut at ASCII white space.
    ///
    /// An "un"/"une" opens a window only when it may count: when `counts`
    /// accepts the word after it (or the word after "seul(e)", "autre"...),
    /// or when the word before it ends a qualifier ("au moins un").
    fn for_each_window_reference(
        text: &str,
        counts: impl Fn(&WordKey) -> bool,
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
        // In an open window: the chunks after its last known trigger.
        let mut deferred = Deferred::default();
        while pos < bytes.len() {
            // Skip separators (most often one space).
            let Some(off) = bytes.get(pos..).and_then(|r| match r {
                [b, ..] if *b != b' ' && *b != b'\n' => Some(0),
                [_, b, ..] if *b != b' ' && *b != b'\n' => Some(1),
                _ => r.iter().position(|&b| b != b' ' && b != b'\n'),
            }) else {
                break;
            };
            let start = pos + off;
            // One pass: the chunk's end and whether it holds a digit.
            let scan = scan_chunk(bytes.get(start..).unwrap_or(&[]));
            let end = start + scan.len;
            // A paragraph break (a blank line): matches never cross it. A
            // single line feed (hard-wrapped copy) is only a space.
            let line_end = is_paragraph_break(bytes.get(end..).unwrap_or(&[]));
            let candidate = Candidate {
                prev,
                start,
                end,
                apostrophe: scan.apostrophe,
            };
            prev = (start, end);
            if open.is_some() {
                // Inside a window a chunk's trigger test is put off: only the
                // last trigger among the next AFTER chunks matters, so they
                // are tested from the last one back when the window would
                // close, and in a run of number words most are never tested.
                if scan.digit {
                    deferred.clear();
                } else {
                    deferred.push(candidate);
                    if deferred.len() == AFTER {
                        if let Some(k) =
                            deferred.last_trigger(|c| is_trigger_at(&c, bytes, &counts))
                        {
                            deferred.drop_through(k);
                        }
                    }
                }
                left = AFTER - deferred.len();
            } else {
                // Most chunks are rejected on their first three bytes without
                // a call.
                let trigger = scan.digit || is_trigger_at(&candidate, bytes, &counts);
                if trigger {
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
                    left = AFTER;
                    deferred.clear();
                }
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

    /// The three-letter filter as it was written before its table.
    fn has_number_prefix3_reference(word: &[u8]) -> bool {
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

    /// The two-letter filter as it was written before its table.
    fn has_number_prefix_reference(word: &[u8]) -> bool {
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

    #[test]
    fn the_two_letter_table_is_the_prefix_list() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for w in [vec![a, b], vec![a, b, b'x']] {
                    assert_eq!(
                        has_number_prefix(&w),
                        has_number_prefix_reference(&w),
                        "{w:?}"
                    );
                }
            }
            assert_eq!(has_number_prefix(&[a]), has_number_prefix_reference(&[a]));
        }
        assert!(!has_number_prefix(&[]));
    }

    #[test]
    fn a_three_letter_prefix_starts_with_a_two_letter_one() {
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for c in [
                    b'a', b'e', b'i', b'l', b'n', b'o', b'p', b'r', b't', b'u', b'x', b'z', 0xC3,
                ] {
                    if number_prefix3(a, b, c) {
                        assert!(number_prefix2(a, b) && NUMBER_WORD_INITIAL[usize::from(a)]);
                    }
                }
            }
        }
        for p in PREFIXES3 {
            assert!(number_prefix2(p[0], p[1]), "{p:?}");
        }
    }

    #[test]
    fn the_prefix_table_is_the_prefix_list() {
        let mut bytes: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        bytes.extend([0xC3, 0xA9, b'-', b'\'', b'0', b' ', b'.']);
        for &a in &bytes {
            for &b in &bytes {
                for w in [vec![a], vec![a, b]] {
                    assert_eq!(has_number_prefix3(&w), has_number_prefix3_reference(&w));
                }
                for &c in &bytes {
                    let w = [a, b, c, b'x'];
                    assert_eq!(
                        has_number_prefix3(&w),
                        has_number_prefix3_reference(&w),
                        "{w:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn windows_match_the_chunk_by_chunk_scan() {
        const WORDS: &[&str] = &[
            "un",
            "une",
            "d'un",
            "deux",
            "trois",
            "vingt",
            "et",
            "mille",
            "de",
            "1.000",
            "139",
            "12,5",
            "morts",
            "mort",
            "soldats",
            "au",
            "moins",
            "plus",
            "le",
            "la",
            "moitié",
            "dizaines",
            "XIV",
            "Louis",
            "premier",
            "Premier",
            "quelqu'un",
            "présence",
            "à",
            "été",
            "«trois",
            "»",
            "«",
            "(deux)",
            "$",
            "€",
            "seul",
            "autre",
            "tiers",
            "\n",
            "\n\n",
            " \n \n ",
            "  ",
            "\t",
            "Covid-19",
            "a",
            "l'armée",
            "qu'une",
            "jusqu'à",
        ];
        let counts = |k: &WordKey| matches!(k.as_bytes(), b"mort" | b"morts");
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            let mut next = || {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state
            };
            let n = (next() % 60) as usize;
            let mut text = String::new();
            if next() % 4 == 0 {
                text.push(' ');
            }
            for _ in 0..n {
                text.push_str(WORDS[(next() % WORDS.len() as u64) as usize]);
                text.push(if next() % 9 == 0 { '\n' } else { ' ' });
            }
            if next() % 2 == 0 {
                text.pop();
            }
            let mut got = Vec::new();
            for_each_window(&text, counts, |s, e| got.push((s, e)));
            let mut want = Vec::new();
            for_each_window_reference(&text, counts, |s, e| want.push((s, e)));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn quote_mark_filters_cover_every_quote_mark() {
        for q in QUOTE_MARKS {
            assert!(matches!(q.first(), Some(0xC2 | 0xE2)), "{q:?}");
            assert!(matches!(q.last(), Some(0xAB | 0xBB | 0x98..=0x9E)), "{q:?}");
        }
    }

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
        let mut words = crate::number_words_for_tests::number_words();
        words.extend(
            crate::to_words(7_000_000_000_000_000)
                .split([' ', '-'])
                .map(str::to_string),
        );
        // Plurals, accents and capitals as written.
        words.extend(
            [
                "douzaines",
                "centaines",
                "moitié",
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
            ]
            .map(str::to_string),
        );
        for w in words.iter().filter(|w| w.len() >= 4) {
            assert!(has_number_prefix(w.as_bytes()), "{w}");
            assert!(has_number_prefix3(w.as_bytes()), "{w}");
            assert!(is_trigger(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn qualifier_ends_before_an_article_open_windows() {
        let counts = |_: &WordKey| false;
        for q in [
            "de",
            "De",
            "que",
            "moins",
            "MINIMUM",
            "plus",
            "maximum",
            "à",
            "À",
            "a",
            "près",
            "Près",
            "presque",
            "quasiment",
            "quasi",
            "Environ",
            "quelque",
            "approximativement",
            "exactement",
            "Exactement",
            "«plus",
        ] {
            let text = format!("{q} un communiqué");
            let mut w = Vec::new();
            for_each_window(&text, counts, |s, e| w.push((s, e)));
            assert_eq!(w.len(), 1, "{text}");
        }
    }

    #[test]
    fn articles_open_windows_only_when_they_count() {
        let text = "Un communiqué lu par une porte-parole annonce un mort.";
        let mut w = Vec::new();
        for_each_window(
            text,
            |k: &WordKey| k.as_bytes() == b"mort",
            |s, e| w.push(&text[s..e]),
        );
        assert_eq!(w.len(), 1);
        assert!(w[0].ends_with("un mort."), "{:?}", w[0]);
        assert!(!w[0].starts_with("Un communiqué"));
    }

    #[test]
    fn windows_cover_triggers_with_context() {
        let text = "Le Niger a dénoncé la présence d'un peu plus de 1.000 soldats américains au Niger depuis des années et encore et encore.";
        let mut w = Vec::new();
        for_each_window(text, |_: &WordKey| false, |s, e| w.push(&text[s..e]));
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
