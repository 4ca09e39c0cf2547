//! The first bytes of a chunk that may start a trigger word: the cheap test
//! the scan of [`crate::windows`] runs at every chunk start between
//! windows, as three table look-ups.
//!
//! A chunk may be a trigger word ("deux", "d'un", "«trois", "XIV") only if
//! its first byte is ASCII punctuation or the lead byte of a quotation mark
//! (it is then stripped and read further), a roman capital, or a letter a
//! number word or the elided "j'" starts with; past a letter, only if its
//! first three bytes start a number word ("deu", "mil"), it starts with
//! "un", or it holds an apostrophe after a two-letter number prefix or an
//! elision ("quelqu'un", "d'un"). The first byte picks a row of
//! [`PAIR`], the second byte's class a word of it, and the third byte's
//! class a bit of that word; a last flag asks for the chunk to be read for
//! an apostrophe. A chunk of four letters or more passes only if they
//! start a number word ([`FOUR_LETTERS`]: "militaire", "quand" do not) or
//! it holds an apostrophe.

use crate::chunk_scan::{bytes_equal, scan_chunk};
use crate::windows::{FIRST_LETTER, NUMBER_WORD_INITIAL, PREFIX2, PREFIX3, PREFIX_CLASS};

/// [`START_ROW`]: the chunk is no trigger word.
const REJECT: u8 = 0;
/// [`START_ROW`]: the chunk may be one, whatever follows its first byte.
const ACCEPT: u8 = 1;

/// Byte classes of the second and third bytes: 1-26 the letters (either
/// case), [`C3`] the lead byte of accented Latin letters, [`APOSTROPHE`],
/// [`SEP`] (space and line feed), 0 any other byte (and none, past the
/// end of the text).
const C3: u8 = 27;
/// See [`C3`].
const APOSTROPHE: u8 = 28;
/// See [`C3`].
const SEP: u8 = 29;
/// The number of byte classes.
const CLASSES: usize = 30;

/// [`PAIR`] flag: the chunk may be a trigger word if it holds an
/// apostrophe (its first two bytes are a number word's or an elision may
/// follow).
const SCAN: u32 = 1 << 31;

/// The class of each byte (see [`C3`]).
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = b'a';
    while c <= b'z' {
        t[c as usize] = c - b'a' + 1;
        t[c.to_ascii_uppercase() as usize] = c - b'a' + 1;
        c += 1;
    }
    t[0xC3] = C3;
    t[b'\'' as usize] = APOSTROPHE;
    t[b' ' as usize] = SEP;
    t[b'\n' as usize] = SEP;
    t
};

/// The row of [`PAIR`] for each first byte: [`REJECT`], [`ACCEPT`], or
/// 2 + the letter's index (0 for 'a') for a letter that a number word or
/// the elided "j'" starts with, in either case.
///
/// Accepted outright: ASCII punctuation and the lead bytes of quotation
/// marks (0xC2 for « », 0xE2 for “ ” ‘ ’ „), stripped and read further by
/// the trigger test, and the roman capitals 'I', 'V', 'X'.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const START_ROW: [u8; 256] = {
    let mut t = [REJECT; 256];
    let mut b = 0usize;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_punctuation() || c == 0xC2 || c == 0xE2 {
            t[b] = ACCEPT;
        } else if NUMBER_WORD_INITIAL[b] || c == b'j' || c == b'J' {
            t[b] = 2 + (c.to_ascii_lowercase() - b'a');
        }
        b += 1;
    }
    t[b'I' as usize] = ACCEPT;
    t[b'V' as usize] = ACCEPT;
    t[b'X' as usize] = ACCEPT;
    t
};

/// A representative byte of each class, to evaluate the prefix tables.
const fn class_byte(class: usize) -> u8 {
    if class >= 1 && class <= 26 {
        b'a' + (class as u8 - 1)
    } else if class == C3 as usize {
        0xC3
    } else if class == APOSTROPHE as usize {
        b'\''
    } else if class == SEP as usize {
        b' '
    } else {
        0
    }
}

/// `number_prefix3` of `crate::windows` in const evaluation.
// Indexing in const evaluation cannot fail at run time.
#[allow(clippy::indexing_slicing)]
const fn prefix3(a: u8, b: u8, c: u8) -> bool {
    let row = PREFIX3[PREFIX_CLASS[a as usize] as usize][PREFIX_CLASS[b as usize] as usize];
    row >> PREFIX_CLASS[c as usize] & 1 == 1
}

/// `number_prefix2` of `crate::windows` in const evaluation.
// Indexing in const evaluation cannot fail at run time.
#[allow(clippy::indexing_slicing)]
const fn prefix2(a: u8, b: u8) -> bool {
    PREFIX2[PREFIX_CLASS[a as usize] as usize] >> PREFIX_CLASS[b as usize] & 1 == 1
}

