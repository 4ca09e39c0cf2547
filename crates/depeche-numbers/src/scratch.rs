//! The working buffers of [`crate::NumberFinder::find`], kept per thread
//! between calls: on short texts (a dispatch of 1–3 KB) making them at
//! every call cost more than most of the windows read.

use std::cell::Cell;

use crate::finder::Tok;
use crate::words::WordAtom;

/// Buffers larger than this many bytes are dropped after a call rather
/// than kept for the next one (a huge text does not pin its memory).
const KEEP_BYTES: usize = 1 << 20;

/// The buffers of one call.
#[derive(Default)]
pub(crate) struct Work {
    /// The tokens of the window being read.
    pub(crate) toks: Vec<Tok>,
    /// The words of a run of number words being parsed.
    pub(crate) atoms: Vec<WordAtom>,
    /// A folded phrase key (units, qualifiers).
    pub(crate) key: String,
}

thread_local! {
    static WORK: Cell<Option<Work>> = const { Cell::new(None) };
}

impl Work {
    /// The buffers of this thread (new, empty ones if they are in use or
    /// gone). Allocates nothing when none were kept.
    pub(crate) fn take() -> Work {
        WORK.try_with(Cell::take).ok().flatten().unwrap_or_default()
    }

    /// Gives the buffers back to this thread, emptied, without those grown
    /// past [`KEEP_BYTES`]. Buffers never used (no window was read) are
    /// not kept either, so a text without numbers allocates nothing.
    pub(crate) fn put(mut self) {
        if self.toks.capacity() == 0 {
            return;
        }
        empty(&mut self.toks, KEEP_BYTES);
        empty(&mut self.atoms, KEEP_BYTES);
        if self.key.capacity() > KEEP_BYTES {
            self.key = String::new();
        }
        self.key.clear();
        // A thread being torn down drops them.
        let _ = WORK.try_with(|w| w.set(Some(self)));
    }
}

/// Clears `v`, or drops its memory when it holds more than `limit` bytes.
fn empty<T>(v: &mut Vec<T>, limit: usize) {
    if v.capacity().saturating_mul(std::mem::size_of::<T>()) > limit {
        *v = Vec::new();
    } else {
        v.clear();
    }
}
