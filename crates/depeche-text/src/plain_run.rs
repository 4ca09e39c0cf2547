//! Plain runs: the stretches of text that normalisation copies unchanged,
//! found eight bytes at a time where the text is printable ASCII and
//! two-byte Latin letters.

use crate::byte_class::byte_class;
use crate::chars::{is_apostrophe_variant, is_hyphen_variant, is_invisible, is_space_variant};

/// Length of the plain run at the start of `text`: chars that no rule
/// changes (printable ASCII, letters, signs, quotation marks, dashes...) and
/// single spaces between them. Stops before anything else.
///
/// From each printable ASCII byte on, the text is read eight bytes at a time
/// ([`plain_chunks`]) as long as it is printable ASCII, the two-byte letters
/// U+00C0..U+017F and single spaces; every other char is read on its own:
/// by its bytes for the two-byte letters and the chars of French copy,
/// decoded and tested ([`is_copied`]) otherwise. Linear in the run; French
/// news text costs about two instructions a byte.
#[inline]
pub(crate) fn plain_run(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match byte_class(&PLAIN, b) {
            PLAIN_BYTE => i = plain_chunks(bytes, i),
            // A lead byte of valid UTF-8 is followed by its continuation.
            PLAIN_LEAD => i += 2,
            PLAIN_SPACE if i > 0 && plain_char_len(text, i + 1) > 0 => i += 1,
            PLAIN_OTHER => match copied_char_len(text, i) {
                0 => break,
                len => i += len,
            },
            _ => break,
        }
    }
    i.min(bytes.len())
}

/// Where the plain text of `bytes` read from `i`, a printable ASCII byte
/// ([`PLAIN_BYTE`]), stops being readable eight bytes at a time: the first
/// byte that [`stops`] flags, or the end of the last whole chunk, never
/// inside a char; `i + 1` at least. The bytes before are plain.
#[inline]
fn plain_chunks(bytes: &[u8], mut i: usize) -> usize {
    let from = i;
    // Sixteen bytes at a time while they are all plain (the test sees the
    // byte after them, for a space last).
    while let Some(window) = bytes
        .get(i..i + 17)
        .and_then(|c| <&[u8; 17]>::try_from(c).ok())
    {
        if !all_plain(window) {
            break;
        }
        // A lead byte last is read again with its continuation.
        i += if window.get(15).is_some_and(|&b| b >= 0xC0) {
            15
        } else {
            16
        };
    }
    while let Some(chunk) = bytes.get(i..i + 8).and_then(|c| c.try_into().ok()) {
        let x = u64::from_le_bytes(chunk);
        let stop = stops(x);
        if stop != 0 {
            // The flagged byte starts a char: continuation bytes never stop.
            i += (stop.trailing_zeros() / 8) as usize;
            return i.max(from + 1);
        }
        i += if x >> 56 >= 0xC0 { 7 } else { 8 };
    }
    i.max(from + 1)
}

/// Whether the first sixteen bytes of `window` (valid UTF-8 from a char
/// boundary after a plain char; the seventeenth byte is the one after
/// them) are all plain as [`stops`] reads them: none flagged. Written byte
/// by byte without branches, so that it compiles to vector operations.
#[inline]
fn all_plain(window: &[u8; 17]) -> bool {
    let (Some(bytes), Some(nexts)) = (window.first_chunk::<16>(), window.last_chunk::<16>()) else {
        return false;
    };
    bytes.iter().zip(nexts).fold(true, |ok, (&b, &next)| {
        let printable = b.wrapping_sub(0x21) < 0x5E && b != 0x60;
        let continuation = b.wrapping_sub(0x80) < 0x40;
        let latin_lead = b.wrapping_sub(0xC3) < 3;
        // After a space, a continuation byte cannot stand: the byte after
        // goes on if printable or a lead, and stops the chunk otherwise.
        let next_goes_on =
            (next.wrapping_sub(0x21) < 0x5E && next != 0x60) || next.wrapping_sub(0xC3) < 3;
        let space = b == b' ' && next_goes_on;
        ok & (printable | continuation | latin_lead | space)
    })
}

