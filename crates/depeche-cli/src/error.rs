//! What can go wrong on the command line, saying which file and where.

use std::io;

/// A bad input: reported, counted, and the other inputs still processed.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// A file that cannot be opened or read.
    #[error("{file}: cannot read: {source}")]
    Read {
        /// The file.
        file: String,
        /// Why.
        source: io::Error,
    },
    /// Invalid UTF-8.
    #[error("{file}:{line}: invalid UTF-8 at byte {offset} (column {column}); use --lossy to replace it")]
    Utf8 {
        /// The file.
        file: String,
        /// 1-based line.
        line: u64,
        /// Byte offset in the file.
        offset: u64,
        /// 1-based column (bytes) in the line.
        column: usize,
    },
    /// A line longer than the limit of line-mode reading.
    #[error(
        "{file}:{line}: line longer than {limit} bytes (line starts at byte {offset}); skipped"
    )]
    TooLong {
        /// The file.
        file: String,
        /// 1-based line.
        line: u64,
        /// Byte offset of the line in the file.
        offset: u64,
        /// The limit in bytes.
        limit: usize,
    },
    /// A JSONL line that is not a record.
    #[error("{file}:{line}: {error} (line starts at byte {offset})")]
    Record {
        /// The file.
        file: String,
        /// 1-based line.
        line: u64,
        /// Byte offset of the line in the file.
        offset: u64,
        /// What is wrong with it.
        error: depeche::RecordError,
    },
}

/// Why the command stops early.
#[derive(Debug, thiserror::Error)]
pub enum Fatal {
    /// Standard output is closed (a pipe reader went away): stop quietly.
    #[error("standard output closed")]
    BrokenPipe,
    /// Ctrl-C (SIGINT): the output stops after a whole section of lines.
    #[error("{}", crate::interrupt::MESSAGE)]
    Interrupted,
    /// Standard output cannot be written.
    #[error("cannot write the output: {0}")]
    Write(io::Error),
    /// The thread pool cannot start.
    #[error("cannot start {jobs} threads: {message}")]
    Threads {
        /// Threads asked for.
        jobs: usize,
        /// Why.
        message: String,
    },
}

impl From<io::Error> for Fatal {
    fn from(e: io::Error) -> Fatal {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Fatal::BrokenPipe
        } else {
            Fatal::Write(e)
        }
    }
}