/// For the row of the first byte and the class of the second, a bit set
/// for each class of the third byte that makes the chunk a possible
/// trigger, and [`SCAN`] when, failing that, an apostrophe in the chunk
/// would.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const PAIR: [[u32; CLASSES]; 28] = {
    let mut t = [[0u32; CLASSES]; 28];
    t[ACCEPT as usize] = [u32::MAX; CLASSES];
    let mut row = 2;
    while row < 28 {
        let r0 = b'a' + (row as u8 - 2);
        let mut c1 = 0;
        while c1 < CLASSES {
            let r1 = class_byte(c1);
            let mut word = 0u32;
            if r0 == b'u' && r1 == b'n' {
                // "un", "une", "unième".
                word = u32::MAX;
            } else if c1 == APOSTROPHE as usize {
                // "d'un": the apostrophe is the chunk's second byte.
                word = u32::MAX;
            } else {
                let mut c2 = 0;
                while c2 < CLASSES {
                    if prefix3(r0, r1, class_byte(c2)) {
                        word |= 1 << c2;
                    }
                    c2 += 1;
                }
                // "qu'une": the apostrophe is the third byte, in the chunk
                // unless the second byte ends it.
                if c1 != SEP as usize {
                    word |= 1 << APOSTROPHE;
                }
                if prefix2(r0, r1) {
                    word |= SCAN;
                }
            }
            t[row][c1] = word;
            c1 += 1;
        }
        row += 1;
    }
    t
};

/// The first four letters (lower case, as a little-endian `u32`) of the
/// number words of four letters or more, ordinals ("sixième") and
/// approximation nouns ("dizaine"), "moitié" and "premier" ([`FOUR`]).
const FOUR_LETTERS: [&[u8; 4]; 31] = [
    b"zero", b"unie", b"deux", b"dixi", b"diza", b"douz", b"troi", b"trei", b"tren", b"tril",
    b"quat", b"quar", b"quin", b"cinq", b"cent", b"sixi", b"sept", b"seiz", b"soix", b"huit",
    b"neuf", b"neuv", b"nona", b"onze", b"onzi", b"octa", b"ving", b"mill", b"bill", b"moit",
    b"prem",
];

/// [`FOUR_LETTERS`] as `u32`s, sorted for a binary search.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const FOUR: [u32; 31] = {
    let mut t = [0u32; 31];
    let mut k = 0;
    while k < t.len() {
        let w = FOUR_LETTERS[k];
        t[k] = u32::from_le_bytes(*w);
        k += 1;
    }
    // Insertion sort.
    let mut i = 1;
    while i < t.len() {
        let mut j = i;
        while j > 0 && t[j - 1] > t[j] {
            let x = t[j];
            t[j] = t[j - 1];
            t[j - 1] = x;
            j -= 1;
        }
        i += 1;
    }
    t
};

/// Whether four lower-case letters (see [`FOUR`]) start a number word.
#[inline]
pub(crate) fn starts_number_word(four: u32) -> bool {
    FOUR.binary_search(&four).is_ok()
}

/// Whether a chunk starting with byte `b0` is surely no trigger word: the
/// first of [`may_start_trigger`]'s tests, one table look-up (most chunks
/// fail here).
#[inline(always)]
pub(crate) fn rejects_first_byte(b0: u8) -> bool {
    START_ROW.get(usize::from(b0)).copied().unwrap_or(REJECT) == REJECT
}

/// Whether the chunk starting at `at` may be a trigger word: false only
/// for chunks that the trigger test (`may_trigger`, `word_trigger` in
/// [`crate::windows`]) rejects; the cheap test of the skip between
/// windows. Three table look-ups, and a binary search among the first
/// four letters of number words when the first three letters pass and a
/// fourth follows; the chunk is read further (for an apostrophe) only when
/// it starts with a number word's first two letters but not its first
/// three ("quelqu'un") and is longer than two bytes, or with four letters
/// no number word starts with ("presqu'une").
#[inline(always)]
pub(crate) fn may_start_trigger(bytes: &[u8], at: usize) -> bool {
    // Most chunks are answered here by their first three bytes; the
    // others, and the chunks of the last three bytes of the text, by a
    // call.
    let Some(block) = bytes.get(at..at + 8) else {
        return may_start_trigger_near_end(bytes, at);
    };
    let mut head = [0u8; 8];
    head.copy_from_slice(block);
    let [b0, b1, b2, b3, ..] = head;
    let class = |b: u8| CLASS.get(usize::from(b)).copied().unwrap_or(0);
    let row = START_ROW.get(usize::from(b0)).copied().unwrap_or(REJECT);
    if row == REJECT {
        return false;
    }
    if row == ACCEPT {
        // Past one ASCII mark ("(AFP)", "\"Le"), the letter after it is
        // the word's first: it must be one a trigger word starts with.
        if b0.is_ascii_punctuation() && b1.is_ascii_alphabetic() {
            return FIRST_LETTER.get(usize::from(b1)).copied().unwrap_or(true);
        }
        // A quotation mark « or » alone, or before one ASCII mark.
        let quote = b0 == 0xC2 && matches!(b1, 0xAB | 0xBB);
        let alone = class(b2) == SEP || b2.is_ascii_punctuation() && class(b3) == SEP;
        return !(quote && alone);
    }
    let (c1, c2) = (class(b1), class(b2));
    let word = PAIR
        .get(usize::from(row))
        .and_then(|r| r.get(usize::from(c1)))
        .copied()
        .unwrap_or(0);
    if word >> c2 & 1 == 1 {
        return may_start_trigger_past_three(bytes, at, head);
    }
    // A chunk of two bytes (a separator third) holds no apostrophe: its
    // second byte is a letter. Nor does a chunk of three bytes (a
    // separator fourth): its third byte is no apostrophe, or the bit of
    // the apostrophe class would be set.
    word & SCAN != 0
        && c2 != SEP
        && class(b3) != SEP
        && apostrophe_in(head).unwrap_or_else(|| holds_apostrophe(bytes, at))
}

