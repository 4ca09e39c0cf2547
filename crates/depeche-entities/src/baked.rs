//! The tables baked at build time by `build.rs`: the embedded dictionaries
//! and the recogniser's matcher compiled from them, read at start-up
//! instead of parsing the TSV files and building the automaton (tests
//! check that they are what the run-time build gives, so that they cannot
//! go stale).

use std::borrow::Cow;

use crate::matcher::{Candidate, CaseRule, What};
use crate::MentionForm;

/// [`crate::Dictionaries`] of `data/*.tsv`, as `Dictionaries::write`
/// wrote them (the format of [`crate::codec`]): the stream.
pub(crate) const DICTIONARIES: &[u8] =
    include_bytes!(concat!(env!("OUT_DIR"), "/dictionaries.bin"));

/// The strings of [`DICTIONARIES`].
pub(crate) const DICTIONARY_STRINGS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/dictionaries.txt"));

/// The matcher built from them, as `Matcher::write` wrote it: all but the
/// candidates and the arrays of its tries. The stream.
pub(crate) const RECOGNIZER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/recognizer.bin"));

/// The strings of [`RECOGNIZER`].
pub(crate) const RECOGNIZER_STRINGS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/recognizer.txt"));

/// The slots of the matcher's tries (`TrieTables::slots`), decoded into a
/// static at compile time.
pub(crate) const SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/slots.bin"));

/// The first-word tables of the matcher's tries (`TrieTables::words`),
/// decoded into a static at compile time.
pub(crate) const WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words.bin"));

// The candidates of each pattern of the matcher, as
// `Matcher::candidates_source` wrote them: `CANDIDATES` and
// `CANDIDATE_ENDS`.
include!(concat!(env!("OUT_DIR"), "/candidates.rs"));
