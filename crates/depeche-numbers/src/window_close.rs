//! Where an open window closes: the chunks after its trigger read eight
//! bytes at a time, as bit masks of chunk starts, digits and line feeds.
//!
//! A window closes at the end of the chunk that is the [`AFTER`]-th in a
//! row without a trigger after its last trigger, or earlier at a paragraph
//! break (a blank line) or at the end of the text. A chunk holding a digit
//! is a trigger; the other chunks are tested only when [`AFTER`] of them
//! follow the last known trigger, from the last one back (in a run of
//! number words most are never tested). A chunk is known by its start:
//! its end is read only when it is tested or closes the window.

use crate::chunk_scan::{ascii_digits, bytes_equal_exact, chunk_before, scan_chunk, word_at};
use crate::trigger_start::{may_start_trigger, rejects_first_byte};
use crate::windows::{chunk_trigger, may_trigger, AFTER};
use crate::word_key::{WordKey, MAX_KEY};
use crate::words::{cardinal_atom, Atom};

/// How an open window closes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Close {
    /// At this end of a chunk, for good: a paragraph break follows it, or
    /// the end of the text.
    Break(usize),
    /// At this end of a chunk, [`AFTER`] chunks without a trigger after
    /// the last one: the next window may still reach back into it.
    Quiet(usize),
    /// At the end of the text: only separators, without a paragraph
    /// break, follow the last chunk.
    TextEnd,
}

/// The chunks after the last known trigger of a window (at most
/// [`AFTER`]), by their starts, in order; those before `known` are known
/// not to be triggers.
#[derive(Debug, Default)]
struct Deferred {
    starts: [usize; AFTER],
    len: usize,
    known: usize,
}

impl Deferred {
    fn clear(&mut self) {
        self.len = 0;
        self.known = 0;
    }

    fn push(&mut self, start: usize) {
        if let Some(slot) = self.starts.get_mut(self.len) {
            *slot = start;
            self.len += 1;
        }
    }

    /// The last chunk not yet known that is a trigger, testing from the
    /// last one back; the chunks tested are known afterwards.
    fn last_trigger(&mut self, mut is_trigger: impl FnMut(usize) -> bool) -> Option<usize> {
        let known = self.known;
        self.known = self.len;
        (known..self.len)
            .rev()
            .find(|&k| self.starts.get(k).is_some_and(|&s| is_trigger(s)))
    }

    /// Forgets the chunks up to and including `k` (a trigger): those after
    /// it are known not to be triggers.
    fn drop_through(&mut self, k: usize) {
        let from = (k + 1).min(self.len);
        self.starts.copy_within(from..self.len, 0);
        self.len -= from;
        self.known = self.len;
    }
}

/// Whether the chunk starting at `start` is a cardinal number word of four
/// letters or more other than "et", in lower-case ASCII letters only
/// ("cent", "mille", "deux"): such a chunk is its own folded key, and
/// `crate::windows::word_trigger` takes it for a trigger (its prefix
/// filters pass every number word: see the tests). Reads the chunk's bytes
/// once, at most [`MAX_KEY`] + 1 of them; false sends the chunk to the
/// full test.
#[inline]
fn is_plain_cardinal_at(bytes: &[u8], start: usize) -> bool {
    let rest = bytes.get(start..).unwrap_or(&[]);
    let mut n = 0;
    while let Some(b) = rest.get(n) {
        if !b.is_ascii_lowercase() || n > MAX_KEY {
            break;
        }
        n += 1;
    }
    // The chunk ends here: a separator or the end of the text.
    let ends = matches!(rest.get(n), None | Some(b' ' | b'\n'));
    ends && (4..=MAX_KEY).contains(&n)
        && rest
            .get(..n)
            .and_then(cardinal_atom)
            .is_some_and(|a| a != Atom::Et)
}

/// Whether the chunk (without digits) starting at `start` opens or extends
/// a window (see `crate::windows::chunk_trigger`). In a run of number
/// words most chunks tested are plain cardinal words, answered past the
/// first bytes' test ([`is_plain_cardinal_at`]).
///
/// Most chunks are rejected on their first byte, here, without a call.
#[inline(always)]
fn is_trigger_at(bytes: &[u8], start: usize, counts: &impl Fn(&WordKey) -> bool) -> bool {
    bytes.get(start).is_some_and(|&b| !rejects_first_byte(b))
        && is_trigger_past_first_byte(bytes, start, counts)
}

/// [`is_trigger_at`] for a chunk whose first byte passed.
#[inline(never)]
fn is_trigger_past_first_byte(
    bytes: &[u8],
    start: usize,
    counts: &impl Fn(&WordKey) -> bool,
) -> bool {
    // Most chunks start with a letter and fail the skip's test on their
    // first bytes: not read further.
    // (`may_start_trigger` is false only for chunks `chunk_trigger`
    // rejects: accented first letters "été", "à" are rejected here too.)
    let letter = bytes.get(start).is_some_and(u8::is_ascii_alphabetic);
    if !may_start_trigger(bytes, start) {
        return false;
    }
    if is_plain_cardinal_at(bytes, start) {
        return true;
    }
    let scan = scan_chunk(bytes.get(start..).unwrap_or(&[]));
    let end = start + scan.len;
    (letter || may_trigger(bytes.get(start..end).unwrap_or(&[]), scan.apostrophe))
        && chunk_trigger(
            bytes,
            start,
            end,
            || chunk_before(bytes, start).unwrap_or((0, 0)),
            counts,
        )
}

