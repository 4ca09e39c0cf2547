//! The working buffers of one recognition, kept per thread from one call
//! to the next.
//!
//! `EntityRecognizer::recognize` is called once per document by the full
//! parse, most often on texts of 1 to 5 KB: allocating its dozen lists
//! (matches, word spans, a window's tokens, marks...) at every call cost
//! more than reading short texts. They are taken from a thread-local slot
//! at the start of a call and put back, cleared, at its end; a call made
//! while the slot is empty (a nested call, or a thread being torn down)
//! allocates its own. Lists grown past [`KEEP_BYTES`] by a long text are
//! dropped rather than kept, so a thread holds at most a few megabytes
//! whatever it read.

use std::cell::Cell;

use depeche_text::{Span, Token};

use crate::matcher::RawMatch;
use crate::metonymy;
use crate::person::Buffers;

/// The largest list kept for the next call, in bytes (a list of a text of
/// about 1 MB, the size of the benches, is kept).
const KEEP_BYTES: usize = 1 << 20;

/// The buffers of one call. Every list is empty between calls (only its
/// capacity is kept).
#[derive(Default)]
pub(crate) struct Work {
    /// The dictionary matches of the scan.
    pub(crate) raw: Vec<RawMatch>,
    /// The capitalised known first names of the scan.
    pub(crate) first_names: Vec<Span>,
    /// The capitalised words where no match starts.
    pub(crate) capitalised: Vec<Span>,
    /// The tokens of one window.
    pub(crate) toks: Vec<Token>,
    /// The buffers of the person finder.
    pub(crate) buffers: Buffers,
    /// The targets matched, sorted.
    pub(crate) matched: Vec<u32>,
    /// The targets matched with their number of matches.
    pub(crate) counts: Vec<(u32, u32)>,
    /// Matched target -> its entity.
    pub(crate) index: Vec<u32>,
    /// The buffers of the metonymy test.
    pub(crate) metonymy: metonymy::Scratch,
    /// A fold buffer.
    pub(crate) fold: String,
    /// The spans taken by people's mentions.
    pub(crate) taken: Vec<Span>,
    /// Surnames alone found: (person, span).
    pub(crate) found: Vec<(usize, Span)>,
    /// Full names as written -> person (see `people`).
    pub(crate) names: Vec<(Span, usize)>,
    /// The folded surnames of the people (see `people`).
    pub(crate) surnames: String,
    /// A person id being built.
    pub(crate) id: String,
    /// The person findings as written, one after the other, copied while
    /// their window was being read (see `people::Written`).
    pub(crate) written: String,
    /// The end of each finding's text in [`Work::written`].
    pub(crate) written_ends: Vec<usize>,
}

thread_local! {
    static WORK: Cell<Option<Box<Work>>> = const { Cell::new(None) };
}

impl Work {
    /// The buffers of this thread (new ones if they are in use or gone).
    pub(crate) fn take() -> Box<Work> {
        WORK.try_with(Cell::take).ok().flatten().unwrap_or_default()
    }

    /// Gives the buffers back to this thread, emptied, without the lists
    /// grown past [`KEEP_BYTES`].
    pub(crate) fn put(mut self: Box<Work>) {
        self.clear();
        // A thread being torn down drops them.
        let _ = WORK.try_with(|w| w.set(Some(self)));
    }

    fn clear(&mut self) {
        let Work {
            raw,
            first_names,
            capitalised,
            toks,
            buffers,
            matched,
            counts,
            index,
            metonymy: _,
            fold,
            taken,
            found,
            names,
            surnames,
            id,
            written,
            written_ends,
        } = self;
        empty(raw, KEEP_BYTES);
        empty(first_names, KEEP_BYTES);
        empty(capitalised, KEEP_BYTES);
        empty(toks, KEEP_BYTES);
        empty(matched, KEEP_BYTES);
        empty(counts, KEEP_BYTES);
        empty(index, KEEP_BYTES);
        empty(taken, KEEP_BYTES);
        empty(found, KEEP_BYTES);
        empty(names, KEEP_BYTES);
        empty(written_ends, KEEP_BYTES);
        buffers.trim(KEEP_BYTES);
        for s in [fold, surnames, id, written] {
            if s.capacity() > KEEP_BYTES {
                *s = String::new();
            }
            s.clear();
        }
    }
}

/// Clears `list`, and frees it if it holds more than `keep` bytes.
pub(crate) fn empty<T>(list: &mut Vec<T>, keep: usize) {
    if list.capacity().saturating_mul(std::mem::size_of::<T>()) > keep {
        *list = Vec::new();
    } else {
        list.clear();
    }
}

#[cfg(test)]
mod tests {
    use crate::EntityRecognizer;

    #[test]
    fn a_call_gives_the_same_whatever_the_calls_before() {
        let rec = EntityRecognizer::embedded();
        let short = "Le chef de la junte, le général Abdourahamane Tiani, a reçu à Niamey \
                     une délégation russe. Tiani a dénoncé l'accord avec les Etats-Unis.";
        let alone = format!("{:?}", rec.recognize(short));
        // A long text grows the lists past what is kept.
        let long = format!("{short} ").repeat(20_000);
        let long_alone = format!("{:?}", rec.recognize(&long));
        assert_eq!(format!("{:?}", rec.recognize(short)), alone);
        assert_eq!(format!("{:?}", rec.recognize(&long)), long_alone);
        assert_eq!(format!("{:?}", rec.recognize("")), "[]");
        assert_eq!(format!("{:?}", rec.recognize(short)), alone);
        // Another thread has its own buffers.
        let other = std::thread::scope(|s| {
            s.spawn(|| format!("{:?}", rec.recognize(short)))
                .join()
                .unwrap_or_default()
        });
        assert_eq!(other, alone);
    }
}
