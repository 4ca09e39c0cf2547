//! The tables baked at build time by `build.rs`: the embedded dictionaries
//! and the recogniser compiled from them, in the byte format of
//! [`crate::codec`], read at start-up instead of parsing the TSV files and
//! building the automaton (tests check that they are what the run-time
//! build gives, so that they cannot go stale).

/// [`crate::Dictionaries`] of `data/*.tsv`, as `Dictionaries::write`
/// wrote them.
pub(crate) const DICTIONARIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dictionaries.bin"));

/// The matcher built from them, as `Matcher::write` wrote it.
pub(crate) const RECOGNIZER: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/recognizer.bin"));