/// Whether the chunk at the start of `head` (eight bytes of the text)
/// holds an apostrophe, when it ends within them; `None` when it is
/// longer.
#[inline(always)]
fn apostrophe_in(head: [u8; 8]) -> Option<bool> {
    let x = u64::from_le_bytes(head);
    let sep = bytes_equal(x, b' ') | bytes_equal(x, b'\n');
    if sep == 0 {
        return None;
    }
    // The lowest bit of each mask is exact, and none is set below it.
    let below = (sep & sep.wrapping_neg()) - 1;
    Some(bytes_equal(x, b'\'') & below != 0)
}

/// Whether the chunk starting at `at` holds an apostrophe.
#[inline(never)]
fn holds_apostrophe(bytes: &[u8], at: usize) -> bool {
    scan_chunk(bytes.get(at..).unwrap_or(&[])).apostrophe
}

/// [`may_start_trigger`] for a chunk whose first three bytes pass
/// [`PAIR`] (`head`: its first four bytes).
#[inline(never)]
fn may_start_trigger_past_three(bytes: &[u8], at: usize, head: [u8; 8]) -> bool {
    let class = |b: u8| CLASS.get(usize::from(b)).copied().unwrap_or(0);
    let [b0, b1, b2, b3, ..] = head;
    // An elided word ("s'est", "qu'il"): the word after the apostrophe
    // must start as a trigger word does, unless another apostrophe
    // follows (the word after the last one is read).
    let elided = match (b1, b2) {
        (b'\'', _) => Some((b2, 2)),
        (_, b'\'') => Some((b3, 3)),
        _ => None,
    };
    if let Some((first, k)) = elided {
        let may_start = FIRST_LETTER
            .get(usize::from(first))
            .copied()
            .unwrap_or(true);
        if first.is_ascii_alphabetic() && !may_start {
            return holds_apostrophe(bytes, at + k);
        }
    }
    let letter = |b: u8| (1..=26).contains(&class(b));
    let letters = letter(b1) && letter(b2);
    if letters && class(b3) == SEP {
        // A chunk of three letters: a trigger word only as "une",
        // "six", "dix" or "mil" (see `word_trigger`).
        let three = [b0, b1, b2].map(|b| b | 0x20);
        return matches!(&three, b"une" | b"six" | b"dix" | b"mil");
    }
    // A word of four letters or more must start as a number word does
    // ("militaire", "quand" do not), unless an apostrophe in the chunk
    // hides another word ("presqu'une").
    if !letters || !letter(b3) {
        return true;
    }
    let four = u32::from_le_bytes([b0, b1, b2, b3].map(|b| b | 0x20));
    starts_number_word(four) || apostrophe_in(head).unwrap_or_else(|| holds_apostrophe(bytes, at))
}