/// The bytes of `chunk` (eight bytes of valid UTF-8 read little-endian,
/// starting on a char boundary after a plain char) where a plain run read
/// eight bytes at a time must stop, as the high bit of each such byte: a
/// byte that is none of printable ASCII but the backtick ([`PLAIN_BYTE`]),
/// a continuation byte, a lead byte 0xC3..0xC5 (U+00C0..U+017F) and the
/// space; a space followed by a space or a flagged byte, or last. The bytes
/// before the first flagged byte are plain; the flagged byte is left to the
/// char-by-char reading (it may still be plain: '«', a space before the
/// next chunk). Exact per byte: about thirty word operations for the
/// eight bytes.
#[inline]
fn stops(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = !HIGH;
    // Each byte's low seven bits: sums of two such bytes never carry into
    // the next byte.
    let m = x & LOW;
    let high = x & HIGH;
    // High bit of the bytes whose low seven bits are >= n (1 <= n <= 0x80).
    let at_least = |n: u64| (m + (0x80 - n) * ONES) & HIGH;
    // High bit of the bytes whose low seven bits equal v (v < 0x80).
    let equal = |v: u64| {
        let z = m ^ (v * ONES);
        !((z + LOW) | z) & HIGH
    };
    let ascii = !high & HIGH;
    let controls = ascii & !at_least(0x20);
    let ascii_stops = controls | (ascii & (equal(0x7F) | equal(0x60)));
    // 0x80..0xBF (continuations) and 0xC3..0xC5 go on; other high bytes stop.
    let latin_lead = at_least(0x43) & !at_least(0x46);
    let high_stops = high & at_least(0x40) & !latin_lead;
    let flagged = ascii_stops | high_stops;
    let spaces = ascii & equal(0x20);
    // A space followed by a space or a stop, or last in the chunk.
    let bad_spaces = spaces & ((spaces >> 8) | (flagged >> 8) | (0x80 << 56));
    flagged | bad_spaces
}

/// The length of the plain char at `i` of `text` (as [`plain_run`] reads
/// it; a space is not one), or 0.
#[inline]
fn plain_char_len(text: &str, i: usize) -> usize {
    match text.as_bytes().get(i).map(|&b| byte_class(&PLAIN, b)) {
        Some(PLAIN_BYTE) => 1,
        Some(PLAIN_LEAD) => 2,
        Some(PLAIN_OTHER) => copied_char_len(text, i),
        _ => 0,
    }
}

/// The length of the non-ASCII char at `i` of `text` if normalisation
/// copies it unchanged ([`is_copied`]), or 0.
///
/// The chars of French copy are read by their bytes: U+0080..U+00BF
/// (lead 0xC2), copied but for the controls, the NBSP and the soft hyphen;
/// – — “ ” … (E2 80 93, 94, 9C, 9D, A6), copied; U+4000..U+EFFF (leads
/// 0xE4..0xEE) and U+10000.. (leads 0xF0..), copied. Other chars are
/// decoded.
#[inline]
fn copied_char_len(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    match (bytes.get(i), bytes.get(i + 1), bytes.get(i + 2)) {
        (Some(0xC2), Some(&n), _) => {
            if n >= 0xA1 && n != 0xAD {
                2
            } else {
                0
            }
        }
        (Some(0xE2), Some(0x80), Some(0x93 | 0x94 | 0x9C | 0x9D | 0xA6)) => 3,
        // U+4000..U+EFFF and everything from U+10000 on: no rule changes
        // these (the last space variant is U+3000, the last invisible char
        // U+FEFF, the controls end at U+009F).
        (Some(0xE4..=0xEE), _, _) => 3,
        (Some(0xF0..), _, _) => 4,
        _ => text
            .get(i..)
            .and_then(|s| s.chars().next())
            .filter(|&c| is_copied(c))
            .map_or(0, char::len_utf8),
    }
}

/// Whether normalisation copies `c` unchanged: every char but line breaks,
/// spaces and their variants, control characters, invisible characters,
/// apostrophe and hyphen variants and the minus sign.
#[inline]
fn is_copied(c: char) -> bool {
    !(matches!(
        c,
        '\n' | '\r' | ' ' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{2212}'
    ) || is_space_variant(c)
        || c.is_control()
        || is_invisible(c)
        || is_apostrophe_variant(c)
        || is_hyphen_variant(c))
}

