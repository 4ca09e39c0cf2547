//! The frozen trie written to the baked tables (by the build script) and
//! read back at start-up: the same arrays, copied in bulk.

use super::{Slot, State, Trie, WordSet};
use crate::codec::{Reader, Writer};

/// Bytes of a slot in the table: base, check, pattern.
const SLOT_BYTES: usize = 12;

impl Trie {
    /// Writes every field.
    #[cfg_attr(not(test), allow(dead_code))] // written by build.rs and tests
    pub(crate) fn write(&self, w: &mut Writer) {
        for &c in &self.class {
            w.u16(c);
        }
        for &c in &self.ascii {
            w.u16(c);
        }
        w.u32(self.root.slot);
        w.u32(self.root.base);
        w.len(self.slots.len());
        for s in &self.slots {
            w.u32(s.base);
            w.u32(s.check);
            w.u32(s.pattern);
        }
        w.u32(self.first_words.shift);
        w.len(self.first_words.table.len());
        for &x in &self.first_words.table {
            w.u64(x);
        }
    }

    /// Reads what [`Trie::write`] wrote: O(slots), with no per-node work
    /// but decoding three integers.
    pub(crate) fn read(r: &mut Reader<'_>) -> Option<Trie> {
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
        let n = r.len(SLOT_BYTES)?;
        let slots = r
            .bytes(n * SLOT_BYTES)?
            .chunks_exact(SLOT_BYTES)
            .map(slot)
            .collect();
        let shift = r.u32()?;
        let n = r.len(8)?;
        let table = r
            .bytes(n * 8)?
            .chunks_exact(8)
            .map(|c| c.try_into().map_or(0, u64::from_le_bytes))
            .collect();
        Some(Trie {
            slots,
            class,
            ascii,
            root,
            first_words: WordSet { table, shift },
        })
    }
}

/// The slot written in a chunk of [`SLOT_BYTES`] (a free slot for a chunk
/// of another length, which `chunks_exact` never gives): the length is
/// known to the compiler, so that the reads are plain copies.
#[inline(always)]
fn slot(chunk: &[u8]) -> Slot {
    match *chunk {
        [b0, b1, b2, b3, c0, c1, c2, c3, p0, p1, p2, p3] => Slot {
            base: u32::from_le_bytes([b0, b1, b2, b3]),
            check: u32::from_le_bytes([c0, c1, c2, c3]),
            pattern: u32::from_le_bytes([p0, p1, p2, p3]),
        },
        _ => Slot::FREE,
    }
}