/// The end of the chunk starting at `start`.
#[inline]
fn chunk_end(bytes: &[u8], start: usize) -> usize {
    start + scan_chunk(bytes.get(start..).unwrap_or(&[])).len
}

/// Where the window whose last trigger so far ends at `trigger_end` (the
/// end of a chunk) closes. Linear in the bytes read: eight at a time, and
/// a step per chunk start, digit and line feed; the chunks tested are
/// read again.
pub(crate) fn close_window(
    bytes: &[u8],
    trigger_end: usize,
    counts: &impl Fn(&WordKey) -> bool,
) -> Close {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut deferred = Deferred::default();
    // The chunk read last: its start (`None`: the trigger) and whether it
    // holds a digit.
    let mut current: Option<usize> = None;
    let mut digit = false;
    // Line feeds since the end of the chunk read last.
    let mut feeds = 0usize;
    // Chunks left before the window closes, as of the chunk before
    // `current`.
    let mut left = AFTER;
    // What reading `current` to its end leaves: the window closed or the
    // chunks left (reads the chunks tested).
    let finish =
        |current: Option<usize>, digit: bool, deferred: &mut Deferred, left: &mut usize| {
            let Some(start) = current else {
                return;
            };
            if digit {
                deferred.clear();
            } else {
                deferred.push(start);
                if deferred.len == AFTER {
                    if let Some(k) = deferred.last_trigger(|s| is_trigger_at(bytes, s, counts)) {
                        deferred.drop_through(k);
                    }
                }
            }
            *left = AFTER - deferred.len;
        };
    let end_of = |current: Option<usize>| current.map_or(trigger_end, |s| chunk_end(bytes, s));
    let mut pos = trigger_end;
    // The byte before `trigger_end` ends the trigger: no separator.
    let mut carry = 0u64;
    while pos < bytes.len() {
        let x = word_at(bytes, pos);
        let feed = bytes_equal_exact(x, b'\n');
        let sep = bytes_equal_exact(x, b' ') | feed;
        let starts = !sep & HIGH & ((sep << 8) | carry);
        let digits = ascii_digits(x);
        let mut events = starts | digits | feed;
        while events != 0 {
            let bit = events & events.wrapping_neg();
            if starts & bit != 0 {
                // A chunk starts: the one before it is read.
                finish(current, digit, &mut deferred, &mut left);
                if feeds >= 2 {
                    return Close::Break(end_of(current));
                }
                if left == 0 {
                    return Close::Quiet(end_of(current));
                }
                current = Some(pos + (bit.trailing_zeros() / 8) as usize);
                digit = digits & bit != 0;
                feeds = 0;
            } else if feed & bit != 0 {
                feeds += 1;
            } else {
                digit = true;
            }
            events ^= bit;
        }
        carry = sep >> 56;
        pos += 8;
    }
    finish(current, digit, &mut deferred, &mut left);
    let end = end_of(current);
    if end == bytes.len() || feeds >= 2 {
        Close::Break(end)
    } else if left == 0 {
        Close::Quiet(end)
    } else {
        Close::TextEnd
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::windows::{word_trigger, Trigger};

    /// Every key of `crate::words::cardinal_atom`.
    const CARDINALS: [&str; 43] = [
        "zero",
        "un",
        "une",
        "deux",
        "dix",
        "douze",
        "trois",
        "treize",
        "trente",
        "trillion",
        "trillions",
        "quatre",
        "quatorze",
        "quinze",
        "quarante",
        "cinq",
        "cinquante",
        "cent",
        "cents",
        "six",
        "sept",
        "seize",
        "soixante",
        "septante",
        "huit",
        "huitante",
        "neuf",
        "nonante",
        "onze",
        "octante",
        "vingt",
        "vingts",
        "mille",
        "mil",
        "million",
        "millions",
        "milliard",
        "milliards",
        "billion",
        "billions",
        "billiard",
        "billiards",
        "et",
    ];

    #[test]
    fn plain_cardinals_are_the_triggers_the_full_test_finds() {
        let no_counts = |_: &WordKey| false;
        for w in CARDINALS {
            assert!(cardinal_atom(w.as_bytes()).is_some(), "{w}");
            let fast = is_plain_cardinal_at(w.as_bytes(), 0);
            assert_eq!(fast, w.len() >= 4, "{w}");
            if fast {
                assert_eq!(word_trigger(w.as_bytes()), Trigger::Yes, "{w}");
            }
            // Within text, before a separator, and never when something
            // else is glued to it.
            for (text, start, plain) in [
                (format!("a {w} b"), 2, fast),
                (format!("{w}\nb"), 0, fast),
                (format!("x {w}"), 2, fast),
                (format!("{w}, b"), 0, false),
                (format!("{w}s2 b"), 0, false),
                (format!("{w}-{w} b"), 0, false),
                (format!("{w}'x b"), 0, false),
                (format!("{w}é b"), 0, false),
                (format!("{w}\tb"), 0, false),
            ] {
                let b = text.as_bytes();
                assert_eq!(is_plain_cardinal_at(b, start), plain, "{text:?}");
                if plain {
                    assert!(is_trigger_at(b, start, &no_counts), "{text:?}");
                }
            }
            let upper = w.to_ascii_uppercase();
            assert!(!is_plain_cardinal_at(upper.as_bytes(), 0), "{upper}");
        }
        // Past the longest key: not read as one.
        let long = "a".repeat(MAX_KEY + 3);
        assert!(!is_plain_cardinal_at(long.as_bytes(), 0));
    }
}
