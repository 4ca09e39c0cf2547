//! The corpus the benchmarks read, built at bench time.
//!
//! No text is committed for benchmarking: the corpus is made of the
//! project's own sample dispatches (`examples/dispatches/*.txt`) and, when
//! present beside the checkout, the reference dispatches of
//! `../shared/articles/`, concatenated as separate paragraphs and repeated to
//! the size asked for.

use std::fs;
use std::path::{Path, PathBuf};

/// The folders dispatches are read from, relative to the workspace root.
const SOURCES: &[&str] = &["examples/dispatches", "../shared/articles"];

/// The workspace root (the parent of this package's folder).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Every `.txt` dispatch found in the source folders, sorted by path so that
/// the corpus is the same from run to run.
pub fn dispatches() -> Vec<(PathBuf, String)> {
    let root = workspace_root();
    let mut out = Vec::new();
    for dir in SOURCES {
        let Ok(entries) = fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = fs::read_to_string(&p) {
                out.push((p, text));
            }
        }
    }
    out
}

/// The dispatches concatenated (blank line between them) and repeated until
/// the corpus holds at least `min_bytes` bytes.
///
/// # Panics
/// If no dispatch is found: a benchmark without a corpus measures nothing.
pub fn corpus(min_bytes: usize) -> String {
    let docs = dispatches();
    assert!(
        !docs.is_empty(),
        "no dispatch found in {SOURCES:?} under {}",
        workspace_root().display()
    );
    let mut one = String::new();
    for (_, text) in &docs {
        one.push_str(text.trim());
        one.push_str("\n\n");
    }
    let mut out = String::with_capacity(min_bytes + one.len());
    while out.len() < min_bytes {
        out.push_str(&one);
    }
    out
}

/// One mebibyte: the default corpus size of the throughput benches.
pub const MIB: usize = 1 << 20;
