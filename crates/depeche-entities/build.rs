//! Bakes the embedded dictionaries at build time: parses `data/*.tsv`,
//! builds the recogniser's matcher from them with the crate's own code, and
//! writes both to `OUT_DIR`, which `src/baked.rs` embeds: the dictionaries
//! and the matcher in the format of `src/codec.rs` (a stream and a text:
//! `dictionaries.bin` and `.txt`, `recognizer.bin` and `.txt`), the arrays of its tries as
//! little-endian integers (`slots.bin`, `words.bin`, decoded into statics
//! at compile time), the candidates of its patterns as Rust statics
//! (`candidates.rs`).
//! At start-up `Dictionaries::embedded` and `EntityRecognizer::embedded`
//! read them back instead of parsing and building (tests check that they
//! are what the run-time build gives).
//!
//! The crate's construction modules are compiled here as in `src/lib.rs`
//! (declared at the root, so that `crate::` paths resolve): reading the
//! dictionaries and building the matcher. Two modules have stand-ins:
//! `baked`, whose tables are what this script writes, and `json`, as the
//! script reads no JSON (and so needs no `serde_json`). A module that these
//! come to use must be declared here too.

// The script uses a part of each module.
#![allow(dead_code)]

#[path = "src/casing.rs"]
mod casing;
#[path = "src/codec.rs"]
mod codec;
#[path = "src/country.rs"]
mod country;
#[path = "src/dictionaries.rs"]
mod dictionaries;
#[path = "src/entity.rs"]
mod entity;
#[path = "src/error.rs"]
mod error;
#[path = "src/first_name.rs"]
mod first_name;
#[path = "src/matcher.rs"]
mod matcher;
#[path = "src/organization.rs"]
mod organization;
#[path = "src/place.rs"]
mod place;
#[path = "src/title.rs"]
mod title;
#[path = "src/trie.rs"]
mod trie;
#[path = "src/tsv.rs"]
mod tsv;

/// Stands for `src/baked.rs` while the tables are being made: empty (the
/// script never reads them).
mod baked {
    pub(crate) const DICTIONARIES: &[u8] = &[];
    pub(crate) const DICTIONARY_STRINGS: &str = "";
    pub(crate) const RECOGNIZER: &[u8] = &[];
    pub(crate) const RECOGNIZER_STRINGS: &str = "";
    pub(crate) const SLOTS: &[u8] = &[];
    pub(crate) const WORDS: &[u8] = &[];
    pub(crate) static CANDIDATES: &[crate::matcher::Candidate] = &[];
    pub(crate) static CANDIDATE_ENDS: &[u32] = &[];
}

/// Stands for `src/json.rs`: the script reads the TSV files only.
mod json {
    use crate::{DictionaryError, Problem};

    pub(crate) fn parse_json<T>(path: &str, _content: &str) -> Result<Vec<T>, DictionaryError> {
        Err(DictionaryError::new(path, 0, Problem::Json(String::new())))
    }
}

pub use country::Country;
pub use dictionaries::{Dictionaries, DictionariesBuilder, DictionaryKind};
pub use entity::{Entity, EntityKind, Mention, MentionForm, MentionMatch};
pub use error::{DictionaryError, Problem};
pub use first_name::FirstName;
pub use organization::Organization;
pub use place::{Place, PlaceKind};
pub use title::Title;

use std::path::PathBuf;

fn main() {
    // The data and every source compiled into this script (a change to a
    // source rebuilds the script, which then runs again).
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data");
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else {
        fail("OUT_DIR is not set");
    };
    // As `Dictionaries::embedded` did at run time: the files that parse are
    // kept; the test `embedded_data_parses` fails on the bad one.
    let (dicts, error) = Dictionaries::read_embedded();
    if let Some(e) = error {
        println!("cargo:warning=embedded dictionaries: {e}");
    }
    let mut w = codec::Writer::default();
    dicts.write(&mut w);
    let (strings, stream) = w.finish();
    write(&out.join("dictionaries.txt"), strings.as_bytes());
    write(&out.join("dictionaries.bin"), &stream);
    let matcher = matcher::Matcher::new(&dicts);
    let mut w = codec::Writer::default();
    let mut arrays = trie::TrieTables::default();
    matcher.write(&mut w, &mut arrays);
    let (strings, stream) = w.finish();
    write(&out.join("recognizer.txt"), strings.as_bytes());
    write(&out.join("recognizer.bin"), &stream);
    write(&out.join("slots.bin"), &arrays.slots);
    write(&out.join("words.bin"), &arrays.words);
    write(
        &out.join("candidates.rs"),
        matcher.candidates_source().as_bytes(),
    );
}

fn write(path: &std::path::Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        fail(&format!("cannot write {}: {e}", path.display()));
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("depeche-entities build script: {msg}");
    std::process::exit(1)
}
