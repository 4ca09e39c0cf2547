//! The working buffers of [`crate::DateFinder::find`], kept per thread
//! between calls: on short texts (a dispatch of 1–3 KB) making them at
//! every call cost a few hundred instructions per buffer, as much as the
//! scan of a paragraph.

use std::cell::Cell;

use crate::lex::Lex;
use crate::tense::TenseScratch;

/// Buffers larger than this many bytes are dropped after a call rather
/// than kept for the next one (a huge text does not pin its memory).
const KEEP_BYTES: usize = 1 << 20;

/// Items of a region the lexer's buffer holds before it grows (the common
/// region has ≈ 20).
const REGION_ITEMS: usize = 64;

/// The buffers of one call.
#[derive(Debug, Default)]
pub(crate) struct Work {
    /// The regions of the text (see [`crate::region::regions`]).
    pub(crate) regions: Vec<(usize, usize)>,
    /// The items of the region being read.
    pub(crate) lx: Vec<Lex>,
    /// The words of the tense search.
    pub(crate) words: TenseScratch,
    /// The anchor scan's and the lexer's folded words.
    pub(crate) buf: String,
}

thread_local! {
    static WORK: Cell<Option<Work>> = const { Cell::new(None) };
}

impl Work {
    /// The buffers of this thread (new ones if they are in use or gone),
    /// the lexer's sized for the common region so that a short text
    /// regrows none of them.
    pub(crate) fn take() -> Work {
        WORK.try_with(Cell::take)
            .ok()
            .flatten()
            .unwrap_or_else(|| Work {
                lx: Vec::with_capacity(REGION_ITEMS),
                ..Work::default()
            })
    }

    /// Gives the buffers back to this thread, without those grown past
    /// [`KEEP_BYTES`] (the next call clears what it uses).
    pub(crate) fn put(mut self) {
        keep_within(&mut self.regions, KEEP_BYTES);
        keep_within(&mut self.lx, KEEP_BYTES);
        if self.buf.capacity() > KEEP_BYTES {
            self.buf = String::new();
        }
        // A thread being torn down drops them.
        let _ = WORK.try_with(|w| w.set(Some(self)));
    }
}

/// Drops the memory of `v` when it holds more than `limit` bytes.
fn keep_within<T>(v: &mut Vec<T>, limit: usize) {
    if v.capacity().saturating_mul(std::mem::size_of::<T>()) > limit {
        *v = Vec::new();
    }
}