/// [`may_start_trigger`] for a chunk starting in the last three bytes of
/// the text (and any other: the tests of the fast path, a byte at a
/// time, 0 past the end).
#[inline(never)]
fn may_start_trigger_near_end(bytes: &[u8], at: usize) -> bool {
    // The text's bytes from `at` (0 past its end).
    let raw = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    let row = START_ROW
        .get(usize::from(raw(0)))
        .copied()
        .unwrap_or(REJECT);
    if row <= ACCEPT {
        return row == ACCEPT;
    }
    let class = |k: usize| CLASS.get(usize::from(raw(k))).copied().unwrap_or(0);
    let c2 = class(2);
    let word = PAIR
        .get(usize::from(row))
        .and_then(|r| r.get(usize::from(class(1))))
        .copied()
        .unwrap_or(0);
    if word >> c2 & 1 == 1 {
        let c3 = class(3);
        let letters = (1..=26).contains(&class(1)) && (1..=26).contains(&c2);
        if letters && (c3 == SEP || at + 3 >= bytes.len()) {
            let three = [raw(0), raw(1), raw(2)].map(|b| b | 0x20);
            return matches!(&three, b"une" | b"six" | b"dix" | b"mil");
        }
        if !letters || !(1..=26).contains(&c3) {
            return true;
        }
        let four = u32::from_le_bytes([raw(0), raw(1), raw(2), raw(3)].map(|b| b | 0x20));
        return starts_number_word(four) || holds_apostrophe(bytes, at);
    }
    word & SCAN != 0
        && c2 != SEP
        && class(3) != SEP
        && at + 3 < bytes.len()
        && holds_apostrophe(bytes, at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::windows::{number_prefix2, number_prefix3};

    /// The test as it was written before its tables.
    fn may_start_trigger_reference(bytes: &[u8], at: usize) -> bool {
        let byte = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
        let r0 = byte(0);
        if !r0.is_ascii_alphabetic() {
            return r0.is_ascii_punctuation() || r0 == 0xC2 || r0 == 0xE2;
        }
        let first_letter =
            NUMBER_WORD_INITIAL[usize::from(r0)] || matches!(r0, b'j' | b'J' | b'I' | b'V' | b'X');
        if !first_letter {
            return false;
        }
        let (r1, r2) = (byte(1), byte(2));
        let roman = matches!(r0, b'I' | b'V' | b'X');
        let un = (r0 | 0x20) == b'u' && (r1 | 0x20) == b'n';
        if roman || un || number_prefix3(r0, r1, r2) {
            return true;
        }
        (r1 == b'\'' || r2 == b'\'' || number_prefix2(r0, r1))
            && bytes
                .get(at..)
                .unwrap_or(&[])
                .iter()
                .take_while(|&&b| b != b' ' && b != b'\n')
                .any(|&b| b == b'\'')
    }

    /// Whether the new filter agrees with the reference: the same answer,
    /// or a chunk it rejects that the trigger test rejects too.
    fn agrees(text: &[u8], at: usize) -> bool {
        let new = may_start_trigger(text, at);
        let old = may_start_trigger_reference(text, at);
        if new == old {
            return true;
        }
        let end = text[at..]
            .iter()
            .position(|&b| b == b' ' || b == b'\n')
            .map_or(text.len(), |k| at + k);
        !new && crate::windows::word_trigger(&text[at..end]) == crate::windows::Trigger::No
    }

    #[test]
    fn tables_match_the_reference_on_every_three_bytes() {
        let mut third: Vec<u8> = b"aeilnortuxzAENRXpc-.".to_vec();
        third.extend([0xC3, 0xA9, 0xC2, b'\'', b' ', b'\n', 0, b'0', 0xFF]);
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                for &c in &third {
                    for tail in [&b""[..], b" '", b"x", b"xy'z", b"xyzwvutsr'", b"l", b"t"] {
                        let mut text = vec![b'.', b' ', a, b, c];
                        text.extend_from_slice(tail);
                        assert!(agrees(&text, 2), "{text:?}");
                    }
                }
                // Texts ending one or two bytes after the chunk start.
                for text in [vec![a], vec![a, b]] {
                    assert!(agrees(&text, 0), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn four_letters_start_every_number_word() {
        let mut words = crate::number_words_for_tests::number_words();
        words.extend(
            crate::to_words(4_000_000_000_000_000)
                .split([' ', '-'])
                .map(str::to_string),
        );
        words.extend(
            [
                "moitié",
                "premiers",
                "premieres",
                "trillion",
                "mil",
                "vingts",
                "cents",
            ]
            .map(str::to_string),
        );
        for w in &words {
            let key = crate::word_key::WordKey::new(w).unwrap();
            let k = key.as_bytes();
            if k.len() >= 4 {
                let four = u32::from_le_bytes([k[0], k[1], k[2], k[3]]);
                assert!(starts_number_word(four), "{w}");
            }
            // Every case: the chunk passes ("et" is no trigger).
            if w == "et" {
                continue;
            }
            for v in [w.clone(), w.to_uppercase(), format!("{w},")] {
                assert!(may_start_trigger(v.as_bytes(), 0), "{v}");
            }
        }
    }

    #[test]
    fn four_letters_reject_common_words() {
        for w in [
            "militaire",
            "quand",
            "moins",
            "sein",
            "quittaient",
            "soir",
            "mois",
        ] {
            assert!(!may_start_trigger(w.as_bytes(), 0), "{w}");
        }
        for w in ["presqu'une", "deux", "mille", "dix-huit", "zéro", "unième"] {
            assert!(may_start_trigger(w.as_bytes(), 0), "{w}");
        }
    }
}
