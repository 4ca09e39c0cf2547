//! The frozen tries written to the baked tables (by the build script) and
//! read back at start-up. The slots and first words of every trie go to
//! two arrays of their own, which are decoded into statics at compile time:
//! loading a baked trie copies them in bulk (`memcpy`), nothing decoded.
//! (Borrowing them instead would make every step of a walk test whether
//! the slots are borrowed or owned, which costs more than the copy as soon
//! as a few hundred kilobytes of text are read.)

use super::{Slot, State, Trie, WordSet};
use crate::codec::{Reader, Writer};

/// Bytes of a slot in the table: base, check, pattern.
const SLOT_BYTES: usize = 12;

/// The slots of the baked tries, one trie after the other, decoded at
/// compile time.
static SLOTS: [Slot; crate::baked::SLOTS.len() / SLOT_BYTES] = slots(crate::baked::SLOTS);

/// The first-word tables of the baked tries, one after the other, decoded
/// at compile time.
static WORDS: [u64; crate::baked::WORDS.len() / 8] = words(crate::baked::WORDS);

/// The arrays of the tries being written (build script and tests): their
/// slots and first-word tables, one trie after the other, little-endian.
#[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
#[derive(Default)]
pub(crate) struct TrieTables {
    /// Every slot: base, check, pattern.
    pub(crate) slots: Vec<u8>,
    /// Every first-word table entry.
    pub(crate) words: Vec<u8>,
}

/// The part of the baked arrays not read yet.
pub(crate) struct BakedTries {
    slots: &'static [Slot],
    words: &'static [u64],
}

impl BakedTries {
    /// The arrays baked into the crate.
    pub(crate) fn embedded() -> BakedTries {
        BakedTries {
            slots: &SLOTS,
            words: &WORDS,
        }
    }

    /// Whether every array was read.
    pub(crate) fn is_done(&self) -> bool {
        self.slots.is_empty() && self.words.is_empty()
    }
}

impl Trie {
    /// Writes the class tables and the root to the stream, the slots and
    /// first words to `arrays`.
    #[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
    pub(crate) fn write(&self, w: &mut Writer, arrays: &mut TrieTables) {
        for &c in &self.class {
            w.u16(c);
        }
        for &c in &self.ascii {
            w.u16(c);
        }
        w.u32(self.root.slot);
        w.u32(self.root.base);
        w.len(self.slots.len());
        for s in self.slots.iter() {
            arrays.slots.extend_from_slice(&s.base.to_le_bytes());
            arrays.slots.extend_from_slice(&s.check.to_le_bytes());
            arrays.slots.extend_from_slice(&s.pattern.to_le_bytes());
        }
        w.u32(self.first_words.shift);
        w.len(self.first_words.table.len());
        for &x in self.first_words.table.iter() {
            arrays.words.extend_from_slice(&x.to_le_bytes());
        }
    }

    /// Reads what [`Trie::write`] wrote, copying its slots and first words
    /// from the next ones of `arrays`: O(slots), as one `memcpy`.
    pub(crate) fn read(r: &mut Reader<'_>, arrays: &mut BakedTries) -> Option<Trie> {
        let mut class = [0u16; 256];
        for c in &mut class {
            *c = r.u16()?;
        }
        let mut ascii = [0u16; 128];
        for c in &mut ascii {
            *c = r.u16()?;
        }
        let root = State {
            slot: r.u32()?,
            base: r.u32()?,
        };
        let n = r.len(0)?;
        let slots = arrays.slots.get(..n)?;
        arrays.slots = arrays.slots.get(n..)?;
        let shift = r.u32()?;
        let n = r.len(0)?;
        let table = arrays.words.get(..n)?;
        arrays.words = arrays.words.get(n..)?;
        Some(Trie {
            slots: slots.to_vec(),
            class,
            ascii,
            root,
            first_words: WordSet {
                table: table.to_vec(),
                shift,
            },
        })
    }
}

/// The slots written in `bytes` (as [`Trie::write`] writes them), at
/// compile time.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const fn slots<const N: usize>(bytes: &[u8]) -> [Slot; N] {
    let mut out = [Slot::FREE; N];
    let mut i = 0;
    while i < N {
        let b = i * SLOT_BYTES;
        out[i] = Slot {
            base: u32::from_le_bytes([bytes[b], bytes[b + 1], bytes[b + 2], bytes[b + 3]]),
            check: u32::from_le_bytes([bytes[b + 4], bytes[b + 5], bytes[b + 6], bytes[b + 7]]),
            pattern: u32::from_le_bytes([bytes[b + 8], bytes[b + 9], bytes[b + 10], bytes[b + 11]]),
        };
        i += 1;
    }
    out
}

/// The first-word table entries written in `bytes`, at compile time.
// Indexing in const evaluation cannot fail at run time: an out-of-range
// index is a compile error.
#[allow(clippy::indexing_slicing)]
const fn words<const N: usize>(bytes: &[u8]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        let b = i * 8;
        out[i] = u64::from_le_bytes([
            bytes[b],
            bytes[b + 1],
            bytes[b + 2],
            bytes[b + 3],
            bytes[b + 4],
            bytes[b + 5],
            bytes[b + 6],
            bytes[b + 7],
        ]);
        i += 1;
    }
    out
}

#[cfg(test)]
impl BakedTries {
    /// The arrays of `tables`, decoded at run time and leaked (tests).
    pub(crate) fn leaked(tables: &TrieTables) -> BakedTries {
        let slots: Vec<Slot> = tables
            .slots
            .chunks_exact(SLOT_BYTES)
            .map(|c| {
                let w = |i: usize| u32::from_le_bytes(c[i..i + 4].try_into().unwrap());
                Slot {
                    base: w(0),
                    check: w(4),
                    pattern: w(8),
                }
            })
            .collect();
        let words: Vec<u64> = tables
            .words
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap()))
            .collect();
        BakedTries {
            slots: Box::leak(slots.into_boxed_slice()),
            words: Box::leak(words.into_boxed_slice()),
        }
    }
}