/// Byte classes of [`plain_run`]: printable ASCII but the backtick (copied
/// as is), the lead byte of a two-byte letter U+00C0..U+017F, a space
/// (copied when single between plain text), any other lead byte (its char is
/// decoded and tested).
const PLAIN_BYTE: u8 = 1;
const PLAIN_LEAD: u8 = 2;
const PLAIN_SPACE: u8 = 4;
const PLAIN_OTHER: u8 = 8;
static PLAIN: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0u8;
    loop {
        let class = if b >= 0x21 && b <= 0x7E && b != 0x60 {
            PLAIN_BYTE
        } else if b >= 0xC3 && b <= 0xC5 {
            PLAIN_LEAD
        } else if b == 0x20 {
            PLAIN_SPACE
        } else if b >= 0xC0 {
            PLAIN_OTHER
        } else {
            0
        };
        // `b` is a u8: always a valid index of a 256-entry table.
        #[allow(clippy::indexing_slicing)]
        {
            t[b as usize] = class;
        }
        if b == 255 {
            break;
        }
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain run as first written: byte by byte, each char by its class.
    fn plain_run_by_chars(text: &str) -> usize {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            match byte_class(&PLAIN, b) {
                PLAIN_BYTE => i += 1,
                PLAIN_LEAD => i += 2,
                PLAIN_SPACE if i > 0 && plain_char_len(text, i + 1) > 0 => i += 1,
                PLAIN_OTHER => match copied_char_len(text, i) {
                    0 => break,
                    len => i += len,
                },
                _ => break,
            }
        }
        i.min(bytes.len())
    }

    /// Whether byte `k` of `c` is flagged by [`stops`], as the rule reads
    /// byte by byte.
    fn stops_by_bytes(c: &[u8; 8]) -> [bool; 8] {
        let goes_on = |b: u8| {
            (0x21..=0x7E).contains(&b) && b != 0x60
                || (0x80..=0xBF).contains(&b)
                || (0xC3..=0xC5).contains(&b)
        };
        let flagged = c.map(|b| !goes_on(b) && b != b' ');
        core::array::from_fn(|k| {
            flagged[k]
                || (c[k] == b' '
                    && (k == 7 || c[k + 1] == b' ' || flagged.get(k + 1) == Some(&true)))
        })
    }

    /// `stops` agrees with the byte-by-byte rule on every chunk over an
    /// alphabet of the bytes around each boundary, and on every byte value
    /// at every place among plain letters and spaces.
    #[test]
    fn stops_agree_with_the_bytes() {
        let check = |chunk: [u8; 8]| {
            let mask = stops(u64::from_le_bytes(chunk));
            let got: [bool; 8] = core::array::from_fn(|k| mask >> (8 * k + 7) & 1 == 1);
            assert_eq!(got, stops_by_bytes(&chunk), "{chunk:02x?}");
            assert_eq!(mask & !0x8080_8080_8080_8080, 0, "{chunk:02x?}");
        };
        let alphabet = [b' ', b'a', b'`', 0x1F, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xC6];
        let mut chunk = [0u8; 8];
        for n in 0..alphabet.len().pow(6) {
            let mut m = n;
            for b in chunk.iter_mut().skip(2) {
                *b = alphabet[m % alphabet.len()];
                m /= alphabet.len();
            }
            for first in [*b"ab", *b" a", *b"a "] {
                chunk[..2].copy_from_slice(&first);
                check(chunk);
            }
        }
        for base in [*b"abcdefgh", *b"ab cd ef", *b"a\xc3\xa9 b\xc3\xa9t"] {
            for k in 0..8 {
                for b in 0..=255u8 {
                    let mut chunk = base;
                    chunk[k] = b;
                    check(chunk);
                }
            }
        }
    }

    /// `all_plain` tells whether no byte of the sixteen is flagged by the
    /// byte-by-byte rule (with the seventeenth byte read after a space
    /// last), on windows over an alphabet of the bytes around each
    /// boundary (a space is never followed by a continuation byte in
    /// UTF-8, so such windows are skipped).
    #[test]
    fn all_plain_agrees_with_the_bytes() {
        let plain_after_space =
            |n: u8| (0x21..=0x7E).contains(&n) && n != 0x60 || (0xC3..=0xC5).contains(&n);
        let goes_on = |b: u8| {
            (0x21..=0x7E).contains(&b) && b != 0x60
                || (0x80..=0xBF).contains(&b)
                || (0xC3..=0xC5).contains(&b)
        };
        let alphabet = [
            b' ', b'a', b'`', 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xBF, 0xC2, 0xC3, 0xC5, 0xC6,
        ];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut window = [b'a'; 17];
        for round in 0..400_000 {
            for b in window.iter_mut() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly plain letters, so that whole windows pass too.
                *b = if round % 2 == 0 && state % 5 != 0 {
                    b'a'
                } else {
                    alphabet[(state >> 8) as usize % alphabet.len()]
                };
            }
            if window
                .windows(2)
                .any(|w| w[0] == b' ' && (0x80..=0xBF).contains(&w[1]))
            {
                continue;
            }
            let by_bytes = (0..16).all(|k| {
                goes_on(window[k]) || (window[k] == b' ' && plain_after_space(window[k + 1]))
            });
            assert_eq!(all_plain(&window), by_bytes, "{window:02x?}");
        }
    }

    /// `copied_char_len` reads by bytes what `is_copied` tells of every
    /// non-ASCII char.
    #[test]
    fn copied_lengths_agree_with_the_rule() {
        let mut buf = [0u8; 4];
        for c in ('\u{80}'..=char::MAX).filter(|c| !c.is_ascii()) {
            let s = c.encode_utf8(&mut buf);
            let want = if is_copied(c) { c.len_utf8() } else { 0 };
            assert_eq!(copied_char_len(s, 0), want, "{c:?}");
        }
    }

    /// `plain_run` agrees with the char-by-char reading on text mixing
    /// every kind of char it tells apart, cut at every place.
    #[test]
    fn plain_run_agrees_with_the_char_by_char_reading() {
        let pieces = [
            "a", "Zé", " ", "  ", "\n", "«", "»", "’", "`", "é", "ŒŸ", "ſ", "Ɓ", "\u{a0}",
            "\u{ad}", "—", "…", "\u{200b}", "x\u{301}", "12,5", ".", "\t", "\u{7f}", "€", "𝔸",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
                if state % 3 == 0 {
                    text.push_str("abcdefghij");
                }
            }
            for (i, _) in text.char_indices() {
                let rest = &text[i..];
                assert_eq!(plain_run(rest), plain_run_by_chars(rest), "{rest:?}");
            }
        }
    }
}
